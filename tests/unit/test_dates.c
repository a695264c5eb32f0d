/*
** test_dates.c — dates in RPL: calendar validity of literals, rule
** since/until (open ends), member bounds, test as_of and attestation expiry.
*/
#include "fe_helpers.h"

static void test_dates_calendar(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok("region R = { DE since 2024-02-29, FR until 2000-02-29, IT since 0001-01-01 until 9999-12-31 }\n");
	policy_free(p);
	fe_expect_error("region R = { DE since 2023-02-29 }\n", "invalid date: 2023-02-29 is not a day of the calendar", 1, 23);
	fe_expect_error("region R = { DE since 1900-02-29 }\n", "1900-02-29 is not a day of the calendar", 1, 23);
	fe_expect_error("region R = { DE since 2023-04-31 }\n", "2023-04-31 is not a day", 1, 23);
	fe_expect_error("region R = { DE since 2023-13-01 }\n", "2023-13-01 is not a day", 1, 23);
	fe_expect_error("region R = { DE since 0000-01-01 }\n", "0000-01-01 is not a day", 1, 23);
	fe_expect_error("class c\nrule r { on store of c require true since 2024-1-01 }\n",
			"invalid date '2024-1-01' (write dates as YYYY-MM-DD)", 2, 43);
}

static void test_dates_rule_bounds(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"class c\n"
		"rule open { on store of c require true }\n"
		"rule both { on store of c require true until 2030-01-01 since 2018-05-25 }\n");
	assert_int_equal(p->rules[0].since, DATE_MIN);
	assert_int_equal(p->rules[0].until, DATE_MAX);
	assert_int_equal(p->rules[1].since, date_from_ymd(2018, 5, 25));
	assert_int_equal(p->rules[1].until, date_from_ymd(2030, 1, 1));
	policy_free(p);
	fe_expect_error("class c\nrule r { on store of c require true since 2020-01-01 until 2020-01-01 }\n",
			"rule 'r' never applies", 2, 60);
	fe_expect_error("class c\nrule r { on store of c require true since 2020-01-01 since 2021-01-01 }\n",
			"duplicate 'since' in rule 'r'", 2, 54);
}

static void test_dates_member_bounds(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok("region R = { GB until 2020-02-01 since 2010-01-01 }\n");
	const struct set_expr *x = p->sets[p->regions[0].slot].root;
	assert_int_equal(x->op, SET_DATED);
	assert_int_equal(x->since, date_from_ymd(2010, 1, 1));
	assert_int_equal(x->until, date_from_ymd(2020, 2, 1));
	policy_free(p);
	p = fe_ok("region R = { GB since 2010-01-01 }\n");
	x = p->sets[p->regions[0].slot].root;
	assert_int_equal(x->op, SET_DATED);
	assert_int_equal(x->until, DATE_MAX);
	policy_free(p);
	fe_expect_error("region R = { GB since 2021-01-01 until 2021-01-01 }\n", "'until' date must be after the 'since' date",
			1, 40);
	fe_expect_error("region R = { GB until 2021-01-01 until 2022-01-01 }\n", "duplicate 'until' on a set member", 1, 34);
}

static void test_dates_tests_and_attestations(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"class c\nmechanism M\n"
		"test \"t\" {\n  as_of 2024-02-29\n  transfer of c from DE to US with mechanism M until 2025-01-01, mechanism M\n  expect pass\n}\n"
		"test \"u\" { expect pass }\n");
	assert_int_equal(p->tests[0].as_of, date_from_ymd(2024, 2, 29));
	assert_int_equal(p->tests[1].as_of, DATE_NONE);
	assert_int_equal(p->tests[0].facts[0].nmechs, 2);
	assert_int_equal(p->tests[0].facts[0].mechs[0].expires, date_from_ymd(2025, 1, 1));
	assert_int_equal(p->tests[0].facts[0].mechs[1].expires, DATE_MAX);
	policy_free(p);
	fe_expect_error("test \"t\" {\n  as_of 2023-02-29\n  expect pass\n}\n", "2023-02-29 is not a day", 2, 9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates_calendar),
		cmocka_unit_test(test_dates_rule_bounds),
		cmocka_unit_test(test_dates_member_bounds),
		cmocka_unit_test(test_dates_tests_and_attestations),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
