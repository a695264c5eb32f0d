/*
** sema.c — semantic analysis (LANGUAGE.md §2–§4): declarations into one
** namespace (plus locations and providers), names resolved wherever they
** are used (order-independent), region and class cycles, rule and test
** item counts, atoms allowed per rule kind, facts.  Every problem is a
** queued diagnostic; analysis goes on over the whole tree.  lower.c turns
** the resolved tree into struct rsd_policy.
*/
#include "sema.h"

#include <stdlib.h>
#include <string.h>

#include "country.h"

static const char *const default_levels[] = {
	"public", "internal", "confidential", "sensitive", "highly_sensitive",
};

static const char *const sym_kind_name[] = {
	[SYM_REGION] = "region", [SYM_CLASS] = "class", [SYM_MECH] = "mechanism",
	[SYM_RULE] = "rule", [SYM_LEVEL] = "sensitivity level", [SYM_LOCATION] = "location",
	[SYM_PROVIDER] = "provider",
};

/* ================================================================ diagnostics */

static void err(struct sema *S, const struct ast_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void err(struct sema *S, const struct ast_loc *loc, const char *fmt, ...)
{
	struct src_loc s = ast_src_loc(loc);
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(S->d, DIAG_ERROR, &s, fmt, ap);
	va_end(ap);
}

/* A note belongs to the error just before it: drop it when that was dropped. */
static void note(struct rsd_diags *d, const struct ast_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void note(struct rsd_diags *d, const struct ast_loc *loc, const char *fmt, ...)
{
	if (d->truncated)
		return;
	struct src_loc s = ast_src_loc(loc);
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, DIAG_NOTE, &s, fmt, ap);
	va_end(ap);
}

/* The first n columns of loc (a keyword). */
static struct ast_loc kw(const struct ast_loc *loc, uint32_t n)
{
	struct ast_loc k = *loc;
	k.end = k.off + n;
	k.end_line = k.line;
	k.end_col = k.col + n;
	return k;
}

void sema_unknown(struct rsd_diags *d, const struct ast_loc *loc, const char *kind, const char *name,
		  const char *const *cands, size_t n)
{
	struct src_loc s = ast_src_loc(loc);
	const char *hint = cands ? str_suggest(name, cands, n) : NULL;
	if (hint)
		diag_error(d, &s, "unknown %s '%s'; did you mean '%s'?", kind, name, hint);
	else
		diag_error(d, &s, "unknown %s '%s'", kind, name);
}

/* ================================================================ symbol tables */

struct sym *sym_find(const struct symtab *t, const char *name)
{
	if (!t->cap)
		return NULL;
	uint32_t h = str_hash(name);
	for (uint32_t i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		struct sym *s = &t->v[i];
		if (!s->name)
			return NULL;
		if (s->hash == h && strcmp(s->name, name) == 0)
			return s;
	}
}

/* Find or add name; *fresh tells which. */
static struct sym *sym_insert(struct symtab *t, const char *name, bool *fresh)
{
	if ((t->n + 1) * 2 > t->cap) {
		uint32_t ncap = t->cap ? t->cap * 2 : 64;
		struct sym *nv = xcalloc(ncap, sizeof *nv);
		for (uint32_t i = 0; i < t->cap; i++) {
			if (!t->v[i].name)
				continue;
			uint32_t j = t->v[i].hash & (ncap - 1);
			while (nv[j].name)
				j = (j + 1) & (ncap - 1);
			nv[j] = t->v[i];
		}
		xfree(t->v);
		t->v = nv;
		t->cap = ncap;
	}
	uint32_t h = str_hash(name);
	uint32_t i = h & (t->cap - 1);
	for (;; i = (i + 1) & (t->cap - 1)) {
		struct sym *s = &t->v[i];
		if (!s->name)
			break;
		if (s->hash == h && strcmp(s->name, name) == 0) {
			*fresh = false;
			return s;
		}
	}
	struct sym *s = &t->v[i];
	memset(s, 0, sizeof *s);
	s->name = name;
	s->hash = h;
	s->idx = -1;
	t->n++;
	*fresh = true;
	return s;
}

static void decl_push(struct decl_vec *v, struct ast_decl *d)
{
	*VEC_PUSH(v->v, v->n, v->cap) = d;
}

static void name_push(struct name_vec *v, const char *s)
{
	*VEC_PUSH(v->v, v->n, v->cap) = s;
}

/* ================================================================ declarations */

/* Country codes and WORLD are predeclared: no declaration may take them. */
static bool check_reserved(struct sema *S, const char *name, const struct ast_loc *loc)
{
	if (strcmp(name, "WORLD") == 0) {
		err(S, loc, "'WORLD' is predeclared (all countries) and cannot be declared");
		return false;
	}
	if (country_lookup(name, strlen(name)) >= 0) {
		err(S, loc, "'%s' is a country code and cannot be declared", name);
		return false;
	}
	return true;
}

static void dup_error(struct sema *S, const struct ast_loc *loc, const char *name, const struct sym *prev)
{
	err(S, loc, "duplicate name '%s': already declared as a %s", name, sym_kind_name[prev->kind]);
	note(S->d, &prev->loc, "%s '%s' declared here", sym_kind_name[prev->kind], name);
}

/* region | class | mechanism | rule -> NAME … : one namespace */
static void declare_main(struct sema *S, struct ast_decl *dcl, enum sym_kind kind, struct decl_vec *vec,
			 struct name_vec *names)
{
	const char *name = dcl->name.s;
	if (!check_reserved(S, name, &dcl->name.loc)) {
		dcl->dup = true;
		return;
	}
	bool fresh;
	struct sym *s = sym_insert(&S->main, name, &fresh);
	if (!fresh) {
		dup_error(S, &dcl->name.loc, name, s);
		dcl->dup = true;
		return;
	}
	if ((kind == SYM_CLASS || kind == SYM_MECH) && vec->n >= BITS_MAX) {
		if (vec->n == BITS_MAX) {
			err(S, &dcl->name.loc, "too many %s declarations: at most %d are supported",
			    kind == SYM_CLASS ? "class" : "mechanism", BITS_MAX);
			vec->n++;	/* report once; the extra count is never used (errors) */
		}
		s->kind = kind;
		s->decl = dcl;
		s->loc = dcl->name.loc;
		dcl->dup = true;
		return;
	}
	s->kind = kind;
	s->decl = dcl;
	s->loc = dcl->name.loc;
	s->idx = (int32_t)vec->n;
	dcl->idx = s->idx;
	decl_push(vec, dcl);
	name_push(names, name);
}

/* levels -> 'levels' NAME { '<' NAME } : at most one per compilation */
static void declare_levels(struct sema *S, struct ast_decl *dcl)
{
	if (S->levels) {
		struct ast_loc k = kw(&dcl->loc, 6);
		err(S, &k, "more than one 'levels' declaration (at most one per compilation)");
		struct ast_loc p = kw(&S->levels->loc, 6);
		note(S->d, &p, "first 'levels' declaration here");
		dcl->dup = true;
		return;
	}
	S->levels = dcl;
	S->level_names = arena_alloc(S->arena, dcl->names.n * sizeof *S->level_names);
	S->nlevels = 0;
	for (struct ast_name *n = dcl->names.head; n; n = n->next) {
		n->idx = (int32_t)S->nlevels;
		S->level_names[S->nlevels++] = n->s;
		if (!check_reserved(S, n->s, &n->loc))
			continue;
		bool fresh;
		struct sym *s = sym_insert(&S->main, n->s, &fresh);
		if (!fresh) {
			dup_error(S, &n->loc, n->s, s);
			continue;
		}
		s->kind = SYM_LEVEL;
		s->decl = dcl;
		s->loc = n->loc;
		s->idx = n->idx;
	}
}

/* location -> 'location' LOC [STRING] '=' rexpr [ '{' 'operator' rexpr '}' ] */
static void declare_location(struct sema *S, struct ast_decl *dcl)
{
	bool fresh;
	struct sym *s = sym_insert(&S->locs, dcl->name.s, &fresh);
	if (!fresh) {
		err(S, &dcl->name.loc, "duplicate location '%s'", dcl->name.s);
		note(S->d, &s->loc, "location '%s' declared here", dcl->name.s);
		dcl->dup = true;
		return;
	}
	s->kind = SYM_LOCATION;
	s->decl = dcl;
	s->loc = dcl->name.loc;
	decl_push(&S->locations, dcl);
}

/* provider -> 'provider' NAME [STRING] '{' 'operator' rexpr '}' */
static void declare_provider(struct sema *S, struct ast_decl *dcl)
{
	const char *name = dcl->name.s;
	bool ok = name[0] >= 'a' && name[0] <= 'z';
	for (const char *p = name; *p && ok; p++)
		ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9');
	if (!ok) {
		err(S, &dcl->name.loc,
		    "provider name '%s' can never match a location: use lower-case letters and digits, as before the ':' of a location",
		    name);
		dcl->dup = true;
		return;
	}
	bool fresh;
	struct sym *s = sym_insert(&S->provs, name, &fresh);
	if (!fresh) {
		err(S, &dcl->name.loc, "duplicate provider '%s'", name);
		note(S->d, &s->loc, "provider '%s' declared here", name);
		dcl->dup = true;
		return;
	}
	s->kind = SYM_PROVIDER;
	s->decl = dcl;
	s->loc = dcl->name.loc;
	s->idx = (int32_t)S->providers.n;
	dcl->idx = s->idx;
	decl_push(&S->providers, dcl);
}

static int cmp_decl_name(const void *a, const void *b)
{
	const struct ast_decl *x = *(const struct ast_decl *const *)a, *y = *(const struct ast_decl *const *)b;
	return strcmp(x->name.s, y->name.s);
}

static void collect(struct sema *S, struct ast_decl *const *files, size_t nfiles)
{
	for (size_t f = 0; f < nfiles; f++) {
		for (struct ast_decl *dcl = files[f]; dcl; dcl = dcl->next) {
			switch (dcl->kind) {
			case D_IMPORT:
				break;
			case D_REGION:
				declare_main(S, dcl, SYM_REGION, &S->regions, &S->region_names);
				break;
			case D_CLASS:
				declare_main(S, dcl, SYM_CLASS, &S->classes, &S->class_names);
				break;
			case D_MECHANISM:
				declare_main(S, dcl, SYM_MECH, &S->mechs, &S->mech_names);
				break;
			case D_RULE:
				declare_main(S, dcl, SYM_RULE, &S->rules, &S->rule_names);
				break;
			case D_LEVELS:
				declare_levels(S, dcl);
				break;
			case D_LOCATION:
				declare_location(S, dcl);
				break;
			case D_PROVIDER:
				declare_provider(S, dcl);
				break;
			case D_TEST:
				decl_push(&S->tests_v, dcl);
				break;
			}
		}
	}
	if (S->classes.n > BITS_MAX)
		S->classes.n = BITS_MAX;
	if (S->mechs.n > BITS_MAX)
		S->mechs.n = BITS_MAX;
	/* policy->locations is sorted by name: the lookups binary-search it */
	if (S->locations.n)
		qsort(S->locations.v, S->locations.n, sizeof *S->locations.v, cmp_decl_name);
	for (size_t i = 0; i < S->locations.n; i++) {
		struct ast_decl *dcl = S->locations.v[i];
		dcl->idx = (int32_t)i;
		sym_find(&S->locs, dcl->name.s)->idx = (int32_t)i;
		name_push(&S->loc_names, dcl->name.s);
	}
	if (!S->levels) {
		S->level_names = (const char **)default_levels;
		S->nlevels = ARRAY_LEN(default_levels);
	}
}

/* ================================================================ names in use */

static int find_main(struct sema *S, const char *name, enum sym_kind kind)
{
	struct sym *s = sym_find(&S->main, name);
	return s && s->kind == kind ? s->idx : -1;
}

/* A name used as KIND: index, or -1 after an error. */
static int resolve_main(struct sema *S, const struct ast_loc *loc, const char *name, enum sym_kind kind,
			const struct name_vec *cands)
{
	struct sym *s = sym_find(&S->main, name);
	if (s && s->kind == kind)
		return s->idx;
	if (s && s->idx >= 0) {
		err(S, loc, "'%s' is a %s, not a %s", name, sym_kind_name[s->kind], sym_kind_name[kind]);
		return -1;
	}
	if (s)	/* declared, but rejected (e.g. past the class limit) */
		return -1;
	sema_unknown(S->d, loc, sym_kind_name[kind], name, cands->v, cands->n);
	return -1;
}

static int resolve_level(struct sema *S, struct ast_name *n)
{
	if (S->levels) {
		struct sym *s = sym_find(&S->main, n->s);
		if (s && s->kind == SYM_LEVEL)
			return n->idx = s->idx;
	} else {
		for (uint32_t i = 0; i < S->nlevels; i++)
			if (strcmp(S->level_names[i], n->s) == 0)
				return n->idx = (int32_t)i;
	}
	sema_unknown(S->d, &n->loc, "sensitivity level", n->s, S->level_names, S->nlevels);
	return n->idx = -1;
}

/* rexpr -> CC | WORLD | REGION | LOC | '{' members '}' | not e | e & e | e + e | e - e */
static void resolve_rexpr(struct sema *S, struct ast_rexpr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case RX_NAME: {
		int c = country_lookup(e->name, strlen(e->name));
		if (c >= 0) {
			e->res = RES_COUNTRY;
			e->idx = c;
		} else if (strcmp(e->name, "WORLD") == 0) {
			e->res = RES_WORLD;
		} else {
			e->idx = resolve_main(S, &e->loc, e->name, SYM_REGION, &S->region_names);
			if (e->idx >= 0)
				e->res = RES_REGION;
		}
		break;
	}
	case RX_LOC: {
		struct sym *s = sym_find(&S->locs, e->name);
		if (s) {
			e->res = RES_LOCATION;
			e->idx = s->idx;
		} else {
			sema_unknown(S->d, &e->loc, "location", e->name, S->loc_names.v, S->loc_names.n);
		}
		break;
	}
	case RX_SET:
		for (struct ast_member *m = e->members.head; m; m = m->next) {
			resolve_rexpr(S, m->e);
			if (m->since.set && m->until.set && m->since.d != DATE_NONE && m->until.d != DATE_NONE &&
			    m->until.d <= m->since.d)
				err(S, &m->until.loc, "'until' date must be after the 'since' date");
		}
		break;
	case RX_NOT:
	case RX_AND:
	case RX_UNION:
	case RX_DIFF:
		resolve_rexpr(S, e->l);
		resolve_rexpr(S, e->r);
		break;
	}
}

