/*
** test_plan_yaml.c — the YAML plan loader (src/plan_yaml.c): values and
** positions of a plan that uses every key, and the exact text and position
** of every error it reports.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "country.h"
#include "diag.h"
#include "plan.h"
#include "policy.h"
#include "util.h"

/* ---------------------------------------------------------------- fixture */

/*
** The policy the plans are checked against: the standard library's names
** (so the fixtures in tests/plans/ also load against the real library),
** compiled from RPL text without the built-in library.
*/
static const char policy_src[] =
	"class personal \"Personal data\" { sensitivity confidential }\n"
	"class payment : personal\n"
	"class special_category : personal { sensitivity highly_sensitive }\n"
	"class health : special_category\n"
	"class trade_secret { sensitivity highly_sensitive }\n"
	"location aws:eu-central-1 = DE\n"
	"location aws:eu-west-1 = IE\n"
	"location aws:us-east-1 = US\n"
	"location gcp:EU = { BE, DE, FR }\n"
	"mechanism EU_SCC\n"
	"mechanism EU_BCR\n"
	"mechanism EU_DPF\n"
	"rule eu_gdpr_transfer {\n"
	"  on transfer of personal to not { BE, DE, FR, IE }\n"
	"  require mechanism in { EU_SCC, EU_BCR }\n"
	"}\n"
	"rule eu_special_category_transfer {\n"
	"  on transfer of special_category\n"
	"  require pseudonymized\n"
	"}\n"
	"rule trade_secret_encryption {\n"
	"  on store of trade_secret\n"
	"  require encrypted at_rest\n"
	"}\n";

static struct rsd_policy *test_policy(void)
{
	struct compile_opts o = {NULL, 0, false, false, NULL, NULL};
	struct rsd_diags d;
	diags_init(&d);
	struct rsd_policy *p = compile_policy(NULL, 0, "test.rpl", policy_src, sizeof policy_src - 1, &o, &d);
	if (!p)
		diag_print(&d, stderr, false);
	diags_free(&d);
	return p;
}

struct fx {
	struct rsd_policy *pol;
	struct rsd_diags d;
	struct rsd_plan *pl;
	char *out;	/* rendered diagnostics */
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	f->pol = test_policy();
	if (!f->pol)
		return -1;
	diags_init(&f->d);
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

/* "file:line:col: sev: msg\n" for every record, in queue order. */
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
	return f->out;
}

/* Each load starts with empty diags (keeping the error limit). */
static struct rsd_plan *load_n(struct fx *f, const char *text, size_t n)
{
	size_t max = f->d.max_errors;
	diags_free(&f->d);
	diags_init(&f->d);
	f->d.max_errors = max;
	plan_free(f->pl);
	f->pl = plan_load_yaml(f->pol, "t.yaml", text, n, &f->d);
	return f->pl;
}

static struct rsd_plan *load(struct fx *f, const char *text)
{
	return load_n(f, text, strlen(text));
}

/* Load text, expect failure with exactly the diagnostics want. */
static void expect_errors(struct fx *f, const char *text, const char *want)
{
	struct rsd_plan *pl = load(f, text);
	const char *got = render(f);
	if (strcmp(got, want) != 0)
		fprintf(stderr, "--- input\n%.400s\n--- want\n%s--- got\n%s", text, want, got);
	assert_null(pl);
	assert_string_equal(got, want);
}

/* A fixture file of tests/plans (run from the repository root, or found
   next to this source file). */
static char *read_fixture(const char *name, size_t *len)
{
	char path[512];
	snprintf(path, sizeof path, "tests/plans/%s", name);
	char *s = read_file(path, len, 1 << 20);
	if (!s) {
		const char *slash = strrchr(__FILE__, '/');
		int dir = slash ? (int)(slash - __FILE__) : 0;
		snprintf(path, sizeof path, "%.*s/../plans/%s", dir, __FILE__, name);
		s = read_file(path, len, 1 << 20);
	}
	if (!s)
		fail_msg("cannot read fixture %s", name);
	return s;
}

static int cls(struct fx *f, const char *name)
{
	return policy_find_class(f->pol, name);
}

static void assert_place_loc(struct fx *f, struct place p, const char *loc)
{
	assert_int_equal(p.kind, PLACE_LOCATION);
	assert_int_equal(p.loc, policy_find_location(f->pol, loc));
}

static void assert_place_country(struct place p, const char *code)
{
	assert_int_equal(p.kind, PLACE_COUNTRY);
	assert_int_equal(p.country, country_lookup(code, 2));
}

/* ---------------------------------------------------------------- valid plans */

