/*
** test_sema.c — semantic analysis and lowering (src/sema.c, src/lower.c,
** src/compile.c): namespaces, order independence, errors, class closure,
** rule scopes, conditions, tests, imports and compile_fact.
*/
#include "fe_helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "stdlib_files.h"
#include "util.h"

static void test_sema_order_independent(void **state)
{
	(void)state;
	/* every name used before its declaration */
	struct rsd_policy *p = fe_ok(
		"rule r { on transfer of health to not EEA require mechanism SCC }\n"
		"region EEA = EU + { NO }\n"
		"class health : personal\n"
		"region EU = { DE, FR }\n"
		"class personal { sensitivity confidential }\n"
		"mechanism SCC\n");
	assert_int_equal(p->nrules, 1);
	assert_int_equal(p->nregions, 2);
	assert_int_equal(policy_find_region(p, "EEA"), 0);
	policy_free(p);
}

static void test_sema_errors(void **state)
{
	(void)state;
	fe_expect_error("region EEA = { DE }\nregion X = EEAA\n", "unknown region 'EEAA'; did you mean 'EEA'?", 2, 12);
	fe_expect_error("region R = { DE }\nclass R\n", "duplicate name 'R': already declared as a region", 2, 7);
	fe_expect_error("levels a < b\nregion b = { DE }\n", "duplicate name 'b': already declared as a sensitivity level", 2, 8);
	fe_expect_error("class JP\n", "'JP' is a country code and cannot be declared", 1, 7);
	fe_expect_error("mechanism WORLD\n", "'WORLD' is predeclared", 1, 11);
	fe_expect_error("region A = { B }\nregion B = C\nregion C = A\n", "region cycle: A -> B -> C -> A", 3, 12);
	fe_expect_error("class a : b\nclass b : a\n", "class cycle: a -> b -> a", 2, 11);
	fe_expect_error("class c\nregion X = c\n", "'c' is a class, not a region", 2, 12);
	fe_expect_error("levels a < b\nlevels c\n", "more than one 'levels' declaration", 2, 1);
	fe_expect_error("class c { sensitivity secret }\n", "unknown sensitivity level 'secret'", 1, 23);
	fe_expect_error("class c\nrule r { on store of c require to in { DE } }\n",
			"'to in' applies only to transfer rules; this is a store rule", 2, 32);
	fe_expect_error("class c\nrule r { on transfer of c require encrypted at_rest }\n",
			"'encrypted at_rest' applies only to store rules", 2, 35);
	fe_expect_error("class c\nrule r { require true }\n", "rule 'r' has no 'on' clause", 2, 6);
	fe_expect_error("class c\nrule r { on store of c }\n", "rule 'r' has no 'require'", 2, 6);
	fe_expect_error("class c\nrule r { on store of c require true cite \"a\" cite \"b\" }\n", "duplicate 'cite' in rule 'r'",
			2, 46);
	fe_expect_error("class c\ntest \"t\" { transfer of c from DE to US with origin DE expect pass }\n",
			"'origin' is a property of stores, not of transfers", 2, 45);
	fe_expect_error("class c\ntest \"t\" { store of c at DE }\n", "test \"t\" has no 'expect'", 2, 6);
	fe_expect_error("class c\ntest \"t\" { store of c at DE as_of 2024-01-01 expect pass }\n",
			"'as_of' must come first in a test", 2, 29);
	fe_expect_error("class c\ntest \"t\" { expect violation nope }\n", "unknown rule 'nope'", 2, 29);
	fe_expect_error("class c\nlocation aws:a = DE\ntest \"t\" { store of c at aws:b expect pass }\n",
			"unknown location 'aws:b'; did you mean 'aws:a'?", 3, 26);
	fe_expect_error("provider Aws { operator US }\n", "provider name 'Aws' can never match a location", 1, 10);
	fe_expect_error("class c\nrule r { on store of c require encrypted at_rest or via replica }\n",
			"'via replica' applies only to transfer rules; this is a store rule", 2, 53);
	fe_expect_error("class c\nrule r { on store of c when not via backup require true }\n",
			"'via backup' applies only to transfer rules; this is a store rule", 2, 33);
	fe_expect_error("class c\nrule r { on transfer of c require via flows }\n",
			"unexpected 'flows'; expected 'flow', 'replica' or 'backup'", 2, 39);
	fe_expect_error("class c\nrule r { on transfer of c require subjects }\n",
			"unexpected '}'; expected 'known', '==', '!=', '<=', '>=', '<' or '>'", 2, 44);
	fe_expect_error("class c\nregion via = { DE }\n",
			"unexpected 'via' (a keyword cannot be used as a name); expected a name", 2, 8);
}

