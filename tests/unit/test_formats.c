/*
** test_formats.c — the registry's sniffers never tie: every real input of
** tests/corpus/ is claimed by exactly the loader of its format (or, for
** formats residency does not read, by none), and the fixtures written for
** the state and Pulumi loaders are claimed by theirs.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fides.h"
#include "plan.h"
#include "plan_tfext.h"
#include "util.h"

enum { F_NONE = -1, F_TF, F_CFN, F_ARM, F_AWSCONFIG, F_FIDES, F_TFSTATE, F_PULUMI, F_N };
static const char *const fname[F_N] = {"terraform", "cloudformation", "arm", "aws-config", "fides",
					"terraform-state", "pulumi"};

static int claims(const char *data, size_t len, int *which)
{
	bool c[F_N] = {plan_is_terraform(data, len), plan_is_cfn(data, len), plan_is_arm(data, len),
		       plan_is_awsconfig(data, len), plan_is_fides(data, len), plan_is_tfstate(data, len),
		       plan_is_pulumi(data, len)};
	int n = 0;
	*which = F_NONE;
	for (int i = 0; i < F_N; i++)
		if (c[i]) {
			n++;
			*which = i;
		}
	return n;
}

/* The format a corpus file is in: by folder, and for mixed folders by name. */
static int expected(const char *dir, const char *name)
{
	if (strcmp(dir, "terraform") == 0)
		return F_TF;
	if (strcmp(dir, "terraform-state") == 0)
		return F_TFSTATE;
	if (strcmp(dir, "pulumi") == 0)
		return F_PULUMI;	/* the event log and update plan too: the loader refuses them by name */
	if (strcmp(dir, "cloudformation") == 0)
		return F_CFN;
	if (strcmp(dir, "fides") == 0)
		return F_FIDES;
	if (strcmp(dir, "azure") == 0)
		return strstr(name, ".json") ? F_ARM : F_NONE;	/* .bicep sources are not read */
	if (strcmp(dir, "inventory") == 0) {
		if (strstr(name, "awsconfig"))
			return F_AWSCONFIG;
		if (strstr(name, "resource-graph"))
			return F_ARM;
		return F_NONE;	/* Google Cloud Asset Inventory, VCR cassettes: not read */
	}
	return F_NONE;	/* kubernetes */
}

static void check_file(const char *path, int want)
{
	size_t len;
	char *data = read_file(path, &len, (size_t)1 << 26);
	assert_non_null(data);
	int got, n = claims(data, len, &got);
	if (n > 1 || got != want)
		fail_msg("%s: claimed by %d loaders (last %s), expected %s", path, n,
			 got == F_NONE ? "none" : fname[got], want == F_NONE ? "none" : fname[want]);
	xfree(data);
}

static void test_corpus_formats(void **state)
{
	(void)state;
	static const char *const dirs[] = {"terraform", "terraform-state", "pulumi", "cloudformation", "fides",
					   "azure", "inventory", "kubernetes"};
	size_t seen = 0;
	for (size_t i = 0; i < ARRAY_LEN(dirs); i++) {
		char path[1024];
		snprintf(path, sizeof path, "tests/corpus/%s", dirs[i]);
		DIR *dp = opendir(path);
		assert_non_null(dp);
		struct dirent *e;
		while ((e = readdir(dp))) {
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof path, "tests/corpus/%s/%s", dirs[i], e->d_name);
			check_file(path, expected(dirs[i], e->d_name));
			seen++;
		}
		closedir(dp);
	}
	assert_true(seen >= 60);
}

static void test_fixture_formats(void **state)
{
	(void)state;
	static const struct {
		const char *path;
		int want;
	} f[] = {
		{"tests/tfstate/replication.tfstate", F_TFSTATE},
		{"tests/tfstate/no-region.tfstate", F_TFSTATE},
		{"tests/pulumi/preview-replication.json", F_PULUMI},
		{"tests/pulumi/export-gcp-sql.json", F_PULUMI},
		{"tests/pulumi/export-azure-native.json", F_PULUMI},
		{"tests/tf/class-tag.json", F_TF},
		{"tests/cfn/orders.json", F_CFN},
	};
	for (size_t i = 0; i < ARRAY_LEN(f); i++)
		check_file(f[i].path, f[i].want);
}

/* Keys, not values: a plan whose values mention the state's keys stays a plan. */
static void test_sniff_edges(void **state)
{
	(void)state;
	int w;
	const char *plan = "{\"format_version\":\"1.2\",\"planned_values\":{},\"prior_state\":"
			   "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{}}}}";
	assert_int_equal(claims(plan, strlen(plan), &w), 1);
	assert_int_equal(w, F_TF);
	const char *st = "{\"version\": 4, \"lineage\": \"x\", \"resources\": []}";
	assert_int_equal(claims(st, strlen(st), &w), 1);
	assert_int_equal(w, F_TFSTATE);
	const char *notkey = "{\"tags\": {\"a\": \"version\", \"b\": \"lineage\"}}";
	assert_false(plan_is_tfstate(notkey, strlen(notkey)));
	const char *show = "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[]}}}";
	assert_int_equal(claims(show, strlen(show), &w), 1);
	assert_int_equal(w, F_TFSTATE);
	const char *pu = "{\"steps\":[{\"op\":\"same\",\"urn\":\"urn:pulumi:a::b::pulumi:pulumi:Stack::b-a\"}]}";
	assert_int_equal(claims(pu, strlen(pu), &w), 1);
	assert_int_equal(w, F_PULUMI);
	assert_false(plan_is_pulumi("[\"urn:pulumi:\"]", 15));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_corpus_formats),
		cmocka_unit_test(test_fixture_formats),
		cmocka_unit_test(test_sniff_edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
