/*
** classes.c — the --classes file of every plan front end: reading it (a
** positioned YAML tree, fail closed), matching resource addresses to its
** entries, applying them to stores and flows, its waivers, and the
** `unused-classes-entry` warning.  See classes.h and docs/classes-file.md.
*/
#include "classes.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "diag.h"
#include "util.h"

#define CF_MAX_FILE ((size_t)16 << 20)

/* ================================================================ globs */

/*
** Globs of the --classes file: '*' any run, '?' one character, all else
** literal.  A glob is compiled once into its '*'-separated segments; the
** first must match at the start, the last at the end, and the middle ones
** are found leftmost in turn (greedy is exact for '*' and '?') by a
** shift-and scan over the address, ceil(len/64) words per segment: matching
** costs O(address x segment/64), never the backtracking product of
** pattern and address lengths.
*/
#define CF_MAX_GLOB 4096

static void glob_compile(struct arena *a, const char *p, struct glob *g)
{
	memset(g, 0, sizeof *g);
	g->p = p;
	size_t n = strlen(p), nseg = 1;
	for (size_t i = 0; i < n; i++)
		nseg += p[i] == '*';
	g->star = nseg > 1;
	g->seg = arena_alloc(a, nseg * sizeof *g->seg);
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && p[i] != '*')
			continue;
		struct gseg *sg = &g->seg[g->nseg++];
		sg->off = (uint32_t)start;
		sg->len = (uint32_t)(i - start);
		sg->w = (sg->len + 63) / 64;
		uint32_t nslots = 0;
		for (uint32_t j = 0; j < sg->len; j++) {
			unsigned char c = (unsigned char)p[start + j];
			if (c != '?' && !sg->slot[c])
				sg->slot[c] = (uint8_t)++nslots;	/* at most 255 distinct bytes besides '?' */
		}
		sg->masks = sg->w ? arena_alloc(a, (nslots + 1) * sg->w * sizeof *sg->masks) : NULL;
		if (sg->w)
			memset(sg->masks, 0, (nslots + 1) * sg->w * sizeof *sg->masks);
		for (uint32_t j = 0; j < sg->len; j++) {
			unsigned char c = (unsigned char)p[start + j];
			uint64_t bit = (uint64_t)1 << (j % 64);
			if (c == '?')
				for (uint32_t k = 0; k <= nslots; k++)
					sg->masks[k * sg->w + j / 64] |= bit;
			else
				sg->masks[sg->slot[c] * sg->w + j / 64] |= bit;
		}
		start = i + 1;
	}
}

/* Does segment sg match s at exactly s[0..len)? */
static bool seg_at(const struct glob *g, const struct gseg *sg, const char *s)
{
	for (uint32_t j = 0; j < sg->len; j++) {
		char c = g->p[sg->off + j];
		if (c != '?' && c != s[j])
			return false;
	}
	return true;
}

/* End of the leftmost match of sg in s[from..to), or -1 (shift-and). */
static long seg_find(const struct gseg *sg, const char *s, size_t from, size_t to, uint64_t *d)
{
	if (!sg->len)
		return (long)from;
	memset(d, 0, sg->w * sizeof *d);
	uint32_t lw = (sg->len - 1) / 64;
	uint64_t lbit = (uint64_t)1 << ((sg->len - 1) % 64);
	for (size_t i = from; i < to; i++) {
		const uint64_t *m = sg->masks + (size_t)sg->slot[(unsigned char)s[i]] * sg->w;
		uint64_t carry = 1;
		for (uint32_t k = 0; k < sg->w; k++) {
			uint64_t nc = d[k] >> 63;
			d[k] = ((d[k] << 1) | carry) & m[k];
			carry = nc;
		}
		if (d[lw] & lbit)
			return (long)(i + 1);
	}
	return -1;
}

