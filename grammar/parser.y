/*
** parser.y — the RPL grammar (LANGUAGE.md §1–§4).  A pure parser that
** only builds the AST: each action is one ast_* constructor call; all
** checks live in src/sema.c.  Syntax errors are worded for people
** (yyreport_syntax_error below) and the parser recovers at declaration,
** rule-item and test-item boundaries.
*/
%define api.pure full
%define api.prefix {rsd_yy}
%define api.location.type {struct ast_loc}
%define parse.error custom
%define parse.lac full
%locations
/* Conflicts are fixed with grammar structure, never by raising this. */
%expect 0
%lex-param {void *scanner}
%parse-param {void *scanner} {struct parse_ctx *pc}

%code requires {
#include "ast.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N) \
	do { \
		if (N) { \
			(Cur) = YYRHSLOC(Rhs, 1); \
			(Cur).end = YYRHSLOC(Rhs, N).end; \
			(Cur).end_line = YYRHSLOC(Rhs, N).end_line; \
			(Cur).end_col = YYRHSLOC(Rhs, N).end_col; \
		} else { \
			(Cur) = YYRHSLOC(Rhs, 0); \
			(Cur).off = (Cur).end; \
			(Cur).line = (Cur).end_line; \
			(Cur).col = (Cur).end_col; \
		} \
	} while (0)
}

%code provides {
int rsd_yylex(RSD_YYSTYPE *lval, RSD_YYLTYPE *lloc, void *scanner);
int rsd_yyparse(void *scanner, struct parse_ctx *pc);
}

%code {
#include <stdio.h>
#include <string.h>

static void rsd_yyerror(RSD_YYLTYPE *loc, void *scanner, struct parse_ctx *pc, const char *msg);
}

%union {
	const char *str;
	double num;
	rdate date;
	int op;
	struct ast_decl *decl;
	struct ast_name *name;
	struct ast_names names;
	struct ast_rexpr *rx;
	struct ast_member *member;
	struct ast_members members;
	struct ast_classes *classes;
	struct ast_items items;
	struct ast_item *item;
	struct ast_clauses clauses;
	struct ast_cond *cond;
	struct ast_value *value;
	struct ast_titems titems;
	struct ast_titem *titem;
	struct ast_fact *fact;
	struct ast_place *place;
	struct ast_places places;
	struct ast_props props;
	struct ast_prop *prop;
}

%token START_POLICY START_FACT
%token <str> IDENT "name"
%token <str> LOCNAME "location"
%token <str> STRING "string"
%token <num> NUMBER "number"
%token <date> DATE "date"
%token KW_IMPORT "'import'" KW_REGION "'region'" KW_LOCATION "'location'"
%token KW_PROVIDER "'provider'" KW_OPERATOR "'operator'" KW_LEVELS "'levels'"
%token KW_CLASS "'class'" KW_MECHANISM "'mechanism'" KW_RULE "'rule'" KW_TEST "'test'"
%token KW_ON "'on'" KW_STORE "'store'" KW_TRANSFER "'transfer'" KW_OF "'of'"
%token KW_IN "'in'" KW_ORIGIN "'origin'" KW_FROM "'from'" KW_TO "'to'"
%token KW_WHEN "'when'" KW_REQUIRE "'require'" KW_SEVERITY "'severity'"
%token KW_CITE "'cite'" KW_MESSAGE "'message'" KW_REMEDY "'remedy'"
%token KW_SINCE "'since'" KW_UNTIL "'until'" KW_NOT "'not'" KW_AND "'and'" KW_OR "'or'"
%token KW_ANY "'any'" KW_SENSITIVITY "'sensitivity'" KW_ENCRYPTED "'encrypted'"
%token KW_IN_TRANSIT "'in_transit'" KW_AT_REST "'at_rest'"
%token KW_PSEUDONYMIZED "'pseudonymized'" KW_ANONYMIZED "'anonymized'"
%token KW_KEY "'key'" KW_COLOCATED "'colocated'" KW_PRIMARY "'primary'"
%token KW_SUBJECTS "'subjects'" KW_ATTR "'attr'" KW_AT "'at'" KW_WITH "'with'"
%token KW_EXPECT "'expect'" KW_PASS "'pass'" KW_VIOLATION "'violation'" KW_AS_OF "'as_of'"
%token KW_TRUE "'true'" KW_FALSE "'false'" KW_ERROR "'error'" KW_WARNING "'warning'"
%token KW_INFO "'info'" KW_REPLICAS "'replicas'" KW_BACKUPS "'backups'"
%token KW_VIA "'via'" KW_KNOWN "'known'"
/* kinds: the words flow, replica and backup right after `via` (the scanner) */
%token KW_FLOW "'flow'" KW_REPLICA "'replica'" KW_BACKUP "'backup'"
%token EQEQ "'=='" NE "'!='" LE "'<='" GE "'>='"

