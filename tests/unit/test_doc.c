/*
** test_doc.c — the positioned document tree (src/doc.c): positions, tags,
** scalars and collections sharing their storage, keys stored once, a
** document far larger than the first arena chunks, the sniffers that run
** over every input (plan_is_fides, plan_is_terraform).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "doc.h"
#include "fides.h"
#include "plan.h"
#include "util.h"

static void test_positions_and_tags(void **state)
{
	(void)state;
	static const char y[] = "a: !Ref X\n"
				"b:\n"
				"  - 1\n"
				"  - \"two\"\n"
				"  - !Sub [\"${x}\", {x: 1}]\n"
				"c: !Foo bar\n"
				"d: {}\n";
	struct arena a;
	arena_init(&a);
	struct rsd_diags d;
	diags_init(&d);
	struct doc_node *root = doc_parse(&a, "t.yaml", y, sizeof y - 1, &d, NULL);
	assert_non_null(root);
	assert_int_equal(root->kind, DOC_MAP);
	assert_int_equal(root->n, 4);
	const struct doc_node *ra = doc_get(root, "a");
	assert_string_equal(doc_str(ra), "X");
	assert_string_equal(doc_tag(ra), "!Ref");
	assert_int_equal(ra->len, 1);
	assert_int_equal(ra->line, 1);
	assert_int_equal(ra->col, 4);
	const struct doc_node *b = doc_get(root, "b");
	assert_int_equal(b->kind, DOC_SEQ);
	assert_int_equal(b->n, 3);
	assert_null(doc_tag(b));
	assert_null(doc_str(b));
	assert_false(b->items[0]->quoted);
	assert_true(b->items[1]->quoted);
	assert_int_equal(b->items[1]->line, 4);
	assert_int_equal(b->items[1]->col, 5);
	assert_string_equal(doc_tag(b->items[2]), "!Sub");
	assert_int_equal(b->items[2]->kind, DOC_SEQ);
	assert_string_equal(doc_tag(doc_get(root, "c")), "!");	/* any other local tag */
	const struct doc_node *dn = doc_get(root, "d");
	assert_int_equal(dn->kind, DOC_MAP);
	assert_int_equal(dn->n, 0);
	assert_null(doc_get(dn, "x"));
	assert_null(doc_get(root, "ab"));	/* same first letter, other length */
	assert_int_equal(d.nerrors, 0);
	arena_free(&a);
	diags_free(&d);
}

/* 20,000 mappings: many arena chunks, the key table full long before the end
   (from then on, new keys are stored where they occur). */
static void test_large(void **state)
{
	(void)state;
	struct strbuf sb = {0};
	sb_puts(&sb, "[");
	for (int i = 0; i < 20000; i++)
		sb_printf(&sb, "%s{\"Type\": \"T%d\", \"id%d\": [%d, \"x\"], \"Tags\": {\"k\": \"v%d\"}}", i ? ",\n" : "",
			  i, i, i, i);
	sb_puts(&sb, "]\n");
	struct arena a;
	arena_init(&a);
	struct rsd_diags d;
	diags_init(&d);
	struct doc_node *root = doc_parse(&a, "big.json", sb.s, sb.len, &d, NULL);
	assert_non_null(root);
	assert_int_equal(root->n, 20000);
	for (uint32_t i = 0; i < root->n; i += 997) {
		char key[32], want[32];
		snprintf(key, sizeof key, "id%u", i);
		const struct doc_node *m = root->items[i];
		assert_int_equal(m->line, i + 1);
		assert_int_equal(doc_get(m, key)->n, 2);
		snprintf(want, sizeof want, "T%u", i);
		assert_string_equal(doc_str(doc_get(m, "Type")), want);
		snprintf(want, sizeof want, "v%u", i);
		assert_string_equal(doc_str(doc_get(doc_get(m, "Tags"), "k")), want);
	}
	/* a repeated key is stored once while the key table has room (3,072
	   keys: here the first thousand mappings or so) */
	assert_ptr_equal(root->items[0]->items[0]->s, root->items[500]->items[0]->s);
	arena_free(&a);
	diags_free(&d);
	sb_free(&sb);
}

static void test_errors(void **state)
{
	(void)state;
	static const char *const bad[] = {"a: &x 1\nb: *x\n", "a: 1\n---\nb: 2\n", "", "a: [1\n"};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		struct arena a;
		arena_init(&a);
		struct rsd_diags d;
	diags_init(&d);
		if (doc_parse(&a, "bad.yaml", bad[i], strlen(bad[i]), &d, NULL) || d.nerrors != 1)
			fail_msg("bad case %zu: %zu errors", i, (size_t)d.nerrors);
		arena_free(&a);
		diags_free(&d);
	}
}

static void test_sniffers(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		bool fides;
	} f[] = {
		{"system:\n", true}, {"\xEF\xBB\xBFsystem:\n", true}, {"abcdefg\nsystem:", true},
		{"abcdefgh\ndataset:\n", true}, {"a: 1\n system:\n", false}, {"a: 1\nsystems:\n", false},
		{"a: 1\n\n\n\n\n\n\n\n\n\n\n\ndataset:", true}, {"", false},
	};
	for (size_t i = 0; i < ARRAY_LEN(f); i++)
		if (plan_is_fides(f[i].text, strlen(f[i].text)) != f[i].fides)
			fail_msg("plan_is_fides, case %zu", i);
	static const struct {
		const char *text;
		bool tf;
	} t[] = {
		{"{\"format_version\":\"1.2\",\"planned_values\":{}}", true},
		{"  {\"resource_changes\":[], \"x\": \"\", \"format_version\": \"1\"}", true},
		{"{\"format_version\":\"1.2\"}", false},
		{"{\"planned_values\":{}}", false},
		{"[\"format_version\",\"planned_values\"]", false},
		{"{\"format_version\":1,\"planned_value\":{}}", false},
		{"{\"k\":\"format_version\",\"resource_changes\":0}", true},	/* a sniffer, not a parser */
	};
	for (size_t i = 0; i < ARRAY_LEN(t); i++)
		if (plan_is_terraform(t[i].text, strlen(t[i].text)) != t[i].tf)
			fail_msg("plan_is_terraform, case %zu", i);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_positions_and_tags),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_sniffers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
