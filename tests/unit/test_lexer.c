/*
** test_lexer.c — the RPL scanner (grammar/lexer.l): tokens, values,
** positions and lexical errors (LANGUAGE.md §1).
*/
#include "fe_helpers.h"

#include <stdlib.h>

#include "ast.h"
#include "parser.h"
#define YYSTYPE RSD_YYSTYPE
#define YYLTYPE RSD_YYLTYPE
#include "lexer.h"

struct tok {
	int kind;
	RSD_YYSTYPE val;
	struct ast_loc loc;
};

struct scan {
	struct rsd_diags d;
	struct arena a;
	struct parse_ctx pc;
	struct tok t[64];
	int n;
};

/* Scan all of text into s->t (start token excluded). */
static void scan(struct scan *s, const char *text)
{
	diags_init(&s->d);
	arena_init(&s->a);
	size_t len = strlen(text);
	struct src_file *f = diag_add_file(&s->d, "lex.rpl", xstrndup(text, len), len);
	memset(&s->pc, 0, sizeof s->pc);
	s->pc.arena = &s->a;
	s->pc.diags = &s->d;
	s->pc.src = f;
	s->pc.text = f->text;
	s->pc.len = f->len;
	s->pc.line = s->pc.col = 1;
	yyscan_t sc;
	assert_int_equal(rsd_yylex_init_extra(&s->pc, &sc), 0);
	YY_BUFFER_STATE b = rsd_yy_scan_bytes(f->text, (int)len, sc);
	s->n = 0;
	for (;;) {
		struct tok *t = &s->t[s->n];
		t->kind = rsd_yylex(&t->val, &t->loc, sc);
		if (t->kind == 0 || s->n == 63)
			break;
		s->n++;
	}
	rsd_yy_delete_buffer(b, sc);
	rsd_yylex_destroy(sc);
	sb_free(&s->pc.sb);
}

static void scan_free(struct scan *s)
{
	arena_free(&s->a);
	diags_free(&s->d);
}

static void test_lexer_keywords_and_names(void **state)
{
	(void)state;
	struct scan s;
	scan(&s, "region regions in in_transit at_rest as_of WORLD EU _x9 error");
	int want[] = {KW_REGION, IDENT, KW_IN, KW_IN_TRANSIT, KW_AT_REST, KW_AS_OF, IDENT, IDENT, IDENT, KW_ERROR};
	assert_int_equal(s.n, 10);
	for (int i = 0; i < 10; i++)
		assert_int_equal(s.t[i].kind, want[i]);
	assert_string_equal(s.t[1].val.str, "regions");
	assert_string_equal(s.t[8].val.str, "_x9");
	assert_int_equal(s.d.nerrors, 0);
	scan_free(&s);
}

/* after `via` (comments and blanks between), flow / replica / backup are
   kinds; everywhere else they are names (LANGUAGE.md §1, added 2026-12) */
static void test_lexer_via_kinds(void **state)
{
	(void)state;
	struct scan s;
	scan(&s, "flow via flow via # c\n replica via backup via flows backup subjects known via:x");
	int want[] = {IDENT, KW_VIA, KW_FLOW, KW_VIA, KW_REPLICA, KW_VIA, KW_BACKUP, KW_VIA, IDENT, IDENT,
		      KW_SUBJECTS, KW_KNOWN, LOCNAME};
	assert_int_equal(s.n, 13);
	for (int i = 0; i < 13; i++)
		assert_int_equal(s.t[i].kind, want[i]);
	assert_string_equal(s.t[8].val.str, "flows");
	assert_string_equal(s.t[9].val.str, "backup");
	assert_int_equal(s.t[4].loc.line, 2);
	assert_int_equal(s.t[4].loc.col, 2);
	assert_int_equal(s.d.nerrors, 0);
	scan_free(&s);
}

