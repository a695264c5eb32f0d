/*
** test_toolkit.c — the authoring toolkit: diff's vectorised verdicts held
** against the evaluator, lint's warnings on the fixtures of tests/toolkit,
** where, graph, locations and diff's grouping.  Run from the repository
** root (fixtures are read by relative path).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "country.h"
#include "diff.h"
#include "graph.h"
#include "lint.h"
#include "residency.h"
#include "where.h"


static rdate day(const char *s)
{
	rdate d;
	assert_true(date_parse(s, strlen(s), &d));
	return d;
}

static struct rsd_policy *compile_paths(const char *const *paths, size_t n, struct rsd_diags *d)
{
	struct compile_opts o = { NULL, 0, false, true, NULL, NULL };
	return compile_policy(paths, n, NULL, NULL, 0, &o, d);
}

static struct rsd_policy *compile_one(const char *path, struct rsd_diags *d)
{
	return compile_paths(&path, 1, d);
}

/* Text written to a memory stream by f(arg). */
struct capture {
	char *buf;
	size_t len;
	FILE *f;
};

static void cap_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
}

static char *cap_close(struct capture *c)
{
	fclose(c->f);
	return c->buf;
}

/* ================================================================ diff vs evaluator */

/*
** For every class of the acme policy, several source countries, every
** mechanism variant and both encryption settings: one plan with a flow
** from the source to each of the 249 countries, judged by the evaluator,
** must violate exactly the rules diff_transfer_sets says, at exactly the
** destinations it says.
*/
static void test_diff_sets_match_evaluator(void **state)
{
	(void)state;
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one("examples/acme.rpl", &d);
	assert_non_null(p);
	rdate date = day("2026-11-28");
	struct bits *sets = policy_sets_at(p, date);
	const char *srcs[] = { "DE", "US", "CN", "GB", "CH", "RU", "IN", "BR", "JP", "KP" };
	struct bits *got = xcalloc(p->nrules, sizeof *got);
	struct bits *want = xcalloc(p->nrules, sizeof *want);
	unsigned compared = 0;

	for (uint32_t c = 0; c < p->nclasses; c++)
		for (size_t si = 0; si < ARRAY_LEN(srcs); si++)
			for (int32_t m = -1; m < (int32_t)p->nmechs; m++)
				for (int enc = 0; enc < 2; enc++) {
					int src = country_lookup(srcs[si], 2);
					struct bits mechs;
					bits_clear(&mechs);
					if (m >= 0)
						bits_set(&mechs, (unsigned)m);
					diff_transfer_sets(p, sets, date, (int32_t)c, src, mechs, enc, got);

					struct rsd_plan *pl = plan_new("t.yaml");
					for (int dst = 0; dst < COUNTRY_COUNT; dst++) {
						struct plan_flow *f = plan_add_flow(pl);
						char nm[8];
						snprintf(nm, sizeof nm, "%d", dst);
						f->name = arena_strdup(&pl->arena, nm);
						f->from.store = f->to.store = -1;
						f->from.place = (struct place){ PLACE_COUNTRY, (uint16_t)src, -1 };
						f->to.place = (struct place){ PLACE_COUNTRY, (uint16_t)dst, -1 };
						struct bits cl;
						bits_clear(&cl);
						bits_set(&cl, c);
						plan_flow_set_classes(pl, f, &cl);
						f->enc_in_transit = enc;
						if (m >= 0) {
							struct plan_mech *ms = arena_alloc(&pl->arena, sizeof *ms);
							ms[0] = (struct plan_mech){ m, DATE_MAX, NULL, { 0, 0 } };
							plan_flow_set_mechs(pl, f, ms, 1);
						}
					}
					struct eval_opts o = { date, 30, false };
					struct rsd_result *r = eval_check(p, pl, &o);
					memset(want, 0, p->nrules * sizeof *want);
					for (uint32_t k = 0; k < r->nfindings; k++) {
						const struct finding *f = &r->findings[k];
						if (f->rule >= 0)
							bits_set(&want[f->rule], (unsigned)atoi(f->fact));
					}
					for (uint32_t ri = 0; ri < p->nrules; ri++) {
						if (!bits_eq(&got[ri], &want[ri]))
							fail_msg("class %s from %s mech %d enc %d: rule %s differs",
								 p->classes[c].name, srcs[si], m, enc, p->rules[ri].name);
						compared += !bits_empty(&want[ri]);
					}
					result_free(r);
					plan_free(pl);
				}
	assert_true(compared > 100);	/* the comparison saw real violations */
	xfree(got);
	xfree(want);
	xfree(sets);
	policy_free(p);
	diags_free(&d);
}

