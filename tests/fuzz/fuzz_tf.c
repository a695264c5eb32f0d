/*
** fuzz_tf.c — Terraform plan JSON (plan_load_terraform) against the
** built-in default policy, compiled once.
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
	struct tf_opts to = {"data-classes", NULL};
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