bool glob_match(const struct glob *g, const char *s)
{
	size_t n = strlen(s);
	const struct gseg *first = &g->seg[0], *last = &g->seg[g->nseg - 1];
	if (!g->star)
		return n == first->len && seg_at(g, first, s);
	if (n < (size_t)first->len + last->len || !seg_at(g, first, s) ||
	    !seg_at(g, last, s + n - last->len))
		return false;
	size_t pos = first->len, end = n - last->len;
	uint32_t maxw = 1;
	for (uint32_t k = 1; k + 1 < g->nseg; k++)
		if (g->seg[k].w > maxw)
			maxw = g->seg[k].w;
	uint64_t dbuf[8], *d = maxw <= 8 ? dbuf : xmalloc(maxw * sizeof *d);
	bool ok = true;
	for (uint32_t k = 1; k + 1 < g->nseg && ok; k++) {
		long e = seg_find(&g->seg[k], s, pos, end, d);
		if (e < 0)
			ok = false;
		else
			pos = (size_t)e;
	}
	if (d != dbuf)
		xfree(d);
	return ok;
}


/* ================================================================ the file */

/*
** The --classes file is untrusted input, read with libyaml events into a
** small positioned tree: anchors and aliases are refused (as in YAML plans:
** no alias expansion), nesting, node count and scalar size are limited, and
** every value keeps its line and column, so errors point at the exact text.
** One pass, linear in the file.
*/
#define CF_MAX_DEPTH 16
#define CF_MAX_NODES 1000000
#define CF_MAX_SCALAR 65536

enum { YN_SCALAR, YN_SEQ, YN_MAP };

struct ynode {
	uint8_t kind;
	bool plain;	/* scalar written without quotes */
	uint32_t line, col;
	const char *s;	/* scalar, NUL-terminated */
	size_t n;	/* items (seq) or pairs (map) */
	struct ynode *kids;	/* seq: n items; map: 2n (key, value) */
};

struct yread {
	const struct rsd_policy *p;
	struct rsd_plan *pl;
	struct rsd_diags *d;
	struct arena *work;
	yaml_parser_t ps;
	struct src_file *f;
	size_t nodes;
	bool failed;
};

static void cf_err(struct yread *y, uint32_t line, uint32_t col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void cf_err(struct yread *y, uint32_t line, uint32_t col, const char *fmt, ...)
{
	if (y->failed)
		return;
	struct src_loc loc = {y->f, line ? line : 1, col ? col : 1, 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(y->d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
	y->failed = true;
}

static bool y_next(struct yread *y, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&y->ps, ev)) {
		cf_err(y, (uint32_t)y->ps.problem_mark.line + 1, (uint32_t)y->ps.problem_mark.column + 1,
		       "invalid classes file: %s", y->ps.problem ? y->ps.problem : "YAML syntax error");
		return false;
	}
	uint32_t line = (uint32_t)ev->start_mark.line + 1, col = (uint32_t)ev->start_mark.column + 1;
	const yaml_char_t *anchor = ev->type == YAML_SCALAR_EVENT ? ev->data.scalar.anchor :
				    ev->type == YAML_SEQUENCE_START_EVENT ? ev->data.sequence_start.anchor :
				    ev->type == YAML_MAPPING_START_EVENT ? ev->data.mapping_start.anchor : NULL;
	if (ev->type == YAML_ALIAS_EVENT || anchor) {
		cf_err(y, line, col, "invalid classes file: anchors and aliases are not allowed");
		yaml_event_delete(ev);
		return false;
	}
	if ((ev->type == YAML_SCALAR_EVENT || ev->type == YAML_SEQUENCE_START_EVENT ||
	     ev->type == YAML_MAPPING_START_EVENT) && ++y->nodes > CF_MAX_NODES) {
		cf_err(y, line, col, "invalid classes file: more than %d values", CF_MAX_NODES);
		yaml_event_delete(ev);
		return false;
	}
	return true;
}

/* The node that starts with ev (consumed); false on error. */
static bool y_node(struct yread *y, yaml_event_t *ev, struct ynode *out, int depth)
{
	memset(out, 0, sizeof *out);
	out->line = (uint32_t)ev->start_mark.line + 1;
	out->col = (uint32_t)ev->start_mark.column + 1;
	if (ev->type == YAML_SCALAR_EVENT) {
		size_t n = ev->data.scalar.length;
		if (n > CF_MAX_SCALAR) {
			cf_err(y, out->line, out->col, "invalid classes file: a value longer than %d bytes", CF_MAX_SCALAR);
			yaml_event_delete(ev);
			return false;
		}
		out->kind = YN_SCALAR;
		out->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		out->s = arena_strndup(y->work, (const char *)ev->data.scalar.value, n);
		if (strlen(out->s) != n) {
			cf_err(y, out->line, out->col, "invalid classes file: a NUL byte in a value");
			yaml_event_delete(ev);
			return false;
		}
		yaml_event_delete(ev);
		return true;
	}
	bool seq = ev->type == YAML_SEQUENCE_START_EVENT;
	if (!seq && ev->type != YAML_MAPPING_START_EVENT) {
		cf_err(y, out->line, out->col, "invalid classes file: unexpected YAML event");
		yaml_event_delete(ev);
		return false;
	}
	yaml_event_delete(ev);
	if (depth >= CF_MAX_DEPTH) {
		cf_err(y, out->line, out->col, "invalid classes file: nested deeper than %d levels", CF_MAX_DEPTH);
		return false;
	}
	out->kind = seq ? YN_SEQ : YN_MAP;
	struct ynode *v = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		yaml_event_t e;
		if (!y_next(y, &e))
			break;
		if (e.type == YAML_SEQUENCE_END_EVENT || e.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&e);
			out->n = seq ? n : n / 2;
			out->kids = n ? arena_alloc(y->work, n * sizeof *v) : NULL;
			if (n)
				memcpy(out->kids, v, n * sizeof *v);
			xfree(v);
			return true;
		}
		struct ynode *k = VEC_PUSH(v, n, cap);
		if (!y_node(y, &e, k, depth + 1))
			break;
		if (!seq && n % 2 == 1 && k->kind != YN_SCALAR) {
			cf_err(y, k->line, k->col, "invalid classes file: a mapping key must be a plain string");
			break;
		}
	}
	xfree(v);
	return false;
}