/* ================================================================ region cycles */

/*
** Regions and locations form one graph (a region may name a location and
** a location's value may name a region).  Nodes: regions 0..R-1, then
** locations.  Slots are numbered in post-order, so a slot only ever
** refers to slots with smaller numbers.
*/
struct graph {
	uint8_t *color;	/* 0 white, 1 on the stack, 2 done */
	bool *in_cycle;
	int32_t *stack;
	int32_t *pos;	/* position on the stack */
	uint32_t depth;
};

static const char *rnode_name(struct sema *S, int32_t n)
{
	return n < (int32_t)S->regions.n ? S->regions.v[n]->name.s : S->locations.v[n - (int32_t)S->regions.n]->name.s;
}

static struct ast_decl *rnode_decl(struct sema *S, int32_t n)
{
	return n < (int32_t)S->regions.n ? S->regions.v[n] : S->locations.v[n - (int32_t)S->regions.n];
}

static void report_cycle(struct sema *S, struct graph *g, int32_t to, const struct ast_loc *loc, bool classes)
{
	if (g->in_cycle[to])
		return;
	struct strbuf sb = {0};
	for (uint32_t i = (uint32_t)g->pos[to]; i < g->depth; i++) {
		int32_t n = g->stack[i];
		g->in_cycle[n] = true;
		sb_puts(&sb, classes ? S->classes.v[n]->name.s : rnode_name(S, n));
		sb_puts(&sb, " -> ");
	}
	sb_puts(&sb, classes ? S->classes.v[to]->name.s : rnode_name(S, to));
	err(S, loc, "%s cycle: %s", classes ? "class" : "region", sb.s);
	sb_free(&sb);
}

