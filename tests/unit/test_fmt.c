/*
** test_fmt.c — the canonical formatter (src/fmt.c).
**
** Golden pairs tests/fmt/NAME.in.rpl -> NAME.out.rpl (run from the source
** root, or set FMT_CASES=DIR; UPDATE=1 rewrites the .out.rpl files), each
** also checked for idempotence and token preservation; then rules at their
** exact boundaries, error messages with their carets, and fmt_file modes.
*/
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"
#include "fmt.h"
#include "util.h"

/* Format s; returns the text (xfree it), or NULL with *err the diagnostics. */
static char *fmt_str_n(const char *s, size_t n, char **err)
{
	struct rsd_diags d;
	diags_init(&d);
	struct strbuf out = {0};
	int rc = fmt_source("t.rpl", s, n, &out, &d);
	char *res = NULL;
	if (rc == 0) {
		assert_int_equal(d.n, 0);
		res = out.s ? sb_take(&out) : xstrdup("");
	} else {
		assert_int_equal(d.nerrors, 1);
		assert_int_equal(out.len, 0);
		char *buf = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&buf, &len);
		diag_print(&d, f, false);
		fclose(f);
		if (err)
			*err = xstrdup(buf);
		free(buf);
	}
	sb_free(&out);
	diags_free(&d);
	return res;
}

static char *fmt_str(const char *s, char **err)
{
	return fmt_str_n(s, strlen(s), err);
}

static char *signature(const char *s, size_t n)
{
	struct rsd_diags d;
	diags_init(&d);
	struct strbuf out = {0};
	assert_int_equal(fmt_signature("t.rpl", s, n, &out, &d), 0);
	diags_free(&d);
	return out.s ? sb_take(&out) : xstrdup("");
}

/* fmt(in) == want, fmt(want) == want, same tokens. */
static void check_fmt(const char *in, const char *want)
{
	char *got = fmt_str(in, NULL);
	assert_non_null(got);
	assert_string_equal(got, want);
	char *again = fmt_str(got, NULL);
	assert_non_null(again);
	assert_string_equal(again, got);
	char *a = signature(in, strlen(in)), *b = signature(got, strlen(got));
	assert_string_equal(a, b);
	xfree(a);
	xfree(b);
	xfree(again);
	xfree(got);
}

/* The input fails with exactly this diagnostic text. */
static void check_err_n(const char *in, size_t n, const char *want)
{
	char *err = NULL;
	char *got = fmt_str_n(in, n, &err);
	assert_null(got);
	assert_non_null(err);
	assert_string_equal(err, want);
	xfree(err);
}

static void check_err(const char *in, const char *want)
{
	check_err_n(in, strlen(in), want);
}

