/*
** test_eval.c — the evaluator (LANGUAGE.md §5, TOOL.md §1) on hand-built
** policies and plans.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <cmocka.h>

#include "evalfix.h"

static struct gdpr G;

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

static rdate TODAY;

/* ---------------------------------------------------------------- stores */

static void test_eval_store_rule(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.yaml");
	fx_store(pl, G.p, "fra", "aws:eu-central-1", G.ru_personal, 3);
	fx_store(pl, G.p, "msk", "RU", G.ru_personal, 7);
	fx_store(pl, G.p, "plain", "DE", G.personal, 9);	/* parent class: rule not in scope */
	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_int_equal(fx_count(r, "ru_localisation"), 1);
	const struct finding *f = fx_find(r, "ru_localisation", "fra");
	assert_non_null(f);
	assert_int_equal(f->kind, FINDING_STORE);
	assert_int_equal(f->line, 3);
	assert_int_equal(f->nfailed, 1);
	assert_int_equal(finding_failed(f)[0], 0);
	assert_true(bits_has(finding_classes(f), (unsigned)G.ru_personal));
	assert_string_equal(finding_file(r, f), "plan.yaml");
	assert_int_equal(r->counts[SEV_ERROR], 1);
	assert_int_equal(r->nfacts, 3);
	assert_false(result_passes(r, SEV_ERROR));
	assert_true(result_passes(r, -1));
	result_free(r);
	plan_free(pl);
}

/* store `in R`: some placement country (replicas and backups count) */
static void test_eval_store_in_scope(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	int c = fx_class(p, "personal", -1, 2);
	int eu = fx_slot(p, sx_const(p, "DE FR"));
	struct pol_rule *r = fx_rule(p, "eu_encrypted", RULE_STORE, c);
	r->in_slot = eu;
	fx_require(r, cx(p, COND_ENC_AT_REST), "encrypted at_rest");
	policy_index(p);
	struct rsd_plan *pl = plan_new("p.yaml");
	fx_store(pl, p, "us", "US", c, 1);
	struct plan_store *s = fx_store(pl, p, "us_bk_de", "US", c, 2);
	fx_replica(s, p, "FR", 3, true);
	fx_store(pl, p, "de", "DE", c, 4)->enc_at_rest = true;
	struct rsd_result *res = fx_check(p, pl, TODAY);
	assert_int_equal(fx_count(res, "eu_encrypted"), 1);
	assert_non_null(fx_find(res, "eu_encrypted", "us_bk_de"));
	result_free(res);
	plan_free(pl);
	policy_free(p);
}

/* ---------------------------------------------------------------- transfers */

static void test_eval_transfer_mechanisms(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.yaml");
	fx_flow(pl, G.p, "to_jp", "DE", "JP", G.personal, 1);
	fx_flow(pl, G.p, "to_us", "DE", "US", G.personal, 2);
	struct plan_flow *f = fx_flow(pl, G.p, "to_us_scc", "DE", "US", G.personal, 3);
	fx_flow_attest(pl, f, G.SCC, DATE_MAX);
	f = fx_flow(pl, G.p, "to_us_scc_expired", "DE", "US", G.personal, 4);
	fx_flow_attest(pl, f, G.SCC, TODAY);	/* valid strictly before */
	f = fx_flow(pl, G.p, "to_us_scc_tomorrow", "DE", "US", G.personal, 5);
	fx_flow_attest(pl, f, G.SCC, TODAY + 1);
	f = fx_flow(pl, G.p, "to_us_anon", "DE", "US", G.personal, 6);
	f->anonymized = true;	/* `when not anonymized` */
	fx_flow(pl, G.p, "us_to_in", "US", "IN", G.personal, 7);	/* origin US: out of scope */
	fx_flow(pl, G.p, "de_to_de", "DE", "DE", G.personal, 8);

	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_int_equal(fx_count(r, "eu_gdpr_transfer"), 2);
	const struct finding *v = fx_find(r, "eu_gdpr_transfer", "to_us");
	assert_non_null(v);
	assert_int_equal(v->kind, FINDING_TRANSFER);
	assert_int_equal(v->npairs, 1);
	assert_int_equal(finding_pairs(v)[0].from, fx_cc("DE"));
	assert_int_equal(finding_pairs(v)[0].to, fx_cc("US"));
	assert_int_equal(v->nfailed, 1);
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "to_us_scc_expired"));
	/* the tomorrow-expiring SCC is valid and reported as expiring */
	const struct finding *x = fx_find(r, "expiring", "to_us_scc_tomorrow");
	assert_non_null(x);
	assert_int_equal(x->severity, SEV_WARNING);
	assert_int_equal(x->kind, FINDING_TRANSFER);
	assert_null(fx_find(r, "expiring", "to_us_scc"));
	result_free(r);
	plan_free(pl);
}

/* dated regions (DPF since 2023-07-10, GB adequate since 2021-06-28) and
   dated rules (since 2018-05-25) */