static void test_lexer_locations(void **state)
{
	(void)state;
	struct scan s;
	/* a provider:region word is one token; a class parent needs spaces */
	scan(&s, "aws:eu-west-1 gcp:EU azure:westeurope onprem:fra-dc1 health : personal x:1.2_3");
	assert_int_equal(s.n, 8);
	assert_int_equal(s.t[0].kind, LOCNAME);
	assert_string_equal(s.t[0].val.str, "aws:eu-west-1");
	assert_string_equal(s.t[1].val.str, "gcp:EU");
	assert_int_equal(s.t[3].kind, LOCNAME);
	assert_int_equal(s.t[4].kind, IDENT);
	assert_int_equal(s.t[5].kind, ':');
	assert_int_equal(s.t[6].kind, IDENT);
	assert_int_equal(s.t[7].kind, LOCNAME);
	assert_string_equal(s.t[7].val.str, "x:1.2_3");
	scan_free(&s);
}

static void test_lexer_numbers(void **state)
{
	(void)state;
	struct scan s;
	scan(&s, "0 1_000_000 9007199254740992 9007199254740993");
	assert_int_equal(s.t[0].kind, NUMBER);
	assert_true(s.t[0].val.num == 0);
	assert_true(s.t[1].val.num == 1000000);
	assert_true(s.t[2].val.num == 9007199254740992.0);
	assert_int_equal(s.d.nerrors, 1);	/* 2^53 + 1 is out of range */
	assert_non_null(strstr(s.d.v[0].msg, "number out of range"));
	assert_int_equal(s.d.v[0].loc.col, 30);
	scan_free(&s);

	scan(&s, "1__0 12ab 3_");
	assert_int_equal(s.d.nerrors, 3);
	assert_non_null(strstr(s.d.v[1].msg, "invalid number '12ab'"));
	scan_free(&s);
}

static void test_lexer_dates(void **state)
{
	(void)state;
	struct scan s;
	scan(&s, "2024-02-29 2023-02-29 1970-01-01 2023-2-3");
	assert_int_equal(s.n, 4);
	for (int i = 0; i < 4; i++)
		assert_int_equal(s.t[i].kind, DATE);
	assert_int_equal(s.t[0].val.date, date_from_ymd(2024, 2, 29));
	assert_int_equal(s.t[1].val.date, DATE_NONE);	/* not a leap year */
	assert_int_equal(s.t[2].val.date, 0);
	assert_int_equal(s.t[3].val.date, DATE_NONE);
	assert_int_equal(s.d.nerrors, 2);
	assert_non_null(strstr(s.d.v[0].msg, "2023-02-29 is not a day of the calendar"));
	assert_non_null(strstr(s.d.v[1].msg, "write dates as YYYY-MM-DD"));
	scan_free(&s);
}

static void test_lexer_strings(void **state)
{
	(void)state;
	struct scan s;
	scan(&s, "\"a \\\"b\\\" \\\\ \\n\\t c\" \"\" \"bad \\x\"");
	assert_int_equal(s.n, 3);
	assert_int_equal(s.t[0].kind, STRING);
	assert_string_equal(s.t[0].val.str, "a \"b\" \\ \n\t c");
	assert_string_equal(s.t[1].val.str, "");
	assert_int_equal(s.d.nerrors, 1);
	assert_non_null(strstr(s.d.v[0].msg, "invalid escape sequence '\\x'"));
	assert_int_equal(s.d.v[0].loc.col, 29);
	assert_int_equal(s.d.v[0].loc.len, 2);
	scan_free(&s);

	scan(&s, "\"no end\nclass");
	assert_int_equal(s.t[0].kind, STRING);
	assert_string_equal(s.t[0].val.str, "no end");
	assert_int_equal(s.t[1].kind, KW_CLASS);
	assert_int_equal(s.d.nerrors, 1);
	assert_non_null(strstr(s.d.v[0].msg, "unterminated string"));
	scan_free(&s);
}

