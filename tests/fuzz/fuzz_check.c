/*
** fuzz_check.c — a whole `check` through the public API: load a plan from
** bytes (every plan format of the registry, detected), check it against the built-in
** default policy, write the report in every format to /dev/null.
*/
#include <stdint.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	if (!null)
		null = fopen("/dev/null", "w");
	rsd_policy *p = fuzz_default_policy();
	rsd_diags *d = rsd_diags_new();
	rsd_plan *pl = rsd_plan_load_memory(p, "fuzz-plan", (const char *)data, size, NULL, d);
	fuzz_print_diags(d);
	if (pl) {
		rsd_check_opts co;
		rsd_check_opts_init(&co);
		co.as_of = 20000;	/* fixed: runs must not depend on today */
		rsd_result *r = rsd_check(p, pl, &co);
		for (int f = RSD_FORMAT_TEXT; f <= RSD_FORMAT_MARKDOWN; f++) {
			rsd_report_opts ro = {.fail_on = RSD_WARNING, .color = f & 1};
			if (rsd_report_write(null, (rsd_format)f, p, &r, 1, &ro) != 0)
				abort();
		}
		rsd_result_free(r);
		rsd_plan_free(pl);
	}
	rsd_diags_free(d);
	return 0;
}