static void test_eval_dates(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.yaml");
	struct plan_flow *f = fx_flow(pl, G.p, "dpf", "DE", "US", G.personal, 1);
	fx_flow_attest(pl, f, G.DPFM, DATE_MAX);
	fx_flow(pl, G.p, "gb", "DE", "GB", G.personal, 2);

	struct rsd_result *r = fx_check(G.p, pl, D("2023-07-09"));
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "dpf"));
	assert_null(fx_find(r, "eu_gdpr_transfer", "gb"));
	result_free(r);
	r = fx_check(G.p, pl, D("2023-07-10"));
	assert_null(fx_find(r, "eu_gdpr_transfer", "dpf"));
	result_free(r);
	r = fx_check(G.p, pl, D("2021-06-27"));
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "gb"));
	result_free(r);
	r = fx_check(G.p, pl, D("2018-05-24"));	/* before the rule exists */
	assert_int_equal(r->nfindings, 0);
	result_free(r);
	plan_free(pl);

	/* until: the rule exists on dates before it */
	struct rsd_policy *p = fx_policy();
	int c = fx_class(p, "x", -1, 0);
	struct pol_rule *rr = fx_rule(p, "old", RULE_STORE, c);
	fx_require(rr, cx(p, COND_FALSE), "false");
	rr->until = D("2020-01-01");
	policy_index(p);
	pl = plan_new("");
	fx_store(pl, p, "s", "DE", c, 1);
	r = fx_check(p, pl, D("2019-12-31"));
	assert_int_equal(fx_count(r, "old"), 1);
	result_free(r);
	r = fx_check(p, pl, D("2020-01-01"));
	assert_int_equal(fx_count(r, "old"), 0);
	result_free(r);
	plan_free(pl);
	policy_free(p);
}

/* §5.1 implicit transfers: named, positioned at the entry, carrying the
   store's classes, mechanisms and replication encryption */
static void test_eval_implicit_transfers(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.yaml");
	struct plan_store *s = fx_store(pl, G.p, "orders", "aws:eu-west-1", G.personal, 10);
	bits_set(&s->classes, (unsigned)G.trade);
	fx_replica(s, G.p, "aws:us-east-1", 12, false);
	fx_replica(s, G.p, "aws:eu-central-1", 13, false);
	fx_replica(s, G.p, "JP", 14, true);
	s = fx_store(pl, G.p, "covered", "DE", G.personal, 20);
	fx_replica(s, G.p, "US", 21, false);
	fx_attest(s->mechs, &s->nmechs, G.SCC, DATE_MAX);
	s->enc_in_transit = true;

	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_int_equal(r->nimplicit, 4);
	assert_int_equal(r->nfacts, 6);
	const struct finding *f = fx_find(r, "eu_gdpr_transfer", "orders (replica aws:us-east-1)");
	assert_non_null(f);
	assert_int_equal(f->line, 12);
	assert_int_equal(f->col, 9);
	assert_int_equal(finding_pairs(f)[0].from, fx_cc("IE"));
	assert_int_equal(finding_pairs(f)[0].to, fx_cc("US"));
	assert_null(fx_find(r, "eu_gdpr_transfer", "orders (backup JP)"));
	/* trade secrets unencrypted on every replica/backup, incl. IE -> DE */
	assert_int_equal(fx_count(r, "trade_secret_transit"), 3);
	f = fx_find(r, "trade_secret_transit", "orders (backup JP)");
	assert_non_null(f);
	assert_int_equal(f->severity, SEV_WARNING);
	assert_true(bits_has(finding_classes(f), (unsigned)G.trade));
	assert_false(bits_has(finding_classes(f), (unsigned)G.personal));
	assert_null(fx_find(r, "eu_gdpr_transfer", "covered (replica US)"));
	result_free(r);
	plan_free(pl);
}

/* §5.3: origin through a chain, through a cycle, from a bare place, and
   class by class */
static void test_eval_origin_chain_cycle(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.yaml");
	fx_store(pl, G.p, "crm", "DE", G.personal, 1);
	fx_store(pl, G.p, "us_dw", "aws:us-east-1", G.personal, 2);
	fx_store(pl, G.p, "a", "US", G.personal, 3);
	fx_store(pl, G.p, "b", "US", G.personal, 4);
	fx_store(pl, G.p, "c", "US", G.personal, 5);
	fx_store(pl, G.p, "h", "US", G.health, 6);
	struct plan_flow *f = fx_flow(pl, G.p, "crm_dw", "crm", "us_dw", G.personal, 10);
	fx_flow_attest(pl, f, G.SCC, DATE_MAX);
	fx_flow(pl, G.p, "dw_in", "us_dw", "IN", G.personal, 11);
	/* cycle a <-> b, fed from DE as a bare place */
	f = fx_flow(pl, G.p, "de_a", "DE", "a", G.personal, 12);
	fx_flow_attest(pl, f, G.BCR, DATE_MAX);
	fx_flow(pl, G.p, "a_b", "a", "b", G.personal, 13);
	fx_flow(pl, G.p, "b_a", "b", "a", G.personal, 14);
	fx_flow(pl, G.p, "b_in", "b", "IN", G.personal, 15);
	/* health data from DE into h does not make h's personal data European */
	f = fx_flow(pl, G.p, "de_h", "DE", "h", G.health, 16);
	fx_flow_attest(pl, f, G.SCC, DATE_MAX);
	f->enc_in_transit = true;
	struct plan_flow *g = fx_flow(pl, G.p, "h_in_personal", "h", "IN", G.personal, 17);
	(void)g;
	f = fx_flow(pl, G.p, "h_in_health", "h", "IN", G.health, 18);
	f->enc_in_transit = true;
	fx_flow(pl, G.p, "c_in", "c", "IN", G.personal, 19);

	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "dw_in"));
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "b_in"));
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "a_b"));
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "b_a"));
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "h_in_health"));
	assert_null(fx_find(r, "eu_gdpr_transfer", "h_in_personal"));
	assert_null(fx_find(r, "eu_gdpr_transfer", "c_in"));
	assert_null(fx_find(r, "eu_gdpr_transfer", "crm_dw"));
	result_free(r);
	plan_free(pl);
}