static void test_plan_yaml_full_plan_values_and_positions(void **state)
{
	struct fx *f = *state;
	size_t n;
	char *text = read_fixture("full.yaml", &n);
	struct rsd_plan *pl = load_n(f, text, n);
	free(text);
	if (!pl)
		fprintf(stderr, "%s", render(f));
	assert_non_null(pl);
	assert_int_equal(f->d.n, 0);
	assert_string_equal(pl->file, "t.yaml");
	assert_string_equal(pl->name, "acme-prod");
	assert_int_equal(pl->as_of, date_from_ymd(2026, 11, 28));

	assert_int_equal(pl->nstores, 2);
	const struct plan_store *s = &pl->stores[0];
	assert_string_equal(s->name, "orders-db");
	assert_int_equal(s->pos.line, 24);
	assert_int_equal(s->pos.col, 5);
	assert_int_equal(s->nprimary, 1);
	assert_place_loc(f, s->primary[0], "aws:eu-west-1");
	assert_int_equal(s->nreplicas, 1);
	assert_place_loc(f, s->replicas[0].place, "aws:eu-central-1");
	assert_int_equal(s->replicas[0].pos.line, 26);
	assert_int_equal(s->replicas[0].pos.col, 16);
	assert_int_equal(s->nbackups, 1);
	assert_place_loc(f, s->backups[0].place, "aws:us-east-1");
	assert_int_equal(s->backups[0].pos.line, 27);
	assert_int_equal(s->backups[0].pos.col, 15);
	assert_true(s->has_origin);
	assert_int_equal(s->norigin, 2);
	assert_place_country(s->origin[0], "DE");
	assert_place_country(s->origin[1], "FR");
	struct bits want = {{0}};
	bits_set(&want, (unsigned)cls(f, "personal"));
	bits_set(&want, (unsigned)cls(f, "payment"));
	assert_true(bits_eq(&s->classes, &want));
	assert_true(s->enc_at_rest);
	assert_true(s->enc_in_transit);
	assert_false(s->pseudonymized);
	assert_false(s->anonymized);
	assert_true(s->has_key);
	assert_place_loc(f, s->key, "aws:eu-west-1");
	assert_true(s->subjects == 2000000.0);
	assert_true(s->has_subjects);
	assert_int_equal(s->nmechs, 1);
	assert_int_equal(s->mechs[0].mech, policy_find_mech(f->pol, "EU_SCC"));
	assert_int_equal(s->mechs[0].expires, date_from_ymd(2027, 6, 30));
	assert_string_equal(s->mechs[0].reference, "DPA-2024-17");
	assert_int_equal(s->mechs[0].pos.line, 37);
	assert_int_equal(s->mechs[0].pos.col, 9);
	/* attrs are typed: a quoted "1" is a string, a plain 1 a number */
	assert_int_equal(s->nattrs, 5);
	assert_string_equal(s->attrs[0].name, "owner");
	assert_int_equal(s->attrs[0].val.kind, VAL_STR);
	assert_string_equal(s->attrs[0].val.s, "team-a");
	assert_string_equal(s->attrs[1].name, "tier");
	assert_int_equal(s->attrs[1].val.kind, VAL_NUM);
	assert_true(s->attrs[1].val.n == 1.0);
	assert_string_equal(s->attrs[2].name, "code");
	assert_int_equal(s->attrs[2].val.kind, VAL_STR);
	assert_string_equal(s->attrs[2].val.s, "1");
	assert_string_equal(s->attrs[3].name, "pii");
	assert_int_equal(s->attrs[3].val.kind, VAL_BOOL);
	assert_true(s->attrs[3].val.b);
	assert_int_equal(s->attrs[4].val.kind, VAL_NUM);
	assert_true(s->attrs[4].val.n == 0.5);
	assert_null(s->address);

	s = &pl->stores[1];
	assert_string_equal(s->name, "analytics-lake");
	assert_int_equal(s->pos.line, 41);
	assert_int_equal(s->nprimary, 2);
	assert_place_loc(f, s->primary[0], "aws:eu-central-1");
	assert_place_country(s->primary[1], "FR");
	assert_false(s->has_origin);
	assert_false(s->has_key);
	assert_false(s->enc_at_rest);
	assert_true(s->subjects == 0.0);
	assert_false(s->has_subjects);	/* no `subjects:` key: not stated */
	assert_int_equal(s->nmechs, 0);
	assert_int_equal(s->nattrs, 0);

	/* flows name stores declared later in the file */
	assert_int_equal(pl->nflows, 2);
	const struct plan_flow *fl = &pl->flows[0];
	assert_string_equal(fl->name, "nightly-analytics");
	assert_int_equal(fl->pos.line, 7);
	assert_int_equal(fl->pos.col, 5);
	assert_int_equal(fl->from.store, 0);
	assert_int_equal(fl->to.store, -1);
	assert_place_loc(f, fl->to.place, "aws:us-east-1");
	bits_clear(&want);
	bits_set(&want, (unsigned)cls(f, "personal"));
	assert_true(bits_eq(plan_flow_classes(pl, fl), &want));
	const struct plan_flow_cold *cold = plan_flow_cold(pl, fl);
	assert_true(fl->mechs_listed);	/* it expires: the list is kept */
	assert_int_equal(cold->nmechs, 1);
	assert_int_equal(cold->mechs[0].mech, policy_find_mech(f->pol, "EU_SCC"));
	assert_int_equal(cold->mechs[0].expires, date_from_ymd(2027, 6, 30));
	assert_null(cold->mechs[0].reference);
	assert_int_equal(cold->mechs[0].pos.line, 11);
	assert_int_equal(cold->mechs[0].pos.col, 18);
	assert_true(fl->enc_in_transit);
	assert_false(fl->pseudonymized);
	assert_true(plan_flow_subjects(pl, fl) == 150000.0);
	assert_true(fl->has_subjects);
	assert_int_equal(cold->nattrs, 1);
	assert_string_equal(cold->attrs[0].name, "tia");
	assert_string_equal(cold->attrs[0].val.s, "approved");

	fl = &pl->flows[1];
	assert_int_equal(fl->from.store, -1);
	assert_place_country(fl->from.place, "DE");
	assert_int_equal(fl->to.store, 1);
	/* a bare name is {type: NAME}: no expiry, so mechmask says it all */
	assert_false(fl->mechs_listed);
	assert_int_equal(fl->mechmask, (uint64_t)1 << policy_find_mech(f->pol, "EU_BCR"));
	assert_int_equal(plan_flow_cold(pl, fl)->nmechs, 0);

	assert_int_equal(pl->nwaivers, 2);
	const struct plan_waiver *w = &pl->waivers[0];
	assert_int_equal(w->rule, policy_find_rule(f->pol, "eu_gdpr_transfer"));
	assert_string_equal(w->target, "nightly-analytics");
	assert_string_equal(w->reason, "Approved by the DPO, ticket PRIV-114");
	assert_int_equal(w->expires, date_from_ymd(2027, 1, 31));
	assert_string_equal(w->approved_by, "dpo@acme.example");
	assert_int_equal(w->pos.line, 47);
	assert_int_equal(w->pos.col, 5);
	w = &pl->waivers[1];
	assert_string_equal(w->target, "*");
	assert_null(w->approved_by);
}

