/*
** import_fides.c — Fides data maps as plans (docs/fides.md).
**
** Fides (fideslang) describes systems (applications, databases, vendors)
** and datasets: what data categories each processes, where data goes
** (egress, ingress, system_dependencies), to which third countries it is
** transferred and on which legal basis.  It does not record where a system
** runs, so a system's location comes from a --locations mapping file, else
** from the AWS ARN or endpoint hostname of its fidesctl_meta; a system with
** none is an error (fail closed).  Data categories become classes through a
** mapping (categories_default below, or --categories FILE).
**
** Systems become stores, data flows become flows (carrying what their
** source holds, unless they name categories), third_country_transfers
** become flows to those countries, legal_basis_for_transfers become
** mechanisms of the system's store and of every flow out of it.  What a
** system holds is what it declares plus, fail closed, everything that
** flows into it (a fixpoint over the flow graph, linear in its size).
**
** `residency check FILE` builds the plan directly (positions point into the
** Fides file); `residency import fides` writes it as a YAML plan whose
** entries carry a comment with the Fides file, line and column.
*/
#include "fides.h"

#include "residency.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "country.h"

#define FZ_DEFAULT_MAX ((size_t)1 << 30)

/* The shipped category mapping (docs/fides.md lists and explains it). */
static const char categories_default[] =
	"# residency's default mapping of fideslang data categories to classes.\n"
	"# A key maps that category and every category below it; the longest\n"
	"# key that matches wins; [] means: no class (not sensitive here).\n"
	"user: [personal]\n"
	"user.financial: [payment]\n"
	"user.payment: [payment]\n"
	"user.health_and_medical: [health]\n"
	"user.genetic: [genetic]\n"
	"user.biometric: [biometric]\n"
	"user.biometric_health: [health]\n"
	"user.criminal_history: [criminal_records]\n"
	"user.childrens: [children]\n"
	"user.children: [children]\n"
	"user.demographic.political_opinion: [special_category]\n"
	"user.demographic.race_ethnicity: [special_category]\n"
	"user.demographic.religious_belief: [special_category]\n"
	"user.demographic.sexual_orientation: [special_category]\n"
	"user.provided.identifiable.financial: [payment]\n"
	"user.provided.identifiable.health_and_medical: [health]\n"
	"user.provided.identifiable.genetic: [genetic]\n"
	"user.provided.identifiable.biometric: [biometric]\n"
	"user.derived.identifiable.biometric_health: [health]\n"
	"user.provided.identifiable.criminal_history: [criminal_records]\n"
	"user.provided.identifiable.children: [children]\n"
	"user.provided.identifiable.political_opinion: [special_category]\n"
	"user.provided.identifiable.race: [special_category]\n"
	"user.provided.identifiable.religious_belief: [special_category]\n"
	"user.provided.identifiable.sexual_orientation: [special_category]\n"
	"account: [personal]\n"
	"system: []\n";

/* ---------------------------------------------------------------- model */

struct fpos {
	int file;	/* index in z->files */
	uint32_t line, col, span;
};

struct fstr {
	const char *s;
	struct fpos pos;
};

/* egress / ingress / system_dependencies, as an edge src -> dst */
struct fedge {
	int src, dst;	/* system indices */
	struct fpos pos;
	bool has_cats;	/* the edge names its categories */
	struct bits cats;
	const char *what;	/* "egress", "ingress", "system_dependencies" */
};

/* a range of fsys.fcats */
struct crange {
	size_t first, n;
};

struct fsys {
	const char *key;
	struct fpos pos, keypos;
	struct fstr *cats, *dsrefs, *transfers, *bases, *egress, *ingress, *deps;
	size_t ncats, ndsrefs, ntransfers, nbases, negress, ningress, ndeps;
	size_t capcats, capdsrefs, captransfers, capbases, capegress, capingress, capdeps;
	const char **etypes, **itypes;	/* type of each egress / ingress entry */
	size_t capet, capit;
	struct crange *ecats, *icats;	/* categories named by each egress/ingress */
	bool *ehas, *ihas;
	size_t cape2, capi2, cape3, capi3;
	struct fstr *fcats;	/* the categories of every egress/ingress entry */
	size_t nfcats, capfcats;
	struct fstr arn, endpoint;
	/* resolved */
	bool has_place;
	struct place place;
	const char *place_name;
	struct fpos place_pos;
	const char *place_src;	/* "--locations", "resource_id", "endpoint_address" */
	struct bits own, held;
	int32_t *mechs;
	size_t nmechs, capmechs;
	bool queued;
};

struct fds {
	const char *key;
	struct fpos pos;
	struct fstr *cats, *transfers;
	size_t ncats, ntransfers, capcats, captransfers;
	struct bits classes;
	int *refs;	/* systems that reference it */
	size_t nrefs, caprefs;
};

struct ffile {
	const struct src_file *sf;
	yaml_document_t *docs;
	size_t ndocs, capdocs;
	size_t bom;
};

/* a category mapping entry */
struct fmap {
	const char *key;	/* without a trailing "*" / ".*" */
	bool star;	/* "user.health*": a raw prefix */
	struct bits classes;
	struct fpos pos;
};

struct fz {
	const struct rsd_policy *pol;
	struct rsd_diags *d;
	const struct fides_opts *o;
	struct arena arena;
	struct ffile *files;
	size_t nfiles, capfiles;
	struct fsys *sys;
	size_t nsys, capsys;
	struct fds *ds;
	size_t nds, capds;
	struct fmap *map;
	size_t nmap, capmap;
	struct fedge *edges;
	size_t nedges, capedges;
	bool failed;
};

/* ---------------------------------------------------------------- errors */

