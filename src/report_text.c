/*
** report_text.c — the default report: one GNU-style line per finding,
**
**   plan.yaml:14:5: error: [eu_gdpr_transfer] MESSAGE (FACT)
**
** waived findings as "waived error:" (the severity they would have had),
** indented detail lines under each, and one summary line for the run.
*/
#include "report.h"

#define C_BOLD "\033[1m"
#define C_RESET "\033[0m"

static const char *const sev_color[] = {"\033[1;31m", "\033[1;35m", "\033[1;36m"};
#define C_WAIVED "\033[1;32m"

/*
** Text from inputs (messages, names, file names, detail values) goes
** through report_text_esc: a newline in it continues on a line that starts
** with "    | " (TEXT_NL), control characters become '?'.  So every line of
** the report starts with a file name, a detail label, "|" or a digit (after
** its blanks): a plan or policy cannot forge a finding line, nor a GitHub
** `::error`/`::stop-commands::` command in a CI log.
*/
#define TEXT_NL "\n    | "

/* "[RULE]" RESET " MESSAGE": the same in each finding of a rule without a message of its own. */
enum { PIECE_TITLE = REPORT_PIECE_WRITER };
_Static_assert(PIECE_TITLE < REPORT_NPIECES, "struct report_rule has room for the piece");

static void text_rule(struct report *r, const struct pol_rule *rule, struct report_rule *rr)
{
	struct finding probe = {.rule = (int32_t)(rule - r->p->rules)};
	struct strbuf *sb = &rr->piece[PIECE_TITLE];
	sb_putc(sb, '[');
	sb_puts(sb, rule->name);
	sb_putc(sb, ']');
	if (r->color)
		sb_puts(sb, C_RESET);
	sb_putc(sb, ' ');
	report_text_esc(sb, report_message(r, &probe), TEXT_NL);
}

static void text_begin(struct report *r)
{
	(void)r;
}

static void text_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	if (r->quiet)
		return;
	struct strbuf *sb = &r->ob;
	const struct report_rule *rr = report_rule_pieces(r, f->rule);
	const char *bold = r->color ? C_BOLD : "", *reset = r->color ? C_RESET : "";
	int sev = f->severity <= SEV_INFO ? (int)f->severity : SEV_INFO;
	const char *color = !r->color ? "" : f->status == FINDING_WAIVED ? C_WAIVED : sev_color[sev];

	sb_puts(sb, bold);
	const char *file = report_plan_name(res);	/* a finding is in its plan's file */
	if (file[0] == ':' || file[0] == ' ' || file[0] == '\t')	/* a file named "::error …" */
		sb_add(sb, "./", 2);
	report_text_esc(sb, file, TEXT_NL);
	if (f->line) {
		sb_putc(sb, ':');
		sb_putu(sb, f->line);
		if (f->col) {
			sb_putc(sb, ':');
			sb_putu(sb, f->col);
		}
	}
	/* ":%s %s%s%s:%s %s[%s]%s %s", appended piece by piece */
	sb_putc(sb, ':');
	sb_puts(sb, reset);
	sb_putc(sb, ' ');
	sb_puts(sb, color);
	if (f->status == FINDING_WAIVED)
		sb_add(sb, "waived ", 7);
	sb_puts(sb, report_sev_name(sev));
	sb_putc(sb, ':');
	sb_puts(sb, reset);
	sb_putc(sb, ' ');
	sb_puts(sb, bold);
	if (rr && !finding_message(f)) {
		report_piece(sb, &rr->piece[PIECE_TITLE]);
	} else {
		sb_putc(sb, '[');
		sb_puts(sb, report_rule_id(r, f));
		sb_putc(sb, ']');
		sb_puts(sb, reset);
		sb_putc(sb, ' ');
		report_text_esc(sb, report_message(r, f), TEXT_NL);
	}
	if (f->fact && *f->fact) {
		sb_add(sb, " (", 2);
		report_text_esc(sb, f->fact, TEXT_NL);
		sb_putc(sb, ')');
	}
	sb_putc(sb, '\n');
	report_details(sb, r, f);
}

static void text_detail(struct strbuf *sb, const char *label, const char *value)
{
	sb_add(sb, "    ", 4);
	sb_puts(sb, label);
	sb_add(sb, ": ", 2);
	report_text_esc(sb, value, TEXT_NL);
	sb_putc(sb, '\n');
}

static void text_end(struct report *r)
{
	struct strbuf *sb = &r->ob;
	if (r->color)
		sb_puts(sb, C_BOLD);
	report_summary(sb, r, r->counts, r->waived, r->facts, r->n);
	if (r->color)
		sb_puts(sb, C_RESET);
	sb_putc(sb, '\n');
	if (r->verbose)
		sb_puts(sb, "standard library current to " RSD_LIBRARY_CURRENT_TO "\n");
}

const struct report_ops report_text_ops = {
	.name = "text",
	.begin = text_begin,
	.finding = text_finding,
	.end = text_end,
	.detail = text_detail,
	.rule = text_rule,
};
