/*
** test_fides.c — Fides data maps (src/import_fides.c), sub-processor lists
** (src/import_csv.c), sub-processors of YAML plans (src/plan_yaml.c) and
** the country names and alpha-3 codes they read (src/country_names.c).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "country.h"
#include "diag.h"
#include "fides.h"
#include "plan.h"
#include "policy.h"
#include "util.h"

/* A policy with the library's class names but no special categories below
   `personal` except health (the built-in mapping falls back for the rest). */
static const char policy_src[] =
	"class personal\n"
	"class payment : personal\n"
	"class special_category : personal\n"
	"class health : special_category\n"
	"location aws:eu-central-1 = DE\n"
	"location aws:us-east-2 = US\n"
	"location vendor:openai = US\n"
	"mechanism EU_SCC\n";

struct fx {
	struct rsd_policy *pol;
	struct rsd_diags d;
	struct rsd_plan *pl;
	char *out;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	struct compile_opts o = {NULL, 0, false, false, NULL, NULL};
	diags_init(&f->d);
	f->pol = compile_policy(NULL, 0, "test.rpl", policy_src, sizeof policy_src - 1, &o, &f->d);
	if (!f->pol) {
		diag_print(&f->d, stderr, false);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	plan_free(f->pl);
	diags_free(&f->d);
	policy_free(f->pol);
	free(f->out);
	free(f);
	return 0;
}

static const char *render(struct fx *f)
{
	static const char *const sev[] = {"error", "warning", "note"};
	struct strbuf sb = {0};
	for (size_t i = 0; i < f->d.n; i++) {
		const struct diag *g = &f->d.v[i];
		if (g->has_loc && g->loc.file)
			sb_printf(&sb, "%s:%u:%u: ", g->loc.file->name, g->loc.line, g->loc.col);
		sb_printf(&sb, "%s: %s\n", sev[g->sev], g->msg);
	}
	free(f->out);
	f->out = sb_take(&sb);
	return f->out ? f->out : "";
}

static struct rsd_plan *fides(struct fx *f, const char *text, const struct fides_opts *o)
{
	diags_free(&f->d);
	diags_init(&f->d);
	plan_free(f->pl);
	f->pl = plan_load_fides(f->pol, "t.yml", xstrdup(text), strlen(text), o, &f->d);
	return f->pl;
}

static int flow_named(const struct rsd_plan *pl, const char *name)
{
	for (uint32_t i = 0; i < pl->nflows; i++)
		if (strcmp(pl->flows[i].name, name) == 0)
			return (int)i;
	return -1;
}

static void test_detect(void **state)
{
	(void)state;
	assert_true(plan_is_fides("system:\n  - fides_key: a\n", 24));
	assert_true(plan_is_fides("# c\ndataset: []\n", 16));
	assert_true(plan_is_fides("\xEF\xBB\xBFsystem: []\n", 14));
	assert_false(plan_is_fides("stores: []\n", 11));
	assert_false(plan_is_fides("stores:\n  - system: x\n", 22));
}

static void test_countries(void **state)
{
	(void)state;
	assert_string_equal(country_code(country_lookup_alpha3("USA", 3)), "US");
	assert_string_equal(country_code(country_lookup_alpha3("GBR", 3)), "GB");
	assert_int_equal(country_lookup_alpha3("XYZ", 3), -1);
	assert_int_equal(country_lookup_alpha3("US", 2), -1);
	assert_string_equal(country_code(country_lookup_folded_name("united states")), "US");
	assert_string_equal(country_code(country_lookup_folded_name("uk")), "GB");
	assert_string_equal(country_code(country_lookup_folded_name("korea, republic of")), "KR");
	assert_string_equal(country_code(country_lookup_folded_name("türkiye")), "TR");
	assert_string_equal(country_code(country_lookup_folded_name("turkiye")), "TR");
	assert_int_equal(country_lookup_folded_name("european union"), -1);
}

/* ARN and endpoint locations, propagation along a chain, merged edges,
   mechanisms, third-country transfers, positions. */
static void test_map(void **state)
{
	struct fx *f = *state;
	static const char text[] =
		"system:\n"
		"  - fides_key: a\n"
		"    fidesctl_meta: {resource_id: 'arn:aws:rds:eu-central-1:1:db:x'}\n"
		"    legal_basis_for_transfers: [SCCs, Adequacy Decision]\n"
		"    third_country_transfers: [USA, USA, CAN]\n"
		"    privacy_declarations:\n"
		"      - data_categories: [user.health_and_medical, user.financial.bank_account]\n"
		"    egress: [{fides_key: b, type: system}]\n"
		"  - fides_key: b\n"
		"    fidesctl_meta: {endpoint_address: x.abc.us-east-2.rds.amazonaws.com}\n"
		"    ingress: [{fides_key: a, type: system}]\n"
		"    egress: [{fides_key: c, type: system}]\n"
		"    privacy_declarations: [{data_categories: [system.operations]}]\n"
		"  - fides_key: c\n"
		"    fidesctl_meta: {resource_id: 'arn:aws:s3:eu-central-1:1:bucket'}\n";
	struct rsd_plan *pl = fides(f, text, NULL);
	if (!pl)
		fprintf(stderr, "%s", render(f));
	assert_non_null(pl);
	assert_int_equal(pl->nstores, 3);
	assert_string_equal(pl->stores[0].name, "a");
	assert_int_equal(pl->stores[0].pos.line, 2);
	assert_int_equal(pl->stores[0].pos.col, 5);
	assert_int_equal(pl->stores[0].primary[0].loc, policy_find_location(f->pol, "aws:eu-central-1"));
	assert_int_equal(pl->stores[1].primary[0].loc, policy_find_location(f->pol, "aws:us-east-2"));
	assert_int_equal(pl->stores[0].nmechs, 1);
	assert_int_equal(pl->stores[0].mechs[0].mech, policy_find_mech(f->pol, "EU_SCC"));
	/* c holds what a holds, through b (which declares nothing sensitive) */
	int health = policy_find_class(f->pol, "health"), payment = policy_find_class(f->pol, "payment");
	assert_true(bits_has(&pl->stores[2].classes, (unsigned)health));
	assert_true(bits_has(&pl->stores[2].classes, (unsigned)payment));
	/* a -> b once (egress and ingress), b -> c, a -> US once, a -> CA */
	assert_int_equal(pl->nflows, 4);
	int ab = flow_named(pl, "a to b");
	assert_true(ab >= 0);
	assert_int_equal(pl->flows[ab].pos.line, 8);
	assert_int_equal(pl->flows[ab].from.store, 0);
	assert_int_equal(pl->flows[ab].to.store, 1);
	assert_int_equal(__builtin_popcountll(pl->flows[ab].mechmask), 1);	/* one, without expiry */
	assert_false(pl->flows[ab].mechs_listed);
	assert_true(flow_named(pl, "b to c") >= 0);
	int us = flow_named(pl, "a to US (third_country_transfers)");
	assert_true(us >= 0);
	assert_int_equal(pl->flows[us].pos.line, 5);
	assert_int_equal(pl->flows[us].pos.col, 31);
	assert_int_equal(pl->flows[us].to.store, -1);
	assert_string_equal(country_code(pl->flows[us].to.place.country), "US");
	assert_true(flow_named(pl, "a to CA (third_country_transfers)") >= 0);
}

static void test_errors(void **state)
{
	struct fx *f = *state;
	static const char text[] =
		"system:\n"
		"  - fides_key: a\n"
		"    third_country_transfers: [ZZZ]\n"
		"    privacy_declarations: [{data_categories: [custom.points]}]\n";
	assert_null(fides(f, text, NULL));
	assert_string_equal(render(f),
		"t.yml:2:16: error: system 'a' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta\n"
		"t.yml:4:47: error: data category 'custom.points' has no class in the category mapping (add it to the --categories file; [] for none)\n"
		"t.yml:3:31: error: unknown country code 'ZZZ' (expected ISO 3166-1 alpha-3, e.g. USA)\n");
}

static void test_locations_file(void **state)
{
	struct fx *f = *state;
	char path[] = "/tmp/test_fides_locXXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	const char *map = "a: vendor:openai\nb: DE\nnot_here: US\n";
	assert_int_equal(write(fd, map, strlen(map)), (ssize_t)strlen(map));
	close(fd);
	struct fides_opts o = {path, NULL, 0};
	struct rsd_plan *pl = fides(f,
		"system:\n"
		"  - fides_key: a\n"
		"    privacy_declarations: [{data_categories: [user.contact]}]\n"
		"  - fides_key: b\n"
		"    dataset_references: [d]\n"
		"dataset:\n"
		"  - fides_key: d\n"
		"    third_country_transfers: [GBR]\n"
		"    collections: [{name: c, fields: [{name: x, fields: [{name: y, data_categories: [user.name]}]}]}]\n",
		&o);
	unlink(path);
	if (!pl)
		fprintf(stderr, "%s", render(f));
	assert_non_null(pl);
	assert_int_equal(pl->nstores, 2);
	assert_int_equal(pl->stores[0].primary[0].loc, policy_find_location(f->pol, "vendor:openai"));
	assert_int_equal(pl->stores[1].primary[0].kind, PLACE_COUNTRY);
	assert_true(flow_named(pl, "b to GB (dataset d)") >= 0);
}

/* sub-processors of a YAML store: flows from it */
static void test_subprocessors_yaml(void **state)
{
	struct fx *f = *state;
	static const char text[] =
		"stores:\n"
		"  - name: crm\n"
		"    subprocessors:\n"
		"      - {name: AWS, location: aws:eu-central-1}\n"
		"      - {name: Z, location: US, classes: [payment], mechanisms: [EU_SCC]}\n"
		"    location: vendor:openai\n"
		"    classes: [personal, payment]\n"
		"    subjects: 10\n";
	diags_free(&f->d);
	diags_init(&f->d);
	plan_free(f->pl);
	f->pl = plan_load_yaml(f->pol, "p.yaml", text, sizeof text - 1, &f->d);
	if (!f->pl)
		fprintf(stderr, "%s", render(f));
	assert_non_null(f->pl);
	assert_int_equal(f->pl->nflows, 2);
	const struct plan_flow *z = &f->pl->flows[1];
	assert_string_equal(z->name, "crm (subprocessor Z)");
	assert_int_equal(z->from.store, 0);
	assert_int_equal(z->pos.line, 5);
	assert_int_equal(z->pos.col, 9);
	assert_int_equal(bits_count(plan_flow_classes(f->pl, z)), 1);
	assert_int_equal(z->mechmask, (uint64_t)1 << policy_find_mech(f->pol, "EU_SCC"));
	assert_true(plan_flow_subjects(f->pl, z) == 10);
	assert_int_equal(bits_count(plan_flow_classes(f->pl, &f->pl->flows[0])), 2);
}

/* sub-processors of a flow: from the flow's source, resolved late */
static void test_subprocessors_flow(void **state)
{
	struct fx *f = *state;
	static const char text[] =
		"flows:\n"
		"  - name: ai\n"
		"    from: later\n"
		"    to: vendor:openai\n"
		"    classes: [personal]\n"
		"    subprocessors: [{name: S, location: DE}]\n"
		"  - name: bad\n"
		"    from: nowhere\n"
		"    to: US\n"
		"    classes: [personal]\n"
		"    subprocessors: [{name: T, location: DE}]\n"
		"stores:\n"
		"  - {name: later, location: aws:eu-central-1, classes: [personal]}\n";
	diags_free(&f->d);
	diags_init(&f->d);
	plan_free(f->pl);
	f->pl = plan_load_yaml(f->pol, "p.yaml", text, sizeof text - 1, &f->d);
	assert_null(f->pl);	/* 'nowhere' is reported once, not once per copy */
	assert_string_equal(render(f),
		"p.yaml:8:11: error: unknown flow endpoint 'nowhere': not a store of the plan, a location or a country code\n");
	static const char good[] =
		"flows:\n"
		"  - name: ai\n"
		"    from: later\n"
		"    to: vendor:openai\n"
		"    classes: [personal]\n"
		"    subprocessors: [{name: S, location: DE}]\n"
		"stores:\n"
		"  - {name: later, location: aws:eu-central-1, classes: [personal]}\n";
	diags_free(&f->d);
	diags_init(&f->d);
	f->pl = plan_load_yaml(f->pol, "p.yaml", good, sizeof good - 1, &f->d);
	assert_non_null(f->pl);
	assert_int_equal(f->pl->nflows, 2);
	assert_string_equal(f->pl->flows[1].name, "ai (subprocessor S)");
	assert_int_equal(f->pl->flows[1].from.store, 0);
	assert_int_equal(f->pl->flows[1].pos.line, 6);
}

static char *write_tmp(const char *text)
{
	char *path = xstrdup("/tmp/test_fides_csvXXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

static void test_csv(void **state)
{
	struct fx *f = *state;
	char *path = write_tmp("Entity,Country,Purpose\r\n"
			       "\"A, Inc.\",\"Ireland; DEU\",\"Hosting, \"\"primary\"\"\"\r\n"
			       "B,Korea; Republic of Korea,x\r\n"
			       "\r\n"
			       "\"A, Inc.\",IE,dup\r\n");
	struct strbuf sb = {0};
	diags_free(&f->d);
	diags_init(&f->d);
	bool ok = subprocessors_import(path, 0, &sb, &f->d);
	if (!ok)
		fprintf(stderr, "%s", render(f));
	assert_true(ok);
	assert_non_null(strstr(sb.s, "  - name: \"A, Inc. (IE)\"\n    location: IE"));
	assert_non_null(strstr(sb.s, "  - name: \"A, Inc. (DE)\"\n    location: DE"));
	assert_non_null(strstr(sb.s, "  - name: \"B\"\n    location: KR"));
	assert_null(strstr(sb.s, "dup"));	/* "A" and "A, Inc." differ; the repeat of (A, Inc., IE) is dropped */
	sb_free(&sb);
	unlink(path);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_countries),
		cmocka_unit_test_setup_teardown(test_map, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_locations_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_subprocessors_yaml, setup, teardown),
		cmocka_unit_test_setup_teardown(test_subprocessors_flow, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
