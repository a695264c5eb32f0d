/*
** plan_arm.c — Azure Resource Manager templates (what `bicep build` writes)
** and the JSON of `az deployment … what-if` as plans; docs/azure.md.
**
** A resource's region is its `location`.  Template expressions are
** evaluated where they can be: string literals, parameters() with a
** defaultValue, variables(), resourceGroup().location (the --region given
** as the resource group's region), concat(), toLower(), toUpper().
** Anything else is unknown, and an unknown value that decides where data
** is gives `unknown-location` (exit 2), never a guess.  A what-if result
** has every value resolved already: its `changes[].after` are read the
** same way, deletes ignored.
*/
#define _GNU_SOURCE	/* memmem, strcasecmp */
#include "plan.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "azure_pairs.h"
#include "classes.h"
#include "doc.h"
#include "plan_armext.h"
#include "util.h"

#define ARM_MAX_DEPTH 32

struct arml {
	const struct rsd_policy *p;
	struct rsd_diags *d;
	const struct src_file *src;
	const struct src_file *(*source)(void *ctx);	/* plan_arm_ext: src on first use */
	void *source_ctx;
	struct rsd_plan *pl;
	struct arena *a;
	const struct doc_node *params, *vars;
	const char *rg_location;	/* --region: the resource group's region */
	const char *class_tag;
	bool require_classes;
	struct cf_map cfmap, *cf;	/* --classes; cf NULL: none */
	size_t nerrors0;
	const char *from;	/* what the values come from, in messages: "the template" */
	const char *noloc, *unknown;	/* plan_arm_ext: why a location is missing, or unknown (NULL: ARM's) */
};

