/*
** test_testrun.c — `residency test` (test blocks) and `residency explain`
** on hand-built policies.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "compile.h"
#include "evalfix.h"
#include "explain.h"
#include "testrun.h"

static struct gdpr G;
static rdate TODAY;

static int setup(void **state)
{
	(void)state;
	fx_gdpr(&G);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	policy_free(G.p);
	return 0;
}


/* ---------------------------------------------------------------- facts */

static struct pol_fact *fact_new(struct rsd_policy *p, enum fact_kind kind, const char *name,
				 const char *text, int cls)
{
	struct pol_fact *f = arena_alloc(&p->arena, sizeof *f);
	f->kind = kind;
	f->name = name;
	f->text = text;
	f->loc = (struct pol_loc){ 0, 50, 3 };
	f->from_store = f->to_store = -1;
	f->places = arena_alloc(&p->arena, 4 * sizeof *f->places);
	f->replicas = arena_alloc(&p->arena, 4 * sizeof *f->replicas);
	f->backups = arena_alloc(&p->arena, 4 * sizeof *f->backups);
	f->mechs = arena_alloc(&p->arena, 4 * sizeof *f->mechs);
	if (cls >= 0)
		bits_set(&f->classes, (unsigned)cls);
	return f;
}

static struct pol_fact *fstore(struct rsd_policy *p, const char *name, const char *text, const char *where, int cls)
{
	struct pol_fact *f = fact_new(p, FACT_STORE, name, text, cls);
	f->places[f->nplaces++] = fx_place(p, where);
	return f;
}

static struct pol_fact *ftransfer(struct rsd_policy *p, const char *name, const char *text,
				  const char *from, const char *to, int cls)
{
	struct pol_fact *f = fact_new(p, FACT_TRANSFER, name, text, cls);
	if (from)
		f->from = fx_place(p, from);
	if (to)
		f->to = fx_place(p, to);
	return f;
}

static void add_test(struct rsd_policy *p, int file, const char *name, rdate as_of,
		     struct pol_fact **facts, uint32_t nfacts, const int32_t *expect, uint32_t nexpect)
{
	struct pol_test *t = &p->tests[p->ntests++];
	memset(t, 0, sizeof *t);
	t->name = name;
	t->loc = (struct pol_loc){ file, 40 + p->ntests, 1 };
	t->as_of = as_of;
	t->facts = arena_alloc(&p->arena, (nfacts + 1) * sizeof *t->facts);
	for (uint32_t i = 0; i < nfacts; i++)
		t->facts[i] = *facts[i];
	t->nfacts = nfacts;
	t->expect_pass = nexpect == 0;
	t->expect = arena_alloc(&p->arena, (nexpect + 1) * sizeof *t->expect);
	if (nexpect)
		memcpy(t->expect, expect, nexpect * sizeof *expect);
	t->nexpect = nexpect;
}

/* Run fn's output into a string (caller frees). */
static char *capture_tests(const struct rsd_policy *p, rdate d, bool cov, int *rc, unsigned *np, unsigned *nf)
{
	static char *buf;
	static size_t len;
	FILE *out = open_memstream(&buf, &len);
	*np = *nf = 0;
	*rc = testrun_run(p, d, cov, out, np, nf);
	fclose(out);
	return buf;
}

static char *capture_explain(const struct rsd_policy *p, const struct pol_fact *f, rdate d, int *rc)
{
	static char *buf;
	static size_t len;
	FILE *out = open_memstream(&buf, &len);
	*rc = explain_fact(p, f, d, out);
	fclose(out);
	return buf;
}

/* ---------------------------------------------------------------- RPL sources */

