/*
** test_report.c — golden tests of every report format (src/report*.c).
**
** A hand-built policy (three rules in two files) and two hand-built results
** (a YAML plan with a store violation, a waived transfer with pairs and
** failed requirements, an implicit transfer, an info finding and an expired
** waiver; a Terraform plan with unknown-location and unclassified findings
** carrying resource addresses and text that needs escaping) are written in
** each format and compared byte for byte with tests/unit/report/<name>.
** RSD_UPDATE=1 rewrites the golden files instead (review the diff).
** The json and sarif outputs are also validated against their JSON Schemas
** by tests/validate.py (skipped when python3 or jsonschema is missing).
**
** Run from the project root (the golden files are found relative to it;
** RSD_SRCDIR overrides).
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

#include <jansson.h>

#include "residency.h"
#include "country.h"
#include "eval.h"
#include "report.h"
#include "util.h"

/* ------------------------------------------------------------ fixture */

static struct pol_file files[] = {
	{.path = "policies/acme.rpl", .root = true},
	{.path = "<lib>/laws/eu_gdpr.rpl", .root = false},
};

static struct pol_class classes[] = {
	{.name = "personal"}, {.name = "payment"}, {.name = "health"},
};

static struct pol_require gdpr_req[] = {
	{.text = "mechanism in { EU_SCC, EU_BCR }"},
	{.text = "encrypted in_transit"},
};
static struct pol_require ru_req[] = {{.text = "primary in RU"}};
static struct pol_require owner_req[] = {{.text = "attr owner"}};

static struct pol_rule rules[] = {
	{
		.name = "eu_gdpr_transfer",
		.title = "Personal data leaving the EEA needs a Chapter V basis",
		.loc = {.file = 1, .line = 12, .col = 1},
		.kind = RULE_TRANSFER,
		.requires = gdpr_req, .nrequires = 2,
		.severity = SEV_ERROR,
		.cite = "GDPR Art. 44-49",
		.message = "Personal data from the EEA goes to a country without an adequacy decision",
		.remedy = "Attest EU SCCs with a transfer impact assessment, or keep the data in the EEA",
	},
	{
		.name = "ru_localisation",
		.title = "Russian citizens' personal data has its primary database in Russia",
		.loc = {.file = 0, .line = 30, .col = 1},
		.kind = RULE_STORE,
		.requires = ru_req, .nrequires = 1,
		.severity = SEV_WARNING,
		.cite = "Federal Law No. 242-FZ, Art. 18(5)",
	},
	{
		.name = "tag_owner",	/* no title, message, cite or remedy */
		.loc = {.file = 0, .line = 40, .col = 1},
		.kind = RULE_STORE,
		.requires = owner_req, .nrequires = 1,
		.severity = SEV_INFO,
	},
};

static struct rsd_policy policy = {
	.files = files, .nfiles = 2,
	.classes = classes, .nclasses = 3,
	.rules = rules, .nrules = 3,
};

static struct plan_waiver waivers[] = {
	{.rule = 0, .target = "nightly-analytics", .reason = "Approved by the DPO, ticket PRIV-114",
	 .approved_by = "dpo@acme.example", .pos = {40, 5}},
	{.rule = 1, .target = "old-db", .reason = "legacy system", .pos = {45, 5}},
};

static struct rsd_plan plan_yaml = {
	.file = "plans/prod.yaml", .nstores = 3, .nflows = 2,
	.waivers = waivers, .nwaivers = 2,
};
static struct rsd_plan plan_tf = {
	.file = "tf/plan.json", .nstores = 2, .terraform = true,
};

/* the class sets findings point at, and their rarely set fields */
static struct bits set_0, set_01, set_2;
static struct finding_more more_waived = {.waiver = &waivers[0]};
static struct finding_more more_expired = {
	.tool_id = "expired-waiver", .waiver = &waivers[1],
	.message = "waiver of ru_localisation for old-db expired on 2026-01-01",
};
static struct finding_more more_unclassified = {
	.tool_id = "unclassified", .address = "aws_s3_bucket.tmp",
	.message = "aws_s3_bucket.tmp holds data but has no data-classes tag",
};
static struct finding_more more_unknown = {
	.tool_id = "unknown-location", .address = "module.db[\"a,b\"].aws_s3_bucket.logs",
	.message = "region is \"known after apply\": 100% unknown, <fail closed> & stop",
};

static struct finding findings_yaml[5], findings_tf[2];
static struct applied applied_yaml[6];
static struct rsd_result res_yaml, res_tf;
static struct rsd_result *results[2] = {&res_yaml, &res_tf};

static int cc(const char *code)
{
	return country_lookup(code, 2);
}

static struct bits class_set(int a, int b)
{
	struct bits s;
	bits_clear(&s);
	if (a >= 0)
		bits_set(&s, (unsigned)a);
	if (b >= 0)
		bits_set(&s, (unsigned)b);
	return s;
}

