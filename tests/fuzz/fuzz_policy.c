/*
** fuzz_policy.c — policy source: scanner → parser → sema → lower
** (compile_policy on an in-memory source, built-in library on).
*/
#include <stdbool.h>
#include <stdint.h>

#include "compile.h"
#include "diag.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the exact bytes, not NUL-terminated: the compiler copies (src, len) */
	const char *src = (const char *)data;
	struct rsd_diags d;
	diags_init(&d);
	struct compile_opts o = {NULL, 0, false, true, NULL, NULL};
	struct rsd_policy *p = compile_policy(NULL, 0, "fuzz.rpl", src, size, &o, &d);
	/* an error-free compile yields a policy; errors yield none */
	if ((p == NULL) != (d.nerrors > 0))
		abort();
	fuzz_print_diags(&d);
	if (p)
		policy_free(p);
	diags_free(&d);
	return 0;
}