/* LANGUAGE.md §3 and §4: together they compile and their tests pass. */
static const char SPEC_RPL[] =
	"region EU \"European Union\" = {\n"
	"  AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HU, IE, IT, LT, LU, LV,\n"
	"  MT, NL, PL, PT, RO, SE, SI, SK,\n"
	"  HR since 2013-07-01,\n"
	"  GB until 2020-02-01,\n"
	"}\n"
	"region EEA = EU + { IS, LI, NO }\n"
	"region NON_EEA = not EEA\n"
	"location aws:eu-west-1 \"Europe (Ireland)\" = IE\n"
	"location aws:eu-central-1 \"Europe (Frankfurt)\" = DE\n"
	"location aws:us-east-1 \"US East (N. Virginia)\" = US\n"
	"location gcp:EU \"EU multi-region\" = { BE, DE, FI, FR, IT, NL, PL, ES }\n"
	"location onprem:fra-dc1 = DE\n"
	"provider aws \"Amazon Web Services\" { operator US }\n"
	"location aws:eusc-de-east-1 \"European Sovereign Cloud (Brandenburg)\" = DE { operator DE }\n"
	"levels public < internal < confidential < sensitive < highly_sensitive\n"
	"class personal \"Personal data\" { sensitivity confidential }\n"
	"class special_category : personal \"Special categories (GDPR Art. 9)\" { sensitivity highly_sensitive }\n"
	"class health : special_category \"Health data\"\n"
	"class trade_secret \"Trade secrets\" { sensitivity highly_sensitive }\n"
	"class customer_record : personal, trade_secret\n"
	"class ru_citizen_personal : personal \"Personal data of Russian citizens\"\n"
	"mechanism EU_SCC \"EU Standard Contractual Clauses (Decision 2021/914)\" { cite \"GDPR Art. 46(2)(c)\" }\n"
	"mechanism EU_BCR \"Binding Corporate Rules\" { cite \"GDPR Art. 47\" }\n"
	"mechanism EU_DPF \"EU-US Data Privacy Framework certification of the recipient\"\n"
	"region EU_ADEQUATE \"EU adequacy decisions (Art. 45)\" = {\n"
	"  AD, AR, CA, CH, FO, GG, IL, IM, JE, JP, NZ, UY,\n"
	"  GB since 2021-06-28, KR since 2021-12-17,\n"
	"}\n"
	"region EU_DPF_COUNTRIES \"Where EU-US DPF certification counts\" = { US since 2023-07-10 }\n"
	"\n"
	"rule eu_gdpr_transfer \"Personal data leaving the EEA needs a Chapter V basis\" {\n"
	"  on transfer of personal origin EEA to not (EEA + EU_ADEQUATE)\n"
	"  when not anonymized\n"
	"  require mechanism in { EU_SCC, EU_BCR } or (to in EU_DPF_COUNTRIES and mechanism EU_DPF)\n"
	"  severity error\n"
	"  cite \"GDPR Art. 44-49\"\n"
	"  message \"Personal data from the EEA goes to a country without an adequacy decision\"\n"
	"  remedy \"Attest EU SCCs with a transfer impact assessment, or keep the data in the EEA\"\n"
	"  since 2018-05-25\n"
	"}\n"
	"\n"
	"rule trade_secret_transit \"Trade secrets travel encrypted\" {\n"
	"  on transfer of sensitivity >= highly_sensitive\n"
	"  require encrypted in_transit\n"
	"  severity warning\n"
	"}\n"
	"\n"
	"rule ru_localisation \"Russian citizens' personal data has its primary database in Russia\" {\n"
	"  on store of ru_citizen_personal\n"
	"  require primary in RU\n"
	"  cite \"Federal Law No. 242-FZ, Art. 18(5)\"\n"
	"}\n"
	"test \"EU to Japan relies on adequacy\" {\n"
	"  transfer of personal from DE to JP with encrypted in_transit\n"
	"  expect pass\n"
	"}\n"
	"test \"RU data held only in Frankfurt\" {\n"
	"  as_of 2025-01-01\n"
	"  store of ru_citizen_personal at aws:eu-central-1\n"
	"  expect violation ru_localisation\n"
	"}\n"
	"test \"onward transfer keeps the GDPR origin\" {\n"
	"  store crm of personal at DE\n"
	"  store us_dw of personal at aws:us-east-1\n"
	"  transfer of personal from crm to us_dw with mechanism EU_SCC, encrypted in_transit\n"
	"  transfer of personal from us_dw to IN with encrypted in_transit\n"
	"  expect violation eu_gdpr_transfer\n"
	"}\n";

