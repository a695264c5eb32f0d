/*
** ast.h — the syntax tree of RPL source, built by grammar/parser.y (one
** constructor call per grammar action), checked by sema.c and lowered by
** lower.c into struct rsd_policy.  Every node lives in the compilation's
** arena; lists are singly linked with a tail pointer, in source order.
*/
#ifndef RSD_AST_H
#define RSD_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "date.h"
#include "diag.h"
#include "policy.h"
#include "util.h"

/*
** A span of source text.
** @src: the file (for diagnostics); NULL for synthetic nodes
** @file: index of the file in the compilation (policy->files), -1: none
** @off, @end: byte offsets, [off, end)
** @line, @col: first byte (1-based)
** @end_line, @end_col: one past the last byte
*/
struct ast_loc {
	const struct src_file *src;
	int32_t file;
	uint32_t off, end;
	uint32_t line, col;
	uint32_t end_line, end_col;
};

/* A name as written; @idx is filled by sema (kind depends on the use). */
struct ast_name {
	const char *s;	/* NULL: absent */
	struct ast_loc loc;
	int32_t idx;
	struct ast_name *next;
};
struct ast_names {
	struct ast_name *head, *tail;
	uint32_t n;
};

/* @d: DATE_NONE when the literal was invalid (already reported) */
struct ast_date {
	bool set;
	rdate d;
	struct ast_loc loc;
};

/* ---------------------------------------------------------------- regions */

enum ast_rx { RX_NAME, RX_LOC, RX_SET, RX_NOT, RX_AND, RX_UNION, RX_DIFF };
/* What a name in a region expression resolved to. */
enum ast_res { RES_NONE, RES_COUNTRY, RES_WORLD, RES_REGION, RES_LOCATION };

/*
** Expression trees deeper than this are rejected while parsing ("expression
** nested too deeply"), so the recursive passes (sema, lower, evaluation)
** never run out of stack on chains like `DE + DE + … + DE`.
*/
#define AST_MAX_DEPTH 1000

struct ast_member;
struct ast_members {
	struct ast_member *head, *tail;
	uint32_t n;
};

/*
** A region expression.
** @name: RX_NAME (country, WORLD or region) / RX_LOC (location)
** @l, @r: operands (RX_NOT uses l)
** @members: RX_SET
** @res, @idx: filled by sema (country index, region or location index)
** @depth: height of the tree below (1: a leaf); at most AST_MAX_DEPTH
*/
struct ast_rexpr {
	enum ast_rx kind;
	uint32_t depth;
	struct ast_loc loc;
	const char *name;
	struct ast_rexpr *l, *r;
	struct ast_members members;
	enum ast_res res;
	int32_t idx;
};

struct ast_member {
	struct ast_rexpr *e;
	struct ast_date since, until;
	struct ast_loc loc;
	struct ast_member *next;
};

/* ---------------------------------------------------------------- rules */

enum ast_cls { CLS_NAMES, CLS_ANY, CLS_SENS };
/* CLASSES of an `on` clause: names, `any` or `sensitivity OP LEVEL` */
struct ast_classes {
	enum ast_cls kind;
	struct ast_loc loc;
	struct ast_names names;
	enum cmp_op cmp;
	struct ast_name level;
};

struct ast_value {
	struct value v;
	struct ast_loc loc;
};

/*
** A condition.  @op reuses the IR's enum cond_op.
** @names: COND_MECH mechanisms (@braced: written `mechanism in { … }`)
** @region: the R of `X in R`
** @name: sensitivity level / attribute name
** @via: COND_VIA: the kind written after `via`
** @depth: height of the and/or/not tree below (1: a leaf); at most AST_MAX_DEPTH
*/
struct ast_cond {
	enum cond_op op;
	uint32_t depth;
	struct ast_loc loc;
	struct ast_cond *l, *r;
	struct ast_names names;
	bool braced;
	struct ast_rexpr *region;
	enum cmp_op cmp;
	struct ast_name name;
	double num;
	struct ast_value val;
	enum via_kind via;
};

enum ast_clause_kind { CL_IN, CL_ORIGIN, CL_FROM, CL_TO };
struct ast_clause {
	enum ast_clause_kind kind;
	struct ast_loc loc;	/* the keyword */
	struct ast_rexpr *e;
	struct ast_clause *next;
};
struct ast_clauses {
	struct ast_clause *head, *tail;
	uint32_t n;
};

enum ast_item_kind {
	IT_ON, IT_WHEN, IT_REQUIRE, IT_SEVERITY, IT_CITE, IT_MESSAGE, IT_REMEDY, IT_SINCE, IT_UNTIL,
};