static void test_lexer_positions_and_comments(void **state)
{
	(void)state;
	struct scan s;
	scan(&s, "# comment\nregion  EU # trailing\n\t= { DE }\n");
	assert_int_equal(s.n, 6);
	assert_int_equal(s.t[0].loc.line, 2);
	assert_int_equal(s.t[0].loc.col, 1);
	assert_int_equal(s.t[1].loc.line, 2);
	assert_int_equal(s.t[1].loc.col, 9);
	assert_int_equal(s.t[1].loc.end_col, 11);
	assert_int_equal(s.t[1].loc.off, 18);
	assert_int_equal(s.t[2].kind, '=');
	assert_int_equal(s.t[2].loc.line, 3);
	assert_int_equal(s.t[2].loc.col, 2);
	assert_int_equal(s.t[5].kind, '}');
	scan_free(&s);
}

static void test_lexer_operators_and_bad_chars(void **state)
{
	(void)state;
	struct scan s;
	scan(&s, "== != <= >= < > = , { } ( ) : & + - @ \xc3\xa9 \x01");
	int want[] = {EQEQ, NE, LE, GE, '<', '>', '=', ',', '{', '}', '(', ')', ':', '&', '+', '-'};
	assert_int_equal(s.n, 16);
	for (int i = 0; i < 16; i++)
		assert_int_equal(s.t[i].kind, want[i]);
	assert_int_equal(s.d.nerrors, 3);
	assert_string_equal(s.d.v[0].msg, "unexpected character '@'");
	assert_string_equal(s.d.v[1].msg, "unexpected character '\xc3\xa9'");
	assert_string_equal(s.d.v[2].msg, "unexpected control character 0x01");
	scan_free(&s);
}

/* Whole files: invalid UTF-8 and NUL are errors at that byte (compile.c). */
static void test_lexer_utf8_and_nul(void **state)
{
	(void)state;
	struct rsd_diags d;
	diags_init(&d);
	const char bad[] = "region R = { DE }\nclass c \"\xe2\x82\" \n";
	assert_null(compile_policy(NULL, 0, "u.rpl", bad, sizeof bad - 1, &fe_opts, &d));
	assert_int_equal(d.nerrors, 1);
	assert_string_equal(d.v[0].msg, "invalid UTF-8 byte 0xe2 (policy files are UTF-8 text)");
	assert_int_equal(d.v[0].loc.line, 2);
	assert_int_equal(d.v[0].loc.col, 10);
	diags_free(&d);

	diags_init(&d);
	const char nul[] = "class a\nclass b\0\n";
	assert_null(compile_policy(NULL, 0, "n.rpl", nul, sizeof nul - 1, &fe_opts, &d));
	assert_non_null(strstr(d.v[0].msg, "NUL byte"));
	assert_int_equal(d.v[0].loc.line, 2);
	assert_int_equal(d.v[0].loc.col, 8);
	diags_free(&d);

	/* valid multi-byte text in strings and comments is fine; a BOM is skipped */
	struct rsd_policy *p = fe_ok("\xef\xbb\xbf# caf\xc3\xa9 \xe2\x82\xac\nclass c \"Donn\xc3\xa9" "es \xf0\x9f\x94\x92\"\n");
	assert_string_equal(p->classes[0].title, "Donn\xc3\xa9" "es \xf0\x9f\x94\x92");
	policy_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexer_keywords_and_names),
		cmocka_unit_test(test_lexer_locations),
		cmocka_unit_test(test_lexer_via_kinds),
		cmocka_unit_test(test_lexer_numbers),
		cmocka_unit_test(test_lexer_dates),
		cmocka_unit_test(test_lexer_strings),
		cmocka_unit_test(test_lexer_positions_and_comments),
		cmocka_unit_test(test_lexer_operators_and_bad_chars),
		cmocka_unit_test(test_lexer_utf8_and_nul),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