%type <decl> decl import region location provider levels class mechanism rule test
%type <str> opt_title
%type <rx> opt_operator rexpr rterm rfactor rprimary
%type <names> level_list name_list opt_parents brace_names
%type <name> opt_class_body opt_fact_name
%type <str> opt_mech_body
%type <members> members member_list
%type <member> member
%type <items> rule_items
%type <item> rule_item
%type <classes> classes
%type <clauses> clauses
%type <op> cmp severity via_kind
%type <cond> cond cond_and cond_not cond_atom
%type <value> value
%type <titems> test_items
%type <titem> test_item
%type <fact> fact
%type <place> place
%type <places> place_list places
%type <props> opt_with prop_list
%type <prop> prop

%%

input
	: START_POLICY decls
	| START_FACT fact				{ ast_set_fact(pc, $2); }
	;

decls
	: %empty
	| decls decl					{ ast_add_decl(pc, $2); }
	| decls error
	;

decl
	: import | region | location | provider | levels | class | mechanism | rule | test
	;

import
	: KW_IMPORT STRING				{ $$ = ast_import(pc, &@$, $2, &@2); }
	;

opt_title
	: %empty					{ $$ = NULL; }
	| STRING
	;

region
	: KW_REGION IDENT opt_title '=' rexpr		{ $$ = ast_region(pc, &@$, $2, &@2, $3, $5); }
	| KW_REGION IDENT error				{ $$ = ast_region(pc, &@$, $2, &@2, NULL, NULL); }
	;

location
	: KW_LOCATION LOCNAME opt_title '=' rexpr opt_operator
							{ $$ = ast_location(pc, &@$, $2, &@2, $3, $5, $6); }
	| KW_LOCATION LOCNAME error			{ $$ = ast_location(pc, &@$, $2, &@2, NULL, NULL, NULL); }
	;

opt_operator
	: %empty					{ $$ = NULL; }
	| '{' KW_OPERATOR rexpr '}'			{ $$ = $3; }
	;

provider
	: KW_PROVIDER IDENT opt_title '{' KW_OPERATOR rexpr '}'
							{ $$ = ast_provider(pc, &@$, $2, &@2, $3, $6); }
	| KW_PROVIDER IDENT error			{ $$ = ast_provider(pc, &@$, $2, &@2, NULL, NULL); }
	;

levels
	: KW_LEVELS level_list				{ $$ = ast_levels(pc, &@$, $2); }
	;

level_list
	: IDENT						{ $$ = ast_names_one(pc, $1, &@1); }
	| level_list '<' IDENT				{ $$ = ast_names_add(pc, $1, $3, &@3); }
	;

class
	: KW_CLASS IDENT opt_parents opt_title opt_class_body
							{ $$ = ast_class(pc, &@$, $2, &@2, $3, $4, $5); }
	;

opt_parents
	: %empty					{ $$ = ast_names_none(); }
	| ':' name_list					{ $$ = $2; }
	;

name_list
	: IDENT						{ $$ = ast_names_one(pc, $1, &@1); }
	| name_list ',' IDENT				{ $$ = ast_names_add(pc, $1, $3, &@3); }
	;

brace_names
	: '{' name_list '}'				{ $$ = $2; }
	| '{' name_list ',' '}'				{ $$ = $2; }
	;

opt_class_body
	: %empty					{ $$ = NULL; }
	| '{' '}'					{ $$ = NULL; }
	| '{' KW_SENSITIVITY IDENT '}'			{ $$ = ast_name_new(pc, $3, &@3); }
	;

mechanism
	: KW_MECHANISM IDENT opt_title opt_mech_body	{ $$ = ast_mechanism(pc, &@$, $2, &@2, $3, $4); }
	;

opt_mech_body
	: %empty					{ $$ = NULL; }
	| '{' '}'					{ $$ = NULL; }
	| '{' KW_CITE STRING '}'			{ $$ = $3; }
	;