/* A chain of 100,000 stores (no recursion), checked well under a second. */
static void test_eval_origin_long_chain(void **state)
{
	(void)state;
	enum { N = 100000 };
	struct rsd_plan *pl = plan_new("plan.yaml");
	char name[32], prev[32];
	fx_store(pl, G.p, "s0", "DE", G.personal, 1);
	for (int i = 1; i < N; i++) {
		snprintf(name, sizeof name, "s%d", i);
		fx_store(pl, G.p, name, "US", G.personal, (uint32_t)i + 1);
	}
	/* flows added in reverse order, so topological order is not input order */
	for (int i = N - 1; i >= 1; i--) {
		snprintf(prev, sizeof prev, "s%d", i - 1);
		snprintf(name, sizeof name, "s%d", i);
		struct plan_flow *f = fx_flow(pl, G.p, name, prev, name, G.personal, (uint32_t)(N + i));
		fx_flow_attest(pl, f, G.SCC, DATE_MAX);
	}
	snprintf(name, sizeof name, "s%d", N - 1);
	fx_flow(pl, G.p, "last", name, "IN", G.personal, 3 * N);
	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_int_equal(r->nfacts, 2 * N);
	assert_int_equal(fx_count(r, "eu_gdpr_transfer"), 1);
	assert_non_null(fx_find(r, "eu_gdpr_transfer", "last"));
	result_free(r);
	plan_free(pl);
}

/* Pair-dependent rules: per (source, destination) country; pairs sorted and
   merged over classes; failed requires listed once. */
static void test_eval_pairs(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	int c1 = fx_class(p, "a", -1, 0), c2 = fx_class(p, "b", -1, 0);
	fx_location(p, "gcp:EU", -1, "BE DE FR", NO_SLOT);
	int de = fx_slot(p, sx_const(p, "DE"));
	int us = fx_slot(p, sx_const(p, "US"));
	struct pol_rule *r = fx_rule(p, "pairs", RULE_TRANSFER, -1);
	bits_set(&r->classes, (unsigned)c1);
	bits_set(&r->classes, (unsigned)c2);
	/* when: not (from DE to US); require: from in DE */
	fx_when(r, cx_not(p, cx_bin(p, COND_AND, cx_slot(p, COND_FROM_IN, de), cx_slot(p, COND_TO_IN, us))));
	fx_require(r, cx(p, COND_TRUE), "true");
	fx_require(r, cx_slot(p, COND_FROM_IN, de), "from in DE");
	policy_index(p);
	struct rsd_plan *pl = plan_new("");
	struct plan_flow *f = fx_flow(pl, p, "f", "gcp:EU", "gcp:EU", c1, 1);
	fx_flow_class(pl, f, c2);
	fx_flow(pl, p, "g", "DE", "US", c1, 2);	/* when false: not applied */
	struct rsd_result *res = fx_check(p, pl, TODAY);
	const struct finding *v = fx_find(res, "pairs", "f");
	assert_non_null(v);
	assert_int_equal(v->npairs, 6);	/* {BE, FR} x {BE, DE, FR} */
	const char *want[6][2] = { { "BE", "BE" }, { "BE", "DE" }, { "BE", "FR" },
				   { "FR", "BE" }, { "FR", "DE" }, { "FR", "FR" } };
	for (int i = 0; i < 6; i++) {
		assert_int_equal(finding_pairs(v)[i].from, fx_cc(want[i][0]));
		assert_int_equal(finding_pairs(v)[i].to, fx_cc(want[i][1]));
	}
	assert_int_equal(v->nfailed, 1);
	assert_int_equal(finding_failed(v)[0], 1);
	assert_int_equal(bits_count(finding_classes(v)), 2);
	assert_null(fx_find(res, "pairs", "g"));
	/* applied records: f violated, g not applied */
	uint32_t nf = 0;
	for (uint32_t i = 0; i < res->napplied; i++) {
		assert_string_equal(res->applied[i].fact, "f");
		assert_ptr_equal(&res->findings[res->applied[i].finding], v);
		nf++;
	}
	assert_int_equal(nf, 1);
	result_free(res);
	plan_free(pl);
	policy_free(p);
}

/* ---------------------------------------------------------------- atoms */

static struct eval_ctx ctx_store(const struct bits *sets)
{
	struct eval_ctx x;
	memset(&x, 0, sizeof x);
	x.sets = sets;
	x.store = true;
	x.placement = fx_countries("DE FR");
	x.primary = fx_countries("DE");
	x.origin = fx_countries("DE");
	x.operators = fx_countries("US");
	x.sens = 2;
	return x;
}