/* One test block per semantic statement of §5 (all expected to pass). */
static const char SEM_RPL[] =
	"region EEA = { AT, BE, DE, ES, FI, FR, IE, IT, NL, PL, SE, IS, LI, NO }\n"
	"region ADEQ = { CH, JP, GB since 2021-06-28 }\n"
	"provider aws { operator US }\n"
	"location aws:eu-central-1 = DE\n"
	"location aws:us-east-1 = US\n"
	"location aws:eusc-de-east-1 = DE { operator DE }\n"
	"location gcp:EU = { BE, DE, FR }\n"
	"class personal { sensitivity confidential }\n"
	"class health : personal { sensitivity highly_sensitive }\n"
	"class secret { sensitivity highly_sensitive }\n"
	"mechanism SCC\n"
	"mechanism BCR\n"
	"\n"
	"rule gdpr {\n"
	"  on transfer of personal origin EEA to not (EEA + ADEQ)\n"
	"  when not anonymized\n"
	"  require mechanism in { SCC, BCR }\n"
	"}\n"
	"rule sovereign {\n"
	"  on store of health\n"
	"  require operator in EEA\n"
	"  severity warning\n"
	"}\n"
	"rule keys {\n"
	"  on store of secret in EEA\n"
	"  require key colocated and encrypted at_rest\n"
	"}\n"
	"rule tiers {\n"
	"  on store of secret\n"
	"  when attr tier == 1\n"
	"  require attr reviewed and attr owner != \"nobody\"\n"
	"  severity info\n"
	"}\n"
	"rule big {\n"
	"  on transfer of any\n"
	"  when subjects >= 1_000_000\n"
	"  require pseudonymized or from in EEA\n"
	"}\n"
	"rule old {\n"
	"  on store of any\n"
	"  require false\n"
	"  until 2020-01-01\n"
	"}\n"
	"\n"
	"test \"chain keeps the origin\" {\n"
	"  store crm of personal at DE\n"
	"  store us of personal at US\n"
	"  store in_dw of personal at IN\n"
	"  transfer of personal from crm to us with mechanism SCC\n"
	"  transfer of personal from us to in_dw with mechanism SCC\n"
	"  transfer of personal from in_dw to BR\n"
	"  expect violation gdpr\n"
	"}\n"
	"test \"cycle keeps the origin\" {\n"
	"  store a of personal at US\n"
	"  store b of personal at US\n"
	"  transfer of personal from DE to a with mechanism BCR\n"
	"  transfer of personal from a to b\n"
	"  transfer of personal from b to a\n"
	"  expect violation gdpr\n"
	"}\n"
	"test \"origin is per class\" {\n"
	"  store h of personal, health at US with key at US, encrypted at_rest, replicas at aws:eusc-de-east-1\n"
	"  transfer of health from DE to h with mechanism SCC\n"
	"  transfer of personal from h to IN\n"
	"  expect violation sovereign\n"
	"}\n"
	"test \"replica of European data\" {\n"
	"  store db of personal at aws:eu-central-1 with replicas at aws:us-east-1\n"
	"  expect violation gdpr\n"
	"}\n"
	"test \"replica covered by the store's attestation\" {\n"
	"  store db of personal at aws:eu-central-1 with replicas at aws:us-east-1, mechanism SCC\n"
	"  expect pass\n"
	"}\n"
	"test \"expired attestation\" {\n"
	"  as_of 2026-01-01\n"
	"  transfer of personal from DE to US with mechanism SCC until 2026-01-01\n"
	"  expect violation gdpr\n"
	"}\n"
	"test \"attestation valid the day before\" {\n"
	"  as_of 2025-12-31\n"
	"  transfer of personal from DE to US with mechanism SCC until 2026-01-01\n"
	"  expect pass\n"
	"}\n"
	"test \"dated region\" {\n"
	"  as_of 2021-06-27\n"
	"  transfer of personal from DE to GB\n"
	"  expect violation gdpr\n"
	"}\n"
	"test \"dated region, after\" {\n"
	"  as_of 2021-06-28\n"
	"  transfer of personal from DE to GB\n"
	"  expect pass\n"
	"}\n"
	"test \"dated rule\" {\n"
	"  as_of 2019-12-31\n"
	"  store of personal at DE\n"
	"  expect violation old\n"
	"}\n"
	"test \"sovereign operator\" {\n"
	"  store of health at aws:eusc-de-east-1\n"
	"  expect pass\n"
	"}\n"
	"test \"US operator\" {\n"
	"  store of health at aws:eu-central-1\n"
	"  expect violation sovereign\n"
	"}\n"
	"test \"key colocated\" {\n"
	"  store of secret at DE with key at DE, encrypted at_rest\n"
	"  expect pass\n"
	"}\n"
	"test \"key elsewhere\" {\n"
	"  store of secret at DE with key at US, encrypted at_rest\n"
	"  expect violation keys\n"
	"}\n"
	"test \"no key\" {\n"
	"  store of secret at DE with encrypted at_rest\n"
	"  expect violation keys\n"
	"}\n"
	"test \"key store outside scope\" {\n"
	"  store of secret at US\n"
	"  expect pass\n"
	"}\n"
	"test \"typed attrs: 1 is not \\\"1\\\"\" {\n"
	"  store of secret at US with attr tier = \"1\"\n"
	"  expect pass\n"
	"}\n"
	"test \"typed attrs\" {\n"
	"  store of secret at US with attr tier = 1, attr reviewed = true, attr owner = \"nobody\"\n"
	"  expect violation tiers\n"
	"}\n"
	"test \"falsy attr\" {\n"
	"  store of secret at US with attr tier = 1, attr reviewed = 0, attr owner = \"team\"\n"
	"  expect violation tiers\n"
	"}\n"
	"test \"subjects per pair\" {\n"
	"  transfer of secret from gcp:EU to US with subjects 2_000_000, encrypted in_transit\n"
	"  expect pass\n"
	"}\n"
	"test \"subjects outside\" {\n"
	"  transfer of secret from US to DE with subjects 2_000_000\n"
	"  expect violation big\n"
	"}\n"
	"test \"anonymized\" {\n"
	"  transfer of personal from DE to US with anonymized\n"
	"  expect pass\n"
	"}\n";

