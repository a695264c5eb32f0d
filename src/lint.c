/*
** lint.c — `residency lint`: analyses of a compiled policy that find
** declarations with no effect and rules that cannot work as written.
** Only declarations of root files (named on the command line) are
** reported: the libraries they import are linted on their own.
**
** The satisfiability checks treat the atoms of a rule's conditions as free
** boolean variables, except that atoms over an empty set are false, a
** `sensitivity` test is decided when every class of the rule's scope agrees,
** and `from in` / `to in` atoms (one country each) must have a common
** country with the rule's own `from` / `to` scope; a transfer is of exactly
** one kind (`via flow`, `via replica`, `via backup`), and a fact that does
** not state its subject count (`not subjects known`) compares as 0 in
** `subjects OP N`.  An unsatisfiable
** formula under this relaxation is unsatisfiable for real, so every warning
** is sound; some unsatisfiable requirements go unnoticed.
*/
#include <string.h>

#include "country.h"
#include "lint.h"
#include "residency.h"
#include "where.h"

struct lint {
	const struct rsd_policy *p;
	struct rsd_diags *d;
	rdate date;
	struct bits *sets;
	int count;
};

/* ================================================================ positions */

static bool in_root(const struct lint *L, struct pol_loc pl);

static struct src_loc loc_of(const struct lint *L, struct pol_loc pl, size_t span)
{
	struct src_loc l = { NULL, pl.line, pl.col, (uint32_t)span };
	if (pl.file < 0 || (uint32_t)pl.file >= L->p->nfiles)
		return l;
	const char *path = L->p->files[pl.file].path;
	for (size_t i = 0; i < L->d->nfiles; i++)
		if (strcmp(L->d->files[i]->name, path) == 0) {
			l.file = L->d->files[i];
			return l;
		}
	/* compiled with other diagnostics: register the root file (read again) */
	size_t len;
	char *text = in_root(L, pl) ? read_file(path, &len, (size_t)1 << 30) : NULL;
	if (text)
		l.file = diag_add_file(L->d, path, text, len);
	return l;
}

static bool in_root(const struct lint *L, struct pol_loc pl)
{
	return pl.file >= 0 && (uint32_t)pl.file < L->p->nfiles && L->p->files[pl.file].root;
}