/* ---------------------------------------------------------------- region expressions */

rexpr
	: rterm
	| rexpr '+' rterm				{ $$ = ast_rx_op(pc, &@$, RX_UNION, $1, $3); }
	| rexpr '-' rterm				{ $$ = ast_rx_op(pc, &@$, RX_DIFF, $1, $3); }
	;

rterm
	: rfactor
	| rterm '&' rfactor				{ $$ = ast_rx_op(pc, &@$, RX_AND, $1, $3); }
	;

rfactor
	: rprimary
	| KW_NOT rfactor				{ $$ = ast_rx_op(pc, &@$, RX_NOT, $2, NULL); }
	;

rprimary
	: IDENT						{ $$ = ast_rx_name(pc, &@$, $1); }
	| LOCNAME					{ $$ = ast_rx_loc(pc, &@$, $1); }
	| '{' members '}'				{ $$ = ast_rx_set(pc, &@$, $2); }
	| '(' rexpr ')'					{ $$ = $2; }
	;

members
	: %empty					{ $$ = ast_members_none(); }
	| member_list
	| member_list ','
	;

member_list
	: member					{ $$ = ast_members_add(pc, ast_members_none(), $1); }
	| member_list ',' member			{ $$ = ast_members_add(pc, $1, $3); }
	;

member
	: rexpr						{ $$ = ast_member(pc, &@$, $1); }
	| member KW_SINCE DATE				{ $$ = ast_member_date(pc, &@$, $1, false, $3, &@2, &@3); }
	| member KW_UNTIL DATE				{ $$ = ast_member_date(pc, &@$, $1, true, $3, &@2, &@3); }
	;

/* ---------------------------------------------------------------- rules */

rule
	: KW_RULE IDENT opt_title '{' rule_items '}'	{ $$ = ast_rule(pc, &@$, $2, &@2, $3, $5); }
	| KW_RULE IDENT error				{ $$ = ast_rule(pc, &@$, $2, &@2, NULL, ast_items_none()); }
	;

rule_items
	: %empty					{ $$ = ast_items_none(); }
	| rule_items rule_item				{ $$ = ast_items_add($1, $2); }
	| rule_items error				{ $$ = $1; }
	;

rule_item
	: KW_ON KW_STORE KW_OF classes clauses		{ $$ = ast_item_on(pc, &@1, RULE_STORE, $4, $5); }
	| KW_ON KW_TRANSFER KW_OF classes clauses	{ $$ = ast_item_on(pc, &@1, RULE_TRANSFER, $4, $5); }
	| KW_WHEN cond					{ $$ = ast_item_cond(pc, &@1, IT_WHEN, $2, &@2); }
	| KW_REQUIRE cond				{ $$ = ast_item_cond(pc, &@1, IT_REQUIRE, $2, &@2); }
	| KW_SEVERITY severity				{ $$ = ast_item_severity(pc, &@1, (enum severity)$2); }
	| KW_CITE STRING				{ $$ = ast_item_str(pc, &@1, IT_CITE, $2); }
	| KW_MESSAGE STRING				{ $$ = ast_item_str(pc, &@1, IT_MESSAGE, $2); }
	| KW_REMEDY STRING				{ $$ = ast_item_str(pc, &@1, IT_REMEDY, $2); }
	| KW_SINCE DATE					{ $$ = ast_item_date(pc, &@1, IT_SINCE, $2, &@2); }
	| KW_UNTIL DATE					{ $$ = ast_item_date(pc, &@1, IT_UNTIL, $2, &@2); }
	;

via_kind
	: KW_FLOW					{ $$ = VIA_FLOW; }
	| KW_REPLICA					{ $$ = VIA_REPLICA; }
	| KW_BACKUP					{ $$ = VIA_BACKUP; }
	;

severity
	: KW_ERROR					{ $$ = SEV_ERROR; }
	| KW_WARNING					{ $$ = SEV_WARNING; }
	| KW_INFO					{ $$ = SEV_INFO; }
	;

classes
	: IDENT						{ $$ = ast_classes_names(pc, &@$, ast_names_one(pc, $1, &@1)); }
	| brace_names					{ $$ = ast_classes_names(pc, &@$, $1); }
	| KW_ANY					{ $$ = ast_classes_any(pc, &@$); }
	| KW_SENSITIVITY cmp IDENT			{ $$ = ast_classes_sens(pc, &@$, (enum cmp_op)$2, $3, &@3); }
	;

