/*
** lower.c — turn the analysed AST into the compiled policy (src/policy.h):
** set slots with expression trees, class closures, rules with condition
** trees and quoted require text, tests with their facts.  Everything is
** allocated in policy->arena.
*/
#include "lower.h"

#include <string.h>

#include "country.h"

struct lower {
	struct sema *S;
	struct rsd_policy *p;
	struct set_slot *sets;
	size_t nsets, cap_sets;
};

#define PNEW(L, T, n) ((T *)arena_alloc(&(L)->p->arena, (size_t)(n) * sizeof(T)))

struct pol_loc lower_loc(const struct ast_loc *loc)
{
	struct pol_loc l = {loc->file, loc->line, loc->col};
	return l;
}

static const char *pstr(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

/* ================================================================ sets */

static struct set_expr *sx_new(struct lower *L, enum set_op op)
{
	struct set_expr *x = PNEW(L, struct set_expr, 1);
	x->op = op;
	x->slot = NO_SLOT;
	x->since = DATE_MIN;
	x->until = DATE_MAX;
	return x;
}

static struct set_expr *sx_bin(struct lower *L, enum set_op op, struct set_expr *l, struct set_expr *r)
{
	struct set_expr *x = sx_new(L, op);
	x->l = l;
	x->r = r;
	return x;
}

static struct set_expr *sx_const(struct lower *L, struct bits b)
{
	struct set_expr *x = sx_new(L, SET_CONST);
	x->c = b;
	return x;
}

static int32_t region_slot(struct lower *L, const struct ast_rexpr *e)
{
	if (e->res == RES_REGION)
		return L->S->regions.v[e->idx]->slot;
	return L->S->locations.v[e->idx]->slot;
}

/* rexpr -> set_expr tree; undated country members of a literal fold into one constant */
static struct set_expr *lower_rexpr(struct lower *L, const struct ast_rexpr *e)
{
	switch (e->kind) {
	case RX_NAME:
	case RX_LOC: {
		if (e->res == RES_COUNTRY) {
			struct bits b;
			bits_clear(&b);
			bits_set(&b, (unsigned)e->idx);
			return sx_const(L, b);
		}
		if (e->res == RES_WORLD)
			return sx_const(L, country_world());
		struct set_expr *x = sx_new(L, SET_SLOT);
		x->slot = region_slot(L, e);
		return x;
	}
	case RX_SET: {
		struct bits c;
		bits_clear(&c);
		struct set_expr *acc = NULL;
		for (const struct ast_member *m = e->members.head; m; m = m->next) {
			bool dated = m->since.set || m->until.set;
			if (!dated && m->e->kind == RX_NAME && m->e->res == RES_COUNTRY) {
				bits_set(&c, (unsigned)m->e->idx);
				continue;
			}
			struct set_expr *x = lower_rexpr(L, m->e);
			if (dated) {
				struct set_expr *d = sx_new(L, SET_DATED);
				d->l = x;
				if (m->since.set)
					d->since = m->since.d;
				if (m->until.set)
					d->until = m->until.d;
				x = d;
			}
			acc = acc ? sx_bin(L, SET_UNION, acc, x) : x;
		}
		if (!acc)
			return sx_const(L, c);
		if (!bits_empty(&c))
			return sx_bin(L, SET_UNION, sx_const(L, c), acc);
		return acc;
	}
	case RX_NOT:
		return sx_bin(L, SET_NOT, lower_rexpr(L, e->l), NULL);
	case RX_AND:
		return sx_bin(L, SET_INTER, lower_rexpr(L, e->l), lower_rexpr(L, e->r));
	case RX_UNION:
		return sx_bin(L, SET_UNION, lower_rexpr(L, e->l), lower_rexpr(L, e->r));
	case RX_DIFF:
		return sx_bin(L, SET_DIFF, lower_rexpr(L, e->l), lower_rexpr(L, e->r));
	}
	return sx_const(L, (struct bits){{0}});
}

static void set_slot(struct lower *L, int32_t slot, struct set_expr *root)
{
	L->sets = xgrow(L->sets, &L->cap_sets, (size_t)slot + 1, sizeof *L->sets);
	while (L->nsets <= (size_t)slot)
		memset(&L->sets[L->nsets++], 0, sizeof *L->sets);
	L->sets[slot].root = root;
}

/* A region expression written in a rule: a bare region or location reuses its slot. */
static int32_t rule_slot(struct lower *L, const struct ast_rexpr *e)
{
	if (!e)
		return NO_SLOT;
	if ((e->kind == RX_NAME && e->res == RES_REGION) || (e->kind == RX_LOC && e->res == RES_LOCATION))
		return region_slot(L, e);
	int32_t slot = (int32_t)L->nsets;
	set_slot(L, slot, lower_rexpr(L, e));
	return slot;
}

static bool sx_dated(const struct lower *L, const struct set_expr *x)
{
	if (!x)
		return false;
	switch (x->op) {
	case SET_DATED:
		return true;
	case SET_SLOT:
		return L->sets[x->slot].dated;
	case SET_CONST:
		return false;
	default:
		return sx_dated(L, x->l) || sx_dated(L, x->r);
	}
}

/* ================================================================ conditions */

static struct cond *lower_cond(struct lower *L, const struct ast_cond *c)
{
	struct cond *k = PNEW(L, struct cond, 1);
	k->op = c->op;
	k->loc = lower_loc(&c->loc);
	k->slot = NO_SLOT;
	k->level = -1;
	switch (c->op) {
	case COND_AND:
	case COND_OR:
		k->l = lower_cond(L, c->l);
		k->r = lower_cond(L, c->r);
		break;
	case COND_NOT:
		k->l = lower_cond(L, c->l);
		break;
	case COND_MECH:
		for (const struct ast_name *n = c->names.head; n; n = n->next)
			bits_set(&k->mechs, (unsigned)n->idx);
		break;
	case COND_FROM_IN:
	case COND_TO_IN:
	case COND_ORIGIN_IN:
	case COND_LOCATION_IN:
	case COND_PRIMARY_IN:
	case COND_KEY_IN:
	case COND_OPERATOR_IN:
		k->slot = rule_slot(L, c->region);
		break;
	case COND_SENSITIVITY:
		k->cmp = c->cmp;
		k->level = c->name.idx;
		break;
	case COND_SUBJECTS:
		k->cmp = c->cmp;
		k->num = c->num;
		break;
	case COND_VIA:
		k->via = c->via;
		break;
	case COND_ATTR:
		k->attr = pstr(&L->p->arena, c->name.s);
		break;
	case COND_ATTR_CMP:
		k->attr = pstr(&L->p->arena, c->name.s);
		k->cmp = c->cmp;
		k->val = c->val.v;
		k->val.s = pstr(&L->p->arena, c->val.v.s);
		break;
	default:
		break;
	}
	return k;
}


/* ================================================================ rules */

static void lower_rule(struct lower *L, const struct ast_decl *r, struct pol_rule *out)
{
	struct rsd_policy *p = L->p;
	out->name = pstr(&p->arena, r->name.s);
	out->title = pstr(&p->arena, r->title);
	out->loc = lower_loc(&r->name.loc);
	out->in_slot = out->origin_slot = out->from_slot = out->to_slot = NO_SLOT;
	out->severity = SEV_ERROR;
	out->since = DATE_MIN;
	out->until = DATE_MAX;
	uint32_t nwhen = 0, nreq = 0;
	for (const struct ast_item *it = r->items.head; it; it = it->next) {
		nwhen += it->kind == IT_WHEN;
		nreq += it->kind == IT_REQUIRE;
	}
	out->when = PNEW(L, struct cond *, nwhen);
	out->when_text = PNEW(L, const char *, nwhen);
	out->requires = PNEW(L, struct pol_require, nreq);
	for (const struct ast_item *it = r->items.head; it; it = it->next) {
		switch (it->kind) {
		case IT_ON: {
			out->kind = it->on_kind;
			const struct ast_classes *c = it->classes;
			bits_clear(&out->classes);
			if (c->kind == CLS_ANY) {
				for (uint32_t i = 0; i < p->nclasses; i++)
					bits_set(&out->classes, i);
			} else if (c->kind == CLS_SENS) {
				for (uint32_t i = 0; i < p->nclasses; i++)
					if (cmp_apply(p->classes[i].sens, c->cmp, c->level.idx))
						bits_set(&out->classes, i);
			} else {
				for (const struct ast_name *n = c->names.head; n; n = n->next)
					out->classes = bits_or(out->classes, p->classes[n->idx].descendants);
			}
			for (const struct ast_clause *cl = it->clauses.head; cl; cl = cl->next) {
				int32_t slot = rule_slot(L, cl->e);
				/* the clause as written, keyword included: "to not (EEA + EU_ADEQUATE)" */
				struct ast_loc span = cl->loc;
				if (cl->e && cl->e->loc.end > span.end)
					span.end = cl->e->loc.end;
				const char *text = ast_text(&p->arena, &span);
				switch (cl->kind) {
				case CL_IN: out->in_slot = slot; out->in_text = text; break;
				case CL_ORIGIN: out->origin_slot = slot; out->origin_text = text; break;
				case CL_FROM: out->from_slot = slot; out->from_text = text; break;
				case CL_TO: out->to_slot = slot; out->to_text = text; break;
				}
			}
			break;
		}
		case IT_WHEN:
			out->when_text[out->nwhen] = ast_text(&p->arena, &it->text_loc);
			out->when[out->nwhen++] = lower_cond(L, it->cond);
			break;
		case IT_REQUIRE: {
			struct pol_require *q = &out->requires[out->nrequires++];
			q->cond = lower_cond(L, it->cond);
			q->text = ast_text(&p->arena, &it->text_loc);
			q->loc = lower_loc(&it->text_loc);
			break;
		}
		case IT_SEVERITY: out->severity = it->sev; break;
		case IT_CITE: out->cite = pstr(&p->arena, it->str); break;
		case IT_MESSAGE: out->message = pstr(&p->arena, it->str); break;
		case IT_REMEDY: out->remedy = pstr(&p->arena, it->str); break;
		case IT_SINCE: out->since = it->date.d; break;
		case IT_UNTIL: out->until = it->date.d; break;
		}
	}
}

/* ================================================================ facts and tests */

static struct place *lower_places(struct arena *a, const struct ast_places *l, uint32_t *n)
{
	*n = l->n;
	struct place *v = arena_alloc(a, (l->n ? l->n : 1) * sizeof *v);
	uint32_t i = 0;
	for (const struct ast_place *p = l->head; p; p = p->next)
		v[i++] = p->pl;
	return v;
}

void lower_fact(struct arena *a, const struct ast_fact *f, int32_t file, struct pol_fact *out)
{
	memset(out, 0, sizeof *out);
	out->kind = f->kind;
	out->name = f->name.s ? arena_strdup(a, f->name.s) : NULL;
	out->text = ast_text(a, &f->loc);
	out->loc = lower_loc(&f->loc);
	out->loc.file = file;
	for (const struct ast_name *n = f->classes.head; n; n = n->next)
		bits_set(&out->classes, (unsigned)n->idx);
	out->from_store = out->to_store = -1;
	if (f->kind == FACT_STORE) {
		out->places = lower_places(a, &f->at, &out->nplaces);
	} else {
		out->from_store = f->from->store;
		out->to_store = f->to->store;
		out->from = f->from->pl;
		out->to = f->to->pl;
	}
	uint32_t nmechs = 0, nattrs = 0;
	for (const struct ast_prop *p = f->props.head; p; p = p->next) {
		nmechs += p->kind == PR_MECH;
		nattrs += p->kind == PR_ATTR;
	}
	out->mechs = arena_alloc(a, (nmechs ? nmechs : 1) * sizeof *out->mechs);
	out->attrs = arena_alloc(a, (nattrs ? nattrs : 1) * sizeof *out->attrs);
	for (const struct ast_prop *p = f->props.head; p; p = p->next) {
		switch (p->kind) {
		case PR_MECH: {
			struct pol_mech_attest *m = &out->mechs[out->nmechs++];
			m->mech = p->name.idx;
			m->expires = p->until.set ? p->until.d : DATE_MAX;
			break;
		}
		case PR_ENC_IN_TRANSIT: out->enc_in_transit = true; break;
		case PR_ENC_AT_REST: out->enc_at_rest = true; break;
		case PR_PSEUDO: out->pseudonymized = true; break;
		case PR_ANON: out->anonymized = true; break;
		case PR_KEY:
			out->has_key = true;
			out->key = p->places.head->pl;
			break;
		case PR_SUBJECTS:
			out->subjects = p->num;
			out->has_subjects = true;
			break;
		case PR_ORIGIN: out->origin = lower_places(a, &p->places, &out->norigin); break;
		case PR_REPLICAS: out->replicas = lower_places(a, &p->places, &out->nreplicas); break;
		case PR_BACKUPS: out->backups = lower_places(a, &p->places, &out->nbackups); break;
		case PR_ATTR: {
			struct pol_attr *at = &out->attrs[out->nattrs++];
			at->name = arena_strdup(a, p->name.s);
			at->val = p->val.v;
			if (at->val.s)
				at->val.s = arena_strdup(a, at->val.s);
			break;
		}
		case PR_COUNT:
			break;
		}
	}
}

static void lower_test(struct lower *L, const struct ast_decl *t, struct pol_test *out)
{
	struct arena *a = &L->p->arena;
	out->name = arena_strdup(a, t->name.s);
	out->loc = lower_loc(&t->name.loc);
	out->as_of = DATE_NONE;
	uint32_t nfacts = 0, nexp = 0;
	for (const struct ast_titem *it = t->titems.head; it; it = it->next) {
		nfacts += it->kind == TI_FACT;
		if (it->kind == TI_EXPECT)
			nexp += it->rules.n;
	}
	out->facts = PNEW(L, struct pol_fact, nfacts ? nfacts : 1);
	out->expect = PNEW(L, int32_t, nexp ? nexp : 1);
	for (const struct ast_titem *it = t->titems.head; it; it = it->next) {
		switch (it->kind) {
		case TI_AS_OF:
			out->as_of = it->date.d;
			break;
		case TI_FACT:
			lower_fact(a, it->fact, t->loc.file, &out->facts[out->nfacts++]);
			break;
		case TI_EXPECT_PASS:
			out->expect_pass = true;
			break;
		case TI_EXPECT:
			for (const struct ast_name *n = it->rules.head; n; n = n->next) {
				bool dup = false;
				for (uint32_t i = 0; i < out->nexpect; i++)
					dup |= out->expect[i] == n->idx;
				if (!dup)
					out->expect[out->nexpect++] = n->idx;
			}
			break;
		}
	}
}

/* ================================================================ policy */

struct rsd_policy *lower_policy(struct sema *S, const struct pol_file *files, uint32_t nfiles)
{
	struct rsd_policy *p = xcalloc(1, sizeof *p);
	arena_init(&p->arena);
	struct lower L = {S, p, NULL, 0, 0};
	struct arena *a = &p->arena;

	p->files = PNEW(&L, struct pol_file, nfiles ? nfiles : 1);
	for (uint32_t i = 0; i < nfiles; i++) {
		p->files[i].path = arena_strdup(a, files[i].path);
		p->files[i].root = files[i].root;
	}
	p->nfiles = nfiles;

	p->nlevels = S->nlevels;
	p->levels = PNEW(&L, const char *, S->nlevels ? S->nlevels : 1);
	for (uint32_t i = 0; i < S->nlevels; i++)
		p->levels[i] = arena_strdup(a, S->level_names[i]);

	/* sets: regions and locations first (post-order), then operators */
	if (S->nslots)
		set_slot(&L, (int32_t)S->nslots - 1, NULL);
	p->nregions = (uint32_t)S->regions.n;
	p->regions = PNEW(&L, struct pol_region, p->nregions ? p->nregions : 1);
	for (uint32_t i = 0; i < p->nregions; i++) {
		const struct ast_decl *r = S->regions.v[i];
		p->regions[i].name = arena_strdup(a, r->name.s);
		p->regions[i].title = pstr(a, r->title);
		p->regions[i].loc = lower_loc(&r->name.loc);
		p->regions[i].slot = r->slot;
		L.sets[r->slot].root = lower_rexpr(&L, r->value);
	}
	p->nproviders = (uint32_t)S->providers.n;
	p->providers = PNEW(&L, struct pol_provider, p->nproviders ? p->nproviders : 1);
	for (uint32_t i = 0; i < p->nproviders; i++) {
		const struct ast_decl *v = S->providers.v[i];
		p->providers[i].name = arena_strdup(a, v->name.s);
		p->providers[i].title = pstr(a, v->title);
		p->providers[i].loc = lower_loc(&v->name.loc);
		p->providers[i].operator_slot = v->op_slot;
		L.sets[v->op_slot].root = lower_rexpr(&L, v->oper);
	}
	p->nlocations = (uint32_t)S->locations.n;
	p->locations = PNEW(&L, struct pol_location, p->nlocations ? p->nlocations : 1);
	for (uint32_t i = 0; i < p->nlocations; i++) {
		const struct ast_decl *v = S->locations.v[i];
		struct pol_location *l = &p->locations[i];
		l->name = arena_strdup(a, v->name.s);
		l->title = pstr(a, v->title);
		l->loc = lower_loc(&v->name.loc);
		l->slot = v->slot;
		L.sets[v->slot].root = lower_rexpr(&L, v->value);
		const char *colon = strchr(v->name.s, ':');
		char prov[128];
		size_t plen = colon ? (size_t)(colon - v->name.s) : 0;
		l->provider = -1;
		if (plen < sizeof prov) {
			memcpy(prov, v->name.s, plen);
			prov[plen] = '\0';
			struct sym *s = sym_find(&S->provs, prov);
			if (s)
				l->provider = s->idx;
		}
		if (v->oper) {
			l->operator_slot = v->op_slot;
			L.sets[v->op_slot].root = lower_rexpr(&L, v->oper);
		} else {
			l->operator_slot = l->provider >= 0 ? p->providers[l->provider].operator_slot : NO_SLOT;
		}
	}

	/* classes: closure over the DAG, parents before children */
	p->nclasses = (uint32_t)S->classes.n;
	p->classes = PNEW(&L, struct pol_class, p->nclasses ? p->nclasses : 1);
	for (uint32_t i = 0; i < p->nclasses; i++) {
		const struct ast_decl *c = S->classes.v[i];
		struct pol_class *k = &p->classes[i];
		k->name = arena_strdup(a, c->name.s);
		k->title = pstr(a, c->title);
		k->loc = lower_loc(&c->name.loc);
		k->parents = PNEW(&L, int32_t, c->names.n ? c->names.n : 1);
		for (const struct ast_name *n = c->names.head; n; n = n->next)
			k->parents[k->nparents++] = n->idx;
		k->sens = S->class_sens[i];
	}
	for (uint32_t k = 0; k < p->nclasses; k++) {
		int32_t i = S->class_order[k];
		struct pol_class *c = &p->classes[i];
		bits_set(&c->ancestors, (unsigned)i);
		for (uint32_t j = 0; j < c->nparents; j++)
			c->ancestors = bits_or(c->ancestors, p->classes[c->parents[j]].ancestors);
	}
	for (uint32_t i = 0; i < p->nclasses; i++)
		BITS_FOREACH(anc, &p->classes[i].ancestors)
			bits_set(&p->classes[anc].descendants, i);

	p->nmechs = (uint32_t)S->mechs.n;
	p->mechs = PNEW(&L, struct pol_mechanism, p->nmechs ? p->nmechs : 1);
	for (uint32_t i = 0; i < p->nmechs; i++) {
		const struct ast_decl *m = S->mechs.v[i];
		p->mechs[i].name = arena_strdup(a, m->name.s);
		p->mechs[i].title = pstr(a, m->title);
		p->mechs[i].cite = pstr(a, m->cite);
		p->mechs[i].loc = lower_loc(&m->name.loc);
	}

	p->nrules = (uint32_t)S->rules.n;
	p->rules = PNEW(&L, struct pol_rule, p->nrules ? p->nrules : 1);
	for (uint32_t i = 0; i < p->nrules; i++)
		lower_rule(&L, S->rules.v[i], &p->rules[i]);

	p->ntests = (uint32_t)S->tests_v.n;
	p->tests = PNEW(&L, struct pol_test, p->ntests ? p->ntests : 1);
	for (uint32_t i = 0; i < p->ntests; i++)
		lower_test(&L, S->tests_v.v[i], &p->tests[i]);

	/* every SET_SLOT refers to a smaller slot: one forward pass decides `dated` */
	for (size_t i = 0; i < L.nsets; i++)
		L.sets[i].dated = sx_dated(&L, L.sets[i].root);
	p->nsets = (uint32_t)L.nsets;
	p->sets = L.nsets ? arena_memdup(a, L.sets, L.nsets * sizeof *L.sets) : PNEW(&L, struct set_slot, 1);
	xfree(L.sets);

	policy_index(p);
	return p;
}
