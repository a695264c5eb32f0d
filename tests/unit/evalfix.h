/*
** evalfix.h — hand-built compiled policies and plans for the evaluator's
** unit tests (test_eval.c, test_testrun.c).  Everything a policy needs is
** allocated in its arena; capacities are fixed (tests are small).
*/
#ifndef RSD_EVALFIX_H
#define RSD_EVALFIX_H

#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "eval.h"
#include "util.h"

#define FIX_CAP 64

static inline struct bits fx_countries(const char *codes)
{
	struct bits b;
	bits_clear(&b);
	for (const char *s = codes; *s;) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		int c = country_lookup(s, 2);
		if (c < 0)
			abort();
		bits_set(&b, (unsigned)c);
		s += 2;
	}
	return b;
}

static inline int fx_cc(const char *code)
{
	return country_lookup(code, 2);
}

static inline struct rsd_policy *fx_policy(void)
{
	static const char *const lv[] = { "public", "internal", "confidential", "sensitive", "highly_sensitive" };
	struct rsd_policy *p = xcalloc(1, sizeof *p);
	arena_init(&p->arena);
	struct arena *a = &p->arena;
	p->levels = arena_alloc(a, sizeof lv);
	memcpy(p->levels, lv, sizeof lv);
	p->nlevels = 5;
	p->files = arena_alloc(a, FIX_CAP * sizeof *p->files);
	p->sets = arena_alloc(a, FIX_CAP * sizeof *p->sets);
	p->classes = arena_alloc(a, FIX_CAP * sizeof *p->classes);
	p->regions = arena_alloc(a, FIX_CAP * sizeof *p->regions);
	p->mechs = arena_alloc(a, FIX_CAP * sizeof *p->mechs);
	p->providers = arena_alloc(a, FIX_CAP * sizeof *p->providers);
	p->locations = arena_alloc(a, FIX_CAP * sizeof *p->locations);
	p->rules = arena_alloc(a, FIX_CAP * sizeof *p->rules);
	p->tests = arena_alloc(a, FIX_CAP * sizeof *p->tests);
	p->files[0] = (struct pol_file){ "policy.rpl", true };
	p->nfiles = 1;
	return p;
}

/* ---- set expressions */
static inline struct set_expr *sx_new(struct rsd_policy *p, enum set_op op)
{
	struct set_expr *x = arena_alloc(&p->arena, sizeof *x);
	x->op = op;
	x->slot = NO_SLOT;
	x->since = DATE_MIN;
	x->until = DATE_MAX;
	return x;
}
static inline struct set_expr *sx_const(struct rsd_policy *p, const char *codes)
{
	struct set_expr *x = sx_new(p, SET_CONST);
	x->c = fx_countries(codes);
	return x;
}
static inline struct set_expr *sx_ref(struct rsd_policy *p, int slot)
{
	struct set_expr *x = sx_new(p, SET_SLOT);
	x->slot = slot;
	return x;
}
static inline struct set_expr *sx_bin(struct rsd_policy *p, enum set_op op, struct set_expr *l, struct set_expr *r)
{
	struct set_expr *x = sx_new(p, op);
	x->l = l;
	x->r = r;
	return x;
}
static inline struct set_expr *sx_dated(struct rsd_policy *p, struct set_expr *l, rdate since, rdate until)
{
	struct set_expr *x = sx_new(p, SET_DATED);
	x->l = l;
	x->since = since;
	x->until = until;
	return x;
}
static inline int fx_slot(struct rsd_policy *p, struct set_expr *root)
{
	p->sets[p->nsets].root = root;
	return (int)p->nsets++;
}
static inline int fx_region(struct rsd_policy *p, const char *name, struct set_expr *root)
{
	int s = fx_slot(p, root);
	p->regions[p->nregions++] = (struct pol_region){ name, NULL, { 0, 1, 1 }, s };
	return s;
}