static bool y_parse(struct yread *y, const char *text, size_t len, struct ynode *root)
{
	if (!yaml_parser_initialize(&y->ps)) {
		cf_err(y, 1, 1, "invalid classes file: out of memory");
		return false;
	}
	yaml_parser_set_input_string(&y->ps, (const unsigned char *)text, len);
	bool ok = false, have = false;
	yaml_event_t e;
	while (y_next(y, &e)) {
		yaml_event_type_t t = e.type;
		if (t == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&e);
			ok = have;
			if (!have)
				cf_err(y, 1, 1, "invalid classes file: the file is empty");
			break;
		}
		if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_END_EVENT) {
			yaml_event_delete(&e);
			continue;
		}
		if (t == YAML_DOCUMENT_START_EVENT) {
			uint32_t line = (uint32_t)e.start_mark.line + 1;
			yaml_event_delete(&e);
			if (have) {
				cf_err(y, line, 1, "invalid classes file: more than one YAML document");
				break;
			}
			continue;
		}
		if (!y_node(y, &e, root, 0))
			break;
		have = true;
	}
	yaml_parser_delete(&y->ps);
	return ok && !y->failed;
}

static const struct ynode *y_get(const struct ynode *m, const char *k)
{
	for (size_t i = 0; m && m->kind == YN_MAP && i < m->n; i++)
		if (strcmp(m->kids[2 * i].s, k) == 0)
			return &m->kids[2 * i + 1];
	return NULL;
}

/* Keys of m must be among allowed (NULL-terminated); false (error given) otherwise. */
static bool y_keys(struct yread *y, const struct ynode *m, const char *what, const char *const *allowed)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct ynode *k = &m->kids[2 * i];
		size_t j = 0;
		while (allowed[j] && strcmp(allowed[j], k->s) != 0)
			j++;
		if (!allowed[j]) {
			const char *sug = str_suggest(k->s, allowed, j);
			cf_err(y, k->line, k->col, "invalid classes file: unknown key '%s' in %s%s%s%s", k->s, what,
			       sug ? "; did you mean '" : "", sug ? sug : "", sug ? "'?" : "");
			return false;
		}
		for (size_t q = 0; q < i; q++)
			if (strcmp(m->kids[2 * q].s, k->s) == 0) {
				cf_err(y, k->line, k->col, "invalid classes file: duplicate key '%s'", k->s);
				return false;
			}
	}
	return true;
}

static const char *y_str(struct yread *y, const struct ynode *n, const char *what)
{
	if (!n || n->kind != YN_SCALAR || !*n->s) {
		cf_err(y, n ? n->line : 1, n ? n->col : 1, "invalid classes file: %s must be a non-empty string", what);
		return NULL;
	}
	return n->s;
}

