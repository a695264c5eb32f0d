/*
** fe_helpers.h — shared helpers for the front end's unit tests: compile a
** string, find a diagnostic by message.
*/
#ifndef FE_HELPERS_H
#define FE_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "compile.h"
#include "country.h"
#include "diag.h"
#include "policy.h"

static const struct compile_opts fe_opts = {NULL, 0, false, false, NULL, NULL};

/* Compile src as "test.rpl"; diagnostics land in d (initialised here). */
static inline struct rsd_policy *fe_compile(const char *src, struct rsd_diags *d)
{
	diags_init(d);
	return compile_policy(NULL, 0, "test.rpl", src, strlen(src), &fe_opts, d);
}

/* Index of the first diagnostic whose message contains needle, or -1. */
static inline int fe_find(const struct rsd_diags *d, const char *needle)
{
	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->v[i].msg, needle))
			return (int)i;
	return -1;
}

/* Compile, expect failure with a message containing needle at line:col. */
static inline void fe_expect_error(const char *src, const char *needle, unsigned line, unsigned col)
{
	struct rsd_diags d;
	struct rsd_policy *p = fe_compile(src, &d);
	if (p || fe_find(&d, needle) < 0) {
		diag_print(&d, stderr, false);
		fprintf(stderr, "wanted an error containing: %s\n", needle);
	}
	assert_null(p);
	int i = fe_find(&d, needle);
	assert_true(i >= 0);
	assert_int_equal(d.v[i].sev, DIAG_ERROR);
	if (line) {
		assert_int_equal(d.v[i].loc.line, line);
		assert_int_equal(d.v[i].loc.col, col);
	}
	diags_free(&d);
}

/* Compile, expect success; the caller frees. */
static inline struct rsd_policy *fe_ok(const char *src)
{
	struct rsd_diags d;
	struct rsd_policy *p = fe_compile(src, &d);
	if (!p)
		diag_print(&d, stderr, false);
	assert_non_null(p);
	assert_int_equal(d.nerrors, 0);
	diags_free(&d);
	return p;
}

static inline int fe_cc(const char *code)
{
	return country_lookup(code, strlen(code));
}

#endif
