/*
** ast.c — constructors for the syntax tree (called from grammar/parser.y,
** one per action), source-text helpers and AST locations for diagnostics.
*/
#include "ast.h"

#include <string.h>

#define NEW(pc, T) ((T *)arena_alloc((pc)->arena, sizeof(T)))

struct src_loc ast_src_loc(const struct ast_loc *loc)
{
	struct src_loc s = {loc->src, loc->line, loc->col, 1};
	if (loc->end_line == loc->line && loc->end_col > loc->col)
		s.len = loc->end_col - loc->col;
	else if (loc->src && loc->end > loc->off) {	/* multi-line: to the end of the first line */
		uint32_t n = 0;
		for (uint32_t i = loc->off; i < loc->end && loc->src->text[i] != '\n'; i++)
			n++;
		s.len = n ? n : 1;
	}
	return s;
}

void ast_error(struct parse_ctx *pc, const struct ast_loc *loc, const char *fmt, ...)
{
	struct src_loc s = ast_src_loc(loc);
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(pc->diags, DIAG_ERROR, &s, fmt, ap);
	va_end(ap);
}

const char *ast_str(struct parse_ctx *pc, const char *s, size_t n)
{
	return arena_strndup(pc->arena, s, n);
}

void ast_add_decl(struct parse_ctx *pc, struct ast_decl *d)
{
	if (!d)
		return;
	if (pc->decls_tail)
		pc->decls_tail->next = d;
	else
		pc->decls = d;
	pc->decls_tail = d;
}

void ast_set_fact(struct parse_ctx *pc, struct ast_fact *f)
{
	pc->fact = f;
}

/* ---------------------------------------------------------------- declarations */

static struct ast_decl *new_decl(struct parse_ctx *pc, enum ast_decl_kind kind, const struct ast_loc *loc,
				 const char *name, const struct ast_loc *name_loc)
{
	struct ast_decl *d = NEW(pc, struct ast_decl);
	d->kind = kind;
	d->loc = *loc;
	if (name)
		d->name = ast_name(name, name_loc);
	d->idx = d->slot = d->op_slot = -1;
	return d;
}

struct ast_decl *ast_import(struct parse_ctx *pc, const struct ast_loc *loc, const char *path,
			    const struct ast_loc *path_loc)
{
	struct ast_decl *d = new_decl(pc, D_IMPORT, loc, path, path_loc);
	d->path = path;
	return d;
}

struct ast_decl *ast_region(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			    const struct ast_loc *name_loc, const char *title, struct ast_rexpr *value)
{
	struct ast_decl *d = new_decl(pc, D_REGION, loc, name, name_loc);
	d->title = title;
	d->value = value;
	return d;
}

struct ast_decl *ast_location(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			      const struct ast_loc *name_loc, const char *title,
			      struct ast_rexpr *value, struct ast_rexpr *oper)
{
	struct ast_decl *d = new_decl(pc, D_LOCATION, loc, name, name_loc);
	d->title = title;
	d->value = value;
	d->oper = oper;
	return d;
}

struct ast_decl *ast_provider(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			      const struct ast_loc *name_loc, const char *title, struct ast_rexpr *oper)
{
	struct ast_decl *d = new_decl(pc, D_PROVIDER, loc, name, name_loc);
	d->title = title;
	d->oper = oper;
	return d;
}

struct ast_decl *ast_levels(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_names names)
{
	struct ast_decl *d = new_decl(pc, D_LEVELS, loc, NULL, NULL);
	d->name.loc = *loc;
	d->names = names;
	return d;
}

struct ast_decl *ast_class(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			   const struct ast_loc *name_loc, struct ast_names parents, const char *title,
			   const struct ast_name *sens)
{
	struct ast_decl *d = new_decl(pc, D_CLASS, loc, name, name_loc);
	d->names = parents;
	d->title = title;
	d->sens = sens ? *sens : ast_no_name();
	return d;
}

struct ast_decl *ast_mechanism(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, const char *title, const char *cite)
{
	struct ast_decl *d = new_decl(pc, D_MECHANISM, loc, name, name_loc);
	d->title = title;
	d->cite = cite;
	return d;
}

struct ast_decl *ast_rule(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			  const struct ast_loc *name_loc, const char *title, struct ast_items items)
{
	struct ast_decl *d = new_decl(pc, D_RULE, loc, name, name_loc);
	d->title = title;
	d->items = items;
	return d;
}