static const char *cases_dir(void)
{
	const char *env = getenv("FMT_CASES");
	return env && *env ? env : "tests/fmt";
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *slurp(const char *path, size_t *len)
{
	char *s = read_file(path, len, (size_t)1 << 26);
	if (!s)
		fail_msg("cannot read %s: %s", path, strerror(errno));
	return s;
}

static void test_fmt_golden(void **state)
{
	(void)state;
	const char *dir = cases_dir();
	DIR *dh = opendir(dir);
	if (!dh)
		fail_msg("cannot open %s (run from the source root or set FMT_CASES)", dir);
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(dh))) {
		size_t l = strlen(de->d_name);
		if (l > 7 && strcmp(de->d_name + l - 7, ".in.rpl") == 0)
			*VEC_PUSH(names, n, cap) = xstrndup(de->d_name, l - 7);
	}
	closedir(dh);
	qsort(names, n, sizeof *names, cmp_str);
	assert_true(n >= 10);
	bool update = getenv("UPDATE") && strcmp(getenv("UPDATE"), "1") == 0;
	int failures = 0;
	for (size_t i = 0; i < n; i++) {
		struct strbuf p = {0};
		sb_printf(&p, "%s/%s.in.rpl", dir, names[i]);
		size_t len;
		char *in = slurp(p.s, &len);
		char *err = NULL;
		char *got = fmt_str_n(in, len, &err);
		if (!got)
			fail_msg("%s: %s", p.s, err);
		p.len = 0;
		sb_printf(&p, "%s/%s.out.rpl", dir, names[i]);
		if (update && write_file_atomic(p.s, got, strlen(got)) != 0)
			fail_msg("cannot write %s", p.s);
		size_t wlen;
		char *want = slurp(p.s, &wlen);
		if (strcmp(got, want) != 0) {
			fprintf(stderr, "%s differs; got:\n%s", p.s, got);
			failures++;
		}
		/* idempotent, and the expected output is itself canonical */
		char *again = fmt_str(got, NULL), *wagain = fmt_str(want, NULL);
		assert_non_null(again);
		assert_non_null(wagain);
		if (strcmp(again, got) != 0 || strcmp(wagain, want) != 0) {
			fprintf(stderr, "%s: not idempotent\n", names[i]);
			failures++;
		}
		/* formatting moves whitespace and comments, never tokens */
		char *a = signature(in, len), *b = signature(got, strlen(got));
		if (strcmp(a, b) != 0) {
			fprintf(stderr, "%s: tokens changed\n", names[i]);
			failures++;
		}
		xfree(a);
		xfree(b);
		xfree(again);
		xfree(wagain);
		xfree(want);
		xfree(got);
		xfree(in);
		sb_free(&p);
		xfree(names[i]);
	}
	xfree(names);
	assert_int_equal(failures, 0);
}

/* --- rules at their boundaries ------------------------------------------ */

static void test_fmt_spacing(void **state)
{
	(void)state;
	check_fmt("region   X=not(A+B)&{C,D}-E\n", "region X = not (A + B) & { C, D } - E\n");
	check_fmt("levels a<b  <c\n", "levels a < b < c\n");
	check_fmt("class a:b,c\n", "class a:b, c\n");	/* a:b is one location token */
	check_fmt("class a : b ,c\n", "class a : b, c\n");
	check_fmt("rule r{on store of x require attr a==1 and attr b!=\"x\" or subjects>=2 or subjects<=3 or subjects<4 or subjects>5}\n",
		  "rule r {\n  on store of x\n  require attr a == 1 and attr b != \"x\" or subjects >= 2 or subjects <= 3 or subjects < 4 or subjects > 5\n}\n");
	check_fmt("region E={}\nregion F={ }\n", "region E = {}\nregion F = {}\n");
	check_fmt("region E = ( ( A ) )\n", "region E = ((A))\n");
}

static void test_fmt_trailing_comma(void **state)
{
	(void)state;
	/* dropped on one line, added when broken */
	check_fmt("region X = { A, B, }\n", "region X = { A, B }\n");
	check_fmt("region X = { A, # c\n B }\n", "region X = {\n  A,  # c\n  B,\n}\n");
}

