/*
** fuzz_gcpasset.c — Google Cloud Asset Inventory exports
** (plan_load_gcpasset): NDJSON, JSON arrays and search answers, against
** the built-in default policy, compiled once.  Inputs whose last byte is
** odd are loaded with a fixed --classes file (asset-name globs, a waiver by
** name) and --require-classes, so the mapping code meets the seeds'
** structures too.  Aborts when the loader returns a plan together with
** errors, or nothing without one.
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
	"  - match: \"//secretmanager.googleapis.com/*\"\n"
	"    classes: [personal]\n"
	"    origin: [DE]\n"
	"    mechanisms: [EU_SCC]\n"
	"  - match: \"//storage.googleapis.com/*\"\n"
	"    classes: [personal, payment]\n"
	"  - match: \"//dataproc.googleapis.com/projects/p/regions/r/clusters/c\"\n"
	"    classes: [personal]\n"
	"waivers:\n"
	"  - rule: unknown-location\n"
	"    target: //pubsub.googleapis.com/projects/acme-prod/topics/clicks\n"
	"    reason: fuzz\n"
	"    expires: 2099-01-01\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct rsd_policy *p = fuzz_default_policy();
	struct rsd_diags d;
	diags_init(&d);
	struct cfn_opts o = {.class_tag = "data-classes"};
	if (size > 0 && (data[size - 1] & 1)) {
		o.classes_file = fuzz_fixture_file("fuzz_gcpasset", classes_yaml);
		o.require_classes = true;
	}
	(void)plan_is_gcpasset((const char *)data, size);
	struct rsd_plan *pl = plan_load_gcpasset(p, "fuzz.ndjson", (const char *)data, size, &o, &d);
	if ((pl == NULL) != (d.nerrors > 0))
		abort();
	fuzz_print_diags(&d);
	if (pl)
		plan_free(pl);
	diags_free(&d);
	return 0;
}