struct ast_decl *ast_test(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			  const struct ast_loc *name_loc, struct ast_titems items)
{
	struct ast_decl *d = new_decl(pc, D_TEST, loc, name, name_loc);
	d->titems = items;
	return d;
}

/* ---------------------------------------------------------------- names */

struct ast_name ast_name(const char *s, const struct ast_loc *loc)
{
	struct ast_name n = {0};
	n.s = s;
	/* never NULL: new_decl passes a NULL name_loc only with a NULL name,
	   and then does not call ast_name */
	/* cppcheck-suppress ctunullpointer */
	n.loc = *loc;
	n.idx = -1;
	return n;
}

struct ast_name ast_no_name(void)
{
	struct ast_name n = {0};
	n.idx = -1;
	n.loc.file = -1;
	return n;
}

struct ast_name *ast_name_new(struct parse_ctx *pc, const char *s, const struct ast_loc *loc)
{
	struct ast_name *n = NEW(pc, struct ast_name);
	*n = ast_name(s, loc);
	return n;
}

struct ast_names ast_names_none(void)
{
	struct ast_names l = {0};
	return l;
}

struct ast_names ast_names_add(struct parse_ctx *pc, struct ast_names l, const char *s,
			       const struct ast_loc *loc)
{
	struct ast_name *n = NEW(pc, struct ast_name);
	*n = ast_name(s, loc);
	if (l.tail)
		l.tail->next = n;
	else
		l.head = n;
	l.tail = n;
	l.n++;
	return l;
}

struct ast_names ast_names_one(struct parse_ctx *pc, const char *s, const struct ast_loc *loc)
{
	return ast_names_add(pc, ast_names_none(), s, loc);
}

/* ---------------------------------------------------------------- region expressions */

static struct ast_rexpr *new_rx(struct parse_ctx *pc, enum ast_rx kind, const struct ast_loc *loc)
{
	struct ast_rexpr *e = NEW(pc, struct ast_rexpr);
	e->kind = kind;
	e->loc = *loc;
	e->idx = -1;
	e->depth = 1;
	return e;
}

/*
** Depth of a node over children of depth a and b.  Past AST_MAX_DEPTH the
** error is recorded once (children not yet too deep) and the caller returns
** a child instead of growing the tree, so depth stays bounded.
*/
static bool too_deep(struct parse_ctx *pc, const struct ast_loc *loc, uint32_t a, uint32_t b, uint32_t *depth)
{
	uint32_t m = a > b ? a : b;
	*depth = m + 1;
	if (*depth <= AST_MAX_DEPTH)
		return false;
	if (m <= AST_MAX_DEPTH)
		ast_error(pc, loc, "expression nested too deeply (more than %d levels)", AST_MAX_DEPTH);
	return true;
}

struct ast_rexpr *ast_rx_name(struct parse_ctx *pc, const struct ast_loc *loc, const char *name)
{
	struct ast_rexpr *e = new_rx(pc, RX_NAME, loc);
	e->name = name;
	return e;
}

struct ast_rexpr *ast_rx_loc(struct parse_ctx *pc, const struct ast_loc *loc, const char *name)
{
	struct ast_rexpr *e = new_rx(pc, RX_LOC, loc);
	e->name = name;
	return e;
}

struct ast_rexpr *ast_rx_set(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_members m)
{
	struct ast_rexpr *e = new_rx(pc, RX_SET, loc);
	uint32_t md = 0;
	for (const struct ast_member *x = m.head; x; x = x->next)
		if (x->e && x->e->depth > md)
			md = x->e->depth;
	if (too_deep(pc, loc, md, 0, &e->depth)) {
		e->depth = AST_MAX_DEPTH + 1;	/* members dropped: the error stops compilation */
		return e;
	}
	e->members = m;
	return e;
}

struct ast_rexpr *ast_rx_op(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_rx kind,
			    struct ast_rexpr *l, struct ast_rexpr *r)
{
	uint32_t depth;
	if (too_deep(pc, loc, l ? l->depth : 0, r ? r->depth : 0, &depth)) {
		struct ast_rexpr *c = r && (!l || r->depth > l->depth) ? r : l;
		c->depth = AST_MAX_DEPTH + 1;
		return c;
	}
	struct ast_rexpr *e = new_rx(pc, kind, loc);
	e->l = l;
	e->r = r;
	e->depth = depth;
	return e;
}