static struct rsd_policy *compile_src(const char *name, const char *src)
{
	struct rsd_diags d;
	diags_init(&d);
	struct compile_opts o = { NULL, 0, false, false, NULL, NULL };
	struct rsd_policy *p = compile_policy(NULL, 0, name, src, strlen(src), &o, &d);
	if (!p)
		diag_print(&d, stderr, false);
	diags_free(&d);
	return p;
}

static void test_testrun_rpl_spec_examples(void **state)
{
	(void)state;
	struct rsd_policy *p = compile_src("spec.rpl", SPEC_RPL);
	assert_non_null(p);
	int rc;
	unsigned np, nf;
	char *out = capture_tests(p, TODAY, true, &rc, &np, &nf);
	assert_int_equal(rc, 0);
	assert_int_equal(np, 3);
	assert_int_equal(nf, 0);
	assert_string_equal(out, "rules not exercised by any test:\n  spec.rpl:43: trade_secret_transit\n");
	free(out);

	struct rsd_diags d;
	diags_init(&d);
	struct arena a;
	arena_init(&a);
	struct pol_fact *f = compile_fact(p, "transfer of personal from DE to JP with encrypted in_transit", &a, &d);
	assert_non_null(f);
	out = capture_explain(p, f, TODAY, &rc);
	assert_int_equal(rc, 0);
	assert_non_null(strstr(out, "    personal, DE -> JP: skipped: "));
	assert_non_null(strstr(out, " did not match DE -> JP\n"));
	assert_non_null(strstr(out, "verdict: pass\n"));
	free(out);
	f = compile_fact(p, "transfer of customer_record from FR to US with mechanism EU_DPF", &a, &d);
	assert_non_null(f);
	out = capture_explain(p, f, D("2023-07-10"), &rc);
	assert_int_equal(rc, 1);
	assert_non_null(strstr(out, "    customer_record, FR -> US: applies\n      require mechanism in { EU_SCC, EU_BCR } "
				    "or (to in EU_DPF_COUNTRIES and mechanism EU_DPF): true\n      => pass\n"));
	assert_non_null(strstr(out, "      require encrypted in_transit: false\n      => violation\n"));
	assert_non_null(strstr(out, "verdict: violation trade_secret_transit\n"));
	free(out);
	out = capture_explain(p, f, D("2023-07-09"), &rc);
	assert_non_null(strstr(out, "verdict: violation eu_gdpr_transfer, trade_secret_transit\n"));
	free(out);
	arena_free(&a);
	diags_free(&d);
	policy_free(p);
}

