/*
** eval.c — the evaluator: judges one plan against a compiled policy on one
** date (LANGUAGE.md §5, TOOL.md §1) and hands a struct rsd_result, findings
** sorted, to the reports.
**
** Shape of a run (all linear in the size of the plan):
**   1. materialise every set slot on the date, and the in-force rules of
**      each class (from the policy's per-class index);
**   2. origins (§5.3), class by class: the stores touched by flows of the
**      class form a graph, condensed into strongly connected components by
**      an iterative Tarjan and propagated in topological order;
**   3. stores, then explicit flows, then implicit replica/backup transfers
**      are checked; results of one fact are accumulated per rule in scratch
**      arrays stamped with a generation number (no per-decision allocation);
**   4. waivers, expiring attestations and loader notes become findings, and
**      the findings are sorted.
** Transfer rules whose conditions do not mention `from in` / `to in` are
** decided once per (fact, class) for all country pairs at once; the others
** are decided per source country, as a set of destination countries.
*/
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "eval.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "util.h"

/* ================================================================ conditions */


/* Attributes are typed: values of different kinds are never equal, and
   only two numbers or two strings (byte order) are ordered. */
static bool value_cmp(const struct value *a, enum cmp_op op, const struct value *b)
{
	if (a->kind != b->kind || a->kind == VAL_NONE)
		return a->kind != VAL_NONE && op == CMP_NE;
	switch (a->kind) {
	case VAL_NUM:
		return cmp_apply(a->n, op, b->n);
	case VAL_STR:
		return cmp_apply((double)strcmp(a->s, b->s), op, 0);
	case VAL_BOOL:
		if (op == CMP_EQ)
			return a->b == b->b;
		if (op == CMP_NE)
			return a->b != b->b;
		return false;
	default:
		return false;
	}
}

static const struct pol_attr *attr_find(const struct eval_ctx *x, const char *name)
{
	for (uint32_t i = 0; i < x->nattrs; i++)
		if (strcmp(x->attrs[i].name, name) == 0)
			return &x->attrs[i];
	return NULL;
}

static bool value_truthy(const struct value *v)
{
	switch (v->kind) {
	case VAL_BOOL: return v->b;
	case VAL_NUM: return v->n != 0;
	case VAL_STR: return v->s && v->s[0] != '\0';
	default: return false;
	}
}

/* `S in R`: every member of S is in R; an empty set is in nothing. */
static bool set_in(const struct bits *s, const struct bits *r)
{
	return !bits_empty(s) && bits_subset(s, r);
}

/*
** Value of c for the pair (src, dst); see eval.h.  An operator the
** evaluator does not know is a bug in the compiler: abort rather than
** guess a verdict.
*/
bool eval_cond(const struct cond *c, const struct eval_ctx *x, int src, int dst)
{
	const struct pol_attr *a;

	switch (c->op) {
	case COND_TRUE: return true;
	case COND_FALSE: return false;
	case COND_AND: return eval_cond(c->l, x, src, dst) && eval_cond(c->r, x, src, dst);
	case COND_OR: return eval_cond(c->l, x, src, dst) || eval_cond(c->r, x, src, dst);
	case COND_NOT: return !eval_cond(c->l, x, src, dst);
	case COND_MECH: return !x->store && bits_intersects(&x->mechs, &c->mechs);
	case COND_FROM_IN: return !x->store && src >= 0 && bits_has(&x->sets[c->slot], (unsigned)src);
	case COND_TO_IN: return !x->store && dst >= 0 && bits_has(&x->sets[c->slot], (unsigned)dst);
	case COND_ORIGIN_IN: return set_in(&x->origin, &x->sets[c->slot]);
	case COND_LOCATION_IN: return x->store && set_in(&x->placement, &x->sets[c->slot]);
	case COND_PRIMARY_IN: return x->store && set_in(&x->primary, &x->sets[c->slot]);
	case COND_KEY_IN: return x->store && x->has_key && set_in(&x->key, &x->sets[c->slot]);
	case COND_OPERATOR_IN: return set_in(&x->operators, &x->sets[c->slot]);
	case COND_KEY_COLOCATED:
		return x->store && x->has_key && set_in(&x->key, &x->placement);
	case COND_ENC_AT_REST: return x->store && x->enc_at_rest;
	case COND_ENC_IN_TRANSIT: return x->enc_in_transit;
	case COND_PSEUDONYMIZED: return x->pseudonymized;
	case COND_ANONYMIZED: return x->anonymized;
	case COND_SENSITIVITY: return cmp_apply(x->sens, c->cmp, c->level);
	case COND_SUBJECTS: return cmp_apply(x->subjects, c->cmp, c->num);
	case COND_ATTR:
		a = attr_find(x, c->attr);
		return a && value_truthy(&a->val);
	case COND_ATTR_CMP:
		a = attr_find(x, c->attr);
		return a && value_cmp(&a->val, c->cmp, &c->val);
	case COND_VIA: return !x->store && x->via == c->via;
	case COND_SUBJECTS_KNOWN: return x->has_subjects;
	}
	fprintf(stderr, "residency: internal error: unknown condition %d\n", (int)c->op);
	abort();
}

/* The destinations d for which c holds on (src, d): pair-dependent rules
   are decided one source country at a time. */
static struct bits cond_dsts(const struct cond *c, const struct eval_ctx *x, int src,
			     const struct bits *world)
{
	struct bits none;

	bits_clear(&none);
	switch (c->op) {
	case COND_AND:
		return bits_and(cond_dsts(c->l, x, src, world), cond_dsts(c->r, x, src, world));
	case COND_OR:
		return bits_or(cond_dsts(c->l, x, src, world), cond_dsts(c->r, x, src, world));
	case COND_NOT:
		return bits_andnot(*world, cond_dsts(c->l, x, src, world));
	case COND_TO_IN:
		return bits_and(*world, x->sets[c->slot]);
	default:
		return eval_cond(c, x, src, -1) ? *world : none;
	}
}

/* true when condition c has an atom op anywhere */
static bool cond_uses(const struct cond *c, enum cond_op op)
{
	if (!c)
		return false;
	if (c->op == op)
		return true;
	switch (c->op) {
	case COND_AND: case COND_OR:
		return cond_uses(c->l, op) || cond_uses(c->r, op);
	case COND_NOT:
		return cond_uses(c->l, op);
	default:
		return false;
	}
}

static bool cond_pairdep(const struct cond *c)
{
	switch (c->op) {
	case COND_FROM_IN: case COND_TO_IN:
		return true;
	case COND_AND: case COND_OR:
		return cond_pairdep(c->l) || cond_pairdep(c->r);
	case COND_NOT:
		return cond_pairdep(c->l);
	default:
		return false;
	}
}

/*
** Mechanisms of m[0..n) valid on d: an attestation is valid on dates
** strictly before its expiry.
*/
struct bits eval_valid_mechs(const struct plan_mech *m, uint32_t n, rdate d)
{
	struct bits b;

	bits_clear(&b);
	for (uint32_t i = 0; i < n; i++)
		if (d < m[i].expires && m[i].mech >= 0 && m[i].mech < BITS_MAX)
			bits_set(&b, (unsigned)m[i].mech);
	return b;
}

/* ================================================================ state */

/* Violating pairs of one rule for one source country (one fact), linked
   per rule in the order they were found. */
struct row {
	int32_t next;	/* next row of the same rule, -1: last */
	int32_t src;
	struct bits dst;
};

/*
** What is being checked, for findings.
** @owner: the store of an implicit transfer (its waivers cover it), or NULL
*/
struct factinfo {
	enum finding_kind kind;
	const char *name;
	uint32_t line, col;
	const char *address;
	const char *owner;
	uint32_t ord;	/* the fact's ordinal: sorts facts without a position */
};

/*
** A transfer rule in force, as one class's rule list holds it: its scope
** clauses resolved to the date's sets (NULL: no such clause), so that the
** common case (the flow is outside the rule's scope) is a few bit tests.
*/
struct trule {
	const struct bits *from, *to, *origin;
	int32_t rule;
	bool pairdep;
};

struct ev {
	const struct rsd_policy *p;
	const struct rsd_plan *pl;
	const struct eval_opts *o;
	const struct eval_run *run;	/* never NULL (an empty run for one plan) */
	struct rsd_result *r;
	rdate d;
	struct bits *sets;
	struct bits world;
	size_t cap_findings, cap_applied;
	/* in-force rules by class */
	int32_t **srules, **trules;
	uint32_t *nsrules, *ntrules;
	int32_t *rule_store;	/* backing store of srules / trules */
	struct trule **tr;	/* per class: trules[c] with resolved scopes */
	struct trule *tr_store;
	/* per class, built on first use (reach_of): reach[c][s] = the
	   destinations that some transfer rule of c covers from country s */
	struct bits **reach;
	int16_t *loc_one;	/* per location: its one country on the date, or -1 */
	bool need_ops;	/* some rule uses `operator in` */
	unsigned nwords;	/* words of a class set that can hold a class of the policy */
	bool *pairdep;
	uint32_t *reqoff;
	/* per-fact accumulators, valid where acc_gen[rule] == gen */
	uint32_t gen;
	uint32_t *acc_gen;
	bool *acc_viol;
	int32_t *acc_head, *acc_tail;	/* rows of the rule, -1: none */
	uint32_t *rank;	/* rule -> position in name order */
	int32_t *order;	/* rules in name order (rank's inverse) */
	/* per finding, parallel to r->findings: its fact's ordinal (sorts facts
	   without a position, cmp_key); NULL until there is such a finding,
	   then 0 for the findings before it (their ordinal is never compared) */
	uint32_t *ford;
	uint32_t *iota;	/* 0, 1, 2, …: the failed list when every require failed */
	/* findings' class sets, interned in r->arena (intern_classes) */
	const struct bits **cls_tab;	/* open addressing, cls_cap a power of 2 */
	uint32_t cls_n, cls_cap;
	const struct bits *cls_last;	/* the last one asked for: a fact's findings share it */
	const struct bits *cls_one[BITS_MAX];	/* {c}, on first use */
	size_t cap_ford;
	uint32_t next_ord;	/* ordinals of implicit transfers, waivers, notes */
	const char *last_id;	/* tool_key's one-entry cache */
	uint32_t last_key;
	uint32_t *rule_rkey, *tool_rkey, nkeys;	/* setup_keys */
	const char **tool_id;
	uint32_t ntool;
	struct bits pairdst[BITS_MAX];	/* end_fact scratch: destinations by source */
	struct bits *acc_classes;
	uint32_t *fail_gen;
	int32_t *touched;
	uint32_t ntouched;
	uint64_t *sortkeys;	/* sort_touched scratch: (rank, rule) */
	struct row *rows;
	size_t nrows, cap_rows;
	/* the waivers that apply: the plan's own (the first nown), then those
	   shared by the other plans of the run (eval_run.shared) */
	const struct plan_waiver *wvs;
	uint32_t nwvs, nown;
	/* waivers by rule (CSR over wvs) */
	uint32_t *wv_off, *wv;	/* each rule's waivers sorted by (target, index) */
	int64_t *wv_first;	/* per bucket position: waiver_range's cache (-2: not yet) */
	bool *wv_used;
	/* per store, ids in opool: the primary countries, every country
	   holding a copy, the primary locations' operators, the base of its
	   origins (declared, else the primary countries) */
	uint32_t *sprimary, *splace, *sprimop, *sbase;
	/* origins: per (store, class held) and per (flow from a store, class
	   carried; foff[f] == NO_OFF for a flow from a place: its origin is
	   its source), as ids into opool: a plan has few distinct origin
	   sets, and 4 bytes per (fact, class) instead of 32 keep the 100 MB
	   plan's peak 19 MB lower */
	uint32_t *soff, *foff;
	uint32_t *sorigin, *forigin;
	struct bits *opool;	/* distinct country sets (origin_id); read only once evaluating starts */
	size_t nopool, cap_opool;
	uint32_t *ohash;	/* open addressing over opool: id + 1, 0 empty */
	uint32_t ohcap;	/* a power of two */
};