static void test_plan_yaml_minimal_defaults(void **state)
{
	struct fx *f = *state;
	struct rsd_plan *pl = load(f, "stores:\n  - {name: db, location: DE, classes: [personal]}\n");
	assert_non_null(pl);
	assert_null(pl->name);
	assert_int_equal(pl->as_of, DATE_NONE);
	assert_int_equal(pl->nstores, 1);
	assert_int_equal(pl->stores[0].pos.line, 2);
	assert_int_equal(pl->stores[0].pos.col, 5);
	assert_false(pl->stores[0].enc_in_transit);
	assert_int_equal(pl->nflows, 0);
	assert_int_equal(pl->nwaivers, 0);
}

static void test_plan_yaml_null_optional_is_absent(void **state)
{
	struct fx *f = *state;
	struct rsd_plan *pl = load(f,
		"plan:\nflows:\nwaivers: ~\nstores:\n"
		"  - name: db\n    location: DE\n    classes: [personal]\n"
		"    origin:\n    attrs: null\n    key_location:\n");
	if (!pl)
		fprintf(stderr, "%s", render(f));
	assert_non_null(pl);
	assert_null(pl->name);
	assert_false(pl->stores[0].has_origin);
	assert_false(pl->stores[0].has_key);
}

static void test_plan_yaml_endpoints_store_before_place(void **state)
{
	struct fx *f = *state;
	/* a store named like a country: flows name the store */
	struct rsd_plan *pl = load(f,
		"flows:\n  - {name: a, from: DE, to: FR, classes: [personal]}\n"
		"stores:\n  - {name: FR, location: FR, classes: [personal]}\n");
	assert_non_null(pl);
	assert_int_equal(pl->flows[0].from.store, -1);
	assert_place_country(pl->flows[0].from.place, "DE");
	assert_int_equal(pl->flows[0].to.store, 0);
}

static void test_plan_yaml_utf8_columns_and_bom(void **state)
{
	struct fx *f = *state;
	/* columns count bytes: "é" is two bytes, the BOM three */
	struct rsd_plan *pl = load(f,
		"\xEF\xBB\xBFstores:\n"
		"  - {name: \"caf\xC3\xA9\", location: DE, classes: [personal]}\n"
		"  - {name: \"\xC3\xA9\xC3\xA9\", location: DE, classes: [personal], replicas: [FR]}\n");
	assert_non_null(pl);
	assert_int_equal(pl->stores[1].replicas[0].pos.line, 3);
	assert_int_equal(pl->stores[1].replicas[0].pos.col, 66);
	assert_string_equal(pl->stores[0].name, "caf\xC3\xA9");

	expect_errors(f, "\xEF\xBB\xBFstores: [1]\n", "t.yaml:1:13: error: expected a store (a mapping with name, location and classes)\n");
	expect_errors(f, "# \xC3\xA9\xC3\xA9\nplan: [\xC3\xA9]\n", "t.yaml:2:7: error: expected a string\n");
}

static void test_plan_yaml_crlf(void **state)
{
	struct fx *f = *state;
	struct rsd_plan *pl = load(f, "stores:\r\n  - name: db\r\n    location: DE\r\n    classes: [personal]\r\n");
	assert_non_null(pl);
	assert_int_equal(pl->stores[0].pos.line, 2);
	expect_errors(f, "plan: a\rstores: []\n",
		      "t.yaml:1:8: error: unsupported line break (a lone carriage return): use LF or CRLF\n");
	expect_errors(f, "plan: a\xE2\x80\xA8 b\n",
		      "t.yaml:1:8: error: unsupported line break (U+2028): use LF or CRLF\n");
}

