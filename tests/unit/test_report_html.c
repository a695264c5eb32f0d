/*
** test_report_html.c — the HTML report (src/report_html.c) and its world map
** (src/world_map.c).  The bytes of whole pages are pinned by the golden
** cases tests/e2e/check-html*.t and what a browser makes of them by
** tests/suites/html.sh; here: the generated map's invariants, and pages of
** plans built in code (names that need escaping, a country too small for a
** shape, several plans, no plan), compared for structure and for
** determinism.
**
** Run from the project root (the example policy is read from examples/).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "residency.h"
#include "country.h"
#include "world_map.h"

/* ------------------------------------------------------------ the map */

static void test_world_map_table(void **state)
{
	(void)state;
	int shapes = 0;
	for (int c = 0; c < COUNTRY_COUNT; c++) {
		const struct world_country *w = &world_countries[c];
		/* the same order as country_table: indexes are country indexes */
		assert_string_equal(w->code, country_code(c));
		/* every country has a point on the map (Antarctica at its bottom edge) */
		assert_true(w->x >= 0 && w->x < WORLD_W);
		assert_true(w->y >= 0 && w->y <= WORLD_H);
		if (!w->path)
			continue;
		shapes++;
		assert_int_equal(w->path[0], 'M');
		/* path data only: no quote or angle bracket can leave the attribute */
		assert_int_equal(strspn(w->path, "Mlz0123456789- "), strlen(w->path));
	}
	assert_true(shapes >= 170);
	assert_null(world_countries[country_lookup("SG", 2)].path);	/* too small at 1:110m */
	assert_non_null(world_countries[country_lookup("DE", 2)].path);
	assert_int_equal(strspn(world_land, "Mlz0123456789- "), strlen(world_land));
}

/* ------------------------------------------------------------ pages */

static rsd_policy *policy;

static int setup(void **state)
{
	(void)state;
	const char *files[] = {"examples/acme.rpl"};
	rsd_compile_opts o;
	rsd_compile_opts_init(&o);
	rsd_diags *d = rsd_diags_new();
	policy = rsd_policy_compile_files(files, 1, &o, d);
	rsd_diags_print(d, stderr, 0);
	rsd_diags_free(d);
	return policy ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	rsd_policy_free(policy);
	return 0;
}

/* A plan built in code: a store in Frankfurt with a US backup, a store in
   Singapore, a flow from it to Germany and one to China, names with markup. */
static rsd_plan *build_plan(void)
{
	rsd_diags *d = rsd_diags_new();
	rsd_plan *pl = rsd_plan_new(policy, "<b>built</b>");
	const char *fra[] = {"aws:eu-central-1"}, *use[] = {"aws:us-east-1"}, *sg[] = {"SG"};
	const char *cls[] = {"customer_record", "pricing_model"}, *pm[] = {"pricing_model"};
	rsd_store_spec s1 = {.name = "db <&\"'>", .locations = fra, .nlocations = 1,
			     .backups = use, .nbackups = 1, .classes = cls, .nclasses = 2,
			     .encrypted_at_rest = 1};
	rsd_store_spec s2 = {.name = "sg-cache", .locations = sg, .nlocations = 1,
			     .classes = pm, .nclasses = 1, .encrypted_at_rest = 1};
	assert_int_equal(rsd_plan_add_store(pl, policy, &s1, d), 0);
	assert_int_equal(rsd_plan_add_store(pl, policy, &s2, d), 0);
	rsd_flow_spec f1 = {.name = "sg-to-de", .from = "sg-cache", .to = "DE", .classes = pm, .nclasses = 1,
			    .encrypted_in_transit = 1};
	rsd_flow_spec f2 = {.name = "to-cn", .from = "db <&\"'>", .to = "CN", .classes = pm,
			    .nclasses = 1, .encrypted_in_transit = 1};
	assert_int_equal(rsd_plan_add_flow(pl, policy, &f1, d), 0);
	assert_int_equal(rsd_plan_add_flow(pl, policy, &f2, d), 0);
	rsd_diags_print(d, stderr, 0);
	assert_int_equal(rsd_diags_errors(d), 0);
	rsd_diags_free(d);
	return pl;
}