static int setup(void **state)
{
	(void)state;
	waivers[0].expires = date_from_ymd(2027, 1, 31);
	waivers[1].expires = date_from_ymd(2026, 1, 1);
	set_0 = class_set(0, -1);
	set_01 = class_set(0, 1);
	set_2 = class_set(2, -1);

	findings_yaml[0] = (struct finding){
		.rule = 1, .severity = SEV_WARNING,
		.status = FINDING_VIOLATION, .kind = FINDING_STORE, .fact = "orders-db",
		.line = 5, .col = 5, .classes = &set_0,
		.failed.in = {0}, .nfailed = 1,
	};
	findings_yaml[1] = (struct finding){
		.rule = 0, .severity = SEV_ERROR,
		.status = FINDING_WAIVED, .kind = FINDING_TRANSFER, .fact = "nightly-analytics",
		.line = 14, .col = 5, .classes = &set_01,
		.pairs.in = {{(uint8_t)cc("DE"), (uint8_t)cc("US")}, {(uint8_t)cc("FR"), (uint8_t)cc("US")}},
		.npairs = 2, .failed.in = {0, 1}, .nfailed = 2,
		.more = &more_waived,
	};
	findings_yaml[2] = (struct finding){
		.rule = 0, .severity = SEV_ERROR,
		.status = FINDING_VIOLATION, .kind = FINDING_TRANSFER,
		.fact = "orders-db (backup aws:us-east-1)",
		.line = 9, .col = 9, .classes = &set_0,
		.pairs.in = {{(uint8_t)cc("DE"), (uint8_t)cc("US")}}, .npairs = 1,
		.failed.in = {0}, .nfailed = 1,
	};
	findings_yaml[3] = (struct finding){
		.rule = 2, .severity = SEV_INFO,
		.status = FINDING_VIOLATION, .kind = FINDING_STORE, .fact = "store#3",
		.line = 25, .col = 5, .classes = &set_2,
		.failed.in = {0}, .nfailed = 1,
	};
	findings_yaml[4] = (struct finding){
		.rule = -1, .severity = SEV_WARNING,
		.status = FINDING_VIOLATION, .kind = FINDING_WAIVER, .fact = "old-db",
		.line = 45, .col = 5, .more = &more_expired,
	};
	/* sorted as the evaluator sorts: (file, line, col, rule, fact) */
	struct finding tmp = findings_yaml[1];
	findings_yaml[1] = findings_yaml[2];
	findings_yaml[2] = tmp;

	applied_yaml[0] = (struct applied){1, "orders-db", "plans/prod.yaml", 5, 5, 0};
	applied_yaml[1] = (struct applied){2, "orders-db", "plans/prod.yaml", 5, 5, -1};
	applied_yaml[2] = (struct applied){0, "orders-db (backup aws:us-east-1)", "plans/prod.yaml", 9, 9, 1};
	applied_yaml[3] = (struct applied){0, "nightly-analytics", "plans/prod.yaml", 14, 5, 2};
	applied_yaml[4] = (struct applied){0, "eu-sync", "plans/prod.yaml", 30, 5, -1};
	applied_yaml[5] = (struct applied){2, "store#3", "plans/prod.yaml", 25, 5, 3};

	res_yaml = (struct rsd_result){
		.policy = &policy, .plan = &plan_yaml, .date = date_from_ymd(2026, 11, 28),
		.findings = findings_yaml, .nfindings = 5,
		.applied = applied_yaml, .napplied = 6,
		.nfacts = 7, .nimplicit = 2,
		.counts = {1, 2, 1}, .nwaived = 1,
	};

	findings_tf[0] = (struct finding){
		.rule = -1, .severity = SEV_WARNING,
		.status = FINDING_VIOLATION, .kind = FINDING_STORE, .fact = "aws_s3_bucket.tmp",
		.more = &more_unclassified,
	};
	findings_tf[1] = (struct finding){
		.rule = -1, .severity = SEV_ERROR,
		.status = FINDING_VIOLATION, .kind = FINDING_STORE,
		.fact = "module.db[\"a,b\"].aws_s3_bucket.logs",
		.more = &more_unknown,
	};
	res_tf = (struct rsd_result){
		.policy = &policy, .plan = &plan_tf, .date = date_from_ymd(2026, 11, 28),
		.findings = findings_tf, .nfindings = 2,
		.nfacts = 2,
		.counts = {1, 1, 0},
	};
	return 0;
}

/* ------------------------------------------------------------ helpers */

static char *render(rsd_format fmt, struct rsd_result **res, size_t n, int fail_on, int color,
		    int quiet)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	rsd_report_opts o = {.fail_on = fail_on, .color = color, .quiet = quiet};
	assert_int_equal(rsd_report_write(f, fmt, &policy, res, n, &o), 0);
	fclose(f);
	return buf;
}

