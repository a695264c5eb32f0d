/*
** plan_gcpasset.c — Google Cloud Asset Inventory as plans: what is
** deployed now; docs/gcp-asset.md.
**
** Reads `gcloud asset export --content-type=resource` output (one asset a
** line, NDJSON, or a JSON array of them; snake_case `asset_type` or
** camelCase `assetType`), `gcloud asset list --format=json`, and `gcloud
** asset search-all-resources --format=json` (a JSON array of search
** results, or the REST answer with `results`).  Each asset of a data-store
** type is a store at the location its REST resource (`resource.data`) names,
** read as the Terraform loader reads the same resource (the Google rules of
** docs/terraform.md: location names through plan_gcp_name, Secret Manager
** replicas and Pub/Sub persistence regions a primary plus replicas, Cloud
** SQL backups and replicas); without `data`, the asset's `location`.  A
** location that cannot be known (absent, "global", automatic replication)
** is `unknown-location` (exit 2), never a guess.  Findings point at the
** asset (file:line:col) and name it by its asset name.
*/
#define _GNU_SOURCE	/* memmem */
#include "plan.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "classes.h"
#include "doc.h"
#include "util.h"

struct asset {
	const char *name, *type;
	const struct doc_node *node, *data, *labels;
	const char *loc;	/* resource.location, or a search result's location */
	struct plan_pos pos;
	int32_t store;
};

struct gal {
	const struct rsd_policy *p;
	struct rsd_diags *d;
	const struct src_file *src;
	struct rsd_plan *pl;
	struct arena *a;
	const char *class_tag;
	bool require_classes;
	struct cf_map cfmap, *cf;
	size_t nerrors0;
	struct asset *v;
	size_t n, cap;
	struct asset **clusters;	/* Bigtable clusters, by name */
	size_t nclusters, cap_clusters;
};

