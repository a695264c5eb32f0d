/*
** test_hardening.c — regression tests for crashes and hangs found by
** fuzzing (tests/fuzz/) and by the bad-input suite: each input runs through
** the whole public pipeline (load from memory, check, every report format)
** against the built-in default policy, and must load (or fail) as stated.
** Built with SANITIZE=1 these tests are what keep the findings fixed.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "residency.h"

static rsd_policy *policy;

static int setup(void **state)
{
	(void)state;
	rsd_compile_opts o;
	rsd_compile_opts_init(&o);
	o.use_env = 0;
	rsd_diags *d = rsd_diags_new();
	policy = rsd_policy_default(&o, d);
	rsd_diags_free(d);
	return policy ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	rsd_policy_free(policy);
	return 0;
}

/*
** Load text as a plan; when it loads, check it and write every report
** format.  Returns the number of findings, or -1 when it did not load
** (then at least one error was recorded, and diagnostics print).
*/
static int pipeline(const char *text)
{
	rsd_diags *d = rsd_diags_new();
	rsd_plan *pl = rsd_plan_load_memory(policy, "t.yaml", text, strlen(text), NULL, d);
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	assert_non_null(out);
	rsd_diags_print(d, out, 0);
	int n = -1;
	if (pl) {
		assert_int_equal(rsd_diags_errors(d), 0);
		rsd_check_opts co;
		rsd_check_opts_init(&co);
		co.as_of = 20000;
		co.record_applied = 1;
		rsd_result *r = rsd_check(policy, pl, &co);
		for (int f = RSD_FORMAT_TEXT; f <= RSD_FORMAT_MARKDOWN; f++) {
			rsd_report_opts ro = {RSD_ERROR, 0, 0, 0};
			assert_int_equal(rsd_report_write(out, (rsd_format)f, policy, &r, 1, &ro), 0);
		}
		n = (int)rsd_result_count(r);
		rsd_result_free(r);
		rsd_plan_free(pl);
	} else {
		assert_true(rsd_diags_errors(d) > 0);
	}
	fclose(out);
	free(buf);
	rsd_diags_free(d);
	return n;
}

#define STORE "stores:\n  - name: db\n    location: DE\n    classes: [personal]\n"

/* fuzz_check: `replicas: []` / `backups: []` before any list of places was
   read copied 16 bytes from a NULL scratch array (segmentation fault) */
static void test_empty_replicas_and_backups(void **state)
{
	(void)state;
	assert_true(pipeline(STORE "    replicas: []\n") >= 0);
	assert_true(pipeline(STORE "    backups: []\n") >= 0);
	assert_true(pipeline(STORE "    replicas: []\n    backups: []\n") >= 0);
}

/* the same bug for `mechanisms: []` */
static void test_empty_mechanisms(void **state)
{
	(void)state;
	assert_true(pipeline(STORE "    mechanisms: []\n") >= 0);
	assert_true(pipeline(STORE "flows:\n  - name: f\n    from: db\n    to: US\n"
				   "    classes: [personal]\n    mechanisms: []\n") > 0);
}

/* fuzz_check: a module address with an unclosed instance key
   ("module.eu[aws_s3_bucket.this") or with no resource part made the
   Terraform loader read past the end of the address (heap overflow) */