static void rgraph_visit(struct sema *S, struct graph *g, int32_t n);

static void rgraph_walk(struct sema *S, struct graph *g, struct ast_rexpr *e)
{
	if (!e)
		return;
	int32_t to = -1;
	switch (e->kind) {
	case RX_NAME:
		if (e->res == RES_REGION)
			to = e->idx;
		break;
	case RX_LOC:
		if (e->res == RES_LOCATION)
			to = (int32_t)S->regions.n + e->idx;
		break;
	case RX_SET:
		for (struct ast_member *m = e->members.head; m; m = m->next)
			rgraph_walk(S, g, m->e);
		return;
	default:
		rgraph_walk(S, g, e->l);
		rgraph_walk(S, g, e->r);
		return;
	}
	if (to < 0)
		return;
	if (g->color[to] == 0)
		rgraph_visit(S, g, to);
	else if (g->color[to] == 1)
		report_cycle(S, g, to, &e->loc, false);
}

static void rgraph_visit(struct sema *S, struct graph *g, int32_t n)
{
	g->color[n] = 1;
	g->pos[n] = (int32_t)g->depth;
	g->stack[g->depth++] = n;
	rgraph_walk(S, g, rnode_decl(S, n)->value);
	g->depth--;
	g->color[n] = 2;
	rnode_decl(S, n)->slot = (int32_t)S->nslots++;
}