struct ast_members ast_members_none(void)
{
	struct ast_members l = {0};
	return l;
}

struct ast_members ast_members_add(struct parse_ctx *pc, struct ast_members l, struct ast_member *m)
{
	(void)pc;
	if (l.tail)
		l.tail->next = m;
	else
		l.head = m;
	l.tail = m;
	l.n++;
	return l;
}

struct ast_member *ast_member(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_rexpr *e)
{
	struct ast_member *m = NEW(pc, struct ast_member);
	m->e = e;
	m->loc = *loc;
	return m;
}

struct ast_member *ast_member_date(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_member *m,
				   bool until, rdate d, const struct ast_loc *kw_loc,
				   const struct ast_loc *date_loc)
{
	struct ast_date *slot = until ? &m->until : &m->since;
	if (slot->set)
		ast_error(pc, kw_loc, "duplicate '%s' on a set member", until ? "until" : "since");
	slot->set = true;
	slot->d = d;
	slot->loc = *date_loc;
	m->loc = *loc;
	return m;
}

/* ---------------------------------------------------------------- rules */

struct ast_classes *ast_classes_names(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_names n)
{
	struct ast_classes *c = NEW(pc, struct ast_classes);
	c->kind = CLS_NAMES;
	c->loc = *loc;
	c->names = n;
	return c;
}

struct ast_classes *ast_classes_any(struct parse_ctx *pc, const struct ast_loc *loc)
{
	struct ast_classes *c = NEW(pc, struct ast_classes);
	c->kind = CLS_ANY;
	c->loc = *loc;
	return c;
}

struct ast_classes *ast_classes_sens(struct parse_ctx *pc, const struct ast_loc *loc, enum cmp_op cmp,
				     const char *level, const struct ast_loc *level_loc)
{
	struct ast_classes *c = NEW(pc, struct ast_classes);
	c->kind = CLS_SENS;
	c->loc = *loc;
	c->cmp = cmp;
	c->level = ast_name(level, level_loc);
	return c;
}

struct ast_items ast_items_none(void)
{
	struct ast_items l = {0};
	return l;
}

struct ast_items ast_items_add(struct ast_items l, struct ast_item *it)
{
	if (!it)
		return l;
	if (l.tail)
		l.tail->next = it;
	else
		l.head = it;
	l.tail = it;
	l.n++;
	return l;
}

static struct ast_item *new_item(struct parse_ctx *pc, enum ast_item_kind kind, const struct ast_loc *loc)
{
	struct ast_item *it = NEW(pc, struct ast_item);
	it->kind = kind;
	it->loc = *loc;
	return it;
}

struct ast_item *ast_item_on(struct parse_ctx *pc, const struct ast_loc *loc, enum rule_kind kind,
			     struct ast_classes *classes, struct ast_clauses clauses)
{
	struct ast_item *it = new_item(pc, IT_ON, loc);
	it->on_kind = kind;
	it->classes = classes;
	it->clauses = clauses;
	return it;
}

struct ast_item *ast_item_cond(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_item_kind kind,
			       struct ast_cond *c, const struct ast_loc *text_loc)
{
	struct ast_item *it = new_item(pc, kind, loc);
	it->cond = c;
	it->text_loc = *text_loc;
	return it;
}

struct ast_item *ast_item_severity(struct parse_ctx *pc, const struct ast_loc *loc, enum severity sev)
{
	struct ast_item *it = new_item(pc, IT_SEVERITY, loc);
	it->sev = sev;
	return it;
}

struct ast_item *ast_item_str(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_item_kind kind,
			      const char *s)
{
	struct ast_item *it = new_item(pc, kind, loc);
	it->str = s;
	return it;
}

struct ast_item *ast_item_date(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_item_kind kind,
			       rdate d, const struct ast_loc *date_loc)
{
	struct ast_item *it = new_item(pc, kind, loc);
	it->date.set = true;
	it->date.d = d;
	it->date.loc = *date_loc;
	return it;
}

struct ast_clauses ast_clauses_none(void)
{
	struct ast_clauses l = {0};
	return l;
}

