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

/* Escape for a command's data (after ::): % \r \n. */
static void gh_data(FILE *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '%': fputs("%25", out); break;
		case '\r': fputs("%0D", out); break;
		case '\n': fputs("%0A", out); break;
		default: fputc(*s, out);
		}
	}
}

/* Escape for a property value: also : and , (they delimit properties). */
static void gh_prop(FILE *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '%': fputs("%25", out); break;
		case '\r': fputs("%0D", out); break;
		case '\n': fputs("%0A", out); break;
		case ':': fputs("%3A", out); break;
		case ',': fputs("%2C", out); break;
		default: fputc(*s, out);
		}
	}
}

static void gh_begin(struct report *r)
{
	(void)r;
}

static void gh_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	FILE *out = r->out;
	const char *cmd = f->status == FINDING_WAIVED ? "notice"
		: f->severity == SEV_ERROR ? "error" : f->severity == SEV_WARNING ? "warning" : "notice";
	const char *file = f->file && *f->file ? f->file : res->plan ? res->plan->file : NULL;
	const char *sep = " ";
	fprintf(out, "::%s", cmd);
	if (file && *file) {
		fputs(" file=", out);
		gh_prop(out, file);
		sep = ",";
		if (f->line) {
			fprintf(out, ",line=%u", f->line);
			if (f->col)
				fprintf(out, ",col=%u", f->col);
		}
	}
	struct strbuf sb = {0};
	sb_puts(&sb, report_rule_id(r, f));
	if (f->status == FINDING_WAIVED)
		sb_printf(&sb, " (waived %s)", report_sev_name(f->severity));
	fprintf(out, "%stitle=", sep);
	gh_prop(out, sb.s);
	fputs("::", out);
	report_sb_reset(&sb);
	sb_puts(&sb, report_message(r, f));
	if (f->fact && *f->fact)
		sb_printf(&sb, " (%s)", f->fact);
	sb_putc(&sb, '\n');
	report_details(&sb, r, res, f, "");
	sb.s[--sb.len] = '\0';	/* no trailing %0A */
	gh_data(out, sb.s);
	fputc('\n', out);
	sb_free(&sb);
}

static void gh_end(struct report *r)
{
	struct strbuf sb = {0};
	report_summary(&sb, r, r->counts, r->waived, r->facts, r->n);
	fprintf(r->out, "residency: %s\n", sb.s);
	sb_free(&sb);
}

const struct report_ops report_github_ops = {
	.name = "github",
	.begin = gh_begin,
	.finding = gh_finding,
	.end = gh_end,
};