/* Stores: one store per country, each class, with and without encryption in transit. */
static void test_diff_store_sets_match_evaluator(void **state)
{
	(void)state;
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one("examples/acme.rpl", &d);
	assert_non_null(p);
	rdate date = day("2026-11-28");
	struct bits *sets = policy_sets_at(p, date);
	struct bits *got = xcalloc(p->nrules, sizeof *got);
	struct bits *want = xcalloc(p->nrules, sizeof *want);
	unsigned compared = 0;
	for (uint32_t c = 0; c < p->nclasses; c++)
		for (int enc = 0; enc < 2; enc++) {
			diff_store_sets(p, sets, date, (int32_t)c, enc, got);
			struct rsd_plan *pl = plan_new("t.yaml");
			for (int x = 0; x < COUNTRY_COUNT; x++) {
				struct plan_store *s = plan_add_store(pl);
				char nm[8];
				snprintf(nm, sizeof nm, "%d", x);
				s->name = arena_strdup(&pl->arena, nm);
				s->primary = arena_alloc(&pl->arena, sizeof *s->primary);
				s->primary[0] = (struct place){ PLACE_COUNTRY, (uint16_t)x, -1 };
				s->nprimary = 1;
				bits_clear(&s->classes);
				bits_set(&s->classes, c);
				s->enc_in_transit = enc;
			}
			struct eval_opts o = { date, 30, false };
			struct rsd_result *r = eval_check(p, pl, &o);
			memset(want, 0, p->nrules * sizeof *want);
			for (uint32_t k = 0; k < r->nfindings; k++)
				if (r->findings[k].rule >= 0)
					bits_set(&want[r->findings[k].rule], (unsigned)atoi(r->findings[k].fact));
			for (uint32_t ri = 0; ri < p->nrules; ri++) {
				if (!bits_eq(&got[ri], &want[ri]))
					fail_msg("store of %s enc %d: rule %s differs", p->classes[c].name, enc,
						 p->rules[ri].name);
				compared += !bits_empty(&want[ri]);
			}
			result_free(r);
			plan_free(pl);
		}
	assert_true(compared > 5);
	xfree(got);
	xfree(want);
	xfree(sets);
	policy_free(p);
	diags_free(&d);
}

/* ================================================================ diff output */

static int run_diff(const char *a, const char *b, const char *plan, char **text)
{
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *op = compile_one(a, &d), *np = compile_one(b, &d);
	assert_non_null(op);
	assert_non_null(np);
	struct capture c;
	cap_open(&c);
	int rc = diff_policies(op, np, plan, NULL, day("2026-11-28"), c.f, &d);
	*text = cap_close(&c);
	policy_free(op);
	policy_free(np);
	diags_free(&d);
	return rc;
}

static void test_diff_same_policy_no_change(void **state)
{
	(void)state;
	char *t;
	assert_int_equal(run_diff("tests/toolkit/diff_old.rpl", "tests/toolkit/diff_old.rpl", NULL, &t), 0);
	assert_string_equal(t, "no change (as of 2026-11-28)\n");
	free(t);
	assert_int_equal(run_diff("policies/default.rpl", "policies/default.rpl", NULL, &t), 0);
	free(t);
}