static char *aprint(struct arml *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *aprint(struct arml *L, const char *fmt, ...)
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

static void arm_error(struct arml *L, const struct doc_node *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void arm_error(struct arml *L, const struct doc_node *at, const char *fmt, ...)
{
	if (!L->src && L->source)
		L->src = L->source(L->source_ctx);
	struct src_loc l = {L->src, at ? at->line : 1, at ? at->col : 1, 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(L->d, DIAG_ERROR, &l, fmt, ap);
	va_end(ap);
}

/* ================================================================ expressions */

struct xp {
	struct arml *L;
	const char *s;
	int depth;
};

static void skip_ws(struct xp *x)
{
	while (*x->s == ' ' || *x->s == '\t')
		x->s++;
}

static const char *ev_node(struct arml *L, const struct doc_node *n, int depth);

/* One expression; NULL: unknown (or not understood). */
static const char *xp_expr(struct xp *x)
{
	if (++x->depth > ARM_MAX_DEPTH)
		return NULL;
	skip_ws(x);
	const char *val = NULL;
	if (*x->s == '\'') {	/* 'literal', '' is a quote */
		struct strbuf sb = {0};
		for (x->s++; *x->s; x->s++) {
			if (*x->s == '\'') {
				if (x->s[1] != '\'')
					break;
				x->s++;
			}
			sb_putc(&sb, *x->s);
		}
		if (*x->s != '\'') {
			sb_free(&sb);
			return NULL;
		}
		x->s++;
		val = arena_strdup(x->L->a, sb.s ? sb.s : "");
		sb_free(&sb);
	} else {
		const char *name = x->s;
		while (isalnum((unsigned char)*x->s) || *x->s == '_')
			x->s++;
		size_t n = (size_t)(x->s - name);
		skip_ws(x);
		if (!n || *x->s != '(')
			return NULL;
		x->s++;
		const char *args[8];
		bool known[8];
		int na = 0;
		skip_ws(x);
		while (*x->s && *x->s != ')') {
			if (na == 8)
				return NULL;
			const char *v = xp_expr(x);
			args[na] = v;
			known[na++] = v != NULL;
			skip_ws(x);
			if (*x->s == ',')
				x->s++;
			else if (*x->s != ')')
				return NULL;
		}
		if (*x->s != ')')
			return NULL;
		x->s++;
		bool all = true;
		for (int i = 0; i < na; i++)
			all &= known[i];
		if (n == 10 && strncasecmp(name, "parameters", n) == 0 && na == 1 && all) {
			const struct doc_node *par = doc_get(x->L->params, args[0]);
			val = par ? ev_node(x->L, doc_get(par, "defaultValue"), x->depth + 1) : NULL;
		} else if (n == 9 && strncasecmp(name, "variables", n) == 0 && na == 1 && all) {
			val = ev_node(x->L, doc_get(x->L->vars, args[0]), x->depth + 1);
		} else if (n == 13 && strncasecmp(name, "resourceGroup", n) == 0 && na == 0) {
			skip_ws(x);
			if (strncmp(x->s, ".location", 9) == 0) {
				x->s += 9;
				val = x->L->rg_location;
			}
		} else if (n == 6 && strncasecmp(name, "concat", n) == 0 && all) {
			struct strbuf sb = {0};
			for (int i = 0; i < na; i++)
				sb_puts(&sb, args[i]);
			val = arena_strdup(x->L->a, sb.s ? sb.s : "");
			sb_free(&sb);
		} else if (n == 7 && (strncasecmp(name, "toLower", n) == 0 || strncasecmp(name, "toUpper", n) == 0) &&
			   na == 1 && all) {
			char *v = arena_strdup(x->L->a, args[0]);
			for (char *c = v; *c; c++)
				*c = (char)(name[2] == 'L' || name[2] == 'l' ? tolower((unsigned char)*c)
									 : toupper((unsigned char)*c));
			val = v;
		}
	}
	skip_ws(x);
	if (*x->s == '.' || *x->s == '[')	/* a property or index of the value: not modelled */
		return NULL;
	x->depth--;
	return val;
}

/* A node's string value: a literal, or an evaluated "[expression]"; NULL: unknown. */
static const char *ev_node(struct arml *L, const struct doc_node *n, int depth)
{
	const char *s = doc_str(n);
	if (!s || depth > ARM_MAX_DEPTH)
		return NULL;
	size_t len = strlen(s);
	if (len < 2 || s[0] != '[' || s[len - 1] != ']')
		return s;
	if (s[1] == '[')	/* "[[" escapes a literal '[' */
		return s + 1;
	char *inner = arena_strndup(L->a, s + 1, len - 2);
	struct xp x = {L, inner, depth};
	const char *v = xp_expr(&x);
	skip_ws(&x);
	return v && !*x.s ? v : NULL;
}

/* ================================================================ resources */

struct ares {
	const char *name, *type;
	const struct doc_node *node, *props;
	struct plan_pos pos;
};

static void note(struct arml *L, const struct ares *r, const char *rule, int sev, const char *msg)
{
	struct plan_note *n = plan_add_note(L->pl);
	n->rule_id = rule;
	n->severity = sev;
	n->fact = r->name;
	n->pos = r->pos;
	n->message = msg;
}

/* "West Europe" → "westeurope" */
static const char *norm_region(struct arml *L, const char *v)
{
	char *o = arena_strdup(L->a, v), *w = o;
	for (const char *c = v; *c; c++)
		if (*c != ' ')
			*w++ = (char)tolower((unsigned char)*c);
	*w = 0;
	return o;
}

/* at: the node the region was read from (NULL: none) */
static bool region_place(struct arml *L, const struct ares *r, const char *what, const struct doc_node *at,
			 const char *region, struct place *out)
{
	if (!region && L->noloc) {
		note(L, r, "unknown-location", SEV_ERROR,
		     aprint(L, "%s of %s cannot be determined from %s: %s", what, r->name, L->from,
			    at ? L->unknown : L->noloc));
		return false;
	}
	if (!region) {
		note(L, r, "unknown-location", SEV_ERROR,
		     aprint(L, "%s of %s cannot be determined from the template%s", what, r->name,
			    L->rg_location ? "" : " (give the resource group's region with --region)"));
		return false;
	}
	const char *name = aprint(L, "azure:%s", norm_region(L, region));
	if (!place_resolve(L->p, name, out)) {
		note(L, r, "unknown-location", SEV_ERROR,
		     aprint(L, "%s is '%s', which is not a known Azure region (no location %s in the policy)", what,
			    region, name));
		return false;
	}
	return true;
}

/* An unknown class in a resource's class tag (plan_class_list). */
struct bad_class {
	struct arml *L;
	const struct ares *r;
	const struct doc_node *at;
	int n;
};

static void bad_class(void *ctx, const char *name)
{
	struct bad_class *b = ctx;
	arm_error(b->L, b->at, "%s: unknown data class '%s' in tag %s", b->r->name, name, b->L->class_tag);
	b->n++;
}

/*
** The resource's classes from its class tag.  1: classified, 0: none,
** -1: an error, or tags that cannot be read (noted as unclassified unless
** classified holds: a --classes entry classifies the resource).
*/
static int res_classes(struct arml *L, const struct ares *r, struct bits *out, bool classified)
{
	bits_clear(out);
	const struct doc_node *tags = doc_get(r->node, "tags");
	if (tags && tags->kind == DOC_SCALAR && classified)
		return 0;
	if (tags && tags->kind == DOC_SCALAR && L->noloc) {	/* an unknown or secret value */
		note(L, r, "unclassified", SEV_ERROR,
		     aprint(L, "its tags are not known from %s (an unknown or secret value), so its data classes "
			    "are unknown", L->from));
		return -1;
	}
	if (tags && tags->kind == DOC_SCALAR) {	/* "[parameters('tags')]": the tags are an expression */
		note(L, r, "unclassified", SEV_ERROR,
		     aprint(L, "its tags are an expression that cannot be read from the template, so its data "
			    "classes are unknown; write tag '%s' out", L->class_tag));
		return -1;
	}
	const struct doc_node *at = doc_get(tags, L->class_tag);
	if (!at)
		return 0;
	const char *v = ev_node(L, at, 0);
	if (!v) {
		arm_error(L, at, "%s: tag %s is not a literal list of data classes", r->name, L->class_tag);
		return -1;
	}
	struct bad_class bc = {L, r, at, 0};
	size_t nnames = plan_class_list(L->p, v, out, bad_class, &bc);
	if (!nnames)
		arm_error(L, at, "%s: tag %s names no data class", r->name, L->class_tag);
	return bc.n || !nnames ? -1 : 1;
}

struct copies {
	struct plan_placeref *v;
	size_t n, cap;
};

static void add_copy(struct copies *c, struct place pl, struct plan_pos pos)
{
	struct plan_placeref *p = VEC_PUSH(c->v, c->n, c->cap);
	p->place = pl;
	p->pos = pos;
}

/* The paired region's copy (GRS storage, geo backups, Key Vault). */
static void pair_copy(struct arml *L, const struct ares *r, const char *home, struct copies *c, const char *what)
{
	const char *pair = azure_pair(home);
	struct place pl;
	if (!pair) {
		note(L, r, "unknown-location", SEV_ERROR,
		     aprint(L, "%s of %s goes to the region paired with '%s', which has no pair in the table", what,
			    r->name, home));
		return;
	}
	if (region_place(L, r, what, NULL, pair, &pl))
		add_copy(c, pl, r->pos);
}

static bool str_in(const char *v, const char *const *list)
{
	for (; v && *list; list++)
		if (strcasecmp(v, *list) == 0)
			return true;
	return false;
}

enum arm_kind { K_STORAGE, K_COSMOS, K_SQL_DB, K_FLEX, K_KEYVAULT, K_REGISTRY, K_PLAIN, K_ENCRYPTED };

static const struct arm_type {
	const char *type;
	enum arm_kind kind;
} arm_types[] = {
	{"Microsoft.Cache/Redis", K_ENCRYPTED},
	{"Microsoft.ContainerRegistry/registries", K_REGISTRY},
	{"Microsoft.DBforMySQL/flexibleServers", K_FLEX},
	{"Microsoft.DBforPostgreSQL/flexibleServers", K_FLEX},
	{"Microsoft.DocumentDB/databaseAccounts", K_COSMOS},
	{"Microsoft.EventHub/namespaces", K_ENCRYPTED},
	{"Microsoft.KeyVault/vaults", K_KEYVAULT},
	{"Microsoft.OperationalInsights/workspaces", K_ENCRYPTED},
	{"Microsoft.ServiceBus/namespaces", K_ENCRYPTED},
	{"Microsoft.Sql/servers/databases", K_SQL_DB},
	{"Microsoft.Storage/storageAccounts", K_STORAGE},
	{"Microsoft.Synapse/workspaces", K_ENCRYPTED},
};

static const struct arm_type *find_type(const char *type)
{
	for (size_t i = 0; i < ARRAY_LEN(arm_types); i++)
		if (strcasecmp(arm_types[i].type, type) == 0)
			return &arm_types[i];
	return NULL;
}

static void load_resource(struct arml *L, const struct doc_node *n, struct plan_pos pos, const char *parent_type,
			  const char *parent_name)
{
	struct ares r = {0};
	if (doc_true(doc_get(n, "existing")))
		return;	/* a reference to a resource deployed elsewhere */
	r.node = n;
	r.pos = pos;
	r.props = doc_get(n, "properties");
	const char *type = ev_node(L, doc_get(n, "type"), 0);
	const char *name = ev_node(L, doc_get(n, "name"), 0);
	if (!type) {
		arm_error(L, n, "a resource without a literal type");
		return;
	}
	if (parent_type && !strchr(type, '/'))
		type = aprint(L, "%s/%s", parent_type, type);
	r.type = type;
	r.name = name ? (parent_name && !strchr(name, '/') ? aprint(L, "%s/%s", parent_name, name) : name)
		      : aprint(L, "%s at %u:%u", type, pos.line, pos.col);
	const struct arm_type *t = find_type(type);
	if (t && t->kind == K_REGISTRY && strchr(type + strlen("Microsoft.ContainerRegistry/registries"), '/'))
		t = NULL;	/* registries/replications: handled with the registry */
	/* --classes: the resource's name, and its full resource id where the input has one */
	const char *names[2] = {r.name, doc_str(doc_get(n, "id"))};
	const struct cf_entry *e = !L->cf ? NULL : t ? cf_match_any(L->cf, names, 2)
						 : cf_names_type(L->cf, type, names, 2);
	struct bits classes;
	int cl = res_classes(L, &r, &classes, e != NULL);
	/* nested resources (`resources` inside a resource) */
	const struct doc_node *kids = doc_get(n, "resources");
	for (uint32_t i = 0; kids && kids->kind == DOC_SEQ && i < kids->n; i++)
		load_resource(L, kids->items[i], (struct plan_pos){kids->items[i]->line, kids->items[i]->col}, type,
			      r.name);
	if (cl < 0)
		return;
	if (!t) {
		if (cl > 0)
			note(L, &r, "unmodelled-resource", SEV_ERROR,
			     aprint(L, "%s (%s) carries data classes, but residency does not model where a %s keeps its "
				    "data", r.name, type, type));
		else if (e)
			note(L, &r, "unmodelled-resource", SEV_ERROR,
			     aprint(L, "%s (%s) is classified by the --classes entry '%s', but residency does not model "
				    "where a %s keeps its data", r.name, type, e->match, type));
		return;
	}
	if (cl == 0 && !e) {
		note(L, &r, "unclassified", L->require_classes ? SEV_ERROR : SEV_WARNING,
		     aprint(L, "holds data but has no data classes (tag '%s' or a --classes entry)", L->class_tag));
		return;
	}
	if (e)
		classes = e->classes;
	const struct doc_node *locn = doc_get(n, "location"), *primn = locn;
	const char *loc = ev_node(L, locn, 0);
	struct copies reps = {0}, backs = {0};
	struct place home;
	const char *primary = loc;
	if (t->kind == K_COSMOS) {
		/* the write region (failoverPriority 0) is the primary, the others replicas */
		const struct doc_node *locs = doc_get(r.props, "locations");
		for (uint32_t i = 0; locs && locs->kind == DOC_SEQ && i < locs->n; i++) {
			const char *prio = ev_node(L, doc_get(locs->items[i], "failoverPriority"), 0);
			if (prio && strcmp(prio, "0") == 0) {
				primn = doc_get(locs->items[i], "locationName");
				primary = ev_node(L, primn, 0);
			}
		}
	}
	if (!region_place(L, &r, "the region", primn, primary, &home))
		return;
	const char *home_name = norm_region(L, primary);
	bool enc = t->kind != K_PLAIN;
	switch (t->kind) {
	case K_STORAGE: {
		static const char *const geo[] = {"Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS",
						  NULL};
		const struct doc_node *skun = doc_get(doc_get(n, "sku"), "name");
		const char *sku = ev_node(L, skun, 0);
		if (!sku && skun)
			note(L, &r, "unknown-location", SEV_ERROR,
			     aprint(L, "whether %s keeps a geo-redundant copy cannot be determined: its sku is not known "
				    "from %s", r.name, L->from));
		else if (str_in(sku, geo))
			pair_copy(L, &r, home_name, &reps, "the geo-redundant copy");
		break;
	}
	case K_COSMOS: {
		const struct doc_node *locs = doc_get(r.props, "locations");
		for (uint32_t i = 0; locs && locs->kind == DOC_SEQ && i < locs->n; i++) {
			const struct doc_node *lnn = doc_get(locs->items[i], "locationName");
			const char *ln = ev_node(L, lnn, 0);
			struct place pl;
			if (ln && strcmp(norm_region(L, ln), home_name) == 0)
				continue;
			struct ares at = r;
			at.pos = (struct plan_pos){locs->items[i]->line, locs->items[i]->col};
			/* an entry without locationName: unknown, not "nothing sets a location" */
			if (region_place(L, &at, "a Cosmos DB region", lnn ? lnn : locs->items[i], ln, &pl))
				add_copy(&reps, pl, at.pos);
		}
		break;
	}
	case K_SQL_DB: {
		/* Azure SQL Database keeps geo-redundant backups unless told otherwise */
		const struct doc_node *bn = doc_get(r.props, "requestedBackupStorageRedundancy");
		const char *b = ev_node(L, bn, 0);
		if (bn && !b)
			note(L, &r, "unknown-location", SEV_ERROR,
			     aprint(L, "where the backups of %s are kept cannot be determined from %s", r.name, L->from));
		else if (!b || strcasecmp(b, "Geo") == 0 || strcasecmp(b, "GeoZone") == 0)
			pair_copy(L, &r, home_name, &backs, "the geo-redundant backup");
		break;
	}
	case K_FLEX: {
		const struct doc_node *gn = doc_get(doc_get(r.props, "backup"), "geoRedundantBackup");
		const char *g = ev_node(L, gn, 0);
		if (gn && !g)
			note(L, &r, "unknown-location", SEV_ERROR,
			     aprint(L, "whether %s keeps geo-redundant backups cannot be determined from %s", r.name,
				    L->from));
		else if (g && strcasecmp(g, "Enabled") == 0)
			pair_copy(L, &r, home_name, &backs, "the geo-redundant backup");
		break;
	}
	case K_KEYVAULT:
		/* Key Vault replicates its contents to the paired region */
		if (azure_pair(home_name))
			pair_copy(L, &r, home_name, &reps, "the paired-region copy");
		break;
	case K_REGISTRY:	/* replications: registry_replicas, once every store is known */
	case K_PLAIN:
	case K_ENCRYPTED:
		break;
	}
	struct plan_store *s = plan_add_store(L->pl);
	s->name = r.name;
	s->address = r.name;
	s->pos = r.pos;
	s->classes = classes;
	s->primary = arena_alloc(L->a, sizeof *s->primary);
	s->primary[0] = home;
	s->nprimary = 1;
	s->enc_at_rest = enc;	/* Azure encrypts storage, databases and vaults at rest */
	if (enc) {
		s->has_key = true;	/* a platform key in the store's region (customer keys: see docs) */
		s->key = home;
	}
	if (e)
		cf_store_facts(e, s, L->a);
	if (reps.n) {
		s->replicas = arena_alloc(L->a, reps.n * sizeof *s->replicas);
		memcpy(s->replicas, reps.v, reps.n * sizeof *s->replicas);
		s->nreplicas = (uint32_t)reps.n;
	}
	if (backs.n) {
		s->backups = arena_alloc(L->a, backs.n * sizeof *s->backups);
		memcpy(s->backups, backs.v, backs.n * sizeof *s->backups);
		s->nbackups = (uint32_t)backs.n;
	}
	xfree(reps.v);
	xfree(backs.v);
}

/* A registry replication r: a replica of the registry's store si, in the replication's location. */
static void add_replication(struct arml *L, const struct ares *r, int si)
{
	struct place pl;
	const struct doc_node *locn = doc_get(r->node, "location");
	if (!region_place(L, r, "a registry replica's region", locn, ev_node(L, locn, 0), &pl))
		return;
	struct plan_store *s = &L->pl->stores[si];
	struct plan_placeref *v = arena_alloc(L->a, (s->nreplicas + 1) * sizeof *v);
	if (s->nreplicas)
		memcpy(v, s->replicas, s->nreplicas * sizeof *v);
	v[s->nreplicas].place = pl;
	v[s->nreplicas].pos = r->pos;
	s->replicas = v;
	s->nreplicas++;
}

static const char replications[] = "Microsoft.ContainerRegistry/registries/replications";

/* Registry replications anywhere in the template: replicas of their registry. */
static void registry_replicas(struct arml *L, const struct doc_node *list)
{
	for (uint32_t i = 0; list && list->kind == DOC_SEQ && i < list->n; i++) {
		const struct doc_node *n = list->items[i];
		const char *type = ev_node(L, doc_get(n, "type"), 0);
		const char *name = ev_node(L, doc_get(n, "name"), 0);
		if (!type || strcasecmp(type, replications) != 0)
			continue;
		struct ares r = {name ? name : "replication", type, n, NULL, {n->line, n->col}};
		const char *slash = name ? strchr(name, '/') : NULL;
		int si = slash ? plan_find_store(L->pl, arena_strndup(L->a, name, (size_t)(slash - name))) : -1;
		if (si < 0) {
			if (!name || !slash)
				note(L, &r, "unknown-location", SEV_ERROR,
				     aprint(L, "the registry that %s replicates cannot be determined from %s", r.name,
					    L->from));
			continue;
		}
		add_replication(L, &r, si);
	}
}

bool plan_arm_models(const char *type)
{
	return find_type(type) || strcasecmp(type, replications) == 0;
}

bool plan_arm_ext(const struct rsd_policy *p, struct rsd_plan *pl, struct cf_map *cf, const struct src_file *src,
		  const struct arm_ext_opts *o, const struct arm_ext_res *res, size_t n, struct rsd_diags *d)
{
	struct arml L = {0};
	L.p = p;
	L.d = d;
	L.src = src;
	L.source = o->source;
	L.source_ctx = o->source_ctx;
	L.pl = pl;
	L.a = &pl->arena;
	L.cf = cf;
	L.nerrors0 = d->nerrors;
	L.class_tag = o->class_tag && *o->class_tag ? o->class_tag : "data-classes";
	L.require_classes = o->require_classes;
	L.from = o->from;
	L.noloc = o->noloc;
	L.unknown = o->unknown;
	for (size_t i = 0; i < n && !diag_full(d); i++) {
		const char *type = doc_str(doc_get(res[i].node, "type"));
		if (!type || strcasecmp(type, replications) != 0)
			load_resource(&L, res[i].node, res[i].pos, NULL, NULL);
	}
	/* replications once every registry's store is known */
	for (size_t i = 0; i < n && !diag_full(d); i++) {
		const char *type = doc_str(doc_get(res[i].node, "type"));
		if (!type || strcasecmp(type, replications) != 0)
			continue;
		struct ares r = {doc_str(doc_get(res[i].node, "name")), type, res[i].node, NULL, res[i].pos};
		int si = res[i].registry ? plan_find_store(pl, res[i].registry) : -1;
		if (!res[i].registry)
			note(&L, &r, "unknown-location", SEV_ERROR,
			     aprint(&L, "the registry that %s replicates cannot be determined from %s", r.name, L.from));
		else if (si >= 0)
			add_replication(&L, &r, si);
	}
	return d->nerrors == L.nerrors0;
}

bool plan_is_arm(const char *data, size_t len)
{
	/* an ARM template names its schema first; a what-if result has changes with a changeType */
	size_t head = len < 4096 ? len : 4096, body = len < 65536 ? len : 65536;
	return memmem(data, head, "deploymentTemplate.json", 23) != NULL ||
	       (memmem(data, head, "\"changes\"", 9) != NULL && memmem(data, body, "\"changeType\"", 12) != NULL) ||
	       (memmem(data, body, "\"totalRecords\"", 14) != NULL && memmem(data, body, "\"data\"", 6) != NULL &&
		memmem(data, body, "/providers/Microsoft.", 21) != NULL);
}

struct rsd_plan *plan_load_arm(const struct rsd_policy *p, const char *file, const char *data, size_t len,
			       const struct cfn_opts *o, struct rsd_diags *d)
{
	struct arml L = {0};
	L.p = p;
	L.d = d;
	L.nerrors0 = d->nerrors;
	L.class_tag = o && o->class_tag && *o->class_tag ? o->class_tag : "data-classes";
	L.rg_location = o && o->region && *o->region ? o->region : NULL;
	L.from = "the template";
	struct rsd_plan *pl = plan_new(file);
	L.pl = pl;
	L.a = &pl->arena;
	struct doc_node *root = doc_parse(L.a, file, data, len, d, &L.src);
	if (!root) {
		plan_free(pl);
		return NULL;
	}
	/* a REST API example wraps the response: responses.200.body */
	const struct doc_node *body = doc_get(doc_get(doc_get(root, "responses"), "200"), "body");
	const struct doc_node *graph = doc_get(body ? body : root, "data");
	const struct doc_node *changes = doc_get(root, "changes");
	const struct doc_node *res = doc_get(root, "resources");
	if (root->kind != DOC_MAP || (!changes && !res && !graph)) {
		arm_error(&L, root, "not an ARM template, what-if result or Resource Graph result: no resources, "
			  "changes or data");
		plan_free(pl);
		return NULL;
	}
	L.require_classes = o && o->require_classes;
	if (o && o->classes_file && !cf_load(L.cf = &L.cfmap, p, pl, o->classes_file, d)) {
		cf_free(L.cf);
		plan_free(pl);
		return NULL;
	}
	if (graph && !changes && !res) {	/* Azure Resource Graph: deployed resources, as ARM describes them */
		const struct doc_node *page = body ? body : root;
		const struct doc_node *tr = doc_get(page, "resultTruncated");
		const struct doc_node *skip = doc_get(page, "$skipToken") ? doc_get(page, "$skipToken")
									  : doc_get(page, "skip_token");
		if (doc_true(tr) || (doc_str(skip) && *doc_str(skip) && strcmp(doc_str(skip), "null") != 0)) {
			/* a page of a longer result: the resources not in it would go unjudged */
			arm_error(&L, doc_true(tr) ? tr : skip,
				  "the Resource Graph result is incomplete (truncated, or more pages follow): "
				  "fetch every page and check them all");
			cf_free(L.cf);
			plan_free(pl);
			return NULL;
		}
		for (uint32_t i = 0; graph->kind == DOC_SEQ && i < graph->n; i++)
			load_resource(&L, graph->items[i], (struct plan_pos){graph->items[i]->line, graph->items[i]->col},
				      NULL, NULL);
	} else if (changes) {	/* what-if: the resources as they will be */
		for (uint32_t i = 0; changes->kind == DOC_SEQ && i < changes->n; i++) {
			const struct doc_node *c = changes->items[i];
			const char *ct = doc_str(doc_get(c, "changeType"));
			const struct doc_node *after = doc_get(c, "after");
			if ((ct && strcasecmp(ct, "Delete") == 0) || !after || after->kind != DOC_MAP)
				continue;
			load_resource(&L, after, (struct plan_pos){c->line, c->col}, NULL, NULL);
		}
	} else {
		L.params = doc_get(root, "parameters");
		L.vars = doc_get(root, "variables");
		if (res->kind == DOC_MAP) {	/* languageVersion 2.0: symbolic names */
			for (uint32_t i = 0; i < res->n; i++)
				load_resource(&L, res->items[2 * i + 1], (struct plan_pos){res->items[2 * i]->line,
											  res->items[2 * i]->col},
					      NULL, NULL);
		} else {
			for (uint32_t i = 0; res->kind == DOC_SEQ && i < res->n; i++)
				load_resource(&L, res->items[i], (struct plan_pos){res->items[i]->line, res->items[i]->col},
					      NULL, NULL);
			registry_replicas(&L, res);
		}
	}
	if (d->nerrors == L.nerrors0 && L.cf)
		cf_unused(L.cf, pl);
	cf_free(L.cf);
	if (d->nerrors > L.nerrors0) {
		plan_free(pl);
		return NULL;
	}
	plan_shrink(pl);
	return pl;
}
