/*
** fuzz_tf.c — Terraform plan JSON (plan_load_terraform) against the
** built-in default policy, compiled once.  Inputs whose last byte is odd
** are loaded with a fixed --classes file (classes, mechanisms, origin,
** subjects, attrs, waivers by address, wildcards that match the types the
** seeds use), --require-classes and --default-region, so the structure
** cases of the seeds (tests/adversarial/tf_*.json) meet the mapping code
** too.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "diag.h"
#include "fuzz_common.h"
#include "plan.h"

static const char classes_yaml[] =
	"classes:\n"
	"  - match: \"aws_s3_bucket.*\"\n"
	"    classes: [personal, payment]\n"
	"    origin: [DE, FR]\n"
	"    mechanisms: [{type: EU_SCC, expires: 2027-06-30, reference: R}]\n"
	"    encrypted_in_transit: true\n"
	"    subjects: 12000\n"
	"  - match: \"module.*\"\n"
	"    classes: [health]\n"
	"    attrs: {owner: crm, tier: 2}\n"
	"  - match: \"*\"\n"
	"    classes: [personal]\n"
	"waivers:\n"
	"  - rule: eu_gdpr_transfer\n"
	"    target: aws_s3_bucket_replication_configuration.crr\n"
	"    reason: fuzz\n"
	"    expires: 2027-01-31\n"
	"  - rule: unknown-location\n"
	"    target: aws_s3_bucket.b\n"
	"    reason: fuzz\n"
	"    expires: 2027-01-31\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct rsd_policy *p = fuzz_default_policy();
	struct rsd_diags d;
	diags_init(&d);
	static const char *const regions[] = {"aws=eu-west-1", "google=europe-west3"};
	struct tf_opts to = {.class_tag = "data-classes"};
	if (size > 0 && (data[size - 1] & 1)) {
		to.classes_file = fuzz_fixture_file("fuzz_tf", classes_yaml);
		to.require_classes = true;
		to.default_regions = regions;
		to.ndefault_regions = 2;
	}
	(void)plan_is_terraform((const char *)data, size);
	struct rsd_plan *pl = plan_load_terraform(p, "fuzz.json", (const char *)data, size, &to, &d);
	if ((pl == NULL) != (d.nerrors > 0))
		abort();
	fuzz_print_diags(&d);
	if (pl)
		plan_free(pl);
	diags_free(&d);
	return 0;
}