/* ---------------------------------------------------------------- errors */

static void test_plan_yaml_unknown_keys_did_you_mean(void **state)
{
	struct fx *f = *state;
	expect_errors(f,
		"stors: []\n"
		"stores:\n"
		"  - name: db\n"
		"    location: DE\n"
		"    clases: [personal]\n"
		"    colour: blue\n",
		"t.yaml:1:1: error: unknown key 'stors' in plan; did you mean 'stores'?\n"
		"t.yaml:5:5: error: unknown key 'clases' in store; did you mean 'classes'?\n"
		"t.yaml:6:5: error: unknown key 'colour' in store\n"
		"t.yaml:3:5: error: missing required key 'classes' in store 'db'\n");
	expect_errors(f,
		"flows:\n  - {name: x, from: DE, to: FR, classes: [personal], mechanisms: [{typ: EU_SCC}]}\n",
		"t.yaml:2:68: error: unknown key 'typ' in mechanism; did you mean 'type'?\n"
		"t.yaml:2:67: error: missing required key 'type' in mechanism\n");
}

static void test_plan_yaml_wrong_types(void **state)
{
	struct fx *f = *state;
	expect_errors(f,
		"stores:\n"
		"  - name: db\n"
		"    location: [DE]\n"
		"    classes: personal\n"
		"    encrypted_at_rest: yes\n"
		"    anonymized: \"true\"\n"
		"    replicas: FR\n"
		"    mechanisms: EU_SCC\n"
		"    attrs: [a]\n"
		"    subjects: 1.5\n",
		"t.yaml:3:15: error: expected a location or country code\n"
		"t.yaml:4:14: error: expected a list of class names\n"
		"t.yaml:5:24: error: expected true or false\n"
		"t.yaml:6:17: error: expected true or false\n"
		"t.yaml:7:15: error: expected a list of locations or country codes\n"
		"t.yaml:8:17: error: expected a list of mechanisms\n"
		"t.yaml:9:12: error: expected a mapping of attributes\n"
		"t.yaml:10:15: error: expected an integer, not '1.5'\n");
	expect_errors(f, "stores: {a: 1}\nflows: x\nwaivers: [1]\n",
		      "t.yaml:1:9: error: expected a list of stores\n"
		      "t.yaml:2:8: error: expected a list of flows\n"
		      "t.yaml:3:11: error: expected a waiver (a mapping with rule, target, reason and expires)\n");
	expect_errors(f, "plan: {a: b}\nas_of: [2026-01-01]\n",
		      "t.yaml:1:7: error: expected a string\n"
		      "t.yaml:2:8: error: expected a date (YYYY-MM-DD)\n");
}

static void test_plan_yaml_missing_required(void **state)
{
	struct fx *f = *state;
	expect_errors(f,
		"stores:\n  - name: db\nflows:\n  - classes: [personal]\n"
		"waivers:\n  - rule: eu_gdpr_transfer\n",
		"t.yaml:2:5: error: missing required key 'classes' in store 'db'\n"
		"t.yaml:2:5: error: missing required key 'location' or 'locations' in store 'db'\n"
		"t.yaml:4:5: error: missing required key 'name' in flow\n"
		"t.yaml:4:5: error: missing required key 'from' in flow\n"
		"t.yaml:4:5: error: missing required key 'to' in flow\n"
		"t.yaml:6:5: error: missing required key 'target' in waiver\n"
		"t.yaml:6:5: error: missing required key 'reason' in waiver\n"
		"t.yaml:6:5: error: missing required key 'expires' in waiver\n");
	expect_errors(f, "stores:\n  - name:\n    location: DE\n    classes: [personal]\n",
		      "t.yaml:2:5: error: missing value for 'name'\n");
	expect_errors(f, "stores:\n  - {name: db, location: DE, locations: [FR], classes: [personal]}\n",
		      "t.yaml:2:30: error: a store has either 'location' or 'locations', not both\n");
	expect_errors(f, "stores:\n  - {name: db, locations: [], classes: []}\n",
		      "t.yaml:2:27: error: 'locations' must list at least one place\n"
		      "t.yaml:2:40: error: 'classes' must list at least one class\n");
	expect_errors(f,
		"waivers:\n  - {rule: eu_gdpr_transfer, target: '', reason: '  ', expires: 2027-01-01}\n",
		"t.yaml:2:38: error: 'target' must not be empty\n"
		"t.yaml:2:50: error: 'reason' must not be empty\n");
}