static void test_diff_region_change(void **state)
{
	(void)state;
	char *t;
	assert_int_equal(run_diff("tests/toolkit/diff_old.rpl", "tests/toolkit/diff_region.rpl", NULL, &t), 1);
	/* KR joined ADEQUATE: transfers from HOME to KR pass without SCC; classes grouped */
	assert_non_null(strstr(t, "personal:\n  HOME \xe2\x86\x92 KR: violation (transfer_basis) \xe2\x86\x92 pass, unless SCC is attested\n"));
	assert_null(strstr(t, "store in"));
	free(t);
}

static void test_diff_require_and_mechanism(void **state)
{
	(void)state;
	char *t;
	assert_int_equal(run_diff("tests/toolkit/diff_old.rpl", "tests/toolkit/diff_require.rpl", NULL, &t), 1);
	assert_string_equal(t, "health:\n  store in ADEQUATE: violation (health_home) \xe2\x86\x92 pass\n");
	free(t);
	assert_int_equal(run_diff("tests/toolkit/diff_old.rpl", "tests/toolkit/diff_mechanism.rpl", NULL, &t), 1);
	assert_non_null(strstr(t, "personal:\n  HOME \xe2\x86\x92 all except HOME, ADEQUATE: violation (transfer_basis) \xe2\x86\x92 pass, with BCR\n"));
	free(t);
}

static void test_diff_plan(void **state)
{
	(void)state;
	char *t;
	assert_int_equal(run_diff("tests/toolkit/diff_old.rpl", "tests/toolkit/diff_require.rpl",
				  "tests/toolkit/diff_plan.yaml", &t), 1);
	assert_string_equal(t, "- tests/toolkit/diff_plan.yaml:4:5: error: [health_home] patients\n");
	free(t);
	assert_int_equal(run_diff("tests/toolkit/diff_old.rpl", "tests/toolkit/diff_old.rpl",
				  "tests/toolkit/diff_plan.yaml", &t), 0);
	free(t);
}

/* ================================================================ lint */

/* Lint one fixture: the warnings' messages joined by newlines. */
static char *lint_messages(const char *path, int *count)
{
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one(path, &d);
	assert_non_null(p);
	size_t before = d.nwarnings;
	*count = lint_policy(p, day("2026-11-28"), &d);
	assert_int_equal(d.nwarnings - before, (size_t)*count);
	struct strbuf sb = { 0 };
	sb_puts(&sb, "");
	for (size_t i = 0; i < d.n; i++)
		if (d.v[i].sev == DIAG_WARNING) {
			assert_non_null(d.v[i].loc.file);	/* every warning has a source position */
			sb_printf(&sb, "%u:%s\n", d.v[i].loc.line, d.v[i].msg);
		}
	policy_free(p);
	diags_free(&d);
	return sb_take(&sb);
}

static void test_lint_unused(void **state)
{
	(void)state;
	int n;
	char *t = lint_messages("tests/toolkit/lint_unused.rpl", &n);
	assert_int_equal(n, 4);
	assert_non_null(strstr(t, "2:region 'NORDICS' is never used"));
	assert_non_null(strstr(t, "7:class 'leftover' is never used"));
	assert_non_null(strstr(t, "10:mechanism 'HANDSHAKE' is never used"));
	assert_non_null(strstr(t, "13:provider 'ghost' is never used"));
	/* used through another region, a rule, a location */
	assert_null(strstr(t, "BENELUX"));
	assert_null(strstr(t, "CONTRACT"));
	free(t);
}

static void test_lint_empty_and_never(void **state)
{
	(void)state;
	int n;
	char *t = lint_messages("tests/toolkit/lint_empty_region.rpl", &n);
	assert_int_equal(n, 2);
	assert_non_null(strstr(t, "region 'OLD_MEMBERS' is empty on 2026-11-28"));
	assert_non_null(strstr(t, "region 'FUTURE' is empty on 2026-11-28"));
	free(t);
	t = lint_messages("tests/toolkit/lint_never_applies.rpl", &n);
	assert_non_null(strstr(t, "rule 'to_nowhere' can never apply: its `to` region is empty"));
	assert_non_null(strstr(t, "rule 'top_secret' can never apply: its class scope matches no class"));
	assert_non_null(strstr(t, "18:rule 'never_when' can never apply"));
	assert_non_null(strstr(t, "rule 'contradiction' can never apply"));
	assert_null(strstr(t, "'fine'"));
	free(t);
}