/*
** One item of a rule body.
** @loc: the keyword (for count errors); @text_loc: the condition as written
** (when / require: quoted in reports)
*/
struct ast_item {
	enum ast_item_kind kind;
	struct ast_loc loc;
	enum rule_kind on_kind;
	struct ast_classes *classes;
	struct ast_clauses clauses;
	struct ast_cond *cond;
	struct ast_loc text_loc;
	enum severity sev;
	const char *str;
	struct ast_date date;
	struct ast_item *next;
};
struct ast_items {
	struct ast_item *head, *tail;
	uint32_t n;
};

/* ---------------------------------------------------------------- tests */

/*
** A place (country code or location) or, for transfer endpoints, possibly
** the name of an earlier store.  Sema fills @pl / @store.
*/
struct ast_place {
	const char *name;
	bool is_loc;
	struct ast_loc loc;
	struct place pl;
	int32_t store;	/* fact index of the store endpoint, -1: a place */
	struct ast_place *next;
};
struct ast_places {
	struct ast_place *head, *tail;
	uint32_t n;
};

enum ast_prop_kind {
	PR_MECH, PR_ENC_IN_TRANSIT, PR_ENC_AT_REST, PR_PSEUDO, PR_ANON, PR_KEY, PR_SUBJECTS,
	PR_ORIGIN, PR_REPLICAS, PR_BACKUPS, PR_ATTR,
	PR_COUNT
};
struct ast_prop {
	enum ast_prop_kind kind;
	struct ast_loc loc;
	struct ast_name name;	/* mechanism / attribute */
	struct ast_date until;
	struct ast_places places;	/* key (one), origin, replicas, backups */
	double num;
	struct ast_value val;
	struct ast_prop *next;
};
struct ast_props {
	struct ast_prop *head, *tail;
	uint32_t n;
};

struct ast_fact {
	enum fact_kind kind;
	struct ast_loc loc;
	struct ast_name name;	/* s NULL: unnamed */
	struct ast_names classes;
	struct ast_places at;	/* store */
	struct ast_place *from, *to;	/* transfer */
	struct ast_props props;
};

enum ast_titem_kind { TI_AS_OF, TI_FACT, TI_EXPECT_PASS, TI_EXPECT };
struct ast_titem {
	enum ast_titem_kind kind;
	struct ast_loc loc;
	struct ast_date date;
	struct ast_fact *fact;
	struct ast_names rules;
	struct ast_titem *next;
};
struct ast_titems {
	struct ast_titem *head, *tail;
	uint32_t n;
};

/* ---------------------------------------------------------------- declarations */

enum ast_decl_kind {
	D_IMPORT, D_REGION, D_LOCATION, D_PROVIDER, D_LEVELS, D_CLASS, D_MECHANISM, D_RULE, D_TEST,
};

/*
** A top-level declaration.
** @name: the declared name (location: "aws:eu-west-1"; test: its string)
** @value: region / location value; @oper: `{ operator … }`
** @names: class parents / levels
** @sens: class `{ sensitivity L }` (s NULL: none)
** @cite: mechanism `{ cite … }`
** @path: import
** @idx, @slot, @op_slot: filled by sema (index within its kind, set slots)
*/
struct ast_decl {
	enum ast_decl_kind kind;
	struct ast_loc loc;
	struct ast_name name;
	const char *title;
	struct ast_rexpr *value, *oper;
	struct ast_names names;
	struct ast_name sens;
	const char *cite;
	struct ast_items items;
	struct ast_titems titems;
	const char *path;
	int32_t idx, slot, op_slot;
	bool dup;	/* a duplicate: reported, otherwise ignored */
	bool broken;	/* held a syntax error: skip checks that would only echo it */
	struct ast_decl *next;
};

/* ---------------------------------------------------------------- parsing */

enum parse_what { PARSE_POLICY, PARSE_FACT };

/*
** The state of one parse (lexer extra + parser param).  No globals.
** @off, @line, @col: the lexer's position (start of the next token)
** @sb: scratch buffer for string literals
*/
struct parse_ctx {
	struct arena *arena;
	struct rsd_diags *diags;
	const struct src_file *src;
	int32_t file;
	const char *text;
	size_t len;
	uint32_t off, line, col;
	struct ast_loc prev_loc;	/* span of the previous match */
	int start_tok;
	int last_tok;	/* the token returned last (rsd_yylex: kinds after `via`) */
	struct ast_decl *decls, *decls_tail;
	struct ast_fact *fact;
	struct strbuf sb;
	unsigned nsyntax;	/* syntax errors reported */
	uint32_t lex_err;	/* 1 + offset of the last token the scanner rejected, 0: none */
	uint32_t bad_char_end;	/* 1 + offset just past the last skipped character, 0: none */
	uint32_t *err_offs;	/* byte offsets of syntax errors (xmalloc'd) */
	size_t nerr_offs, cap_err_offs;
};