/* A list of scalars (a single scalar is a list of one). */
static bool y_list(struct yread *y, const struct ynode *n, const char *what,
		   const struct ynode **items, size_t *nitems)
{
	if (n && n->kind == YN_SCALAR && *n->s) {
		*items = n;
		*nitems = 1;
		return true;
	}
	if (!n || n->kind != YN_SEQ || !n->n) {
		cf_err(y, n ? n->line : 1, n ? n->col : 1, "invalid classes file: %s must be a non-empty list", what);
		return false;
	}
	for (size_t i = 0; i < n->n; i++)
		if (n->kids[i].kind != YN_SCALAR || !*n->kids[i].s) {
			cf_err(y, n->kids[i].line, n->kids[i].col, "invalid classes file: %s must list strings", what);
			return false;
		}
	*items = n->kids;
	*nitems = n->n;
	return true;
}

static bool y_date(struct yread *y, const struct ynode *n, const char *what, rdate *out)
{
	if (!n || n->kind != YN_SCALAR || !date_parse(n->s, strlen(n->s), out)) {
		cf_err(y, n ? n->line : 1, n ? n->col : 1,
		       "invalid classes file: %s must be a date YYYY-MM-DD", what);
		return false;
	}
	return true;
}

static bool cf_mechs(struct yread *y, const struct ynode *n, struct cf_entry *e)
{
	struct yread *L = y;
	if (!n || n->kind != YN_SEQ || !n->n) {
		cf_err(y, n->line, n->col, "invalid classes file: mechanisms must be a non-empty list");
		return false;
	}
	e->mechs = arena_alloc(&L->pl->arena, n->n * sizeof *e->mechs);
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *m = &n->kids[i], *t = m;
		struct plan_mech *pm = &e->mechs[e->nmechs++];
		pm->expires = DATE_MAX;
		if (m->kind == YN_MAP) {
			static const char *const keys[] = {"type", "expires", "reference", NULL};
			if (!y_keys(y, m, "a mechanism", keys))
				return false;
			t = y_get(m, "type");
			const struct ynode *x = y_get(m, "expires"), *r = y_get(m, "reference");
			if (x && !y_date(y, x, "expires", &pm->expires))
				return false;
			if (r && !y_str(y, r, "reference"))
				return false;
			if (r)
				pm->reference = arena_strdup(&L->pl->arena, r->s);
		}
		if (!y_str(y, t ? t : m, "a mechanism's type"))
			return false;
		pm->mech = policy_find_mech(L->p, t->s);
		if (pm->mech < 0) {
			cf_err(y, t->line, t->col, "unknown mechanism '%s'", t->s);
			return false;
		}
	}
	return true;
}

static bool cf_scalar_value(const struct ynode *n, struct value *v)
{
	if (n->kind != YN_SCALAR)
		return false;
	if (n->plain && (strcmp(n->s, "true") == 0 || strcmp(n->s, "false") == 0)) {
		v->kind = VAL_BOOL;
		v->b = n->s[0] == 't';
		return true;
	}
	char *end;
	if (n->plain && *n->s && strspn(n->s, "-0123456789.") == strlen(n->s)) {
		double d = strtod(n->s, &end);
		if (*end)
			return false;
		v->kind = VAL_NUM;
		v->n = d;
		return true;
	}
	v->kind = VAL_STR;
	v->s = n->s;
	return true;
}