static void test_plan_yaml_duplicates(void **state)
{
	struct fx *f = *state;
	size_t n;
	char *text = read_fixture("duplicate-names.yaml", &n);
	assert_null(load_n(f, text, n));
	free(text);
	assert_string_equal(render(f),
		"t.yaml:5:11: error: duplicate store name 'db'\n"
		"t.yaml:2:11: note: 'db' first declared here\n");
	expect_errors(f,
		"flows:\n"
		"  - {name: x, from: DE, to: FR, classes: [personal]}\n"
		"  - {name: x, from: DE, to: FR, classes: [personal], classes: [health]}\n"
		"stores:\n"
		"  - {name: x, location: DE, classes: [personal], attrs: {a: 1, b: 2, a: 3}}\n",
		"t.yaml:3:54: error: duplicate key 'classes' in flow\n"
		"t.yaml:3:33: note: first given here\n"
		"t.yaml:5:70: error: duplicate attribute 'a'\n"
		"t.yaml:5:58: note: first given here\n"
		/* flow names are compared once every flow is read */
		"t.yaml:3:12: error: duplicate flow name 'x'\n"
		"t.yaml:2:12: note: 'x' first declared here\n");
	/* several names, each repeated: every repeat in flow order, each
	   against the first flow of its name */
	expect_errors(f,
		"flows:\n"
		"  - {name: a, from: DE, to: FR, classes: [personal]}\n"
		"  - {name: b, from: DE, to: FR, classes: [personal]}\n"
		"  - {name: a, from: DE, to: FR, classes: [personal]}\n"
		"  - {name: c, from: DE, to: FR, classes: [personal]}\n"
		"  - {name: b, from: DE, to: FR, classes: [personal]}\n"
		"  - {name: a, from: DE, to: FR, classes: [personal]}\n",
		"t.yaml:4:12: error: duplicate flow name 'a'\n"
		"t.yaml:2:12: note: 'a' first declared here\n"
		"t.yaml:6:12: error: duplicate flow name 'b'\n"
		"t.yaml:3:12: note: 'b' first declared here\n"
		"t.yaml:7:12: error: duplicate flow name 'a'\n"
		"t.yaml:2:12: note: 'a' first declared here\n");
}

static void test_plan_yaml_unknown_names_did_you_mean(void **state)
{
	struct fx *f = *state;
	size_t n;
	char *text = read_fixture("bad-keys.yaml", &n);
	assert_null(load_n(f, text, n));
	free(text);
	assert_string_equal(render(f),
		"t.yaml:5:5: error: unknown key 'clases' in store; did you mean 'classes'?\n"
		"t.yaml:6:24: error: expected true or false\n"
		"t.yaml:3:5: error: missing required key 'classes' in store 'orders-db'\n"
		"t.yaml:11:15: error: unknown class 'personel'; did you mean 'personal'?\n"
		"t.yaml:13:11: error: unknown rule 'eu_gdpr_transfr'; did you mean 'eu_gdpr_transfer'?\n"
		"t.yaml:15:13: error: 'reason' must not be empty\n"
		"t.yaml:16:14: error: invalid date '2027-02-30' (expected YYYY-MM-DD)\n"
		"t.yaml:10:9: error: unknown flow endpoint 'aws:us-east-2': not a store of the plan, a location or a country code; did you mean 'aws:us-east-1'?\n");
	expect_errors(f,
		"stores:\n  - name: db\n    location: de\n    origin: [Germany]\n    classes: [personal]\n"
		"    mechanisms: [EU_SC, {type: BCR}]\n",
		"t.yaml:3:15: error: unknown location 'de'; did you mean 'DE'?\n"
		"t.yaml:4:14: error: unknown location 'Germany'\n"
		"t.yaml:6:18: error: unknown mechanism 'EU_SC'; did you mean 'EU_SCC'?\n"
		"t.yaml:6:32: error: unknown mechanism 'BCR'\n");
}

static void test_plan_yaml_unknown_endpoints(void **state)
{
	struct fx *f = *state;
	expect_errors(f,
		"flows:\n"
		"  - {name: a, from: orders-bd, to: aws:us-east-1, classes: [personal]}\n"
		"  - {name: b, from: DE, to: mars, classes: [personal]}\n"
		"stores:\n  - {name: orders-db, location: DE, classes: [personal]}\n",
		"t.yaml:2:21: error: unknown flow endpoint 'orders-bd': not a store of the plan, a location or a country code; did you mean 'orders-db'?\n"
		"t.yaml:3:29: error: unknown flow endpoint 'mars': not a store of the plan, a location or a country code\n");
}