static void test_eval_atoms(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	int eu = fx_slot(p, sx_const(p, "DE FR IT"));
	int de = fx_slot(p, sx_const(p, "DE"));
	int m = fx_mech(p, "M");
	struct bits *sets = policy_sets_at(p, TODAY);
	struct eval_ctx x = ctx_store(sets);

	assert_true(eval_cond(cx_slot(p, COND_LOCATION_IN, eu), &x, -1, -1));
	assert_false(eval_cond(cx_slot(p, COND_LOCATION_IN, de), &x, -1, -1));
	assert_true(eval_cond(cx_slot(p, COND_PRIMARY_IN, de), &x, -1, -1));
	assert_true(eval_cond(cx_slot(p, COND_ORIGIN_IN, de), &x, -1, -1));
	assert_false(eval_cond(cx_slot(p, COND_OPERATOR_IN, eu), &x, -1, -1));
	/* key: none declared -> in nothing, not colocated */
	assert_false(eval_cond(cx_slot(p, COND_KEY_IN, eu), &x, -1, -1));
	assert_false(eval_cond(cx(p, COND_KEY_COLOCATED), &x, -1, -1));
	x.has_key = true;
	x.key = fx_countries("FR");
	assert_true(eval_cond(cx_slot(p, COND_KEY_IN, eu), &x, -1, -1));
	assert_true(eval_cond(cx(p, COND_KEY_COLOCATED), &x, -1, -1));
	x.key = fx_countries("US");
	assert_false(eval_cond(cx(p, COND_KEY_COLOCATED), &x, -1, -1));
	/* empty origin / placement is in nothing */
	bits_clear(&x.origin);
	assert_false(eval_cond(cx_slot(p, COND_ORIGIN_IN, eu), &x, -1, -1));
	/* flags */
	assert_false(eval_cond(cx(p, COND_ENC_AT_REST), &x, -1, -1));
	x.enc_at_rest = x.enc_in_transit = x.pseudonymized = x.anonymized = true;
	assert_true(eval_cond(cx(p, COND_ENC_AT_REST), &x, -1, -1));
	assert_true(eval_cond(cx(p, COND_ENC_IN_TRANSIT), &x, -1, -1));
	assert_true(eval_cond(cx(p, COND_PSEUDONYMIZED), &x, -1, -1));
	assert_true(eval_cond(cx(p, COND_ANONYMIZED), &x, -1, -1));
	/* sensitivity and subjects (absent: 0) */
	assert_true(eval_cond(cx_cmp(p, COND_SENSITIVITY, CMP_GE, 2), &x, -1, -1));
	assert_false(eval_cond(cx_cmp(p, COND_SENSITIVITY, CMP_GT, 2), &x, -1, -1));
	assert_true(eval_cond(cx_cmp(p, COND_SUBJECTS, CMP_EQ, 0), &x, -1, -1));
	assert_false(eval_cond(cx_cmp(p, COND_SUBJECTS, CMP_GT, 0), &x, -1, -1));
	x.subjects = 2000000;
	assert_true(eval_cond(cx_cmp(p, COND_SUBJECTS, CMP_GE, 1000000), &x, -1, -1));
	assert_true(eval_cond(cx_cmp(p, COND_SUBJECTS, CMP_NE, 1), &x, -1, -1));
	/* mechanisms and from/to are transfer atoms */
	x.mechs = fx_countries("");
	bits_set(&x.mechs, (unsigned)m);
	assert_false(eval_cond(cx_mech(p, m, -1), &x, -1, -1));
	x.store = false;
	assert_true(eval_cond(cx_mech(p, m, -1), &x, -1, -1));
	assert_true(eval_cond(cx_slot(p, COND_FROM_IN, de), &x, fx_cc("DE"), fx_cc("US")));
	assert_false(eval_cond(cx_slot(p, COND_TO_IN, de), &x, fx_cc("DE"), fx_cc("US")));
	assert_false(eval_cond(cx_slot(p, COND_FROM_IN, de), &x, -1, -1));
	/* precedence is the tree's: not, and, or */
	assert_true(eval_cond(cx_bin(p, COND_OR, cx(p, COND_FALSE), cx_not(p, cx(p, COND_FALSE))), &x, -1, -1));
	assert_false(eval_cond(cx_bin(p, COND_AND, cx(p, COND_TRUE), cx(p, COND_FALSE)), &x, -1, -1));
	xfree(sets);
	policy_free(p);
}

static struct cond *cx_via(struct rsd_policy *p, enum via_kind via)
{
	struct cond *c = cx(p, COND_VIA);
	c->via = via;
	return c;
}

/* `via K` and `subjects known` as atoms (added 2026-12) */
static void test_eval_via_known_atoms(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	struct bits *sets = policy_sets_at(p, TODAY);
	struct eval_ctx x = ctx_store(sets);
	struct cond *known = cx(p, COND_SUBJECTS_KNOWN);

	/* a store is no transfer: every `via` is false there */
	for (int k = VIA_FLOW; k <= VIA_BACKUP; k++)
		assert_false(eval_cond(cx_via(p, (enum via_kind)k), &x, -1, -1));
	/* absent count: not known, and compares as 0 */
	assert_false(eval_cond(known, &x, -1, -1));
	assert_true(eval_cond(cx_cmp(p, COND_SUBJECTS, CMP_LT, 1000000), &x, -1, -1));
	x.has_subjects = true;
	assert_true(eval_cond(known, &x, -1, -1));
	x.subjects = 0;	/* a stated 0 is known */
	assert_true(eval_cond(known, &x, -1, -1));
	/* transfers: exactly the kind */
	x.store = false;
	for (int t = VIA_FLOW; t <= VIA_BACKUP; t++) {
		x.via = (enum via_kind)t;
		for (int k = VIA_FLOW; k <= VIA_BACKUP; k++)
			assert_int_equal(eval_cond(cx_via(p, (enum via_kind)k), &x, -1, -1), k == t);
		assert_int_equal(eval_cond(cx_not(p, cx_via(p, VIA_FLOW)), &x, fx_cc("DE"), fx_cc("US")),
				 t != VIA_FLOW);
	}
	x.has_subjects = false;
	assert_false(eval_cond(known, &x, -1, -1));
	xfree(sets);
	policy_free(p);
}

