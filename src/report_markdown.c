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
static void md_text(struct strbuf *out, const char *s)
{
	if (*s == '-' || *s == '+' || *s == '=' || *s == ':')	/* ':': no "::command" line */
		sb_putc(out, '\\');
	for (;;) {
		size_t n = report_run(s, REPORT_PLAIN_MD_TEXT);
		sb_add(out, s, n);
		s += n;
		switch (*s) {
		case '\0': return;
		case '&': sb_add(out, "&amp;", 5); break;
		case '<': sb_add(out, "&lt;", 4); break;
		case '>': sb_add(out, "&gt;", 4); break;
		case '\n': case '\r': sb_putc(out, ' '); break;
		default:
			if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f) {
				s += report_text_char(out, s);	/* ESC, C1, UTF-8, … */
				continue;
			}
			sb_putc(out, '\\');
			sb_putc(out, *s);
		}
		s++;
	}
}

/*
** A code span: fenced with one more backtick than the longest run inside,
** padded when the text touches a backtick; in a table, | escaped.
*/
static void md_code(struct strbuf *out, const char *s, bool table)
{
	static const char ticks[] = "````````````````";
	size_t longest = 0;
	bool pad = false;
	const char *tick = strchr(s, '`');
	if (tick) {	/* most text has none: no run to measure, no padding */
		size_t run = 0;
		for (const char *p = tick; *p; p++) {
			run = *p == '`' ? run + 1 : 0;
			if (run > longest)
				longest = run;
		}
		pad = *s == '`' || s[strlen(s) - 1] == '`';
	}
	size_t nticks = longest + 1;
	if (nticks < sizeof ticks)
		sb_add(out, ticks, nticks);
	else
		for (size_t i = 0; i < nticks; i++)
			sb_putc(out, '`');
	if (pad)
		sb_putc(out, ' ');
	for (;;) {
		size_t n = report_run(s, REPORT_PLAIN_MD_CODE);
		sb_add(out, s, n);
		s += n;
		if (!*s)
			break;
		if (*s == '|') {
			sb_add(out, table ? "\\|" : "|", table ? 2 : 1);
		} else if (*s == '\n' || *s == '\r') {
			sb_putc(out, ' ');
		} else {
			s += report_text_char(out, s);	/* ESC, C1, UTF-8, … */
			continue;
		}
		s++;
	}
	if (pad)
		sb_putc(out, ' ');
	if (nticks < sizeof ticks)
		sb_add(out, ticks, nticks);
	else
		for (size_t i = 0; i < nticks; i++)
			sb_putc(out, '`');
}

/* A rule's parts, the same in each of its findings (report_rule.piece). */
enum {
	PIECE_RULE = REPORT_PIECE_WRITER,	/* its name as code */
	PIECE_MESSAGE,	/* its message as text (findings without a message of their own) */
};
_Static_assert(PIECE_MESSAGE < REPORT_NPIECES, "struct report_rule has room for the pieces");

static void md_rule(struct report *r, const struct pol_rule *rule, struct report_rule *rr)
{
	struct finding probe = {.rule = (int32_t)(rule - r->p->rules)};
	md_code(&rr->piece[PIECE_RULE], rule->name, false);
	md_text(&rr->piece[PIECE_MESSAGE], report_message(r, &probe));
}