/* A set filled to exactly FMT_WIDTH columns stays; one more column breaks. */
static void test_fmt_width_boundary(void **state)
{
	(void)state;
	/* "region R = { " 13 columns + 65 of members + " }" = 80 */
	const char *m[] = {"AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS",
			   "AT", "AU", "AW", "AX", "AZ"};	/* 16*2 + 15*2 = 62 */
	struct strbuf in = {0}, want = {0};
	sb_puts(&in, "region R = { ");
	for (size_t i = 0; i < ARRAY_LEN(m); i++)
		sb_printf(&in, "%s%s", i ? ", " : "", m[i]);
	sb_puts(&in, ", X }\n");
	assert_int_equal(in.len, 81);	/* 80 columns and the newline */
	check_fmt(in.s, in.s);
	sb_free(&in);

	sb_puts(&in, "region R = { ");
	for (size_t i = 0; i < ARRAY_LEN(m); i++)
		sb_printf(&in, "%s%s", i ? ", " : "", m[i]);
	sb_puts(&in, ", XY }\n");
	sb_puts(&want, "region R = {\n  ");
	for (size_t i = 0; i < ARRAY_LEN(m); i++)
		sb_printf(&want, "%s, ", m[i]);
	sb_puts(&want, "XY,\n}\n");
	check_fmt(in.s, want.s);
	sb_free(&in);
	sb_free(&want);

	/* fill: 15 members "Cnn," take 2 + 15*5 - 1 = 76 columns; " XY," fits, " XYZ," not */
	for (int variant = 0; variant < 2; variant++) {
		const char *last = variant ? "XYZ" : "XY";
		sb_puts(&in, "region R = {");
		for (int i = 0; i < 15; i++)
			sb_printf(&in, " C%d,", 10 + i);
		sb_printf(&in, " %s, Z }\n", last);
		sb_puts(&want, "region R = {\n  ");
		for (int i = 0; i < 15; i++)
			sb_printf(&want, "C%d,%s", 10 + i, i < 14 ? " " : "");
		sb_printf(&want, variant ? "\n  %s, Z,\n}\n" : " %s,\n  Z,\n}\n", last);
		check_fmt(in.s, want.s);
		sb_free(&in);
		sb_free(&want);
	}

	/* width counts characters, not bytes: 72 columns, 116 bytes */
	sb_puts(&in, "class c \"");
	for (int i = 0; i < 44; i++)
		sb_puts(&in, "\xc3\xa9");
	sb_puts(&in, "\" { sensitivity s }\n");
	check_fmt(in.s, in.s);
	sb_free(&in);
}

static void test_fmt_bodies(void **state)
{
	(void)state;
	/* one item, fits: one line; rules and tests are always blocks */
	check_fmt("class c {\n  sensitivity s\n}\n", "class c { sensitivity s }\n");
	check_fmt("rule r { on store of x require true }\n",
		  "rule r {\n  on store of x\n  require true\n}\n");
	check_fmt("test \"t\" { expect pass }\n", "test \"t\" {\n  expect pass\n}\n");
	check_fmt("rule r {}\nclass c { }\n", "rule r {}\n\nclass c {}\n");
	/* since/until inside a rule body are items; inside a set they are not */
	check_fmt("rule r { on store of x in { DE since 2020-01-01 } require true since 2021-01-01 until 2022-01-01 }\n",
		  "rule r {\n  on store of x in { DE since 2020-01-01 }\n  require true\n"
		  "  since 2021-01-01\n  until 2022-01-01\n}\n");
	/* `mechanism ... until DATE` in a fact does not split the fact */
	check_fmt("test \"t\" { transfer of p from DE to US with mechanism M until 2026-01-01, pseudonymized expect pass }\n",
		  "test \"t\" {\n  transfer of p from DE to US with mechanism M until 2026-01-01, pseudonymized\n  expect pass\n}\n");
	/* operator and sensitivity are items only where they are items */
	check_fmt("rule r { on store of sensitivity >= s require operator in EU }\n",
		  "rule r {\n  on store of sensitivity >= s\n  require operator in EU\n}\n");
	/* blank lines between items: at most one kept, none after '{' */
	check_fmt("rule r {\n\n\n  on store of x\n\n\n\n  require true\n}\n",
		  "rule r {\n  on store of x\n\n  require true\n}\n");
}