static void graph_init(struct graph *g, size_t n)
{
	g->color = xcalloc(n, 1);
	g->in_cycle = xcalloc(n, sizeof *g->in_cycle);
	g->stack = xcalloc(n, sizeof *g->stack);
	g->pos = xcalloc(n, sizeof *g->pos);
	g->depth = 0;
}

static void graph_free(struct graph *g)
{
	xfree(g->color);
	xfree(g->in_cycle);
	xfree(g->stack);
	xfree(g->pos);
}

static void check_regions(struct sema *S)
{
	for (size_t i = 0; i < S->regions.n; i++)
		resolve_rexpr(S, S->regions.v[i]->value);
	for (size_t i = 0; i < S->locations.n; i++) {
		resolve_rexpr(S, S->locations.v[i]->value);
		resolve_rexpr(S, S->locations.v[i]->oper);
	}
	for (size_t i = 0; i < S->providers.n; i++)
		resolve_rexpr(S, S->providers.v[i]->oper);

	size_t nn = S->regions.n + S->locations.n;
	struct graph g;
	graph_init(&g, nn);
	/* visit in declaration order for regions, then locations (by name) */
	for (size_t n = 0; n < nn; n++)
		if (g.color[n] == 0)
			rgraph_visit(S, &g, (int32_t)n);
	graph_free(&g);
	for (size_t i = 0; i < S->providers.n; i++)
		S->providers.v[i]->op_slot = (int32_t)S->nslots++;
	for (size_t i = 0; i < S->locations.n; i++)
		if (S->locations.v[i]->oper)
			S->locations.v[i]->op_slot = (int32_t)S->nslots++;
}

/* ================================================================ classes */

static void cgraph_visit(struct sema *S, struct graph *g, int32_t n, uint32_t *norder)
{
	g->color[n] = 1;
	g->pos[n] = (int32_t)g->depth;
	g->stack[g->depth++] = n;
	for (struct ast_name *p = S->classes.v[n]->names.head; p; p = p->next) {
		if (p->idx < 0)
			continue;
		if (g->color[p->idx] == 0)
			cgraph_visit(S, g, p->idx, norder);
		else if (g->color[p->idx] == 1)
			report_cycle(S, g, p->idx, &p->loc, true);
	}
	g->depth--;
	g->color[n] = 2;
	S->class_order[(*norder)++] = n;
}

