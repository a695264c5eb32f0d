/*
** fuzz_yaml.c — YAML plans (plan_load_yaml) against the built-in default
** policy, compiled once.
*/
#include <stdint.h>

#include "diag.h"
#include "fuzz_common.h"
#include "plan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct rsd_policy *p = fuzz_default_policy();
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_plan *pl = plan_load_yaml(p, "fuzz.yaml", (const char *)data, size, &d);
	if ((pl == NULL) != (d.nerrors > 0))
		abort();
	fuzz_print_diags(&d);
	if (pl)
		plan_free(pl);
	diags_free(&d);
	return 0;
}