static bool cf_entry_read(struct yread *y, const struct ynode *m, struct cf_entry *e)
{
	static const char *const keys[] = {"match", "classes", "origin", "mechanisms", "subjects",
					   "attrs", "encrypted_in_transit", NULL};
	struct yread *L = y;
	if (m->kind != YN_MAP) {
		cf_err(y, m->line, m->col, "invalid classes file: an entry of classes must be a mapping with match and classes");
		return false;
	}
	if (!y_keys(y, m, "a classes entry", keys))
		return false;
	const struct ynode *mt = y_get(m, "match"), *cl = y_get(m, "classes");
	if (!mt || !cl) {
		cf_err(y, m->line, m->col, "invalid classes file: an entry needs match and classes");
		return false;
	}
	if (!y_str(y, mt, "match"))
		return false;
	if (strlen(mt->s) > CF_MAX_GLOB) {
		cf_err(y, mt->line, mt->col, "invalid classes file: a match glob longer than %d bytes", CF_MAX_GLOB);
		return false;
	}
	e->match = mt->s;
	glob_compile(L->work, mt->s, &e->glob);
	e->line = mt->line;
	e->col = mt->col;
	e->in_transit = -1;
	const struct ynode *items;
	size_t ni;
	if (!y_list(y, cl, "classes", &items, &ni))
		return false;
	for (size_t j = 0; j < ni; j++) {
		int c = policy_find_class(L->p, items[j].s);
		if (c >= 0) {
			bits_set(&e->classes, (unsigned)c);
			continue;
		}
		struct src_loc loc = {y->f, items[j].line, items[j].col, (uint32_t)strlen(items[j].s)};
		const char *sug = class_suggest_name(L->p, items[j].s);
		diag_error(L->d, &loc, "unknown data class '%s' for '%s'%s%s%s", items[j].s, e->match,
			   sug ? "; did you mean '" : "", sug ? sug : "", sug ? "'?" : "");
		y->failed = true;
	}
	const struct ynode *n;
	if ((n = y_get(m, "origin"))) {
		if (!y_list(y, n, "origin", &items, &ni))
			return false;
		e->origin = arena_alloc(&L->pl->arena, ni * sizeof *e->origin);
		for (size_t j = 0; j < ni; j++) {
			if (!place_resolve(L->p, items[j].s, &e->origin[j])) {
				cf_err(y, items[j].line, items[j].col,
				       "unknown place '%s' in origin (a country code or a location of the catalog)", items[j].s);
				return false;
			}
		}
		e->norigin = (uint32_t)ni;
	}
	if ((n = y_get(m, "mechanisms")) && !cf_mechs(y, n, e))
		return false;
	if ((n = y_get(m, "subjects"))) {
		struct value v;
		if (!cf_scalar_value(n, &v) || v.kind != VAL_NUM || v.n < 0 || v.n > 9007199254740992.0 ||
		    v.n != (double)(int64_t)v.n) {
			cf_err(y, n->line, n->col, "invalid classes file: subjects must be an integer from 0 to 2^53");
			return false;
		}
		e->subjects = v.n;
		e->has_subjects = true;
	}
	if ((n = y_get(m, "encrypted_in_transit"))) {
		struct value v;
		if (!cf_scalar_value(n, &v) || v.kind != VAL_BOOL) {
			cf_err(y, n->line, n->col, "invalid classes file: encrypted_in_transit must be true or false");
			return false;
		}
		e->in_transit = v.b;
	}
	if ((n = y_get(m, "attrs"))) {
		if (n->kind != YN_MAP) {
			cf_err(y, n->line, n->col, "invalid classes file: attrs must be a mapping of names to scalars");
			return false;
		}
		e->attrs = arena_alloc(&L->pl->arena, (n->n ? n->n : 1) * sizeof *e->attrs);
		for (size_t j = 0; j < n->n; j++) {
			const struct ynode *k = &n->kids[2 * j], *v = &n->kids[2 * j + 1];
			if (strcmp(k->s, "type") == 0) {
				cf_err(y, k->line, k->col, "invalid classes file: attribute 'type' is set by the loader (the resource type)");
				return false;
			}
			for (size_t q = 0; q < j; q++)
				if (strcmp(n->kids[2 * q].s, k->s) == 0) {
					cf_err(y, k->line, k->col, "invalid classes file: duplicate key '%s'", k->s);
					return false;
				}
			struct pol_attr *a = &e->attrs[e->nattrs++];
			a->name = arena_strdup(&L->pl->arena, k->s);
			if (!cf_scalar_value(v, &a->val)) {
				cf_err(y, v->line, v->col, "invalid classes file: attrs must be a mapping of names to scalars");
				return false;
			}
			if (a->val.kind == VAL_STR)
				a->val.s = arena_strdup(&L->pl->arena, a->val.s);
		}
	}
	return true;
}