/* Line breaks inside an item or header are kept, indented by paren depth. */
static void test_fmt_line_breaks(void **state)
{
	(void)state;
	check_fmt("rule r {\n  on store of x\n  require a\n       or (b\n           and ((c and d)\n                or e))\n}\n",
		  "rule r {\n  on store of x\n  require a\n    or (b\n      and ((c and d)\n        or e))\n}\n");
	/* several newlines count as one; a line may start with ')' */
	check_fmt("region X = (A\n\n\n+ B\n)\n", "region X = (A\n    + B\n  )\n");
	/* never before a body's '{'; inside a set, members are refilled */
	check_fmt("rule r\n{\non store of x\n}\n", "rule r {\n  on store of x\n}\n");
	check_fmt("region X = { A,\nB,\nC }\n", "region X = { A, B, C }\n");
	/* a keyword used as a name by mistake still opens a body */
	check_fmt("rule transfer { on store of x require true }\n",
		  "rule transfer {\n  on store of x\n  require true\n}\n");
	/* a one-line body ignores breaks inside its item */
	check_fmt("class c {\n  sensitivity\n    s\n}\n", "class c { sensitivity s }\n");
	/* a long fact broken by its author stays broken there */
	check_fmt("test \"t\" {\n  store s of x at DE\n  with encrypted at_rest, key at DE\n  expect pass\n}\n",
		  "test \"t\" {\n  store s of x at DE\n    with encrypted at_rest, key at DE\n  expect pass\n}\n");
}

static void test_fmt_top_level_blank_lines(void **state)
{
	(void)state;
	check_fmt("\n\n\nclass a\nrule r {}\n\n\n\nclass b\n\n\n",
		  "class a\n\nrule r {}\n\nclass b\n");
	/* one-line declarations of one kind stay grouped as written */
	check_fmt("import \"a\"\nimport \"b\"\n\n\nimport \"c\"\nclass x\nclass y\n",
		  "import \"a\"\nimport \"b\"\n\nimport \"c\"\n\nclass x\nclass y\n");
	/* a multi-line declaration is always set apart */
	check_fmt("class x\nclass y {\n # c\n}\nclass z\n",
		  "class x\n\nclass y {\n  # c\n}\n\nclass z\n");
	/* a comment directly above a declaration moves with it */
	check_fmt("class a\n# about b\n# more\nregion b = A\n",
		  "class a\n\n# about b\n# more\nregion b = A\n");
	check_fmt("rule a { on store of x require true }\n# about b\nrule b {}\n",
		  "rule a {\n  on store of x\n  require true\n}\n\n# about b\nrule b {}\n");
	check_fmt("class a\n# about b\nclass b\n", "class a\n# about b\nclass b\n");
	/* a free comment keeps the author's spacing */
	check_fmt("class a\n# note\n\nclass b\n", "class a\n# note\n\nclass b\n");
	check_fmt("class a\n\n\n# note\n\n\nclass b\n", "class a\n\n# note\n\nclass b\n");
	/* empty files and comment-only files */
	check_fmt("", "");
	check_fmt("\n\n  \n", "");
	check_fmt("# only   \n\n\n# comments", "# only\n\n# comments\n");
	/* CRLF line ends become LF; trailing blanks of comments go */
	check_fmt("class a # x \r\n\r\nclass b\r\n", "class a  # x\n\nclass b\n");
	check_fmt("class a # x\r\rclass b # y\rclass c\r", "class a  # x\n\nclass b  # y\nclass c\n");
}

static void test_fmt_comments(void **state)
{
	(void)state;
	/* a comment inside a declaration line continues it one level deeper */
	check_fmt("region X = A # why\n + B\n", "region X = A  # why\n  + B\n");
	check_fmt("region X = A\n# why\n+ B\n", "region X = A\n  # why\n  + B\n");
	/* in a rule condition */
	check_fmt("rule r {\non store of x\nrequire a # one\nor b\n}\n",
		  "rule r {\n  on store of x\n  require a  # one\n    or b\n}\n");
	/* comment before the first member, and before '}' */
	check_fmt("region X = { # members\nA, B\n# end\n}\n",
		  "region X = {  # members\n  A, B,\n  # end\n}\n");
	/* a comment between a member and its ',' goes after the ',' */
	check_fmt("region X = { A # a\n, B }\n", "region X = {\n  A,  # a\n  B,\n}\n");
	/* comment after the closing brace of a body */
	check_fmt("class c { sensitivity s } # done\n", "class c { sensitivity s }  # done\n");
	check_fmt("rule r { # r\n} # done\n", "rule r {  # r\n}  # done\n");
	/* comments keep their text, '#' included */
	check_fmt("#!x\n#\n#    indented\n", "#!x\n#\n#    indented\n");
}