/*
** The whole evaluator: the kind of each transfer (explicit flow, replica,
** backup) and whether each fact states its count, on both decision paths
** (one class between two countries without applied records: check_pair1;
** with records: the general path).
*/
static void test_eval_via_known_plan(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	int cls = fx_class(p, "personal", -1, 2);
	struct pol_rule *r = fx_rule(p, "flows_only", RULE_TRANSFER, cls);
	fx_require(r, cx_via(p, VIA_FLOW), "via flow");
	r = fx_rule(p, "no_backup", RULE_TRANSFER, cls);
	fx_when(r, cx_via(p, VIA_BACKUP));
	fx_require(r, cx(p, COND_FALSE), "false");
	r = fx_rule(p, "known_transfer", RULE_TRANSFER, cls);
	fx_when(r, cx_not(p, cx_via(p, VIA_REPLICA)));
	fx_require(r, cx_bin(p, COND_AND, cx(p, COND_SUBJECTS_KNOWN),
			     cx_cmp(p, COND_SUBJECTS, CMP_LT, 1000)), "subjects known and subjects < 1000");
	r = fx_rule(p, "known_store", RULE_STORE, cls);
	fx_require(r, cx(p, COND_SUBJECTS_KNOWN), "subjects known");
	policy_index(p);

	struct rsd_plan *pl = plan_new("plan.yaml");
	struct plan_store *s = fx_store(pl, p, "db", "DE", cls, 1);
	fx_replica(s, p, "FR", 2, false);
	fx_replica(s, p, "JP", 3, true);
	s = fx_store(pl, p, "zero", "DE", cls, 5);	/* states 0 subjects */
	s->has_subjects = true;
	fx_replica(s, p, "FR", 6, true);
	fx_flow(pl, p, "unknown", "DE", "US", cls, 10);
	struct plan_flow *f = fx_flow(pl, p, "counted", "DE", "US", cls, 11);
	f->has_subjects = true;
	plan_flow_set_subjects(pl, f, 10);
	f = fx_flow(pl, p, "many", "DE", "US", cls, 12);
	f->has_subjects = true;
	plan_flow_set_subjects(pl, f, 5000);
	fx_flow(pl, p, "from_store", "db", "US", cls, 13);	/* a flow, not a replica */

	for (int applied = 0; applied < 2; applied++) {
		struct eval_opts o = { TODAY, 30, applied };
		struct rsd_result *res = eval_check(p, pl, &o);
		/* via flow: only the replicas and backups violate it */
		assert_int_equal(fx_count(res, "flows_only"), 3);
		assert_non_null(fx_find(res, "flows_only", "db (replica FR)"));
		assert_non_null(fx_find(res, "flows_only", "db (backup JP)"));
		assert_non_null(fx_find(res, "flows_only", "zero (backup FR)"));
		/* via backup: the backups only */
		assert_int_equal(fx_count(res, "no_backup"), 2);
		assert_non_null(fx_find(res, "no_backup", "db (backup JP)"));
		assert_non_null(fx_find(res, "no_backup", "zero (backup FR)"));
		/* subjects known: absent fails, a stated 0 or 10 passes */
		assert_non_null(fx_find(res, "known_transfer", "unknown"));
		assert_null(fx_find(res, "known_transfer", "counted"));
		assert_non_null(fx_find(res, "known_transfer", "many"));
		assert_non_null(fx_find(res, "known_transfer", "from_store"));
		assert_non_null(fx_find(res, "known_transfer", "db (backup JP)"));
		assert_null(fx_find(res, "known_transfer", "db (replica FR)"));	/* when: not via replica */
		assert_null(fx_find(res, "known_transfer", "zero (backup FR)"));
		assert_int_equal(fx_count(res, "known_transfer"), 4);
		assert_non_null(fx_find(res, "known_store", "db"));
		assert_null(fx_find(res, "known_store", "zero"));
		result_free(res);
	}
	plan_free(pl);
	policy_free(p);
}

static void test_eval_attrs_typed(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	struct eval_ctx x;
	memset(&x, 0, sizeof x);
	struct pol_attr attrs[] = {
		{ "tier", { VAL_NUM, NULL, 1, false } },
		{ "owner", { VAL_STR, "team-a", 0, false } },
		{ "empty", { VAL_STR, "", 0, false } },
		{ "zero", { VAL_NUM, NULL, 0, false } },
		{ "off", { VAL_BOOL, NULL, 0, false } },
		{ "on", { VAL_BOOL, NULL, 0, true } },
	};
	x.attrs = attrs;
	x.nattrs = ARRAY_LEN(attrs);
	/* truthiness */
	assert_true(eval_cond(cx_attr(p, "tier"), &x, -1, -1));
	assert_true(eval_cond(cx_attr(p, "owner"), &x, -1, -1));
	assert_true(eval_cond(cx_attr(p, "on"), &x, -1, -1));
	assert_false(eval_cond(cx_attr(p, "empty"), &x, -1, -1));
	assert_false(eval_cond(cx_attr(p, "zero"), &x, -1, -1));
	assert_false(eval_cond(cx_attr(p, "off"), &x, -1, -1));
	assert_false(eval_cond(cx_attr(p, "absent"), &x, -1, -1));
	/* typed comparisons */
	assert_true(eval_cond(cx_attr_cmp(p, "tier", CMP_EQ, vnum(1)), &x, -1, -1));
	assert_false(eval_cond(cx_attr_cmp(p, "tier", CMP_EQ, vstr("1")), &x, -1, -1));
	assert_true(eval_cond(cx_attr_cmp(p, "tier", CMP_NE, vstr("1")), &x, -1, -1));
	assert_false(eval_cond(cx_attr_cmp(p, "tier", CMP_LT, vstr("2")), &x, -1, -1));
	assert_true(eval_cond(cx_attr_cmp(p, "tier", CMP_LT, vnum(2)), &x, -1, -1));
	assert_true(eval_cond(cx_attr_cmp(p, "owner", CMP_EQ, vstr("team-a")), &x, -1, -1));
	assert_true(eval_cond(cx_attr_cmp(p, "owner", CMP_LT, vstr("team-b")), &x, -1, -1));
	assert_false(eval_cond(cx_attr_cmp(p, "owner", CMP_GE, vstr("team-b")), &x, -1, -1));
	assert_true(eval_cond(cx_attr_cmp(p, "on", CMP_EQ, vbool(true)), &x, -1, -1));
	assert_true(eval_cond(cx_attr_cmp(p, "off", CMP_NE, vbool(true)), &x, -1, -1));
	assert_false(eval_cond(cx_attr_cmp(p, "on", CMP_GT, vbool(false)), &x, -1, -1));
	assert_false(eval_cond(cx_attr_cmp(p, "on", CMP_EQ, vnum(1)), &x, -1, -1));
	/* absent: false, != too */
	assert_false(eval_cond(cx_attr_cmp(p, "absent", CMP_EQ, vnum(1)), &x, -1, -1));
	assert_false(eval_cond(cx_attr_cmp(p, "absent", CMP_NE, vnum(1)), &x, -1, -1));
	policy_free(p);
}