static void test_plan_yaml_dates_and_numbers(void **state)
{
	struct fx *f = *state;
	expect_errors(f,
		"as_of: 2026-13-01\n"
		"stores:\n"
		"  - name: db\n"
		"    location: DE\n"
		"    classes: [personal]\n"
		"    subjects: 9007199254740993\n"
		"    mechanisms: [{type: EU_SCC, expires: tomorrow}]\n"
		"    attrs: {a: 1e999, b: 0x1F, c: yes, d: 99999999999999999999, e: ~}\n"
		"flows:\n  - {name: f, from: DE, to: FR, classes: [personal], subjects: -1}\n"
		"  - {name: g, from: DE, to: FR, classes: [personal], subjects: '5'}\n",
		"t.yaml:1:8: error: invalid date '2026-13-01' (expected YYYY-MM-DD)\n"
		"t.yaml:6:15: error: number out of range: '9007199254740993' (expected 0 to 9007199254740992)\n"
		"t.yaml:7:42: error: invalid date 'tomorrow' (expected YYYY-MM-DD)\n"
		"t.yaml:8:16: error: number out of range: '1e999'\n"
		"t.yaml:8:26: error: unsupported number '0x1F': write it in decimal, or quote it for a string\n"
		"t.yaml:8:35: error: ambiguous value 'yes': write true or false, or quote it for a string\n"
		"t.yaml:8:43: error: number out of range: '99999999999999999999'\n"
		"t.yaml:8:68: error: expected a string, number or boolean\n"
		"t.yaml:10:64: error: number out of range: '-1' (expected 0 to 9007199254740992)\n"
		"t.yaml:11:64: error: expected an integer, not a quoted string\n");
	/* 2^53 itself is fine */
	assert_non_null(load(f, "stores: [{name: a, location: DE, classes: [personal], subjects: 9007199254740992}]\n"));
	assert_true(f->pl->stores[0].subjects == 9007199254740992.0);
	/* `subjects: 0` states a count of 0; leaving the key out states none */
	assert_non_null(load(f, "stores: [{name: a, location: DE, classes: [personal], subjects: 0}]\n"
			     "flows:\n  - {name: f, from: a, to: FR, classes: [personal], subjects: 0}\n"
			     "  - {name: g, from: a, to: FR, classes: [personal]}\n"));
	assert_true(f->pl->stores[0].has_subjects);
	assert_true(f->pl->flows[0].has_subjects);
	assert_false(f->pl->flows[1].has_subjects);
}

static void test_plan_yaml_empty_and_top_level(void **state)
{
	struct fx *f = *state;
	expect_errors(f, "", "t.yaml:1:1: error: empty plan: expected a mapping with 'stores', 'flows' or 'waivers'\n");
	expect_errors(f, "# only a comment\n\n",
		      "t.yaml:1:1: error: empty plan: expected a mapping with 'stores', 'flows' or 'waivers'\n");
	expect_errors(f, "---\n", "t.yaml:2:1: error: empty plan: expected a mapping with 'stores', 'flows' or 'waivers'\n");
	expect_errors(f, "- a\n- b\n", "t.yaml:1:1: error: the top level of a plan must be a mapping, not a list\n");
	expect_errors(f, "hello\n", "t.yaml:1:1: error: the top level of a plan must be a mapping, not a single value\n");
	expect_errors(f, "plan: a\n---\nplan: b\n", "t.yaml:2:1: error: a plan file must hold exactly one YAML document\n");
}

static void test_plan_yaml_syntax_errors(void **state)
{
	struct fx *f = *state;
	expect_errors(f, "plan: a: b\n",
		      "t.yaml:1:8: error: YAML syntax error: mapping values are not allowed in this context\n");
	/* the stream is read as it is parsed: what libyaml closed before the
	   error is checked (here the store, cut short by a bad indent) */
	expect_errors(f, "stores:\n  - name: db\n   location: DE\n",
		      "t.yaml:2:5: error: missing required key 'classes' in store 'db'\n"
		      "t.yaml:2:5: error: missing required key 'location' or 'locations' in store 'db'\n"
		      "t.yaml:3:4: error: YAML syntax error: did not find expected '-' indicator\n"
		      "t.yaml:2:3: note: while parsing a block collection\n");
	expect_errors(f, "plan: \"abc\n",
		      "t.yaml:2:1: error: YAML syntax error: found unexpected end of stream\n"
		      "t.yaml:1:7: note: while scanning a quoted scalar\n");
	expect_errors(f, "plan: [a, b\n",
		      "t.yaml:1:7: error: expected a string\n"
		      "t.yaml:2:1: error: YAML syntax error: did not find expected ',' or ']'\n"
		      "t.yaml:1:7: note: while parsing a flow sequence\n");
	/* errors before the syntax error are kept */
	expect_errors(f, "plan: [x]\nstores: {\n",
		      "t.yaml:1:7: error: expected a string\n"
		      "t.yaml:2:9: error: expected a list of stores\n"
		      "t.yaml:3:1: error: YAML syntax error: did not find expected node content\n"
		      "t.yaml:3:1: note: while parsing a flow node\n");
}