/* class -> 'class' NAME [':' NAME {',' NAME}] [STRING] ['{' ['sensitivity' LEVEL] '}'] */
static void check_classes(struct sema *S)
{
	size_t nc = S->classes.n;
	for (size_t i = 0; i < nc; i++) {
		struct ast_decl *c = S->classes.v[i];
		for (struct ast_name *p = c->names.head; p; p = p->next) {
			p->idx = resolve_main(S, &p->loc, p->s, SYM_CLASS, &S->class_names);
			for (struct ast_name *q = c->names.head; q != p; q = q->next) {
				if (p->idx >= 0 && q->idx == p->idx) {
					err(S, &p->loc, "class '%s' lists parent '%s' twice", c->name.s, p->s);
					p->idx = -1;
					break;
				}
			}
		}
		if (c->sens.s)
			resolve_level(S, &c->sens);
	}
	S->class_order = arena_alloc(S->arena, (nc + 1) * sizeof *S->class_order);
	S->class_sens = arena_alloc(S->arena, (nc + 1) * sizeof *S->class_sens);
	struct graph g;
	graph_init(&g, nc);
	uint32_t norder = 0;
	for (size_t n = 0; n < nc; n++)
		if (g.color[n] == 0)
			cgraph_visit(S, &g, (int32_t)n, &norder);
	graph_free(&g);
	/* effective sensitivity: declared, else the highest of the parents', else the lowest */
	for (uint32_t k = 0; k < norder; k++) {
		int32_t i = S->class_order[k];
		struct ast_decl *c = S->classes.v[i];
		int32_t s = 0;
		if (c->sens.s && c->sens.idx >= 0) {
			s = c->sens.idx;
		} else {
			for (struct ast_name *p = c->names.head; p; p = p->next)
				if (p->idx >= 0 && S->class_sens[p->idx] > s)
					s = S->class_sens[p->idx];
		}
		S->class_sens[i] = s;
	}
}

/* ================================================================ rules */

static const char *const item_kw[] = {
	[IT_ON] = "on", [IT_WHEN] = "when", [IT_REQUIRE] = "require", [IT_SEVERITY] = "severity",
	[IT_CITE] = "cite", [IT_MESSAGE] = "message", [IT_REMEDY] = "remedy", [IT_SINCE] = "since",
	[IT_UNTIL] = "until",
};
static const char *const clause_kw[] = {
	[CL_IN] = "in", [CL_ORIGIN] = "origin", [CL_FROM] = "from", [CL_TO] = "to",
};

/* classes -> NAME | '{' NAME {',' NAME} '}' | 'any' | 'sensitivity' OP LEVEL */
static void check_classes_spec(struct sema *S, struct ast_classes *c)
{
	switch (c->kind) {
	case CLS_NAMES:
		for (struct ast_name *n = c->names.head; n; n = n->next)
			n->idx = resolve_main(S, &n->loc, n->s, SYM_CLASS, &S->class_names);
		break;
	case CLS_ANY:
		break;
	case CLS_SENS:
		resolve_level(S, &c->level);
		break;
	}
}

/* Atoms allowed per rule kind (LANGUAGE.md §3.7). */
static int atom_only(enum cond_op op)
{
	switch (op) {
	case COND_LOCATION_IN:
	case COND_PRIMARY_IN:
	case COND_KEY_IN:
	case COND_KEY_COLOCATED:
	case COND_ENC_AT_REST:
		return RULE_STORE;
	case COND_MECH:
	case COND_FROM_IN:
	case COND_TO_IN:
	case COND_VIA:
		return RULE_TRANSFER;
	default:
		return -1;
	}
}

/* cond -> cond 'or' cond | cond 'and' cond | 'not' cond | '(' cond ')' | atom */
static void check_cond(struct sema *S, struct ast_cond *c, int kind)
{
	if (!c)
		return;
	int only = atom_only(c->op);
	if (only >= 0 && kind >= 0 && only != kind)
		err(S, &c->loc, "'%s' applies only to %s rules; this is a %s rule", ast_cond_name(c),
		    only == RULE_STORE ? "store" : "transfer", kind == RULE_STORE ? "store" : "transfer");
	switch (c->op) {
	case COND_AND:
	case COND_OR:
	case COND_NOT:
		check_cond(S, c->l, kind);
		check_cond(S, c->r, kind);
		break;
	case COND_MECH:
		for (struct ast_name *n = c->names.head; n; n = n->next)
			n->idx = resolve_main(S, &n->loc, n->s, SYM_MECH, &S->mech_names);
		break;
	case COND_FROM_IN:
	case COND_TO_IN:
	case COND_ORIGIN_IN:
	case COND_LOCATION_IN:
	case COND_PRIMARY_IN:
	case COND_KEY_IN:
	case COND_OPERATOR_IN:
		resolve_rexpr(S, c->region);
		break;
	case COND_SENSITIVITY:
		resolve_level(S, &c->name);
		break;
	case COND_ATTR_CMP:
		if (c->val.v.kind == VAL_BOOL && c->cmp != CMP_EQ && c->cmp != CMP_NE)
			err(S, &c->val.loc, "'true' and 'false' have no order: compare them with == or !=");
		break;
	default:
		break;
	}
}

