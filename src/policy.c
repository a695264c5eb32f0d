/*
** policy.c — the compiled policy at run time: name lookups, set slots
** materialised on a date, the per-class rule index, places.
*/
#include "policy.h"

#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "util.h"

void policy_free(struct rsd_policy *p)
{
	if (!p)
		return;
	arena_free(&p->arena);
	xfree(p);
}

/* The kinds of names in policy->name_slots. */
enum { NK_CLASS, NK_REGION, NK_MECH, NK_PROVIDER, NK_LOCATION, NK_COUNT };

static uint32_t name_key(const char *name, int kind)
{
	return str_hash(name) * NK_COUNT + (uint32_t)kind;
}

static const char *name_of(const struct rsd_policy *p, int kind, int32_t i)
{
	switch (kind) {
	case NK_CLASS: return p->classes[i].name;
	case NK_REGION: return p->regions[i].name;
	case NK_MECH: return p->mechs[i].name;
	case NK_PROVIDER: return p->providers[i].name;
	default: return p->locations[i].name;
	}
}

static uint32_t kind_count(const struct rsd_policy *p, int kind)
{
	switch (kind) {
	case NK_CLASS: return p->nclasses;
	case NK_REGION: return p->nregions;
	case NK_MECH: return p->nmechs;
	case NK_PROVIDER: return p->nproviders;
	default: return p->nlocations;
	}
}

/*
** Index of the name of a kind, -1 when absent: a probe of the hash table
** once policy_index built it (plans look names up once per entry), a scan
** before (the compiler's own lookups go through its symbol table).
*/
static int find_name(const struct rsd_policy *p, int kind, const char *name)
{
	if (!p->name_slots) {
		for (uint32_t i = 0, n = kind_count(p, kind); i < n; i++)
			if (strcmp(name_of(p, kind, (int32_t)i), name) == 0)
				return (int)i;
		return -1;
	}
	uint32_t key = name_key(name, kind), mask = p->name_cap - 1;
	for (uint32_t h = key & mask;; h = (h + 1) & mask) {
		const struct name_slot *s = &p->name_slots[h];
		if (!s->name)
			return -1;
		if (s->hash == key && strcmp(s->name, name) == 0)
			return s->idx;
	}
}

int policy_find_class(const struct rsd_policy *p, const char *name)
{
	return find_name(p, NK_CLASS, name);
}

int policy_find_region(const struct rsd_policy *p, const char *name)
{
	return find_name(p, NK_REGION, name);
}

int policy_find_mech(const struct rsd_policy *p, const char *name)
{
	return find_name(p, NK_MECH, name);
}

int policy_find_provider(const struct rsd_policy *p, const char *name)
{
	return find_name(p, NK_PROVIDER, name);
}

/* Fill p->name_slots (in the policy's arena), load at most one half. */
static void index_names(struct rsd_policy *p)
{
	uint32_t total = 0;
	for (int k = 0; k < NK_COUNT; k++)
		total += kind_count(p, k);
	uint32_t cap = 16;
	while (cap < 2 * total + 2)
		cap *= 2;
	struct name_slot *v = arena_alloc(&p->arena, cap * sizeof *v);
	for (int k = 0; k < NK_COUNT; k++)
		for (uint32_t i = 0, n = kind_count(p, k); i < n; i++) {
			const char *name = name_of(p, k, (int32_t)i);
			uint32_t key = name_key(name, k), h = key & (cap - 1);
			while (v[h].name) {
				if (v[h].hash == key && strcmp(v[h].name, name) == 0)
					break;	/* a duplicate (compile errors only): the first wins */
				h = (h + 1) & (cap - 1);
			}
			if (!v[h].name)
				v[h] = (struct name_slot){ name, key, (int32_t)i };
		}
	p->name_slots = v;
	p->name_cap = cap;
}