static void test_fmt_errors(void **state)
{
	(void)state;
	check_err("region X = \"abc\n",
		  "t.rpl:1:12: error: unterminated string\n"
		  "    1 | region X = \"abc\n"
		  "      |            ^\n");
	check_err("class c \"ab\\\"", "t.rpl:1:9: error: unterminated string\n"
				      "    1 | class c \"ab\\\"\n"
				      "      |         ^\n");
	check_err("class c \"ab\r\"\n", "t.rpl:1:9: error: unterminated string\n"
					  "    1 | class c \"ab?\"\n"
					  "      |         ^\n");
	check_err("class c \"a\\qb\"\n",
		  "t.rpl:1:11: error: invalid escape '\\q' in string (use \\\", \\\\, \\n or \\t)\n"
		  "    1 | class c \"a\\qb\"\n"
		  "      |           ^~\n");
	check_err_n("class a\nclass \0b\n", 17,
		    "t.rpl:2:7: error: NUL byte in source\n"
		    "    2 | class ?b\n"
		    "      |       ^\n");
	check_err("class a\n# caf\xff\n", "t.rpl:2:6: error: invalid UTF-8 byte 0xFF\n"
					    "    2 | # caf?\n"
					    "      |      ^\n");
	check_err("class \"\xed\xa0\x80\"\n", "t.rpl:1:8: error: invalid UTF-8 byte 0xED\n"
					       "    1 | class \"???\"\n"
					       "      |        ^\n");
	check_err("class \"\xc0\xaf\"\n", "t.rpl:1:8: error: invalid UTF-8 byte 0xC0\n"
				       "    1 | class \"??\"\n"
				       "      |        ^\n");
	check_err("region X = {\n  A,\n", "t.rpl:1:12: error: '{' is never closed\n"
					  "    1 | region X = {\n"
					  "      |            ^\n");
	check_err("region X = A }\n", "t.rpl:1:14: error: unmatched '}'\n"
				       "    1 | region X = A }\n"
				       "      |              ^\n");
	check_err("region X = (A }\n",
		  "t.rpl:1:15: error: '}' does not close '(' opened at line 1, column 12\n"
		  "    1 | region X = (A }\n"
		  "      |               ^\n");
	check_err("region X = not (A\n", "t.rpl:1:16: error: '(' is never closed\n"
					"    1 | region X = not (A\n"
					"      |                ^\n");
	check_err("region X = A @ B\n", "t.rpl:1:14: error: unexpected character '@'\n"
					"    1 | region X = A @ B\n"
					"      |              ^\n");
	check_err("region X = A ! B\n", "t.rpl:1:14: error: unexpected character '!'\n"
					"    1 | region X = A ! B\n"
					"      |              ^\n");
	check_err("region \xc3\xa9\n", "t.rpl:1:8: error: unexpected character U+00E9\n"
				     "    1 | region \xc3\xa9\n"
				     "      |        ^\n");
	check_err("rule r { since 2023-02-30 }\n",
		  "t.rpl:1:16: error: invalid date '2023-02-30': no such day\n"
		  "    1 | rule r { since 2023-02-30 }\n"
		  "      |                ^~~~~~~~~~\n");
	check_err("rule r { require subjects > 1__0 }\n",
		  "t.rpl:1:29: error: invalid number '1__0'\n"
		  "    1 | rule r { require subjects > 1__0 }\n"
		  "      |                             ^~~~\n");
	check_err("rule r { require subjects > 9007199254740993 }\n",
		  "t.rpl:1:29: error: number '9007199254740993' is out of range (at most 9007199254740992)\n"
		  "    1 | rule r { require subjects > 9007199254740993 }\n"
		  "      |                             ^~~~~~~~~~~~~~~~\n");
	check_err("region X = { A,, B }\n", "t.rpl:1:16: error: expected a set member before ','\n"
					   "    1 | region X = { A,, B }\n"
					   "      |                ^\n");
	check_err("region X = { , B }\n", "t.rpl:1:14: error: expected a set member before ','\n"
					 "    1 | region X = { , B }\n"
					 "      |              ^\n");
	/* 2^53 itself is fine */
	check_fmt("rule r { require subjects > 9_007_199_254_740_992 }\n",
		  "rule r {\n  require subjects > 9_007_199_254_740_992\n}\n");
}