static const char *srcdir(void)
{
	const char *d = getenv("RSD_SRCDIR");
	return d && *d ? d : ".";
}

/* Compare with tests/unit/report/NAME, or rewrite it under RSD_UPDATE. */
static void golden(const char *name, const char *got)
{
	char path[512];
	snprintf(path, sizeof path, "%s/tests/unit/report/%s", srcdir(), name);
	const char *upd = getenv("RSD_UPDATE");
	if (upd && *upd && strcmp(upd, "0") != 0) {
		assert_int_equal(write_file_atomic(path, got, strlen(got)), 0);
		return;
	}
	size_t len;
	char *want = read_file(path, &len, 1 << 20);
	if (!want)
		fail_msg("cannot read golden file %s (run from the project root)", path);
	if (strcmp(want, got) != 0) {
		/* show the first difference, then fail */
		size_t i = 0, line = 1;
		while (want[i] && want[i] == got[i]) {
			if (want[i] == '\n')
				line++;
			i++;
		}
		print_error("%s differs at line %zu:\n--- want\n%.200s\n--- got\n%.200s\n",
			    name, line, want + i, got + i);
		xfree(want);
		fail();
	}
	xfree(want);
}

/* Write data to a temporary file; returns its path (xmalloc'd). */
static char *tmpfile_with(const char *data, const char *suffix)
{
	char tmpl[] = "/tmp/rsd-report-XXXXXX";
	assert_non_null(mkdtemp(tmpl));
	char *path = xmalloc(strlen(tmpl) + 32);
	sprintf(path, "%s/out%s", tmpl, suffix);
	assert_int_equal(write_file_atomic(path, data, strlen(data)), 0);
	return path;
}

static void rm_tmp(char *path)
{
	unlink(path);
	char *slash = strrchr(path, '/');
	*slash = '\0';
	rmdir(path);
	xfree(path);
}

/*
** Run tests/validate.py on data against schema (relative to the project
** root); skip when python3 with jsonschema or the schema is unavailable.
*/
static void validate(const char *data, const char *const *schemas, size_t nschemas)
{
	char cmd[2048];
	const char *schema = NULL;
	static char found[1024];
	for (size_t i = 0; i < nschemas && !schema; i++) {
		snprintf(found, sizeof found, "%s/%s", srcdir(), schemas[i]);
		if (access(found, R_OK) == 0)
			schema = found;
	}
	if (!schema) {
		print_message("schema %s not found: skipped\n", schemas[0]);
		skip();
	}
	if (system("python3 -c 'import jsonschema' >/dev/null 2>&1") != 0) {
		print_message("python3 jsonschema missing: skipped\n");
		skip();
	}
	char *path = tmpfile_with(data, ".json");
	snprintf(cmd, sizeof cmd, "python3 '%s/tests/validate.py' '%s' '%s'", srcdir(), path, schema);
	int rc = system(cmd);
	rm_tmp(path);
	assert_int_equal(rc, 0);
}

/* ------------------------------------------------------------ tests */

static void test_report_format_parse(void **state)
{
	(void)state;
	assert_int_equal(rsd_format_parse("text"), RSD_FORMAT_TEXT);
	assert_int_equal(rsd_format_parse("json"), RSD_FORMAT_JSON);
	assert_int_equal(rsd_format_parse("sarif"), RSD_FORMAT_SARIF);
	assert_int_equal(rsd_format_parse("junit"), RSD_FORMAT_JUNIT);
	assert_int_equal(rsd_format_parse("github"), RSD_FORMAT_GITHUB);
	assert_int_equal(rsd_format_parse("markdown"), RSD_FORMAT_MARKDOWN);
	assert_int_equal(rsd_format_parse("xml"), -1);
	assert_int_equal(rsd_format_parse("JSON"), -1);
	assert_int_equal(rsd_format_parse(""), -1);
	assert_int_equal(rsd_format_parse(NULL), -1);
}

static void test_report_text(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_TEXT, results, 2, RSD_ERROR, 0, 0);
	golden("report.txt", s);
	free(s);
}

static void test_report_text_color(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_TEXT, results, 1, RSD_ERROR, 1, 0);
	/* severity in red, waived in green, location and summary in bold */
	assert_non_null(strstr(s, "\033[1;31merror:\033[0m"));
	assert_non_null(strstr(s, "\033[1;32mwaived error:\033[0m"));
	assert_non_null(strstr(s, "\033[1;35mwarning:\033[0m"));
	assert_non_null(strstr(s, "\033[1mplans/prod.yaml:5:5:\033[0m"));
	free(s);
	/* and never without --color */
	s = render(RSD_FORMAT_TEXT, results, 1, RSD_ERROR, 0, 0);
	assert_null(strchr(s, '\033'));
	free(s);
}