clauses
	: %empty					{ $$ = ast_clauses_none(); }
	| clauses KW_IN rexpr				{ $$ = ast_clauses_add(pc, $1, CL_IN, &@2, $3); }
	| clauses KW_ORIGIN rexpr			{ $$ = ast_clauses_add(pc, $1, CL_ORIGIN, &@2, $3); }
	| clauses KW_FROM rexpr				{ $$ = ast_clauses_add(pc, $1, CL_FROM, &@2, $3); }
	| clauses KW_TO rexpr				{ $$ = ast_clauses_add(pc, $1, CL_TO, &@2, $3); }
	;

cmp
	: EQEQ						{ $$ = CMP_EQ; }
	| NE						{ $$ = CMP_NE; }
	| '<'						{ $$ = CMP_LT; }
	| LE						{ $$ = CMP_LE; }
	| '>'						{ $$ = CMP_GT; }
	| GE						{ $$ = CMP_GE; }
	;

/* ---------------------------------------------------------------- conditions */

cond
	: cond_and
	| cond KW_OR cond_and				{ $$ = ast_cond_op(pc, &@$, COND_OR, $1, $3); }
	;

cond_and
	: cond_not
	| cond_and KW_AND cond_not			{ $$ = ast_cond_op(pc, &@$, COND_AND, $1, $3); }
	;

cond_not
	: cond_atom
	| KW_NOT cond_not				{ $$ = ast_cond_op(pc, &@$, COND_NOT, $2, NULL); }
	;

cond_atom
	: '(' cond ')'					{ $$ = $2; }
	| KW_TRUE					{ $$ = ast_cond_simple(pc, &@$, COND_TRUE); }
	| KW_FALSE					{ $$ = ast_cond_simple(pc, &@$, COND_FALSE); }
	| KW_MECHANISM IDENT				{ $$ = ast_cond_mech(pc, &@$, ast_names_one(pc, $2, &@2), false); }
	| KW_MECHANISM KW_IN brace_names		{ $$ = ast_cond_mech(pc, &@$, $3, true); }
	| KW_FROM KW_IN rexpr				{ $$ = ast_cond_in(pc, &@$, COND_FROM_IN, $3); }
	| KW_TO KW_IN rexpr				{ $$ = ast_cond_in(pc, &@$, COND_TO_IN, $3); }
	| KW_ORIGIN KW_IN rexpr				{ $$ = ast_cond_in(pc, &@$, COND_ORIGIN_IN, $3); }
	| KW_LOCATION KW_IN rexpr			{ $$ = ast_cond_in(pc, &@$, COND_LOCATION_IN, $3); }
	| KW_PRIMARY KW_IN rexpr			{ $$ = ast_cond_in(pc, &@$, COND_PRIMARY_IN, $3); }
	| KW_KEY KW_IN rexpr				{ $$ = ast_cond_in(pc, &@$, COND_KEY_IN, $3); }
	| KW_OPERATOR KW_IN rexpr			{ $$ = ast_cond_in(pc, &@$, COND_OPERATOR_IN, $3); }
	| KW_KEY KW_COLOCATED				{ $$ = ast_cond_simple(pc, &@$, COND_KEY_COLOCATED); }
	| KW_ENCRYPTED KW_AT_REST			{ $$ = ast_cond_simple(pc, &@$, COND_ENC_AT_REST); }
	| KW_ENCRYPTED KW_IN_TRANSIT			{ $$ = ast_cond_simple(pc, &@$, COND_ENC_IN_TRANSIT); }
	| KW_PSEUDONYMIZED				{ $$ = ast_cond_simple(pc, &@$, COND_PSEUDONYMIZED); }
	| KW_ANONYMIZED					{ $$ = ast_cond_simple(pc, &@$, COND_ANONYMIZED); }
	| KW_SENSITIVITY cmp IDENT			{ $$ = ast_cond_sens(pc, &@$, (enum cmp_op)$2, $3, &@3); }
	| KW_SUBJECTS cmp NUMBER			{ $$ = ast_cond_subjects(pc, &@$, (enum cmp_op)$2, $3); }
	| KW_SUBJECTS KW_KNOWN				{ $$ = ast_cond_simple(pc, &@$, COND_SUBJECTS_KNOWN); }
	| KW_VIA via_kind				{ $$ = ast_cond_via(pc, &@$, (enum via_kind)$2); }
	| KW_ATTR IDENT					{ $$ = ast_cond_attr(pc, &@$, $2, &@2, false, CMP_EQ, NULL); }
	| KW_ATTR IDENT cmp value			{ $$ = ast_cond_attr(pc, &@$, $2, &@2, true, (enum cmp_op)$3, $4); }
	;