/* ---- names */
static inline int fx_class(struct rsd_policy *p, const char *name, int parent, int sens)
{
	int i = (int)p->nclasses++;
	struct pol_class *c = &p->classes[i];
	c->name = name;
	c->sens = sens >= 0 ? sens : parent >= 0 ? p->classes[parent].sens : 0;
	bits_set(&c->ancestors, (unsigned)i);
	if (parent >= 0)
		c->ancestors = bits_or(c->ancestors, p->classes[parent].ancestors);
	BITS_FOREACH(a, &c->ancestors)
		bits_set(&p->classes[a].descendants, (unsigned)i);
	return i;
}
static inline int fx_mech(struct rsd_policy *p, const char *name)
{
	p->mechs[p->nmechs] = (struct pol_mechanism){ name, NULL, NULL, { 0, 1, 1 } };
	return (int)p->nmechs++;
}
static inline int fx_provider(struct rsd_policy *p, const char *name, int opslot)
{
	p->providers[p->nproviders] = (struct pol_provider){ name, NULL, { 0, 1, 1 }, opslot };
	return (int)p->nproviders++;
}
/* Locations must be added in name order (policy_find_location bisects). */
static inline int fx_location(struct rsd_policy *p, const char *name, int provider, const char *codes, int opslot)
{
	if (p->nlocations && strcmp(p->locations[p->nlocations - 1].name, name) >= 0)
		abort();
	int s = fx_slot(p, sx_const(p, codes));
	if (opslot == NO_SLOT && provider >= 0)
		opslot = p->providers[provider].operator_slot;
	p->locations[p->nlocations] = (struct pol_location){ name, NULL, { 0, 1, 1 }, provider, s, opslot };
	return (int)p->nlocations++;
}

/* ---- rules */
static inline struct pol_rule *fx_rule(struct rsd_policy *p, const char *name, enum rule_kind kind, int cls)
{
	struct pol_rule *r = &p->rules[p->nrules];
	memset(r, 0, sizeof *r);
	r->name = name;
	r->loc = (struct pol_loc){ 0, 10 + p->nrules, 1 };
	r->kind = kind;
	if (cls >= 0)
		r->classes = p->classes[cls].descendants;
	r->in_slot = r->origin_slot = r->from_slot = r->to_slot = NO_SLOT;
	r->when = arena_alloc(&p->arena, 8 * sizeof *r->when);
	r->requires = arena_alloc(&p->arena, 8 * sizeof *r->requires);
	r->severity = SEV_ERROR;
	r->since = DATE_MIN;
	r->until = DATE_MAX;
	p->nrules++;
	return r;
}
static inline void fx_when(struct pol_rule *r, struct cond *c)
{
	r->when[r->nwhen++] = c;
}
static inline void fx_require(struct pol_rule *r, struct cond *c, const char *text)
{
	r->requires[r->nrequires++] = (struct pol_require){ c, text, { 0, 1, 1 } };
}

/* ---- conditions */
static inline struct cond *cx(struct rsd_policy *p, enum cond_op op)
{
	struct cond *c = arena_alloc(&p->arena, sizeof *c);
	c->op = op;
	c->slot = NO_SLOT;
	return c;
}
static inline struct cond *cx_slot(struct rsd_policy *p, enum cond_op op, int slot)
{
	struct cond *c = cx(p, op);
	c->slot = slot;
	return c;
}
static inline struct cond *cx_bin(struct rsd_policy *p, enum cond_op op, struct cond *l, struct cond *r)
{
	struct cond *c = cx(p, op);
	c->l = l;
	c->r = r;
	return c;
}
static inline struct cond *cx_not(struct rsd_policy *p, struct cond *l)
{
	return cx_bin(p, COND_NOT, l, NULL);
}
static inline struct cond *cx_mech(struct rsd_policy *p, int m1, int m2)
{
	struct cond *c = cx(p, COND_MECH);
	bits_set(&c->mechs, (unsigned)m1);
	if (m2 >= 0)
		bits_set(&c->mechs, (unsigned)m2);
	return c;
}
static inline struct cond *cx_cmp(struct rsd_policy *p, enum cond_op op, enum cmp_op cmp, double n)
{
	struct cond *c = cx(p, op);
	c->cmp = cmp;
	c->num = n;
	c->level = (int32_t)n;
	return c;
}
static inline struct cond *cx_attr(struct rsd_policy *p, const char *name)
{
	struct cond *c = cx(p, COND_ATTR);
	c->attr = name;
	return c;
}
static inline struct cond *cx_attr_cmp(struct rsd_policy *p, const char *name, enum cmp_op cmp, struct value v)
{
	struct cond *c = cx(p, COND_ATTR_CMP);
	c->attr = name;
	c->cmp = cmp;
	c->val = v;
	return c;
}
static inline struct value vnum(double n) { return (struct value){ VAL_NUM, NULL, n, false }; }
static inline struct value vstr(const char *s) { return (struct value){ VAL_STR, s, 0, false }; }
static inline struct value vbool(bool b) { return (struct value){ VAL_BOOL, NULL, 0, b }; }

