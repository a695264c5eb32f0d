/*
** report_github.c — GitHub Actions workflow commands, one per finding:
**
**   ::error file=plan.yaml,line=14,col=5,title=eu_gdpr_transfer::MESSAGE (FACT)%0A…
**
** error → ::error, warning → ::warning, info and waived findings →
** ::notice (a waived finding never fails the gate, so it must not look
** like an error).  The detail lines follow the message, joined by %0A.
** A plain summary line ends the output.
*/
#include "report.h"

/*
** Escape for a command's data (after ::): % \r \n; for a property value
** (prop) also : and , (they delimit properties).
*/
static void gh_esc(struct strbuf *out, const char *s, bool prop)
{
	unsigned plain = prop ? REPORT_PLAIN_GH_PROP : REPORT_PLAIN_GH_DATA;
	for (;;) {
		size_t n = report_run(s, plain);
		sb_add(out, s, n);
		s += n;
		switch (*s) {
		case '\0': return;
		case '%': sb_add(out, "%25", 3); break;
		case '\r': sb_add(out, "%0D", 3); break;
		case '\n': sb_add(out, "%0A", 3); break;
		case ':': sb_add(out, "%3A", 3); break;
		case ',': sb_add(out, "%2C", 3); break;
		default: s += report_text_char(out, s); continue;	/* ESC, C1, … as ? */
		}
		s++;
	}
}

static void gh_data(struct strbuf *out, const char *s)
{
	gh_esc(out, s, false);
}

static void gh_prop(struct strbuf *out, const char *s)
{
	gh_esc(out, s, true);
}

/* A rule's parts, the same in each of its findings (report_rule.piece). */
enum {
	PIECE_TITLE = REPORT_PIECE_WRITER,	/* the rule's name as a property */
	PIECE_MESSAGE,	/* its message as data (findings without a message of their own) */
};
_Static_assert(PIECE_MESSAGE < REPORT_NPIECES, "struct report_rule has room for the pieces");

static void gh_rule(struct report *r, const struct pol_rule *rule, struct report_rule *rr)
{
	struct finding probe = {.rule = (int32_t)(rule - r->p->rules)};
	gh_prop(&rr->piece[PIECE_TITLE], rule->name);
	gh_data(&rr->piece[PIECE_MESSAGE], report_message(r, &probe));
}

static void gh_begin(struct report *r)
{
	(void)r;
}

static void gh_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	struct strbuf *out = &r->ob;
	const struct report_rule *rr = report_rule_pieces(r, f->rule);
	const char *cmd = f->status == FINDING_WAIVED ? "notice"
		: f->severity == SEV_ERROR ? "error" : f->severity == SEV_WARNING ? "warning" : "notice";
	const char *file = res->plan ? res->plan->file : NULL;	/* a finding is in its plan's file */
	const char *sep = " ";
	sb_add(out, "::", 2);
	sb_puts(out, cmd);
	if (file && *file) {
		sb_add(out, " file=", 6);
		gh_prop(out, file);
		sep = ",";
		if (f->line) {
			sb_add(out, ",line=", 6);
			sb_putu(out, f->line);
			if (f->col) {
				sb_add(out, ",col=", 5);
				sb_putu(out, f->col);
			}
		}
	}
	sb_puts(out, sep);
	sb_add(out, "title=", 6);
	if (rr)
		report_piece(out, &rr->piece[PIECE_TITLE]);
	else
		gh_prop(out, report_rule_id(r, f));
	if (f->status == FINDING_WAIVED) {
		sb_add(out, " (waived ", 9);
		sb_puts(out, report_sev_name(f->severity));
		sb_putc(out, ')');
	}
	sb_add(out, "::", 2);
	/* MESSAGE (FACT), then each detail line after an escaped newline */
	if (rr && !finding_message(f))
		report_piece(out, &rr->piece[PIECE_MESSAGE]);
	else
		gh_data(out, report_message(r, f));
	if (f->fact && *f->fact) {
		sb_add(out, " (", 2);
		gh_data(out, f->fact);
		sb_putc(out, ')');
	}
	report_details(out, r, f);
	sb_putc(out, '\n');
}

static void gh_detail(struct strbuf *sb, const char *label, const char *value)
{
	sb_add(sb, "%0A", 3);
	sb_puts(sb, label);
	sb_add(sb, ": ", 2);
	gh_data(sb, value);
}

static void gh_end(struct report *r)
{
	sb_add(&r->ob, "residency: ", 11);
	report_summary(&r->ob, r, r->counts, r->waived, r->facts, r->n);
	sb_putc(&r->ob, '\n');
}

const struct report_ops report_github_ops = {
	.name = "github",
	.begin = gh_begin,
	.finding = gh_finding,
	.end = gh_end,
	.detail = gh_detail,
	.rule = gh_rule,
};

/* Load errors as annotations too (-f github): see residency.h. */
void rsd_diags_print_github(const rsd_diags *d, FILE *out)
{
	struct strbuf sb = {0};
	for (size_t i = 0; i < rsd_diags_count(d); i++) {
		int sev = rsd_diag_severity(d, i);
		if (sev != RSD_ERROR && sev != RSD_WARNING)
			continue;
		report_sb_reset(&sb);
		sb_puts(&sb, sev == RSD_ERROR ? "::error" : "::warning");
		const char *file = rsd_diag_file(d, i);
		const char *sep = " ";
		if (file && *file) {
			sb_add(&sb, " file=", 6);
			gh_prop(&sb, file);
			sep = ",";
			if (rsd_diag_line(d, i)) {
				sb_printf(&sb, ",line=%u", rsd_diag_line(d, i));
				if (rsd_diag_column(d, i))
					sb_printf(&sb, ",col=%u", rsd_diag_column(d, i));
			}
		}
		sb_puts(&sb, sep);
		sb_puts(&sb, "title=residency::");
		gh_data(&sb, rsd_diag_message(d, i));
		sb_putc(&sb, '\n');
		fwrite(sb.s, 1, sb.len, out);
	}
	sb_free(&sb);
}