static void test_report_text_quiet(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_TEXT, results, 2, RSD_ERROR, 0, 1);
	assert_string_equal(s, "2 errors, 3 warnings, 1 info, 1 waived; 9 facts checked in 2 plans; as of 2026-11-28 (today, UTC)\n");
	free(s);
	s = render(RSD_FORMAT_TEXT, results, 1, RSD_ERROR, 0, 1);
	assert_string_equal(s, "1 error, 2 warnings, 1 info, 1 waived; 7 facts checked; as of 2026-11-28 (today, UTC)\n");
	free(s);
	s = render(RSD_FORMAT_TEXT, NULL, 0, RSD_ERROR, 0, 0);
	assert_string_equal(s, "0 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked in 0 plans\n");
	free(s);
}

static const char *const json_schema[] = {"docs/report-schema.json"};
static const char *const sarif_schema[] = {
	"tests/data/sarif-schema-2.1.0.json",	/* a copy, see tests/data/README.md */
};

static void test_report_json(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_JSON, results, 2, RSD_ERROR, 0, 0);
	golden("report.json", s);
	validate(s, json_schema, ARRAY_LEN(json_schema));
	free(s);
}

static void test_report_json_summary_passed(void **state)
{
	(void)state;
	/* the TF plan alone: 1 error, 1 warning */
	struct rsd_result *tf[] = {&res_tf};
	char *s = render(RSD_FORMAT_JSON, tf, 1, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "\"summary\": {\"errors\": 1, \"warnings\": 1, \"infos\": 0, "
			       "\"waived\": 0, \"passed\": false}"));
	free(s);
	s = render(RSD_FORMAT_JSON, tf, 1, -1, 0, 0);
	assert_non_null(strstr(s, "\"passed\": true}"));
	free(s);
	/* a clean plan passes even at --fail-on info */
	struct rsd_result clean = {.policy = &policy, .plan = &plan_tf, .date = res_tf.date, .nfacts = 3};
	struct rsd_result *c[] = {&clean};
	s = render(RSD_FORMAT_JSON, c, 1, RSD_INFO, 0, 0);
	assert_non_null(strstr(s, "\"findings\": [],"));
	assert_non_null(strstr(s, "\"passed\": true}"));
	free(s);
}

static void test_report_json_dates_differ(void **state)
{
	(void)state;
	struct rsd_result other = res_tf;
	other.date = date_from_ymd(2025, 3, 1);
	struct rsd_result *two[] = {&res_yaml, &other};
	char *s = render(RSD_FORMAT_JSON, two, 2, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "\"as_of\": null,"));
	assert_non_null(strstr(s, "\"as_of\": \"2025-03-01\""));
	validate(s, json_schema, ARRAY_LEN(json_schema));
	free(s);
}

static void test_report_json_escaping(void **state)
{
	(void)state;
	struct finding f = findings_tf[0];
	struct finding_more m = *f.more;
	f.fact = "tab\there \x01 bad\xff utf8 \xc3\xa9 \"q\" back\\slash";
	m.address = NULL;
	f.more = &m;
	struct rsd_result r = res_tf;
	r.findings = &f;
	r.nfindings = 1;
	struct rsd_result *one[] = {&r};
	char *s = render(RSD_FORMAT_JSON, one, 1, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "\"name\": \"tab\\there \\u0001 bad\\ufffd utf8 \xc3\xa9 "
			       "\\\"q\\\" back\\\\slash\""));
	validate(s, json_schema, ARRAY_LEN(json_schema));
	free(s);
}

static void test_report_sarif(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_SARIF, results, 2, RSD_ERROR, 0, 0);
	golden("report.sarif", s);
	validate(s, sarif_schema, ARRAY_LEN(sarif_schema));
	free(s);
}

static void test_report_sarif_rule_index(void **state)
{
	(void)state;
	/* only unknown-location occurs: it is the first rule after the policy's */
	struct rsd_result r = res_tf;
	r.findings = &findings_tf[1];
	r.nfindings = 1;
	struct rsd_result *one[] = {&r};
	char *s = render(RSD_FORMAT_SARIF, one, 1, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "\"ruleId\": \"unknown-location\",\n"
			       "          \"ruleIndex\": 3,"));
	assert_null(strstr(s, "\"id\": \"unclassified\""));
	free(s);
}

static void test_report_junit(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_JUNIT, results, 2, RSD_ERROR, 0, 0);
	golden("report.xml", s);
	free(s);
}

