/*
** report_markdown.c — GitHub-flavoured Markdown for a pull-request comment:
** a heading with the verdict, a table with one row per plan, then each
** finding as a short block (severity, rule, fact, location, message and
** its detail lines as a list).  Every piece of user text is escaped.
*/
#include "report.h"

#include <string.h>

static const char *const sev_mark[] = {"\u274c", "\u26a0\ufe0f", "\u2139\ufe0f"};
#define WAIVED_MARK "\U0001f4a4"

/*
** Free text: Markdown punctuation backslash-escaped, newlines as spaces, and
** a leading - + = escaped so the text never turns into a list or heading.
*/
static void md_text(FILE *out, const char *s)
{
	if (*s == '-' || *s == '+' || *s == '=')
		fputc('\\', out);
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|~#!&", *s)) {
			if (*s == '&')
				fputs("&amp;", out);
			else if (*s == '<')
				fputs("&lt;", out);
			else if (*s == '>')
				fputs("&gt;", out);
			else {
				fputc('\\', out);
				fputc(*s, out);
			}
		} else if (*s == '\n' || *s == '\r') {
			fputc(' ', out);
		} else {
			fputc(*s, out);
		}
	}
}

/*
** A code span: fenced with one more backtick than the longest run inside,
** padded when the text touches a backtick; in a table, | escaped.
*/
static void md_code(FILE *out, const char *s, bool table)
{
	size_t run = 0, longest = 0;
	for (const char *p = s; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	bool pad = *s == '`' || (*s && s[strlen(s) - 1] == '`');
	for (size_t i = 0; i <= longest; i++)
		fputc('`', out);
	if (pad)
		fputc(' ', out);
	for (; *s; s++) {
		if (table && *s == '|')
			fputs("\\|", out);
		else
			fputc(*s == '\n' || *s == '\r' ? ' ' : *s, out);
	}
	if (pad)
		fputc(' ', out);
	for (size_t i = 0; i <= longest; i++)
		fputc('`', out);
}

static void md_begin(struct report *r)
{
	FILE *out = r->out;
	struct strbuf sb = {0};
	fprintf(out, "## residency: %s\n\n", r->passed ? "\u2705 passed" : "\u274c failed");
	report_summary(&sb, r, r->counts, r->waived, r->facts, r->n);
	fprintf(out, "%s\n\n", sb.s);
	sb_free(&sb);
	if (r->n) {
		fputs("| plan | as of | errors | warnings | infos | waived | facts | result |\n"
		      "|:-----|:------|-------:|---------:|------:|-------:|------:|:-------|\n", out);
		for (size_t i = 0; i < r->n; i++) {
			const struct rsd_result *res = r->results[i];
			char date[11] = "";
			if (res->date != DATE_NONE)
				date_format(res->date, date);
			fputs("| ", out);
			md_code(out, report_plan_name(res), true);
			fprintf(out, " | %s | %u | %u | %u | %u | %u | %s |\n", date,
				res->counts[SEV_ERROR], res->counts[SEV_WARNING], res->counts[SEV_INFO],
				res->nwaived, res->nfacts,
				report_result_passes(r, res) ? "passed" : "**failed**");
		}
		fputc('\n', out);
	}
	size_t total = 0;
	for (size_t i = 0; i < r->n; i++)
		total += r->results[i]->nfindings;
	fputs(total ? "### Findings\n" : "No findings.\n", out);
}

static void md_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	FILE *out = r->out;
	struct strbuf sb = {0};
	int sev = f->severity <= SEV_INFO ? (int)f->severity : SEV_INFO;
	if (f->status == FINDING_WAIVED)
		fprintf(out, "\n%s **waived %s** ", WAIVED_MARK, report_sev_name(sev));
	else
		fprintf(out, "\n%s **%s** ", sev_mark[sev], report_sev_name(sev));
	md_code(out, report_rule_id(r, f), false);
	if (f->fact && *f->fact) {
		fputs(" \u00b7 ", out);
		md_code(out, f->fact, false);
	}
	fputs(" \u00b7 ", out);
	report_fact_loc(&sb, res, f);
	md_code(out, sb.s, false);
	fputs("  \n", out);
	md_text(out, report_message(r, f));
	fputc('\n', out);

	/* detail lines "label: value" become list items */
	report_sb_reset(&sb);
	report_details(&sb, r, res, f, "");
	if (sb.len)
		fputc('\n', out);
	for (char *line = sb.s; line && *line;) {
		char *nl = strchr(line, '\n');
		*nl = '\0';
		char *colon = strstr(line, ": ");
		if (colon) {
			*colon = '\0';
			fprintf(out, "- %s: ", line);
			if (strcmp(line, "failed") == 0 || strcmp(line, "policy") == 0 ||
			    strcmp(line, "address") == 0)
				md_code(out, colon + 2, false);
			else
				md_text(out, colon + 2);
			fputc('\n', out);
		}
		line = nl + 1;
	}
	sb_free(&sb);
}

static void md_end(struct report *r)
{
	(void)r;
}

const struct report_ops report_markdown_ops = {
	.name = "markdown",
	.begin = md_begin,
	.finding = md_finding,
	.end = md_end,
};