/* `via K` and `subjects known` (added 2026-12); flow, replica and backup
   stay free as names outside `via` */
static void test_sema_via_known(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"class flow\nregion replica = { DE }\nmechanism backup\n"
		"rule r {\n  on transfer of flow from replica\n  when not via flow or via backup\n"
		"  require subjects known and via replica or mechanism backup\n}\n"
		"rule s {\n  on store of flow in replica\n  require subjects known\n}\n"
		"test \"t\" {\n  store s of flow at DE with replicas at FR, subjects 0\n"
		"  transfer of flow from s to US with mechanism backup\n  expect pass\n}\n");
	struct pol_rule *r = &p->rules[0];
	assert_int_equal(r->when[0]->op, COND_OR);
	assert_int_equal(r->when[0]->l->op, COND_NOT);
	assert_int_equal(r->when[0]->l->l->op, COND_VIA);
	assert_int_equal(r->when[0]->l->l->via, VIA_FLOW);
	assert_int_equal(r->when[0]->r->via, VIA_BACKUP);
	assert_string_equal(r->when_text[0], "not via flow or via backup");
	struct cond *k = r->requires[0].cond;
	assert_int_equal(k->op, COND_OR);
	assert_int_equal(k->l->l->op, COND_SUBJECTS_KNOWN);
	assert_int_equal(k->l->r->op, COND_VIA);
	assert_int_equal(k->l->r->via, VIA_REPLICA);
	assert_int_equal(k->r->op, COND_MECH);
	assert_string_equal(r->requires[0].text, "subjects known and via replica or mechanism backup");
	assert_int_equal(p->rules[1].requires[0].cond->op, COND_SUBJECTS_KNOWN);
	/* the facts: a stated 0 is stated; no count is not */
	assert_true(p->tests[0].facts[0].has_subjects);
	assert_false(p->tests[0].facts[1].has_subjects);
	policy_free(p);
}

/* All independent errors are reported, up to the limit, in source order. */
static void test_sema_keeps_going(void **state)
{
	(void)state;
	struct rsd_diags d;
	struct rsd_policy *p = fe_compile("class c : nope\nregion R = NOPE2\nrule r { on store of nope3 require true }\n"
					  "test \"t\" { store of c at XX expect pass }\n", &d);
	assert_null(p);
	assert_int_equal(d.nerrors, 4);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(d.v[i].loc.line, i + 1);
	diags_free(&d);

	struct strbuf sb = {0};
	for (int i = 0; i < 80; i++)
		sb_printf(&sb, "region R%d = X%d\n", i, i);
	p = fe_compile(sb.s, &d);
	assert_null(p);
	assert_int_equal(d.nerrors, 50);
	assert_true(d.truncated);
	diags_free(&d);
	sb_free(&sb);
}

static void test_sema_duplicate_note(void **state)
{
	(void)state;
	struct rsd_diags d;
	assert_null(fe_compile("class a\nmechanism M\nclass a\n", &d));
	assert_int_equal(d.n, 2);
	assert_int_equal(d.v[0].sev, DIAG_ERROR);
	assert_int_equal(d.v[0].loc.line, 3);
	assert_int_equal(d.v[1].sev, DIAG_NOTE);
	assert_int_equal(d.v[1].loc.line, 1);
	assert_string_equal(d.v[1].msg, "class 'a' declared here");
	diags_free(&d);
}