static void test_report_junit_without_applied(void **state)
{
	(void)state;
	struct rsd_result r = res_yaml;
	r.applied = NULL;
	r.napplied = 0;
	struct rsd_result *one[] = {&r};
	char *s = render(RSD_FORMAT_JUNIT, one, 1, RSD_ERROR, 0, 0);
	/* the findings alone: 5 testcases, one of them waived; at --fail-on
	   error only the error fails, the warnings and the info pass */
	assert_non_null(strstr(s, "<testsuite name=\"plans/prod.yaml\" tests=\"5\" failures=\"1\" "
			       "errors=\"0\" skipped=\"1\">"));
	assert_null(strstr(s, "eu-sync"));
	free(s);
	s = render(RSD_FORMAT_JUNIT, one, 1, RSD_INFO, 0, 0);
	assert_non_null(strstr(s, "<testsuite name=\"plans/prod.yaml\" tests=\"5\" failures=\"4\" "
			       "errors=\"0\" skipped=\"1\">"));
	free(s);
}

/*
** Below --fail-on a finding is a passing testcase whose text is in
** <system-out> (a passing gate shows no failed test in Jenkins or GitLab);
** at or above it, a <failure>.
*/
static void test_report_junit_below_fail_on(void **state)
{
	(void)state;
	struct rsd_result *one[] = {&res_yaml};
	char *s = render(RSD_FORMAT_JUNIT, one, 1, -1, 0, 0);	/* never */
	assert_null(strstr(s, "<failure"));
	assert_non_null(strstr(s, "failures=\"0\""));
	assert_non_null(strstr(s, "<system-out>plans/prod.yaml:9:9: error: [eu_gdpr_transfer]"));
	assert_non_null(strstr(s, "<system-out>plans/prod.yaml:5:5: warning: [ru_localisation]"));
	free(s);
	s = render(RSD_FORMAT_JUNIT, one, 1, RSD_WARNING, 0, 0);
	assert_non_null(strstr(s, "<failure message=\"Russian citizens"));
	assert_non_null(strstr(s, "<system-out>plans/prod.yaml:25:5: info: [tag_owner]"));
	assert_non_null(strstr(s, "failures=\"3\""));	/* 2 warnings, 1 error */
	free(s);
}

/*
** GitLab Code Quality: a JSON array of issues, each with exactly the
** fields GitLab documents as required (description, check_name,
** fingerprint, severity in its five levels, location.path and
** location.lines.begin), fingerprints unique, waived findings left out.
*/
static void test_report_codequality(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_CODEQUALITY, results, 2, RSD_ERROR, 0, 0);
	json_error_t err;
	json_t *root = json_loads(s, 0, &err);
	assert_non_null(root);
	assert_true(json_is_array(root));
	size_t nviol = 0;
	for (size_t k = 0; k < 2; k++)
		for (uint32_t i = 0; i < results[k]->nfindings; i++)
			nviol += results[k]->findings[i].status != FINDING_WAIVED;
	assert_int_equal(json_array_size(root), nviol);
	static const char *const sev[] = {"info", "minor", "major", "critical", "blocker"};
	size_t i;
	json_t *issue;
	json_array_foreach(root, i, issue) {
		assert_true(json_is_string(json_object_get(issue, "description")));
		assert_true(json_is_string(json_object_get(issue, "check_name")));
		const char *fp = json_string_value(json_object_get(issue, "fingerprint"));
		assert_non_null(fp);
		assert_int_equal(strlen(fp), 32);
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(fp, json_string_value(json_object_get(json_array_get(root, j),
										       "fingerprint")));
		const char *sv = json_string_value(json_object_get(issue, "severity"));
		assert_non_null(sv);
		int known = 0;
		for (size_t k = 0; k < ARRAY_LEN(sev); k++)
			known |= strcmp(sv, sev[k]) == 0;
		assert_true(known);
		json_t *loc = json_object_get(issue, "location");
		assert_true(json_is_string(json_object_get(loc, "path")));
		json_int_t begin = json_integer_value(json_object_get(json_object_get(loc, "lines"), "begin"));
		assert_true(begin >= 1);
	}
	assert_null(strstr(s, "nightly-analytics"));	/* waived */
	assert_non_null(strstr(s, "\"severity\": \"critical\""));	/* an error */
	assert_non_null(strstr(s, "\"severity\": \"minor\""));	/* a warning */
	assert_non_null(strstr(s, "\"path\": \"plans/prod.yaml\""));
	json_decref(root);
	free(s);
}