struct ast_clauses ast_clauses_add(struct parse_ctx *pc, struct ast_clauses l, enum ast_clause_kind kind,
				   const struct ast_loc *kw_loc, struct ast_rexpr *e)
{
	struct ast_clause *c = NEW(pc, struct ast_clause);
	c->kind = kind;
	c->loc = *kw_loc;
	c->e = e;
	if (l.tail)
		l.tail->next = c;
	else
		l.head = c;
	l.tail = c;
	l.n++;
	return l;
}

/* ---------------------------------------------------------------- conditions */

struct ast_cond *ast_cond_simple(struct parse_ctx *pc, const struct ast_loc *loc, enum cond_op op)
{
	struct ast_cond *c = NEW(pc, struct ast_cond);
	c->op = op;
	c->loc = *loc;
	c->name = ast_no_name();
	c->depth = 1;
	return c;
}

struct ast_cond *ast_cond_op(struct parse_ctx *pc, const struct ast_loc *loc, enum cond_op op,
			     struct ast_cond *l, struct ast_cond *r)
{
	uint32_t depth;
	if (too_deep(pc, loc, l ? l->depth : 0, r ? r->depth : 0, &depth)) {
		struct ast_cond *k = r && (!l || r->depth > l->depth) ? r : l;
		k->depth = AST_MAX_DEPTH + 1;
		return k;
	}
	struct ast_cond *c = ast_cond_simple(pc, loc, op);
	c->l = l;
	c->r = r;
	c->depth = depth;
	return c;
}

struct ast_cond *ast_cond_mech(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_names names,
			       bool braced)
{
	struct ast_cond *c = ast_cond_simple(pc, loc, COND_MECH);
	c->names = names;
	c->braced = braced;
	return c;
}

struct ast_cond *ast_cond_in(struct parse_ctx *pc, const struct ast_loc *loc, enum cond_op op,
			     struct ast_rexpr *region)
{
	struct ast_cond *c = ast_cond_simple(pc, loc, op);
	c->region = region;
	return c;
}

struct ast_cond *ast_cond_sens(struct parse_ctx *pc, const struct ast_loc *loc, enum cmp_op cmp,
			       const char *level, const struct ast_loc *level_loc)
{
	struct ast_cond *c = ast_cond_simple(pc, loc, COND_SENSITIVITY);
	c->cmp = cmp;
	c->name = ast_name(level, level_loc);
	return c;
}

struct ast_cond *ast_cond_subjects(struct parse_ctx *pc, const struct ast_loc *loc, enum cmp_op cmp,
				   double n)
{
	struct ast_cond *c = ast_cond_simple(pc, loc, COND_SUBJECTS);
	c->cmp = cmp;
	c->num = n;
	return c;
}

struct ast_cond *ast_cond_via(struct parse_ctx *pc, const struct ast_loc *loc, enum via_kind via)
{
	struct ast_cond *c = ast_cond_simple(pc, loc, COND_VIA);
	c->via = via;
	return c;
}

struct ast_cond *ast_cond_attr(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, bool has_cmp, enum cmp_op cmp,
			       const struct ast_value *v)
{
	struct ast_cond *c = ast_cond_simple(pc, loc, has_cmp ? COND_ATTR_CMP : COND_ATTR);
	c->name = ast_name(name, name_loc);
	c->cmp = cmp;
	if (v)
		c->val = *v;
	return c;
}

static struct ast_value *new_value(struct parse_ctx *pc, const struct ast_loc *loc)
{
	struct ast_value *v = NEW(pc, struct ast_value);
	v->loc = *loc;
	return v;
}

struct ast_value *ast_value_str(struct parse_ctx *pc, const char *s, const struct ast_loc *loc)
{
	struct ast_value *v = new_value(pc, loc);
	v->v.kind = VAL_STR;
	v->v.s = s;
	return v;
}

struct ast_value *ast_value_num(struct parse_ctx *pc, double n, const struct ast_loc *loc)
{
	struct ast_value *v = new_value(pc, loc);
	v->v.kind = VAL_NUM;
	v->v.n = n;
	return v;
}

struct ast_value *ast_value_bool(struct parse_ctx *pc, bool b, const struct ast_loc *loc)
{
	struct ast_value *v = new_value(pc, loc);
	v->v.kind = VAL_BOOL;
	v->v.b = b;
	return v;
}