#define NO_OFF UINT32_MAX

/* foff[f], NO_OFF when the plan has no stores (then foff is NULL) */
static inline uint32_t flow_off(const struct ev *e, uint32_t f)
{
	return e->foff ? e->foff[f] : NO_OFF;
}

/* The id of origin set b in e->opool, added when new (hash-consed). */
static uint32_t origin_id(struct ev *e, const struct bits *b)
{
	if ((e->nopool + 1) * 2 > e->ohcap) {
		uint32_t ncap = e->ohcap ? e->ohcap * 2 : 64;
		uint32_t *nh = xcalloc(ncap, sizeof *nh);
		for (size_t i = 0; i < e->nopool; i++) {
			uint32_t h = bits_hash(&e->opool[i]) & (ncap - 1);
			while (nh[h])
				h = (h + 1) & (ncap - 1);
			nh[h] = (uint32_t)i + 1;
		}
		xfree(e->ohash);
		e->ohash = nh;
		e->ohcap = ncap;
	}
	uint32_t h = bits_hash(b) & (e->ohcap - 1);
	for (; e->ohash[h]; h = (h + 1) & (e->ohcap - 1))
		if (bits_eq(&e->opool[e->ohash[h] - 1], b))
			return e->ohash[h] - 1;
	e->opool = xgrow(e->opool, &e->cap_opool, e->nopool + 1, sizeof *e->opool);
	e->opool[e->nopool] = *b;
	e->ohash[h] = (uint32_t)e->nopool + 1;
	return (uint32_t)e->nopool++;
}

static unsigned bits_rank(const struct bits *b, unsigned i)
{
	unsigned n = 0;
	for (unsigned w = 0; w < (i >> 6); w++)
		n += bits_popcount64(b->w[w]);
	uint64_t mask = (i & 63) ? (((uint64_t)1 << (i & 63)) - 1) : 0;
	return n + bits_popcount64(b->w[i >> 6] & mask);
}

/* place_countries without the call for a country */
static inline struct bits place_bits(const struct ev *e, struct place pl)
{
	struct bits b;
	if (pl.kind == PLACE_COUNTRY) {
		bits_clear(&b);
		bits_set(&b, pl.country);
		return b;
	}
	return place_countries(e->p, e->sets, pl);
}

/* The countries of a flow endpoint: a store's primary countries or a place's. */
static inline struct bits endpoint_bits(const struct ev *e, const struct plan_endpoint *ep)
{
	return ep->store >= 0 ? e->opool[e->sprimary[ep->store]] : place_bits(e, ep->place);
}

/* The country of an endpoint that is one country (a country, or a location
   of one country on the date: most cloud regions), else -1. */
static inline int endpoint_one(const struct ev *e, const struct plan_endpoint *ep)
{
	if (ep->store >= 0)
		return -1;
	return ep->place.kind == PLACE_COUNTRY ? ep->place.country : e->loc_one[ep->place.loc];
}

static struct bits places_countries(const struct ev *e, const struct place *pl, uint32_t n)
{
	struct bits b;
	bits_clear(&b);
	for (uint32_t i = 0; i < n; i++)
		b = bits_or(b, place_countries(e->p, e->sets, pl[i]));
	return b;
}

static struct bits places_operators(const struct ev *e, const struct place *pl, uint32_t n)
{
	struct bits b;
	bits_clear(&b);
	for (uint32_t i = 0; i < n; i++)
		b = bits_or(b, place_operators(e->p, e->sets, pl[i]));
	return b;
}

/* ================================================================ findings */

const struct bits eval_no_classes;

static inline uint32_t classes_slot(const struct bits *b, uint32_t cap)
{
	uint64_t h = (b->w[0] ^ b->w[1] * 31 ^ b->w[2] * 961 ^ b->w[3] * 29791) * 0x9E3779B97F4A7C15u;
	return (uint32_t)(h >> 32) & (cap - 1);
}

/* The one copy of class set b in the result's arena (findings point at it). */
static const struct bits *intern_classes(struct ev *e, const struct bits *b)
{
	if (e->cls_last && bits_eq(e->cls_last, b))
		return e->cls_last;
	if (2 * (e->cls_n + 1) > e->cls_cap) {
		uint32_t cap = e->cls_cap ? 2 * e->cls_cap : 64;
		const struct bits **t = xcalloc(cap, sizeof *t);
		for (uint32_t i = 0; i < e->cls_cap; i++) {
			const struct bits *x = e->cls_tab[i];
			if (!x)
				continue;
			uint32_t j = classes_slot(x, cap);
			while (t[j])
				j = (j + 1) & (cap - 1);
			t[j] = x;
		}
		xfree(e->cls_tab);
		e->cls_tab = t;
		e->cls_cap = cap;
	}
	uint32_t j = classes_slot(b, e->cls_cap);
	for (; e->cls_tab[j]; j = (j + 1) & (e->cls_cap - 1))
		if (bits_eq(e->cls_tab[j], b))
			return e->cls_last = e->cls_tab[j];
	struct bits *n = arena_alloc_raw(&e->r->arena, sizeof *n);
	*n = *b;
	e->cls_tab[j] = n;
	e->cls_n++;
	return e->cls_last = n;
}

/* The set {c}, interned. */
static const struct bits *class_one(struct ev *e, unsigned c)
{
	if (!e->cls_one[c]) {
		struct bits b;
		bits_clear(&b);
		bits_set(&b, c);
		e->cls_one[c] = intern_classes(e, &b);
	}
	return e->cls_one[c];
}

/* The finding's record of rarely set fields, made on first use. */
static struct finding_more *more_of(struct ev *e, struct finding *f)
{
	if (!f->more)
		f->more = arena_alloc(&e->r->arena, sizeof *f->more);
	return f->more;
}

/* Room for f's n pairs: in the finding when they fit. */
static struct country_pair *pairs_room(struct ev *e, struct finding *f, uint32_t n)
{
	if (n <= FINDING_PAIRS_IN)
		return f->pairs.in;
	return f->pairs.v = arena_alloc_raw(&e->r->arena, n * sizeof *f->pairs.v);
}

static struct finding *new_finding(struct ev *e, const struct factinfo *fi)
{
	struct rsd_result *r = e->r;
	if (fi->line == 0 || e->ford) {
		if (r->nfindings + 1 > e->cap_ford) {
			size_t c = e->cap_ford;
			e->ford = xgrow(e->ford, &e->cap_ford, r->nfindings + 1, sizeof *e->ford);
			memset(e->ford + c, 0, (e->cap_ford - c) * sizeof *e->ford);
		}
		e->ford[r->nfindings] = fi->ord;
	}
	if (r->nfindings + 1 > e->cap_findings)
		r->findings = xgrow_big(r->findings, &e->cap_findings, r->nfindings + 1, sizeof *r->findings);
	struct finding *f = &r->findings[r->nfindings++];
	*f = (struct finding){
		.rule = -1,
		.kind = (uint8_t)fi->kind,
		.fact = fi->name,
		.line = fi->line,
		.col = fi->col,
	};
	if (fi->address) {
		if (fi->address == fi->name || (fi->name && strcmp(fi->address, fi->name) == 0))
			f->flags = FINDING_ADDRESS_IS_FACT;
		else
			more_of(e, f)->address = fi->address;
	}
	return f;
}