static void test_lint_unsatisfiable(void **state)
{
	(void)state;
	int n;
	char *t = lint_messages("tests/toolkit/lint_unsat_require.rpl", &n);
	const char *rules[] = { "to_empty", "key_in_empty", "scope_contradiction", "self_contradiction",
				"when_contradiction", "sensitivity_mismatch" };
	for (size_t i = 0; i < ARRAY_LEN(rules); i++) {
		char want[128];
		snprintf(want, sizeof want, "rule '%s' is violated whenever it applies", rules[i]);
		assert_non_null(strstr(t, want));
	}
	assert_null(strstr(t, "rule 'forbidden'"));	/* `require false` is the idiom */
	free(t);
}

static void test_lint_no_location(void **state)
{
	(void)state;
	int n;
	char *t = lint_messages("tests/toolkit/lint_no_location.rpl", &n);
	assert_int_equal(n, 1);
	assert_non_null(strstr(t, "5:class 'ledger' has no compliant location"));
	assert_non_null(strstr(t, "(ledger_in_europe, ledger_under_us_law)"));
	free(t);
}

static void test_lint_clean(void **state)
{
	(void)state;
	const char *files[] = { "tests/toolkit/lint_clean.rpl", "policies/default.rpl", "examples/acme.rpl" };
	for (size_t i = 0; i < ARRAY_LEN(files); i++) {
		int n;
		char *t = lint_messages(files[i], &n);
		if (n)
			fail_msg("%s: %s", files[i], t);
		free(t);
	}
}

/* Linting with diagnostics other than the compiler's still shows the source. */
static void test_lint_fresh_diags(void **state)
{
	(void)state;
	struct rsd_diags d1, d2;
	diags_init(&d1);
	diags_init(&d2);
	struct rsd_policy *p = compile_one("tests/toolkit/lint_no_location.rpl", &d1);
	assert_non_null(p);
	assert_int_equal(lint_policy(p, day("2026-11-28"), &d2), 1);
	assert_int_equal(d2.n, 1);
	assert_non_null(d2.v[0].loc.file);
	assert_string_equal(d2.v[0].loc.file->name, "tests/toolkit/lint_no_location.rpl");
	assert_int_equal(d2.v[0].loc.line, 5);
	policy_free(p);
	diags_free(&d1);
	diags_free(&d2);
}

/* ================================================================ where */

static void test_where_describe(void **state)
{
	(void)state;
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one("policies/default.rpl", &d);
	assert_non_null(p);
	struct bits *sets = policy_sets_at(p, day("2026-11-28"));
	int eea = policy_find_region(p, "EEA");
	assert_true(eea >= 0);
	struct bits s = sets[p->regions[eea].slot];
	bits_set(&s, (unsigned)country_lookup("US", 2));
	struct strbuf sb = { 0 };
	where_describe(&sb, p, sets, &s);
	/* BR_ADEQUATE equals the EEA since 2026-01-27 (ANPD Res. 32) and is the
	 * name where_describe picks for that set. */
	assert_string_equal(sb.s, "BR_ADEQUATE, US");
	sb.len = 0;
	struct bits w = country_world();
	where_describe(&sb, p, sets, &w);
	assert_string_equal(sb.s, "WORLD");
	sb.len = 0;
	bits_unset(&w, (unsigned)country_lookup("KP", 2));
	where_describe(&sb, p, sets, &w);
	assert_string_equal(sb.s, "all except KP");
	sb_free(&sb);
	xfree(sets);
	policy_free(p);
	diags_free(&d);
}