static bool cf_waiver_read(struct yread *y, const struct ynode *m)
{
	static const char *const keys[] = {"rule", "target", "reason", "expires", "approved_by", NULL};
	struct yread *L = y;
	if (m->kind != YN_MAP) {
		cf_err(y, m->line, m->col, "invalid classes file: a waiver must be a mapping");
		return false;
	}
	if (!y_keys(y, m, "a waiver", keys))
		return false;
	const struct ynode *rule = y_get(m, "rule"), *target = y_get(m, "target"),
			   *reason = y_get(m, "reason"), *exp = y_get(m, "expires"),
			   *by = y_get(m, "approved_by");
	if (!rule || !target || !reason || !exp) {
		cf_err(y, m->line, m->col, "invalid classes file: a waiver needs rule, target, reason and expires");
		return false;
	}
	if (!y_str(y, rule, "rule") || !y_str(y, target, "target") || !y_str(y, reason, "reason") ||
	    (by && !y_str(y, by, "approved_by")))
		return false;
	if (strspn(reason->s, " \t") == strlen(reason->s)) {
		cf_err(y, reason->line, reason->col, "invalid classes file: reason must not be blank");
		return false;
	}
	struct plan_waiver w = {0};
	if (!y_date(y, exp, "expires", &w.expires))
		return false;
	static const char *const tool_ids[] = {"unclassified", "unknown-location", "unmodelled-resource"};
	for (size_t i = 0; i < ARRAY_LEN(tool_ids); i++)
		if (strcmp(rule->s, tool_ids[i]) == 0)
			w.tool_id = tool_ids[i];
	if (w.tool_id && strcmp(target->s, "*") == 0) {
		cf_err(y, target->line, target->col,
		       "invalid classes file: a waiver of %s must name the resource address, not \"*\"", w.tool_id);
		return false;
	}
	w.rule = w.tool_id ? -1 : policy_find_rule(L->p, rule->s);
	if (w.rule < 0 && !w.tool_id) {
		const char **names = xmalloc((L->p->nrules + 1) * sizeof *names);
		for (uint32_t i = 0; i < L->p->nrules; i++)
			names[i] = L->p->rules[i].name;
		const char *sug = str_suggest(rule->s, names, L->p->nrules);
		cf_err(y, rule->line, rule->col, "unknown rule '%s'%s%s%s", rule->s,
		       sug ? "; did you mean '" : "", sug ? sug : "", sug ? "'?" : "");
		xfree(names);
		return false;
	}
	struct plan_waiver *pw = plan_add_waiver(L->pl);
	*pw = w;
	pw->target = arena_strdup(&L->pl->arena, target->s);
	pw->reason = arena_strdup(&L->pl->arena, reason->s);
	pw->approved_by = by ? arena_strdup(&L->pl->arena, by->s) : NULL;
	pw->from_classes = true;
	return true;
}

bool cf_load(struct cf_map *m, const struct rsd_policy *p, struct rsd_plan *pl, const char *path,
	     struct rsd_diags *d)
{
	memset(m, 0, sizeof *m);
	arena_init(&m->work);
	size_t len = 0;
	char *text = read_file(path, &len, CF_MAX_FILE);
	if (!text) {
		diag_error(d, NULL, "%s: cannot read classes file: %s", path, strerror(errno));
		return false;
	}
	struct yread y = {.p = p, .pl = pl, .d = d, .work = &m->work};
	y.f = diag_add_file(d, path, text, len);	/* owns text now */
	m->file = y.f;
	pl->classes_file = arena_strdup(&pl->arena, path);
	struct ynode root;
	if (!y_parse(&y, text, len, &root))
		return false;
	static const char *const top[] = {"classes", "waivers", NULL};
	if (root.kind != YN_MAP) {
		cf_err(&y, root.line, root.col, "invalid classes file: expected a mapping with classes (and waivers)");
		return false;
	}
	if (!y_keys(&y, &root, "the classes file", top))
		return false;
	const struct ynode *cl = y_get(&root, "classes"), *wv = y_get(&root, "waivers");
	if (cl && cl->kind != YN_SEQ) {
		cf_err(&y, cl->line, cl->col, "invalid classes file: classes must be a list of entries");
		return false;
	}
	if (wv && wv->kind != YN_SEQ) {
		cf_err(&y, wv->line, wv->col, "invalid classes file: waivers must be a list of waivers");
		return false;
	}
	m->n = cl ? cl->n : 0;
	m->v = xcalloc(m->n + 1, sizeof *m->v);
	for (size_t i = 0; i < m->n && !y.failed; i++)
		cf_entry_read(&y, &cl->kids[i], &m->v[i]);
	for (size_t i = 0; wv && i < wv->n && !y.failed; i++)
		cf_waiver_read(&y, &wv->kids[i]);
	return !y.failed;
}