/* operator in R: store: every placement's operator; transfer: the destination's */
static void test_eval_operators(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	int c = fx_class(p, "personal", -1, 2);
	int aws = fx_provider(p, "aws", fx_slot(p, sx_const(p, "US")));
	fx_location(p, "aws:eu-central-1", aws, "DE", NO_SLOT);
	fx_location(p, "aws:eusc-de-east-1", aws, "DE", fx_slot(p, sx_const(p, "DE")));
	fx_location(p, "onprem:fra", -1, "DE", NO_SLOT);
	int eu = fx_slot(p, sx_const(p, "DE FR"));
	struct pol_rule *r = fx_rule(p, "sovereign_store", RULE_STORE, c);
	fx_require(r, cx_slot(p, COND_OPERATOR_IN, eu), "operator in EU");
	r = fx_rule(p, "sovereign_transfer", RULE_TRANSFER, c);
	fx_require(r, cx_slot(p, COND_OPERATOR_IN, eu), "operator in EU");
	policy_index(p);
	struct rsd_plan *pl = plan_new("");
	fx_store(pl, p, "aws", "aws:eu-central-1", c, 1);
	fx_store(pl, p, "eusc", "aws:eusc-de-east-1", c, 2);
	fx_store(pl, p, "onprem", "onprem:fra", c, 3);
	struct plan_store *s = fx_store(pl, p, "eusc_rep", "aws:eusc-de-east-1", c, 4);
	fx_replica(s, p, "aws:eu-central-1", 5, false);
	fx_flow(pl, p, "to_aws", "DE", "aws:eu-central-1", c, 6);
	fx_flow(pl, p, "to_eusc", "DE", "eusc", c, 7);
	struct rsd_result *res = fx_check(p, pl, TODAY);
	assert_non_null(fx_find(res, "sovereign_store", "aws"));
	assert_null(fx_find(res, "sovereign_store", "eusc"));
	assert_null(fx_find(res, "sovereign_store", "onprem"));
	assert_non_null(fx_find(res, "sovereign_store", "eusc_rep"));
	assert_non_null(fx_find(res, "sovereign_transfer", "to_aws"));
	assert_null(fx_find(res, "sovereign_transfer", "to_eusc"));
	assert_non_null(fx_find(res, "sovereign_transfer", "eusc_rep (replica aws:eu-central-1)"));
	result_free(res);
	plan_free(pl);
	policy_free(p);
}

/* one violation per (rule, fact), listing every class and failed require */
static void test_eval_once_per_rule_fact(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	int a = fx_class(p, "a", -1, 1), b = fx_class(p, "b", -1, 3);
	struct pol_rule *r = fx_rule(p, "multi", RULE_STORE, -1);
	bits_set(&r->classes, (unsigned)a);
	bits_set(&r->classes, (unsigned)b);
	fx_require(r, cx(p, COND_ENC_AT_REST), "encrypted at_rest");
	fx_require(r, cx_cmp(p, COND_SENSITIVITY, CMP_LT, 2), "sensitivity < confidential");
	fx_require(r, cx(p, COND_TRUE), "true");
	policy_index(p);
	struct rsd_plan *pl = plan_new("");
	struct plan_store *s = fx_store(pl, p, "s", "DE", a, 1);
	bits_set(&s->classes, (unsigned)b);
	struct rsd_result *res = fx_check(p, pl, TODAY);
	assert_int_equal(res->nfindings, 1);
	const struct finding *f = &res->findings[0];
	assert_int_equal(bits_count(finding_classes(f)), 2);
	assert_int_equal(f->nfailed, 2);
	assert_int_equal(finding_failed(f)[0], 0);
	assert_int_equal(finding_failed(f)[1], 1);
	result_free(res);
	plan_free(pl);
	policy_free(p);
}

/* ---------------------------------------------------------------- waivers */