static void test_where_run(void **state)
{
	(void)state;
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one("policies/default.rpl", &d);
	assert_non_null(p);
	struct capture c;
	cap_open(&c);
	assert_int_equal(where_run(p, "ru_citizen_personal", day("2026-11-28"), c.f, &d), 0);
	char *t = cap_close(&c);
	assert_non_null(strstr(t, "countries (1):\n  RU\n"));
	free(t);
	cap_open(&c);
	assert_int_equal(where_run(p, "personal from DE with encrypted in_transit", day("2026-11-28"), c.f, &d), 0);
	t = cap_close(&c);
	assert_non_null(strstr(t, "EU_FREE_FLOW"));	/* EEA + GDPR area + adequacy */
	assert_null(strstr(t, " US"));	/* no mechanism: the US needs EU_DPF */
	free(t);
	cap_open(&c);
	assert_int_equal(where_run(p, "personal from DE with mechanism EU_SCC", day("2026-11-28"), c.f, &d), 0);
	t = cap_close(&c);
	assert_non_null(strstr(t, "countries (249):\n  WORLD\n"));
	free(t);
	const char *bad[] = { "persnal", "personal from", "personal with", "from DE", "personal from DE to US" };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		size_t errs = d.nerrors;
		cap_open(&c);
		assert_int_equal(where_run(p, bad[i], day("2026-11-28"), c.f, &d), -1);
		t = cap_close(&c);
		assert_string_equal(t, "");	/* nothing printed on error */
		free(t);
		assert_true(d.nerrors > errs);
	}
	policy_free(p);
	diags_free(&d);
}

/*
** A malformed query is reported in the query's own columns (file
** "<query>", as explain reports in "<fact>"), never in the fact text where
** builds from it; the checks of the class list and the place speak of the
** query's parts.  Each case: the query, the column and span of its first
** error, and the start of the message.
*/
static void test_where_run_positions(void **state)
{
	(void)state;
	static const struct {
		const char *query;
		unsigned col, len;
		const char *msg;
	} cases[] = {
		{ "persnal", 1, 7, "unknown class 'persnal'; did you mean 'personal'?" },
		{ "personal,  persnal", 12, 7, "unknown class 'persnal'" },
		{ "personal from XX", 15, 2, "unknown place 'XX'" },
		{ "personal  from  DE  with   encrypted   at_rest", 28, 19,
		  "'encrypted at_rest' is a property of stores, not of transfers" },
		{ "personal with mechanism EU_SCCC", 25, 7, "unknown mechanism 'EU_SCCC'" },
		{ "personal with encrypted", 24, 1, "unexpected end of input; expected 'in_transit' or 'at_rest'" },
		{ "store", 1, 5, "unexpected 'store' (a keyword cannot be used as a name)" },
		/* where's own parts: the fact grammar would read these differently */
		{ "personal,", 10, 1, "unexpected end of input; expected a class name" },
		{ "personal, from DE", 11, 4, "unexpected 'from'; expected a class name" },
		{ "personal at DE", 10, 2, "unexpected 'at'; expected ',', 'from', 'with' or end of input" },
		{ "personal from DE to US", 18, 2, "unexpected 'to'; expected 'with' or end of input" },
		{ "personal from DE,", 17, 1, "unexpected ','; expected 'with' or end of input" },
		{ "personal from", 10, 4, "'from' needs a place" },
		{ "personal with", 10, 4, "'with' needs at least one property" },
		{ "from DE", 1, 4, "no class given" },
	};
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one("policies/default.rpl", &d);
	assert_non_null(p);
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct rsd_diags e;
		diags_init(&e);
		struct capture c;
		cap_open(&c);
		assert_int_equal(where_run(p, cases[i].query, day("2026-11-28"), c.f, &e), -1);
		char *t = cap_close(&c);
		assert_string_equal(t, "");
		free(t);
		assert_true(e.n >= 1);
		const struct diag *g = &e.v[0];
		assert_true(g->has_loc);
		assert_non_null(g->loc.file);
		assert_string_equal(g->loc.file->name, "<query>");
		assert_string_equal(g->loc.file->text, cases[i].query);
		assert_int_equal(g->loc.line, 1);
		assert_int_equal(g->loc.col, cases[i].col);
		assert_int_equal(g->loc.len, cases[i].len);
		assert_true(strncmp(g->msg, cases[i].msg, strlen(cases[i].msg)) == 0);
		diags_free(&e);
	}
	policy_free(p);
	diags_free(&d);
}