static void test_fmt_nesting_limit(void **state)
{
	(void)state;
	struct strbuf ok = {0}, bad = {0};
	sb_puts(&ok, "region X = ");
	sb_puts(&bad, "region X = ");
	for (int i = 0; i < FMT_MAX_NESTING; i++)
		sb_putc(&ok, '(');
	for (int i = 0; i <= FMT_MAX_NESTING; i++)
		sb_putc(&bad, '(');
	sb_putc(&ok, 'A');
	sb_putc(&bad, 'A');
	for (int i = 0; i < FMT_MAX_NESTING; i++)
		sb_putc(&ok, ')');
	for (int i = 0; i <= FMT_MAX_NESTING; i++)
		sb_putc(&bad, ')');
	sb_putc(&ok, '\n');
	sb_putc(&bad, '\n');
	check_fmt(ok.s, ok.s);
	char *err = NULL;
	assert_null(fmt_str(bad.s, &err));
	assert_non_null(strstr(err, "t.rpl:1:112: error: braces and parentheses nested more than 100 deep"));
	xfree(err);
	sb_free(&ok);
	sb_free(&bad);
}

/* The token signature sees every change but whitespace, comments, ',}'. */
static void test_fmt_signature(void **state)
{
	(void)state;
	const char *a = "region X = { A, B, } # c\n";
	char *sa = signature(a, strlen(a));
	assert_string_equal(sa, "region\nX\n=\n{\nA\n,\nB\n}\n");
	char *sb = signature("region X={A,B}", 14);
	assert_string_equal(sa, sb);
	char *sc = signature("region X = { A, C }", 19);
	assert_string_not_equal(sa, sc);
	char *sd = signature("region X = { \"A\", B }", 21);
	assert_string_not_equal(sa, sd);
	xfree(sa);
	xfree(sb);
	xfree(sc);
	xfree(sd);
}

/* Large inputs format (their speed is measured by make bench, not here). */
static void test_fmt_large(void **state)
{
	(void)state;
	struct strbuf in = {0};
	for (int d = 0; d < 2000; d++) {
		sb_printf(&in, "# region %d\nregion R%d = {", d, d);
		for (int i = 0; i < 200; i++)
			sb_printf(&in, " C%d%s", i, i % 7 == 0 ? " since 2020-01-01," : ",");
		sb_puts(&in, "}\n");
	}
	char *got = fmt_str_n(in.s, in.len, NULL);
	assert_non_null(got);
	/* and every line of it is within the width */
	size_t col = 0, max = 0;
	for (const char *p = got; *p; p++) {
		col = *p == '\n' ? 0 : col + 1;
		if (col > max)
			max = col;
	}
	assert_true(max <= FMT_WIDTH);
	xfree(got);
	sb_free(&in);
}

static char tmpdir[64];

static int setup_tmp(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/test_fmt.XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown_tmp(void **state)
{
	(void)state;
	DIR *dh = opendir(tmpdir);
	struct dirent *de;
	char path[512];
	while (dh && (de = readdir(dh))) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", tmpdir, de->d_name);
		unlink(path);
	}
	if (dh)
		closedir(dh);
	return rmdir(tmpdir);
}

