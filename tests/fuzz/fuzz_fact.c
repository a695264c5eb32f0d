/*
** fuzz_fact.c — fact syntax (compile_fact, as used by explain and where)
** against the built-in default policy.
*/
#include <stdint.h>

#include "arena.h"
#include "compile.h"
#include "diag.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct rsd_policy *p = fuzz_default_policy();
	char *text = fuzz_strdup(data, size);
	struct rsd_diags d;
	diags_init(&d);
	struct arena a;
	arena_init(&a);
	struct pol_fact *f = compile_fact(p, text, &a, &d);
	if ((f == NULL) != (d.nerrors > 0))
		abort();
	fuzz_print_diags(&d);
	arena_free(&a);
	diags_free(&d);
	free(text);
	return 0;
}