value
	: STRING					{ $$ = ast_value_str(pc, $1, &@1); }
	| NUMBER					{ $$ = ast_value_num(pc, $1, &@1); }
	| KW_TRUE					{ $$ = ast_value_bool(pc, true, &@1); }
	| KW_FALSE					{ $$ = ast_value_bool(pc, false, &@1); }
	;

/* ---------------------------------------------------------------- tests */

test
	: KW_TEST STRING '{' test_items '}'		{ $$ = ast_test(pc, &@$, $2, &@2, $4); }
	| KW_TEST STRING error				{ $$ = ast_test(pc, &@$, $2, &@2, ast_titems_none()); }
	;

test_items
	: %empty					{ $$ = ast_titems_none(); }
	| test_items test_item				{ $$ = ast_titems_add($1, $2); }
	| test_items error				{ $$ = $1; }
	;

test_item
	: KW_AS_OF DATE					{ $$ = ast_titem_as_of(pc, &@$, $2, &@2); }
	| fact						{ $$ = ast_titem_fact(pc, &@$, $1); }
	| KW_EXPECT KW_PASS				{ $$ = ast_titem_expect(pc, &@$, true, ast_names_none()); }
	| KW_EXPECT KW_VIOLATION name_list		{ $$ = ast_titem_expect(pc, &@$, false, $3); }
	;

fact
	: KW_STORE opt_fact_name KW_OF name_list KW_AT place_list opt_with
							{ $$ = ast_fact_store(pc, &@$, $2, $4, $6, $7); }
	| KW_TRANSFER opt_fact_name KW_OF name_list KW_FROM place KW_TO place opt_with
							{ $$ = ast_fact_transfer(pc, &@$, $2, $4, $6, $8, $9); }
	;

opt_fact_name
	: %empty					{ $$ = NULL; }
	| IDENT						{ $$ = ast_name_new(pc, $1, &@1); }
	;

place
	: IDENT						{ $$ = ast_place(pc, &@$, $1, false); }
	| LOCNAME					{ $$ = ast_place(pc, &@$, $1, true); }
	;

place_list
	: place						{ $$ = ast_places_one($1); }
	| place_list ',' place				{ $$ = ast_places_add($1, $3); }
	;

places
	: place						{ $$ = ast_places_one($1); }
	| '{' place_list '}'				{ $$ = $2; }
	| '{' place_list ',' '}'			{ $$ = $2; }
	;

opt_with
	: %empty					{ $$ = ast_props_none(); }
	| KW_WITH prop_list				{ $$ = $2; }
	;

prop_list
	: prop						{ $$ = ast_props_add(ast_props_none(), $1); }
	| prop_list ',' prop				{ $$ = ast_props_add($1, $3); }
	;

prop
	: KW_MECHANISM IDENT				{ $$ = ast_prop_mech(pc, &@$, $2, &@2, false, DATE_NONE, &@2); }
	| KW_MECHANISM IDENT KW_UNTIL DATE		{ $$ = ast_prop_mech(pc, &@$, $2, &@2, true, $4, &@4); }
	| KW_ENCRYPTED KW_IN_TRANSIT			{ $$ = ast_prop(pc, &@$, PR_ENC_IN_TRANSIT); }
	| KW_ENCRYPTED KW_AT_REST			{ $$ = ast_prop(pc, &@$, PR_ENC_AT_REST); }
	| KW_PSEUDONYMIZED				{ $$ = ast_prop(pc, &@$, PR_PSEUDO); }
	| KW_ANONYMIZED					{ $$ = ast_prop(pc, &@$, PR_ANON); }
	| KW_KEY KW_AT place				{ $$ = ast_prop_places(pc, &@$, PR_KEY, ast_places_one($3)); }
	| KW_SUBJECTS NUMBER				{ $$ = ast_prop_subjects(pc, &@$, $2); }
	| KW_ORIGIN places				{ $$ = ast_prop_places(pc, &@$, PR_ORIGIN, $2); }
	| KW_REPLICAS KW_AT places			{ $$ = ast_prop_places(pc, &@$, PR_REPLICAS, $3); }
	| KW_BACKUPS KW_AT places			{ $$ = ast_prop_places(pc, &@$, PR_BACKUPS, $3); }
	| KW_ATTR IDENT '=' value			{ $$ = ast_prop_attr(pc, &@$, $2, &@2, $4); }
	;