/* ---------------------------------------------------------------- tests */

struct ast_titems ast_titems_none(void)
{
	struct ast_titems l = {0};
	return l;
}

struct ast_titems ast_titems_add(struct ast_titems l, struct ast_titem *it)
{
	if (!it)
		return l;
	if (l.tail)
		l.tail->next = it;
	else
		l.head = it;
	l.tail = it;
	l.n++;
	return l;
}

static struct ast_titem *new_titem(struct parse_ctx *pc, enum ast_titem_kind kind, const struct ast_loc *loc)
{
	struct ast_titem *it = NEW(pc, struct ast_titem);
	it->kind = kind;
	it->loc = *loc;
	return it;
}

struct ast_titem *ast_titem_as_of(struct parse_ctx *pc, const struct ast_loc *loc, rdate d,
				  const struct ast_loc *date_loc)
{
	struct ast_titem *it = new_titem(pc, TI_AS_OF, loc);
	it->date.set = true;
	it->date.d = d;
	it->date.loc = *date_loc;
	return it;
}

struct ast_titem *ast_titem_fact(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_fact *f)
{
	struct ast_titem *it = new_titem(pc, TI_FACT, loc);
	it->fact = f;
	return it;
}

struct ast_titem *ast_titem_expect(struct parse_ctx *pc, const struct ast_loc *loc, bool pass,
				   struct ast_names rules)
{
	struct ast_titem *it = new_titem(pc, pass ? TI_EXPECT_PASS : TI_EXPECT, loc);
	it->rules = rules;
	return it;
}

struct ast_fact *ast_fact_store(struct parse_ctx *pc, const struct ast_loc *loc, const struct ast_name *name,
				struct ast_names classes, struct ast_places at, struct ast_props props)
{
	struct ast_fact *f = NEW(pc, struct ast_fact);
	f->kind = FACT_STORE;
	f->loc = *loc;
	f->name = name ? *name : ast_no_name();
	f->classes = classes;
	f->at = at;
	f->props = props;
	return f;
}

struct ast_fact *ast_fact_transfer(struct parse_ctx *pc, const struct ast_loc *loc, const struct ast_name *name,
				   struct ast_names classes, struct ast_place *from, struct ast_place *to,
				   struct ast_props props)
{
	struct ast_fact *f = NEW(pc, struct ast_fact);
	f->kind = FACT_TRANSFER;
	f->loc = *loc;
	f->name = name ? *name : ast_no_name();
	f->classes = classes;
	f->from = from;
	f->to = to;
	f->props = props;
	return f;
}

struct ast_place *ast_place(struct parse_ctx *pc, const struct ast_loc *loc, const char *name, bool is_loc)
{
	struct ast_place *p = NEW(pc, struct ast_place);
	p->name = name;
	p->is_loc = is_loc;
	p->loc = *loc;
	p->store = -1;
	return p;
}

struct ast_places ast_places_one(struct ast_place *p)
{
	struct ast_places l = {p, p, 1};
	return l;
}

struct ast_places ast_places_add(struct ast_places l, struct ast_place *p)
{
	if (l.tail)
		l.tail->next = p;
	else
		l.head = p;
	l.tail = p;
	l.n++;
	return l;
}

struct ast_props ast_props_none(void)
{
	struct ast_props l = {0};
	return l;
}

struct ast_props ast_props_add(struct ast_props l, struct ast_prop *p)
{
	if (l.tail)
		l.tail->next = p;
	else
		l.head = p;
	l.tail = p;
	l.n++;
	return l;
}

struct ast_prop *ast_prop(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_prop_kind kind)
{
	struct ast_prop *p = NEW(pc, struct ast_prop);
	p->kind = kind;
	p->loc = *loc;
	p->name = ast_no_name();
	return p;
}

struct ast_prop *ast_prop_mech(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, bool has_until, rdate until,
			       const struct ast_loc *until_loc)
{
	struct ast_prop *p = ast_prop(pc, loc, PR_MECH);
	p->name = ast_name(name, name_loc);
	if (has_until) {
		p->until.set = true;
		p->until.d = until;
		p->until.loc = *until_loc;
	}
	return p;
}