/* Paths relative to a base, by name: the same file gives the same path. */
static void test_report_rel_path(void **state)
{
	(void)state;
	char *cwd = getcwd(NULL, 0);
	assert_non_null(cwd);
	struct {
		const char *path, *base, *want;
	} cases[] = {
		{"x.yaml", NULL, "x.yaml"},
		{"./x.yaml", NULL, "x.yaml"},
		{"a/./b/../x.yaml", NULL, "a/x.yaml"},
		{"a//x.yaml", ".", "a/x.yaml"},
		{"plans/x.yaml", "plans", "x.yaml"},
		{"x.yaml", "plans", "../x.yaml"},
		{"/elsewhere/x.yaml", NULL, "/elsewhere/x.yaml"},
		{"<stdin>", NULL, "<stdin>"},
		{"", NULL, ""},
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct strbuf sb = {0};
		report_rel_path(&sb, cases[i].path, cases[i].base);
		sb_putc(&sb, '\0');
		assert_string_equal(sb.s, cases[i].want);
		sb_free(&sb);
	}
	/* an absolute path under the working directory is made relative */
	struct strbuf abs = {0}, sb = {0};
	sb_printf(&abs, "%s/plans/x.yaml", cwd);
	report_rel_path(&sb, abs.s, NULL);
	assert_string_equal(sb.s, "plans/x.yaml");
	sb_free(&sb);
	sb_free(&abs);
	free(cwd);
}

/* Fingerprints: PATH:RULE:FACT with PATH normalised; a baseline drops them. */
static void test_report_fingerprints_baseline(void **state)
{
	(void)state;
	struct finding f[5];
	memcpy(f, findings_yaml, sizeof f);
	struct applied a[6];
	memcpy(a, applied_yaml, sizeof a);
	struct rsd_result r = res_yaml;
	r.findings = f;
	r.applied = a;
	char *fp = rsd_finding_fingerprint(&r, 0, NULL);
	assert_string_equal(fp, "plans/prod.yaml:ru_localisation:orders-db");
	free(fp);
	struct rsd_plan pl = plan_yaml;	/* a finding is in its plan's file */
	pl.file = "./plans/../plans/prod.yaml";
	r.plan = &pl;
	fp = rsd_finding_fingerprint(&r, 0, NULL);
	assert_string_equal(fp, "plans/prod.yaml:ru_localisation:orders-db");
	free(fp);
	fp = rsd_finding_fingerprint(&r, 0, "plans");
	assert_string_equal(fp, "prod.yaml:ru_localisation:orders-db");
	free(fp);
	assert_null(rsd_finding_fingerprint(&r, 99, NULL));

	const char *old[] = {"plans/prod.yaml:ru_localisation:orders-db",
			     "plans/prod.yaml:eu_gdpr_transfer:nightly-analytics", "other:x:y"};
	uint32_t warnings = r.counts[SEV_WARNING], waived = r.nwaived;
	assert_int_equal(rsd_result_drop_fingerprints(&r, old, ARRAY_LEN(old), NULL), 2);
	assert_int_equal(r.nfindings, 3);
	assert_int_equal(r.counts[SEV_WARNING], warnings - 1);
	assert_int_equal(r.nwaived, waived - 1);
	for (uint32_t i = 0; i < r.nfindings; i++)
		assert_string_not_equal(r.findings[i].fact, "orders-db");
	/* the dropped findings' (rule, fact) pairs now pass; the others follow */
	assert_int_equal(a[0].finding, -1);
	assert_int_equal(a[3].finding, -1);
	assert_string_equal(r.findings[a[2].finding].fact, "orders-db (backup aws:us-east-1)");
	assert_string_equal(r.findings[a[5].finding].fact, "store#3");
}

/* SARIF rules: security-severity, the pack as a tag, help in Markdown. */
static void test_report_sarif_rule_properties(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_SARIF, results, 2, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "\"security-severity\": \"8.0\""));
	assert_non_null(strstr(s, "\"security-severity\": \"5.0\""));
	assert_non_null(strstr(s, "\"tags\": [\"data-residency\", \"acme\"]"));
	assert_non_null(strstr(s, "\"markdown\": \"**"));
	assert_non_null(strstr(s, "**Cite:** Federal Law No. 242-FZ"));
	assert_non_null(strstr(s, "\"automationDetails\": {\"id\": \"residency/\"}"));
	validate(s, sarif_schema, ARRAY_LEN(sarif_schema));
	free(s);
}

static void test_report_github(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_GITHUB, results, 2, RSD_ERROR, 0, 0);
	golden("report.github", s);
	free(s);
}

static void test_report_markdown(void **state)
{
	(void)state;
	char *s = render(RSD_FORMAT_MARKDOWN, results, 2, RSD_ERROR, 0, 0);
	golden("report.md", s);
	free(s);
}