static void test_sema_classes(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"class personal { sensitivity confidential }\n"
		"class special : personal { sensitivity highly_sensitive }\n"
		"class health : special\n"
		"class secret { sensitivity sensitive }\n"
		"class record : personal, secret\n"
		"class plain\n");
	int personal = policy_find_class(p, "personal"), special = policy_find_class(p, "special"),
	    health = policy_find_class(p, "health"), secret = policy_find_class(p, "secret"),
	    record = policy_find_class(p, "record"), plain = policy_find_class(p, "plain");
	/* default levels: public < internal < confidential < sensitive < highly_sensitive */
	assert_int_equal(p->nlevels, 5);
	assert_string_equal(p->levels[0], "public");
	assert_int_equal(p->classes[personal].sens, 2);
	assert_int_equal(p->classes[health].sens, 4);	/* inherited from special */
	assert_int_equal(p->classes[record].sens, 3);	/* highest of confidential, sensitive */
	assert_int_equal(p->classes[plain].sens, 0);	/* lowest */
	assert_true(bits_has(&p->classes[personal].descendants, (unsigned)health));
	assert_true(bits_has(&p->classes[personal].descendants, (unsigned)record));
	assert_true(bits_has(&p->classes[personal].descendants, (unsigned)personal));
	assert_false(bits_has(&p->classes[personal].descendants, (unsigned)secret));
	assert_int_equal(bits_count(&p->classes[health].ancestors), 3);
	assert_true(bits_has(&p->classes[record].ancestors, (unsigned)secret));
	assert_int_equal(p->classes[record].nparents, 2);
	assert_int_equal(p->classes[special].parents[0], personal);
	policy_free(p);
}

static void test_sema_rule_scopes(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"levels low < mid < high\n"
		"class a { sensitivity low }\nclass b : a { sensitivity high }\nclass c { sensitivity mid }\n"
		"region EU = { DE, FR }\n"
		"rule r1 { on store of a in EU require true }\n"
		"rule r2 { on transfer of any origin EU from { DE } to not EU require false severity info }\n"
		"rule r3 { on transfer of sensitivity >= mid require true since 2020-01-01 }\n"
		"rule r4 { on store of { c, b } require true until 2021-01-01 }\n");
	int a = policy_find_class(p, "a"), b = policy_find_class(p, "b"), c = policy_find_class(p, "c");
	struct pol_rule *r = p->rules;
	assert_int_equal(r[0].kind, RULE_STORE);
	assert_true(bits_has(&r[0].classes, (unsigned)a) && bits_has(&r[0].classes, (unsigned)b));
	assert_false(bits_has(&r[0].classes, (unsigned)c));
	assert_int_equal(r[0].in_slot, p->regions[0].slot);	/* a bare region reuses its slot */
	assert_int_equal(r[0].origin_slot, NO_SLOT);
	assert_int_equal(r[0].severity, SEV_ERROR);
	assert_int_equal(r[0].since, DATE_MIN);
	assert_int_equal(r[0].until, DATE_MAX);
	assert_int_equal(bits_count(&r[1].classes), 3);
	assert_int_equal(r[1].kind, RULE_TRANSFER);
	assert_int_equal(r[1].origin_slot, p->regions[0].slot);
	assert_true(r[1].from_slot != NO_SLOT && r[1].to_slot != NO_SLOT && r[1].to_slot != r[1].from_slot);
	assert_int_equal(r[1].in_slot, NO_SLOT);
	assert_int_equal(r[1].severity, SEV_INFO);
	assert_int_equal(bits_count(&r[2].classes), 2);
	assert_true(bits_has(&r[2].classes, (unsigned)b) && bits_has(&r[2].classes, (unsigned)c));
	assert_int_equal(r[2].since, date_from_ymd(2020, 1, 1));
	assert_true(bits_has(&r[3].classes, (unsigned)c) && bits_has(&r[3].classes, (unsigned)b));
	assert_int_equal(bits_count(&r[3].classes), 2);
	assert_int_equal(r[3].until, date_from_ymd(2021, 1, 1));
	policy_free(p);
}