static void put_file(const char *path, const char *text)
{
	assert_int_equal(write_file_atomic(path, text, strlen(text)), 0);
}

static char *run_file(const char *path, enum fmt_mode mode, int want_rc)
{
	struct rsd_diags d;
	diags_init(&d);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int rc = fmt_file(path, mode, f, &d);
	fclose(f);
	assert_int_equal(rc, want_rc);
	assert_int_equal(d.nerrors, want_rc == 2);
	diags_free(&d);
	return buf;
}

static void test_fmt_file_modes(void **state)
{
	(void)state;
	char messy[600], clean[600], bad[600], missing[600];
	snprintf(messy, sizeof messy, "%s/messy.rpl", tmpdir);
	snprintf(clean, sizeof clean, "%s/clean.rpl", tmpdir);
	snprintf(bad, sizeof bad, "%s/bad.rpl", tmpdir);
	snprintf(missing, sizeof missing, "%s/missing.rpl", tmpdir);
	put_file(messy, "class  a{sensitivity b}");
	put_file(clean, "class a { sensitivity b }\n");
	put_file(bad, "class \"a");

	char *o = run_file(messy, FMT_PRINT, 1);
	assert_string_equal(o, "class a { sensitivity b }\n");
	free(o);
	o = run_file(clean, FMT_PRINT, 0);
	assert_string_equal(o, "class a { sensitivity b }\n");
	free(o);

	o = run_file(messy, FMT_CHECK, 1);
	char want[700];
	snprintf(want, sizeof want, "%s\n", messy);
	assert_string_equal(o, want);
	free(o);
	o = run_file(clean, FMT_CHECK, 0);
	assert_string_equal(o, "");
	free(o);

	/* -w rewrites only when needed, leaving no temporary behind */
	struct stat st0, st1;
	assert_int_equal(stat(clean, &st0), 0);
	o = run_file(clean, FMT_WRITE, 0);
	assert_string_equal(o, "");
	free(o);
	assert_int_equal(stat(clean, &st1), 0);
	assert_int_equal(st0.st_ino, st1.st_ino);	/* not replaced */
	o = run_file(messy, FMT_WRITE, 1);
	assert_string_equal(o, "");
	free(o);
	size_t len;
	char *text = read_file(messy, &len, 1 << 20);
	assert_string_equal(text, "class a { sensitivity b }\n");
	xfree(text);
	o = run_file(messy, FMT_CHECK, 0);
	free(o);

	/* errors: nothing printed or written, status 2 */
	o = run_file(bad, FMT_WRITE, 2);
	assert_string_equal(o, "");
	free(o);
	text = read_file(bad, &len, 1 << 20);
	assert_string_equal(text, "class \"a");
	xfree(text);
	o = run_file(missing, FMT_CHECK, 2);
	free(o);
	o = run_file(tmpdir, FMT_PRINT, 2);
	free(o);

	int n = 0;
	DIR *dh = opendir(tmpdir);
	struct dirent *de;
	while ((de = readdir(dh)))
		n += de->d_name[0] != '.';
	closedir(dh);
	assert_int_equal(n, 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fmt_golden),
		cmocka_unit_test(test_fmt_spacing),
		cmocka_unit_test(test_fmt_trailing_comma),
		cmocka_unit_test(test_fmt_width_boundary),
		cmocka_unit_test(test_fmt_bodies),
		cmocka_unit_test(test_fmt_line_breaks),
		cmocka_unit_test(test_fmt_top_level_blank_lines),
		cmocka_unit_test(test_fmt_comments),
		cmocka_unit_test(test_fmt_errors),
		cmocka_unit_test(test_fmt_nesting_limit),
		cmocka_unit_test(test_fmt_signature),
		cmocka_unit_test(test_fmt_large),
		cmocka_unit_test_setup_teardown(test_fmt_file_modes, setup_tmp, teardown_tmp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