/* Paths and messages with characters each format must escape. */
static void test_report_escaping(void **state)
{
	(void)state;
	struct finding f = findings_tf[1];
	struct finding_more m = *f.more;
	struct rsd_plan pl = plan_tf;	/* a finding is in its plan's file */
	pl.file = "/abs/dir,a:b/my plan%.yaml";
	f.line = 3;
	f.col = 0;
	m.message = "two\nlines\r 50% <x> & \x02 \"q\"";
	f.more = &m;
	struct rsd_result r = res_tf;
	r.plan = &pl;
	r.findings = &f;
	r.nfindings = 1;
	struct rsd_result *one[] = {&r};

	char *s = render(RSD_FORMAT_GITHUB, one, 1, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "::error file=/abs/dir%2Ca%3Ab/my plan%25.yaml,line=3,"
			       "title=unknown-location::two%0Alines%0D 50%25 <x> & ? \"q\" ("));
	free(s);

	s = render(RSD_FORMAT_SARIF, one, 1, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "\"uri\": \"file:///abs/dir%2Ca%3Ab/my%20plan%25.yaml\""));
	assert_non_null(strstr(s, "\"region\": {\"startLine\": 3}"));
	assert_non_null(strstr(s, "two\\nlines\\r 50% <x> & \\u0002 \\\"q\\\""));
	validate(s, sarif_schema, ARRAY_LEN(sarif_schema));
	free(s);

	s = render(RSD_FORMAT_JUNIT, one, 1, RSD_ERROR, 0, 0);
	/* attributes keep newlines as references; U+0002 is not XML: U+FFFD */
	assert_non_null(strstr(s, "message=\"two&#10;lines&#13; 50% &lt;x&gt; &amp; \xef\xbf\xbd &quot;q&quot;\""));
	assert_non_null(strstr(s, ">/abs/dir,a:b/my plan%.yaml:3: error: [unknown-location] two\nlines&#13; 50%"));
	free(s);

	s = render(RSD_FORMAT_MARKDOWN, one, 1, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "two lines  50% &lt;x&gt; &amp; ? \"q\""));
	free(s);

	/* text: a newline continues on a "    | " line, other controls are ? */
	s = render(RSD_FORMAT_TEXT, one, 1, RSD_ERROR, 0, 0);
	assert_non_null(strstr(s, "/abs/dir,a:b/my plan%.yaml:3: error: [unknown-location] two\n    | lines? 50% <x> & ? \"q\""));
	free(s);
}

/*
** A rule's texts are rendered once per report and reused; a finding with a
** message of its own still shows that message, in every format, and the
** next finding of the same rule the rule's.
*/
static void test_report_own_message(void **state)
{
	(void)state;
	struct finding f[2] = {findings_yaml[1], findings_yaml[1]};	/* eu_gdpr_transfer */
	struct finding_more m = {.waiver = finding_waiver(&f[0]), .message = "Own text & more"};
	f[0].more = &m;
	f[0].fact = "x";
	struct rsd_result r = res_yaml;
	r.findings = f;
	r.nfindings = 2;
	r.applied = NULL;
	r.napplied = 0;
	struct rsd_result *one[] = {&r};
	static const struct {
		rsd_format fmt;
		const char *own, *rule;
	} want[] = {
		{RSD_FORMAT_TEXT, "[eu_gdpr_transfer] Own text & more (x)\n",
		 "[eu_gdpr_transfer] Personal data from the EEA goes to a country without an adequacy decision (orders-db"},
		{RSD_FORMAT_JSON, "\"message\": \"Own text & more\",",
		 "\"message\": \"Personal data from the EEA goes to a country without an adequacy decision\","},
		{RSD_FORMAT_SARIF, "\"text\": \"Own text & more (x)\"",
		 "\"text\": \"Personal data from the EEA goes to a country without an adequacy decision (orders-db"},
		{RSD_FORMAT_JUNIT, "message=\"Own text &amp; more\" type=\"error\">plans/prod.yaml:9:9: error: [eu_gdpr_transfer] Own text &amp; more (x)\n",
		 "message=\"Personal data from the EEA goes to a country without an adequacy decision\""},
		{RSD_FORMAT_GITHUB, "title=eu_gdpr_transfer::Own text & more (x)%0A",
		 "title=eu_gdpr_transfer::Personal data from the EEA goes to a country without an adequacy decision (orders-db"},
		{RSD_FORMAT_MARKDOWN, "  \nOwn text &amp; more\n",
		 "  \nPersonal data from the EEA goes to a country without an adequacy decision\n"},
	};
	for (size_t i = 0; i < ARRAY_LEN(want); i++) {
		char *s = render(want[i].fmt, one, 1, RSD_ERROR, 0, 0);
		assert_non_null(strstr(s, want[i].own));
		assert_non_null(strstr(s, want[i].rule));
		free(s);
	}
}