static void test_plan_yaml_aliases_anchors_tags(void **state)
{
	struct fx *f = *state;
	size_t n;
	char *text = read_fixture("alias.yaml", &n);
	assert_null(load_n(f, text, n));
	free(text);
	assert_string_equal(render(f),
		"t.yaml:2:5: error: YAML anchors are not allowed in plans: '&base'\n"
		"t.yaml:6:5: error: YAML aliases are not allowed in plans\n");
	/* a billion-laughs document fails at its first anchor, without expansion */
	expect_errors(f, "a: &a [x, x]\nb: &b [*a, *a]\n",
		      "t.yaml:1:1: error: unknown key 'a' in plan\n"
		      "t.yaml:1:4: error: YAML anchors are not allowed in plans: '&a'\n"
		      "t.yaml:2:1: error: unknown key 'b' in plan\n"
		      "t.yaml:2:4: error: YAML anchors are not allowed in plans: '&b'\n"
		      "t.yaml:2:8: error: YAML aliases are not allowed in plans\n"
		      "t.yaml:2:12: error: YAML aliases are not allowed in plans\n");
	expect_errors(f, "plan: !!int 5\nas_of: !custom 2026-01-01\n",
		      "t.yaml:1:7: error: YAML tags are not allowed in plans: 'tag:yaml.org,2002:int'\n"
		      "t.yaml:2:8: error: YAML tags are not allowed in plans: '!custom'\n");
	/* !!str is the one tag accepted: the value reads as a quoted string */
	assert_non_null(load(f, "stores: [{name: a, location: DE, classes: [personal], attrs: {n: !!str 5}}]\n"));
	assert_int_equal(f->pl->stores[0].attrs[0].val.kind, VAL_STR);
	assert_string_equal(f->pl->stores[0].attrs[0].val.s, "5");
}

static void test_plan_yaml_invalid_utf8_and_controls(void **state)
{
	struct fx *f = *state;
	expect_errors(f, "plan: ok\nstores: [\xFF]\n", "t.yaml:2:10: error: invalid UTF-8: invalid leading UTF-8 octet\n");
	expect_errors(f, "\xFF\xFEp\0l\0", "t.yaml:1:1: error: invalid UTF-8: invalid leading UTF-8 octet\n");
	expect_errors(f, "plan: \"a\\x1b[31mb\"\n", "t.yaml:1:7: error: control characters are not allowed in plan values\n");
	expect_errors(f, "plan: \"a\\0b\"\n", "t.yaml:1:7: error: control characters are not allowed in plan values\n");
	static const char nul[] = "plan: a\0b\n";
	assert_null(load_n(f, nul, sizeof nul - 1));
	assert_string_equal(render(f), "t.yaml:1:8: error: invalid character U+0000: control characters are not allowed\n");
}

static void test_plan_yaml_limits(void **state)
{
	struct fx *f = *state;
	/* nesting: stops at the first level past the limit, without recursion */
	struct strbuf sb = {0};
	sb_puts(&sb, "plan: ");
	for (int i = 0; i < 100000; i++)
		sb_putc(&sb, '[');
	sb_putc(&sb, '\n');
	expect_errors(f, sb.s, "t.yaml:1:7: error: expected a string\n"
			       "t.yaml:1:70: error: nesting too deep: more than 64 levels\n");
	sb_free(&sb);
	/* scalar length */
	sb_puts(&sb, "plan: ");
	for (size_t i = 0; i < ((size_t)1 << 20) + 1; i++)
		sb_putc(&sb, 'x');
	sb_puts(&sb, "\nbogus: 1\n");
	expect_errors(f, sb.s, "t.yaml:1:7: error: value too long: 1048577 bytes (the limit is 1 MiB)\n"
			       "t.yaml:2:1: error: unknown key 'bogus' in plan\n");
	sb_free(&sb);
}

static void test_plan_yaml_error_limit(void **state)
{
	struct fx *f = *state;
	f->d.max_errors = 5;
	struct strbuf sb = {0};
	sb_puts(&sb, "stores:\n");
	for (int i = 0; i < 1000; i++)
		sb_printf(&sb, "  - {name: s%d, location: nowhere, classes: [personal]}\n", i);
	assert_null(load(f, sb.s));
	sb_free(&sb);
	assert_int_equal(f->d.nerrors, 5);
	assert_string_equal(f->d.v[4].msg, "unknown location 'nowhere'");
	assert_int_equal(f->d.v[4].loc.line, 6);
}

static void test_plan_yaml_caret_span(void **state)
{
	struct fx *f = *state;
	assert_null(load(f, "stores:\n  - {name: db, location: DE, classes: [personel]}\n"));
	assert_int_equal(f->d.n, 1);
	assert_int_equal(f->d.v[0].loc.col, 40);
	assert_int_equal(f->d.v[0].loc.len, 8);
	assert_non_null(f->d.v[0].loc.file);
	size_t n;
	const char *line = src_line(f->d.v[0].loc.file, 2, &n);
	assert_int_equal(strncmp(line + 39, "personel", 8), 0);
}

static void test_plan_yaml_entry_shapes(void **state)
{
	struct fx *f = *state;
	expect_errors(f,
		"flows: [x]\n"
		"stores:\n"
		"  - name: db\n"
		"    location: DE\n"
		"    origin: []\n"
		"    classes: [personal, [health]]\n"
		"    mechanisms: [[EU_SCC]]\n"
		"    attrs: {'': 1, [k]: 2}\n"
		"    ? [complex]\n"
		"    : key\n",
		"t.yaml:1:9: error: expected a flow (a mapping with name, from, to and classes)\n"
		"t.yaml:5:13: error: 'origin' must list at least one place\n"
		"t.yaml:6:25: error: expected a class name\n"
		"t.yaml:7:18: error: expected a mechanism (a mapping with 'type', or a name)\n"
		"t.yaml:8:13: error: attribute names must not be empty\n"
		"t.yaml:8:20: error: expected an attribute name\n"
		"t.yaml:9:7: error: expected a key (a name such as 'name')\n");
	/* C1 controls (here CSI, U+009B) are refused like C0 ones */
	expect_errors(f, "plan: \"\\u009b31m\"\n", "t.yaml:1:7: error: control characters are not allowed in plan values\n");
	/* an empty mapping is a valid, empty plan */
	assert_non_null(load(f, "{}\n"));
	assert_int_equal(f->pl->nstores, 0);
}