struct ast_prop *ast_prop_places(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_prop_kind kind,
				 struct ast_places places)
{
	struct ast_prop *p = ast_prop(pc, loc, kind);
	p->places = places;
	return p;
}

struct ast_prop *ast_prop_subjects(struct parse_ctx *pc, const struct ast_loc *loc, double n)
{
	struct ast_prop *p = ast_prop(pc, loc, PR_SUBJECTS);
	p->num = n;
	return p;
}

struct ast_prop *ast_prop_attr(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, const struct ast_value *v)
{
	struct ast_prop *p = ast_prop(pc, loc, PR_ATTR);
	p->name = ast_name(name, name_loc);
	p->val = *v;
	return p;
}

/* ---------------------------------------------------------------- helpers */

const char *ast_cond_name(const struct ast_cond *c)
{
	switch (c->op) {
	case COND_TRUE: return "true";
	case COND_FALSE: return "false";
	case COND_AND: return "and";
	case COND_OR: return "or";
	case COND_NOT: return "not";
	case COND_MECH: return c->braced ? "mechanism in" : "mechanism";
	case COND_FROM_IN: return "from in";
	case COND_TO_IN: return "to in";
	case COND_ORIGIN_IN: return "origin in";
	case COND_LOCATION_IN: return "location in";
	case COND_PRIMARY_IN: return "primary in";
	case COND_KEY_IN: return "key in";
	case COND_OPERATOR_IN: return "operator in";
	case COND_KEY_COLOCATED: return "key colocated";
	case COND_ENC_AT_REST: return "encrypted at_rest";
	case COND_ENC_IN_TRANSIT: return "encrypted in_transit";
	case COND_PSEUDONYMIZED: return "pseudonymized";
	case COND_ANONYMIZED: return "anonymized";
	case COND_SENSITIVITY: return "sensitivity";
	case COND_SUBJECTS: return "subjects";
	case COND_ATTR: case COND_ATTR_CMP: return "attr";
	case COND_SUBJECTS_KNOWN: return "subjects known";
	case COND_VIA:
		return c->via == VIA_FLOW ? "via flow" : c->via == VIA_REPLICA ? "via replica"
			: c->via == VIA_BACKUP ? "via backup" : "via";
	}
	return "?";
}

const char *ast_prop_name(enum ast_prop_kind k)
{
	static const char *const names[PR_COUNT] = {
		[PR_MECH] = "mechanism", [PR_ENC_IN_TRANSIT] = "encrypted in_transit",
		[PR_ENC_AT_REST] = "encrypted at_rest", [PR_PSEUDO] = "pseudonymized",
		[PR_ANON] = "anonymized", [PR_KEY] = "key at", [PR_SUBJECTS] = "subjects",
		[PR_ORIGIN] = "origin", [PR_REPLICAS] = "replicas at", [PR_BACKUPS] = "backups at",
		[PR_ATTR] = "attr",
	};
	return k < PR_COUNT ? names[k] : "?";
}

/* ast_text's byte classes: 0 copied as is, 1 white space, 2 needs a look */
static const unsigned char text_class[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1,
	['#'] = 2, ['}'] = 2, ['"'] = 2,
};

const char *ast_text(struct arena *a, const struct ast_loc *loc)
{
	if (!loc->src || loc->end <= loc->off)
		return arena_strdup(a, "");
	const char *s = loc->src->text + loc->off;
	size_t n = loc->end - loc->off;
	char *out = arena_alloc_raw(a, n + 1);
	size_t o = 0;
	bool space = false, in_str = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (in_str) {
			out[o++] = c;
			if (c == '\\' && i + 1 < n)
				out[o++] = s[++i];
			else if (c == '"')
				in_str = false;
			continue;
		}
		unsigned char k = text_class[(unsigned char)c];
		if (k == 1) {
			space = true;
			continue;
		}
		if (k == 2) {
			if (c == '#') {
				while (i + 1 < n && s[i + 1] != '\n')
					i++;
				space = true;
				continue;
			}
			/* a set broken over lines ends "X, }": quote it as "X }" */
			if (c == '}' && o > 0 && out[o - 1] == ',')
				o--;
		}
		if (space && o > 0)
			out[o++] = ' ';
		space = false;
		out[o++] = c;
		if (c == '"')
			in_str = true;
	}
	out[o] = '\0';
	return out;
}