/* ================================================================ graph, locations */

static void test_graph(void **state)
{
	(void)state;
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one("examples/acme.rpl", &d);
	assert_non_null(p);
	rsd_plan *pl = rsd_plan_load_file(p, "examples/plan.yaml", NULL, &d);
	assert_non_null(pl);
	rsd_check_opts co;
	rsd_check_opts_init(&co);
	rsd_result *r = rsd_check(p, pl, &co);
	struct capture c;
	cap_open(&c);
	assert_int_equal(rsd_graph(r, "dot", c.f), 0);
	char *dot = cap_close(&c);
	assert_non_null(strstr(dot, "subgraph cluster_1 {\n    label=\"DE\";\n    s0 [label=\"crm-db\\ncustomer_record\"];"));
	assert_non_null(strstr(dot, "s2 -> p47 [label=\"pricing-to-shanghai\\npricing_model\", color=\"#d62728\""));
	assert_non_null(strstr(dot, "s0 -> p291 [label=\"backup\", style=dashed, color=\"#d62728\""));
	cap_open(&c);
	assert_int_equal(rsd_graph(r, "mermaid", c.f), 0);
	char *mm = cap_close(&c);
	assert_true(strncmp(mm, "flowchart LR\n", 13) == 0);
	assert_non_null(strstr(mm, "  class s3 waived\n"));
	cap_open(&c);
	assert_int_equal(rsd_graph(r, "svg", c.f), -1);
	free(cap_close(&c));
	free(dot);
	free(mm);
	rsd_result_free(r);
	rsd_plan_free(pl);
	policy_free(p);
	diags_free(&d);
}

static void test_locations(void **state)
{
	(void)state;
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_one("policies/default.rpl", &d);
	assert_non_null(p);
	struct capture c;
	cap_open(&c);
	int n = rsd_locations(p, "aws", day("2026-11-28"), c.f, &d);
	char *t = cap_close(&c);
	assert_true(n > 20);
	assert_non_null(strstr(t, "aws:eu-central-1 "));
	assert_null(strstr(t, "gcp:"));
	free(t);
	cap_open(&c);
	assert_int_equal(rsd_locations(p, "awz", day("2026-11-28"), c.f, &d), -1);
	free(cap_close(&c));
	assert_int_equal(d.nerrors, 1);
	assert_non_null(strstr(d.v[d.n - 1].msg, "did you mean 'aws'?"));
	policy_free(p);
	diags_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diff_sets_match_evaluator),
		cmocka_unit_test(test_diff_store_sets_match_evaluator),
		cmocka_unit_test(test_diff_same_policy_no_change),
		cmocka_unit_test(test_diff_region_change),
		cmocka_unit_test(test_diff_require_and_mechanism),
		cmocka_unit_test(test_diff_plan),
		cmocka_unit_test(test_lint_unused),
		cmocka_unit_test(test_lint_empty_and_never),
		cmocka_unit_test(test_lint_unsatisfiable),
		cmocka_unit_test(test_lint_no_location),
		cmocka_unit_test(test_lint_clean),
		cmocka_unit_test(test_lint_fresh_diags),
		cmocka_unit_test(test_where_describe),
		cmocka_unit_test(test_where_run),
		cmocka_unit_test(test_where_run_positions),
		cmocka_unit_test(test_graph),
		cmocka_unit_test(test_locations),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