/* struct plan_flow's compact fields: class-set ids, subjects, attestations */
static void test_plan_flow_compact_fields(void **state)
{
	(void)state;
	struct rsd_plan *pl = plan_new("t.yaml");
	struct bits b;
	uint32_t ids[6];
	for (int i = 0; i < 6; i++)
		plan_add_flow(pl);
	struct plan_flow *fl = pl->flows;
	assert_int_equal(plan_flow_one_class(&fl[0]), -1);	/* zeroed: no class */
	assert_true(bits_empty(plan_flow_classes(pl, &fl[0])));
	static const int sets[6][3] = { {255, -1, -1}, {0, -1, -1}, {3, 70, -1}, {70, 3, -1}, {3, 70, 200}, {-1, -1, -1} };
	for (int i = 0; i < 6; i++) {
		bits_clear(&b);
		for (int k = 0; k < 3; k++)
			if (sets[i][k] >= 0)
				bits_set(&b, (unsigned)sets[i][k]);
		plan_flow_set_classes(pl, &fl[i], &b);
		ids[i] = fl[i].cset;
		assert_true(bits_eq(plan_flow_classes(pl, &fl[i]), &b));
	}
	assert_int_equal(plan_flow_one_class(&fl[0]), 255);
	assert_int_equal(plan_flow_one_class(&fl[1]), 0);
	assert_int_equal(plan_flow_one_class(&fl[2]), -1);
	assert_int_equal(plan_flow_one_class(&fl[5]), -1);
	assert_int_equal(ids[2], ids[3]);	/* one set, stored once */
	assert_true(ids[4] != ids[2]);
	assert_int_equal(pl->ncsets, 2);

	/* subjects: whole numbers below 2^24 in the flow, others in its cold record */
	static const double subj[] = { 0, 10, 16777214, 16777215, 9007199254740992.0, 0.5, -0.0 };
	for (size_t i = 0; i < sizeof subj / sizeof *subj; i++) {
		uint32_t before = pl->nflow_cold;
		plan_flow_set_subjects(pl, &fl[5], 0);
		fl[5].cold = 0;
		plan_flow_set_subjects(pl, &fl[5], subj[i]);
		assert_true(plan_flow_subjects(pl, &fl[5]) == subj[i]);
		assert_int_equal(signbit(plan_flow_subjects(pl, &fl[5])) != 0, signbit(subj[i]) != 0);
		assert_int_equal(pl->nflow_cold - before, i >= 3);
	}

	/* attestations without an expiry date are the mask; a dated one keeps the list */
	struct plan_mech m[2] = { { 2, DATE_MAX, NULL, { 1, 1 } }, { 5, DATE_MAX, NULL, { 1, 9 } } };
	plan_flow_copy_mechs(pl, &fl[0], m, 2);
	assert_false(fl[0].mechs_listed);
	assert_int_equal(fl[0].mechmask, (1u << 2) | (1u << 5));
	assert_int_equal(fl[0].cold, 0);
	m[1].expires = date_from_ymd(2027, 1, 1);
	plan_flow_copy_mechs(pl, &fl[1], m, 2);
	assert_true(fl[1].mechs_listed);
	assert_int_equal(fl[1].mechmask, 0);
	assert_int_equal(plan_flow_cold(pl, &fl[1])->nmechs, 2);
	assert_int_equal(plan_flow_cold(pl, &fl[1])->mechs[1].pos.col, 9);
	plan_free(pl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_plan_yaml_full_plan_values_and_positions),
		T(test_plan_yaml_minimal_defaults),
		T(test_plan_yaml_null_optional_is_absent),
		T(test_plan_yaml_endpoints_store_before_place),
		T(test_plan_yaml_utf8_columns_and_bom),
		T(test_plan_yaml_crlf),
		T(test_plan_yaml_unknown_keys_did_you_mean),
		T(test_plan_yaml_wrong_types),
		T(test_plan_yaml_missing_required),
		T(test_plan_yaml_duplicates),
		T(test_plan_yaml_unknown_names_did_you_mean),
		T(test_plan_yaml_unknown_endpoints),
		T(test_plan_yaml_dates_and_numbers),
		T(test_plan_yaml_empty_and_top_level),
		T(test_plan_yaml_syntax_errors),
		T(test_plan_yaml_aliases_anchors_tags),
		T(test_plan_yaml_invalid_utf8_and_controls),
		T(test_plan_yaml_limits),
		T(test_plan_yaml_error_limit),
		T(test_plan_yaml_caret_span),
		T(test_plan_yaml_entry_shapes),
#undef T
		cmocka_unit_test(test_plan_flow_compact_fields),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
