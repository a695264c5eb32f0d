/*
** fuzz_classes.c — the `--classes FILE` mapping (resource address globs →
** classes) through the public loader: the input is written to a file, which
** classifies a small Terraform plan (modules, for_each keys, several types)
** loaded with the built-in default policy.  Aborts when the loader returns a
** plan together with errors, or nothing without one.
*/
#include <stdint.h>
#include <unistd.h>

#include "fuzz_common.h"

static const char plan_json[] =
	"{\"format_version\": \"1.2\", \"configuration\": {\"provider_config\": {\"aws\": "
	"{\"name\": \"aws\", \"expressions\": {\"region\": {\"constant_value\": \"eu-west-1\"}}}}},"
	"\"resource_changes\": ["
	"{\"address\": \"aws_s3_bucket.logs\", \"mode\": \"managed\", \"type\": \"aws_s3_bucket\","
	" \"name\": \"logs\", \"change\": {\"actions\": [\"create\"], \"after\": {\"bucket\": \"logs\"},"
	" \"after_unknown\": {}}},"
	"{\"address\": \"module.db[\\\"eu\\\"].aws_db_instance.main\", \"module_address\": "
	"\"module.db[\\\"eu\\\"]\", \"mode\": \"managed\", \"type\": \"aws_db_instance\", \"name\": \"main\","
	" \"change\": {\"actions\": [\"create\"], \"after\": {\"storage_encrypted\": true},"
	" \"after_unknown\": {}}},"
	"{\"address\": \"aws_dynamodb_table.t[\\\"a*b\\\"]\", \"mode\": \"managed\", \"type\": "
	"\"aws_dynamodb_table\", \"name\": \"t\", \"index\": \"a*b\", \"change\": {\"actions\": [\"create\"],"
	" \"after\": {\"name\": \"t\"}, \"after_unknown\": {}}}"
	"]}";

static char classes_path[] = "/tmp/fuzz_classes.XXXXXX";
static int classes_fd = -1;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const rsd_policy *p = fuzz_default_policy();
	if (classes_fd < 0) {
		classes_fd = mkstemp(classes_path);
		if (classes_fd < 0)
			abort();
	}
	if (ftruncate(classes_fd, 0) != 0 || pwrite(classes_fd, data, size, 0) != (ssize_t)size)
		abort();
	rsd_plan_opts po = {NULL, classes_path, 0};
	rsd_diags *d = rsd_diags_new();
	rsd_plan *pl = rsd_plan_load_memory(p, "fuzz.json", plan_json, sizeof plan_json - 1, &po, d);
	if ((pl == NULL) != (rsd_diags_errors(d) > 0))
		abort();
	fuzz_print_diags(d);
	if (pl)
		rsd_plan_free(pl);
	rsd_diags_free(d);
	return 0;
}
