/*
** test_eval_paths.c — the evaluator's fast paths against its general path.
**
** A flow of one class between two countries is decided by check_pair1 (one
** bit of a class's reach table for the scope, a finding made at once),
** unless the caller asks for the applied-rule records, which only the
** general path keeps.  Both must give the same findings, field by field:
** these tests judge thousands of generated flows (one and several classes,
** countries, multi-country locations, stores, attestations with and without
** expiry dates, waivers, stated and absent subject counts, stores with
** replicas and backups) both ways, under the standard library and under a
** policy with pair-dependent conditions, origins, `when` clauses, several
** requires per rule, and `via` / `subjects known` conditions.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "residency.h"
#include "eval.h"

static uint64_t rng_state;

static uint64_t rnd(void)	/* splitmix64: the same flows on every machine */
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static const char *pick(const char *const *v, size_t n)
{
	return v[rnd() % n];
}

#define N(a) (sizeof(a) / sizeof *(a))

struct world {
	const char *const *classes, *const *places, *const *mechs;
	size_t nclasses, nplaces, nmechs;
	const char *const *rules;	/* waivable rules */
	size_t nrules;
};

/* findings seen by judge_both_ways: of rules named r_via / r_known, on
   explicit flows and on implicit (replica, backup) transfers */
static uint32_t seen_via_flow, seen_via_implicit, seen_known_flow;

/* The two results must hold the same findings in the same order. */
static void assert_same(const struct rsd_result *a, const struct rsd_result *b)
{
	assert_int_equal(a->nfindings, b->nfindings);
	for (uint32_t i = 0; i < a->nfindings; i++) {
		const struct finding *x = &a->findings[i], *y = &b->findings[i];
		assert_int_equal(x->rule, y->rule);
		assert_string_equal(finding_id(a->policy, x), finding_id(b->policy, y));
		assert_int_equal(x->severity, y->severity);
		assert_int_equal(x->status, y->status);
		assert_int_equal(x->kind, y->kind);
		assert_string_equal(x->fact, y->fact);
		assert_int_equal(x->line, y->line);
		assert_true(bits_eq(finding_classes(x), finding_classes(y)));
		assert_int_equal(x->npairs, y->npairs);
		for (uint32_t k = 0; k < x->npairs; k++) {
			assert_int_equal(finding_pairs(x)[k].from, finding_pairs(y)[k].from);
			assert_int_equal(finding_pairs(x)[k].to, finding_pairs(y)[k].to);
		}
		assert_int_equal(x->nfailed, y->nfailed);
		for (uint32_t k = 0; k < x->nfailed; k++)
			assert_int_equal(finding_failed(x)[k], finding_failed(y)[k]);
		assert_ptr_equal(finding_waiver(x), finding_waiver(y));
	}
	for (int s = 0; s < 3; s++)
		assert_int_equal(a->counts[s], b->counts[s]);
	assert_int_equal(a->nwaived, b->nwaived);
}