/* rule -> 'rule' NAME [STRING] '{' item… '}' (LANGUAGE.md §3.6 table) */
static void check_rule(struct sema *S, struct ast_decl *r)
{
	struct ast_item *first[IT_UNTIL + 1] = {0};
	for (struct ast_item *it = r->items.head; it; it = it->next) {
		if (it->kind == IT_WHEN || it->kind == IT_REQUIRE) {
			if (!first[it->kind])
				first[it->kind] = it;
			continue;
		}
		if (first[it->kind]) {
			struct ast_loc k = kw(&it->loc, (uint32_t)strlen(item_kw[it->kind]));
			err(S, &k, "duplicate '%s' in rule '%s'", item_kw[it->kind], r->name.s);
			struct ast_loc p = kw(&first[it->kind]->loc, (uint32_t)strlen(item_kw[it->kind]));
			note(S->d, &p, "previous '%s' is here", item_kw[it->kind]);
			continue;
		}
		first[it->kind] = it;
	}
	int kind = first[IT_ON] ? (int)first[IT_ON]->on_kind : -1;
	if (!first[IT_ON] && !r->broken)
		err(S, &r->name.loc, "rule '%s' has no 'on' clause (on store of … or on transfer of …)", r->name.s);
	if (!first[IT_REQUIRE] && !r->broken)
		err(S, &r->name.loc, "rule '%s' has no 'require'", r->name.s);
	for (struct ast_item *it = r->items.head; it; it = it->next) {
		switch (it->kind) {
		case IT_ON: {
			check_classes_spec(S, it->classes);
			struct ast_clause *seen[CL_TO + 1] = {0};
			for (struct ast_clause *cl = it->clauses.head; cl; cl = cl->next) {
				struct ast_loc k = kw(&cl->loc, (uint32_t)strlen(clause_kw[cl->kind]));
				resolve_rexpr(S, cl->e);
				if (it->on_kind == RULE_STORE && cl->kind != CL_IN) {
					err(S, &k, "'%s' applies only to transfer rules; a store rule takes 'in'",
					    clause_kw[cl->kind]);
					continue;
				}
				if (it->on_kind == RULE_TRANSFER && cl->kind == CL_IN) {
					err(S, &k, "'in' applies only to store rules; a transfer rule takes 'origin', 'from' or 'to'");
					continue;
				}
				if (seen[cl->kind]) {
					err(S, &k, "duplicate '%s' in the 'on' clause", clause_kw[cl->kind]);
					struct ast_loc p = kw(&seen[cl->kind]->loc, (uint32_t)strlen(clause_kw[cl->kind]));
					note(S->d, &p, "previous '%s' is here", clause_kw[cl->kind]);
					continue;
				}
				seen[cl->kind] = cl;
			}
			break;
		}
		case IT_WHEN:
		case IT_REQUIRE:
			check_cond(S, it->cond, kind);
			break;
		default:
			break;
		}
	}
	struct ast_item *since = first[IT_SINCE], *until = first[IT_UNTIL];
	if (since && until && since->date.d != DATE_NONE && until->date.d != DATE_NONE &&
	    until->date.d <= since->date.d)
		err(S, &until->date.loc, "rule '%s' never applies: its 'until' date must be after its 'since' date",
		    r->name.s);
}

/* ================================================================ facts and tests */

static const char *const ns_name[] = {
	[NS_CLASS] = "class", [NS_LOCATION] = "location", [NS_MECH] = "mechanism", [NS_RULE] = "rule",
};

static void lookup_unknown(struct rsd_diags *d, const struct sema_lookup *lk, enum sema_ns ns,
			   const struct ast_loc *loc, const char *name)
{
	size_t n = 0;
	const char **c = lk->names(lk->ctx, ns, &n);
	sema_unknown(d, loc, ns_name[ns], name, c, n);
	xfree(c);
}

static int lookup(struct rsd_diags *d, const struct sema_lookup *lk, enum sema_ns ns, struct ast_name *n)
{
	n->idx = lk->find(lk->ctx, ns, n->s);
	if (n->idx < 0)
		lookup_unknown(d, lk, ns, &n->loc, n->s);
	return n->idx;
}

