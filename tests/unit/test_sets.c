/*
** test_sets.c — set algebra on dates, through the compiler: region
** expressions (not > & > + -), dated members, locations, WORLD, lowered into
** set slots and materialised with policy_sets_at().
*/
#include "fe_helpers.h"

#include "util.h"

struct world {
	struct rsd_policy *p;
};

/* The countries of region `name` on y-m-d, as a sorted "DE FR" string. */
static char *region_on(const struct rsd_policy *p, const char *name, int y, int m, int d)
{
	int r = policy_find_region(p, name);
	assert_true(r >= 0);
	struct bits *sets = policy_sets_at(p, date_from_ymd(y, m, d));
	struct bits b = sets[p->regions[r].slot];
	xfree(sets);
	struct strbuf sb = {0};
	sb_puts(&sb, "");
	BITS_FOREACH(c, &b) {
		if (sb.len)
			sb_putc(&sb, ' ');
		sb_puts(&sb, country_code(c));
	}
	return sb_take(&sb);
}

#define ASSERT_REGION(p, name, y, m, d, want) \
	do { \
		char *got_ = region_on((p), (name), (y), (m), (d)); \
		assert_string_equal(got_, (want)); \
		xfree(got_); \
	} while (0)

static void test_sets_precedence(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"region A = { DE, FR, IT }\nregion B = { FR, IT, ES }\nregion C = { IT }\nregion D = { DE }\n"
		/* A + B & not C - D  ==  (A + (B & (not C))) - D */
		"region X = A + B & not C - D\n"
		"region Y = (A + B) & C\n"
		"region Z = A - B - C\n"	/* left-associative: (A - B) - C */
		"region W = A - (B - C)\n"
		"region N = not not A\n");
	ASSERT_REGION(p, "X", 2024, 1, 1, "ES FR IT");
	ASSERT_REGION(p, "Y", 2024, 1, 1, "IT");
	ASSERT_REGION(p, "Z", 2024, 1, 1, "DE");
	ASSERT_REGION(p, "W", 2024, 1, 1, "DE IT");
	ASSERT_REGION(p, "N", 2024, 1, 1, "DE FR IT");
	policy_free(p);
}

static void test_sets_world_and_complement(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok("region EU = { DE, FR }\nregion NON = not EU\nregion ALL = WORLD\n"
				     "region NONE = {}\nregion BACK = WORLD - NON\n");
	struct bits *sets = policy_sets_at(p, date_from_ymd(2024, 1, 1));
	assert_int_equal(bits_count(&sets[p->regions[policy_find_region(p, "ALL")].slot]), COUNTRY_COUNT);
	struct bits non = sets[p->regions[policy_find_region(p, "NON")].slot];
	assert_int_equal(bits_count(&non), COUNTRY_COUNT - 2);
	assert_false(bits_has(&non, (unsigned)fe_cc("DE")));
	assert_true(bits_has(&non, (unsigned)fe_cc("ZW")));
	assert_true(bits_empty(&sets[p->regions[policy_find_region(p, "NONE")].slot]));
	xfree(sets);
	ASSERT_REGION(p, "BACK", 2024, 1, 1, "DE FR");
	policy_free(p);
}

static void test_sets_dated_members(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"region EU = { DE, FR, HR since 2013-07-01, GB until 2020-02-01 }\n"
		"region EEA = EU + { NO }\n"
		"region NON_EEA = not EEA\n"
		"region WIN = { JP since 2020-01-01 until 2021-01-01 }\n");
	/* since is inclusive, until exclusive */
	ASSERT_REGION(p, "EU", 2013, 6, 30, "DE FR GB");
	ASSERT_REGION(p, "EU", 2013, 7, 1, "DE FR GB HR");
	ASSERT_REGION(p, "EU", 2020, 1, 31, "DE FR GB HR");
	ASSERT_REGION(p, "EU", 2020, 2, 1, "DE FR HR");
	ASSERT_REGION(p, "EEA", 2010, 1, 1, "DE FR GB NO");
	ASSERT_REGION(p, "EEA", 2024, 1, 1, "DE FR HR NO");
	ASSERT_REGION(p, "WIN", 2019, 12, 31, "");
	ASSERT_REGION(p, "WIN", 2020, 1, 1, "JP");
	ASSERT_REGION(p, "WIN", 2021, 1, 1, "");
	/* a complement follows its operand across dates */
	struct bits *before = policy_sets_at(p, date_from_ymd(2019, 1, 1));
	struct bits *after = policy_sets_at(p, date_from_ymd(2021, 1, 1));
	int non = policy_find_region(p, "NON_EEA");
	assert_false(bits_has(&before[p->regions[non].slot], (unsigned)fe_cc("GB")));
	assert_true(bits_has(&after[p->regions[non].slot], (unsigned)fe_cc("GB")));
	assert_true(p->sets[p->regions[non].slot].dated);	/* dated through EEA -> EU */
	xfree(before);
	xfree(after);
	policy_free(p);
}

