/*
** report_junit.c — JUnit XML: one <testsuite> per plan, one <testcase> per
** (rule, fact) the rule applied to (result->applied, kept when the check ran
** with record_applied) plus one per finding; a violation at or above
** --fail-on is a <failure>, one below it (a warning or info that does not
** fail the gate) a passing testcase with its text in <system-out>, so that
** a passing gate shows no failed test in Jenkins or GitLab; a waived
** finding is <skipped>, a (rule, fact) that passed an empty testcase.
** Without applied records only the findings appear.
*/
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "residency.h"

/*
** One testcase.
** @f: its finding, NULL for a (rule, fact) that passed
** @seq: position before sorting (the last tie-break: junit_cmp is a total order)
*/
struct junit_case {
	uint32_t line, col;
	const char *rule, *fact;
	const struct finding *f;
	uint32_t seq;
	int32_t rule_index;	/* in the policy, -1: none */
};

/*
** What the cases of one plan share, escaped once: the plan's file as the
** attribute ( file="…", empty when the plan has none) and as the location
** text of the failures whose finding names that file.
*/
struct junit_file {
	const char *file;
	struct strbuf attr, text;
};

/* A rule's parts, the same in each of its cases (report_rule.piece). */
enum {
	PIECE_CLASSNAME = REPORT_PIECE_WRITER,	/* ' classname="RULE"' */
	PIECE_MESSAGE,	/* ' message="MESSAGE"' (cases without a message of their own) */
	PIECE_TITLE,	/* "[RULE] MESSAGE" in the failure's text (likewise) */
};
_Static_assert(PIECE_TITLE < REPORT_NPIECES, "struct report_rule has room for the pieces");