/*
** nflows random flows (and a few stores, some flows from or to them), then
** the check twice.  Returns how many findings came from flows between two
** countries with one class (the fast path's share), so a test can tell
** that it exercised it.
*/
static uint32_t judge_both_ways(const rsd_policy *p, const struct world *w, int nflows,
				int nstores)
{
	rsd_diags *d = rsd_diags_new();
	rsd_plan *pl = rsd_plan_new(p, "paths");
	char name[32], sname[16][16];
	rsd_date past, soon, later;

	assert_int_equal(rsd_date_parse("2025-06-01", &past), 0);
	assert_int_equal(rsd_date_parse("2026-01-20", &soon), 0);
	assert_int_equal(rsd_date_parse("2027-06-01", &later), 0);
	for (int i = 0; i < nstores; i++) {
		snprintf(sname[i], sizeof sname[i], "s%d", i);
		const char *loc = pick(w->places, w->nplaces), *cls = pick(w->classes, w->nclasses);
		const char *rep = pick(w->places, w->nplaces), *bak = pick(w->places, w->nplaces);
		rsd_store_spec s = {0};
		s.name = sname[i];
		s.locations = &loc;
		s.nlocations = 1;
		s.classes = &cls;
		s.nclasses = 1;
		/* implicit transfers (via replica, via backup) */
		s.replicas = &rep;
		s.nreplicas = rnd() % 2;
		s.backups = &bak;
		s.nbackups = rnd() % 2;
		s.subjects = rnd() % 2 ? (double)(rnd() % 1000) : 0;	/* 0: not stated */
		if (i == 0) {	/* one for sure: the world's last class, a backup, no count */
			cls = w->classes[w->nclasses - 1];
			s.nbackups = 1;
			s.subjects = 0;
		}
		if (rsd_plan_add_store(pl, p, &s, d) != 0) {
			rsd_diags_print(d, stderr, 0);
			fail();
		}
	}
	for (int i = 0; i < nflows; i++) {
		const char *cls[3], *from, *to;
		size_t nc = 1 + (rnd() % 4 == 0) + (rnd() % 8 == 0);
		for (size_t k = 0; k < nc; k++)
			cls[k] = pick(w->classes, w->nclasses);
		from = nstores && rnd() % 10 == 0 ? sname[rnd() % (unsigned)nstores] : pick(w->places, w->nplaces);
		to = nstores && rnd() % 10 == 0 ? sname[rnd() % (unsigned)nstores] : pick(w->places, w->nplaces);
		rsd_mechanism_spec ms[3];
		size_t nm = rnd() % 3;
		for (size_t k = 0; k < nm; k++) {
			uint64_t r = rnd() % 6;
			ms[k] = (rsd_mechanism_spec){ pick(w->mechs, w->nmechs),
						      r == 0 ? soon : r == 1 ? later : RSD_DATE_NONE, NULL };
		}
		snprintf(name, sizeof name, "f%d", i);
		rsd_flow_spec f = {0};
		f.name = name;
		f.from = from;
		f.to = to;
		f.classes = cls;
		f.nclasses = nc;
		f.encrypted_in_transit = (int)(rnd() % 2);
		f.pseudonymized = rnd() % 4 == 0;
		f.subjects = rnd() % 2 ? (double)(rnd() % 1000) : 0;	/* 0: not stated */
		f.mechanisms = ms;
		f.nmechanisms = nm;
		if (rsd_plan_add_flow(pl, p, &f, d) != 0) {
			rsd_diags_print(d, stderr, 0);
			fail();
		}
		if (rnd() % 40 == 0 && rsd_plan_add_waiver(pl, p, pick(w->rules, w->nrules), name, "test",
							   rnd() % 3 ? later : past, d) != 0) {
			rsd_diags_print(d, stderr, 0);
			fail();
		}
	}
	if (rsd_plan_add_waiver(pl, p, w->rules[0], "*", "all", soon, d) != 0) {
		rsd_diags_print(d, stderr, 0);
		fail();
	}

	rsd_check_opts o;
	rsd_check_opts_init(&o);
	assert_int_equal(rsd_date_parse("2026-01-01", &o.as_of), 0);
	rsd_result *fast = rsd_check(p, pl, &o);
	o.record_applied = 1;
	rsd_result *general = rsd_check(p, pl, &o);
	assert_int_equal(fast->napplied, 0);
	assert_true(general->napplied > 0);
	assert_same(fast, general);

	/* the fast path's share: transfer findings of one class, one pair */
	uint32_t share = 0;
	for (uint32_t i = 0; i < fast->nfindings; i++) {
		const struct finding *f = &fast->findings[i];
		share += f->kind == FINDING_TRANSFER && f->rule >= 0 && f->npairs == 1 &&
			 bits_count(finding_classes(f)) == 1;
		bool implicit = strchr(f->fact, '(') != NULL;
		if (strcmp(finding_id(fast->policy, f), "r_via") == 0)
			(*(implicit ? &seen_via_implicit : &seen_via_flow))++;
		if (strcmp(finding_id(fast->policy, f), "r_known") == 0 && !implicit)
			seen_known_flow++;
	}
	rsd_result_free(fast);
	rsd_result_free(general);
	rsd_plan_free(pl);
	rsd_diags_free(d);
	return share;
}

/* A plan of places only (most findings on the one-step path), then one
   with stores too; seed and seed + 1 pick their flows. */
static void two_plans(const rsd_policy *p, const struct world *w, uint64_t seed, int nstores)
{
	rng_state = seed;
	assert_true(judge_both_ways(p, w, 4000, 0) > 100);
	rng_state = seed + 1;
	judge_both_ways(p, w, 3000, nstores);
}