static void test_sets_dated_regions_in_sets(void **state)
{
	(void)state;
	/* a member that is itself a region or a nested set, dated as a whole */
	struct rsd_policy *p = fe_ok(
		"region EU = { DE, GB until 2020-02-01 }\n"
		"region ADEQ = { JP, GB since 2021-06-28 }\n"
		"region OK = { EU, ADEQ since 2022-01-01, { US, CA } until 2023-01-01 }\n"
		"region MIX = (EU + ADEQ) - { JP } & WORLD\n"
		"region PLAIN = { DE, FR }\n");
	ASSERT_REGION(p, "OK", 2019, 1, 1, "CA DE GB US");
	ASSERT_REGION(p, "OK", 2020, 6, 1, "CA DE US");
	ASSERT_REGION(p, "OK", 2022, 6, 1, "CA DE GB JP US");
	ASSERT_REGION(p, "OK", 2023, 1, 1, "DE GB JP");
	ASSERT_REGION(p, "MIX", 2020, 6, 1, "DE");
	ASSERT_REGION(p, "MIX", 2021, 6, 28, "DE GB");
	assert_false(p->sets[p->regions[policy_find_region(p, "PLAIN")].slot].dated);
	assert_true(p->sets[p->regions[policy_find_region(p, "MIX")].slot].dated);
	policy_free(p);
}

static void test_sets_locations(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"location gcp:EU = { BE, DE, FI } \n"
		"location aws:x = US\n"
		"region CLOUD = gcp:EU + aws:x - { FI }\n"
		"region LATE = { gcp:EU since 2030-01-01 }\n");
	ASSERT_REGION(p, "CLOUD", 2024, 1, 1, "BE DE US");
	ASSERT_REGION(p, "LATE", 2024, 1, 1, "");
	ASSERT_REGION(p, "LATE", 2030, 1, 1, "BE DE FI");
	policy_free(p);
}

/* Slots referring to other slots always point to smaller indexes. */
static void check_expr_order(const struct set_expr *x, uint32_t slot)
{
	if (!x)
		return;
	if (x->op == SET_SLOT)
		assert_true((uint32_t)x->slot < slot);
	check_expr_order(x->l, slot);
	check_expr_order(x->r, slot);
}

static void test_sets_slot_order_and_rule_slots(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"class c\n"
		"rule r { on transfer of c origin Z to not (Y + { DE since 2020-01-01 }) require to in { FR } }\n"
		"region Z = Y + X\nregion Y = X & { DE, FR }\nregion X = { DE, FR, IT }\n");
	for (uint32_t i = 0; i < p->nsets; i++)
		check_expr_order(p->sets[i].root, i);
	struct pol_rule *r = &p->rules[0];
	assert_int_equal(r->origin_slot, p->regions[policy_find_region(p, "Z")].slot);
	struct bits *sets = policy_sets_at(p, date_from_ymd(2019, 1, 1));
	/* not (Y + {DE since 2020}) on 2019: everything but DE, FR */
	assert_int_equal(bits_count(&sets[r->to_slot]), COUNTRY_COUNT - 2);
	assert_true(bits_has(&sets[r->requires[0].cond->slot], (unsigned)fe_cc("FR")));
	assert_int_equal(bits_count(&sets[r->requires[0].cond->slot]), 1);
	xfree(sets);
	assert_true(p->sets[r->to_slot].dated);
	assert_false(p->sets[r->origin_slot].dated);
	policy_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sets_precedence),
		cmocka_unit_test(test_sets_world_and_complement),
		cmocka_unit_test(test_sets_dated_members),
		cmocka_unit_test(test_sets_dated_regions_in_sets),
		cmocka_unit_test(test_sets_locations),
		cmocka_unit_test(test_sets_slot_order_and_rule_slots),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