/* ---- plans */
static inline struct place fx_place(const struct rsd_policy *p, const char *name)
{
	struct place pl;
	if (!place_resolve(p, name, &pl))
		abort();
	return pl;
}
static inline struct plan_store *fx_store(struct rsd_plan *pl, const struct rsd_policy *p, const char *name,
					  const char *where, int cls, uint32_t line)
{
	struct plan_store *s = plan_add_store(pl);
	s->name = arena_strdup(&pl->arena, name);
	s->pos = (struct plan_pos){ line, 5 };
	s->primary = arena_alloc(&pl->arena, 4 * sizeof *s->primary);
	s->primary[s->nprimary++] = fx_place(p, where);
	s->replicas = arena_alloc(&pl->arena, 4 * sizeof *s->replicas);
	s->backups = arena_alloc(&pl->arena, 4 * sizeof *s->backups);
	s->mechs = arena_alloc(&pl->arena, 4 * sizeof *s->mechs);
	s->attrs = arena_alloc(&pl->arena, 4 * sizeof *s->attrs);
	s->origin = arena_alloc(&pl->arena, 4 * sizeof *s->origin);
	if (cls >= 0)
		bits_set(&s->classes, (unsigned)cls);
	return s;
}
static inline void fx_replica(struct plan_store *s, const struct rsd_policy *p, const char *where, uint32_t line, bool backup)
{
	struct plan_placeref r = { fx_place(p, where), { line, 9 } };
	if (backup)
		s->backups[s->nbackups++] = r;
	else
		s->replicas[s->nreplicas++] = r;
}
static inline struct plan_flow *fx_flow(struct rsd_plan *pl, const struct rsd_policy *p, const char *name,
					const char *from, const char *to, int cls, uint32_t line)
{
	int fs = plan_find_store(pl, from), ts = plan_find_store(pl, to);
	struct plan_flow *f = plan_add_flow(pl);
	f->name = arena_strdup(&pl->arena, name);
	f->pos = (struct plan_pos){ line, 5 };
	f->from.store = fs;
	f->to.store = ts;
	if (fs < 0)
		f->from.place = fx_place(p, from);
	if (ts < 0)
		f->to.place = fx_place(p, to);
	/* room for 4 attestations (fx_flow_attest), read as a list */
	struct plan_flow_cold *c = plan_flow_cold_mut(pl, f);
	c->mechs = arena_alloc(&pl->arena, 4 * sizeof *c->mechs);
	c->attrs = arena_alloc(&pl->arena, 4 * sizeof *c->attrs);
	f->mechs_listed = true;
	if (cls >= 0) {
		struct bits b;
		bits_clear(&b);
		bits_set(&b, (unsigned)cls);
		plan_flow_set_classes(pl, f, &b);
	}
	return f;
}
static inline void fx_attest(struct plan_mech *m, uint32_t *n, int mech, rdate expires)
{
	m[(*n)++] = (struct plan_mech){ mech, expires, NULL, { 0, 0 } };
}
static inline void fx_flow_attest(struct rsd_plan *pl, struct plan_flow *f, int mech, rdate expires)
{
	struct plan_flow_cold *c = plan_flow_cold_mut(pl, f);
	fx_attest(c->mechs, &c->nmechs, mech, expires);
}
static inline void fx_flow_class(struct rsd_plan *pl, struct plan_flow *f, int cls)
{
	struct bits b = *plan_flow_classes(pl, f);
	bits_set(&b, (unsigned)cls);
	plan_flow_set_classes(pl, f, &b);
}
static inline struct plan_waiver *fx_waiver(struct rsd_plan *pl, int rule, const char *target, rdate expires, uint32_t line)
{
	struct plan_waiver *w = plan_add_waiver(pl);
	w->rule = rule;
	w->target = arena_strdup(&pl->arena, target);
	w->reason = "ok";
	w->expires = expires;
	w->pos = (struct plan_pos){ line, 5 };
	return w;
}

static inline rdate D(const char *s)
{
	rdate d;
	if (!date_parse(s, strlen(s), &d))
		abort();
	return d;
}

static inline struct rsd_result *fx_check(const struct rsd_policy *p, const struct rsd_plan *pl, rdate d)
{
	struct eval_opts o = { d, 30, true };
	return eval_check(p, pl, &o);
}

/* The finding of rule_id about fact, or NULL. */
static inline const struct finding *fx_find(const struct rsd_result *r, const char *rule_id, const char *fact)
{
	for (uint32_t i = 0; i < r->nfindings; i++)
		if (strcmp(finding_id(r->policy, &r->findings[i]), rule_id) == 0 &&
		    (!fact || strcmp(r->findings[i].fact, fact) == 0))
			return &r->findings[i];
	return NULL;
}

