/*
** test_sniff.c — the format registry's sniffers (src/api.c) on every file
** of tests/corpus and of the format fixtures: no file is claimed by two
** formats (a tie is an error, never a guess), and the Cloud Asset
** Inventory sniffer claims exactly the Google asset files.
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
#include <sys/stat.h>

#include "fides.h"
#include "plan.h"
#include "util.h"

static size_t nfiles, ngcp;

static void sniff_file(const char *path)
{
	size_t len;
	char *data = read_file(path, &len, (size_t)1 << 26);
	if (!data)
		return;
	bool c[6] = {plan_is_terraform(data, len), plan_is_cfn(data, len), plan_is_arm(data, len),
		     plan_is_awsconfig(data, len), plan_is_fides(data, len), plan_is_gcpasset(data, len)};
	int n = 0;
	for (int i = 0; i < 6; i++)
		n += c[i];
	if (n > 1)
		fail_msg("%s is claimed by %d formats", path, n);
	bool gcp = strstr(path, "GoogleCloudPlatform_policy-library_cai-") != NULL ||
		   (strstr(path, "tests/gcp/") != NULL && !strstr(path, ".yaml"));
	if (gcp != c[5])
		fail_msg("%s: the Cloud Asset Inventory sniffer says %s", path, c[5] ? "yes" : "no");
	nfiles++;
	ngcp += c[5];
	xfree(data);
}

static void walk(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode))
			walk(path);
		else if (strstr(e->d_name, ".json") || strstr(e->d_name, ".yaml") || strstr(e->d_name, ".yml") ||
			 strstr(e->d_name, ".ndjson"))
			sniff_file(path);
	}
	closedir(d);
}

static void test_sniff_corpus(void **state)
{
	(void)state;
	static const char *const dirs[] = {"tests/corpus", "tests/tf", "tests/cfn", "tests/arm", "tests/awsconfig",
					   "tests/gcp", "tests/plans"};
	for (size_t i = 0; i < ARRAY_LEN(dirs); i++)
		walk(dirs[i]);
	assert_true(nfiles > 100);
	assert_true(ngcp >= 8);
}

/*
** The Fides sniffer reads the first MiB: a data map is claimed by its
** system:/dataset: line there, and a large YAML plan is not read to its
** end (a line that far down is left to the YAML plan's loader, which
** rejects it as an unknown key).
*/
static void test_sniff_fides_head(void **state)
{
	(void)state;
	size_t pad = (size_t)1 << 20, len = pad + 64;
	char *data = xmalloc(len + 1);
	memset(data, ' ', len);
	for (size_t i = 79; i < pad; i += 80)
		data[i] = '\n';
	memcpy(data, "# a comment\n", 12);
	memcpy(data + 80, "dataset:\n", 9);
	data[len] = '\0';
	assert_true(plan_is_fides(data, len));	/* near the top */
	memcpy(data + 80, "flows:  \n", 9);
	memcpy(data + pad, "\ndataset:\n", 10);
	assert_false(plan_is_fides(data, len));	/* past the first MiB */
	memcpy(data + pad - 80, "\ndataset:", 10);
	assert_true(plan_is_fides(data, len));	/* just within it */
	xfree(data);
}

/*
** The CloudFormation sniffer reads a YAML text's first top-level key
** first: a plan (stores:, flows:) is not searched for Resources; a
** template opening with comments, "---" or any template section is.
*/
static void test_sniff_cfn_first_key(void **state)
{
	(void)state;
	static const char plan[] = "# a plan\nstores:\n  - {name: a, location: DE, classes: [personal]}\n"
				   "Resources:\n  B: {Type: AWS::S3::Bucket}\n";
	static const char tmpl[] = "# comment\n---\nAWSTemplateFormatVersion: '2010-09-09'\n"
				   "Resources:\n  B: {Type: AWS::S3::Bucket}\n";
	static const char sam[] = "Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: {}\n"
				  "Resources:\n  B: {Type: AWS::S3::Bucket}\n";
	static const char json[] = "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}\n";
	assert_false(plan_is_cfn(plan, sizeof plan - 1));
	assert_true(plan_is_cfn(tmpl, sizeof tmpl - 1));
	assert_true(plan_is_cfn(sam, sizeof sam - 1));
	assert_true(plan_is_cfn(json, sizeof json - 1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff_corpus),
		cmocka_unit_test(test_sniff_fides_head),
		cmocka_unit_test(test_sniff_cfn_first_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