/* place -> CC | LOC ; for endpoints also an earlier store's NAME */
static void check_place(struct rsd_diags *d, const struct sema_lookup *lk, struct ast_place *p,
			struct ast_fact *const *earlier, size_t nearlier, const struct symtab *names, bool endpoint)
{
	p->store = -1;
	if (p->is_loc) {
		int i = lk->find(lk->ctx, NS_LOCATION, p->name);
		if (i < 0) {
			lookup_unknown(d, lk, NS_LOCATION, &p->loc, p->name);
			return;
		}
		p->pl.kind = PLACE_LOCATION;
		p->pl.loc = i;
		return;
	}
	int c = country_lookup(p->name, strlen(p->name));
	if (c >= 0) {
		p->pl.kind = PLACE_COUNTRY;
		p->pl.country = (uint16_t)c;
		return;
	}
	struct src_loc s = ast_src_loc(&p->loc);
	if (!endpoint) {
		diag_error(d, &s, "unknown place '%s': expected a country code or a declared location", p->name);
		return;
	}
	struct sym *named = names ? sym_find(names, p->name) : NULL;
	for (size_t i = names ? (named ? (size_t)named->idx : nearlier) : 0; i < nearlier; i++) {
		const struct ast_fact *f = earlier[i];
		if (f && f->name.s && strcmp(f->name.s, p->name) == 0) {
			if (f->kind != FACT_STORE) {
				diag_error(d, &s, "'%s' is a transfer; a transfer goes from or to a store or a place",
					   p->name);
				return;
			}
			p->store = (int32_t)i;
			return;
		}
	}
	struct name_vec stores = {0};
	for (size_t i = 0; i < nearlier; i++)
		if (earlier[i] && earlier[i]->name.s && earlier[i]->kind == FACT_STORE)
			name_push(&stores, earlier[i]->name.s);
	const char *hint = str_suggest(p->name, stores.v, stores.n);
	if (hint)
		diag_error(d, &s, "unknown store or place '%s'; did you mean '%s'?", p->name, hint);
	else
		diag_error(d, &s, "unknown store or place '%s': expected a store declared earlier in the test, a country code or a location",
			   p->name);
	xfree(stores.v);
}

size_t sema_check_fact(struct rsd_diags *d, const struct sema_lookup *lk, struct ast_fact *f,
		       struct ast_fact *const *earlier, size_t nearlier, const struct symtab *names)
{
	size_t before = d->nerrors;
	for (struct ast_name *n = f->classes.head; n; n = n->next)
		lookup(d, lk, NS_CLASS, n);
	if (f->kind == FACT_STORE) {
		for (struct ast_place *p = f->at.head; p; p = p->next)
			check_place(d, lk, p, NULL, 0, NULL, false);
	} else {
		/* without a test (explain, where) there are no stores to name */
		check_place(d, lk, f->from, earlier, nearlier, names, earlier != NULL);
		check_place(d, lk, f->to, earlier, nearlier, names, earlier != NULL);
	}
	struct ast_prop *seen[PR_COUNT] = {0};
	for (struct ast_prop *p = f->props.head; p; p = p->next) {
		bool store_only = p->kind == PR_KEY || p->kind == PR_ORIGIN || p->kind == PR_REPLICAS ||
				  p->kind == PR_BACKUPS || p->kind == PR_ENC_AT_REST;
		struct src_loc s = ast_src_loc(&p->loc);
		if (store_only && f->kind == FACT_TRANSFER) {
			diag_error(d, &s, "'%s' is a property of stores, not of transfers", ast_prop_name(p->kind));
			continue;
		}
		if (p->kind == PR_MECH) {
			lookup(d, lk, NS_MECH, &p->name);
			continue;
		}
		if (p->kind == PR_ATTR) {
			for (struct ast_prop *q = f->props.head; q != p; q = q->next) {
				if (q->kind == PR_ATTR && strcmp(q->name.s, p->name.s) == 0) {
					struct src_loc ns = ast_src_loc(&p->name.loc);
					diag_error(d, &ns, "duplicate attribute '%s' in this fact", p->name.s);
					break;
				}
			}
			continue;
		}
		if (seen[p->kind]) {
			diag_error(d, &s, "duplicate property '%s' in this fact", ast_prop_name(p->kind));
			continue;
		}
		seen[p->kind] = p;
		for (struct ast_place *pl = p->places.head; pl; pl = pl->next)
			check_place(d, lk, pl, NULL, 0, NULL, false);
	}
	return d->nerrors - before;
}

static int sema_find(void *ctx, enum sema_ns ns, const char *name)
{
	struct sema *S = ctx;
	switch (ns) {
	case NS_CLASS: return find_main(S, name, SYM_CLASS);
	case NS_MECH: return find_main(S, name, SYM_MECH);
	case NS_RULE: return find_main(S, name, SYM_RULE);
	case NS_LOCATION: {
		struct sym *s = sym_find(&S->locs, name);
		return s ? s->idx : -1;
	}
	}
	return -1;
}

static const char **sema_names(void *ctx, enum sema_ns ns, size_t *n)
{
	struct sema *S = ctx;
	const struct name_vec *v = ns == NS_CLASS ? &S->class_names : ns == NS_MECH ? &S->mech_names
				 : ns == NS_RULE ? &S->rule_names : &S->loc_names;
	*n = v->n;
	const char **c = xmalloc((v->n + 1) * sizeof *c);
	if (v->n)
		memcpy(c, v->v, v->n * sizeof *c);
	return c;
}