static int junit_cmp(const void *a, const void *b)
{
	const struct junit_case *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	int c = strcmp(x->rule, y->rule);
	if (c)
		return c;
	c = strcmp(x->fact, y->fact);
	if (c)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The end of the ascending run of a[] that starts at i (< n). */
static uint32_t run_end(const struct junit_case *a, uint32_t i, uint32_t n)
{
	while (i + 1 < n && junit_cmp(&a[i], &a[i + 1]) < 0)
		i++;
	return i + 1;
}

/*
** Sort the cases.  They come as two runs mostly in order already (the
** passed pairs in the evaluator's order, then the findings, sorted by it),
** so a natural merge sort (merge neighbouring ascending runs, pass after
** pass, until one is left) takes a pass or two where qsort made n log n
** comparisons.  junit_cmp being a total order, any sort gives this order.
*/
static void junit_sort(struct junit_case *cases, uint32_t n)
{
	if (n < 2 || run_end(cases, 0, n) == n)
		return;
	struct junit_case *tmp = xmalloc(n * sizeof *tmp);
	struct junit_case *from = cases, *to = tmp;
	uint32_t nruns;
	do {
		nruns = 0;
		for (uint32_t i = 0; i < n; nruns++) {
			uint32_t mid = run_end(from, i, n);
			uint32_t end = mid < n ? run_end(from, mid, n) : n;
			uint32_t a = i, b = mid, k = i;
			while (a < mid && b < end)
				to[k++] = junit_cmp(&from[a], &from[b]) < 0 ? from[a++] : from[b++];
			while (a < mid)
				to[k++] = from[a++];
			while (b < end)
				to[k++] = from[b++];
			i = end;
		}
		struct junit_case *t = from;
		from = to;
		to = t;
	} while (nruns > 1);
	if (from != cases)
		memcpy(cases, from, n * sizeof *cases);
	xfree(tmp);
}

/* A finding that fails the gate (at or above --fail-on), so a <failure>. */
static bool junit_fails(const struct report *r, const struct finding *f)
{
	return f->status != FINDING_WAIVED && (int)f->severity <= r->fail_on;
}

/* Testcases of one result: passed (rule, fact) pairs, then every finding. */
static void junit_counts(const struct report *r, const struct rsd_result *res, uint32_t *tests,
			 uint32_t *failures, uint32_t *skipped)
{
	uint32_t t = 0, fl = 0, sk = 0;
	for (uint32_t i = 0; i < res->napplied; i++)
		if (res->applied[i].finding < 0)
			t++;
	for (uint32_t i = 0; i < res->nfindings; i++) {
		t++;
		if (res->findings[i].status == FINDING_WAIVED)
			sk++;
		else if (junit_fails(r, &res->findings[i]))
			fl++;
	}
	*tests = t;
	*failures = fl;
	*skipped = sk;
}

static void junit_begin(struct report *r)
{
	uint32_t tests = 0, failures = 0, skipped = 0;
	for (size_t i = 0; i < r->n; i++) {
		uint32_t t, f, s;
		junit_counts(r, r->results[i], &t, &f, &s);
		tests += t;
		failures += f;
		skipped += s;
	}
	sb_printf(&r->ob, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		  "<testsuites name=\"residency\" tests=\"%u\" failures=\"%u\" errors=\"0\" skipped=\"%u\">\n",
		  tests, failures, skipped);
}

static void junit_attr(struct strbuf *out, const char *name, const char *value)
{
	sb_putc(out, ' ');
	sb_puts(out, name);
	sb_add(out, "=\"", 2);
	report_xml(out, value, true);
	sb_putc(out, '"');
}

static void junit_rule(struct report *r, const struct pol_rule *rule, struct report_rule *rr)
{
	struct finding probe = {.rule = (int32_t)(rule - r->p->rules)};
	junit_attr(&rr->piece[PIECE_CLASSNAME], "classname", rule->name);
	junit_attr(&rr->piece[PIECE_MESSAGE], "message", report_message(r, &probe));
	struct strbuf *title = &rr->piece[PIECE_TITLE];
	sb_putc(title, '[');
	report_xml(title, rule->name, false);
	sb_add(title, "] ", 2);
	report_xml(title, report_message(r, &probe), false);
}

static void junit_case(struct report *r, const struct rsd_result *res, const struct junit_file *jf,
		       const struct junit_case *c)
{
	struct strbuf *out = &r->ob;
	const struct report_rule *rr = report_rule_pieces(r, c->rule_index);
	const struct finding *f = c->f;
	bool own_message = f && finding_message(f);
	sb_puts(out, "    <testcase");
	junit_attr(out, "name", c->fact);
	if (rr)
		report_piece(out, &rr->piece[PIECE_CLASSNAME]);
	else
		junit_attr(out, "classname", c->rule);
	report_piece(out, &jf->attr);
	if (c->line) {
		sb_add(out, " line=\"", 7);
		sb_putu(out, c->line);
		sb_putc(out, '"');
	}
	if (!f) {
		sb_puts(out, "/>\n");
		return;
	}
	sb_puts(out, ">\n");
	if (f->status == FINDING_WAIVED) {
		struct strbuf *sb = &r->tmp;
		report_sb_reset(sb);
		sb_puts(sb, "waived");
		if (finding_waiver(f)) {
			sb_puts(sb, ": ");
			report_waiver_text(sb, r, finding_waiver(f));
		}
		sb_puts(out, "      <skipped");
		junit_attr(out, "message", sb->s);
		sb_puts(out, "/>\n");
	} else {
		/* the text format's line and detail lines, escaped piece by piece:
		   a <failure>, or below --fail-on the passing case's <system-out> */
		bool fails = junit_fails(r, f);
		if (fails) {
			sb_puts(out, "      <failure");
			if (rr && !own_message)
				report_piece(out, &rr->piece[PIECE_MESSAGE]);
			else
				junit_attr(out, "message", report_message(r, f));
			junit_attr(out, "type", report_sev_name(f->severity));
			sb_putc(out, '>');
		} else {
			sb_puts(out, "      <system-out>");
		}
		const char *file = report_plan_name(res);	/* a finding is in its plan's file */
		if (file == jf->file)
			report_piece(out, &jf->text);
		else
			report_xml(out, file, false);
		if (f->line) {
			sb_putc(out, ':');
			sb_putu(out, f->line);
			if (f->col) {
				sb_putc(out, ':');
				sb_putu(out, f->col);
			}
		}
		sb_add(out, ": ", 2);
		sb_puts(out, report_sev_name(f->severity));
		sb_add(out, ": ", 2);
		if (rr && !own_message) {
			report_piece(out, &rr->piece[PIECE_TITLE]);
		} else {
			sb_putc(out, '[');
			report_xml(out, report_rule_id(r, f), false);
			sb_add(out, "] ", 2);
			report_xml(out, report_message(r, f), false);
		}
		if (f->fact && *f->fact) {
			sb_add(out, " (", 2);
			report_xml(out, f->fact, false);
			sb_putc(out, ')');
		}
		sb_putc(out, '\n');
		report_details(out, r, f);
		sb_puts(out, fails ? "</failure>\n" : "</system-out>\n");
	}
	sb_puts(out, "    </testcase>\n");
}

/* A detail line of the text format, escaped for the <failure> body. */
static void junit_detail(struct strbuf *sb, const char *label, const char *value)
{
	sb_add(sb, "    ", 4);
	sb_puts(sb, label);
	sb_add(sb, ": ", 2);
	report_xml(sb, value, false);
	sb_putc(sb, '\n');
}

static void junit_plan(struct report *r, const struct rsd_result *res)
{
	uint32_t tests, failures, skipped, n = 0;
	junit_counts(r, res, &tests, &failures, &skipped);
	struct junit_case *cases = xcalloc(tests ? tests : 1, sizeof *cases);
	for (uint32_t i = 0; i < res->napplied; i++) {
		const struct applied *a = &res->applied[i];
		if (a->finding >= 0)
			continue;
		const char *rule = a->rule >= 0 && (uint32_t)a->rule < r->p->nrules
			? r->p->rules[a->rule].name : "?";
		cases[n] = (struct junit_case){a->line, a->col, rule, a->fact ? a->fact : "", NULL, n,
					       a->rule};
		n++;
	}
	for (uint32_t i = 0; i < res->nfindings; i++) {
		const struct finding *f = &res->findings[i];
		cases[n] = (struct junit_case){f->line, f->col, report_rule_id(r, f),
					       f->fact ? f->fact : "", f, n, f->rule};
		n++;
	}
	junit_sort(cases, n);

	struct strbuf *out = &r->ob;
	sb_puts(out, "  <testsuite");
	junit_attr(out, "name", report_plan_name(res));
	sb_printf(out, " tests=\"%u\" failures=\"%u\" errors=\"0\" skipped=\"%u\">\n",
		  tests, failures, skipped);
	char date[11];
	if (res->date != DATE_NONE) {
		date_format(res->date, date);
		sb_printf(out, "    <properties>\n"
			  "      <property name=\"as_of\" value=\"%s\"/>\n"
			  "      <property name=\"as_of_source\" value=\"%s\"/>\n"
			  "    </properties>\n", date, report_date_source(res));
	}
	struct junit_file jf = {.file = res->plan && res->plan->file ? res->plan->file : ""};
	if (*jf.file)
		junit_attr(&jf.attr, "file", jf.file);
	report_xml(&jf.text, jf.file, false);
	for (uint32_t i = 0; i < n; i++) {
		junit_case(r, res, &jf, &cases[i]);
		report_spill(r);
	}
	sb_puts(out, "  </testsuite>\n");
	sb_free(&jf.attr);
	sb_free(&jf.text);
	xfree(cases);
}

static void junit_end(struct report *r)
{
	sb_puts(&r->ob, "</testsuites>\n");
}

const struct report_ops report_junit_ops = {
	.name = "junit",
	.begin = junit_begin,
	.plan = junit_plan,
	.end = junit_end,
	.detail = junit_detail,
	.rule = junit_rule,
};