%%

/* A token as people call it: 'region', '=', a name, end of input. */
static const char *tok_desc(yysymbol_kind_t k, char *buf, size_t n)
{
	switch (k) {
	case YYSYMBOL_YYEOF: return "end of input";
	case YYSYMBOL_IDENT: return "a name";
	case YYSYMBOL_LOCNAME: return "a location (provider:region)";
	case YYSYMBOL_STRING: return "a string";
	case YYSYMBOL_NUMBER: return "a number";
	case YYSYMBOL_DATE: return "a date (YYYY-MM-DD)";
	default: break;
	}
	const char *s = yysymbol_name(k);
	size_t len = strlen(s);
	if (len >= 2 && s[0] == '"' && s[len - 1] == '"') {	/* "'region'" */
		snprintf(buf, n, "%.*s", (int)(len - 2), s + 1);
		return buf;
	}
	return s;
}

/*
** Syntax errors: "unexpected X; expected A, B or C" with the token text as
** written (never a token name), or "unexpected end of input".
*/
static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, struct parse_ctx *pc)
{
	(void)scanner;
	enum { MAXEXP = 9 };
	yysymbol_kind_t exp[MAXEXP];
	int nexp = yypcontext_expected_tokens(ctx, exp, MAXEXP);
	yysymbol_kind_t tok = yypcontext_token(ctx);
	const struct ast_loc *loc = yypcontext_location(ctx);
	pc->nsyntax++;
	*VEC_PUSH(pc->err_offs, pc->nerr_offs, pc->cap_err_offs) = loc->off;
	if (tok != YYSYMBOL_YYEOF && pc->lex_err == loc->off + 1)
		return 0;	/* the scanner already said what is wrong with this token */
	if (pc->bad_char_end && pc->bad_char_end - 1 <= loc->off) {
		/* right after a character the scanner skipped: that was the error */
		uint32_t i = pc->bad_char_end - 1;
		while (i < loc->off && strchr(" \t\r\n", pc->text[i]))
			i++;
		if (i == loc->off)
			return 0;
	}
	struct strbuf sb = {0};
	if (tok == YYSYMBOL_YYEOF) {
		sb_puts(&sb, "unexpected end of input");
	} else {
		size_t n = loc->end - loc->off;
		const char *text = pc->text + loc->off;
		if (tok == YYSYMBOL_STRING)
			sb_puts(&sb, "unexpected string");
		else if (n > 40)
			sb_printf(&sb, "unexpected '%.40s...'", text);
		else
			sb_printf(&sb, "unexpected '%.*s'", (int)n, text);
		bool want_name = false;
		for (int i = 0; i < nexp; i++)
			want_name |= exp[i] == YYSYMBOL_IDENT;
		if (want_name && nexp <= 2 && tok >= YYSYMBOL_KW_IMPORT && tok <= YYSYMBOL_KW_KNOWN)
			sb_puts(&sb, " (a keyword cannot be used as a name)");
	}
	if (nexp > 0 && nexp < MAXEXP) {	/* 0: none known; MAXEXP: too many to list */
		sb_puts(&sb, "; expected ");
		for (int i = 0; i < nexp; i++) {
			char buf[64];
			if (i > 0)
				sb_puts(&sb, i == nexp - 1 ? " or " : ", ");
			sb_puts(&sb, tok_desc(exp[i], buf, sizeof buf));
		}
	}
	ast_error(pc, loc, "%s", sb.s);
	sb_free(&sb);
	return 0;
}

static void rsd_yyerror(RSD_YYLTYPE *loc, void *scanner, struct parse_ctx *pc, const char *msg)
{
	(void)scanner;
	/* only "memory exhausted": nesting deeper than the parser stack */
	if (strstr(msg, "exhausted"))
		ast_error(pc, loc, "expression nested too deeply");
	else
		ast_error(pc, loc, "%s", msg);
	pc->nsyntax++;
}