static void zerr(struct fz *z, struct fpos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void zerr(struct fz *z, struct fpos p, const char *fmt, ...)
{
	struct src_loc loc = {z->files[p.file].sf, p.line, p.col, p.span ? p.span : 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(z->d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
	z->failed = true;
}

static void znote(struct fz *z, struct fpos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void znote(struct fz *z, struct fpos p, const char *fmt, ...)
{
	struct src_loc loc = {z->files[p.file].sf, p.line, p.col, p.span ? p.span : 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(z->d, DIAG_NOTE, &loc, fmt, ap);
	va_end(ap);
}

/* "file: error: msg" (no position) */
static void zferr(struct fz *z, const char *path, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void zferr(struct fz *z, const char *path, const char *fmt, ...)
{
	struct src_file *f = diag_add_file(z->d, path, xstrdup(""), 0);
	struct src_loc loc = {f, 0, 0, 0};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(z->d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
	z->failed = true;
}

/* ---------------------------------------------------------------- YAML */

/* Byte column (1-based) of libyaml's 0-based character column on line. */
static uint32_t byte_col(const struct ffile *f, size_t line, size_t ccol)
{
	size_t n;
	const char *t = src_line(f->sf, (uint32_t)line + 1, &n);
	size_t skip = line == 0 ? f->bom : 0, i = skip, c = 0;
	while (i < n && c < ccol) {
		i++;
		while (i < n && ((unsigned char)t[i] & 0xC0) == 0x80)
			i++;
		c++;
	}
	return (uint32_t)(i + (c < ccol ? ccol - c : 0) + 1);
}

static struct fpos npos(struct fz *z, int fi, const yaml_node_t *n)
{
	const struct ffile *f = &z->files[fi];
	struct fpos p = {fi, (uint32_t)n->start_mark.line + 1,
			 byte_col(f, n->start_mark.line, n->start_mark.column), 1};
	if (n->type == YAML_SCALAR_NODE && n->end_mark.line == n->start_mark.line) {
		uint32_t e = byte_col(f, n->end_mark.line, n->end_mark.column);
		if (e > p.col)
			p.span = e - p.col;
	}
	return p;
}

static yaml_node_t *node(yaml_document_t *doc, int id)
{
	return yaml_document_get_node(doc, id);
}

static bool is_null(const yaml_node_t *n)
{
	if (!n || n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return n == NULL;
	const char *s = (const char *)n->data.scalar.value;
	return !*s || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") || !strcmp(s, "NULL");
}

static yaml_node_t *map_get(yaml_document_t *doc, yaml_node_t *m, const char *key)
{
	if (!m || m->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
		yaml_node_t *k = node(doc, p->key);
		if (k && k->type == YAML_SCALAR_NODE && strcmp((const char *)k->data.scalar.value, key) == 0)
			return node(doc, p->value);
	}
	return NULL;
}

/* The scalar value of n, or NULL after an error "expected WHAT". */
static const char *want_scalar(struct fz *z, int fi, yaml_node_t *n, const char *what)
{
	if (n && n->type == YAML_SCALAR_NODE && !is_null(n))
		return (const char *)n->data.scalar.value;
	if (n)
		zerr(z, npos(z, fi, n), "expected %s", what);
	return NULL;
}

/* Items of a list (absent or null: none); NULL after an error. */
static yaml_node_item_t *want_seq(struct fz *z, int fi, yaml_node_t *n, const char *key, size_t *count)
{
	static yaml_node_item_t none;
	*count = 0;
	if (!n || is_null(n))
		return &none;
	if (n->type != YAML_SEQUENCE_NODE) {
		zerr(z, npos(z, fi, n), "expected a list for '%s'", key);
		return NULL;
	}
	*count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
	return n->data.sequence.items.start;
}

/* Append the scalars of list `key` of m to *v (positions kept). */
static void str_list(struct fz *z, int fi, yaml_document_t *doc, yaml_node_t *m, const char *key,
		     const char *what, struct fstr **v, size_t *n, size_t *cap)
{
	size_t cnt;
	yaml_node_item_t *it = want_seq(z, fi, map_get(doc, m, key), key, &cnt);
	for (size_t i = 0; it && i < cnt; i++) {
		yaml_node_t *e = node(doc, it[i]);
		const char *s = want_scalar(z, fi, e, what);
		if (s)
			*VEC_PUSH(*v, *n, *cap) = (struct fstr){s, npos(z, fi, e)};
	}
}

/* Reject line breaks libyaml counts but the caret printer does not (as plans do). */
static bool prescan(struct fz *z, int fi)
{
	const struct ffile *f = &z->files[fi];
	const unsigned char *t = (const unsigned char *)f->sf->text;
	size_t len = f->sf->len;
	for (size_t i = f->bom; i < len; i++) {
		const char *what = NULL;
		if (t[i] == '\r' && (i + 1 == len || t[i + 1] != '\n'))
			what = "unsupported line break (a lone carriage return): use LF or CRLF";
		else if (t[i] == 0xC2 && i + 1 < len && t[i + 1] == 0x85)
			what = "unsupported line break (U+0085): use LF or CRLF";
		else if (t[i] == 0xE2 && i + 2 < len && t[i + 1] == 0x80 && (t[i + 2] == 0xA8 || t[i + 2] == 0xA9))
			what = t[i + 2] == 0xA8 ? "unsupported line break (U+2028): use LF or CRLF"
						: "unsupported line break (U+2029): use LF or CRLF";
		if (what) {
			struct src_loc l = src_loc_at(f->sf, i, 1);
			zerr(z, (struct fpos){fi, l.line, l.col, 1}, "%s", what);
			return false;
		}
	}
	return true;
}

/* Aliases would let a small file expand into a huge data map: refused. */
static bool no_aliases(struct fz *z, int fi)
{
	const struct ffile *f = &z->files[fi];
	yaml_parser_t p;
	yaml_event_t ev;
	if (!yaml_parser_initialize(&p)) {
		fputs("residency: error: out of memory\n", stderr);
		exit(RSD_EXIT_OOM);
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)f->sf->text + f->bom, f->sf->len - f->bom);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	bool ok = true, done = false;
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			const char *problem = p.problem ? p.problem : "unknown problem";
			if (p.error == YAML_MEMORY_ERROR) {
				fputs("residency: error: out of memory\n", stderr);
				exit(RSD_EXIT_OOM);
			}
			if (p.error == YAML_READER_ERROR) {	/* an offset, not a mark */
				struct src_loc l = src_loc_at(f->sf, f->bom + p.problem_offset, 1);
				struct fpos at = {fi, l.line, l.col, 1};
				if (strstr(problem, "control characters"))
					zerr(z, at, "invalid character U+%04X: control characters are not allowed",
					     (unsigned)p.problem_value);
				else
					zerr(z, at, "invalid UTF-8: %s", problem);
			} else {
				size_t line = p.problem_mark.line, col = p.problem_mark.column;
				zerr(z, (struct fpos){fi, (uint32_t)line + 1, byte_col(f, line, col), 1},
				     "YAML syntax error: %s", problem);
			}
			ok = false;
			break;
		}
		if (ev.type == YAML_ALIAS_EVENT) {
			zerr(z, (struct fpos){fi, (uint32_t)ev.start_mark.line + 1,
					      byte_col(f, ev.start_mark.line, ev.start_mark.column), 1},
			     "YAML aliases are not allowed in Fides files");
			ok = false;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	return ok;
}

/* Register text (taken over) as file fi and load its documents. */
static int load_text(struct fz *z, const char *name, char *text, size_t len)
{
	struct ffile *f = VEC_PUSH(z->files, z->nfiles, z->capfiles);
	memset(f, 0, sizeof *f);
	f->sf = diag_add_file(z->d, name, text, len);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		f->bom = 3;
	int fi = (int)(z->nfiles - 1);
	if (!prescan(z, fi) || !no_aliases(z, fi))
		return -1;
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p)) {
		fputs("residency: error: out of memory\n", stderr);
		exit(RSD_EXIT_OOM);
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)f->sf->text + f->bom, len - f->bom);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	for (;;) {
		yaml_document_t doc;
		if (!yaml_parser_load(&p, &doc)) {
			zerr(z, (struct fpos){fi, 1, 1, 1}, "YAML syntax error: %s",
			     p.problem ? p.problem : "unknown problem");
			break;
		}
		if (!yaml_document_get_root_node(&doc)) {
			yaml_document_delete(&doc);
			break;
		}
		f = &z->files[fi];
		*VEC_PUSH(f->docs, f->ndocs, f->capdocs) = doc;
	}
	yaml_parser_delete(&p);
	return fi;
}

static void free_files(struct fz *z)
{
	for (size_t i = 0; i < z->nfiles; i++) {
		for (size_t j = 0; j < z->files[i].ndocs; j++)
			yaml_document_delete(&z->files[i].docs[j]);
		xfree(z->files[i].docs);
	}
	xfree(z->files);
}

/* ---------------------------------------------------------------- category mapping */

static int cmp_map(const void *a, const void *b)
{
	const struct fmap *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (int)x->star - (int)y->star;
}

/*
** The built-in mapping names the standard library's classes; a policy of
** one's own may lack some.  Then the nearest declared ancestor in the
** library's hierarchy stands in (health -> special_category -> personal),
** never nothing; a policy without `personal` gets the error.
*/
static int builtin_fallback(const struct fz *z, const char *cls)
{
	static const char *const parent[][2] = {
		{"health", "special_category"}, {"genetic", "special_category"},
		{"biometric", "special_category"}, {"special_category", "personal"},
		{"criminal_records", "personal"}, {"children", "personal"}, {"payment", "personal"},
	};
	for (int depth = 0; depth < 4; depth++) {
		size_t i = 0;
		while (i < ARRAY_LEN(parent) && strcmp(parent[i][0], cls) != 0)
			i++;
		if (i == ARRAY_LEN(parent))
			return -1;
		cls = parent[i][1];
		int c = policy_find_class(z->pol, cls);
		if (c >= 0)
			return c;
	}
	return -1;
}

/* Load a mapping file (or the built-in text) into z->map. */
static bool load_map(struct fz *z, const char *name, char *text, size_t len)
{
	size_t e0 = z->d->nerrors;
	int fi = load_text(z, name, text, len);
	if (fi < 0)
		return false;
	const struct ffile *f = &z->files[fi];
	yaml_document_t *doc = f->ndocs ? &f->docs[0] : NULL;
	yaml_node_t *root = doc ? yaml_document_get_root_node(doc) : NULL;
	if (!root || root->type != YAML_MAPPING_NODE) {
		zerr(z, root ? npos(z, fi, root) : (struct fpos){fi, 1, 1, 1},
		     "expected a mapping of data categories to classes");
		return false;
	}
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = node(doc, p->key), *v = node(doc, p->value);
		const char *ks = want_scalar(z, fi, k, "a data category");
		if (!ks)
			continue;
		struct fmap m = {NULL, false, {{0}}, npos(z, fi, k)};
		size_t kl = strlen(ks);
		if (kl >= 2 && !strcmp(ks + kl - 2, ".*"))
			kl -= 2;
		else if (kl >= 1 && ks[kl - 1] == '*') {
			kl -= 1;
			m.star = true;
		}
		m.key = arena_strndup(&z->arena, ks, kl);
		bool ok = true;
		yaml_node_item_t one = p->value, *it = &one;
		size_t cnt = 1;
		if (v && v->type == YAML_SEQUENCE_NODE) {
			it = v->data.sequence.items.start;
			cnt = (size_t)(v->data.sequence.items.top - it);
		} else if (is_null(v)) {
			zerr(z, m.pos, "missing classes for data category '%s' (write [] for none)", m.key);
			continue;
		}
		for (size_t i = 0; i < cnt; i++) {
			yaml_node_t *e = node(doc, it[i]);
			const char *cs = want_scalar(z, fi, e, "a class name");
			if (!cs) {
				ok = false;
				continue;
			}
			int c = policy_find_class(z->pol, cs);
			if (c < 0 && !z->o->categories_file)
				c = builtin_fallback(z, cs);
			if (c < 0) {
				zerr(z, npos(z, fi, e), "unknown class '%s' in the category mapping", cs);
				ok = false;
				continue;
			}
			bits_set(&m.classes, (unsigned)c);
		}
		if (ok)
			*VEC_PUSH(z->map, z->nmap, z->capmap) = m;
	}
	qsort(z->map, z->nmap, sizeof *z->map, cmp_map);
	for (size_t i = 1; i < z->nmap; i++)
		if (!strcmp(z->map[i].key, z->map[i - 1].key) && z->map[i].star == z->map[i - 1].star) {
			zerr(z, z->map[i].pos, "data category '%s' mapped twice", z->map[i].key);
			znote(z, z->map[i - 1].pos, "first mapped here");
		}
	return z->d->nerrors == e0;
}

static const struct fmap *map_exact(const struct fz *z, const char *key, size_t n, bool star)
{
	size_t lo = 0, hi = z->nmap;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct fmap *m = &z->map[mid];
		int c = strncmp(m->key, key, n);
		if (c == 0)
			c = m->key[n] ? 1 : 0;
		if (c == 0)
			c = (int)m->star - (int)star;
		if (c == 0)
			return m;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
** The classes of category cat: the longest key that is cat, a dotted
** ancestor of it, or (key*) a prefix of it.  Each prefix is looked up by
** binary search: O(len log m) per category.  false: no key matches.
*/
static bool map_category(const struct fz *z, const char *cat, struct bits *out)
{
	size_t n = strlen(cat);
	for (size_t l = n + 1; l-- > 0;) {
		const struct fmap *m = map_exact(z, cat, l, true);
		if (!m && (l == n || cat[l] == '.'))
			m = map_exact(z, cat, l, false);
		if (m) {
			*out = bits_or(*out, m->classes);
			return true;
		}
	}
	return false;
}

/* Map a list of categories into *out; unmapped ones are errors. */
static void map_list(struct fz *z, const struct fstr *v, size_t n, struct bits *out)
{
	for (size_t i = 0; i < n; i++)
		if (!map_category(z, v[i].s, out))
			zerr(z, v[i].pos,
			     "data category '%s' has no class in the category mapping (add it to the --categories file; [] for none)",
			     v[i].s);
}

/* ---------------------------------------------------------------- reading */

static void read_fields(struct fz *z, int fi, yaml_document_t *doc, yaml_node_t *m, struct fds *ds, int depth)
{
	size_t cnt;
	yaml_node_item_t *it = want_seq(z, fi, map_get(doc, m, "fields"), "fields", &cnt);
	for (size_t i = 0; it && i < cnt; i++) {
		yaml_node_t *fl = node(doc, it[i]);
		if (!fl || fl->type != YAML_MAPPING_NODE) {
			zerr(z, npos(z, fi, fl), "expected a field (a mapping with name and data_categories)");
			continue;
		}
		str_list(z, fi, doc, fl, "data_categories", "a data category", &ds->cats, &ds->ncats, &ds->capcats);
		if (depth < 32)
			read_fields(z, fi, doc, fl, ds, depth + 1);
		else
			zerr(z, npos(z, fi, fl), "fields nested too deep");
	}
}

static void read_dataset(struct fz *z, int fi, yaml_document_t *doc, yaml_node_t *m)
{
	if (!m || m->type != YAML_MAPPING_NODE) {
		zerr(z, npos(z, fi, m), "expected a dataset (a mapping with fides_key)");
		return;
	}
	struct fds *ds = VEC_PUSH(z->ds, z->nds, z->capds);
	memset(ds, 0, sizeof *ds);
	ds->pos = npos(z, fi, m);
	yaml_node_t *k = map_get(doc, m, "fides_key");
	ds->key = want_scalar(z, fi, k, "a fides_key");
	if (!k)
		zerr(z, ds->pos, "dataset without a fides_key");
	str_list(z, fi, doc, m, "data_categories", "a data category", &ds->cats, &ds->ncats, &ds->capcats);
	str_list(z, fi, doc, m, "third_country_transfers", "a country code", &ds->transfers, &ds->ntransfers,
		 &ds->captransfers);
	size_t cnt;
	yaml_node_item_t *it = want_seq(z, fi, map_get(doc, m, "collections"), "collections", &cnt);
	for (size_t i = 0; it && i < cnt; i++) {
		yaml_node_t *c = node(doc, it[i]);
		if (!c || c->type != YAML_MAPPING_NODE) {
			zerr(z, npos(z, fi, c), "expected a collection (a mapping with name and fields)");
			continue;
		}
		str_list(z, fi, doc, c, "data_categories", "a data category", &ds->cats, &ds->ncats, &ds->capcats);
		read_fields(z, fi, doc, c, ds, 0);
	}
}

/* egress / ingress entries: {fides_key, type, data_categories?} */
static void read_flows(struct fz *z, int fi, yaml_document_t *doc, yaml_node_t *m, const char *key,
		       struct fsys *s, struct fstr **v, size_t *n, size_t *cap, const char ***types, size_t *capt,
		       struct crange **cats, size_t *capc, bool **has, size_t *caph)
{
	size_t cnt;
	yaml_node_item_t *it = want_seq(z, fi, map_get(doc, m, key), key, &cnt);
	for (size_t i = 0; it && i < cnt; i++) {
		yaml_node_t *e = node(doc, it[i]);
		if (!e || e->type != YAML_MAPPING_NODE) {
			zerr(z, npos(z, fi, e), "expected a data flow (a mapping with fides_key and type)");
			continue;
		}
		yaml_node_t *k = map_get(doc, e, "fides_key");
		const char *ks = want_scalar(z, fi, k, "a fides_key");
		if (!k) {
			zerr(z, npos(z, fi, e), "%s entry without a fides_key", key);
			continue;
		}
		const char *ty = "system";
		yaml_node_t *t = map_get(doc, e, "type");
		if (t && !(ty = want_scalar(z, fi, t, "a data flow type (system, dataset or user)")))
			continue;
		if (!ks)
			continue;
		yaml_node_t *dc = map_get(doc, e, "data_categories");
		struct crange b = {s->nfcats, 0};
		str_list(z, fi, doc, e, "data_categories", "a data category", &s->fcats, &s->nfcats, &s->capfcats);
		b.n = s->nfcats - b.first;
		size_t idx = *n;
		*VEC_PUSH(*v, *n, *cap) = (struct fstr){ks, npos(z, fi, e)};
		*types = xgrow(*types, capt, idx + 1, sizeof **types);
		(*types)[idx] = ty;
		*cats = xgrow(*cats, capc, idx + 1, sizeof **cats);
		(*cats)[idx] = b;
		*has = xgrow(*has, caph, idx + 1, sizeof **has);
		(*has)[idx] = dc && !is_null(dc);
	}
}

static void read_system(struct fz *z, int fi, yaml_document_t *doc, yaml_node_t *m)
{
	if (!m || m->type != YAML_MAPPING_NODE) {
		zerr(z, npos(z, fi, m), "expected a system (a mapping with fides_key)");
		return;
	}
	struct fsys *s = VEC_PUSH(z->sys, z->nsys, z->capsys);
	memset(s, 0, sizeof *s);
	s->pos = npos(z, fi, m);
	yaml_node_t *k = map_get(doc, m, "fides_key");
	s->key = want_scalar(z, fi, k, "a fides_key");
	if (!k)
		zerr(z, s->pos, "system without a fides_key");
	else
		s->keypos = npos(z, fi, k);
	size_t cnt;
	yaml_node_item_t *it = want_seq(z, fi, map_get(doc, m, "privacy_declarations"), "privacy_declarations", &cnt);
	for (size_t i = 0; it && i < cnt; i++) {
		yaml_node_t *pd = node(doc, it[i]);
		if (!pd || pd->type != YAML_MAPPING_NODE) {
			zerr(z, npos(z, fi, pd), "expected a privacy declaration (a mapping with data_categories)");
			continue;
		}
		str_list(z, fi, doc, pd, "data_categories", "a data category", &s->cats, &s->ncats, &s->capcats);
		str_list(z, fi, doc, pd, "dataset_references", "a dataset fides_key", &s->dsrefs, &s->ndsrefs,
			 &s->capdsrefs);
	}
	str_list(z, fi, doc, m, "dataset_references", "a dataset fides_key", &s->dsrefs, &s->ndsrefs, &s->capdsrefs);
	str_list(z, fi, doc, m, "third_country_transfers", "a country code", &s->transfers, &s->ntransfers,
		 &s->captransfers);
	str_list(z, fi, doc, m, "legal_basis_for_transfers", "a legal basis", &s->bases, &s->nbases, &s->capbases);
	str_list(z, fi, doc, m, "system_dependencies", "a system fides_key", &s->deps, &s->ndeps, &s->capdeps);
	read_flows(z, fi, doc, m, "egress", s, &s->egress, &s->negress, &s->capegress, &s->etypes, &s->capet,
		   &s->ecats, &s->cape2, &s->ehas, &s->cape3);
	read_flows(z, fi, doc, m, "ingress", s, &s->ingress, &s->ningress, &s->capingress, &s->itypes, &s->capit,
		   &s->icats, &s->capi2, &s->ihas, &s->capi3);
	yaml_node_t *meta = map_get(doc, m, "fidesctl_meta");
	if (meta && !is_null(meta)) {
		if (meta->type != YAML_MAPPING_NODE) {
			zerr(z, npos(z, fi, meta), "expected a mapping for 'fidesctl_meta'");
		} else {
			yaml_node_t *a = map_get(doc, meta, "resource_id"), *e = map_get(doc, meta, "endpoint_address");
			if (a && !is_null(a) && (s->arn.s = want_scalar(z, fi, a, "a resource id")))
				s->arn.pos = npos(z, fi, a);
			if (e && !is_null(e) && (s->endpoint.s = want_scalar(z, fi, e, "an endpoint address")))
				s->endpoint.pos = npos(z, fi, e);
		}
	}
}

/* Read the systems and datasets of file fi; returns how many it had. */
static size_t read_file_entries(struct fz *z, int fi)
{
	size_t found = 0;
	struct ffile *f = &z->files[fi];
	for (size_t di = 0; di < z->files[fi].ndocs; di++) {
		f = &z->files[fi];
		yaml_document_t *doc = &f->docs[di];
		yaml_node_t *root = yaml_document_get_root_node(doc);
		if (!root || root->type != YAML_MAPPING_NODE)
			continue;
		for (int pass = 0; pass < 2; pass++) {
			const char *key = pass ? "dataset" : "system";
			yaml_node_t *v = map_get(doc, root, key);
			if (!v)
				continue;
			found++;
			size_t cnt;
			yaml_node_item_t *it = want_seq(z, fi, v, key, &cnt);
			for (size_t i = 0; it && i < cnt; i++) {
				if (pass)
					read_dataset(z, fi, doc, node(doc, it[i]));
				else
					read_system(z, fi, doc, node(doc, it[i]));
			}
		}
	}
	return found;
}

/* ---------------------------------------------------------------- resolution */

/* Index of the system / dataset named key (linear scans are avoided: sorted index). */
struct kidx {
	const char *key;
	int idx;
};

static int cmp_kidx(const void *a, const void *b)
{
	const struct kidx *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : x->idx - y->idx;
}

static int kfind(const struct kidx *v, size_t n, const char *key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(v[mid].key, key);
		if (c == 0) {
			while (mid > 0 && !strcmp(v[mid - 1].key, key))
				mid--;
			return v[mid].idx;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The AWS region in an ARN (arn:PARTITION:SERVICE:REGION:...), or NULL. */
static const char *arn_region(struct fz *z, const char *arn)
{
	if (strncmp(arn, "arn:", 4) != 0)
		return NULL;
	const char *p = arn;
	for (int i = 0; i < 3; i++) {
		p = strchr(p, ':');
		if (!p)
			return NULL;
		p++;
	}
	const char *e = strchr(p, ':');
	if (!e || e == p)
		return NULL;
	size_t n = (size_t)(e - p);
	char *name = arena_alloc(&z->arena, n + 5);
	memcpy(name, "aws:", 4);
	memcpy(name + 4, p, n);
	name[n + 4] = 0;
	return name;
}

/* A label of the hostname that is a declared aws: location ("...eu-west-1.rds.amazonaws.com"). */
static const char *endpoint_region(struct fz *z, const char *host)
{
	const char *p = host;
	while (*p) {
		const char *e = p;
		while (*e && *e != '.' && *e != ':' && *e != '/')
			e++;
		size_t n = (size_t)(e - p);
		if (n > 0 && n < 64) {
			char buf[72];
			memcpy(buf, "aws:", 4);
			memcpy(buf + 4, p, n);
			buf[n + 4] = 0;
			if (policy_find_location(z->pol, buf) >= 0 && strchr(buf + 4, '-'))
				return arena_strdup(&z->arena, buf);
		}
		if (!*e)
			break;
		p = e + 1;
	}
	return NULL;
}

/* --locations FILE: fides_key -> place */
static void load_locations(struct fz *z, const struct kidx *sx, size_t nsx)
{
	const char *path = z->o->locations_file;
	size_t len;
	char *text = read_file(path, &len, z->o->max_size ? z->o->max_size : FZ_DEFAULT_MAX);
	if (!text) {
		zferr(z, path, "cannot read the locations file: %s", strerror(errno));
		return;
	}
	int fi = load_text(z, path, text, len);
	if (fi < 0)
		return;
	const struct ffile *f = &z->files[fi];
	yaml_document_t *doc = f->ndocs ? &f->docs[0] : NULL;
	yaml_node_t *root = doc ? yaml_document_get_root_node(doc) : NULL;
	if (!root || root->type != YAML_MAPPING_NODE) {
		zerr(z, root ? npos(z, fi, root) : (struct fpos){fi, 1, 1, 1},
		     "expected a mapping of system fides_keys to locations");
		return;
	}
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = node(doc, p->key), *v = node(doc, p->value);
		const char *ks = want_scalar(z, fi, k, "a system fides_key");
		const char *vs = want_scalar(z, fi, v, "a location or country code");
		if (!ks || !vs)
			continue;
		struct place pl;
		if (!place_resolve(z->pol, vs, &pl)) {
			zerr(z, npos(z, fi, v), "unknown location '%s'", vs);
			continue;
		}
		int si = kfind(sx, nsx, ks);
		if (si < 0)
			continue;	/* a system of another data map */
		struct fsys *s = &z->sys[si];
		if (s->has_place && s->place_src[0] == '-') {
			zerr(z, npos(z, fi, k), "system '%s' mapped twice", ks);
			znote(z, s->place_pos, "first mapped here");
			continue;
		}
		s->has_place = true;
		s->place = pl;
		s->place_name = vs;
		s->place_pos = npos(z, fi, v);
		s->place_src = "--locations";
	}
}

static void resolve_places(struct fz *z)
{
	for (size_t i = 0; i < z->nsys; i++) {
		struct fsys *s = &z->sys[i];
		if (s->has_place || !s->key)
			continue;
		const char *name = NULL;
		if (s->arn.s && (name = arn_region(z, s->arn.s)) && place_resolve(z->pol, name, &s->place)) {
			s->place_pos = s->arn.pos;
			s->place_src = "resource_id";
		} else if (s->endpoint.s && (name = endpoint_region(z, s->endpoint.s)) &&
			   place_resolve(z->pol, name, &s->place)) {
			s->place_pos = s->endpoint.pos;
			s->place_src = "endpoint_address";
		} else {
			zerr(z, s->keypos.line ? s->keypos : s->pos,
			     "system '%s' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta",
			     s->key);
			continue;
		}
		s->has_place = true;
		s->place_name = name;
	}
}

/* A third_country_transfers entry: ISO alpha-3 (fideslang) or alpha-2. */
static bool transfer_country(struct fz *z, const struct fstr *t, struct place *out)
{
	size_t n = strlen(t->s);
	int c = n == 3 ? country_lookup_alpha3(t->s, 3) : n == 2 ? country_lookup(t->s, 2) : -1;
	if (c < 0) {
		zerr(z, t->pos, "unknown country code '%s' (expected ISO 3166-1 alpha-3, e.g. USA)", t->s);
		return false;
	}
	out->kind = PLACE_COUNTRY;
	out->country = (uint16_t)c;
	out->loc = -1;
	return true;
}

/* legal_basis_for_transfers -> mechanisms (docs/fides.md) */
static void resolve_bases(struct fz *z, struct fsys *s)
{
	static const struct {
		const char *basis, *mech;
	} tab[] = {
		{"SCCs", "EU_SCC"},
		{"BCRs", "EU_BCR"},
		{"Adequacy Decision", NULL},
		{"Supplementary Measures", NULL},
		{"Other", NULL},
	};
	for (size_t i = 0; i < s->nbases; i++) {
		size_t j = 0;
		while (j < ARRAY_LEN(tab) && strcmp(tab[j].basis, s->bases[i].s) != 0)
			j++;
		if (j == ARRAY_LEN(tab)) {
			zerr(z, s->bases[i].pos,
			     "unknown legal basis for transfers '%s' (expected SCCs, BCRs, Adequacy Decision, Supplementary Measures or Other)",
			     s->bases[i].s);
			continue;
		}
		int m = tab[j].mech ? policy_find_mech(z->pol, tab[j].mech) : -1;
		if (m >= 0)
			*VEC_PUSH(s->mechs, s->nmechs, s->capmechs) = m;
	}
}

static void add_edge(struct fz *z, int src, int dst, struct fpos pos, bool has, struct bits cats, const char *what)
{
	*VEC_PUSH(z->edges, z->nedges, z->capedges) = (struct fedge){src, dst, pos, has, cats, what};
}

/* the systems a data-flow target names: a system, or the systems holding a dataset */
static void flow_targets(struct fz *z, const struct kidx *sx, size_t nsx, const struct kidx *dx, size_t ndx,
			 const struct fstr *t, const char *type, int *one, const int **many, size_t *nmany)
{
	*one = -1;
	*many = NULL;
	*nmany = 0;
	if (!strcmp(type, "system")) {
		*one = kfind(sx, nsx, t->s);
		if (*one < 0)
			zerr(z, t->pos, "data flow with '%s', which is not a system of the data map", t->s);
	} else if (!strcmp(type, "dataset")) {
		int d = kfind(dx, ndx, t->s);
		if (d < 0)
			zerr(z, t->pos, "data flow with dataset '%s', which is not a dataset of the data map", t->s);
		else {
			*many = z->ds[d].refs;
			*nmany = z->ds[d].nrefs;
		}
	} else if (strcmp(type, "user") != 0) {
		zerr(z, t->pos, "unknown data flow type '%s' (expected system, dataset or user)", type);
	}
}

static void build_edges(struct fz *z, const struct kidx *sx, size_t nsx, const struct kidx *dx, size_t ndx)
{
	for (size_t i = 0; i < z->nsys; i++) {
		for (int dir = 0; dir < 2; dir++) {
			struct fsys *s = &z->sys[i];
			size_t n = dir ? s->ningress : s->negress;
			for (size_t j = 0; j < n; j++) {
				s = &z->sys[i];
				const struct fstr *t = dir ? &s->ingress[j] : &s->egress[j];
				const char *type = dir ? s->itypes[j] : s->etypes[j];
				bool has = dir ? s->ihas[j] : s->ehas[j];
				struct crange cr = dir ? s->icats[j] : s->ecats[j];
				struct bits cats = {{0}};
				if (cr.n)	/* fcats is NULL when no flow names categories */
					map_list(z, s->fcats + cr.first, cr.n, &cats);
				int one;
				const int *many;
				size_t nmany;
				flow_targets(z, sx, nsx, dx, ndx, t, type, &one, &many, &nmany);
				for (size_t k = 0; k < (one >= 0 ? 1 : nmany); k++) {
					int o = one >= 0 ? one : many[k];
					if (o == (int)i)
						continue;
					if (dir)
						add_edge(z, o, (int)i, t->pos, has, cats, "ingress");
					else
						add_edge(z, (int)i, o, t->pos, has, cats, "egress");
				}
			}
		}
		struct fsys *s = &z->sys[i];
		for (size_t j = 0; j < s->ndeps; j++) {
			int o = kfind(sx, nsx, s->deps[j].s);
			if (o < 0)
				zerr(z, s->deps[j].pos, "system dependency '%s' is not a system of the data map",
				     s->deps[j].s);
			else if (o != (int)i)
				add_edge(z, o, (int)i, s->deps[j].pos, false, (struct bits){{0}}, "system_dependencies");
		}
	}
}

/* held = own + everything that flows in (a worklist; each system is
   requeued only when its set grows, at most once per class) */
static void propagate(struct fz *z)
{
	size_t ns = z->nsys, ne = z->nedges;
	size_t *off = xcalloc(ns + 1, sizeof *off), *adj = xmalloc((ne ? ne : 1) * sizeof *adj);
	for (size_t e = 0; e < ne; e++)
		off[z->edges[e].src + 1]++;
	for (size_t i = 0; i < ns; i++)
		off[i + 1] += off[i];
	size_t *fill = xmalloc((ns ? ns : 1) * sizeof *fill);
	memcpy(fill, off, (ns ? ns : 1) * sizeof *fill);
	for (size_t e = 0; e < ne; e++)
		adj[fill[z->edges[e].src]++] = e;
	xfree(fill);
	size_t *q = xmalloc((ns ? ns : 1) * sizeof *q), qh = 0, qn = 0;
	for (size_t i = 0; i < ns; i++) {
		z->sys[i].held = z->sys[i].own;
		z->sys[i].queued = true;
		q[qn++] = i;
	}
	while (qn) {
		size_t v = q[qh];
		qh = (qh + 1) % ns;
		qn--;
		z->sys[v].queued = false;
		for (size_t k = off[v]; k < off[v + 1]; k++) {
			const struct fedge *e = &z->edges[adj[k]];
			struct bits add = e->has_cats ? e->cats : z->sys[v].held;
			struct fsys *t = &z->sys[e->dst];
			struct bits nb = bits_or(t->held, add);
			if (memcmp(&nb, &t->held, sizeof nb) != 0) {
				t->held = nb;
				if (!t->queued) {
					t->queued = true;
					q[(qh + qn) % ns] = (size_t)e->dst;
					qn++;
				}
			}
		}
	}
	xfree(q);
	xfree(off);
	xfree(adj);
}

/*
** Everything read: check and link it.  sx/dx: sorted key indexes (caller
** frees).  Returns false when anything could not be understood.
*/
static bool resolve(struct fz *z, struct kidx **sxp, struct kidx **dxp)
{
	size_t nsx = 0, ndx = 0;
	struct kidx *sx = xmalloc((z->nsys ? z->nsys : 1) * sizeof *sx);
	struct kidx *dx = xmalloc((z->nds ? z->nds : 1) * sizeof *dx);
	*sxp = sx;
	*dxp = dx;
	for (size_t i = 0; i < z->nsys; i++)
		if (z->sys[i].key)
			sx[nsx++] = (struct kidx){z->sys[i].key, (int)i};
	for (size_t i = 0; i < z->nds; i++)
		if (z->ds[i].key)
			dx[ndx++] = (struct kidx){z->ds[i].key, (int)i};
	qsort(sx, nsx, sizeof *sx, cmp_kidx);
	qsort(dx, ndx, sizeof *dx, cmp_kidx);
	for (size_t i = 1; i < nsx; i++)
		if (!strcmp(sx[i].key, sx[i - 1].key)) {
			zerr(z, z->sys[sx[i].idx].keypos, "duplicate system fides_key '%s'", sx[i].key);
			znote(z, z->sys[sx[i - 1].idx].keypos, "first declared here");
		}
	for (size_t i = 1; i < ndx; i++)
		if (!strcmp(dx[i].key, dx[i - 1].key)) {
			zerr(z, z->ds[dx[i].idx].pos, "duplicate dataset fides_key '%s'", dx[i].key);
			znote(z, z->ds[dx[i - 1].idx].pos, "first declared here");
		}
	if (z->o->locations_file)
		load_locations(z, sx, nsx);
	resolve_places(z);
	for (size_t i = 0; i < z->nds; i++)
		map_list(z, z->ds[i].cats, z->ds[i].ncats, &z->ds[i].classes);
	for (size_t i = 0; i < z->nsys; i++) {
		struct fsys *s = &z->sys[i];
		map_list(z, s->cats, s->ncats, &s->own);
		resolve_bases(z, s);
		for (size_t j = 0; j < s->ndsrefs; j++) {
			int d = kfind(dx, ndx, s->dsrefs[j].s);
			if (d < 0)
				continue;	/* a dataset of another data map: its categories are unknown here */
			struct fds *ds = &z->ds[d];
			if (ds->nrefs && ds->refs[ds->nrefs - 1] == (int)i)
				continue;
			*VEC_PUSH(ds->refs, ds->nrefs, ds->caprefs) = (int)i;
			s->own = bits_or(s->own, ds->classes);
		}
	}
	for (size_t i = 0; i < z->nds; i++)
		if (z->ds[i].key && !z->ds[i].nrefs && (z->ds[i].ntransfers || z->ds[i].ncats))
			zerr(z, z->ds[i].pos,
			     "dataset '%s' is not referenced by any system (dataset_references), so where it is held is unknown",
			     z->ds[i].key);
	for (size_t i = 0; i < z->nsys; i++)	/* countries checked here: one run reports all */
		for (size_t j = 0; j < z->sys[i].ntransfers; j++) {
			struct place pl;
			transfer_country(z, &z->sys[i].transfers[j], &pl);
		}
	for (size_t i = 0; i < z->nds; i++)
		for (size_t j = 0; j < z->ds[i].ntransfers; j++) {
			struct place pl;
			transfer_country(z, &z->ds[i].transfers[j], &pl);
		}
	build_edges(z, sx, nsx, dx, ndx);
	if (z->failed)
		return false;
	propagate(z);
	return true;
}

/* ---------------------------------------------------------------- output */

/* One flow of the result. */
struct fout {
	int src;
	int dst;	/* a system, or -1: the place */
	struct place place;
	struct bits classes;
	struct fpos pos;
	const char *name;
	const char *why;	/* what it comes from, for the comment */
};

static const char *cc_of(const struct place *p)
{
	return country_code(p->country);
}

struct pairk {
	uint64_t key;
	size_t idx;
};

static int cmp_pairk(const void *a, const void *b)
{
	const struct pairk *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int cmp_pairk_idx(const void *a, const void *b)
{
	const struct pairk *x = a, *y = b;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static const char *zfmt(struct fz *z, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static const char *zfmt(struct fz *z, const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	char *t = sb_take(&sb);
	const char *r = arena_strdup(&z->arena, t);
	xfree(t);
	return r;
}

/* third_country_transfers of one source, each country once */
static void add_transfers(struct fz *z, int si, const struct fstr *t, size_t nt, struct bits cls,
			  const char *dataset, struct fout **v, size_t *n, size_t *cap)
{
	struct bits seen = {{0}};
	if (bits_empty(&cls))
		return;
	for (size_t j = 0; j < nt; j++) {
		struct place pl;
		if (!transfer_country(z, &t[j], &pl) || bits_has(&seen, pl.country))
			continue;
		bits_set(&seen, pl.country);
		const char *cc = country_code(pl.country);
		struct fout o = {si, -1, pl, cls, t[j].pos, NULL, "third_country_transfers"};
		o.name = dataset ? zfmt(z, "%s to %s (dataset %s)", z->sys[si].key, cc, dataset)
				 : zfmt(z, "%s to %s (third_country_transfers)", z->sys[si].key, cc);
		*VEC_PUSH(*v, *n, *cap) = o;
	}
}

/* The flows of the data map, in input order; repeated (src, dst) pairs merged. */
static struct fout *collect_flows(struct fz *z, size_t *nout)
{
	struct fout *v = NULL;
	size_t n = 0, cap = 0;
	struct pairk *pk = xmalloc((z->nedges ? z->nedges : 1) * sizeof *pk);
	size_t npk = 0;
	for (size_t e = 0; e < z->nedges; e++) {
		const struct fedge *g = &z->edges[e];
		pk[npk++] = (struct pairk){(uint64_t)(uint32_t)g->src << 32 | (uint32_t)g->dst, e};
	}
	qsort(pk, npk, sizeof *pk, cmp_pairk);
	size_t nrep = 0;
	for (size_t i = 0; i < npk;) {
		size_t j = i;
		struct bits cls = {{0}};
		while (j < npk && pk[j].key == pk[i].key) {
			const struct fedge *g = &z->edges[pk[j].idx];
			cls = bits_or(cls, g->has_cats ? g->cats : z->sys[g->src].held);
			j++;
		}
		z->edges[pk[i].idx].cats = cls;	/* the merged classes, on the first edge */
		pk[nrep++] = pk[i];
		i = j;
	}
	qsort(pk, nrep, sizeof *pk, cmp_pairk_idx);
	for (size_t i = 0; i < nrep; i++) {
		const struct fedge *g = &z->edges[pk[i].idx];
		if (bits_empty(&g->cats))
			continue;
		struct fout o = {g->src, g->dst, {0, 0, -1}, g->cats, g->pos, NULL, g->what};
		o.name = zfmt(z, "%s to %s", z->sys[g->src].key, z->sys[g->dst].key);
		*VEC_PUSH(v, n, cap) = o;
	}
	xfree(pk);
	for (size_t i = 0; i < z->nsys; i++) {
		const struct fsys *s = &z->sys[i];
		add_transfers(z, (int)i, s->transfers, s->ntransfers, s->held, NULL, &v, &n, &cap);
	}
	for (size_t d = 0; d < z->nds; d++)
		for (size_t r = 0; r < z->ds[d].nrefs; r++)
			add_transfers(z, z->ds[d].refs[r], z->ds[d].transfers, z->ds[d].ntransfers,
				      z->ds[d].classes, z->ds[d].key, &v, &n, &cap);
	*nout = n;
	return v;
}

static struct plan_mech *plan_mechs(struct rsd_plan *pl, const struct fsys *s, struct fpos pos)
{
	struct plan_mech *m = arena_alloc(&pl->arena, (s->nmechs ? s->nmechs : 1) * sizeof *m);
	for (size_t i = 0; i < s->nmechs; i++)
		m[i] = (struct plan_mech){s->mechs[i], DATE_MAX, NULL, {pos.line, pos.col}};
	return m;
}

/* The plan of a data map held in one file (check). */
static struct rsd_plan *to_plan(struct fz *z, const char *file, const struct fout *fo, size_t nfo)
{
	struct rsd_plan *pl = plan_new(file);
	int32_t *store = xmalloc((z->nsys ? z->nsys : 1) * sizeof *store);
	for (size_t i = 0; i < z->nsys; i++) {
		const struct fsys *s = &z->sys[i];
		store[i] = -1;
		if (bits_empty(&s->held))
			continue;
		store[i] = (int32_t)pl->nstores;
		struct plan_store *st = plan_add_store(pl);
		st->name = arena_strdup(&pl->arena, s->key);
		st->pos = (struct plan_pos){s->pos.line, s->pos.col};
		st->primary = arena_memdup(&pl->arena, &s->place, sizeof s->place);
		st->nprimary = 1;
		st->classes = s->held;
		st->mechs = plan_mechs(pl, s, s->pos);
		st->nmechs = (uint32_t)s->nmechs;
	}
	for (size_t i = 0; i < nfo; i++) {
		const struct fsys *s = &z->sys[fo[i].src];
		struct plan_flow *f = plan_add_flow(pl);
		f->name = arena_strdup(&pl->arena, fo[i].name);
		f->pos = (struct plan_pos){fo[i].pos.line, fo[i].pos.col};
		f->from.store = store[fo[i].src];
		if (fo[i].dst >= 0)
			f->to.store = store[fo[i].dst];
		else
			f->to.place = fo[i].place;
		plan_flow_set_classes(pl, f, &fo[i].classes);
		plan_flow_set_mechs(pl, f, plan_mechs(pl, s, fo[i].pos), (uint32_t)s->nmechs);
	}
	xfree(store);
	plan_shrink(pl);
	return pl;
}

/* a YAML double-quoted scalar */
static void yq(struct strbuf *sb, const char *s)
{
	sb_putc(sb, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\') {
			sb_putc(sb, '\\');
			sb_putc(sb, (char)c);
		} else if (c < 0x20 || c == 0x7f) {
			sb_printf(sb, "\\x%02x", c);
		} else {
			sb_putc(sb, (char)c);
		}
	}
	sb_putc(sb, '"');
}

static void ypos(struct fz *z, struct strbuf *sb, struct fpos p)
{
	sb_printf(sb, "%s:%u:%u", z->files[p.file].sf->name, p.line, p.col);
}

static void yclasses(struct fz *z, struct strbuf *sb, struct bits b)
{
	sb_puts(sb, "[");
	bool first = true;
	BITS_FOREACH(c, &b) {
		sb_puts(sb, first ? "" : ", ");
		sb_puts(sb, z->pol->classes[c].name);
		first = false;
	}
	sb_puts(sb, "]");
}

static void ymechs(struct fz *z, struct strbuf *sb, const struct fsys *s, const char *indent)
{
	if (!s->nmechs)
		return;
	sb_printf(sb, "%smechanisms: [", indent);
	for (size_t i = 0; i < s->nmechs; i++)
		sb_printf(sb, "%s%s", i ? ", " : "", z->pol->mechs[s->mechs[i]].name);
	sb_puts(sb, "]  # legal_basis_for_transfers\n");
}

static void place_text(struct strbuf *sb, const struct place *p, const char *name)
{
	if (name)
		yq(sb, name);
	else
		sb_puts(sb, cc_of(p));
}

/* The data map as a YAML plan (import). */
static void to_yaml(struct fz *z, const char *from, const struct fout *fo, size_t nfo, struct strbuf *sb)
{
	sb_puts(sb, "# Generated by `residency import fides` from ");
	sb_puts(sb, from);
	sb_puts(sb, ".\n# Each entry names the Fides file, line and column it comes from;\n"
		    "# docs/fides.md explains the conversion.\n");
	sb_puts(sb, "stores:\n");
	size_t nst = 0;
	for (size_t i = 0; i < z->nsys; i++) {
		const struct fsys *s = &z->sys[i];
		if (bits_empty(&s->held)) {
			sb_printf(sb, "  # %s (", s->key);
			ypos(z, sb, s->pos);
			sb_puts(sb, "): no data category maps to a class; not a store\n");
			continue;
		}
		nst++;
		sb_puts(sb, "  # system at ");
		ypos(z, sb, s->pos);
		sb_puts(sb, "\n  - name: ");
		yq(sb, s->key);
		sb_puts(sb, "\n    location: ");
		place_text(sb, &s->place, s->place_name);
		sb_printf(sb, "  # %s at ", s->place_src);
		ypos(z, sb, s->place_pos);
		sb_puts(sb, "\n    classes: ");
		yclasses(z, sb, s->held);
		sb_puts(sb, "\n");
		ymechs(z, sb, s, "    ");
	}
	if (!nst)
		sb_puts(sb, "  []\n");
	sb_puts(sb, "flows:\n");
	for (size_t i = 0; i < nfo; i++) {
		const struct fsys *s = &z->sys[fo[i].src];
		sb_printf(sb, "  # %s at ", fo[i].why);
		ypos(z, sb, fo[i].pos);
		sb_puts(sb, "\n  - name: ");
		yq(sb, fo[i].name);
		sb_puts(sb, "\n    from: ");
		yq(sb, s->key);
		sb_puts(sb, "\n    to: ");
		if (fo[i].dst >= 0)
			yq(sb, z->sys[fo[i].dst].key);
		else
			sb_puts(sb, cc_of(&fo[i].place));
		sb_puts(sb, "\n    classes: ");
		yclasses(z, sb, fo[i].classes);
		sb_puts(sb, "\n");
		ymechs(z, sb, s, "    ");
	}
	if (!nfo)
		sb_puts(sb, "  []\n");
}

/* ---------------------------------------------------------------- entry points */

static void fz_init(struct fz *z, const struct rsd_policy *p, const struct fides_opts *o, struct rsd_diags *d)
{
	memset(z, 0, sizeof *z);
	z->pol = p;
	z->o = o;
	z->d = d;
	arena_init(&z->arena);
}

static void fz_free(struct fz *z)
{
	for (size_t i = 0; i < z->nsys; i++) {
		struct fsys *s = &z->sys[i];
		xfree(s->cats);
		xfree(s->dsrefs);
		xfree(s->transfers);
		xfree(s->bases);
		xfree(s->egress);
		xfree(s->ingress);
		xfree(s->deps);
		xfree(s->etypes);
		xfree(s->itypes);
		xfree(s->ecats);
		xfree(s->icats);
		xfree(s->ehas);
		xfree(s->ihas);
		xfree(s->mechs);
		xfree(s->fcats);
	}
	for (size_t i = 0; i < z->nds; i++) {
		xfree(z->ds[i].cats);
		xfree(z->ds[i].transfers);
		xfree(z->ds[i].refs);
	}
	xfree(z->sys);
	xfree(z->ds);
	xfree(z->map);
	xfree(z->edges);
	free_files(z);
	arena_free(&z->arena);
}

static bool fz_mapping(struct fz *z)
{
	if (!z->o->categories_file)
		return load_map(z, "<default categories>", xstrdup(categories_default), sizeof categories_default - 1);
	size_t len;
	char *text = read_file(z->o->categories_file, &len, z->o->max_size ? z->o->max_size : FZ_DEFAULT_MAX);
	if (!text) {
		zferr(z, z->o->categories_file, "cannot read the categories file: %s", strerror(errno));
		return false;
	}
	return load_map(z, z->o->categories_file, text, len);
}

#define FIDES_SNIFF_MAX ((size_t)1 << 20)	/* plan_is_fides reads this much */

/* system: or dataset: at p (a line start), within end */
static bool fides_key_at(const char *p, const char *end)
{
	size_t n = (size_t)(end - p);
	return (n >= 7 && memcmp(p, "system:", 7) == 0) || (n >= 8 && memcmp(p, "dataset:", 8) == 0);
}

bool plan_is_fides(const char *data, size_t len)
{
	/* a line that starts with system: or dataset: in the first MiB (a data
	   map opens with one of them; a plan of 100 MB is not read twice to
	   learn that it is not a data map: that pass was 2% of its check) —
	   found eight bytes at a time.  A data map that does not is read as a
	   YAML plan, which rejects its keys (exit 2; --input-format fides) */
	if (len > FIDES_SNIFF_MAX)
		len = FIDES_SNIFF_MAX;
	const char *p = data, *end = data + len;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (fides_key_at(p, end))
		return true;
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7fu, nl = 0x0a0a0a0a0a0a0a0au;
	for (; end - p >= 8; p += 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		w ^= nl;	/* a zero byte where p has a newline */
		uint64_t z = ~(((w & low7) + low7) | w | low7);	/* exactly the zero bytes' high bits */
		for (; z; z &= z - 1) {
			int i = __builtin_ctzll(z) / 8;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			i = 7 - i;
#endif
			if (fides_key_at(p + i + 1, end))
				return true;
		}
	}
	for (; p < end; p++)
		if (*p == '\n' && fides_key_at(p + 1, end))
			return true;
	return false;
}

struct rsd_plan *plan_load_fides(const struct rsd_policy *p, const char *file, char *text,
				 size_t len, const struct fides_opts *o, struct rsd_diags *d)
{
	static const struct fides_opts none;
	struct fz z;
	fz_init(&z, p, o ? o : &none, d);
	struct rsd_plan *pl = NULL;
	int fi = load_text(&z, file, text, len);	/* file 0: plan positions point into it */
	if (fi >= 0 && !z.failed)
		read_file_entries(&z, fi);
	struct kidx *sx = NULL, *dx = NULL;
	/* read errors do not stop the checks below: one run reports all */
	bool readable = fi >= 0 && z.files[fi].ndocs;
	if (readable && fz_mapping(&z) && resolve(&z, &sx, &dx) && !z.failed) {
		size_t nfo;
		struct fout *fo = collect_flows(&z, &nfo);
		if (!z.failed)
			pl = to_plan(&z, file, fo, nfo);
		xfree(fo);
	}
	xfree(sx);
	xfree(dx);
	fz_free(&z);
	return pl;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every .yml / .yaml file below dir, sorted (depth-first, names in byte order). */
static void walk(struct fz *z, const char *dir, char ***v, size_t *n, size_t *cap, int depth)
{
	DIR *dp = opendir(dir);
	if (!dp) {
		zferr(z, dir, "cannot read directory: %s", strerror(errno));
		return;
	}
	char **names = NULL;
	size_t nn = 0, capn = 0;
	struct dirent *de;
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		*VEC_PUSH(names, nn, capn) = xstrdup(de->d_name);
	}
	closedir(dp);
	qsort(names, nn, sizeof *names, cmp_str);
	for (size_t i = 0; i < nn; i++) {
		struct strbuf sb = {0};
		size_t dl = strlen(dir);
		while (dl > 1 && dir[dl - 1] == '/')
			dl--;
		sb_add(&sb, dir, dl);
		sb_putc(&sb, '/');
		sb_puts(&sb, names[i]);
		char *path = sb_take(&sb);
		struct stat st;
		size_t l = strlen(names[i]);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && depth < 32) {
			walk(z, path, v, n, cap, depth + 1);
			xfree(path);
		} else if ((l > 4 && !strcmp(names[i] + l - 4, ".yml")) ||
			   (l > 5 && !strcmp(names[i] + l - 5, ".yaml"))) {
			*VEC_PUSH(*v, *n, *cap) = path;
		} else {
			xfree(path);
		}
		xfree(names[i]);
	}
	xfree(names);
}

bool fides_import(const struct rsd_policy *p, const char *path, const struct fides_opts *o,
		  struct strbuf *out, struct rsd_diags *d)
{
	static const struct fides_opts none;
	struct fz z;
	fz_init(&z, p, o ? o : &none, d);
	size_t max = z.o->max_size ? z.o->max_size : FZ_DEFAULT_MAX;
	char **paths = NULL;
	size_t np = 0, capp = 0;
	struct stat st;
	bool isdir = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	if (isdir)
		walk(&z, path, &paths, &np, &capp, 0);
	else
		*VEC_PUSH(paths, np, capp) = xstrdup(path);
	size_t found = 0;
	for (size_t i = 0; i < np; i++) {
		size_t len;
		char *text = read_file(paths[i], &len, max);
		if (!text) {
			zferr(&z, paths[i], "cannot read: %s", strerror(errno));
			break;
		}
		if (isdir && !plan_is_fides(text, len)) {
			xfree(text);	/* another kind of YAML file in the tree */
			continue;
		}
		int fi = load_text(&z, paths[i], text, len);
		if (fi >= 0)
			found += read_file_entries(&z, fi);
	}
	if (!z.failed && !found)
		zferr(&z, path, "no Fides systems or datasets found (expected a YAML file with a top-level 'system:' or 'dataset:' list)");
	struct kidx *sx = NULL, *dx = NULL;
	bool ok = false;
	if (found && fz_mapping(&z) && resolve(&z, &sx, &dx) && !z.failed) {
		size_t nfo;
		struct fout *fo = collect_flows(&z, &nfo);
		if (!z.failed) {
			to_yaml(&z, path, fo, nfo, out);
			ok = true;
		}
		xfree(fo);
	}
	for (size_t i = 0; i < np; i++)
		xfree(paths[i]);
	xfree(paths);
	xfree(sx);
	xfree(dx);
	fz_free(&z);
	return ok;
}

int rsd_import_fides(const struct rsd_policy *p, const char *path, const rsd_plan_opts *o,
		     char **out, size_t *len, struct rsd_diags *d)
{
	struct fides_opts fo = {o ? o->locations_file : NULL, o ? o->categories_file : NULL,
				o ? o->max_size : 0};
	struct strbuf sb = {0};
	*out = NULL;
	*len = 0;
	if (!fides_import(p, path, &fo, &sb, d)) {
		sb_free(&sb);
		diag_sort(d);
		return -1;
	}
	*len = sb.len;
	*out = sb_take(&sb);
	return 0;
}