static char *render(rsd_result *const *results, size_t n, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	assert_non_null(f);
	rsd_report_opts o = {.fail_on = RSD_ERROR};
	assert_int_equal(rsd_report_write(f, RSD_FORMAT_HTML, policy, results, n, &o), 0);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static size_t count(const char *s, const char *what)
{
	size_t n = 0;
	for (const char *p = s; (p = strstr(p, what)) != NULL; p += strlen(what))
		n++;
	return n;
}

static void test_html_format_parse(void **state)
{
	(void)state;
	assert_int_equal(rsd_format_parse("html"), RSD_FORMAT_HTML);
	assert_int_equal(rsd_format_parse("HTML"), -1);
}

static void test_html_built_plan(void **state)
{
	(void)state;
	rsd_plan *pl = build_plan();
	rsd_check_opts co;
	rsd_check_opts_init(&co);
	rsd_date_parse("2026-11-28", &co.as_of);
	rsd_result *res = rsd_check(policy, pl, &co);
	size_t len, len2;
	char *page = render(&res, 1, &len);
	char *again = render(&res, 1, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(page, again, len);	/* deterministic */

	assert_true(strncmp(page, "<!DOCTYPE html>\n", 16) == 0);
	assert_int_equal(count(page, "<script"), 1);
	assert_int_equal(count(page, "Content-Security-Policy\" content=\"default-src 'none'; "), 1);
	assert_int_equal(count(page, "<section class=\"plan\""), 1);
	/* escaped everywhere: the store's name never appears raw */
	assert_int_equal(count(page, "db <&"), 0);
	assert_true(count(page, "db &lt;&amp;\"'&gt;") > 0 || count(page, "db &lt;&amp;&quot;'&gt;") > 0);
	assert_int_equal(count(page, "<b>built</b>"), 0);
	/* the map: DE, US, SG (a dot), CN hold data; arcs DE->US (dashed), SG->DE, DE->CN */
	assert_int_equal(count(page, "data-c=\"DE\" d=\"M"), 1);
	assert_int_equal(count(page, "data-c=\"US\" d=\"M"), 1);
	assert_int_equal(count(page, "data-c=\"CN\" d=\"M"), 1);
	/* no shape at 1:110m: a dot */
	const char *sg = strstr(page, "\" data-c=\"SG\"><title>Singapore (SG)");
	assert_non_null(sg);
	assert_true(sg - page > 40 && strncmp(sg - 15, "r=\"7\" class=\"v", 14) == 0);
	assert_int_equal(count(page, "data-a=\"DE-US\" stroke-width"), 1);
	assert_int_equal(count(page, "class=\"v1 d\" data-a=\"DE-US\"") +
			 count(page, "class=\"v3 d\" data-a=\"DE-US\""), 1);
	assert_int_equal(count(page, "data-a=\"SG-DE\" stroke-width"), 1);
	assert_int_equal(count(page, "data-a=\"DE-CN\" stroke-width"), 1);
	/* the trade-secret rule fires on the flow to China: a group with its row */
	assert_true(count(page, "data-r=\"acme_trade_secret_high_risk\"") == 1);
	assert_int_equal(count(page, "<tr data-k="), rsd_result_count(res));
	free(page);
	free(again);

	/* two plans on one page: two maps with their own arrow markers */
	rsd_result *two[2] = {res, res};
	page = render(two, 2, &len);
	assert_int_equal(count(page, "<section class=\"plan\""), 2);
	assert_int_equal(count(page, "id=\"arrow3-1\""), 1);
	assert_int_equal(count(page, "id=\"arrow3-2\""), 1);
	assert_int_equal(count(page, "<script"), 1);
	free(page);

	/* no plan at all: still a whole page */
	page = render(NULL, 0, &len);
	assert_int_equal(count(page, "<section"), 0);
	assert_true(len > 16 && strcmp(page + len - 8, "</html>\n") == 0);
	free(page);

	rsd_result_free(res);
	rsd_plan_free(pl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_world_map_table),
		cmocka_unit_test(test_html_format_parse),
		cmocka_unit_test(test_html_built_plan),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