static void test_eval_waivers(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.yaml");
	struct plan_store *s = fx_store(pl, G.p, "orders", "DE", G.personal, 1);
	fx_replica(s, G.p, "US", 2, false);
	fx_replica(s, G.p, "IN", 3, true);
	fx_flow(pl, G.p, "nightly", "DE", "US", G.personal, 10);
	fx_flow(pl, G.p, "other", "DE", "BR", G.personal, 11);
	fx_flow(pl, G.p, "third", "FR", "BR", G.personal, 12);
	fx_waiver(pl, G.r_gdpr, "orders", TODAY + 100, 20);	/* covers both implicit transfers */
	fx_waiver(pl, G.r_gdpr, "nightly", TODAY + 10, 21);	/* valid, expiring */
	fx_waiver(pl, G.r_gdpr, "other", TODAY, 22);	/* expired today */
	fx_waiver(pl, G.r_gdpr, "nosuch", TODAY + 100, 23);	/* unused: no such fact */
	fx_waiver(pl, G.r_ru, "orders", TODAY + 100, 24);	/* unused: rule did not fire */
	fx_waiver(pl, G.r_trade, "*", TODAY + 31, 25);	/* unused, not yet expiring */
	fx_waiver(pl, G.r_ru, "third", TODAY + 100, 26);	/* unused: a flow's name */

	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	const struct finding *f = fx_find(r, "eu_gdpr_transfer", "orders (replica US)");
	assert_non_null(f);
	assert_int_equal(f->status, FINDING_WAIVED);
	assert_ptr_equal(finding_waiver(f), &pl->waivers[0]);
	assert_int_equal(fx_find(r, "eu_gdpr_transfer", "orders (backup IN)")->status, FINDING_WAIVED);
	assert_int_equal(fx_find(r, "eu_gdpr_transfer", "nightly")->status, FINDING_WAIVED);
	assert_int_equal(fx_find(r, "eu_gdpr_transfer", "other")->status, FINDING_VIOLATION);
	assert_int_equal(fx_find(r, "eu_gdpr_transfer", "third")->status, FINDING_VIOLATION);
	assert_int_equal(r->nwaived, 3);

	f = fx_find(r, "expired-waiver", "other");
	assert_non_null(f);
	assert_int_equal(f->kind, FINDING_WAIVER);
	assert_int_equal(f->line, 22);
	assert_int_equal(f->severity, SEV_WARNING);
	f = fx_find(r, "expiring", "nightly");
	assert_non_null(f);
	assert_int_equal(f->kind, FINDING_WAIVER);
	assert_int_equal(f->line, 21);
	assert_int_equal(fx_count(r, "expiring"), 1);
	assert_int_equal(fx_count(r, "unused-waiver"), 4);
	f = fx_find(r, "unused-waiver", "nosuch");
	assert_non_null(f);
	assert_non_null(strstr(finding_message(f), "no store or flow is named nosuch"));
	/* a store's and a flow's name: only "matched no violation" */
	assert_null(strstr(finding_message(fx_find(r, "unused-waiver", "orders")), "no store or flow"));
	assert_null(strstr(finding_message(fx_find(r, "unused-waiver", "third")), "no store or flow"));
	assert_int_equal(fx_find(r, "unused-waiver", "*")->line, 25);
	assert_int_equal(r->counts[SEV_ERROR], 2);
	assert_int_equal(r->counts[SEV_WARNING], 6);
	result_free(r);
	plan_free(pl);
}

/* a store's expiring attestation: reported once, against the store; 30 days
   is within --warn-expiring 30, 31 is not */
static void test_eval_expiring_attestations(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.yaml");
	struct plan_store *s = fx_store(pl, G.p, "db", "DE", G.personal, 4);
	fx_replica(s, G.p, "US", 5, false);
	fx_replica(s, G.p, "BR", 6, false);
	fx_attest(s->mechs, &s->nmechs, G.SCC, TODAY + 30);
	s = fx_store(pl, G.p, "db2", "DE", G.personal, 8);
	fx_attest(s->mechs, &s->nmechs, G.SCC, TODAY + 31);
	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_int_equal(fx_count(r, "expiring"), 1);
	const struct finding *f = fx_find(r, "expiring", "db");
	assert_int_equal(f->kind, FINDING_STORE);
	assert_int_equal(f->line, 4);
	assert_non_null(strstr(finding_message(f), "EU_SCC"));
	assert_non_null(strstr(finding_message(f), "in 30 days"));
	assert_int_equal(fx_count(r, "eu_gdpr_transfer"), 0);
	result_free(r);
	struct eval_opts o = { TODAY, 0, false };
	r = eval_check(G.p, pl, &o);
	assert_int_equal(fx_count(r, "expiring"), 0);
	result_free(r);
	plan_free(pl);
}

/* loader notes become findings; all findings sorted by position */
static void test_eval_notes_and_order(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("plan.json");
	fx_flow(pl, G.p, "late", "DE", "US", G.personal, 40);
	fx_flow(pl, G.p, "early", "DE", "US", G.personal, 5);
	struct plan_note *n = plan_add_note(pl);
	n->rule_id = "unknown-location";
	n->severity = SEV_ERROR;
	n->fact = "aws_s3_bucket.logs";
	n->pos = (struct plan_pos){ 20, 3 };
	n->message = "location not known at plan time";
	n = plan_add_note(pl);
	n->rule_id = "unclassified";
	n->severity = SEV_WARNING;
	n->fact = "aws_s3_bucket.tmp";
	n->pos = (struct plan_pos){ 20, 3 };
	n->message = "no data classes";
	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_int_equal(r->nfindings, 4);
	assert_string_equal(r->findings[0].fact, "early");
	assert_string_equal(finding_id(r->policy, &r->findings[1]), "unclassified");
	assert_string_equal(finding_id(r->policy, &r->findings[2]), "unknown-location");
	assert_string_equal(finding_address(&r->findings[2]), "aws_s3_bucket.logs");
	assert_string_equal(r->findings[3].fact, "late");
	assert_int_equal(r->counts[SEV_ERROR], 3);
	assert_int_equal(r->counts[SEV_WARNING], 1);
	assert_false(result_passes(r, SEV_ERROR));
	result_free(r);
	plan_free(pl);
}