static void test_testrun_rpl_semantics(void **state)
{
	(void)state;
	struct rsd_policy *p = compile_src("sem.rpl", SEM_RPL);
	assert_non_null(p);
	int rc;
	unsigned np, nf;
	char *out = capture_tests(p, TODAY, true, &rc, &np, &nf);
	if (nf)
		fputs(out, stderr);
	assert_int_equal(nf, 0);
	assert_int_equal(np, 22);
	assert_int_equal(rc, 0);
	assert_string_equal(out, "coverage: every rule was exercised by a test\n");
	free(out);
	policy_free(p);
}

/* the same tests with two expectations broken: both reported */
static void test_testrun_rpl_detects_failures(void **state)
{
	(void)state;
	struct strbuf sb = { 0 };
	sb_puts(&sb, SEM_RPL);
	char *anon = strstr(sb.s, "with anonymized\n  expect pass");
	assert_non_null(anon);
	sb.s[anon - sb.s] = '\0';
	struct strbuf s2 = { 0 };
	sb_puts(&s2, sb.s);
	sb_puts(&s2, "with anonymized\n  expect violation gdpr, big\n}\n");
	struct rsd_policy *p = compile_src("sem.rpl", s2.s);
	sb_free(&sb);
	sb_free(&s2);
	assert_non_null(p);
	int rc;
	unsigned np, nf;
	char *out = capture_tests(p, TODAY, false, &rc, &np, &nf);
	assert_int_equal(rc, 1);
	assert_int_equal(nf, 1);
	assert_int_equal(np, 21);
	assert_non_null(strstr(out, "  expected: violation big, gdpr\n  actual:   pass\n  missing:    big, gdpr\n"));
	free(out);
	policy_free(p);
}

/* ---------------------------------------------------------------- plans */

static void test_testrun_plan_names_and_endpoints(void **state)
{
	(void)state;
	struct rsd_policy *p = G.p;
	struct pol_fact *f[4];
	f[0] = fstore(p, "crm", "store crm of personal at DE", "DE", G.personal);
	f[1] = fstore(p, NULL, "store of personal at US", "US", G.personal);
	f[2] = ftransfer(p, NULL, "transfer of personal from crm to IN", NULL, "IN", G.personal);
	f[2]->from_store = 0;
	f[3] = ftransfer(p, "t", "transfer t of personal from DE to store#2", "DE", NULL, G.personal);
	f[3]->to_store = 1;
	struct pol_fact v[4] = { *f[0], *f[1], *f[2], *f[3] };
	struct rsd_plan *pl = testrun_plan(p, v, 4, "policy.rpl");
	assert_non_null(pl);
	assert_int_equal(pl->nstores, 2);
	assert_int_equal(pl->nflows, 2);
	assert_string_equal(pl->stores[1].name, "store#2");
	assert_string_equal(pl->flows[0].name, "transfer#3");
	assert_int_equal(pl->flows[0].from.store, 0);
	assert_int_equal(pl->flows[1].to.store, 1);
	assert_int_equal(pl->stores[0].pos.line, 50);
	plan_free(pl);
	/* an endpoint that is not an earlier store fact is refused */
	v[3].to_store = 2;
	assert_null(testrun_plan(p, v, 4, "policy.rpl"));
	v[3].to_store = 3;
	assert_null(testrun_plan(p, v, 4, "policy.rpl"));
}

/* ---------------------------------------------------------------- tests */

