/*
** zz_policy_stub.c — TEMPORARY stand-in for the lead's src/policy.c so the
** front end can be built and tested before it lands.  Deleted on merge.
*/
#include <string.h>

#include "country.h"
#include "policy.h"
#include "util.h"

void policy_free(struct rsd_policy *p)
{
	if (!p)
		return;
	for (uint32_t i = 0; p->store_rules_by_class && i < p->nclasses; i++) {
		xfree(p->store_rules_by_class[i]);
		xfree(p->transfer_rules_by_class[i]);
	}
	xfree(p->store_rules_by_class);
	xfree(p->transfer_rules_by_class);
	xfree(p->nstore_rules_by_class);
	xfree(p->ntransfer_rules_by_class);
	arena_free(&p->arena);
	xfree(p);
}

#define FIND(fn, arr, n) \
	int fn(const struct rsd_policy *p, const char *name) \
	{ \
		for (uint32_t i = 0; i < p->n; i++) \
			if (strcmp(p->arr[i].name, name) == 0) \
				return (int)i; \
		return -1; \
	}
FIND(policy_find_class, classes, nclasses)
FIND(policy_find_region, regions, nregions)
FIND(policy_find_mech, mechs, nmechs)
FIND(policy_find_rule, rules, nrules)
FIND(policy_find_location, locations, nlocations)
FIND(policy_find_provider, providers, nproviders)

static struct bits eval(const struct set_expr *x, const struct bits *v, rdate d)
{
	struct bits z;
	bits_clear(&z);
	switch (x->op) {
	case SET_CONST: return x->c;
	case SET_SLOT: return v[x->slot];
	case SET_UNION: return bits_or(eval(x->l, v, d), eval(x->r, v, d));
	case SET_INTER: return bits_and(eval(x->l, v, d), eval(x->r, v, d));
	case SET_DIFF: return bits_andnot(eval(x->l, v, d), eval(x->r, v, d));
	case SET_NOT: return bits_not(eval(x->l, v, d), COUNTRY_COUNT);
	case SET_DATED: return x->since <= d && d < x->until ? eval(x->l, v, d) : z;
	}
	return z;
}

struct bits *policy_sets_at(const struct rsd_policy *p, rdate d)
{
	struct bits *v = xcalloc(p->nsets ? p->nsets : 1, sizeof *v);
	for (uint32_t i = 0; i < p->nsets; i++)
		if (p->sets[i].root)
			v[i] = eval(p->sets[i].root, v, d);
	return v;
}

void policy_index(struct rsd_policy *p)
{
	p->store_rules_by_class = xcalloc(p->nclasses + 1, sizeof(int32_t *));
	p->transfer_rules_by_class = xcalloc(p->nclasses + 1, sizeof(int32_t *));
	p->nstore_rules_by_class = xcalloc(p->nclasses + 1, sizeof(uint32_t));
	p->ntransfer_rules_by_class = xcalloc(p->nclasses + 1, sizeof(uint32_t));
}