static char *gprintf(struct gal *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *gprintf(struct gal *L, const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	char *s = arena_strdup(L->a, sb.s ? sb.s : "");
	sb_free(&sb);
	return s;
}

static void gerr(struct gal *L, uint32_t line, uint32_t col, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void gerr(struct gal *L, uint32_t line, uint32_t col, const char *fmt, ...)
{
	struct src_loc l = {L->src, line ? line : 1, col ? col : 1, 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(L->d, DIAG_ERROR, &l, fmt, ap);
	va_end(ap);
}

static void note(struct gal *L, const struct asset *r, const char *rule, int sev, const char *msg)
{
	struct plan_note *n = plan_add_note(L->pl);
	n->rule_id = rule;
	n->severity = sev;
	n->fact = r->name;
	n->pos = r->pos;
	n->message = msg;
}

static const struct doc_node *get2(const struct doc_node *n, const char *a, const char *b)
{
	const struct doc_node *v = doc_get(n, a);
	return v ? v : doc_get(n, b);
}

/* A dotted path of mapping keys ("settings.backupConfiguration.location"). */
static const struct doc_node *path(const struct doc_node *n, const char *p)
{
	char key[64];
	while (n && *p) {
		size_t k = strcspn(p, ".");
		if (k >= sizeof key)
			return NULL;
		memcpy(key, p, k);
		key[k] = 0;
		n = doc_get(n, key);
		p += k + (p[k] == '.');
	}
	return n;
}

static const char *last_field(const char *s)
{
	const char *m = strrchr(s, '/');
	return m ? m + 1 : s;
}

/* ================================================================ reading */

/* Every node's line moves down by off (a line of NDJSON parsed alone); an explicit stack. */
static void shift_lines(const struct doc_node *root, uint32_t off)
{
	struct doc_node **st = NULL;
	size_t n = 0, cap = 0;
	*VEC_PUSH(st, n, cap) = (struct doc_node *)root;
	while (n) {
		struct doc_node *x = st[--n];
		x->line += off;
		uint32_t k = x->kind == DOC_MAP ? 2 * x->n : x->kind == DOC_SEQ ? x->n : 0;
		for (uint32_t i = 0; i < k; i++)
			*VEC_PUSH(st, n, cap) = x->items[i];
	}
	xfree(st);
}

static void add_asset(struct gal *L, const struct doc_node *n)
{
	if (n->kind != DOC_MAP) {
		gerr(L, n->line, n->col, "an asset must be a JSON object");
		return;
	}
	struct asset *r = VEC_PUSH(L->v, L->n, L->cap);
	memset(r, 0, sizeof *r);
	r->node = n;
	r->pos = (struct plan_pos){n->line, n->col};
	r->name = doc_str(doc_get(n, "name"));
	r->type = doc_str(get2(n, "asset_type", "assetType"));
	r->store = -1;
	if (!r->name || !*r->name || !r->type || !*r->type) {
		gerr(L, n->line, n->col, "an asset without name and asset_type (assetType)");
		L->n--;
		return;
	}
	const struct doc_node *res = doc_get(n, "resource");
	r->data = doc_get(res, "data");
	r->loc = doc_str(doc_get(res, "location"));
	if (!r->loc)
		r->loc = doc_str(doc_get(n, "location"));	/* search-all-resources */
	r->labels = doc_get(r->data, "labels");
	if (!r->labels)
		r->labels = path(r->data, "settings.userLabels");	/* Cloud SQL */
	if (!r->labels && !r->data)
		r->labels = doc_get(n, "labels");
}

/* A document's assets: a list, a search answer ({results: [...]}), or one asset. */
static void add_root(struct gal *L, const struct doc_node *root)
{
	if (root->kind == DOC_SEQ) {
		for (uint32_t i = 0; i < root->n; i++)
			add_asset(L, root->items[i]);
		return;
	}
	const struct doc_node *results = doc_get(root, "results");
	if (root->kind == DOC_MAP && results) {
		const char *tok = doc_str(doc_get(root, "nextPageToken"));
		if (tok && *tok) {
			gerr(L, root->line, root->col, "the search answer is one page of several (nextPageToken): "
			     "fetch every page and check them all");
			return;
		}
		if (results->kind != DOC_SEQ) {
			gerr(L, results->line, results->col, "results must be a list of assets");
			return;
		}
		for (uint32_t i = 0; i < results->n; i++)
			add_asset(L, results->items[i]);
		return;
	}
	add_asset(L, root);
}

/* NDJSON: each non-blank line is one JSON document, parsed alone, positions moved to the file's. */
static bool read_ndjson(struct gal *L, const char *file, const char *data, size_t len)
{
	/* the text d holds already (rsd_plan_load_file handed its buffer over), else a copy */
	const struct src_file *last = L->d->nfiles ? L->d->files[L->d->nfiles - 1] : NULL;
	L->src = last && last->text == data && last->len == len ? last
								  : diag_add_file(L->d, file, xstrndup(data, len), len);
	uint32_t line = 1;
	for (size_t off = 0; off < len; line++) {
		const char *s = data + off, *nl = memchr(s, '\n', len - off);
		size_t n = nl ? (size_t)(nl - s) : len - off;
		off += n + (nl != NULL);
		size_t blank = 0;	/* data need not end in NUL: never read past the line */
		while (blank < n && (s[blank] == ' ' || s[blank] == '\t' || s[blank] == '\r'))
			blank++;
		if (blank == n)
			continue;
		struct rsd_diags sd;
		diags_init(&sd);
		struct doc_node *root = doc_parse(L->a, file, s, n, &sd, NULL);
		if (!root) {
			const struct diag *e = sd.n ? &sd.v[0] : NULL;
			gerr(L, line, e && e->has_loc ? e->loc.col : 1, "%s", e ? e->msg : "invalid JSON line");
			diags_free(&sd);
			return false;
		}
		diags_free(&sd);
		shift_lines(root, line - 1);
		add_root(L, root);
	}
	return true;
}

/* ================================================================ locations */

struct locs {
	const char **v;
	size_t n, cap;
	size_t nprimary;	/* the first nprimary are primaries, the others replicas */
	const char *why;	/* n == 0: why the location is unknown */
};

static void loc_add(struct gal *L, struct locs *l, const char *v, bool upper, bool zone)
{
	*VEC_PUSH(l->v, l->n, l->cap) = plan_gcp_name(L->a, v, upper, zone);
}

/* A list of location strings (or of objects with field), all primaries unless copies. */
static void loc_list(struct gal *L, struct locs *l, const struct doc_node *list, const char *field, bool upper,
		     bool copies)
{
	for (uint32_t i = 0; list && list->kind == DOC_SEQ && i < list->n; i++) {
		const char *v = doc_str(field ? doc_get(list->items[i], field) : list->items[i]);
		if (!v || !*v) {
			l->n = 0;
			l->why = "a listed location is not a string";
			return;
		}
		loc_add(L, l, v, upper, false);
	}
	l->nprimary = copies && l->n ? 1 : l->n;
	if (!l->n)
		l->why = "no location is listed";
}

static int cmp_asset_name(const void *a, const void *b)
{
	const struct asset *x = *(const struct asset *const *)a, *y = *(const struct asset *const *)b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->pos.line > y->pos.line) - (x->pos.line < y->pos.line);
}

/* Bigtable: the instance's clusters (assets named INSTANCE/clusters/…), the first primary. */
static void bigtable_locs(struct gal *L, const struct asset *r, struct locs *l)
{
	const char *pre = gprintf(L, "%s/clusters/", r->name);
	size_t np = strlen(pre), lo = 0, hi = L->nclusters;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(L->clusters[mid]->name, pre) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < L->nclusters && strncmp(L->clusters[lo]->name, pre, np) == 0; lo++) {
		const struct asset *c = L->clusters[lo];
		const char *z = plan_gcp_path_location(L->a, doc_str(doc_get(c->data, "location")));
		if (!z)
			z = c->loc;
		if (!z) {
			l->n = 0;
			l->why = gprintf(L, "the location of its cluster %s is unknown", c->name);
			return;
		}
		loc_add(L, l, z, true, true);
	}
	l->nprimary = l->n ? 1 : 0;
	if (!l->n)
		l->why = "none of its clusters is in the export";
}

enum gkind {
	G_BUCKET, G_DATASET, G_SQL, G_SPANNER, G_TOPIC, G_SECRET, G_FIRESTORE, G_BIGTABLE, G_PATHLOC, G_DISK,
	G_SNAPSHOT, G_HELPER
};

/*
** The asset types: what fills the store, and where its key is named.
** Sorted by type (bsearch); docs/gcp-asset.md lists the same table.
*/
static const struct gtype {
	const char *type;
	enum gkind kind;
	const char *key;	/* dotted path of the KMS key name in data, or NULL */
} gtypes[] = {
	{"artifactregistry.googleapis.com/Repository", G_PATHLOC, "kmsKeyName"},
	{"bigquery.googleapis.com/Dataset", G_DATASET, "defaultEncryptionConfiguration.kmsKeyName"},
	{"bigtableadmin.googleapis.com/Cluster", G_HELPER, NULL},
	{"bigtableadmin.googleapis.com/Instance", G_BIGTABLE, NULL},
	{"cloudkms.googleapis.com/CryptoKey", G_HELPER, NULL},
	{"cloudkms.googleapis.com/KeyRing", G_HELPER, NULL},
	{"compute.googleapis.com/Disk", G_DISK, "diskEncryptionKey.kmsKeyName"},
	{"compute.googleapis.com/Image", G_SNAPSHOT, "imageEncryptionKey.kmsKeyName"},
	{"compute.googleapis.com/Snapshot", G_SNAPSHOT, "snapshotEncryptionKey.kmsKeyName"},
	{"file.googleapis.com/Instance", G_PATHLOC, "kmsKeyName"},
	{"firestore.googleapis.com/Database", G_FIRESTORE, "cmekConfig.kmsKeyName"},
	{"google.bigtable.Instance", G_BIGTABLE, NULL},	/* the older export's name */
	{"logging.googleapis.com/LogBucket", G_PATHLOC, "cmekSettings.kmsKeyName"},
	{"pubsub.googleapis.com/Topic", G_TOPIC, "kmsKeyName"},
	{"redis.googleapis.com/Instance", G_PATHLOC, "customerManagedKey"},
	{"secretmanager.googleapis.com/Secret", G_SECRET, NULL},
	{"spanner.googleapis.com/Instance", G_SPANNER, NULL},
	{"sqladmin.googleapis.com/Instance", G_SQL, "diskEncryptionConfiguration.kmsKeyName"},
	{"storage.googleapis.com/Bucket", G_BUCKET, "encryption.defaultKmsKeyName"},
};

static int cmp_gtype(const void *k, const void *e)
{
	return strcmp(k, ((const struct gtype *)e)->type);
}

static const struct gtype *find_gtype(const char *type)
{
	return bsearch(type, gtypes, ARRAY_LEN(gtypes), sizeof *gtypes, cmp_gtype);
}

/* Where the asset's data is; l->n == 0 with l->why when it cannot be known. */
static void asset_locs(struct gal *L, const struct asset *r, const struct gtype *t, struct locs *l)
{
	const struct doc_node *d = r->data;
	const char *v = NULL;
	switch (t->kind) {
	case G_BUCKET: {
		const struct doc_node *dl = path(d, "customPlacementConfig.dataLocations");
		if (dl && dl->kind == DOC_SEQ && dl->n) {
			loc_list(L, l, dl, NULL, true, false);	/* a custom dual-region: both hold the data */
			return;
		}
		v = doc_str(doc_get(d, "location"));
		break;
	}
	case G_DATASET:
	case G_FIRESTORE:
		v = doc_str(doc_get(d, t->kind == G_DATASET ? "location" : "locationId"));
		break;
	case G_SQL:
		v = doc_str(doc_get(d, "region"));
		break;
	case G_SPANNER:
		if ((v = doc_str(doc_get(d, "config")))) {
			v = last_field(v);
			if (strncmp(v, "regional-", 9) == 0)
				v += 9;
			loc_add(L, l, v, false, false);
			l->nprimary = 1;
			return;
		}
		break;
	case G_TOPIC: {
		const struct doc_node *m = doc_get(d, "messageStoragePolicy");
		if (d && !m) {
			l->why = "it has no messageStoragePolicy, so Pub/Sub may store messages in any region";
			return;
		}
		if (m) {
			loc_list(L, l, doc_get(m, "allowedPersistenceRegions"), NULL, false, true);
			return;
		}
		break;
	}
	case G_SECRET: {
		const struct doc_node *rep = doc_get(d, "replication");
		if (doc_get(rep, "automatic")) {
			l->why = "automatic replication lets Google choose the regions";
			return;
		}
		const struct doc_node *um = get2(rep, "userManaged", "user_managed");
		if (um) {
			loc_list(L, l, doc_get(um, "replicas"), "location", false, true);
			return;
		}
		break;
	}
	case G_BIGTABLE:
		bigtable_locs(L, r, l);
		if (l->n || !r->loc)
			return;
		break;
	case G_PATHLOC:
		v = plan_gcp_path_location(L->a, doc_str(doc_get(d, "name")));
		if (!v)
			v = plan_gcp_path_location(L->a, r->name);
		if (v) {
			loc_add(L, l, v, true, true);
			l->nprimary = 1;
			if (strcmp(v, "global") == 0) {
				l->n = l->nprimary = 0;
				l->why = "its location is 'global', so Google chooses where the data is";
			}
			return;
		}
		break;
	case G_DISK: {
		const char *z = doc_str(doc_get(d, "zone")), *rg = doc_str(doc_get(d, "region"));
		if (z || rg) {
			loc_add(L, l, last_field(z ? z : rg), true, true);
			l->nprimary = 1;
			return;
		}
		break;
	}
	case G_SNAPSHOT: {
		const struct doc_node *sl = doc_get(d, "storageLocations");
		if (sl && sl->kind == DOC_SEQ && sl->n) {
			loc_list(L, l, sl, NULL, true, false);
			return;
		}
		break;
	}
	case G_HELPER:
		return;
	}
	if (!v)
		v = r->loc;	/* the asset's own location (search results, newer exports) */
	if (!v || !*v) {
		l->why = r->data ? "its resource data names no location" : "the asset names no location";
		return;
	}
	if (strcmp(v, "global") == 0) {
		l->why = "its location is 'global', so Google chooses where the data is";
		return;
	}
	loc_add(L, l, v, true, t->kind == G_DISK || t->kind == G_PATHLOC);
	l->nprimary = 1;
}

/* ================================================================ classes */

struct bad_class {
	struct gal *L;
	const struct doc_node *at;
	const char *name;
	int n;
};

static void bad_class(void *ctx, const char *name)
{
	struct bad_class *b = ctx;
	gerr(b->L, b->at->line, b->at->col, "%s: unknown data class '%s' in label %s", b->name, name, b->L->class_tag);
	b->n++;
}

/* Classes from the class label.  1: classified, 0: none, -1: error (reported). */
static int label_classes(struct gal *L, const struct asset *r, struct bits *out)
{
	bits_clear(out);
	const struct doc_node *at = doc_get(r->labels, L->class_tag);
	if (!at)
		return 0;
	const char *v = doc_str(at);
	if (!v) {
		gerr(L, at->line, at->col, "%s: label %s is not a string", r->name, L->class_tag);
		return -1;
	}
	struct bad_class bc = {L, at, r->name, 0};
	size_t nnames = plan_class_list(L->p, v, out, bad_class, &bc);
	if (!nnames)
		gerr(L, at->line, at->col, "%s: label %s names no data class", r->name, L->class_tag);
	return bc.n || !nnames ? -1 : 1;
}

/*
** The data-origin and data-mechanisms labels: Google label values allow
** only lower-case letters, digits, '_' and '-', so names are separated by
** '-' (also ',', '+', blanks) and compared upper-cased: "de-fr", "eu_scc".
*/
static bool label_facts(struct gal *L, const struct asset *r, struct plan_store *s)
{
	static const char *const keys[] = {"data-origin", "data-mechanisms"};
	bool ok = true;
	for (int k = 0; k < 2; k++) {
		const struct doc_node *at = doc_get(r->labels, keys[k]);
		const char *v = doc_str(at);
		if (!at)
			continue;
		if (!v) {
			gerr(L, at->line, at->col, "%s: label %s is not a string", r->name, keys[k]);
			ok = false;
			continue;
		}
		struct place *pv = NULL;
		struct plan_mech *mv = NULL;
		size_t n = 0, cap = 0, mcap = 0, nm = 0;
		for (const char *c = v; *c;) {
			c += strspn(c, ",+ \t-");
			size_t len = strcspn(c, ",+ \t-");
			if (!len)
				break;
			char *name = xstrndup(c, len);
			for (char *q = name; *q; q++)
				if (*q >= 'a' && *q <= 'z')
					*q = (char)(*q - 32);
			c += len;
			if (k == 0) {
				struct place pl;
				if (!place_resolve(L->p, name, &pl)) {
					gerr(L, at->line, at->col, "%s: unknown place '%s' in label data-origin (a country "
					     "code or a location of the catalog)", r->name, name);
					ok = false;
				} else {
					*VEC_PUSH(pv, n, cap) = pl;
				}
			} else {
				int m = policy_find_mech(L->p, name);
				if (m < 0) {
					gerr(L, at->line, at->col, "%s: unknown mechanism '%s' in label data-mechanisms",
					     r->name, name);
					ok = false;
				} else {
					struct plan_mech *pm = VEC_PUSH(mv, nm, mcap);
					memset(pm, 0, sizeof *pm);
					pm->mech = m;
					pm->expires = DATE_MAX;
					pm->pos = r->pos;
				}
			}
			xfree(name);
		}
		if (!n && !nm && ok) {
			gerr(L, at->line, at->col, "%s: label %s names nothing", r->name, keys[k]);
			ok = false;
		}
		if (n) {
			s->origin = arena_alloc(L->a, n * sizeof *s->origin);
			memcpy(s->origin, pv, n * sizeof *pv);
			s->norigin = (uint32_t)n;
			s->has_origin = true;
		}
		if (nm) {
			s->mechs = arena_alloc(L->a, nm * sizeof *s->mechs);
			memcpy(s->mechs, mv, nm * sizeof *mv);
			s->nmechs = (uint32_t)nm;
		}
		xfree(pv);
		xfree(mv);
	}
	return ok;
}

/* ================================================================ stores */

static bool resolve(struct gal *L, const struct asset *r, const char *what, const char *name, struct place *out)
{
	if (place_resolve(L->p, name, out))
		return true;
	note(L, r, "unknown-location", SEV_ERROR, gprintf(L, "%s '%s' is not in the location catalog", what, name));
	return false;
}

static void load_asset(struct gal *L, struct asset *r)
{
	const struct gtype *t = find_gtype(r->type);
	struct bits classes;
	int cl = label_classes(L, r, &classes);
	if (cl < 0 || (t && t->kind == G_HELPER))
		return;
	const struct cf_entry *e = !L->cf ? NULL : t ? cf_match(L->cf, r->name) : cf_names_type(L->cf, r->type, &r->name, 1);
	if (!t) {
		if (cl > 0)
			note(L, r, "unmodelled-resource", SEV_ERROR,
			     gprintf(L, "%s (%s) carries data classes, but residency does not model where a %s keeps its "
				     "data", r->name, r->type, r->type));
		else if (e)
			note(L, r, "unmodelled-resource", SEV_ERROR,
			     gprintf(L, "%s (%s) is classified by the --classes entry '%s', but residency does not model "
				     "where a %s keeps its data", r->name, r->type, e->match, r->type));
		return;
	}
	if (cl == 0 && !e) {
		note(L, r, "unclassified", L->require_classes ? SEV_ERROR : SEV_WARNING,
		     gprintf(L, "holds data but has no data classes (label '%s' or a --classes entry)", L->class_tag));
		return;
	}
	if (e)
		classes = e->classes;
	struct locs l = {0};
	asset_locs(L, r, t, &l);
	if (!l.n) {
		note(L, r, "unknown-location", SEV_ERROR,
		     gprintf(L, "where %s keeps its data cannot be determined: %s", r->name, l.why ? l.why : "unknown"));
		xfree(l.v);
		return;
	}
	struct place *pv = arena_alloc(L->a, l.n * sizeof *pv);
	for (size_t i = 0; i < l.n; i++)
		if (!resolve(L, r, "location", l.v[i], &pv[i])) {
			xfree(l.v);
			return;
		}
	/* Cloud SQL backups: backupConfiguration.location, else the nearest multi-region */
	const char *backup = NULL;
	const struct doc_node *bc = path(r->data, "settings.backupConfiguration");
	if (t->kind == G_SQL && bc && doc_true(doc_get(bc, "enabled"))) {
		const char *bl = doc_str(doc_get(bc, "location"));
		backup = bl ? plan_gcp_name(L->a, bl, true, false) : plan_gcp_sql_backup_multi(l.v[0]);
		if (!backup) {
			note(L, r, "unknown-location", SEV_ERROR,
			     gprintf(L, "the backups of %s name no location, and the multi-region nearest %s is not "
				     "documented", r->name, l.v[0] + 4));
			xfree(l.v);
			return;
		}
	}
	struct place bp;
	if (backup && !resolve(L, r, "backup location", backup, &bp)) {
		xfree(l.v);
		return;
	}
	/* the key: a Cloud KMS key name (its location), else a Google-managed key in the store's region */
	const char *kn = t->key ? doc_str(path(r->data, t->key)) : NULL;
	struct place kp = pv[0];
	if (kn) {
		const char *kl = plan_gcp_path_location(L->a, kn);
		if (!kl) {
			note(L, r, "unknown-location", SEV_ERROR, gprintf(L, "the key '%s' of %s names no location", kn, r->name));
			xfree(l.v);
			return;
		}
		if (!resolve(L, r, "key location", plan_gcp_name(L->a, kl, false, false), &kp)) {
			xfree(l.v);
			return;
		}
	}
	struct plan_store *s = plan_add_store(L->pl);
	s->name = s->address = r->name;
	s->pos = r->pos;
	s->classes = classes;
	s->primary = pv;
	s->nprimary = (uint32_t)l.nprimary;
	if (l.n > l.nprimary) {
		s->nreplicas = (uint32_t)(l.n - l.nprimary);
		s->replicas = arena_alloc(L->a, s->nreplicas * sizeof *s->replicas);
		for (size_t i = l.nprimary; i < l.n; i++)
			s->replicas[i - l.nprimary] = (struct plan_placeref){pv[i], r->pos};
	}
	if (backup) {
		s->backups = arena_alloc(L->a, sizeof *s->backups);
		s->backups[0] = (struct plan_placeref){bp, r->pos};
		s->nbackups = 1;
	}
	s->enc_at_rest = true;	/* Google encrypts all data at rest */
	s->has_key = true;
	s->key = kp;
	s->attrs = arena_alloc(L->a, sizeof *s->attrs);
	s->attrs[0].name = "type";
	s->attrs[0].val.kind = VAL_STR;
	s->attrs[0].val.s = r->type;
	s->nattrs = 1;
	r->store = (int32_t)(L->pl->nstores - 1);
	if (e)
		cf_store_facts(e, s, L->a);
	else
		label_facts(L, r, s);
	xfree(l.v);
}

/* "project:instance" of a Cloud SQL asset (//cloudsql.googleapis.com/projects/P/instances/I). */
static const char *sql_key(struct gal *L, const struct asset *r)
{
	const char *p = strstr(r->name, "/projects/"), *i = strstr(r->name, "/instances/");
	if (!p || !i || i < p)
		return NULL;
	p += 10;
	return gprintf(L, "%.*s:%s", (int)(i - p), p, i + 11);
}

struct sqlkey {
	const char *key;
	int32_t store;
};

static int cmp_sqlkey(const void *a, const void *b)
{
	return strcmp(((const struct sqlkey *)a)->key, ((const struct sqlkey *)b)->key);
}

/* Cloud SQL read replicas: a flow from the primary instance (masterInstanceName) to the replica. */
static void sql_replicas(struct gal *L)
{
	struct sqlkey *keys = NULL;
	size_t nk = 0, ck = 0;
	for (size_t i = 0; i < L->n; i++)
		if (strcmp(L->v[i].type, "sqladmin.googleapis.com/Instance") == 0 && L->v[i].store >= 0) {
			const char *k = sql_key(L, &L->v[i]);
			if (k)
				*VEC_PUSH(keys, nk, ck) = (struct sqlkey){k, L->v[i].store};
		}
	if (nk)
		qsort(keys, nk, sizeof *keys, cmp_sqlkey);
	for (size_t i = 0; i < L->n; i++) {
		struct asset *r = &L->v[i];
		const char *m = doc_str(doc_get(r->data, "masterInstanceName"));
		if (r->store < 0 || !m || strcmp(r->type, "sqladmin.googleapis.com/Instance") != 0)
			continue;
		const char *key = strchr(m, ':') ? m : NULL;
		if (!key) {	/* a bare instance name: in the replica's project */
			const char *own = sql_key(L, r);
			const char *c = own ? strchr(own, ':') : NULL;
			key = c ? gprintf(L, "%.*s:%s", (int)(c - own), own, m) : m;
		}
		struct sqlkey probe = {key, -1};
		const struct sqlkey *hit = nk ? bsearch(&probe, keys, nk, sizeof *keys, cmp_sqlkey) : NULL;
		if (!hit) {
			note(L, r, "unknown-location", SEV_ERROR,
			     gprintf(L, "%s replicates from '%s', which is not a store of the export (absent, "
				     "unclassified, or of unknown location)", r->name, m));
			continue;
		}
		const struct plan_store *src = &L->pl->stores[hit->store];
		struct plan_flow *f = plan_add_flow(L->pl);
		f->name = gprintf(L, "%s.masterInstanceName", r->name);
		f->pos = r->pos;
		f->from.store = hit->store;
		f->to.store = r->store;
		plan_flow_set_classes(L->pl, f, &src->classes);
		plan_flow_set_mechs(L->pl, f, src->mechs, src->nmechs);
		struct plan_flow_cold *c = plan_flow_cold_mut(L->pl, f);
		c->address = r->name;
		plan_flow_set_subjects(L->pl, f, src->subjects);
		f->enc_in_transit = src->enc_in_transit;
	}
	xfree(keys);
}

/* ================================================================ the export */

bool plan_is_gcpasset(const char *data, size_t len)
{
	size_t body = len < 65536 ? len : 65536;
	return (memmem(data, body, "\"asset_type\"", 12) || memmem(data, body, "\"assetType\"", 11)) &&
	       memmem(data, body, ".googleapis.com/", 16) && !memmem(data, body, "\"format_version\"", 16) &&
	       !memmem(data, body, "\"resourceType\"", 14);
}

struct rsd_plan *plan_load_gcpasset(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				    const struct cfn_opts *o, struct rsd_diags *d)
{
	struct gal L0 = {0}, *L = &L0;
	L->p = p;
	L->d = d;
	L->nerrors0 = d->nerrors;
	L->class_tag = o && o->class_tag && *o->class_tag ? o->class_tag : "data-classes";
	L->require_classes = o && o->require_classes;
	struct rsd_plan *pl = plan_new(file);
	L->pl = pl;
	L->a = &pl->arena;
	size_t lead = 0;
	while (lead < len && (data[lead] == ' ' || data[lead] == '\t' || data[lead] == '\r' || data[lead] == '\n'))
		lead++;
	/* one JSON document a line (the export) or one document (an array, a search answer) */
	const char *eol = lead < len ? memchr(data + lead, '\n', len - lead) : NULL;
	size_t l1 = eol ? (size_t)(eol - data) : len;
	while (l1 > lead && (data[l1 - 1] == ' ' || data[l1 - 1] == '\t' || data[l1 - 1] == '\r'))
		l1--;
	bool ndjson = lead < len && data[lead] == '{' && l1 > lead && data[l1 - 1] == '}';
	bool ok;
	if (ndjson) {
		ok = read_ndjson(L, file, data, len);
	} else {
		struct doc_node *root = doc_parse(L->a, file, data, len, d, &L->src);
		ok = root != NULL;
		if (root)
			add_root(L, root);
	}
	if (ok && d->nerrors == L->nerrors0 && o && o->classes_file)
		ok = cf_load(L->cf = &L->cfmap, p, pl, o->classes_file, d);
	if (ok && d->nerrors == L->nerrors0) {
		for (size_t i = 0; i < L->n; i++)
			if (strcmp(L->v[i].type, "bigtableadmin.googleapis.com/Cluster") == 0)
				*VEC_PUSH(L->clusters, L->nclusters, L->cap_clusters) = &L->v[i];
		if (L->nclusters)
			qsort(L->clusters, L->nclusters, sizeof *L->clusters, cmp_asset_name);
		for (size_t i = 0; i < L->n && !diag_full(d); i++)
			load_asset(L, &L->v[i]);
		sql_replicas(L);
		if (L->cf && d->nerrors == L->nerrors0)
			cf_unused(L->cf, pl);
	}
	cf_free(L->cf);
	xfree(L->v);
	xfree(L->clusters);
	if (!ok || d->nerrors > L->nerrors0) {
		plan_free(pl);
		return NULL;
	}
	plan_shrink(pl);
	return pl;
}