int policy_find_rule(const struct rsd_policy *p, const char *name)
{
	if (!p->rule_order) {
		for (uint32_t i = 0; i < p->nrules; i++)
			if (strcmp(p->rules[i].name, name) == 0)
				return (int)i;
		return -1;
	}
	uint32_t lo = 0, hi = p->nrules;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		int c = strcmp(p->rules[p->rule_order[mid]].name, name);
		if (c == 0)
			return p->rule_order[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

int policy_find_location(const struct rsd_policy *p, const char *name)
{
	if (p->name_slots)
		return find_name(p, NK_LOCATION, name);
	uint32_t lo = 0, hi = p->nlocations;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		int c = strcmp(p->locations[mid].name, name);
		if (c == 0)
			return (int)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

struct set_eval {
	const struct rsd_policy *p;
	rdate d;
	struct bits *out;
	unsigned char *state;	/* 0 todo, 1 in progress, 2 done */
};

static void eval_slot(struct set_eval *e, int32_t slot);

static struct bits eval_expr(struct set_eval *e, const struct set_expr *x)
{
	struct bits r;
	switch (x->op) {
	case SET_CONST:
		return x->c;
	case SET_SLOT:
		eval_slot(e, x->slot);
		return e->out[x->slot];
	case SET_UNION:
		return bits_or(eval_expr(e, x->l), eval_expr(e, x->r));
	case SET_INTER:
		return bits_and(eval_expr(e, x->l), eval_expr(e, x->r));
	case SET_DIFF:
		return bits_andnot(eval_expr(e, x->l), eval_expr(e, x->r));
	case SET_NOT:
		return bits_not(eval_expr(e, x->l), COUNTRY_COUNT);
	case SET_DATED:
		if (e->d >= x->since && e->d < x->until)
			return eval_expr(e, x->l);
		bits_clear(&r);
		return r;
	}
	abort();	/* unreachable: every op handled above */
}

static void eval_slot(struct set_eval *e, int32_t slot)
{
	if (e->state[slot] == 2)
		return;
	if (e->state[slot] == 1) {	/* cycle: rejected by the compiler */
		bits_clear(&e->out[slot]);
		return;
	}
	e->state[slot] = 1;
	const struct set_slot *s = &e->p->sets[slot];
	if (s->root)
		e->out[slot] = eval_expr(e, s->root);
	else
		bits_clear(&e->out[slot]);
	e->state[slot] = 2;
}

struct bits *policy_sets_at(const struct rsd_policy *p, rdate d)
{
	struct set_eval e = {p, d, xcalloc(p->nsets ? p->nsets : 1, sizeof(struct bits)),
			     xcalloc(p->nsets ? p->nsets : 1, 1)};
	for (uint32_t i = 0; i < p->nsets; i++)
		eval_slot(&e, (int32_t)i);
	xfree(e.state);
	return e.out;
}

struct named {
	const char *name;
	int32_t idx;
};
static int cmp_named(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

void policy_index(struct rsd_policy *p)
{
	uint32_t nc = p->nclasses ? p->nclasses : 1;
	p->store_rules_by_class = arena_alloc(&p->arena, nc * sizeof(int32_t *));
	p->transfer_rules_by_class = arena_alloc(&p->arena, nc * sizeof(int32_t *));
	p->nstore_rules_by_class = arena_alloc(&p->arena, nc * sizeof(uint32_t));
	p->ntransfer_rules_by_class = arena_alloc(&p->arena, nc * sizeof(uint32_t));
	for (uint32_t r = 0; r < p->nrules; r++) {
		uint32_t *cnt = p->rules[r].kind == RULE_STORE ? p->nstore_rules_by_class
							       : p->ntransfer_rules_by_class;
		BITS_FOREACH(c, &p->rules[r].classes)
			if ((uint32_t)c < p->nclasses)
				cnt[c]++;
	}
	for (uint32_t c = 0; c < p->nclasses; c++) {
		p->store_rules_by_class[c] = arena_alloc(&p->arena, (p->nstore_rules_by_class[c] + 1) * sizeof(int32_t));
		p->transfer_rules_by_class[c] = arena_alloc(&p->arena, (p->ntransfer_rules_by_class[c] + 1) * sizeof(int32_t));
		p->nstore_rules_by_class[c] = p->ntransfer_rules_by_class[c] = 0;
	}
	for (uint32_t r = 0; r < p->nrules; r++) {
		bool store = p->rules[r].kind == RULE_STORE;
		BITS_FOREACH(c, &p->rules[r].classes) {
			if ((uint32_t)c >= p->nclasses)
				continue;
			if (store)
				p->store_rules_by_class[c][p->nstore_rules_by_class[c]++] = (int32_t)r;
			else
				p->transfer_rules_by_class[c][p->ntransfer_rules_by_class[c]++] = (int32_t)r;
		}
	}
	struct named *v = xmalloc((p->nrules + 1) * sizeof *v);
	for (uint32_t r = 0; r < p->nrules; r++)
		v[r] = (struct named){p->rules[r].name, (int32_t)r};
	qsort(v, p->nrules, sizeof *v, cmp_named);
	p->rule_order = arena_alloc(&p->arena, (p->nrules + 1) * sizeof(int32_t));
	for (uint32_t r = 0; r < p->nrules; r++)
		p->rule_order[r] = v[r].idx;
	xfree(v);
	index_names(p);
}

struct bits place_countries(const struct rsd_policy *p, const struct bits *sets, struct place pl)
{
	struct bits b;
	if (pl.kind == PLACE_COUNTRY) {
		bits_clear(&b);
		bits_set(&b, pl.country);
		return b;
	}
	return sets[p->locations[pl.loc].slot];
}

struct bits place_operators(const struct rsd_policy *p, const struct bits *sets, struct place pl)
{
	if (pl.kind == PLACE_LOCATION && p->locations[pl.loc].operator_slot != NO_SLOT)
		return sets[p->locations[pl.loc].operator_slot];
	return place_countries(p, sets, pl);
}

const char *place_name(const struct rsd_policy *p, struct place pl)
{
	if (pl.kind == PLACE_COUNTRY)
		return country_code(pl.country);
	return p->locations[pl.loc].name;
}
