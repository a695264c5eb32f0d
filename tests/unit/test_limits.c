/*
** test_limits.c — limits that hostile input must not get around (issue 22):
** the keyed name hash; big blocks that grow past their reservation keep
** their bytes.  The time and memory bounds of whole commands are in
** tests/suites/limits.sh.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static uint32_t fnv1a(const char *s)
{
	uint32_t h = 2166136261u;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/*
** Names that all fall into one bucket of a 4096-slot table under the old
** unkeyed FNV-1a (the adversarial review flooded the store table with 30000
** of them, 16 bits): under the keyed hash they spread like any names.
*/
static void test_hash_flooding_names_spread(void **state)
{
	(void)state;
	enum { N = 2000, MASK = 0xfff };
	static unsigned char used[MASK + 1];
	char buf[32];
	unsigned found = 0, distinct = 0;
	for (unsigned long i = 0; found < N; i++) {
		snprintf(buf, sizeof buf, "s%lx", i);
		if ((fnv1a(buf) & MASK) != 0)
			continue;
		found++;
		uint32_t b = str_hash(buf) & MASK;
		if (!used[b]) {
			used[b] = 1;
			distinct++;
		}
	}
	/* random: about 4096 * (1 - e^(-2000/4096)) = 1588 buckets; FNV-1a: 1 */
	assert_true(distinct > 1200);
}

/* The hash is a function: equal names, equal hashes (within one process). */
static void test_hash_is_stable(void **state)
{
	(void)state;
	assert_int_equal(str_hash("aws:eu-west-1"), str_hash("aws:eu-west-1"));
	assert_int_equal(str_hash(""), str_hash(""));
	char long_name[100];
	memset(long_name, 'x', sizeof long_name - 1);
	long_name[sizeof long_name - 1] = '\0';
	assert_int_equal(str_hash(long_name), str_hash(long_name));
	assert_int_not_equal(str_hash("orders-db"), str_hash("orders-dc"));
}

/*
** An array grown by doubling from nothing to 64 MiB with xgrow_big: past
** BIG_MIN it is a big block, which grows in place within its reservation
** and is moved (pages remapped, not copied) beyond it.  Every element
** written before a move must be there after it, at every step.
*/
static void test_big_block_growth_keeps_bytes(void **state)
{
	(void)state;
	uint64_t *a = NULL;
	size_t cap = 0, n = (size_t)8 << 20;	/* 64 MiB of uint64_t */
	for (size_t i = 0; i < n; i++) {
		a = xgrow_big(a, &cap, i + 1, sizeof *a);
		a[i] = i * 0x9E3779B97F4A7C15u;
		if ((i & (i + 1)) == 0)	/* at 2^k - 1: check everything so far */
			for (size_t j = 0; j <= i; j += 4093)
				assert_true(a[j] == j * 0x9E3779B97F4A7C15u);
	}
	for (size_t j = 0; j < n; j++)
		if (a[j] != j * 0x9E3779B97F4A7C15u)
			fail_msg("element %zu lost", j);
	a = xrealloc(a, 16);	/* shrinking keeps the head */
	assert_true(a[1] == 0x9E3779B97F4A7C15u);
	xfree(a);
}

/*
** big_trim gives back the pages past what a block holds: the bytes before
** stay, the pages after can be written again (they read as zeros; under
** AddressSanitizer big blocks are ordinary allocations and keep their
** bytes); on an ordinary allocation it does nothing.
*/
static void test_big_trim_keeps_the_head(void **state)
{
	(void)state;
	size_t n = (size_t)6 << 20;
	unsigned char *p = big_alloc(n, 4 * n);
	memset(p, 0xA5, n);
	big_trim(p, 5000);	/* not page-aligned: the page holding byte 4999 stays */
	for (size_t i = 0; i < 5000; i++)
		if (p[i] != 0xA5)
			fail_msg("byte %zu lost", i);
	assert_true(p[n - 1] == 0 || p[n - 1] == 0xA5);
	p[n - 1] = 7;
	assert_int_equal(p[n - 1], 7);
	xfree(p);
	char *q = xmalloc(64);	/* not a big block */
	memset(q, 1, 64);
	big_trim(q, 0);
	assert_int_equal(q[63], 1);
	xfree(q);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hash_flooding_names_spread),
		cmocka_unit_test(test_hash_is_stable),
		cmocka_unit_test(test_big_block_growth_keeps_bytes),
		cmocka_unit_test(test_big_trim_keeps_the_head),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