static void test_sema_conditions(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"class c\nmechanism A\nmechanism B\nregion EU = { DE }\n"
		"rule r {\n  on transfer of c\n  when not anonymized\n"
		"  require   mechanism in { A,\n   B }   or (to   in EU  # why\n and mechanism B)\n"
		"  require subjects < 1_000 and attr tier == \"gold\" and attr x != 2 and attr flag\n"
		"}\n");
	struct pol_rule *r = &p->rules[0];
	assert_int_equal(r->nwhen, 1);
	assert_int_equal(r->when[0]->op, COND_NOT);
	assert_int_equal(r->when[0]->l->op, COND_ANONYMIZED);
	assert_int_equal(r->nrequires, 2);
	/* source text, comments dropped, whitespace runs collapsed */
	assert_string_equal(r->requires[0].text, "mechanism in { A, B } or (to in EU and mechanism B)");
	assert_int_equal(r->requires[0].loc.line, 8);
	assert_int_equal(r->requires[0].loc.col, 13);
	struct cond *k = r->requires[0].cond;
	assert_int_equal(k->op, COND_OR);
	assert_int_equal(k->l->op, COND_MECH);
	assert_int_equal(bits_count(&k->l->mechs), 2);
	assert_int_equal(k->r->op, COND_AND);
	assert_int_equal(k->r->l->op, COND_TO_IN);
	assert_int_equal(k->r->l->slot, p->regions[0].slot);
	assert_true(bits_has(&k->r->r->mechs, (unsigned)policy_find_mech(p, "B")));
	k = r->requires[1].cond;	/* (((subjects and tier) and x) and on) */
	assert_int_equal(k->r->op, COND_ATTR);
	assert_string_equal(k->r->attr, "flag");
	assert_int_equal(k->l->r->op, COND_ATTR_CMP);
	assert_int_equal(k->l->r->cmp, CMP_NE);
	assert_int_equal(k->l->r->val.kind, VAL_NUM);
	assert_string_equal(k->l->l->r->val.s, "gold");
	assert_int_equal(k->l->l->l->op, COND_SUBJECTS);
	assert_true(k->l->l->l->num == 1000);
	policy_free(p);
}

static void test_sema_locations_and_operators(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"location zz:b = DE\nlocation aws:x = US\nlocation aws:sov = DE { operator DE }\n"
		"provider aws { operator US }\nlocation gcp:EU = { DE, FR }\n");
	/* sorted by name for binary search */
	for (uint32_t i = 1; i < p->nlocations; i++)
		assert_true(strcmp(p->locations[i - 1].name, p->locations[i].name) < 0);
	int x = policy_find_location(p, "aws:x"), sov = policy_find_location(p, "aws:sov"),
	    g = policy_find_location(p, "gcp:EU");
	assert_true(x >= 0 && sov >= 0 && g >= 0);
	assert_int_equal(p->locations[x].provider, 0);
	assert_int_equal(p->locations[x].operator_slot, p->providers[0].operator_slot);
	assert_true(p->locations[sov].operator_slot != NO_SLOT);
	assert_true(p->locations[sov].operator_slot != p->providers[0].operator_slot);
	assert_int_equal(p->locations[g].provider, -1);
	assert_int_equal(p->locations[g].operator_slot, NO_SLOT);
	struct bits *sets = policy_sets_at(p, date_from_ymd(2025, 1, 1));
	assert_true(bits_has(&sets[p->locations[sov].operator_slot], (unsigned)fe_cc("DE")));
	assert_true(bits_has(&sets[p->providers[0].operator_slot], (unsigned)fe_cc("US")));
	assert_int_equal(bits_count(&sets[p->locations[g].slot]), 2);
	xfree(sets);
	policy_free(p);
}

static void test_sema_tests(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok(
		"class personal\nclass health : personal\nmechanism SCC\nlocation aws:x = US\n"
		"rule r { on transfer of personal require mechanism SCC }\n"
		"test \"chain\" {\n  as_of 2025-01-01\n"
		"  store crm of personal, health at DE, aws:x with replicas at { FR }, key at DE, subjects 10, attr t = \"a\", encrypted at_rest\n"
		"  transfer of personal from crm to US with mechanism SCC until 2026-01-01, encrypted in_transit\n"
		"  transfer   of health from DE to crm\n"
		"  expect violation r, r\n}\n"
		"test \"p\" { expect pass }\n");
	assert_int_equal(p->ntests, 2);
	struct pol_test *t = &p->tests[0];
	assert_string_equal(t->name, "chain");
	assert_int_equal(t->as_of, date_from_ymd(2025, 1, 1));
	assert_int_equal(t->loc.file, 0);
	assert_int_equal(t->nfacts, 3);
	assert_false(t->expect_pass);
	assert_int_equal(t->nexpect, 1);	/* duplicates folded */
	assert_int_equal(t->expect[0], 0);
	struct pol_fact *f = &t->facts[0];
	assert_int_equal(f->kind, FACT_STORE);
	assert_string_equal(f->name, "crm");
	assert_int_equal(bits_count(&f->classes), 2);
	assert_int_equal(f->nplaces, 2);
	assert_int_equal(f->places[0].kind, PLACE_COUNTRY);
	assert_int_equal(f->places[0].country, fe_cc("DE"));
	assert_int_equal(f->places[1].kind, PLACE_LOCATION);
	assert_int_equal(f->nreplicas, 1);
	assert_true(f->has_key);
	assert_true(f->subjects == 10);
	assert_int_equal(f->nattrs, 1);
	assert_string_equal(f->attrs[0].val.s, "a");
	assert_true(f->enc_at_rest);
	assert_false(f->enc_in_transit);
	f = &t->facts[1];
	assert_null(f->name);
	assert_int_equal(f->from_store, 0);
	assert_int_equal(f->to_store, -1);
	assert_int_equal(f->to.country, fe_cc("US"));
	assert_int_equal(f->nmechs, 1);
	assert_int_equal(f->mechs[0].expires, date_from_ymd(2026, 1, 1));
	assert_true(f->enc_in_transit);
	assert_string_equal(t->facts[2].text, "transfer of health from DE to crm");
	assert_int_equal(t->facts[2].to_store, 0);
	assert_int_equal(t->facts[2].loc.line, 10);
	assert_true(p->tests[1].expect_pass);
	assert_int_equal(p->tests[1].as_of, DATE_NONE);
	policy_free(p);
}