static void test_testrun_pass_fail_and_coverage(void **state)
{
	(void)state;
	struct gdpr g;
	fx_gdpr(&g);
	struct rsd_policy *p = g.p;
	p->files[1] = (struct pol_file){ "<lib>/gdpr.rpl", false };
	p->nfiles = 2;
	/* a rule in an imported file is not listed by coverage */
	struct pol_rule *lib = fx_rule(p, "lib_rule", RULE_STORE, g.trade);
	fx_require(lib, cx(p, COND_TRUE), "true");
	lib->loc.file = 1;
	policy_index(p);

	struct pol_fact *f[4];
	/* 1: passes: adequacy */
	f[0] = ftransfer(p, NULL, "transfer of personal from DE to JP", "DE", "JP", g.personal);
	add_test(p, 0, "EU to Japan relies on adequacy", DATE_NONE, f, 1, NULL, 0);
	/* 2: expected violation, actual pass (fails) */
	f[0] = fstore(p, NULL, "store of ru_citizen_personal at RU", "RU", g.ru_personal);
	int32_t e2[] = { 2 };
	add_test(p, 0, "wrongly expects a violation", DATE_NONE, f, 1, e2, 1);
	/* 3: expect exactly {eu_gdpr_transfer}; onward transfer keeps the origin */
	f[0] = fstore(p, "crm", "store crm of personal at DE", "DE", g.personal);
	f[1] = fstore(p, "us_dw", "store us_dw of personal at aws:us-east-1", "aws:us-east-1", g.personal);
	f[2] = ftransfer(p, NULL, "transfer of personal from crm to us_dw with mechanism EU_SCC", NULL, NULL, g.personal);
	f[2]->from_store = 0;
	f[2]->to_store = 1;
	f[2]->mechs[f[2]->nmechs++] = (struct pol_mech_attest){ g.SCC, DATE_MAX };
	f[3] = ftransfer(p, NULL, "transfer of personal from us_dw to IN", NULL, "IN", g.personal);
	f[3]->from_store = 1;
	int32_t e3[] = { 0 };
	add_test(p, 0, "onward transfer keeps the GDPR origin", DATE_NONE, f, 4, e3, 1);
	/* 4: as_of: the GB adequacy decision did not exist yet */
	f[0] = ftransfer(p, NULL, "transfer of personal from DE to GB", "DE", "GB", g.personal);
	add_test(p, 0, "GB before adequacy", D("2021-01-01"), f, 1, e3, 1);
	/* 5: expects pass, but a warning-severity rule fires (any severity counts) */
	f[0] = ftransfer(p, NULL, "transfer of trade_secret from DE to FR", "DE", "FR", g.trade);
	add_test(p, 0, "trade secrets in the clear", DATE_NONE, f, 1, NULL, 0);
	/* 6: in the imported file: not run */
	add_test(p, 1, "library test", DATE_NONE, f, 1, e2, 1);

	int rc;
	unsigned np, nf;
	char *out = capture_tests(p, TODAY, true, &rc, &np, &nf);
	assert_int_equal(rc, 1);
	assert_int_equal(np, 3);
	assert_int_equal(nf, 2);
	assert_non_null(strstr(out, "FAIL policy.rpl:42:1: test \"wrongly expects a violation\" (as_of 2026-11-28)\n"
				    "  facts:\n    store of ru_citizen_personal at RU\n"
				    "  expected: violation ru_localisation\n  actual:   pass\n"
				    "  missing:    ru_localisation\n"));
	assert_non_null(strstr(out, "FAIL policy.rpl:45:1: test \"trade secrets in the clear\""));
	assert_non_null(strstr(out, "  expected: pass\n  actual:   violation trade_secret_transit\n"
				    "  unexpected: trade_secret_transit\n  violations:\n"
				    "    [trade_secret_transit] transfer#1: trade_secret; DE -> FR\n"
				    "      failed: require encrypted in_transit\n"));
	assert_null(strstr(out, "onward transfer"));
	assert_null(strstr(out, "library test"));
	/* coverage: ru_localisation applied (test 2), the others too; lib_rule is not a root rule */
	assert_non_null(strstr(out, "coverage: every rule was exercised by a test\n"));
	free(out);

	/* a later default date: test 4 keeps its own as_of */
	out = capture_tests(p, D("2026-12-01"), false, &rc, &np, &nf);
	assert_int_equal(np, 3);
	assert_null(strstr(out, "GB before adequacy"));
	assert_null(strstr(out, "coverage"));
	free(out);
	policy_free(p);
}