/* test -> 'test' STRING '{' ['as_of' DATE] fact… 'expect' … '}' */
static void check_test(struct sema *S, struct ast_decl *t)
{
	/* test names are unique within a file (reports name tests) */
	char key[32];
	snprintf(key, sizeof key, "%d:", t->loc.file);
	struct strbuf kb = {0};
	sb_puts(&kb, key);
	sb_puts(&kb, t->name.s);
	bool fresh;
	struct sym *ts = sym_insert(&S->tests, arena_strdup(S->arena, kb.s), &fresh);
	sb_free(&kb);
	if (!fresh) {
		err(S, &t->name.loc, "duplicate test name \"%s\" in this file", t->name.s);
		note(S->d, &ts->loc, "test \"%s\" declared here", t->name.s);
	} else {
		ts->loc = t->name.loc;
	}

	struct sema_lookup lk = {sema_find, sema_names, S};
	struct ast_fact **facts = xmalloc((t->titems.n + 1) * sizeof *facts);
	struct symtab names = {0};	/* fact name -> index of its first fact */
	size_t nfacts = 0;
	struct ast_titem *as_of = NULL, *expect = NULL;
	size_t pos = 0;
	for (struct ast_titem *it = t->titems.head; it; it = it->next, pos++) {
		switch (it->kind) {
		case TI_AS_OF: {
			struct ast_loc k = kw(&it->loc, 5);
			if (as_of) {
				err(S, &k, "duplicate 'as_of' in test \"%s\"", t->name.s);
				struct ast_loc p = kw(&as_of->loc, 5);
				note(S->d, &p, "previous 'as_of' is here");
			} else if (pos != 0) {
				err(S, &k, "'as_of' must come first in a test");
			}
			if (!as_of)
				as_of = it;
			break;
		}
		case TI_FACT: {
			struct ast_fact *f = it->fact;
			if (f->name.s && country_lookup(f->name.s, strlen(f->name.s)) >= 0)
				err(S, &f->name.loc, "fact name '%s' is a country code; endpoints naming it would be ambiguous",
				    f->name.s);
			/* endpoints see the facts before this one: check, then name it */
			sema_check_fact(S->d, &lk, f, facts, nfacts, &names);
			if (f->name.s && country_lookup(f->name.s, strlen(f->name.s)) < 0) {
				bool first_use;
				struct sym *fs = sym_insert(&names, f->name.s, &first_use);
				if (!first_use) {
					err(S, &f->name.loc, "duplicate fact name '%s' in test \"%s\"", f->name.s,
					    t->name.s);
					note(S->d, &fs->loc, "'%s' declared here", f->name.s);
				} else {
					fs->loc = f->name.loc;
					fs->idx = (int32_t)nfacts;
				}
			}
			facts[nfacts++] = f;
			break;
		}
		case TI_EXPECT_PASS:
		case TI_EXPECT: {
			struct ast_loc k = kw(&it->loc, 6);
			if (expect) {
				err(S, &k, "duplicate 'expect' in test \"%s\" (exactly one per test)", t->name.s);
				struct ast_loc p = kw(&expect->loc, 6);
				note(S->d, &p, "previous 'expect' is here");
			} else {
				expect = it;
			}
			for (struct ast_name *n = it->rules.head; n; n = n->next)
				n->idx = resolve_main(S, &n->loc, n->s, SYM_RULE, &S->rule_names);
			break;
		}
		}
	}
	xfree(facts);
	xfree(names.v);
	if (!expect && !t->broken)
		err(S, &t->name.loc, "test \"%s\" has no 'expect' (expect pass, or expect violation RULE, …)",
		    t->name.s);
}

/* ================================================================ entry */

void sema_check(struct sema *S, struct arena *a, struct rsd_diags *d, struct ast_decl *const *files,
		size_t nfiles)
{
	memset(S, 0, sizeof *S);
	S->arena = a;
	S->d = d;
	collect(S, files, nfiles);
	check_regions(S);
	check_classes(S);
	for (size_t i = 0; i < S->rules.n && !diag_full(d); i++)
		check_rule(S, S->rules.v[i]);
	for (size_t i = 0; i < S->tests_v.n && !diag_full(d); i++)
		check_test(S, S->tests_v.v[i]);
}

void sema_free(struct sema *S)
{
	xfree(S->main.v);
	xfree(S->locs.v);
	xfree(S->provs.v);
	xfree(S->tests.v);
	xfree(S->regions.v);
	xfree(S->classes.v);
	xfree(S->mechs.v);
	xfree(S->rules.v);
	xfree(S->locations.v);
	xfree(S->providers.v);
	xfree(S->tests_v.v);
	xfree(S->region_names.v);
	xfree(S->class_names.v);
	xfree(S->mech_names.v);
	xfree(S->rule_names.v);
	xfree(S->loc_names.v);
	memset(S, 0, sizeof *S);
}
