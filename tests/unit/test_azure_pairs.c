/*
** test_azure_pairs.c — the generated Azure region-pair table.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "azure_pairs.h"

static void test_symmetric_pair(void **state)
{
	(void)state;
	assert_string_equal(azure_pair("westeurope"), "northeurope");
	assert_string_equal(azure_pair("northeurope"), "westeurope");
	assert_string_equal(azure_pair("germanywestcentral"), "germanynorth");
}

static void test_one_directional(void **state)
{
	(void)state;
	/* Brazil South replicates to Texas, but Texas pairs with Illinois */
	assert_string_equal(azure_pair("brazilsouth"), "southcentralus");
	assert_string_equal(azure_pair("southcentralus"), "northcentralus");
	assert_string_equal(azure_pair("westus3"), "eastus");
	assert_string_equal(azure_pair("eastus"), "westus");
}

static void test_first_and_last_rows(void **state)
{
	(void)state;
	/* the ends of the sorted table, to catch off-by-one in the search */
	assert_string_equal(azure_pair("australiacentral"), "australiacentral2");
	assert_string_equal(azure_pair("westus3"), "eastus");
	assert_string_equal(azure_pair("chinanorth3"), "chinaeast3");
}

static void test_nonpaired_and_unknown(void **state)
{
	(void)state;
	assert_null(azure_pair("italynorth"));
	assert_null(azure_pair("polandcentral"));
	assert_null(azure_pair("europe"));
	assert_null(azure_pair("nowhere"));
	assert_null(azure_pair(""));
	assert_null(azure_pair(NULL));
	assert_null(azure_pair("aaaa"));
	assert_null(azure_pair("zzzz"));
}

static void test_display_names(void **state)
{
	char longname[200];

	(void)state;
	assert_string_equal(azure_pair("West Europe"), "northeurope");
	assert_string_equal(azure_pair("UK South"), "ukwest");
	assert_string_equal(azure_pair("BRAZILSOUTH"), "southcentralus");
	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	assert_null(azure_pair(longname));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_symmetric_pair),
		cmocka_unit_test(test_one_directional),
		cmocka_unit_test(test_first_and_last_rows),
		cmocka_unit_test(test_nonpaired_and_unknown),
		cmocka_unit_test(test_display_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