static void test_sema_class_limit(void **state)
{
	(void)state;
	struct strbuf sb = {0};
	for (int i = 0; i < 256; i++)
		sb_printf(&sb, "class c%d\nmechanism m%d\n", i, i);
	struct rsd_policy *p = fe_ok(sb.s);
	assert_int_equal(p->nclasses, 256);
	assert_int_equal(p->nmechs, 256);
	policy_free(p);
	sb_puts(&sb, "class one_too_many\n");
	fe_expect_error(sb.s, "too many class declarations: at most 256", 513, 7);
	sb_free(&sb);
}

/* ---------------------------------------------------------------- imports */

static char tmpdir[64];

static void write_text(const char *rel, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
	char *slash = strrchr(path, '/');
	*slash = '\0';
	mkdir(path, 0755);
	*slash = '/';
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int setup_dir(void **state)
{
	(void)state;
	strcpy(tmpdir, "/tmp/rsd-sema-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	write_text("lib/gdpr.rpl", "import \"./base/regions.rpl\"\nmechanism SCC\nimport \"core\"\n");
	write_text("lib/base/regions.rpl", "region EU = { DE, FR }\nimport \"../gdpr.rpl\"\n");
	write_text("lib/core.rpl", "class personal\n");
	write_text("env/envlib.rpl", "class from_env\n");
	write_text("pol/main.rpl", "import \"gdpr\"\nimport \"./sub/local.rpl\"\nimport \"envlib\"\n"
		   "rule r { on transfer of personal to not EU require mechanism SCC }\n");
	write_text("pol/sub/local.rpl", "import \"../main.rpl\"\nclass local\n");
	write_text("pol/bad.rpl", "class a\n\nimport \"nowhere\"\n");
	return 0;
}

static int teardown_dir(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_sema_imports(void **state)
{
	(void)state;
	char lib[128], env[128], main_rpl[128];
	snprintf(lib, sizeof lib, "%s/lib", tmpdir);
	snprintf(env, sizeof env, "/nonexistent:%s/env", tmpdir);
	snprintf(main_rpl, sizeof main_rpl, "%s/pol/main.rpl", tmpdir);
	setenv("RESIDENCY_PATH", env, 1);
	const char *libs[] = {lib};
	struct compile_opts o = {libs, 1, true, false};
	struct rsd_diags d;
	diags_init(&d);
	const char *paths[] = {main_rpl, main_rpl};
	struct rsd_policy *p = compile_policy(paths, 2, NULL, NULL, 0, &o, &d);
	if (!p)
		diag_print(&d, stderr, false);
	assert_non_null(p);
	/* main, gdpr, regions, core, local, envlib: each once despite the cycles */
	assert_int_equal(p->nfiles, 6);
	assert_true(p->files[0].root);
	for (uint32_t i = 1; i < p->nfiles; i++)
		assert_false(p->files[i].root);
	assert_true(policy_find_class(p, "from_env") >= 0);
	assert_true(policy_find_class(p, "local") >= 0);
	assert_non_null(strstr(p->files[2].path, "lib/base/regions.rpl"));
	policy_free(p);
	diags_free(&d);

	/* without RESIDENCY_PATH the env library is missing: error at the import line */
	o.use_env = false;
	diags_init(&d);
	assert_null(compile_policy(paths, 1, NULL, NULL, 0, &o, &d));
	int i = fe_find(&d, "cannot find import \"envlib\"");
	assert_true(i >= 0);
	assert_int_equal(d.v[i].loc.line, 3);
	assert_int_equal(d.v[i].loc.col, 1);
	diags_free(&d);
	unsetenv("RESIDENCY_PATH");

	diags_init(&d);
	const char *missing[] = {"/nonexistent/x.rpl"};
	assert_null(compile_policy(missing, 1, NULL, NULL, 0, &o, &d));
	assert_string_equal(d.v[0].msg, "cannot read '/nonexistent/x.rpl': No such file or directory");
	assert_false(d.v[0].has_loc);
	diags_free(&d);
}

/* The built-in library: import "x" finds stdlib_files by name (when present). */
static void test_sema_builtin_library(void **state)
{
	(void)state;
	struct compile_opts o = {NULL, 0, false, true};
	struct rsd_diags d;
	diags_init(&d);
	const char src[] = "import \"surely_not_in_the_library\"\n";
	assert_null(compile_policy(NULL, 0, "b.rpl", src, sizeof src - 1, &o, &d));
	assert_non_null(strstr(d.v[0].msg, "built-in library"));
	diags_free(&d);
	if (stdlib_nfiles == 0)
		return;
	char imp[256];
	snprintf(imp, sizeof imp, "import \"%s\"\n", stdlib_files[0].name);
	diags_init(&d);
	struct rsd_policy *p = compile_policy(NULL, 0, "b.rpl", imp, strlen(imp), &o, &d);
	if (p) {
		assert_true(p->nfiles >= 2);
		assert_non_null(strstr(p->files[1].path, "<lib>/"));
	}
	policy_free(p);
	diags_free(&d);
}

static void test_sema_compile_fact(void **state)
{
	(void)state;
	struct rsd_policy *p = fe_ok("class personal\nmechanism SCC\nlocation aws:us = US\n");
	struct arena a;
	arena_init(&a);
	struct rsd_diags d;
	diags_init(&d);
	struct pol_fact *f = compile_fact(p, "transfer of personal from DE to aws:us with mechanism SCC, subjects 3", &a, &d);
	assert_non_null(f);
	assert_int_equal(f->kind, FACT_TRANSFER);
	assert_int_equal(f->to.kind, PLACE_LOCATION);
	assert_int_equal(f->from_store, -1);
	assert_int_equal(f->nmechs, 1);
	assert_true(f->subjects == 3);
	assert_string_equal(f->text, "transfer of personal from DE to aws:us with mechanism SCC, subjects 3");
	f = compile_fact(p, "store   of personal at DE", &a, &d);
	assert_non_null(f);
	assert_string_equal(f->text, "store of personal at DE");
	assert_int_equal(d.nerrors, 0);

	assert_null(compile_fact(p, "store of persnal at DE", &a, &d));
	assert_string_equal(d.v[d.n - 1].msg, "unknown class 'persnal'; did you mean 'personal'?");
	assert_string_equal(d.v[d.n - 1].loc.file->name, "<fact>");
	assert_int_equal(d.v[d.n - 1].loc.col, 10);
	assert_null(compile_fact(p, "transfer of personal from crm to US", &a, &d));
	assert_null(compile_fact(p, "store of personal", &a, &d));
	assert_non_null(strstr(d.v[d.n - 1].msg, "unexpected end of input"));
	diags_free(&d);
	arena_free(&a);
	policy_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sema_order_independent),
		cmocka_unit_test(test_sema_errors),
		cmocka_unit_test(test_sema_via_known),
		cmocka_unit_test(test_sema_keeps_going),
		cmocka_unit_test(test_sema_duplicate_note),
		cmocka_unit_test(test_sema_classes),
		cmocka_unit_test(test_sema_rule_scopes),
		cmocka_unit_test(test_sema_conditions),
		cmocka_unit_test(test_sema_locations_and_operators),
		cmocka_unit_test(test_sema_tests),
		cmocka_unit_test(test_sema_class_limit),
		cmocka_unit_test_setup_teardown(test_sema_imports, setup_dir, teardown_dir),
		cmocka_unit_test(test_sema_builtin_library),
		cmocka_unit_test(test_sema_compile_fact),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