/*
** A value with a newline: the text formats show it as it is; Markdown lists
** each of its lines with a ": " as an item of its own.
*/
static void test_report_multiline_value(void **state)
{
	(void)state;
	struct pol_rule rule = rules[2];	/* tag_owner */
	rule.remedy = "Tag it\nthen: ask `dpo` | later";
	struct pol_rule rs[3] = {rules[0], rules[1], rule};
	struct rsd_policy pol = policy;
	pol.rules = rs;
	struct rsd_result r = res_yaml;
	r.policy = &pol;
	r.findings = &findings_yaml[3];
	r.nfindings = 1;
	struct rsd_result *one[] = {&r};
	rsd_report_opts o = {.fail_on = RSD_ERROR};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(rsd_report_write(f, RSD_FORMAT_MARKDOWN, &pol, one, 1, &o), 0);
	fclose(f);
	assert_non_null(strstr(buf, "- remedy: Tag it\n- then: ask \\`dpo\\` \\| later\n"));
	free(buf);
	f = open_memstream(&buf, &len);
	assert_int_equal(rsd_report_write(f, RSD_FORMAT_TEXT, &pol, one, 1, &o), 0);
	fclose(f);
	assert_non_null(strstr(buf, "    remedy: Tag it\n    | then: ask `dpo` | later\n    policy:"));
	free(buf);
}

/* Testcases come sorted by (line, column, rule, fact) whatever the order of the records. */
static void test_report_junit_sorted(void **state)
{
	(void)state;
	struct applied a[] = {
		{2, "c", "plans/prod.yaml", 9, 1, -1},
		{1, "b", "plans/prod.yaml", 5, 5, -1},
		{0, "b", "plans/prod.yaml", 5, 5, -1},
		{2, "a", "plans/prod.yaml", 7, 3, -1},
		{0, "a", "plans/prod.yaml", 5, 5, -1},
	};
	struct rsd_result r = res_yaml;
	r.findings = NULL;
	r.nfindings = 0;
	r.applied = a;
	r.napplied = ARRAY_LEN(a);
	struct rsd_result *one[] = {&r};
	char *s = render(RSD_FORMAT_JUNIT, one, 1, RSD_ERROR, 0, 0);
	const char *order[] = {
		"name=\"a\" classname=\"eu_gdpr_transfer\" file=\"plans/prod.yaml\" line=\"5\"/>",
		"name=\"b\" classname=\"eu_gdpr_transfer\" file=\"plans/prod.yaml\" line=\"5\"/>",
		"name=\"b\" classname=\"ru_localisation\" file=\"plans/prod.yaml\" line=\"5\"/>",
		"name=\"a\" classname=\"tag_owner\" file=\"plans/prod.yaml\" line=\"7\"/>",
		"name=\"c\" classname=\"tag_owner\" file=\"plans/prod.yaml\" line=\"9\"/>",
	};
	const char *at = s;
	for (size_t i = 0; i < ARRAY_LEN(order); i++) {
		const char *next = strstr(at, order[i]);
		assert_non_null(next);
		at = next + 1;
	}
	free(s);
}

static void test_report_deterministic(void **state)
{
	(void)state;
	for (int fmt = RSD_FORMAT_TEXT; fmt <= RSD_FORMAT_MARKDOWN; fmt++) {
		char *a = render((rsd_format)fmt, results, 2, RSD_WARNING, 0, 0);
		char *b = render((rsd_format)fmt, results, 2, RSD_WARNING, 0, 0);
		assert_string_equal(a, b);
		free(a);
		free(b);
	}
}

static void test_report_write_error(void **state)
{
	(void)state;
	rsd_report_opts o = {.fail_on = RSD_ERROR};
	FILE *f = fopen("/dev/full", "w");
	if (!f)
		skip();
	assert_int_equal(rsd_report_write(f, RSD_FORMAT_JSON, &policy, results, 2, &o), -1);
	fclose(f);
	f = fopen("/dev/null", "w");
	assert_non_null(f);
	assert_int_equal(rsd_report_write(f, (rsd_format)42, &policy, results, 2, &o), -1);
	fclose(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_format_parse),
		cmocka_unit_test(test_report_text),
		cmocka_unit_test(test_report_text_color),
		cmocka_unit_test(test_report_text_quiet),
		cmocka_unit_test(test_report_json),
		cmocka_unit_test(test_report_json_summary_passed),
		cmocka_unit_test(test_report_json_dates_differ),
		cmocka_unit_test(test_report_json_escaping),
		cmocka_unit_test(test_report_sarif),
		cmocka_unit_test(test_report_sarif_rule_index),
		cmocka_unit_test(test_report_junit),
		cmocka_unit_test(test_report_junit_without_applied),
		cmocka_unit_test(test_report_github),
		cmocka_unit_test(test_report_markdown),
		cmocka_unit_test(test_report_escaping),
		cmocka_unit_test(test_report_own_message),
		cmocka_unit_test(test_report_multiline_value),
		cmocka_unit_test(test_report_junit_sorted),
		cmocka_unit_test(test_report_deterministic),
		cmocka_unit_test(test_report_write_error),
		cmocka_unit_test(test_report_junit_below_fail_on),
		cmocka_unit_test(test_report_codequality),
		cmocka_unit_test(test_report_rel_path),
		cmocka_unit_test(test_report_fingerprints_baseline),
		cmocka_unit_test(test_report_sarif_rule_properties),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