/*
** Parse text[0..len) (a registered source file) into pc->decls (PARSE_POLICY)
** or pc->fact (PARSE_FACT).  Records errors on d.  Returns the number of
** errors recorded by the parse.
*/
size_t ast_parse(struct parse_ctx *pc, enum parse_what what);

/* Report an error at loc (converted to a caret span). */
void ast_error(struct parse_ctx *pc, const struct ast_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The diagnostic position of an AST location (span clipped to its first line). */
struct src_loc ast_src_loc(const struct ast_loc *loc);

/* ---------------------------------------------------------------- constructors */
/* One per grammar action; all allocate in pc->arena and never fail. */

const char *ast_str(struct parse_ctx *pc, const char *s, size_t n);
void ast_add_decl(struct parse_ctx *pc, struct ast_decl *d);
void ast_set_fact(struct parse_ctx *pc, struct ast_fact *f);

struct ast_decl *ast_import(struct parse_ctx *pc, const struct ast_loc *loc, const char *path,
			    const struct ast_loc *path_loc);
struct ast_decl *ast_region(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			    const struct ast_loc *name_loc, const char *title, struct ast_rexpr *value);
struct ast_decl *ast_location(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			      const struct ast_loc *name_loc, const char *title,
			      struct ast_rexpr *value, struct ast_rexpr *oper);
struct ast_decl *ast_provider(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			      const struct ast_loc *name_loc, const char *title, struct ast_rexpr *oper);
struct ast_decl *ast_levels(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_names names);
struct ast_decl *ast_class(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			   const struct ast_loc *name_loc, struct ast_names parents, const char *title,
			   const struct ast_name *sens);
struct ast_decl *ast_mechanism(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, const char *title, const char *cite);
struct ast_decl *ast_rule(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			  const struct ast_loc *name_loc, const char *title, struct ast_items items);
struct ast_decl *ast_test(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			  const struct ast_loc *name_loc, struct ast_titems items);

struct ast_name ast_name(const char *s, const struct ast_loc *loc);
struct ast_name ast_no_name(void);
struct ast_name *ast_name_new(struct parse_ctx *pc, const char *s, const struct ast_loc *loc);
struct ast_names ast_names_one(struct parse_ctx *pc, const char *s, const struct ast_loc *loc);
struct ast_names ast_names_add(struct parse_ctx *pc, struct ast_names l, const char *s,
			       const struct ast_loc *loc);
struct ast_names ast_names_none(void);

struct ast_rexpr *ast_rx_name(struct parse_ctx *pc, const struct ast_loc *loc, const char *name);
struct ast_rexpr *ast_rx_loc(struct parse_ctx *pc, const struct ast_loc *loc, const char *name);
struct ast_rexpr *ast_rx_set(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_members m);
struct ast_rexpr *ast_rx_op(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_rx kind,
			    struct ast_rexpr *l, struct ast_rexpr *r);
struct ast_members ast_members_none(void);
struct ast_members ast_members_add(struct parse_ctx *pc, struct ast_members l, struct ast_member *m);
struct ast_member *ast_member(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_rexpr *e);
struct ast_member *ast_member_date(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_member *m,
				   bool until, rdate d, const struct ast_loc *kw_loc,
				   const struct ast_loc *date_loc);

struct ast_classes *ast_classes_names(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_names n);
struct ast_classes *ast_classes_any(struct parse_ctx *pc, const struct ast_loc *loc);
struct ast_classes *ast_classes_sens(struct parse_ctx *pc, const struct ast_loc *loc, enum cmp_op cmp,
				     const char *level, const struct ast_loc *level_loc);

struct ast_items ast_items_none(void);
struct ast_items ast_items_add(struct ast_items l, struct ast_item *it);
struct ast_item *ast_item_on(struct parse_ctx *pc, const struct ast_loc *loc, enum rule_kind kind,
			     struct ast_classes *classes, struct ast_clauses clauses);
struct ast_item *ast_item_cond(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_item_kind kind,
			       struct ast_cond *c, const struct ast_loc *text_loc);
struct ast_item *ast_item_severity(struct parse_ctx *pc, const struct ast_loc *loc, enum severity sev);
struct ast_item *ast_item_str(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_item_kind kind,
			      const char *s);
struct ast_item *ast_item_date(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_item_kind kind,
			       rdate d, const struct ast_loc *date_loc);
struct ast_clauses ast_clauses_none(void);
struct ast_clauses ast_clauses_add(struct parse_ctx *pc, struct ast_clauses l, enum ast_clause_kind kind,
				   const struct ast_loc *kw_loc, struct ast_rexpr *e);

struct ast_cond *ast_cond_simple(struct parse_ctx *pc, const struct ast_loc *loc, enum cond_op op);
struct ast_cond *ast_cond_op(struct parse_ctx *pc, const struct ast_loc *loc, enum cond_op op,
			     struct ast_cond *l, struct ast_cond *r);
struct ast_cond *ast_cond_mech(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_names names,
			       bool braced);
struct ast_cond *ast_cond_in(struct parse_ctx *pc, const struct ast_loc *loc, enum cond_op op,
			     struct ast_rexpr *region);
struct ast_cond *ast_cond_sens(struct parse_ctx *pc, const struct ast_loc *loc, enum cmp_op cmp,
			       const char *level, const struct ast_loc *level_loc);
struct ast_cond *ast_cond_subjects(struct parse_ctx *pc, const struct ast_loc *loc, enum cmp_op cmp,
				   double n);
struct ast_cond *ast_cond_via(struct parse_ctx *pc, const struct ast_loc *loc, enum via_kind via);
struct ast_cond *ast_cond_attr(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, bool has_cmp, enum cmp_op cmp,
			       const struct ast_value *v);
struct ast_value *ast_value_str(struct parse_ctx *pc, const char *s, const struct ast_loc *loc);
struct ast_value *ast_value_num(struct parse_ctx *pc, double n, const struct ast_loc *loc);
struct ast_value *ast_value_bool(struct parse_ctx *pc, bool b, const struct ast_loc *loc);

struct ast_titems ast_titems_none(void);
struct ast_titems ast_titems_add(struct ast_titems l, struct ast_titem *it);
struct ast_titem *ast_titem_as_of(struct parse_ctx *pc, const struct ast_loc *loc, rdate d,
				  const struct ast_loc *date_loc);
struct ast_titem *ast_titem_fact(struct parse_ctx *pc, const struct ast_loc *loc, struct ast_fact *f);
struct ast_titem *ast_titem_expect(struct parse_ctx *pc, const struct ast_loc *loc, bool pass,
				   struct ast_names rules);

struct ast_fact *ast_fact_store(struct parse_ctx *pc, const struct ast_loc *loc, const struct ast_name *name,
				struct ast_names classes, struct ast_places at, struct ast_props props);
struct ast_fact *ast_fact_transfer(struct parse_ctx *pc, const struct ast_loc *loc, const struct ast_name *name,
				   struct ast_names classes, struct ast_place *from, struct ast_place *to,
				   struct ast_props props);
struct ast_place *ast_place(struct parse_ctx *pc, const struct ast_loc *loc, const char *name, bool is_loc);
struct ast_places ast_places_one(struct ast_place *p);
struct ast_places ast_places_add(struct ast_places l, struct ast_place *p);
struct ast_props ast_props_none(void);
struct ast_props ast_props_add(struct ast_props l, struct ast_prop *p);
struct ast_prop *ast_prop(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_prop_kind kind);
struct ast_prop *ast_prop_mech(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, bool has_until, rdate until,
			       const struct ast_loc *until_loc);
struct ast_prop *ast_prop_places(struct parse_ctx *pc, const struct ast_loc *loc, enum ast_prop_kind kind,
				 struct ast_places places);
struct ast_prop *ast_prop_subjects(struct parse_ctx *pc, const struct ast_loc *loc, double n);
struct ast_prop *ast_prop_attr(struct parse_ctx *pc, const struct ast_loc *loc, const char *name,
			       const struct ast_loc *name_loc, const struct ast_value *v);

/* ---------------------------------------------------------------- helpers */

/* Names for messages: "mechanism", "from in", "encrypted at_rest", … */
const char *ast_cond_name(const struct ast_cond *c);
const char *ast_prop_name(enum ast_prop_kind k);

/*
** The source text of [loc.off, loc.end) with comments removed and runs of
** whitespace collapsed to one space, copied into a.
*/
const char *ast_text(struct arena *a, const struct ast_loc *loc);

#endif