/* 100,000 flows through a 1,000-store mesh (speed is measured by make bench) */
static void test_eval_speed(void **state)
{
	(void)state;
	enum { NS = 1000, NF = 100000 };
	struct rsd_plan *pl = plan_new("big.yaml");
	static const char *const where[] = { "DE", "FR", "US", "JP", "aws:us-east-1", "gcp:EU", "IN", "BR" };
	char name[32];
	for (int i = 0; i < NS; i++) {
		snprintf(name, sizeof name, "s%d", i);
		struct plan_store *s = fx_store(pl, G.p, name, where[i % 8], G.personal, (uint32_t)i + 1);
		bits_set(&s->classes, (unsigned)G.health);
	}
	uint32_t seed = 1;
	for (int i = 0; i < NF; i++) {
		char from[32], to[32];
		seed = seed * 1103515245u + 12345u;
		snprintf(from, sizeof from, "s%u", (seed >> 8) % NS);
		seed = seed * 1103515245u + 12345u;
		snprintf(to, sizeof to, "s%u", (seed >> 8) % NS);
		snprintf(name, sizeof name, "f%d", i);
		struct plan_flow *f = fx_flow(pl, G.p, name, from, to, G.personal, (uint32_t)(NS + i));
		fx_flow_class(pl, f, G.health);
		if (i % 3)
			fx_flow_attest(pl, f, G.SCC, DATE_MAX);
	}
	struct rsd_result *r = fx_check(G.p, pl, TODAY);
	assert_true(r->nfindings > 0);
	result_free(r);
	plan_free(pl);

}


/*
** The decision-rate workload of make bench, checked for correctness here
** (the rate itself is measured there): 20 transfer rules per class (half of them decided per
** pair), flows between multi-country locations, mostly compliant (one
** destination in 20 and one flow in 10 violate).  A decision is one
** (class, country pair) of a transfer, as in the Cedar-like benchmark.
*/
static void test_eval_decision_rate(void **state)
{
	(void)state;
	struct rsd_policy *p = fx_policy();
	int c1 = fx_class(p, "personal", -1, 2), c2 = fx_class(p, "health", c1, 4);
	fx_location(p, "multi:eu", -1, "AT BE DE ES FI FR IE IT", NO_SLOT);
	fx_location(p, "multi:world", -1, "US JP IN BR CN AU CA MX ZA NG KE EG SA AE SG KR TH VN ID PH", NO_SLOT);
	int eea = fx_slot(p, sx_const(p, "AT BE DE ES FI FR IE IT NL PL SE"));
	int adq = fx_slot(p, sx_const(p, "JP KR CA"));
	int cn = fx_slot(p, sx_const(p, "CN"));
	int m = fx_mech(p, "SCC");
	static const char *const names[20] = { "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9",
						"r10", "r11", "r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19" };
	for (int i = 0; i < 20; i++) {
		struct pol_rule *r = fx_rule(p, names[i], RULE_TRANSFER, i % 2 ? c1 : c2);
		r->origin_slot = eea;
		if (i % 2) {
			r->to_slot = fx_slot(p, sx_bin(p, SET_NOT, sx_bin(p, SET_UNION, sx_ref(p, eea), sx_ref(p, adq)), NULL));
			fx_require(r, cx_mech(p, m, -1), "mechanism SCC");
		} else {
			fx_require(r, cx_bin(p, COND_OR, cx_not(p, cx_slot(p, COND_TO_IN, cn)), cx_slot(p, COND_FROM_IN, adq)),
				   "not to in CN or from in ADQ");
		}
	}
	policy_index(p);
	enum { NF = 20000 };
	struct rsd_plan *pl = plan_new("bench.yaml");
	char name[32];
	for (int i = 0; i < NF; i++) {
		snprintf(name, sizeof name, "f%d", i);
		struct plan_flow *f = fx_flow(pl, p, name, "multi:eu", "multi:world", c1, (uint32_t)i + 1);
		fx_flow_class(pl, f, c2);
		if (i % 10)
			fx_flow_attest(pl, f, m, DATE_MAX);
	}
	struct eval_opts o = { TODAY, 30, false };
	struct rsd_result *r = eval_check(p, pl, &o);
	assert_int_equal(fx_count(r, "r0"), NF);
	assert_int_equal(fx_count(r, "r1"), NF / 10);
	/* r0 fails towards CN only; r1 towards everything but the adequate JP, KR, CA */
	const struct finding *f = fx_find(r, "r0", "f0");
	assert_int_equal(f->npairs, 8);
	assert_int_equal(finding_pairs(f)[7].from, fx_cc("IT"));
	assert_int_equal(finding_pairs(f)[7].to, fx_cc("CN"));
	assert_int_equal(fx_find(r, "r1", "f0")->npairs, 8 * 17);
	result_free(r);
	plan_free(pl);
	policy_free(p);
}

int main(void)
{
	TODAY = D("2026-11-28");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eval_store_rule),
		cmocka_unit_test(test_eval_store_in_scope),
		cmocka_unit_test(test_eval_transfer_mechanisms),
		cmocka_unit_test(test_eval_dates),
		cmocka_unit_test(test_eval_implicit_transfers),
		cmocka_unit_test(test_eval_origin_chain_cycle),
		cmocka_unit_test(test_eval_origin_long_chain),
		cmocka_unit_test(test_eval_pairs),
		cmocka_unit_test(test_eval_atoms),
		cmocka_unit_test(test_eval_via_known_atoms),
		cmocka_unit_test(test_eval_via_known_plan),
		cmocka_unit_test(test_eval_attrs_typed),
		cmocka_unit_test(test_eval_operators),
		cmocka_unit_test(test_eval_once_per_rule_fact),
		cmocka_unit_test(test_eval_waivers),
		cmocka_unit_test(test_eval_expiring_attestations),
		cmocka_unit_test(test_eval_notes_and_order),
		cmocka_unit_test(test_eval_speed),
		cmocka_unit_test(test_eval_decision_rate),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