/* The tool's own finding ids besides the plan's notes. */
static const char *const tool_ids[] = { "expiring", "expired-waiver", "unused-waiver" };

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
** Sort keys of rule ids: every rule name and every id of the tool's own
** findings (tool_ids and the notes' ids) numbered in strcmp order, so that
** sorting compares two integers; an id equal to a rule's name shares its key.
*/
static void setup_keys(struct ev *e)
{
	const struct rsd_plan *pl = e->pl;
	uint32_t nt = 0, nr = e->p->nrules;
	const char **ids = xmalloc((3 + pl->nnotes) * sizeof *ids);
	for (uint32_t i = 0; i < 3; i++)
		ids[nt++] = tool_ids[i];
	for (uint32_t i = 0; i < pl->nnotes; i++)
		ids[nt++] = pl->notes[i].rule_id ? pl->notes[i].rule_id : "";
	qsort(ids, nt, sizeof *ids, cmp_cstr);
	uint32_t u = 0;
	for (uint32_t i = 0; i < nt; i++)
		if (!u || strcmp(ids[u - 1], ids[i]) != 0)
			ids[u++] = ids[i];
	e->tool_id = ids;
	e->ntool = u;
	e->tool_rkey = xmalloc((u ? u : 1) * sizeof *e->tool_rkey);
	e->rule_rkey = xmalloc((nr ? nr : 1) * sizeof *e->rule_rkey);
	uint32_t i = 0, j = 0, pos = 0;
	while (i < nr || j < u) {
		int c = i == nr ? 1 : j == u ? -1 : strcmp(e->p->rules[e->order[i]].name, ids[j]);
		if (c <= 0)
			e->rule_rkey[e->order[i++]] = pos;
		if (c >= 0)
			e->tool_rkey[j++] = pos;
		pos++;
	}
	e->nkeys = pos;
}

/* Sort key of a tool finding's id (setup_keys numbered every id in use). */
static uint32_t tool_key(struct ev *e, const char *id)
{
	if (id == e->last_id)
		return e->last_key;
	const char **hit = bsearch(&id, e->tool_id, e->ntool, sizeof *e->tool_id, cmp_cstr);
	if (!hit) {
		fprintf(stderr, "residency: internal error: unknown finding id %s\n", id);
		abort();
	}
	e->last_id = id;
	e->last_key = e->tool_rkey[hit - e->tool_id];
	return e->last_key;
}

static void tool_finding(struct ev *e, const struct factinfo *fi, const char *id,
			 enum severity sev, const char *msg)
{
	struct finding *f = new_finding(e, fi);
	(void)tool_key(e, id);	/* every id has a sort key (aborts otherwise) */
	struct finding_more *m = more_of(e, f);
	m->tool_id = id;
	m->message = msg;
	f->severity = (uint8_t)sev;
}

/*
** The valid waivers of rule whose target is exactly target: a range of the
** rule's bucket (sorted by target, then plan order), found by binary search.
** The first visit marks them used and caches the first valid one (they do
** not change during one evaluation), so many facts and many waivers of one
** rule cost O(log n) per lookup, not a scan of every waiver.
*/
static int64_t waiver_range(struct ev *e, int32_t rule, const char *target)
{
	const struct plan_waiver *wvs = e->wvs;
	uint32_t lo = e->wv_off[rule], hi = e->wv_off[rule + 1], end = hi;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (strcmp(wvs[e->wv[mid]].target, target) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == end || strcmp(wvs[e->wv[lo]].target, target) != 0)
		return -1;
	if (e->wv_first[lo] == -2) {
		e->wv_first[lo] = -1;
		for (uint32_t k = lo; k < end && strcmp(wvs[e->wv[k]].target, target) == 0; k++) {
			if (!(e->d < wvs[e->wv[k]].expires))
				continue;
			e->wv_used[e->wv[k]] = true;
			if (e->wv_first[lo] < 0)
				e->wv_first[lo] = e->wv[k];
		}
	}
	return e->wv_first[lo];
}

/* The first valid waiver of rule for this fact; marks every matching one used. */
static const struct plan_waiver *match_waiver(struct ev *e, int32_t rule, const struct factinfo *fi)
{
	if (e->wv_off[rule] == e->wv_off[rule + 1])
		return NULL;
	int64_t a = waiver_range(e, rule, "*");
	int64_t b = fi->name ? waiver_range(e, rule, fi->name) : -1;
	int64_t c = fi->owner ? waiver_range(e, rule, fi->owner) : -1;
	int64_t first = a;
	if (b >= 0 && (first < 0 || b < first))
		first = b;
	if (c >= 0 && (first < 0 || c < first))
		first = c;
	return first >= 0 ? &e->wvs[first] : NULL;
}

static void touch(struct ev *e, int32_t r)
{
	if (e->acc_gen[r] == e->gen)
		return;
	e->acc_gen[r] = e->gen;
	e->acc_viol[r] = false;
	e->acc_head[r] = e->acc_tail[r] = -1;
	bits_clear(&e->acc_classes[r]);
	e->touched[e->ntouched++] = r;
}

static void add_row(struct ev *e, int32_t rule, int src, struct bits dst)
{
	if (e->nrows + 1 > e->cap_rows)
		e->rows = xgrow(e->rows, &e->cap_rows, e->nrows + 1, sizeof *e->rows);
	int32_t i = (int32_t)e->nrows++;
	e->rows[i] = (struct row){ -1, src, dst };
	if (e->acc_tail[rule] >= 0)
		e->rows[e->acc_tail[rule]].next = i;
	else
		e->acc_head[rule] = i;
	e->acc_tail[rule] = i;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* Sort rules v[0..n) by name (rank).  Insertion sort for the usual
   handful; qsort of (rank, rule) keys in e->sortkeys when there are many
   (was quadratic in the number of rules). */
static void sort_by_rank(struct ev *e, int32_t *v, uint32_t n)
{
	if (n > 16) {
		for (uint32_t i = 0; i < n; i++)
			e->sortkeys[i] = (uint64_t)e->rank[v[i]] << 32 | (uint32_t)v[i];
		qsort(e->sortkeys, n, sizeof *e->sortkeys, cmp_u64);
		for (uint32_t i = 0; i < n; i++)
			v[i] = (int32_t)(uint32_t)e->sortkeys[i];
		return;
	}
	for (uint32_t i = 1; i < n; i++) {
		int32_t x = v[i];
		uint32_t j = i;
		for (; j > 0 && e->rank[v[j - 1]] > e->rank[x]; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* The rules touched by a fact, by name, so a fact's findings come out in
   the order the final sort wants (it then finds them sorted). */
static void sort_touched(struct ev *e)
{
	sort_by_rank(e, e->touched, e->ntouched);
}

static void begin_fact(struct ev *e)
{
	e->gen++;
	e->ntouched = 0;
	e->nrows = 0;
}

/* Write the pairs (sc, d) for every d in dst to out; returns how many. */
static uint32_t put_pairs(struct country_pair *out, unsigned sc, const struct bits *dst)
{
	uint32_t n = 0;
	BITS_EACH(dc, dst)
		out[n++] = (struct country_pair){ (uint8_t)sc, (uint8_t)dc };
	return n;
}

static void finish_finding(struct ev *e, struct finding *f, int32_t rule, const struct factinfo *fi,
			   uint32_t nf);

/* The violation of rule by the current fact becomes a finding. */
static struct finding *rule_finding(struct ev *e, int32_t rule, const struct factinfo *fi)
{
	const struct pol_rule *pr = &e->p->rules[rule];
	struct finding *f = new_finding(e, fi);
	f->rule = rule;
	f->severity = (uint8_t)pr->severity;
	f->classes = intern_classes(e, &e->acc_classes[rule]);
	/* pairs: rows of this rule merged by source, expanded in order */
	int32_t head = e->acc_head[rule];
	if (head >= 0 && e->rows[head].next < 0) {	/* one source country */
		const struct row *w = &e->rows[head];
		uint32_t npairs = bits_count(&w->dst);
		if (npairs)
			f->npairs = put_pairs(pairs_room(e, f, npairs), (unsigned)w->src, &w->dst);
	} else if (head >= 0) {
		struct bits srcs;
		size_t npairs = 0;
		bits_clear(&srcs);
		for (int32_t k = head; k >= 0; k = e->rows[k].next) {
			unsigned sc = (unsigned)e->rows[k].src;
			if (bits_has(&srcs, sc)) {
				e->pairdst[sc] = bits_or(e->pairdst[sc], e->rows[k].dst);
			} else {
				bits_set(&srcs, sc);
				e->pairdst[sc] = e->rows[k].dst;
			}
		}
		BITS_EACH(sc, &srcs)
			npairs += bits_count(&e->pairdst[sc]);
		if (npairs) {
			struct country_pair *out = pairs_room(e, f, (uint32_t)npairs);
			uint32_t n = 0;
			BITS_EACH(sc, &srcs)
				n += put_pairs(out + n, (unsigned)sc, &e->pairdst[sc]);
			f->npairs = n;
		}
	}
	uint32_t nf = 0;
	const uint32_t *fg = e->fail_gen + e->reqoff[rule];
	for (uint32_t j = 0; j < pr->nrequires; j++)
		nf += fg[j] == e->gen;
	finish_finding(e, f, rule, fi, nf);
	return f;
}

/*
** The rest of a rule's finding: the failed requires (the nf requires whose
** fail_gen is the current fact's; when all failed, the common case, they
** share e->iota) and the waiver that covers the fact.
*/
static void finish_finding(struct ev *e, struct finding *f, int32_t rule, const struct factinfo *fi,
			   uint32_t nf)
{
	struct rsd_result *r = e->r;
	const struct pol_rule *pr = &e->p->rules[rule];
	const uint32_t *fg = e->fail_gen + e->reqoff[rule];
	if (nf == pr->nrequires && nf > FINDING_FAILED_IN) {
		f->failed.v = e->iota;
	} else {
		uint32_t *out = nf <= FINDING_FAILED_IN ? f->failed.in
			: (f->failed.v = arena_alloc_raw(&r->arena, nf * sizeof *f->failed.v));
		uint32_t n = 0;
		for (uint32_t j = 0; j < pr->nrequires && n < nf; j++)
			if (fg[j] == e->gen)
				out[n++] = j;
	}
	f->nfailed = nf;
	const struct plan_waiver *w = match_waiver(e, rule, fi);
	if (w)
		more_of(e, f)->waiver = w;
	f->status = w ? FINDING_WAIVED : FINDING_VIOLATION;
}

/* Turn the accumulators of the current fact into findings (once per rule). */
static void end_fact_rules(struct ev *e, const struct factinfo *fi)
{
	struct rsd_result *r = e->r;

	sort_touched(e);
	for (uint32_t t = 0; t < e->ntouched; t++) {
		int32_t rule = e->touched[t];
		int32_t fidx = -1;

		if (e->acc_viol[rule]) {
			rule_finding(e, rule, fi);
			fidx = (int32_t)(r->nfindings - 1);
		}
		if (e->o->record_applied) {
			r->applied = xgrow(r->applied, &e->cap_applied, r->napplied + 1, sizeof *r->applied);
			r->applied[r->napplied++] = (struct applied){
				rule, fi->name, e->pl->file ? e->pl->file : "", fi->line, fi->col, fidx };
		}
	}
}

static inline void end_fact(struct ev *e, const struct factinfo *fi)
{
	if (e->ntouched)
		end_fact_rules(e, fi);
}

/* ================================================================ checking */

static bool whens_hold(const struct pol_rule *pr, const struct eval_ctx *x)
{
	for (uint32_t i = 0; i < pr->nwhen; i++)
		if (!eval_cond(pr->when[i], x, -1, -1))
			return false;
	return true;
}

/*
** Decide transfer rule t for class c of the current fact, once the flow is
** known to touch its scope clauses; x->origin and x->sens are the class's.
*/
static void check_trule(struct ev *e, const struct trule *t, unsigned c, const struct bits *src,
			const struct bits *dst, const struct eval_ctx *x)
{
	int32_t ri = t->rule;
	const struct pol_rule *pr = &e->p->rules[ri];
	struct bits S, D;
	S = *src;
	D = *dst;
	if (t->from)
		S = bits_and(S, *t->from);
	if (t->to)
		D = bits_and(D, *t->to);
	if (bits_empty(&S) || bits_empty(&D))
		return;
	if (!t->pairdep) {
		if (!whens_hold(pr, x))
			return;
		touch(e, ri);
		bool viol = false;
		for (uint32_t j = 0; j < pr->nrequires; j++)
			if (!eval_cond(pr->requires[j].cond, x, -1, -1)) {
				e->fail_gen[e->reqoff[ri] + j] = e->gen;
				viol = true;
			}
		if (viol) {
			e->acc_viol[ri] = true;
			bits_set(&e->acc_classes[ri], c);
			BITS_EACH(sc, &S)
				add_row(e, ri, sc, D);
		}
		return;
	}
	BITS_EACH(sc, &S) {
		struct bits W = D;
		for (uint32_t w = 0; w < pr->nwhen && !bits_empty(&W); w++)
			W = bits_and(W, cond_dsts(pr->when[w], x, sc, &e->world));
		if (bits_empty(&W))
			continue;
		touch(e, ri);
		struct bits V;
		bits_clear(&V);
		for (uint32_t j = 0; j < pr->nrequires; j++) {
			struct bits F = bits_andnot(W, cond_dsts(pr->requires[j].cond, x, sc, &e->world));
			if (!bits_empty(&F)) {
				e->fail_gen[e->reqoff[ri] + j] = e->gen;
				V = bits_or(V, F);
			}
		}
		if (!bits_empty(&V)) {
			e->acc_viol[ri] = true;
			bits_set(&e->acc_classes[ri], c);
			add_row(e, ri, sc, V);
		}
	}
}

/*
** check_trule for a transfer between two single countries (src_one, the
** country of dst) already inside t's scope, when t does not depend on the
** pair: one decision.
*/
static void check_trule_one(struct ev *e, const struct trule *t, unsigned c, int src_one,
			    const struct bits *dst, const struct eval_ctx *x)
{
	int32_t ri = t->rule;
	const struct pol_rule *pr = &e->p->rules[ri];
	if (!whens_hold(pr, x))
		return;
	touch(e, ri);
	bool viol = false;
	uint32_t *fg = e->fail_gen + e->reqoff[ri];
	for (uint32_t j = 0; j < pr->nrequires; j++)
		if (!eval_cond(pr->requires[j].cond, x, -1, -1)) {
			fg[j] = e->gen;
			viol = true;
		}
	if (viol) {
		e->acc_viol[ri] = true;
		bits_set(&e->acc_classes[ri], c);
		add_row(e, ri, src_one, *dst);
	}
}

/*
** Mechanisms of m[0..n) valid on the date (eval_valid_mechs), and whether
** one of them expires within the warning window (expiring_attestations
** then reports it).
*/
static struct bits valid_mechs(const struct ev *e, const struct plan_mech *m, uint32_t n,
			       bool *expiring)
{
	struct bits b;

	bits_clear(&b);
	*expiring = false;
	for (uint32_t i = 0; i < n; i++) {
		if (!(e->d < m[i].expires))
			continue;
		if (m[i].mech >= 0 && m[i].mech < BITS_MAX)
			bits_set(&b, (unsigned)m[i].mech);
		if (m[i].expires != DATE_MAX && (int64_t)m[i].expires - e->d <= e->o->warn_expiring)
			*expiring = true;
	}
	return b;
}

static void expiring_attestations(struct ev *e, const struct factinfo *fi,
				  const struct plan_mech *m, uint32_t n);

/* true when an attestation of m[0..n) expires within the warning window */
static bool any_expiring(const struct ev *e, const struct plan_mech *m, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (m[i].expires != DATE_MAX && e->d < m[i].expires &&
		    (int64_t)m[i].expires - e->d <= e->o->warn_expiring)
			return true;
	return false;
}

static void check_store(struct ev *e, uint32_t si)
{
	const struct plan_store *s = &e->pl->stores[si];
	struct eval_ctx x;
	bool expiring;

	memset(&x, 0, sizeof x);
	x.sets = e->sets;
	x.store = true;
	x.placement = e->opool[e->splace[si]];
	x.primary = e->opool[e->sprimary[si]];
	x.has_key = s->has_key;
	if (s->has_key)
		x.key = place_countries(e->p, e->sets, s->key);
	if (e->need_ops) {
		struct bits op = e->opool[e->sprimop[si]];
		for (uint32_t i = 0; i < s->nreplicas; i++)
			op = bits_or(op, place_operators(e->p, e->sets, s->replicas[i].place));
		for (uint32_t i = 0; i < s->nbackups; i++)
			op = bits_or(op, place_operators(e->p, e->sets, s->backups[i].place));
		x.operators = op;
	}
	x.mechs = valid_mechs(e, s->mechs, s->nmechs, &expiring);
	x.enc_at_rest = s->enc_at_rest;
	x.enc_in_transit = s->enc_in_transit;
	x.pseudonymized = s->pseudonymized;
	x.anonymized = s->anonymized;
	x.subjects = s->subjects;
	x.has_subjects = s->has_subjects;
	x.attrs = s->attrs;
	x.nattrs = s->nattrs;

	begin_fact(e);
	unsigned k = 0;
	BITS_FOREACH(c, &s->classes) {
		if ((uint32_t)c >= e->p->nclasses) {
			k++;
			continue;
		}
		x.origin = e->opool[e->sorigin[e->soff[si] + k++]];
		x.sens = e->p->classes[c].sens;
		for (uint32_t i = 0; i < e->nsrules[c]; i++) {
			int32_t ri = e->srules[c][i];
			const struct pol_rule *pr = &e->p->rules[ri];
			if (pr->in_slot != NO_SLOT && !bits_intersects(&x.placement, &e->sets[pr->in_slot]))
				continue;
			if (!whens_hold(pr, &x))
				continue;
			touch(e, ri);
			for (uint32_t j = 0; j < pr->nrequires; j++)
				if (!eval_cond(pr->requires[j].cond, &x, -1, -1)) {
					e->fail_gen[e->reqoff[ri] + j] = e->gen;
					e->acc_viol[ri] = true;
					bits_set(&e->acc_classes[ri], (unsigned)c);
				}
		}
	}
	struct factinfo fi = { FINDING_STORE, s->name, s->pos.line, s->pos.col, s->address, NULL, si };
	end_fact(e, &fi);
	if (expiring)
		expiring_attestations(e, &fi, s->mechs, s->nmechs);
}

/* A set that is one country (-1: any other) tested against a rule's clause. */
static inline bool scope_hits(const struct bits *clause, const struct bits *set, int one)
{
	return one >= 0 ? bits_has(clause, (unsigned)one) : bits_intersects(set, clause);
}

/*
** Class c's reach table: reach[s] holds every country d such that some
** transfer rule of c has s in its `from` clause (or none) and d in its `to`
** clause (or none) — the scope test of flow_in_scope, one bit for a flow
** between two countries.  Built on first use; NULL for a class with so many
** rules that building it (256 sets per rule at worst) could cost more than
** the flows it would speed up.
*/
#define REACH_MAX_RULES 64
static const struct bits *build_reach(struct ev *e, unsigned c)
{
	if (e->ntrules[c] > REACH_MAX_RULES)
		return NULL;
	struct bits *R = xcalloc(BITS_MAX, sizeof *R);
	for (const struct trule *t = e->tr[c], *end = t + e->ntrules[c]; t < end; t++) {
		struct bits to = t->to ? *t->to : e->world;
		if (!t->from) {
			for (unsigned sc = 0; sc < BITS_MAX; sc++)
				R[sc] = bits_or(R[sc], to);
		} else {
			BITS_EACH(sc, t->from)
				R[sc] = bits_or(R[sc], to);
		}
	}
	e->reach[c] = R;
	return R;
}

static inline const struct bits *reach_of(struct ev *e, unsigned c)
{
	return e->reach[c] ? e->reach[c] : build_reach(e, c);
}

/*
** true when transfer rule t's scope clauses hold for a transfer from src
** (src_one: its country when it is one, else -1) to dst, data from origin.
*/
static inline bool trule_hits(const struct trule *t, const struct bits *src, int src_one,
			      const struct bits *dst, int dst_one, const struct bits *origin)
{
	return (!t->from || scope_hits(t->from, src, src_one)) &&
	       (!t->to || scope_hits(t->to, dst, dst_one)) &&
	       (!t->origin || bits_intersects(origin, t->origin));
}

/*
** check_transfer for the common case: one class c from one country to one
** country, no applied-rule records wanted.  Each rule of c is decided once
** for the pair, and a violation becomes its finding at once: the class's
** rules are in name order and a rule is listed once, so the fact's
** findings come out sorted, with no per-rule accumulators to merge.
*/
static void check_pair1(struct ev *e, const struct factinfo *fi, unsigned so, unsigned dn,
			unsigned c, const struct bits *origin, struct eval_ctx *x)
{
	bool ctx_set = false;

	e->gen++;
	for (const struct trule *t = e->tr[c], *end = t + e->ntrules[c]; t < end; t++) {
		if (!trule_hits(t, NULL, (int)so, NULL, (int)dn, origin))
			continue;
		if (!ctx_set) {
			x->origin = *origin;
			x->sens = e->p->classes[c].sens;
			ctx_set = true;
		}
		int32_t ri = t->rule;
		const struct pol_rule *pr = &e->p->rules[ri];
		uint32_t j, nf = 0;
		for (j = 0; j < pr->nwhen; j++)
			if (!eval_cond(pr->when[j], x, (int)so, (int)dn))
				break;
		if (j < pr->nwhen)
			continue;
		uint32_t *fg = e->fail_gen + e->reqoff[ri];
		for (j = 0; j < pr->nrequires; j++)
			if (!eval_cond(pr->requires[j].cond, x, (int)so, (int)dn)) {
				fg[j] = e->gen;
				nf++;
			}
		if (!nf)
			continue;
		struct finding *f = new_finding(e, fi);
		f->rule = ri;
		f->severity = (uint8_t)pr->severity;
		f->classes = class_one(e, c);
		f->pairs.in[0] = (struct country_pair){ (uint8_t)so, (uint8_t)dn };
		f->npairs = 1;
		finish_finding(e, f, ri, fi, nf);
	}
}

/*
** Check one transfer (explicit or implicit): src/dst are the endpoint
** countries (src_one/dst_one: the country when the endpoint is one country,
** else -1), origins[k] the origin (an id in e->opool) of the k-th class
** of classes, or NULL when every class's origin is src.
*/
static void check_transfer(struct ev *e, const struct factinfo *fi, const struct bits *src,
			   int src_one, const struct bits *dst, int dst_one,
			   const struct bits *classes, const uint32_t *origins, struct eval_ctx *x)
{
	begin_fact(e);
	unsigned k = 0;
	for (unsigned wi = 0; wi < 4; wi++) {
		if (wi >= e->nwords) {	/* classes the policy does not have */
			k += bits_popcount64(classes->w[wi]);
			continue;
		}
		for (uint64_t cw = classes->w[wi]; cw; cw &= cw - 1) {
			unsigned c = wi * 64 + (unsigned)__builtin_ctzll(cw);
			const struct bits *origin = origins ? &e->opool[origins[k]] : src;
			k++;
			if (c >= e->p->nclasses)
				continue;
			const struct trule *tr = e->tr[c];
			bool ctx_set = false;
			for (uint32_t i = 0, n = e->ntrules[c]; i < n; i++) {
				const struct trule *t = &tr[i];
				if (!trule_hits(t, src, src_one, dst, dst_one, origin))
					continue;
				if (!ctx_set) {
					x->origin = *origin;
					x->sens = e->p->classes[c].sens;
					ctx_set = true;
				}
				if (src_one >= 0 && dst_one >= 0 && !t->pairdep)
					check_trule_one(e, t, c, src_one, dst, x);
				else
					check_trule(e, t, c, src, dst, x);
			}
		}
	}
	end_fact(e, fi);
}

/* The countries of an endpoint when they are stored somewhere (a store's
   primary countries, a location's set); NULL for one country. */
static inline const struct bits *endpoint_set(const struct ev *e, const struct plan_endpoint *ep)
{
	if (ep->store >= 0)
		return &e->opool[e->sprimary[ep->store]];
	if (ep->place.kind == PLACE_COUNTRY)
		return NULL;
	return &e->sets[e->p->locations[ep->place.loc].slot];
}

/*
** true when some transfer rule of some class of the flow has scope clauses
** `from` and `to` that its endpoints touch: only then does the flow need
** checking.  Most flows of a plan are outside every rule's scope, and this
** is the whole cost of deciding them.
*/
static bool flow_in_scope(struct ev *e, const struct plan_flow *f)
{
	int so = endpoint_one(e, &f->from), dn = endpoint_one(e, &f->to);
	const struct bits *sp = so >= 0 ? NULL : endpoint_set(e, &f->from);
	const struct bits *dp = dn >= 0 ? NULL : endpoint_set(e, &f->to);
	uint32_t nc = e->p->nclasses;
	const struct bits *cl = plan_flow_classes(e->pl, f);

	for (unsigned wi = 0; wi < e->nwords; wi++)
		for (uint64_t cw = cl->w[wi]; cw; cw &= cw - 1) {
			unsigned c = wi * 64 + (unsigned)__builtin_ctzll(cw);
			if (c >= nc)
				continue;
			if (so >= 0 && dn >= 0) {
				const struct bits *R = reach_of(e, c);
				if (R) {
					if (bits_has(&R[so], (unsigned)dn))
						return true;
					continue;
				}
			}
			const struct trule *t = e->tr[c], *end = t + e->ntrules[c];
			for (; t < end; t++) {
				if (t->from && !(so >= 0 ? bits_has(t->from, (unsigned)so) : bits_intersects(sp, t->from)))
					continue;
				if (t->to && !(dn >= 0 ? bits_has(t->to, (unsigned)dn) : bits_intersects(dp, t->to)))
					continue;
				return true;
			}
		}
	return false;
}

static void check_flow(struct ev *e, uint32_t i)
{
	const struct plan_flow *f = &e->pl->flows[i];
	const struct plan_flow_cold *cold = plan_flow_cold(e->pl, f);
	struct eval_ctx x;	/* the store-only fields are never read (x.store) */
	bool expiring, in_scope;
	const struct bits *R;
	int so = endpoint_one(e, &f->from), dn = endpoint_one(e, &f->to), c1 = -1;

	/* one class between two countries: the scope test is one bit */
	if (so >= 0 && dn >= 0 && (c1 = plan_flow_one_class(f)) >= 0 && (uint32_t)c1 < e->p->nclasses &&
	    (R = reach_of(e, (unsigned)c1)))
		in_scope = bits_has(&R[so], (unsigned)dn);
	else
		in_scope = flow_in_scope(e, f);
	if (!in_scope) {
		if (f->mechs_listed && any_expiring(e, cold->mechs, cold->nmechs)) {
			{
				struct factinfo fi = { FINDING_TRANSFER, f->name, f->pos.line, f->pos.col,
						       cold->address, NULL, e->pl->nstores + i };
				expiring_attestations(e, &fi, cold->mechs, cold->nmechs);
			}
		}
		return;
	}

	x.sets = e->sets;
	x.store = false;
	x.has_key = false;
	x.enc_at_rest = false;
	if (!e->need_ops)
		bits_clear(&x.operators);
	else if (f->to.store >= 0)
		x.operators = e->opool[e->sprimop[f->to.store]];
	else
		x.operators = place_operators(e->p, e->sets, f->to.place);
	if (!f->mechs_listed) {	/* every attestation is valid and none expires */
		bits_clear(&x.mechs);
		x.mechs.w[0] = f->mechmask;
		expiring = false;
	} else {
		x.mechs = valid_mechs(e, cold->mechs, cold->nmechs, &expiring);
	}
	x.enc_in_transit = f->enc_in_transit;
	x.pseudonymized = f->pseudonymized;
	x.anonymized = f->anonymized;
	x.subjects = plan_flow_subjects(e->pl, f);
	x.has_subjects = f->has_subjects;
	x.via = VIA_FLOW;
	x.attrs = cold->attrs;
	x.nattrs = cold->nattrs;
	struct factinfo fi = { FINDING_TRANSFER, f->name, f->pos.line, f->pos.col, cold->address, NULL,
			       e->pl->nstores + i };
	if (c1 >= 0 && (uint32_t)c1 < e->p->nclasses && !e->o->record_applied) {
		struct bits origin;
		if (flow_off(e, i) == NO_OFF) {
			bits_clear(&origin);
			bits_set(&origin, (unsigned)so);
		} else {
			origin = e->opool[e->forigin[e->foff[i]]];
		}
		check_pair1(e, &fi, (unsigned)so, (unsigned)dn, (unsigned)c1, &origin, &x);
	} else {
		struct bits src = endpoint_bits(e, &f->from), dst = endpoint_bits(e, &f->to);
		check_transfer(e, &fi, &src, so, &dst, dn, plan_flow_classes(e->pl, f),
			       flow_off(e, i) == NO_OFF ? NULL : &e->forigin[e->foff[i]], &x);
	}
	if (expiring)
		expiring_attestations(e, &fi, cold->mechs, cold->nmechs);
}

static void check_implicit(struct ev *e, uint32_t si, const struct plan_placeref *pr, enum via_kind via)
{
	const char *what = via == VIA_REPLICA ? "replica" : "backup";
	const struct plan_store *s = &e->pl->stores[si];
	struct eval_ctx x;
	bool expiring;

	memset(&x, 0, sizeof x);
	x.sets = e->sets;
	x.store = false;
	if (e->need_ops)
		x.operators = place_operators(e->p, e->sets, pr->place);
	x.mechs = valid_mechs(e, s->mechs, s->nmechs, &expiring);
	x.enc_in_transit = s->enc_in_transit;
	x.pseudonymized = s->pseudonymized;
	x.anonymized = s->anonymized;
	x.subjects = s->subjects;
	x.has_subjects = s->has_subjects;
	x.via = via;
	x.attrs = s->attrs;
	x.nattrs = s->nattrs;

	/* "name (what place)" */
	const char *pname = place_name(e->p, pr->place);
	size_t ln = strlen(s->name), lw = strlen(what), lp = strlen(pname);
	char *name = arena_alloc(&e->r->arena, ln + lw + lp + 5);
	memcpy(name, s->name, ln);
	name[ln] = ' ';
	name[ln + 1] = '(';
	memcpy(name + ln + 2, what, lw);
	name[ln + 2 + lw] = ' ';
	memcpy(name + ln + 3 + lw, pname, lp);
	name[ln + 3 + lw + lp] = ')';
	name[ln + 4 + lw + lp] = '\0';
	struct factinfo fi = { FINDING_TRANSFER, name,
			       pr->pos.line ? pr->pos.line : s->pos.line,
			       pr->pos.line ? pr->pos.col : s->pos.col, s->address, s->name, e->next_ord++ };
	struct bits dst = place_bits(e, pr->place);
	check_transfer(e, &fi, &e->opool[e->sprimary[si]], -1, &dst,
		       pr->place.kind == PLACE_COUNTRY ? pr->place.country : e->loc_one[pr->place.loc],
		       &s->classes, &e->sorigin[e->soff[si]], &x);
	e->r->nimplicit++;
}

/* ================================================================ origins */

/*
** Origin sets (§5.3), class by class.  For class C the graph has the stores
** touched by flows of C; an edge per store-to-store flow.  Tarjan runs on
** the reversed graph, so each component is emitted after every component
** that sends data into it, and its origin is the union of its members'
** seeds and of those components' origins.  Iterative: chains can be long.
*/
static void compute_origins(struct ev *e)
{
	const struct rsd_plan *pl = e->pl;
	uint32_t ns = pl->nstores, nf = pl->nflows;
	uint32_t *bcount = xcalloc(BITS_MAX + 1, sizeof *bcount);
	uint32_t total = 0;

	if (!ns)	/* no store: no flow touches one, every origin is its source */
		nf = 0;
	for (uint32_t f = 0; f < nf; f++) {
		const struct plan_flow *fl = &pl->flows[f];
		if (fl->from.store < 0 && fl->to.store < 0)
			continue;
		BITS_FOREACH(c, plan_flow_classes(pl, fl)) {
			bcount[c + 1]++;
			total++;
		}
	}
	for (unsigned c = 0; c < BITS_MAX; c++)
		bcount[c + 1] += bcount[c];
	uint32_t *bucket = xmalloc((total ? total : 1) * sizeof *bucket);
	uint32_t *fill = xmalloc(BITS_MAX * sizeof *fill);
	memcpy(fill, bcount, BITS_MAX * sizeof *fill);
	for (uint32_t f = 0; f < nf; f++) {
		const struct plan_flow *fl = &pl->flows[f];
		if (fl->from.store < 0 && fl->to.store < 0)
			continue;
		BITS_FOREACH(c, plan_flow_classes(pl, fl))
			bucket[fill[c]++] = f;
	}
	xfree(fill);

	int32_t *local = xmalloc((ns ? ns : 1) * sizeof *local);
	for (uint32_t i = 0; i < ns; i++)
		local[i] = -1;
	uint32_t cap = ns ? ns : 1;
	uint32_t *node = xmalloc(cap * sizeof *node);
	struct bits *seed = xmalloc(cap * sizeof *seed);
	struct bits *corig = xmalloc(cap * sizeof *corig);
	int32_t *idx = xmalloc(cap * sizeof *idx), *low = xmalloc(cap * sizeof *low);
	int32_t *comp = xmalloc(cap * sizeof *comp);
	bool *onst = xmalloc(cap * sizeof *onst);
	uint32_t *st = xmalloc(cap * sizeof *st);
	uint32_t *cs_node = xmalloc(cap * sizeof *cs_node), *cs_edge = xmalloc(cap * sizeof *cs_edge);
	uint32_t *off = xmalloc((cap + 1) * sizeof *off);
	uint32_t *adj = xmalloc((nf ? nf : 1) * sizeof *adj);
	uint32_t *cid = xmalloc(cap * sizeof *cid);	/* a component's origin id */

	for (unsigned c = 0; c < BITS_MAX; c++) {
		uint32_t b0 = bcount[c], b1 = bcount[c + 1];
		if (b0 == b1)
			continue;
		uint32_t nn = 0;
		/* nodes and seeds */
		for (uint32_t b = b0; b < b1; b++) {
			const struct plan_flow *fl = &pl->flows[bucket[b]];
			int32_t ends[2] = { fl->from.store, fl->to.store };
			for (int t = 0; t < 2; t++)
				if (ends[t] >= 0 && local[ends[t]] < 0) {
					local[ends[t]] = (int32_t)nn;
					node[nn] = (uint32_t)ends[t];
					seed[nn] = e->opool[e->sbase[ends[t]]];
					nn++;
				}
			if (fl->from.store < 0)
				seed[local[fl->to.store]] = bits_or(seed[local[fl->to.store]],
								    endpoint_bits(e, &fl->from));
		}
		/* reversed adjacency (CSR): to -> from */
		memset(off, 0, (nn + 1) * sizeof *off);
		for (uint32_t b = b0; b < b1; b++) {
			const struct plan_flow *fl = &pl->flows[bucket[b]];
			if (fl->from.store >= 0 && fl->to.store >= 0)
				off[local[fl->to.store] + 1]++;
		}
		for (uint32_t i = 0; i < nn; i++) {
			off[i + 1] += off[i];
			cs_edge[i] = 0;
		}
		for (uint32_t b = b0; b < b1; b++) {
			const struct plan_flow *fl = &pl->flows[bucket[b]];
			if (fl->from.store >= 0 && fl->to.store >= 0) {
				uint32_t v = (uint32_t)local[fl->to.store];
				/* cs_edge doubles as the fill cursor before Tarjan runs */
				adj[off[v] + cs_edge[v]] = (uint32_t)local[fl->from.store];
				cs_edge[v]++;
			}
		}
		for (uint32_t i = 0; i < nn; i++) {
			idx[i] = -1;
			onst[i] = false;
			comp[i] = -1;
		}
		int32_t counter = 0, ncomp = 0;
		uint32_t sp = 0, ncs = 0;
		for (uint32_t r = 0; r < nn; r++) {
			if (idx[r] >= 0)
				continue;
			idx[r] = low[r] = counter++;
			st[sp++] = r;
			onst[r] = true;
			cs_node[ncs] = r;
			cs_edge[ncs++] = off[r];
			while (ncs) {
				uint32_t v = cs_node[ncs - 1];
				if (cs_edge[ncs - 1] < off[v + 1]) {
					uint32_t w = adj[cs_edge[ncs - 1]++];
					if (idx[w] < 0) {
						idx[w] = low[w] = counter++;
						st[sp++] = w;
						onst[w] = true;
						cs_node[ncs] = w;
						cs_edge[ncs++] = off[w];
					} else if (onst[w] && idx[w] < low[v]) {
						low[v] = idx[w];
					}
					continue;
				}
				ncs--;
				if (ncs && low[v] < low[cs_node[ncs - 1]])
					low[cs_node[ncs - 1]] = low[v];
				if (low[v] != idx[v])
					continue;
				int32_t cc = ncomp++;
				uint32_t j = sp;
				do {
					j--;
					comp[st[j]] = cc;
					onst[st[j]] = false;
				} while (st[j] != v);
				struct bits o;
				bits_clear(&o);
				for (uint32_t m = j; m < sp; m++) {
					uint32_t u = st[m];
					o = bits_or(o, seed[u]);
					for (uint32_t q = off[u]; q < off[u + 1]; q++)
						if (comp[adj[q]] != cc)
							o = bits_or(o, corig[comp[adj[q]]]);
				}
				corig[cc] = o;
				sp = j;
			}
		}
		/* write back, reset */
		for (int32_t cc = 0; cc < ncomp; cc++)
			cid[cc] = origin_id(e, &corig[cc]);
		for (uint32_t i = 0; i < nn; i++) {
			const struct plan_store *s = &pl->stores[node[i]];
			if (bits_has(&s->classes, c))
				e->sorigin[e->soff[node[i]] + bits_rank(&s->classes, c)] = cid[comp[i]];
		}
		for (uint32_t b = b0; b < b1; b++) {
			const struct plan_flow *fl = &pl->flows[bucket[b]];
			if (fl->from.store >= 0)
				e->forigin[e->foff[bucket[b]] + bits_rank(plan_flow_classes(pl, fl), c)] =
					cid[comp[local[fl->from.store]]];
		}
		for (uint32_t i = 0; i < nn; i++)
			local[node[i]] = -1;
	}
	xfree(bcount);
	xfree(bucket);
	xfree(local);
	xfree(node);
	xfree(seed);
	xfree(corig);
	xfree(idx);
	xfree(low);
	xfree(comp);
	xfree(onst);
	xfree(st);
	xfree(cs_node);
	xfree(cs_edge);
	xfree(off);
	xfree(adj);
	xfree(cid);
}

/* ================================================================ setup */

static void index_rules(struct ev *e)
{
	const struct rsd_policy *p = e->p;
	uint32_t nc = p->nclasses, total = 0;

	e->srules = xcalloc(nc ? nc : 1, sizeof *e->srules);
	e->trules = xcalloc(nc ? nc : 1, sizeof *e->trules);
	e->nsrules = xcalloc(nc ? nc : 1, sizeof *e->nsrules);
	e->ntrules = xcalloc(nc ? nc : 1, sizeof *e->ntrules);
	e->pairdep = xcalloc(p->nrules ? p->nrules : 1, sizeof *e->pairdep);
	e->reqoff = xcalloc(p->nrules + 1, sizeof *e->reqoff);
	for (uint32_t r = 0; r < p->nrules; r++) {
		const struct pol_rule *pr = &p->rules[r];
		e->reqoff[r + 1] = e->reqoff[r] + pr->nrequires;
		for (uint32_t i = 0; i < pr->nwhen; i++)
			e->pairdep[r] |= cond_pairdep(pr->when[i]);
		for (uint32_t i = 0; i < pr->nrequires; i++)
			e->pairdep[r] |= cond_pairdep(pr->requires[i].cond);
	}
	/* count: from the policy's index when built, else by scanning */
	for (uint32_t c = 0; c < nc; c++) {
		if (p->store_rules_by_class)
			total += p->nstore_rules_by_class[c] + p->ntransfer_rules_by_class[c];
		else
			for (uint32_t r = 0; r < p->nrules; r++)
				total += bits_has(&p->rules[r].classes, c);
	}
	e->rule_store = xmalloc((total ? total : 1) * sizeof *e->rule_store);
	uint32_t pos = 0;
	for (uint32_t c = 0; c < nc; c++) {
		for (int kind = 0; kind < 2; kind++) {
			int32_t *start = e->rule_store + pos;
			uint32_t n = 0;
			if (p->store_rules_by_class) {
				const int32_t *list = kind == 0 ? p->store_rules_by_class[c] : p->transfer_rules_by_class[c];
				uint32_t nl = kind == 0 ? p->nstore_rules_by_class[c] : p->ntransfer_rules_by_class[c];
				for (uint32_t i = 0; i < nl; i++)
					if (eval_rule_in_force(&p->rules[list[i]], e->d))
						start[n++] = list[i];
			} else {
				for (uint32_t r = 0; r < p->nrules; r++) {
					const struct pol_rule *pr = &p->rules[r];
					if ((int)pr->kind == (kind == 0 ? RULE_STORE : RULE_TRANSFER) &&
					    bits_has(&pr->classes, c) && eval_rule_in_force(pr, e->d))
						start[n++] = (int32_t)r;
				}
			}
			/* by name: a fact's findings of one class come out in order */
			sort_by_rank(e, start, n);
			pos += n;
			if (kind == 0) {
				e->srules[c] = start;
				e->nsrules[c] = n;
			} else {
				e->trules[c] = start;
				e->ntrules[c] = n;
			}
		}
	}
	/* transfer rules with their scope sets, class by class */
	e->tr = xmalloc((nc ? nc : 1) * sizeof *e->tr);
	e->tr_store = xmalloc((pos ? pos : 1) * sizeof *e->tr_store);
	uint32_t tpos = 0;
	for (uint32_t c = 0; c < nc; c++) {
		e->tr[c] = e->tr_store + tpos;
		for (uint32_t i = 0; i < e->ntrules[c]; i++) {
			int32_t ri = e->trules[c][i];
			const struct pol_rule *pr = &p->rules[ri];
			e->tr_store[tpos++] = (struct trule){
				pr->from_slot != NO_SLOT ? &e->sets[pr->from_slot] : NULL,
				pr->to_slot != NO_SLOT ? &e->sets[pr->to_slot] : NULL,
				pr->origin_slot != NO_SLOT ? &e->sets[pr->origin_slot] : NULL,
				ri, e->pairdep[ri] };
		}
	}
	/* the context a fact needs: skip what no rule reads */
	for (uint32_t r = 0; r < p->nrules; r++) {
		const struct pol_rule *pr = &p->rules[r];
		for (uint32_t i = 0; i < pr->nwhen; i++) {
			e->need_ops |= cond_uses(pr->when[i], COND_OPERATOR_IN);
		}
		for (uint32_t i = 0; i < pr->nrequires; i++) {
			e->need_ops |= cond_uses(pr->requires[i].cond, COND_OPERATOR_IN);
		}
	}
}

struct wsort {
	const char *target;
	uint32_t i;
};

static int cmp_wsort(const void *a, const void *b)
{
	const struct wsort *x = a, *y = b;
	int c = strcmp(x->target, y->target);
	return c ? c : x->i < y->i ? -1 : x->i > y->i;
}

static void index_waivers(struct ev *e)
{
	const struct plan_waiver *wvs = e->wvs;
	uint32_t nr = e->p->nrules, nw0 = e->nwvs;

	e->wv_off = xcalloc(nr + 2, sizeof *e->wv_off);
	e->wv = xmalloc((nw0 ? nw0 : 1) * sizeof *e->wv);
	e->wv_used = xcalloc(nw0 ? nw0 : 1, sizeof *e->wv_used);
	for (uint32_t i = 0; i < nw0; i++)
		if (wvs[i].rule >= 0 && (uint32_t)wvs[i].rule < nr)
			e->wv_off[wvs[i].rule + 1]++;
	for (uint32_t r = 0; r < nr; r++)
		e->wv_off[r + 1] += e->wv_off[r];
	uint32_t *fill = xmalloc((nr ? nr : 1) * sizeof *fill);
	memcpy(fill, e->wv_off, nr * sizeof *fill);
	for (uint32_t i = 0; i < nw0; i++)
		if (wvs[i].rule >= 0 && (uint32_t)wvs[i].rule < nr)
			e->wv[fill[wvs[i].rule]++] = i;
	xfree(fill);
	/* sort each rule's bucket by (target, plan order) for waiver_range */
	struct wsort *ws = xmalloc((nw0 ? nw0 : 1) * sizeof *ws);
	uint32_t nw = e->wv_off[nr];
	for (uint32_t k = 0; k < nw; k++) {
		ws[k].target = wvs[e->wv[k]].target;
		ws[k].i = e->wv[k];
	}
	for (uint32_t r = 0; r < nr; r++)
		if (e->wv_off[r + 1] - e->wv_off[r] > 1)
			qsort(ws + e->wv_off[r], e->wv_off[r + 1] - e->wv_off[r], sizeof *ws, cmp_wsort);
	e->wv_first = xmalloc((nw0 ? nw0 : 1) * sizeof *e->wv_first);
	for (uint32_t k = 0; k < nw; k++) {
		e->wv[k] = ws[k].i;
		e->wv_first[k] = -2;
	}
	xfree(ws);
}

static void prepare_facts(struct ev *e)
{
	const struct rsd_plan *pl = e->pl;
	uint32_t ns = pl->nstores, nf = pl->nflows;
	size_t n1 = ns ? ns : 1;

	e->sprimary = xmalloc(n1 * sizeof *e->sprimary);
	e->splace = xmalloc(n1 * sizeof *e->splace);
	e->sprimop = xmalloc(n1 * sizeof *e->sprimop);
	e->sbase = xmalloc(n1 * sizeof *e->sbase);
	e->soff = xmalloc((ns + 1) * sizeof *e->soff);
	e->soff[0] = 0;
	for (uint32_t i = 0; i < ns; i++) {
		const struct plan_store *s = &pl->stores[i];
		struct bits prim = places_countries(e, s->primary, s->nprimary);
		struct bits op = places_operators(e, s->primary, s->nprimary);
		struct bits pc = prim;
		for (uint32_t k = 0; k < s->nreplicas; k++)
			pc = bits_or(pc, place_countries(e->p, e->sets, s->replicas[k].place));
		for (uint32_t k = 0; k < s->nbackups; k++)
			pc = bits_or(pc, place_countries(e->p, e->sets, s->backups[k].place));
		e->sprimary[i] = origin_id(e, &prim);
		e->sprimop[i] = origin_id(e, &op);
		e->splace[i] = origin_id(e, &pc);
		if (s->has_origin || s->norigin) {
			struct bits base = places_countries(e, s->origin, s->norigin);
			e->sbase[i] = origin_id(e, &base);
		} else {
			e->sbase[i] = e->sprimary[i];
		}
		e->soff[i + 1] = e->soff[i] + bits_count(&s->classes);
	}
	/* origins start as the stores' base sets */
	uint32_t *primid = e->sprimary;
	e->sorigin = xmalloc((e->soff[ns] ? e->soff[ns] : 1) * sizeof *e->sorigin);
	for (uint32_t i = 0; i < ns; i++)
		for (uint32_t k = e->soff[i]; k < e->soff[i + 1]; k++)
			e->sorigin[k] = e->sbase[i];

	/* flows from a place have their source as origin: no copy */
	uint32_t nfo = 0;
	if (!ns) {	/* then every flow is from a place: e->foff stays NULL */
		e->forigin = xmalloc(sizeof *e->forigin);
		return;
	}
	e->foff = xmalloc((nf ? nf : 1) * sizeof *e->foff);
	for (uint32_t f = 0; f < nf; f++) {
		const struct plan_flow *fl = &pl->flows[f];
		if (fl->from.store < 0) {
			e->foff[f] = NO_OFF;
			continue;
		}
		e->foff[f] = nfo;
		nfo += bits_count(plan_flow_classes(pl, fl));
	}
	e->forigin = xmalloc((nfo ? nfo : 1) * sizeof *e->forigin);
	for (uint32_t f = 0; f < nf; f++) {
		const struct plan_flow *fl = &pl->flows[f];
		if (e->foff[f] == NO_OFF)
			continue;
		uint32_t n = bits_count(plan_flow_classes(pl, fl));
		for (uint32_t k = 0; k < n; k++)
			e->forigin[e->foff[f] + k] = primid[fl->from.store];
	}
}

/* ================================================================ tool findings */

static const char *fmt_date(struct rsd_result *r, rdate d)
{
	char buf[11];
	date_format(d, buf);
	return arena_strdup(&r->arena, buf);
}

static void expiring_attestations(struct ev *e, const struct factinfo *fi,
				  const struct plan_mech *m, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (m[i].expires == DATE_MAX || !(e->d < m[i].expires))
			continue;
		int64_t left = (int64_t)m[i].expires - e->d;
		if (left < 1 || left > e->o->warn_expiring)
			continue;
		struct strbuf sb = { 0 };
		const char *mname = m[i].mech >= 0 && (uint32_t)m[i].mech < e->p->nmechs
			? e->p->mechs[m[i].mech].name : "?";
		sb_printf(&sb, "attestation %s%s%s expires on %s (in %lld day%s)", mname,
			  m[i].reference ? " " : "", m[i].reference ? m[i].reference : "",
			  fmt_date(e->r, m[i].expires), (long long)left, left == 1 ? "" : "s");
		tool_finding(e, fi, "expiring", SEV_WARNING, arena_strdup(&e->r->arena, sb.s));
		sb_free(&sb);
	}
}

/*
** Which targets of unused waivers name no store or flow of the plan:
** targets[0..n) sorted and distinct; known[k] set when some store or flow
** is named targets[k].  One pass over the plan's names, each looked up
** among the (few) targets: sorting every name of a large plan (as this
** once did) was n log n string comparisons of names spread over memory.
*/
static void find_targets(const struct rsd_plan *pl, const char **targets, size_t n, bool *known)
{
	for (uint32_t k = 0; k < pl->nstores + pl->nflows; k++) {
		const char *name = k < pl->nstores ? pl->stores[k].name : pl->flows[k - pl->nstores].name;
		const char **hit = n ? bsearch(&name, targets, n, sizeof *targets, cmp_cstr) : NULL;
		if (hit)
			known[hit - targets] = true;
	}
}

struct twkey {
	const char *id, *target;
	uint32_t i;
};

static int cmp_twkey(const void *a, const void *b)
{
	const struct twkey *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (!c)
		c = strcmp(x->target, y->target);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/*
** For each loader note, the first valid waiver of its tool id whose target
** is the note's fact (every valid one is marked used), or NULL; NULL when
** the plan has no such waivers.  Sorted keys and a binary search per note.
*/
static const struct plan_waiver **tool_waivers(struct ev *e)
{
	const struct rsd_plan *pl = e->pl;
	const struct plan_waiver *wvs = e->wvs;
	struct twkey *k = NULL;
	uint32_t n = 0;
	for (uint32_t i = 0; i < e->nwvs; i++)
		if (wvs[i].tool_id) {
			if (!k)
				k = xmalloc(e->nwvs * sizeof *k);
			k[n].id = wvs[i].tool_id;
			k[n].target = wvs[i].target;
			k[n++].i = i;
		}
	if (!n)
		return NULL;
	qsort(k, n, sizeof *k, cmp_twkey);
	const struct plan_waiver **out = xcalloc(pl->nnotes, sizeof *out);
	for (uint32_t j = 0; j < pl->nnotes; j++) {
		const char *id = pl->notes[j].rule_id, *fact = pl->notes[j].fact;
		if (!id || !fact)
			continue;
		uint32_t lo = 0, hi = n;
		while (lo < hi) {	/* the first key >= (id, fact) */
			uint32_t mid = lo + (hi - lo) / 2;
			int c = strcmp(k[mid].id, id);
			if (!c)
				c = strcmp(k[mid].target, fact);
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < n && strcmp(k[lo].id, id) == 0 && strcmp(k[lo].target, fact) == 0; lo++) {
			const struct plan_waiver *w = &wvs[k[lo].i];
			if (!(e->d < w->expires))
				continue;
			e->wv_used[k[lo].i] = true;
			if (!out[j])
				out[j] = w;
		}
	}
	xfree(k);
	return out;
}

static void waiver_findings(struct ev *e)
{
	const struct rsd_plan *pl = e->pl;
	const struct plan_waiver *wvs = e->wvs;
	const char **targets = NULL;	/* of unused waivers: see find_targets */
	bool *known = NULL;
	size_t ntargets = 0;
	const bool *elsewhere = e->run->used_elsewhere;

	/* shared waivers are reported by their own plan: only pass on their use */
	for (uint32_t i = e->nown; i < e->nwvs; i++)
		if (e->wv_used[i])
			e->run->shared_used[i - e->nown] = true;
	for (uint32_t i = 0; i < e->nown; i++) {
		const struct plan_waiver *w = &wvs[i];
		if (e->d < w->expires && !e->wv_used[i] && !(elsewhere && elsewhere[i]) &&
		    strcmp(w->target, "*") != 0) {
			if (!targets)
				targets = xmalloc(e->nown * sizeof *targets);
			targets[ntargets++] = w->target;
		}
	}
	if (ntargets) {
		qsort(targets, ntargets, sizeof *targets, cmp_cstr);
		size_t u = 0;
		for (size_t k = 0; k < ntargets; k++)
			if (!u || strcmp(targets[u - 1], targets[k]) != 0)
				targets[u++] = targets[k];
		ntargets = u;
		known = xcalloc(ntargets, sizeof *known);
		find_targets(pl, targets, ntargets, known);
		for (size_t k = 0; k < e->run->nothers; k++)	/* the names of the run's other plans */
			find_targets(e->run->others[k], targets, ntargets, known);
	}

	for (uint32_t i = 0; i < e->nown; i++) {
		const struct plan_waiver *w = &wvs[i];
		const char *rname = w->rule >= 0 && (uint32_t)w->rule < e->p->nrules
			? e->p->rules[w->rule].name : w->tool_id ? w->tool_id : "?";
		struct factinfo fi = { FINDING_WAIVER, w->target, w->pos.line, w->pos.col, NULL, NULL,
				       e->next_ord++ };
		struct strbuf sb = { 0 };
		struct finding *f;

		if (!(e->d < w->expires)) {
			sb_printf(&sb, "waiver of %s for %s expired on %s and waives nothing",
				  rname, w->target, fmt_date(e->r, w->expires));
			tool_finding(e, &fi, "expired-waiver", SEV_WARNING, arena_strdup(&e->r->arena, sb.s));
			f = &e->r->findings[e->r->nfindings - 1];
			more_of(e, f)->waiver = w;
			sb_free(&sb);
			continue;
		}
		if (!e->wv_used[i] && !(elsewhere && elsewhere[i])) {
			/* targets is NULL when every unused waiver targets "*":
			   bsearch's array must not be NULL, even with no element */
			const char **hit = ntargets ? bsearch(&w->target, targets, ntargets, sizeof *targets, cmp_cstr)
						    : NULL;
			if (!hit || known[hit - targets])	/* "*" or a name of the plan */
				sb_printf(&sb, "waiver of %s for %s matched no violation", rname, w->target);
			else
				sb_printf(&sb, "waiver of %s for %s matched no violation: no store or flow is named %s",
					  rname, w->target, w->target);
			tool_finding(e, &fi, "unused-waiver", SEV_WARNING, arena_strdup(&e->r->arena, sb.s));
			more_of(e, &e->r->findings[e->r->nfindings - 1])->waiver = w;
			sb_free(&sb);
		}
		int64_t left = (int64_t)w->expires - e->d;
		if (w->expires != DATE_MAX && left >= 1 && left <= e->o->warn_expiring) {
			sb_printf(&sb, "waiver of %s for %s expires on %s (in %lld day%s)", rname, w->target,
				  fmt_date(e->r, w->expires), (long long)left, left == 1 ? "" : "s");
			tool_finding(e, &fi, "expiring", SEV_WARNING, arena_strdup(&e->r->arena, sb.s));
			more_of(e, &e->r->findings[e->r->nfindings - 1])->waiver = w;
			sb_free(&sb);
		}
	}
	xfree(targets);
	xfree(known);
}

/* ================================================================ sorting */

/*
** Sort keys: small, so sorting moves 32 bytes per finding, not the finding.
** The order is (file, line, col, rule id, fact, creation); every finding of
** a result is in its plan's file, so the key leaves the file out.  Rule ids
** compare by rkey (tool_key), not by strcmp.  Facts without a position
** (line 0: plans built through the API) compare by their ordinal (plan
** order: stores, flows, implicit transfers, waivers, notes) instead of
** their name.
*/
struct sortkey {
	const char *fact;
	uint32_t line, col;
	uint32_t ord, rkey;
	uint32_t seq;
};

static int cmp_key(const void *a, const void *b)
{
	const struct sortkey *x = a, *y = b;
	int c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	if (x->rkey != y->rkey)
		return x->rkey < y->rkey ? -1 : 1;
	if (x->line == 0) {
		if (x->ord != y->ord)
			return x->ord < y->ord ? -1 : 1;
	} else if (x->fact != y->fact && (c = strcmp(x->fact, y->fact))) {
		return c;
	}
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The sort key of finding i's id: its rule's, or its tool id's. */
static uint32_t rkey_of(struct ev *e, uint32_t i)
{
	const struct finding *f = &e->r->findings[i];
	return f->rule >= 0 ? e->rule_rkey[f->rule] : tool_key(e, finding_tool_id(f));
}

static struct sortkey key_of(struct ev *e, uint32_t i)
{
	const struct finding *f = &e->r->findings[i];
	return (struct sortkey){ f->fact ? f->fact : "", f->line, f->col,
				 e->ford ? e->ford[i] : 0, rkey_of(e, i), i };
}

/* Put the findings in the order perm gives (perm[i]: the old index of the
   new i-th finding) and renumber the applied pairs' finding indexes.  In
   place, one cycle of the permutation at a time: a gather into a new array
   reads more sequentially, but the fresh pages it needs cost more than
   that saves (measured: 9 against 16 ms for the Cedar requests). */
static void permute_findings(struct ev *e, uint32_t *perm)
{
	struct rsd_result *r = e->r;
	uint32_t n = r->nfindings;
	if (r->napplied) {
		uint32_t *newpos = xmalloc(n * sizeof *newpos);
		for (uint32_t i = 0; i < n; i++)
			newpos[perm[i]] = i;
		for (uint32_t i = 0; i < r->napplied; i++)
			if (r->applied[i].finding >= 0)
				r->applied[i].finding = (int32_t)newpos[r->applied[i].finding];
		xfree(newpos);
	}
	/* position i receives the finding at perm[i]; a placed position gets
	   perm[i] = i */
	for (uint32_t i = 0; i < n; i++) {
		if (perm[i] == i)
			continue;
		struct finding tmp = r->findings[i];
		uint32_t j = i;
		while (perm[j] != i) {
			uint32_t k = perm[j];
			r->findings[j] = r->findings[k];
			perm[j] = j;
			j = k;
		}
		r->findings[j] = tmp;
		perm[j] = j;
	}
}

static int cmp_index(struct ev *e, uint32_t a, uint32_t b)
{
	struct sortkey x = key_of(e, a), y = key_of(e, b);
	return cmp_key(&x, &y);
}

/*
** perm = the finding indexes in key order, by a natural merge sort: the
** findings come out in a few ascending runs (the stores', the flows', the
** copies', the tool's), which are merged pairwise.  Only indexes move (4
** bytes a finding, and as much again for the merge buffer) instead of
** 40-byte keys: the keys of the 100 MB plan's findings were 15 MB at the
** peak of the check.  A merge reads each run front to back, so the
** findings it compares stream from memory.
*/
static void merge_runs(struct ev *e, uint32_t *perm)
{
	uint32_t n = e->r->nfindings;
	uint32_t *tmp = xmalloc(n * sizeof *tmp);
	uint32_t *bound = NULL;	/* run starts, then n */
	size_t nb = 0, capb = 0;
	for (uint32_t i = 0; i < n; i++) {
		perm[i] = i;
		if (i == 0 || cmp_index(e, i - 1, i) > 0) {
			bound = xgrow(bound, &capb, nb + 1, sizeof *bound);
			bound[nb++] = i;
		}
	}
	bound = xgrow(bound, &capb, nb + 1, sizeof *bound);
	bound[nb] = n;
	uint32_t *src = perm, *dst = tmp;
	while (nb > 1) {
		size_t out = 0;
		for (size_t r = 0; r < nb; r += 2) {
			/* runs r and r + 1; the last run alone when nb is odd */
			uint32_t lo = bound[r], mid = bound[r + 1], hi = r + 2 <= nb ? bound[r + 2] : mid;
			uint32_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				dst[k++] = cmp_index(e, src[i], src[j]) < 0 ? src[i++] : src[j++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
			bound[out++] = lo;
		}
		bound[out] = n;
		nb = out;
		uint32_t *t = src;
		src = dst;
		dst = t;
	}
	if (src != perm)
		memcpy(perm, src, n * sizeof *perm);
	xfree(tmp);
	xfree(bound);
}

/*
** Findings come out of a plan mostly in order: check before sorting.  When
** no finding has a position (a plan built through the API), the order is
** (rule id, ordinal, creation) and findings were made in ordinal order, so
** a stable counting sort by rule id is the whole sort.
*/
static void sort_findings(struct ev *e)
{
	struct rsd_result *r = e->r;
	uint32_t n = r->nfindings;
	if (n < 2)
		return;
	bool sorted = true, nopos = r->findings[0].line == 0;
	struct sortkey prev = key_of(e, 0);
	for (uint32_t i = 1; i < n; i++) {
		struct sortkey k = key_of(e, i);
		if (sorted && cmp_key(&prev, &k) >= 0)
			sorted = false;
		if (k.line != 0)
			nopos = false;
		if (!sorted && !nopos)
			break;
		prev = k;
	}
	if (sorted)
		return;
	uint32_t *perm = xmalloc(n * sizeof *perm);
	if (nopos) {
		uint32_t nk = e->nkeys;
		uint32_t *start = xcalloc(nk + 1, sizeof *start);
		for (uint32_t i = 0; i < n; i++)
			start[rkey_of(e, i) + 1]++;
		for (uint32_t k = 0; k < nk; k++)
			start[k + 1] += start[k];
		for (uint32_t i = 0; i < n; i++)
			perm[start[rkey_of(e, i)]++] = i;
		xfree(start);
	} else {
		merge_runs(e, perm);
	}
	permute_findings(e, perm);
	xfree(perm);
}

/* ================================================================ ranks */

static int cmp_rule_name(const void *a, const void *b, void *ctx)
{
	const struct rsd_policy *p = ctx;
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	int c = strcmp(p->rules[x].name, p->rules[y].name);
	return c ? c : (x > y) - (x < y);
}

/* rule -> its position in name order (policy_index's rule_order when built);
   *orderp: the rules in name order (xmalloc'd) */
static uint32_t *rule_ranks(const struct rsd_policy *p, int32_t **orderp)
{
	uint32_t n = p->nrules;
	uint32_t *rank = xmalloc((n ? n : 1) * sizeof *rank);
	int32_t *order = p->rule_order;
	int32_t *own = NULL;
	if (!order) {
		own = xmalloc((n ? n : 1) * sizeof *own);
		for (uint32_t i = 0; i < n; i++)
			own[i] = (int32_t)i;
		/* insertion sort: only for policies built without policy_index */
		for (uint32_t i = 1; i < n; i++)
			for (uint32_t j = i; j > 0 && cmp_rule_name(&own[j - 1], &own[j], (void *)p) > 0; j--) {
				int32_t t = own[j];
				own[j] = own[j - 1];
				own[j - 1] = t;
			}
		order = own;
	}
	for (uint32_t i = 0; i < n; i++)
		rank[order[i]] = i;
	if (!own) {
		own = xmalloc((n ? n : 1) * sizeof *own);
		memcpy(own, order, n * sizeof *own);
	}
	*orderp = own;
	return rank;
}

/* ================================================================ entry */

/*
** Judge plan pl against policy p on opts->date.  Returns a new result
** (free with result_free); never fails.  Findings are sorted by
** (file, line, col, rule_id, fact), then by the order they were made.
*/
struct rsd_result *eval_check(const struct rsd_policy *p, const struct rsd_plan *pl,
			      const struct eval_opts *opts)
{
	return eval_check_run(p, pl, opts, NULL);
}

struct rsd_result *eval_check_run(const struct rsd_policy *p, const struct rsd_plan *pl,
				  const struct eval_opts *opts, const struct eval_run *run)
{
	static const struct eval_run alone;
	struct ev e;
	struct rsd_result *r = xcalloc(1, sizeof *r);

	arena_init(&r->arena);
	r->policy = p;
	r->plan = pl;
	r->date = opts->date;

	memset(&e, 0, sizeof e);
	e.p = p;
	e.pl = pl;
	e.o = opts;
	e.run = run ? run : &alone;
	e.r = r;
	e.d = opts->date;
	e.world = country_world();
	e.sets = policy_sets_at(p, e.d);
	e.loc_one = xmalloc((p->nlocations ? p->nlocations : 1) * sizeof *e.loc_one);
	for (uint32_t l = 0; l < p->nlocations; l++) {
		const struct bits *b = &e.sets[p->locations[l].slot];
		e.loc_one[l] = (int16_t)(bits_count(b) == 1 ? bits_next(b, 0) : -1);
	}
	e.rank = rule_ranks(p, &e.order);
	e.sortkeys = xmalloc((p->nrules ? p->nrules : 1) * sizeof *e.sortkeys);
	index_rules(&e);
	e.reach = xcalloc(p->nclasses ? p->nclasses : 1, sizeof *e.reach);
	e.wvs = pl->waivers;
	e.nwvs = e.nown = pl->nwaivers;
	if (e.run->nshared) {	/* own waivers, then the shared ones: findings point into r->arena */
		uint32_t ns = e.run->nshared;
		struct plan_waiver *all = arena_alloc(&r->arena, (pl->nwaivers + ns) * sizeof *all);
		if (pl->nwaivers)
			memcpy(all, pl->waivers, pl->nwaivers * sizeof *all);
		memcpy(all + pl->nwaivers, e.run->shared, ns * sizeof *all);
		e.wvs = all;
		e.nwvs = pl->nwaivers + ns;
	}
	index_waivers(&e);
	prepare_facts(&e);
	compute_origins(&e);
#ifdef __GLIBC__
	/* compute_origins' working arrays (about 0.15 bytes per plan byte)
	   went back to malloc, which keeps them; the findings that come
	   next are big blocks of their own, so give those pages back now
	   rather than carry them through the peak */
	malloc_trim(0);
#endif

	size_t nr = p->nrules ? p->nrules : 1;
	e.acc_gen = xcalloc(nr, sizeof *e.acc_gen);
	e.acc_viol = xcalloc(nr, sizeof *e.acc_viol);
	e.acc_classes = xcalloc(nr, sizeof *e.acc_classes);
	e.acc_head = xmalloc(nr * sizeof *e.acc_head);
	e.acc_tail = xmalloc(nr * sizeof *e.acc_tail);
	setup_keys(&e);
	e.next_ord = pl->nstores + pl->nflows;
	e.nwords = (p->nclasses + 63) / 64;
	e.touched = xmalloc(nr * sizeof *e.touched);
	e.fail_gen = xcalloc(e.reqoff[p->nrules] ? e.reqoff[p->nrules] : 1, sizeof *e.fail_gen);
	{
		uint32_t maxreq = 1;
		for (uint32_t i = 0; i < p->nrules; i++)
			if (p->rules[i].nrequires > maxreq)
				maxreq = p->rules[i].nrequires;
		e.iota = arena_alloc_raw(&r->arena, maxreq * sizeof *e.iota);
		for (uint32_t i = 0; i < maxreq; i++)
			e.iota[i] = i;
	}

	for (uint32_t i = 0; i < pl->nstores; i++)
		check_store(&e, i);
	for (uint32_t i = 0; i < pl->nflows; i++) {
		/* check_flow's first test, inline: most flows are outside every
		   rule's scope, and for one class between two countries that
		   is one bit of the class's reach table.  It reads a flow's
		   first 32 bytes; the hardware streams the flows (64 bytes
		   each, struct plan_flow). */
		const struct plan_flow *f = &pl->flows[i];
		int so = endpoint_one(&e, &f->from), dn = endpoint_one(&e, &f->to), c1;
		const struct bits *R;
		if (so >= 0 && dn >= 0 && (c1 = plan_flow_one_class(f)) >= 0 && (uint32_t)c1 < p->nclasses &&
		    (R = reach_of(&e, (unsigned)c1)) && !bits_has(&R[so], (unsigned)dn) && !f->mechs_listed)
			continue;
		check_flow(&e, i);
	}
	for (uint32_t i = 0; i < pl->nstores; i++) {
		const struct plan_store *s = &pl->stores[i];
		for (uint32_t k = 0; k < s->nreplicas; k++)
			check_implicit(&e, i, &s->replicas[k], VIA_REPLICA);
		for (uint32_t k = 0; k < s->nbackups; k++)
			check_implicit(&e, i, &s->backups[k], VIA_BACKUP);
	}

	/* the tool's own findings (expiring attestations came with their facts) */
	/* waivers of the loader's own findings: matched before waiver_findings
	   decides which waivers went unused */
	const struct plan_waiver **nw = pl->nnotes ? tool_waivers(&e) : NULL;
	waiver_findings(&e);
	for (uint32_t i = 0; i < pl->nnotes; i++) {
		const struct plan_note *nt = &pl->notes[i];
		struct factinfo fi = { FINDING_STORE, nt->fact, nt->pos.line, nt->pos.col, nt->fact, NULL,
				       e.next_ord++ };
		tool_finding(&e, &fi, nt->rule_id, (enum severity)nt->severity, nt->message);
		if (nw && nw[i]) {
			struct finding *f = &e.r->findings[e.r->nfindings - 1];
			more_of(&e, f)->waiver = nw[i];
			f->status = FINDING_WAIVED;
		}
	}
	xfree(nw);

	r->nfacts = pl->nstores + pl->nflows + r->nimplicit;
	/* the working arrays go before the sort allocates its own: a lower peak */
	xfree(e.sets);
	xfree(e.loc_one);
	xfree(e.srules);
	xfree(e.trules);
	xfree(e.nsrules);
	xfree(e.ntrules);
	xfree(e.rule_store);
	xfree(e.tr);
	xfree(e.tr_store);
	for (uint32_t c = 0; c < p->nclasses; c++)
		xfree(e.reach[c]);
	xfree(e.reach);
	xfree(e.pairdep);
	xfree(e.reqoff);
	xfree(e.acc_gen);
	xfree(e.acc_viol);
	xfree(e.acc_classes);
	xfree(e.cls_tab);
	xfree(e.acc_head);
	xfree(e.acc_tail);
	xfree(e.rank);
	xfree(e.order);
	xfree(e.fail_gen);
	xfree(e.touched);
	xfree(e.sortkeys);
	xfree(e.rows);
	xfree(e.wv_off);
	xfree(e.wv);
	xfree(e.wv_first);
	xfree(e.wv_used);
	xfree(e.sprimary);
	xfree(e.splace);
	xfree(e.sprimop);
	xfree(e.sbase);
	xfree(e.soff);
	xfree(e.foff);
	xfree(e.sorigin);
	xfree(e.forigin);
	xfree(e.opool);
	xfree(e.ohash);
	sort_findings(&e);
	for (uint32_t i = 0; i < r->nfindings; i++) {
		if (r->findings[i].status == FINDING_WAIVED)
			r->nwaived++;
		else if ((unsigned)r->findings[i].severity < 3)
			r->counts[r->findings[i].severity]++;
	}
	r->cap_findings = r->nfindings;
	big_trim(r->findings, r->nfindings * sizeof *r->findings);	/* the growth slack's pages */
	r->cap_applied = r->napplied;

	xfree(e.ford);
	xfree(e.rule_rkey);	/* the sort's keys of rule ids */
	xfree(e.tool_rkey);
	xfree(e.tool_id);
	return r;
}

/* Free a result from eval_check (NULL is fine). */
void result_free(struct rsd_result *r)
{
	if (!r)
		return;
	arena_free(&r->arena);
	xfree(r->findings);
	xfree(r->applied);
	xfree(r);
}

/*
** true when no non-waived finding is at or above fail_on (SEV_ERROR is the
** highest; fail_on < 0: never fails).
*/
bool result_passes(const struct rsd_result *r, int fail_on)
{
	if (fail_on < 0)
		return true;
	for (int s = 0; s <= fail_on && s < 3; s++)
		if (r->counts[s])
			return false;
	return true;
}