static void warn(struct lint *L, struct pol_loc pl, size_t span, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void warn(struct lint *L, struct pol_loc pl, size_t span, const char *fmt, ...)
{
	struct src_loc l = loc_of(L, pl, span);
	va_list ap;
	va_start(ap, fmt);
	if (l.file) {
		diag_vadd(L->d, DIAG_WARNING, &l, fmt, ap);
	} else {
		/* the source is gone: keep the position in the text */
		struct strbuf sb = { 0 };
		sb_printf(&sb, "%s:%u:%u: ", pl.file >= 0 && (uint32_t)pl.file < L->p->nfiles
			  ? L->p->files[pl.file].path : "?", pl.line, pl.col);
		sb_vprintf(&sb, fmt, ap);
		diag_warning(L->d, NULL, "%s", sb.s);
		sb_free(&sb);
	}
	va_end(ap);
	L->count++;
}

/* ================================================================ unused */

static void mark_expr(const struct set_expr *x, bool *refd)
{
	for (; x; x = x->r) {
		if (x->op == SET_SLOT && x->slot >= 0)
			refd[x->slot] = true;
		mark_expr(x->l, refd);
		if (x->op == SET_SLOT || x->op == SET_CONST)
			break;
	}
}

static void mark_cond(const struct cond *c, bool *refd, bool *mechs, uint32_t nmechs)
{
	if (!c)
		return;
	switch (c->op) {
	case COND_AND: case COND_OR:
		mark_cond(c->r, refd, mechs, nmechs);
		/* fall through */
	case COND_NOT:
		mark_cond(c->l, refd, mechs, nmechs);
		return;
	case COND_MECH:
		BITS_FOREACH(m, &c->mechs)
			if ((uint32_t)m < nmechs)
				mechs[m] = true;
		return;
	case COND_FROM_IN: case COND_TO_IN: case COND_ORIGIN_IN: case COND_LOCATION_IN:
	case COND_PRIMARY_IN: case COND_KEY_IN: case COND_OPERATOR_IN:
		if (c->slot >= 0)
			refd[c->slot] = true;
		return;
	default:
		return;
	}
}

static void lint_unused(struct lint *L)
{
	const struct rsd_policy *p = L->p;
	bool *refd = xcalloc(p->nsets + 1, sizeof *refd);
	bool *mechs = xcalloc(p->nmechs + 1, sizeof *mechs);
	bool *provs = xcalloc(p->nproviders + 1, sizeof *provs);
	struct bits classes;
	bits_clear(&classes);

	for (uint32_t i = 0; i < p->nsets; i++)
		mark_expr(p->sets[i].root, refd);
	for (uint32_t i = 0; i < p->nrules; i++) {
		const struct pol_rule *r = &p->rules[i];
		int32_t slots[4] = { r->in_slot, r->origin_slot, r->from_slot, r->to_slot };
		for (int k = 0; k < 4; k++)
			if (slots[k] >= 0)
				refd[slots[k]] = true;
		for (uint32_t k = 0; k < r->nwhen; k++)
			mark_cond(r->when[k], refd, mechs, p->nmechs);
		for (uint32_t k = 0; k < r->nrequires; k++)
			mark_cond(r->requires[k].cond, refd, mechs, p->nmechs);
		classes = bits_or(classes, r->classes);
	}
	for (uint32_t i = 0; i < p->nclasses; i++)
		for (uint32_t k = 0; k < p->classes[i].nparents; k++)
			bits_set(&classes, (unsigned)p->classes[i].parents[k]);
	for (uint32_t i = 0; i < p->ntests; i++)
		for (uint32_t k = 0; k < p->tests[i].nfacts; k++) {
			const struct pol_fact *f = &p->tests[i].facts[k];
			classes = bits_or(classes, f->classes);
			for (uint32_t m = 0; m < f->nmechs; m++)
				if (f->mechs[m].mech >= 0 && (uint32_t)f->mechs[m].mech < p->nmechs)
					mechs[f->mechs[m].mech] = true;
		}
	for (uint32_t i = 0; i < p->nlocations; i++)
		if (p->locations[i].provider >= 0)
			provs[p->locations[i].provider] = true;

	for (uint32_t i = 0; i < p->nregions; i++) {
		const struct pol_region *r = &p->regions[i];
		if (in_root(L, r->loc) && !refd[r->slot])
			warn(L, r->loc, strlen(r->name), "region '%s' is never used", r->name);
	}
	for (uint32_t i = 0; i < p->nclasses; i++) {
		const struct pol_class *c = &p->classes[i];
		if (in_root(L, c->loc) && !bits_has(&classes, i))
			warn(L, c->loc, strlen(c->name),
			     "class '%s' is never used: no rule applies to it and no class or test names it", c->name);
	}
	for (uint32_t i = 0; i < p->nmechs; i++) {
		const struct pol_mechanism *m = &p->mechs[i];
		if (in_root(L, m->loc) && !mechs[i])
			warn(L, m->loc, strlen(m->name),
			     "mechanism '%s' is never used: no rule or test names it, so attesting it changes nothing",
			     m->name);
	}
	for (uint32_t i = 0; i < p->nproviders; i++) {
		const struct pol_provider *v = &p->providers[i];
		if (in_root(L, v->loc) && !provs[i])
			warn(L, v->loc, strlen(v->name), "provider '%s' is never used: no location belongs to it",
			     v->name);
	}
	xfree(refd);
	xfree(mechs);
	xfree(provs);
}

/* ================================================================ empty regions */

static void lint_empty_regions(struct lint *L)
{
	const struct rsd_policy *p = L->p;
	char db[11];
	date_format(L->date, db);
	for (uint32_t i = 0; i < p->nregions; i++) {
		const struct pol_region *r = &p->regions[i];
		if (in_root(L, r->loc) && bits_empty(&L->sets[r->slot]))
			warn(L, r->loc, strlen(r->name), "region '%s' is empty on %s", r->name, db);
	}
}

/* ================================================================ satisfiability */

#define MAX_ATOMS 16

enum tv { TV_FALSE, TV_TRUE, TV_FREE };

/*
** The atoms of one formula.  @fixed: the value of an atom that is decided
** without a fact; TV_FREE otherwise.
*/
struct atoms {
	const struct cond *v[MAX_ATOMS];
	enum tv fixed[MAX_ATOMS];
	uint32_t n;
	bool overflow;
	/* for one-country atoms (from in / to in): the rule's scope */
	struct bits from_scope, to_scope;
};

static bool is_set_atom(enum cond_op op)
{
	switch (op) {
	case COND_FROM_IN: case COND_TO_IN: case COND_ORIGIN_IN: case COND_LOCATION_IN:
	case COND_PRIMARY_IN: case COND_KEY_IN: case COND_OPERATOR_IN:
		return true;
	default:
		return false;
	}
}

static bool same_atom(const struct lint *L, const struct cond *a, const struct cond *b)
{
	if (a->op != b->op)
		return false;
	if (is_set_atom(a->op))
		return bits_eq(&L->sets[a->slot], &L->sets[b->slot]);
	switch (a->op) {
	case COND_MECH:
		return bits_eq(&a->mechs, &b->mechs);
	case COND_SENSITIVITY:
		return a->cmp == b->cmp && a->level == b->level;
	case COND_SUBJECTS:
		return a->cmp == b->cmp && a->num == b->num;
	case COND_VIA:
		return a->via == b->via;
	case COND_ATTR:
		return strcmp(a->attr, b->attr) == 0;
	case COND_ATTR_CMP:
		if (strcmp(a->attr, b->attr) != 0 || a->cmp != b->cmp || a->val.kind != b->val.kind)
			return false;
		switch (a->val.kind) {
		case VAL_STR: return strcmp(a->val.s, b->val.s) == 0;
		case VAL_NUM: return a->val.n == b->val.n;
		case VAL_BOOL: return a->val.b == b->val.b;
		default: return true;
		}
	default:
		return true;	/* flags: same operator, same atom */
	}
}


static enum tv fixed_value(const struct lint *L, const struct pol_rule *r, const struct cond *c)
{
	if (is_set_atom(c->op))
		return bits_empty(&L->sets[c->slot]) ? TV_FALSE : TV_FREE;
	if (c->op == COND_MECH)
		return bits_empty(&c->mechs) ? TV_FALSE : TV_FREE;
	if (c->op == COND_SENSITIVITY) {
		bool any_t = false, any_f = false;
		BITS_FOREACH(k, &r->classes) {
			if ((uint32_t)k >= L->p->nclasses)
				continue;
			if (cmp_apply(L->p->classes[k].sens, c->cmp, c->level))
				any_t = true;
			else
				any_f = true;
		}
		return any_t && !any_f ? TV_TRUE : any_f && !any_t ? TV_FALSE : TV_FREE;
	}
	return TV_FREE;
}

static void collect(const struct lint *L, const struct pol_rule *r, const struct cond *c, struct atoms *A)
{
	switch (c->op) {
	case COND_TRUE: case COND_FALSE:
		return;
	case COND_AND: case COND_OR:
		collect(L, r, c->l, A);
		collect(L, r, c->r, A);
		return;
	case COND_NOT:
		collect(L, r, c->l, A);
		return;
	default:
		for (uint32_t i = 0; i < A->n; i++)
			if (same_atom(L, A->v[i], c))
				return;
		if (A->n == MAX_ATOMS) {
			A->overflow = true;
			return;
		}
		A->fixed[A->n] = fixed_value(L, r, c);
		A->v[A->n++] = c;
	}
}

static bool value(const struct lint *L, const struct atoms *A, const struct cond *c, uint32_t bits)
{
	switch (c->op) {
	case COND_TRUE: return true;
	case COND_FALSE: return false;
	case COND_AND: return value(L, A, c->l, bits) && value(L, A, c->r, bits);
	case COND_OR: return value(L, A, c->l, bits) || value(L, A, c->r, bits);
	case COND_NOT: return !value(L, A, c->l, bits);
	default:
		for (uint32_t i = 0; i < A->n; i++)
			if (same_atom(L, A->v[i], c))
				return (bits >> i) & 1;
		return true;	/* not collected (overflow): never reached */
	}
}

/* An assignment is possible: fixed atoms have their value, and the one
   source / destination country of a pair satisfies its atoms. */
static bool consistent(const struct lint *L, const struct atoms *A, uint32_t bits)
{
	struct bits from = A->from_scope, to = A->to_scope;
	unsigned via_true = 0, via_false = 0;	/* bit k: some `via` atom of kind k is true / false */
	bool unknown = false;	/* `subjects known` is false */
	for (uint32_t i = 0; i < A->n; i++) {
		bool v = (bits >> i) & 1;
		if (A->fixed[i] != TV_FREE && v != (A->fixed[i] == TV_TRUE))
			return false;
		const struct cond *c = A->v[i];
		if (c->op == COND_FROM_IN)
			from = v ? bits_and(from, L->sets[c->slot]) : bits_andnot(from, L->sets[c->slot]);
		else if (c->op == COND_TO_IN)
			to = v ? bits_and(to, L->sets[c->slot]) : bits_andnot(to, L->sets[c->slot]);
		else if (c->op == COND_VIA)
			*(v ? &via_true : &via_false) |= 1u << c->via;
		else if (c->op == COND_SUBJECTS_KNOWN && !v)
			unknown = true;
	}
	/* a transfer has exactly one kind */
	unsigned kinds = 1u << VIA_FLOW | 1u << VIA_REPLICA | 1u << VIA_BACKUP;
	if ((via_true & (via_true - 1)) || (via_true & via_false) || (!via_true && via_false == kinds))
		return false;
	/* an absent count compares as 0 */
	for (uint32_t i = 0; unknown && i < A->n; i++)
		if (A->v[i]->op == COND_SUBJECTS &&
		    (((bits >> i) & 1) != 0) != cmp_apply(0, A->v[i]->cmp, A->v[i]->num))
			return false;
	return !bits_empty(&from) && !bits_empty(&to);
}

/*
** Is the conjunction of conds[0..n) satisfiable (in the relaxation above)?
** Returns true when it cannot tell (too many atoms).
*/
static bool satisfiable(const struct lint *L, const struct pol_rule *r, const struct cond *const *conds,
			uint32_t n)
{
	struct atoms A;
	memset(&A, 0, sizeof A);
	struct bits world = country_world();
	A.from_scope = r->kind == RULE_TRANSFER && r->from_slot != NO_SLOT ? L->sets[r->from_slot] : world;
	A.to_scope = r->kind == RULE_TRANSFER && r->to_slot != NO_SLOT ? L->sets[r->to_slot] : world;
	for (uint32_t i = 0; i < n; i++)
		collect(L, r, conds[i], &A);
	if (A.overflow)
		return true;
	for (uint32_t bits = 0; bits < (1u << A.n); bits++) {
		if (!consistent(L, &A, bits))
			continue;
		bool all = true;
		for (uint32_t i = 0; i < n && all; i++)
			all = value(L, &A, conds[i], bits);
		if (all)
			return true;
	}
	return false;
}

/* ================================================================ rules */

static const char *scope_empty(const struct lint *L, const struct pol_rule *r)
{
	if (bits_empty(&r->classes))
		return "its class scope matches no class";
	struct { int32_t slot; const char *what; } s[4] = {
		{ r->in_slot, "its `in` region is empty on the date" },
		{ r->origin_slot, "its `origin` region is empty on the date" },
		{ r->from_slot, "its `from` region is empty on the date" },
		{ r->to_slot, "its `to` region is empty on the date" },
	};
	for (int k = 0; k < 4; k++)
		if (s[k].slot != NO_SLOT && bits_empty(&L->sets[s[k].slot]))
			return s[k].what;
	return NULL;
}

static void lint_rules(struct lint *L)
{
	const struct rsd_policy *p = L->p;
	const struct cond **conds = NULL;
	size_t cap = 0;

	for (uint32_t i = 0; i < p->nrules; i++) {
		const struct pol_rule *r = &p->rules[i];
		if (!in_root(L, r->loc))
			continue;
		const char *why = scope_empty(L, r);
		if (why) {
			warn(L, r->loc, strlen(r->name), "rule '%s' can never apply: %s", r->name, why);
			continue;
		}
		conds = xgrow(conds, &cap, r->nwhen + 1, sizeof *conds);
		for (uint32_t k = 0; k < r->nwhen; k++)
			conds[k] = r->when[k];
		if (!satisfiable(L, r, conds, r->nwhen)) {
			/* point at the first `when` that is false on its own, else the rule */
			uint32_t k = 0;
			while (k < r->nwhen && satisfiable(L, r, &conds[k], 1))
				k++;
			if (k < r->nwhen && r->when_text && r->when_text[k])
				warn(L, r->when[k]->loc, 0, "rule '%s' can never apply: `when %s` can never hold",
				     r->name, r->when_text[k]);
			else if (k < r->nwhen)
				warn(L, r->when[k]->loc, 0, "rule '%s' can never apply: this `when` can never hold",
				     r->name);
			else
				warn(L, r->loc, strlen(r->name),
				     "rule '%s' can never apply: its `when` conditions contradict each other", r->name);
			continue;
		}
		for (uint32_t j = 0; j < r->nrequires; j++) {
			const struct pol_require *q = &r->requires[j];
			if (q->cond->op == COND_FALSE)
				continue;	/* `require false`: the idiom for "forbidden" */
			conds[r->nwhen] = q->cond;
			if (!satisfiable(L, r, conds, r->nwhen + 1))
				warn(L, q->loc, q->text ? strlen(q->text) : 0,
				     "no fact can satisfy `require %s`: rule '%s' is violated whenever it applies "
				     "(write `require false` if that is intended)",
				     q->text ? q->text : "...", r->name);
		}
	}
	xfree(conds);
}

/* ================================================================ classes */

/*
** Store profiles tried at each place: every combination of encryption at
** rest and in transit, pseudonymisation and a key at the place; when some
** store rule asks `subjects known`, each also with a stated count of 0
** (the count an absent one compares as).
*/
#define NPROFILES 16
/*
** Places judged per evaluation.  Judging every place at once kept every
** finding (a store rule violated almost everywhere: ~9600 findings, about
** 545 KB per rule; a 7 MB policy needed over 23 GB).  A batch keeps the
** findings of BATCH_PLACES * NPROFILES facts only, and what the warnings
** need is folded into a few bits per rule as each batch is done.  One
** place per batch was also the fastest (the findings stay in the cache):
** 8000 such rules, 4.5 s and 36 MB instead of 32 s and 4.4 GB.
*/
#define BATCH_PLACES 1

static bool cond_has(const struct cond *c, enum cond_op op)
{
	if (!c)
		return false;
	if (c->op == op)
		return true;
	return (c->op == COND_AND || c->op == COND_OR || c->op == COND_NOT) &&
	       (cond_has(c->l, op) || cond_has(c->r, op));
}

static uint32_t store_profiles(const struct rsd_policy *p)
{
	for (uint32_t i = 0; i < p->nrules; i++) {
		const struct pol_rule *r = &p->rules[i];
		if (r->kind != RULE_STORE)
			continue;
		for (uint32_t k = 0; k < r->nwhen; k++)
			if (cond_has(r->when[k], COND_SUBJECTS_KNOWN))
				return 2 * NPROFILES;
		for (uint32_t k = 0; k < r->nrequires; k++)
			if (cond_has(r->requires[k].cond, COND_SUBJECTS_KNOWN))
				return 2 * NPROFILES;
	}
	return NPROFILES;
}

static void lint_classes(struct lint *L)
{
	const struct rsd_policy *p = L->p;
	struct bits all;
	bits_clear(&all);
	uint32_t nc = p->nclasses < BITS_MAX ? p->nclasses : BITS_MAX;
	for (uint32_t c = 0; c < nc; c++)
		bits_set(&all, c);
	if (bits_empty(&all))
		return;

	uint32_t nplaces;
	struct place *places = where_all_places(p, &nplaces);
	const uint32_t nprof = store_profiles(p);
	struct pol_fact *facts = xmalloc(BATCH_PLACES * nprof * sizeof *facts);
	struct bits *viol = xmalloc(BATCH_PLACES * nprof * sizeof *viol);
	/* cnt[i * nc + c]: rules violated for class c by fact i of the batch */
	uint32_t *cnt = xmalloc((size_t)BATCH_PLACES * nprof * nc * sizeof *cnt);
	/* best[pi * nc + c]: the fact of place pi with the fewest for class c */
	uint32_t *best = xmalloc((size_t)BATCH_PLACES * nc * sizeof *best);
	/* forbid[rule]: classes the rule is violated for at some place's
	   least-violating profile (for that class) */
	struct bits *forbid = xcalloc(p->nrules + 1, sizeof *forbid);
	struct bits ok;	/* classes some fact stores without violating a rule */
	bits_clear(&ok);
	for (uint32_t p0 = 0; p0 < nplaces; p0 += BATCH_PLACES) {
		uint32_t np = nplaces - p0 < BATCH_PLACES ? nplaces - p0 : BATCH_PLACES;
		uint32_t n = np * nprof;
		memset(facts, 0, n * sizeof *facts);
		for (uint32_t i = 0; i < n; i++) {
			struct pol_fact *f = &facts[i];
			uint32_t pi = p0 + i / nprof, prof = i % nprof;
			f->kind = FACT_STORE;
			f->classes = all;
			f->places = &places[pi];
			f->nplaces = 1;
			f->from_store = f->to_store = -1;
			f->enc_at_rest = prof & 1;
			f->enc_in_transit = prof & 2;
			f->pseudonymized = prof & 4;
			f->has_key = prof & 8;
			f->has_subjects = prof & 16;
			f->key = places[pi];
		}
		struct rsd_plan *pl;
		struct rsd_result *res = where_eval_facts(p, facts, n, L->date, &pl);
		memset(viol, 0, n * sizeof *viol);
		memset(cnt, 0, (size_t)n * nc * sizeof *cnt);
		for (uint32_t k = 0; k < res->nfindings; k++) {
			int i = where_finding_place(&res->findings[k]);
			if (i < 0 || (uint32_t)i >= n)
				continue;
			viol[i] = bits_or(viol[i], *finding_classes(&res->findings[k]));
			BITS_FOREACH(c, finding_classes(&res->findings[k]))
				if ((uint32_t)c < nc)
					cnt[(size_t)i * nc + (uint32_t)c]++;
		}
		for (uint32_t i = 0; i < n; i++)
			ok = bits_or(ok, bits_andnot(all, viol[i]));
		for (uint32_t pi = 0; pi < np; pi++)
			for (uint32_t c = 0; c < nc; c++) {
				uint32_t b = pi * nprof;
				for (uint32_t q = 1; q < nprof; q++)
					if (cnt[(size_t)(pi * nprof + q) * nc + c] < cnt[(size_t)b * nc + c])
						b = pi * nprof + q;
				best[(size_t)pi * nc + c] = b;
			}
		for (uint32_t k = 0; k < res->nfindings; k++) {
			const struct finding *f = &res->findings[k];
			int i = where_finding_place(f);
			if (i < 0 || (uint32_t)i >= n)
				continue;
			BITS_FOREACH(c, finding_classes(f))
				if ((uint32_t)c < nc && best[(size_t)((uint32_t)i / nprof) * nc + (uint32_t)c] == (uint32_t)i)
					bits_set(&forbid[f->rule], (unsigned)c);
		}
		result_free(res);
		plan_free(pl);
	}
	xfree(cnt);
	xfree(best);
	xfree(viol);
	xfree(facts);
	struct bits failing = bits_andnot(all, ok);
	for (uint32_t c = 0; c < nc; c++) {
		if (!bits_has(&failing, c))
			continue;
		/* reported with a parent that has no compliant location either */
		bool folded = false;
		for (uint32_t k = 0; k < p->classes[c].nparents && !folded; k++)
			folded = bits_has(&failing, (unsigned)p->classes[c].parents[k]);
		if (folded)
			continue;
		struct strbuf sb = { 0 };
		const struct pol_rule *first_root = NULL;
		for (uint32_t k = 0; k < p->nrules; k++) {
			int32_t ri = p->rule_order ? p->rule_order[k] : (int32_t)k;
			if (!bits_has(&forbid[ri], c))
				continue;
			sb_printf(&sb, "%s%s", sb.len ? ", " : "", p->rules[ri].name);
		}
		for (uint32_t k = 0; k < p->nrules && !first_root; k++)
			if (bits_has(&forbid[k], c) && in_root(L, p->rules[k].loc))
				first_root = &p->rules[k];
		const struct pol_class *pc = &p->classes[c];
		struct strbuf sub = { 0 };
		struct bits desc = bits_and(pc->descendants, failing);
		bits_unset(&desc, c);
		BITS_FOREACH(k, &desc)
			sb_printf(&sub, "%s%s", sub.len ? ", " : "; so do its subclasses ", p->classes[k].name);
		struct pol_loc at = in_root(L, pc->loc) ? pc->loc : first_root ? first_root->loc : pc->loc;
		const char *what = in_root(L, pc->loc) ? pc->name : first_root ? first_root->name : NULL;
		if (what)
			warn(L, at, strlen(what),
			     "class '%s' has no compliant location: every country and catalog location "
			     "violates a store rule (%s)%s", pc->name, sb.s ? sb.s : "", sub.s ? sub.s : "");
		sb_free(&sub);
		sb_free(&sb);
	}
	xfree(forbid);
	xfree(places);
}

/* ================================================================ driver */

/* See lint.h. */
int lint_policy(const struct rsd_policy *p, rdate date, struct rsd_diags *d)
{
	struct lint L = { p, d, date, policy_sets_at(p, date), 0 };
	lint_unused(&L);
	lint_empty_regions(&L);
	lint_rules(&L);
	lint_classes(&L);
	xfree(L.sets);
	diag_sort(d);
	return L.count;
}

/* See residency.h. */
int rsd_lint(const rsd_policy *p, rsd_date as_of, rsd_diags *d)
{
	return lint_policy(p, as_of == RSD_DATE_NONE ? date_today() : as_of, d);
}