static void test_tf_malformed_module_addresses(void **state)
{
	(void)state;
	static const char *addrs[] = {"module.eu[aws_s3_bucket.this", "module.eu", "module.eu[\\\"x",
				      "module.", "module.a.module.b["};
	for (size_t i = 0; i < sizeof addrs / sizeof *addrs; i++) {
		char buf[1024];
		snprintf(buf, sizeof buf,
			 "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {"
			 "\"child_modules\": [{\"address\": \"module.eu\", \"resources\": [{"
			 "\"address\": \"%s\", \"mode\": \"managed\", \"type\": \"aws_s3_bucket\", "
			 "\"values\": {\"bucket\": \"b\", \"region\": \"eu-west-1\", "
			 "\"tags\": {\"data-classes\": \"personal\"}}}]}]}}}",
			 addrs[i]);
		pipeline(buf);	/* loads or fails: either way, within bounds */
	}
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
** Many violations waived by many waivers of one rule: each violation
** scanned every waiver of its rule, O(violations x waivers) — 40000 of each
** took 28 s.  Now a binary search per fact: well under a second.
*/
static void test_many_waivers_of_one_rule(void **state)
{
	(void)state;
	enum { N = 50000 };
	rsd_diags *d = rsd_diags_new();
	rsd_plan *pl = rsd_plan_new(policy, "many-waivers");
	const char *de[] = {"DE"}, *cls[] = {"personal"};
	rsd_store_spec s = {0};
	s.name = "db";
	s.locations = de;
	s.nlocations = 1;
	s.classes = cls;
	s.nclasses = 1;
	assert_int_equal(rsd_plan_add_store(pl, policy, &s, d), 0);
	static char names[N][16];
	for (int i = 0; i < N; i++) {
		snprintf(names[i], sizeof names[i], "f%d", i);
		rsd_flow_spec f = {0};
		f.name = names[i];
		f.from = "db";
		f.to = "CN";
		f.classes = cls;
		f.nclasses = 1;
		assert_int_equal(rsd_plan_add_flow(pl, policy, &f, d), 0);
	}
	rsd_date exp;
	assert_int_equal(rsd_date_parse("2027-01-01", &exp), 0);
	for (int i = 0; i < N; i++)	/* every other one through "*" */
		assert_int_equal(rsd_plan_add_waiver(pl, policy, "eu_gdpr_transfer", i % 2 ? names[i] : "*",
						     "r", exp, d), 0);
	rsd_check_opts co;
	rsd_check_opts_init(&co);
	assert_int_equal(rsd_date_parse("2026-01-01", &co.as_of), 0);
	double t0 = now();
	rsd_result *r = rsd_check(policy, pl, &co);
	double t = now() - t0;
	print_message("%d flows, %d waivers of one rule: checked in %.3f s\n", N, N, t);
	assert_true(t < 3.0);
	size_t waived = 0;
	for (size_t i = 0; i < rsd_result_count(r); i++)
		waived += rsd_finding_waived(r, i) != 0;
	assert_int_equal(waived, N);
	assert_int_equal(rsd_result_passes(r, RSD_WARNING), 1);	/* no unused waiver */
	rsd_result_free(r);
	rsd_plan_free(pl);
	rsd_diags_free(d);
}

/*
** A fact that many rules apply to: the rules it touched were put in name
** order by insertion sort, O(rules^2) per fact — 20000 rules and 100 flows
** took minutes.  Now O(rules log rules) per fact.
*/
static void test_many_rules_on_one_fact(void **state)
{
	(void)state;
	enum { NRULES = 20000, NFLOWS = 100 };
	struct { char *s; size_t n; } src = {0};
	FILE *f = open_memstream(&src.s, &src.n);
	assert_non_null(f);
	fputs("levels low < high\nclass c { sensitivity low }\nmechanism M\nregion R = { DE }\n", f);
	for (int i = NRULES; i > 0; i--)	/* declared in reverse name order */
		fprintf(f, "rule r%05d { on transfer of c to not R require mechanism M }\n", i);
	fclose(f);
	rsd_compile_opts o;
	rsd_compile_opts_init(&o);
	o.use_env = o.use_builtin = 0;
	rsd_diags *d = rsd_diags_new();
	rsd_policy *p = rsd_policy_compile_string("many-rules.rpl", src.s, src.n, &o, d);
	free(src.s);
	assert_non_null(p);
	rsd_plan *pl = rsd_plan_new(p, "many-rules");
	const char *cls[] = {"c"};
	rsd_mechanism_spec m = {"M", RSD_DATE_NONE, NULL};
	for (int i = 0; i < NFLOWS; i++) {
		char name[16];
		snprintf(name, sizeof name, "f%d", i);
		rsd_flow_spec fl = {0};
		fl.name = name;
		fl.from = "DE";
		fl.to = i % 2 ? "US" : "CN";
		fl.classes = cls;
		fl.nclasses = 1;
		fl.mechanisms = &m;
		fl.nmechanisms = 1;
		assert_int_equal(rsd_plan_add_flow(pl, p, &fl, d), 0);
	}
	rsd_check_opts co;
	rsd_check_opts_init(&co);
	co.as_of = 20000;
	double t0 = now();
	rsd_result *r = rsd_check(p, pl, &co);
	double t = now() - t0;
	print_message("%d rules on each of %d flows: checked in %.3f s\n", NRULES, NFLOWS, t);
	assert_true(t < 3.0);
	assert_int_equal(rsd_result_count(r), 0);
	rsd_result_free(r);
	rsd_plan_free(pl);
	rsd_policy_free(p);
	rsd_diags_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_replicas_and_backups),
		cmocka_unit_test(test_empty_mechanisms),
		cmocka_unit_test(test_many_waivers_of_one_rule),
		cmocka_unit_test(test_tf_malformed_module_addresses),
		cmocka_unit_test(test_many_rules_on_one_fact),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