void cf_free(struct cf_map *m)
{
	if (!m)
		return;
	xfree(m->v);
	arena_free(&m->work);
	memset(m, 0, sizeof *m);
}

/* ================================================================ matching */

struct cf_entry *cf_match(struct cf_map *m, const char *addr)
{
	return cf_match_any(m, &addr, 1);
}

struct cf_entry *cf_match_any(struct cf_map *m, const char *const *addrs, size_t n)
{
	for (size_t i = 0; m && i < m->n; i++)
		for (size_t k = 0; k < n; k++)
			if (addrs[k] && glob_match(&m->v[i].glob, addrs[k])) {
				m->v[i].used = true;
				return &m->v[i];
			}
	return NULL;
}

struct cf_entry *cf_names_type(struct cf_map *m, const char *type, const char *const *addrs, size_t n)
{
	for (size_t i = 0; m && i < m->n; i++) {
		struct cf_entry *e = &m->v[i];
		bool literal = strcspn(e->match, "*?") == strlen(e->match);
		if (!literal && !(type && strstr(e->match, type)))
			continue;
		for (size_t k = 0; k < n; k++)
			if (addrs[k] && glob_match(&e->glob, addrs[k])) {
				e->used = true;
				return e;
			}
	}
	return NULL;
}

void cf_store_facts(const struct cf_entry *e, struct plan_store *s, struct arena *a)
{
	if (e->norigin) {
		s->origin = e->origin;
		s->norigin = e->norigin;
		s->has_origin = true;
	}
	s->mechs = e->mechs;
	s->nmechs = e->nmechs;
	if (e->has_subjects)
		s->subjects = e->subjects;
	if (e->in_transit >= 0)
		s->enc_in_transit = e->in_transit != 0;
	if (e->nattrs) {
		struct pol_attr *v = arena_alloc(a, (s->nattrs + e->nattrs) * sizeof *v);
		if (s->nattrs)
			memcpy(v, s->attrs, s->nattrs * sizeof *v);
		memcpy(v + s->nattrs, e->attrs, e->nattrs * sizeof *v);
		s->attrs = v;
		s->nattrs += e->nattrs;
	}
}

void cf_flow_facts(const struct cf_entry *e, struct rsd_plan *pl, struct plan_flow *f)
{
	plan_flow_set_mechs(pl, f, e->mechs, e->nmechs);
	plan_flow_set_subjects(pl, f, e->has_subjects ? e->subjects : 0);
	if (e->attrs || e->nattrs) {
		struct plan_flow_cold *c = plan_flow_cold_mut(pl, f);
		c->attrs = e->attrs;
		c->nattrs = e->nattrs;
	}
	f->enc_in_transit = e->in_transit > 0;
}

/* A --classes entry that matched no resource: a typo there must not turn the gate green. */
void cf_unused(struct cf_map *m, struct rsd_plan *pl)
{
	for (size_t i = 0; m && i < m->n; i++) {
		const struct cf_entry *e = &m->v[i];
		if (e->used)
			continue;
		struct plan_note *n = plan_add_note(pl);
		n->rule_id = "unused-classes-entry";
		n->severity = SEV_WARNING;
		n->fact = arena_strdup(&pl->arena, e->match);
		struct strbuf sb = {0};
		sb_printf(&sb, "--classes entry '%s' (%s:%u:%u) matches no resource of the plan", e->match,
			  m->file ? m->file->name : "?", e->line, e->col);
		n->message = arena_strdup(&pl->arena, sb.s ? sb.s : "");
		sb_free(&sb);
	}
}

const char *class_suggest_name(const struct rsd_policy *p, const char *name)
{
	const char **names = xmalloc((p->nclasses + 1) * sizeof *names);
	for (uint32_t i = 0; i < p->nclasses; i++)
		names[i] = p->classes[i].name;
	const char *s = str_suggest(name, names, p->nclasses);
	xfree(names);
	return s;
}