static void md_begin(struct report *r)
{
	struct strbuf *out = &r->ob;
	sb_printf(out, "## residency: %s\n\n", r->passed ? "\u2705 passed" : "\u274c failed");
	report_summary(out, r, r->counts, r->waived, r->facts, r->n);
	sb_add(out, "\n\n", 2);
	if (r->n) {
		sb_puts(out, "| plan | as of | errors | warnings | infos | waived | facts | result |\n"
			"|:-----|:------|-------:|---------:|------:|-------:|------:|:-------|\n");
		for (size_t i = 0; i < r->n; i++) {
			const struct rsd_result *res = r->results[i];
			char date[11] = "";
			if (res->date != DATE_NONE)
				date_format(res->date, date);
			sb_puts(out, "| ");
			md_code(out, report_plan_name(res), true);
			sb_printf(out, " | %s | %u | %u | %u | %u | %u | %s |\n", date,
				res->counts[SEV_ERROR], res->counts[SEV_WARNING], res->counts[SEV_INFO],
				res->nwaived, res->nfacts,
				report_result_passes(r, res) ? "passed" : "**failed**");
		}
		sb_putc(out, '\n');
	}
	size_t total = 0;
	for (size_t i = 0; i < r->n; i++)
		total += r->results[i]->nfindings;
	sb_puts(out, total ? "### Findings\n" : "No findings.\n");
}

static void md_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	struct strbuf *out = &r->ob;
	const struct report_rule *rr = report_rule_pieces(r, f->rule);
	int sev = f->severity <= SEV_INFO ? (int)f->severity : SEV_INFO;
	sb_putc(out, '\n');
	if (f->status == FINDING_WAIVED) {
		sb_add(out, WAIVED_MARK " **waived ", sizeof WAIVED_MARK " **waived " - 1);
	} else {
		sb_puts(out, sev_mark[sev]);
		sb_add(out, " **", 3);
	}
	sb_puts(out, report_sev_name(sev));
	sb_add(out, "** ", 3);
	if (rr)
		report_piece(out, &rr->piece[PIECE_RULE]);
	else
		md_code(out, report_rule_id(r, f), false);
	if (f->fact && *f->fact) {
		sb_puts(out, " \u00b7 ");
		md_code(out, f->fact, false);
	}
	sb_puts(out, " \u00b7 ");
	report_sb_reset(&r->tmp);
	report_fact_loc(&r->tmp, res, f);
	md_code(out, r->tmp.s, false);
	sb_puts(out, "  \n");
	if (rr && !finding_message(f))
		report_piece(out, &rr->piece[PIECE_MESSAGE]);
	else
		md_text(out, report_message(r, f));
	sb_putc(out, '\n');

	/* the detail lines as a list, after a blank line (taken back when there are none) */
	size_t at = out->len;
	sb_putc(out, '\n');
	report_details(out, r, f);
	if (out->len == at + 1) {
		out->len = at;
		out->s[at] = '\0';
	}
}

/* Values shown as code: requirements, policy locations, addresses. */
static bool md_is_code(const char *label)
{
	return strcmp(label, "failed") == 0 || strcmp(label, "policy") == 0 ||
	       strcmp(label, "address") == 0;
}

/*
** A detail line as a list item "- label: value".  A value with a newline
** spans several "label: value" lines: each of them that has a ": " is an
** item of its own (what splitting the detail text into lines gives).
*/
static void md_detail(struct strbuf *out, const char *label, const char *value)
{
	if (!strchr(value, '\n')) {
		sb_add(out, "- ", 2);
		sb_puts(out, label);
		sb_add(out, ": ", 2);
		if (md_is_code(label))
			md_code(out, value, false);
		else
			md_text(out, value);
		sb_putc(out, '\n');
		return;
	}
	struct strbuf text = {0};
	sb_puts(&text, label);
	sb_add(&text, ": ", 2);
	sb_puts(&text, value);
	sb_putc(&text, '\n');
	for (char *line = text.s; *line;) {
		char *nl = strchr(line, '\n');
		*nl = '\0';
		char *colon = strstr(line, ": ");
		if (colon) {
			*colon = '\0';
			sb_add(out, "- ", 2);
			sb_puts(out, line);
			sb_add(out, ": ", 2);
			if (md_is_code(line))
				md_code(out, colon + 2, false);
			else
				md_text(out, colon + 2);
			sb_putc(out, '\n');
		}
		line = nl + 1;
	}
	sb_free(&text);
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
	.detail = md_detail,
	.rule = md_rule,
};