static inline uint32_t fx_count(const struct rsd_result *r, const char *rule_id)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < r->nfindings; i++)
		n += strcmp(finding_id(r->policy, &r->findings[i]), rule_id) == 0;
	return n;
}

/* The policy of LANGUAGE.md §3 in miniature. */
struct gdpr {
	struct rsd_policy *p;
	int EEA, ADEQ, DPF, RU, US;
	int personal, special, health, trade, ru_personal, anon_only;
	int SCC, BCR, DPFM;
	int r_gdpr, r_trade, r_ru;
};

static inline void fx_gdpr(struct gdpr *g)
{
	struct rsd_policy *p = fx_policy();
	g->p = p;
	g->EEA = fx_region(p, "EEA", sx_const(p, "AT BE DE ES FI FR IE IT NL PL SE IS LI NO"));
	g->ADEQ = fx_region(p, "EU_ADEQUATE", sx_bin(p, SET_UNION, sx_const(p, "CH JP NZ"),
						     sx_dated(p, sx_const(p, "GB"), D("2021-06-28"), DATE_MAX)));
	g->DPF = fx_region(p, "EU_DPF_COUNTRIES", sx_dated(p, sx_const(p, "US"), D("2023-07-10"), DATE_MAX));
	g->RU = fx_slot(p, sx_const(p, "RU"));
	g->US = fx_slot(p, sx_const(p, "US"));
	int aws = fx_provider(p, "aws", fx_slot(p, sx_const(p, "US")));
	fx_location(p, "aws:eu-central-1", aws, "DE", NO_SLOT);
	fx_location(p, "aws:eu-west-1", aws, "IE", NO_SLOT);
	fx_location(p, "aws:eusc-de-east-1", aws, "DE", fx_slot(p, sx_const(p, "DE")));
	fx_location(p, "aws:us-east-1", aws, "US", NO_SLOT);
	fx_location(p, "gcp:EU", -1, "BE DE FI FR IT NL PL ES", NO_SLOT);

	g->personal = fx_class(p, "personal", -1, 2);
	g->special = fx_class(p, "special_category", g->personal, 4);
	g->health = fx_class(p, "health", g->special, -1);
	g->trade = fx_class(p, "trade_secret", -1, 4);
	g->ru_personal = fx_class(p, "ru_citizen_personal", g->personal, -1);
	g->anon_only = fx_class(p, "telemetry", -1, 0);

	g->SCC = fx_mech(p, "EU_SCC");
	g->BCR = fx_mech(p, "EU_BCR");
	g->DPFM = fx_mech(p, "EU_DPF");

	struct pol_rule *r = fx_rule(p, "eu_gdpr_transfer", RULE_TRANSFER, g->personal);
	g->r_gdpr = 0;
	r->origin_slot = g->EEA;
	r->to_slot = fx_slot(p, sx_bin(p, SET_NOT, sx_bin(p, SET_UNION, sx_ref(p, g->EEA), sx_ref(p, g->ADEQ)), NULL));
	fx_when(r, cx_not(p, cx(p, COND_ANONYMIZED)));
	fx_require(r, cx_bin(p, COND_OR, cx_mech(p, g->SCC, g->BCR),
			     cx_bin(p, COND_AND, cx_slot(p, COND_TO_IN, g->DPF), cx_mech(p, g->DPFM, -1))),
		   "mechanism in { EU_SCC, EU_BCR } or (to in EU_DPF_COUNTRIES and mechanism EU_DPF)");
	r->since = D("2018-05-25");

	r = fx_rule(p, "trade_secret_transit", RULE_TRANSFER, -1);
	g->r_trade = 1;
	for (uint32_t c = 0; c < p->nclasses; c++)
		if (p->classes[c].sens >= 4)
			bits_set(&r->classes, c);
	fx_require(r, cx(p, COND_ENC_IN_TRANSIT), "encrypted in_transit");
	r->severity = SEV_WARNING;

	r = fx_rule(p, "ru_localisation", RULE_STORE, g->ru_personal);
	g->r_ru = 2;
	fx_require(r, cx_slot(p, COND_PRIMARY_IN, g->RU), "primary in RU");
	r = &p->rules[0];
	r->to_text = "not (EEA + EU_ADEQUATE)";
	r->origin_text = "EEA";
	policy_index(p);
}


#endif