static void test_paths_standard_library(void **state)
{
	(void)state;
	static const char *const classes[] = {
		"personal", "health", "biometric", "children", "trade_secret", "payment",
		"ru_citizen_personal", "cn_important_data", "public_data", "special_category",
	};
	static const char *const places[] = {
		"DE", "FR", "US", "CN", "RU", "IN", "BR", "GB", "CH", "JP", "IE", "SG",
		"aws:eu-central-1", "aws:us-east-1", "gcp:EU", "gcp:US", "azure:westeurope",
		"aws:cn-north-1", "gcp:asia-south1",
	};
	static const char *const mechs[] = { "EU_SCC", "EU_BCR", "EU_DPF", "UK_IDTA", "CN_STANDARD_CONTRACT",
					     "RU_RKN_NOTIFICATION", "BR_SCC" };
	static const char *const rules[] = { "eu_gdpr_transfer", "cn_pipl_transfer", "ru_localisation" };
	rsd_compile_opts co;
	rsd_compile_opts_init(&co);
	co.use_env = 0;
	rsd_diags *d = rsd_diags_new();
	rsd_policy *p = rsd_policy_default(&co, d);
	assert_non_null(p);
	struct world w = { classes, places, mechs, N(classes), N(places), N(mechs), rules, N(rules) };
	two_plans(p, &w, 1, 6);
	rsd_policy_free(p);
	rsd_diags_free(d);
}

static const char own_policy[] =
	"levels low < mid < high\n"
	"class a { sensitivity low }\n"
	"class b : a { sensitivity high }\n"
	"class c { sensitivity mid }\n"
	"mechanism M1\nmechanism M2\nmechanism M3\n"
	"region EU = { DE, FR, IE }\n"
	"region FAR = { US, JP, CN }\n"
	"location x:eu \"two countries\" = { DE, FR }\n"
	"location x:far = { US, JP }\n"
	"rule r_two_requires \"two requires\" {\n"
	"  on transfer of a from EU to not EU\n"
	"  require mechanism M1\n"
	"  require encrypted in_transit or pseudonymized\n"
	"}\n"
	"rule r_pair \"pair-dependent\" {\n"
	"  on transfer of a\n"
	"  when to in FAR and not from in FAR\n"
	"  require mechanism in { M2, M3 }\n"
	"}\n"
	"rule r_origin \"origin\" {\n"
	"  on transfer of c origin EU to FAR\n"
	"  require mechanism M3\n"
	"}\n"
	"rule r_sens {\n"
	"  on transfer of a to not DE\n"
	"  when sensitivity >= high\n"
	"  require false\n"
	"}\n"
	"rule q_warn \"a warning sorted before the others\" {\n"
	"  on transfer of { a, c }\n"
	"  require mechanism M2 or from in EU\n"
	"  severity warning\n"
	"}\n"
	"rule r_via \"the kind of transfer, pair-dependent\" {\n"
	"  on transfer of c\n"
	"  when not via flow or to in FAR\n"
	"  require subjects known and subjects < 500 or via replica\n"
	"}\n"
	"rule r_known \"a count or an attestation\" {\n"
	"  on transfer of a to FAR\n"
	"  when via flow\n"
	"  require subjects known or mechanism M1\n"
	"  require not via backup\n"
	"}\n"
	"rule r_store_known {\n"
	"  on store of b\n"
	"  require subjects known\n"
	"  severity info\n"
	"}\n";

static void test_paths_own_policy(void **state)
{
	(void)state;
	static const char *const classes[] = { "a", "b", "c" };
	static const char *const places[] = { "DE", "FR", "IE", "US", "JP", "CN", "BR", "x:eu", "x:far" };
	static const char *const mechs[] = { "M1", "M2", "M3" };
	static const char *const rules[] = { "r_two_requires", "r_pair", "q_warn" };
	rsd_compile_opts co;
	rsd_compile_opts_init(&co);
	co.use_env = co.use_builtin = 0;
	rsd_diags *d = rsd_diags_new();
	rsd_policy *p = rsd_policy_compile_string("own.rpl", own_policy, sizeof own_policy - 1, &co, d);
	if (!p)
		rsd_diags_print(d, stderr, 0);
	assert_non_null(p);
	struct world w = { classes, places, mechs, N(classes), N(places), N(mechs), rules, N(rules) };
	seen_via_flow = seen_via_implicit = seen_known_flow = 0;
	two_plans(p, &w, 3, 12);
	/* the via / subjects known rules were decided both ways, and fired */
	assert_true(seen_via_flow > 10);
	assert_true(seen_via_implicit > 0);
	assert_true(seen_known_flow > 10);
	rsd_policy_free(p);
	rsd_diags_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paths_standard_library),
		cmocka_unit_test(test_paths_own_policy),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