static void test_testrun_coverage_lists_unexercised(void **state)
{
	(void)state;
	struct gdpr g;
	fx_gdpr(&g);
	struct rsd_policy *p = g.p;
	struct pol_fact *f[1];
	f[0] = ftransfer(p, NULL, "transfer of personal from DE to JP", "DE", "JP", g.personal);
	add_test(p, 0, "adequacy", DATE_NONE, f, 1, NULL, 0);
	int rc;
	unsigned np, nf;
	char *out = capture_tests(p, TODAY, true, &rc, &np, &nf);
	assert_int_equal(rc, 0);
	assert_int_equal(np, 1);
	assert_int_equal(nf, 0);
	/* DE -> JP is outside eu_gdpr_transfer's `to` scope: not exercised */
	assert_string_equal(out, "rules not exercised by any test:\n"
				 "  policy.rpl:10: eu_gdpr_transfer\n"
				 "  policy.rpl:11: trade_secret_transit\n"
				 "  policy.rpl:12: ru_localisation\n");
	free(out);
	policy_free(p);
}

/* ---------------------------------------------------------------- explain */

static void test_explain_transfer(void **state)
{
	(void)state;
	struct rsd_policy *p = G.p;
	int rc;
	struct pol_fact *f = ftransfer(p, NULL, "transfer of personal from DE to JP", "DE", "JP", G.personal);
	char *out = capture_explain(p, f, TODAY, &rc);
	assert_int_equal(rc, 0);
	assert_string_equal(out,
		"fact: transfer of personal from DE to JP\n"
		"on: 2026-11-28\n"
		"transfer transfer#1: from DE to JP; origin DE\n"
		"  eu_gdpr_transfer (policy.rpl:10, error)\n"
		"    personal, DE -> JP: skipped: `not (EEA + EU_ADEQUATE)` did not match DE -> JP\n"
		"  trade_secret_transit (policy.rpl:11, warning)\n"
		"    skipped: no class of the fact is in its scope (personal)\n"
		"  ru_localisation (policy.rpl:12, error)\n"
		"    skipped: a store rule\n"
		"verdict: pass\n");
	free(out);

	f = ftransfer(p, NULL, "transfer of personal from DE to US", "DE", "US", G.personal);
	out = capture_explain(p, f, TODAY, &rc);
	assert_int_equal(rc, 1);
	assert_non_null(strstr(out,
		"    personal, DE -> US: applies\n"
		"      require mechanism in { EU_SCC, EU_BCR } or (to in EU_DPF_COUNTRIES and mechanism EU_DPF): false\n"
		"      => violation\n"));
	assert_non_null(strstr(out, "verdict: violation eu_gdpr_transfer\n"));
	free(out);

	/* a false `when` (no when_text: its position), and a rule not yet in force */
	f->anonymized = true;
	out = capture_explain(p, f, TODAY, &rc);
	assert_int_equal(rc, 0);
	assert_non_null(strstr(out, "    personal, DE -> US: skipped: the `when` at policy.rpl:0:0 is false\n"));
	free(out);
	f->anonymized = false;
	out = capture_explain(p, f, D("2018-05-24"), &rc);
	assert_non_null(strstr(out, "    skipped: not in force on 2018-05-24 (since 2018-05-25)\n"));
	free(out);

	/* origin clause: from the US */
	f = ftransfer(p, NULL, "transfer of personal from US to IN", "US", "IN", G.personal);
	out = capture_explain(p, f, TODAY, &rc);
	assert_non_null(strstr(out, "    personal: skipped: `EEA` matched no origin country\n"));
	free(out);

	/* several pairs with the same trace are grouped */
	f = ftransfer(p, NULL, "transfer of personal from gcp:EU to US", "gcp:EU", "US", G.personal);
	out = capture_explain(p, f, TODAY, &rc);
	assert_non_null(strstr(out, "    personal, BE -> US, DE -> US, ES -> US, FI -> US, FR -> US, IT -> US, NL -> US, PL -> US: applies\n"));
	free(out);

	/* a store endpoint cannot be explained alone */
	f->from_store = 0;
	out = capture_explain(p, f, TODAY, &rc);
	assert_int_equal(rc, -1);
	assert_string_equal(out, "");
	free(out);
}

