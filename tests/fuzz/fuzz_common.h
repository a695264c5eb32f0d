/*
** fuzz_common.h — shared helpers of the libFuzzer targets (tests/fuzz/).
** Each target is one translation unit built with clang
** -fsanitize=fuzzer,address,undefined and linked with the library built
** with -fsanitize=fuzzer-no-link (mk/fuzz.mk).
*/
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "residency.h"

/* The built-in default policy, compiled once per process (shared read-only). */
static rsd_policy *fuzz_default_policy(void)
{
	static rsd_policy *p;
	if (!p) {
		rsd_compile_opts o;
		rsd_compile_opts_init(&o);
		o.use_env = 0;
		rsd_diags *d = rsd_diags_new();
		p = rsd_policy_default(&o, d);
		if (!p) {
			rsd_diags_print(d, stderr, 0);
			abort();
		}
		rsd_diags_free(d);
	}
	return p;
}

/* Print the diagnostics to /dev/null: exercises the caret printer. */
static void fuzz_print_diags(const rsd_diags *d)
{
	static FILE *null;
	if (!null)
		null = fopen("/dev/null", "w");
	rsd_diags_print(d, null, 0);
	rsd_diags_print(d, null, 1);
}

/* A NUL-terminated copy of the input. */
static char *fuzz_strdup(const unsigned char *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/*
** A fixed file of the harness's (a --classes map), written once per
** process under /tmp as NAME.PID.classes.yaml; its path.
*/
static const char *fuzz_fixture_file(const char *name, const char *text)
{
	static char path[96];
	if (path[0])
		return path;
	snprintf(path, sizeof path, "/tmp/%s.%ld.classes.yaml", name, (long)getpid());
	FILE *f = fopen(path, "w");
	if (!f || fwrite(text, 1, strlen(text), f) != strlen(text) || fclose(f) != 0)
		abort();
	return path;
}

#endif