static void test_explain_store_and_replicas(void **state)
{
	(void)state;
	struct rsd_policy *p = G.p;
	int rc;
	struct pol_fact *f = fstore(p, "db", "store db of ru_citizen_personal at aws:eu-central-1 with replicas at US",
				    "aws:eu-central-1", G.ru_personal);
	f->replicas[f->nreplicas++] = fx_place(p, "US");
	char *out = capture_explain(p, f, TODAY, &rc);
	assert_int_equal(rc, 1);
	assert_non_null(strstr(out, "store db: placement DE, US; origin DE\n"
				    "  eu_gdpr_transfer (policy.rpl:10, error)\n"
				    "    skipped: a transfer rule\n"));
	assert_non_null(strstr(out, "  ru_localisation (policy.rpl:12, error)\n"
				    "    ru_citizen_personal: applies\n"
				    "      require primary in RU: false\n"
				    "      => violation\n"));
	assert_non_null(strstr(out, "transfer db (replica US): from DE to US; origin DE\n"));
	assert_non_null(strstr(out, "    ru_citizen_personal, DE -> US: applies\n"));
	assert_non_null(strstr(out, "verdict: violation eu_gdpr_transfer, ru_localisation\n"));
	free(out);
}

/* explain and check agree on the violated rules */
static void test_explain_agrees_with_eval(void **state)
{
	(void)state;
	struct rsd_policy *p = G.p;
	struct pol_fact *fs[6];
	fs[0] = ftransfer(p, NULL, "t", "DE", "US", G.personal);
	fs[1] = ftransfer(p, NULL, "t", "DE", "US", G.health);
	fs[1]->mechs[fs[1]->nmechs++] = (struct pol_mech_attest){ G.SCC, TODAY };
	fs[2] = ftransfer(p, NULL, "t", "gcp:EU", "aws:us-east-1", G.trade);
	fs[2]->enc_in_transit = true;
	fs[3] = fstore(p, NULL, "s", "RU", G.ru_personal);
	fs[3]->backups[fs[3]->nbackups++] = fx_place(p, "CH");
	fs[4] = fstore(p, NULL, "s", "IE", G.health);
	fs[4]->replicas[fs[4]->nreplicas++] = fx_place(p, "BR");
	fs[4]->mechs[fs[4]->nmechs++] = (struct pol_mech_attest){ G.BCR, DATE_MAX };
	fs[5] = ftransfer(p, NULL, "t", "US", "DE", G.personal);
	for (int i = 0; i < 6; i++) {
		int rc;
		char *out = capture_explain(p, fs[i], TODAY, &rc);
		struct rsd_plan *pl = testrun_plan(p, fs[i], 1, "");
		struct rsd_result *r = fx_check(p, pl, TODAY);
		int nviol = 0;
		for (uint32_t k = 0; k < r->nfindings; k++)
			if (r->findings[k].rule >= 0) {
				nviol++;
				char want[96];
				snprintf(want, sizeof want, "%s", finding_id(r->policy, &r->findings[k]));
				assert_non_null(strstr(strstr(out, "verdict: "), want));
			}
		assert_int_equal(rc, nviol > 0);
		result_free(r);
		plan_free(pl);
		free(out);
	}
}

int main(void)
{
	TODAY = D("2026-11-28");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_testrun_plan_names_and_endpoints),
		cmocka_unit_test(test_testrun_pass_fail_and_coverage),
		cmocka_unit_test(test_testrun_coverage_lists_unexercised),
		cmocka_unit_test(test_explain_transfer),
		cmocka_unit_test(test_explain_store_and_replicas),
		cmocka_unit_test(test_explain_agrees_with_eval),
		cmocka_unit_test(test_testrun_rpl_spec_examples),
		cmocka_unit_test(test_testrun_rpl_semantics),
		cmocka_unit_test(test_testrun_rpl_detects_failures),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
