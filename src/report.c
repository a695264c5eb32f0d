/*
** report.c — report dispatch (rsd_format_parse, rsd_report_write) and the
** helpers every writer shares: finding texts, detail lines, summary
** sentence, JSON emitter, XML escaping.  Writers live in report_<fmt>.c.
*/
#include "report.h"

#include <string.h>

#include "country.h"
#include "residency.h"

/* ------------------------------------------------------------ dispatch */

static const struct report_ops *const report_writers[] = {
	[RSD_FORMAT_TEXT] = &report_text_ops,
	[RSD_FORMAT_JSON] = &report_json_ops,
	[RSD_FORMAT_SARIF] = &report_sarif_ops,
	[RSD_FORMAT_JUNIT] = &report_junit_ops,
	[RSD_FORMAT_GITHUB] = &report_github_ops,
	[RSD_FORMAT_MARKDOWN] = &report_markdown_ops,
	[RSD_FORMAT_CODEQUALITY] = &report_codequality_ops,
	[RSD_FORMAT_HTML] = &report_html_ops,
};

static void rules_free(struct report *r);

/*
** "text", "json", "sarif", "junit", "github", "markdown", "codequality", "html" → format; -1 for
** anything else (case matters, as for every other option value).
*/
int rsd_format_parse(const char *name)
{
	if (!name)
		return -1;
	for (size_t i = 0; i < ARRAY_LEN(report_writers); i++)
		if (strcmp(report_writers[i]->name, name) == 0)
			return (int)i;
	return -1;
}

int rsd_format_parse_n(const char *name, size_t n)
{
	if (!name)
		return -1;
	for (size_t i = 0; i < ARRAY_LEN(report_writers); i++)
		if (strncmp(report_writers[i]->name, name, n) == 0 && report_writers[i]->name[n] == '\0')
			return (int)i;
	return -1;
}

/*
** Write the report of n results to out.  Returns 0, or -1 when the format
** is unknown or writing failed (ferror / fflush).  Records no diagnostics.
*/
int rsd_report_write(FILE *out, rsd_format fmt, const rsd_policy *p,
		     rsd_result *const *results, size_t n, const rsd_report_opts *o)
{
	if ((unsigned)fmt >= ARRAY_LEN(report_writers) || !out || !p || (n && !results))
		return -1;
	const struct report_ops *ops = report_writers[fmt];
	struct report r = {
		.out = out, .ops = ops, .p = p, .results = results, .n = n,
		.fail_on = o ? o->fail_on : SEV_ERROR,
		.color = o && o->color, .quiet = o && o->quiet, .verbose = o && o->verbose,
		.passed = true,
		.base_dir = o ? o->base_dir : NULL,
	};
	for (size_t i = 0; i < n; i++) {
		const struct rsd_result *res = results[i];
		for (int s = 0; s < 3; s++)
			r.counts[s] += res->counts[s];
		r.waived += res->nwaived;
		r.facts += res->nfacts;
		if (!report_result_passes(&r, res))
			r.passed = false;
		for (uint32_t k = 0; k < res->nfindings; k++) {
			int t = res->findings[k].rule < 0 ? report_tool_index(finding_tool_id(&res->findings[k])) : -1;
			if (t >= 0)
				r.tool_used |= 1u << t;
		}
	}
	sb_grow(&r.ob, 2 * REPORT_BLOCK);
	jw_init(&r.jw, &r.ob);
	if (p->nrules)
		r.rules = xcalloc(p->nrules, sizeof *r.rules);
	ops->begin(&r);
	for (size_t i = 0; i < n; i++) {
		const struct rsd_result *res = results[i];
		r.cur = res;
		if (ops->plan)
			ops->plan(&r, res);
		report_spill(&r);
		if (ops->finding)
			for (uint32_t k = 0; k < res->nfindings; k++) {
				ops->finding(&r, res, &res->findings[k]);
				report_spill(&r);
			}
	}
	ops->end(&r);
	report_flush(&r);
	sb_free(&r.ob);
	sb_free(&r.tmp);
	sb_free(&r.dtmp);
	sb_free(&r.np_out);
	xfree(r.sets);
	rules_free(&r);
	if (fflush(out) != 0 || ferror(out))
		return -1;
	return 0;
}

void report_flush(struct report *r)
{
	if (r->ob.len)
		fwrite(r->ob.s, 1, r->ob.len, r->out);
	report_sb_reset(&r->ob);
}

/* ------------------------------------------------------------ finding texts */

const char *const report_tool_ids[REPORT_NTOOL] = {
	"expiring", "unused-waiver", "expired-waiver", "unknown-location", "unclassified",
};

static const char *const report_tool_titles[REPORT_NTOOL] = {
	"Attestation or waiver expires soon",
	"Waiver matched no violation",
	"Waiver has expired",
	"Location unknown at plan time or not in the catalog",
	"Data-holding resource has no data classes",
};

int report_tool_index(const char *id)
{
	if (!id)
		return -1;
	for (int i = 0; i < REPORT_NTOOL; i++)
		if (strcmp(report_tool_ids[i], id) == 0)
			return i;
	return -1;
}

const char *report_sev_name(int sev)
{
	switch (sev) {
	case SEV_ERROR: return "error";
	case SEV_WARNING: return "warning";
	default: return "info";
	}
}

const struct pol_rule *report_rule(const struct report *r, const struct finding *f)
{
	if (f->rule < 0 || (uint32_t)f->rule >= r->p->nrules)
		return NULL;
	return &r->p->rules[f->rule];
}

const char *report_rule_id(const struct report *r, const struct finding *f)
{
	const struct pol_rule *rule = report_rule(r, f);
	if (rule)
		return rule->name;
	return finding_tool_id(f) ? finding_tool_id(f) : "unknown";
}

const char *report_title(const struct report *r, const struct finding *f)
{
	const struct pol_rule *rule = report_rule(r, f);
	if (rule)
		return rule->title ? rule->title : rule->name;
	int t = report_tool_index(finding_tool_id(f));
	return t >= 0 ? report_tool_titles[t] : report_rule_id(r, f);
}

const char *report_message(const struct report *r, const struct finding *f)
{
	if (finding_message(f))
		return finding_message(f);
	const struct pol_rule *rule = report_rule(r, f);
	if (rule && rule->message)
		return rule->message;
	return report_title(r, f);
}

const char *report_policy_file(const struct report *r, struct pol_loc loc)
{
	if (loc.file < 0 || (uint32_t)loc.file >= r->p->nfiles)
		return NULL;
	return r->p->files[loc.file].path;
}

const char *report_plan_name(const struct rsd_result *res)
{
	const struct rsd_plan *pl = res->plan;
	if (pl && pl->file && *pl->file)
		return pl->file;
	if (pl && pl->name && *pl->name)
		return pl->name;
	return "<plan>";
}

/* As result_passes() (eval.c), from the counts alone. */
bool report_result_passes(const struct report *r, const struct rsd_result *res)
{
	for (int s = 0; s <= r->fail_on && s < 3; s++)
		if (res->counts[s])
			return false;
	return true;
}

void report_fact_loc(struct strbuf *sb, const struct rsd_result *res, const struct finding *f)
{
	const char *file = report_plan_name(res);	/* a finding is in its plan's file */
	sb_puts(sb, file);
	if (f->line) {
		sb_putc(sb, ':');
		sb_putu(sb, f->line);
		if (f->col) {
			sb_putc(sb, ':');
			sb_putu(sb, f->col);
		}
	}
}

void report_classes(struct strbuf *sb, const struct report *r, const struct finding *f)
{
	const char *sep = "";
	BITS_FOREACH(c, finding_classes(f)) {
		if ((uint32_t)c >= r->p->nclasses)
			continue;
		sb_puts(sb, sep);
		sb_puts(sb, r->p->classes[c].name);
		sep = ", ";
	}
}

void report_pairs(struct strbuf *sb, const struct finding *f)
{
	const struct country_pair *pp = finding_pairs(f);
	for (uint32_t i = 0; i < f->npairs; i++) {
		if (i)
			sb_add(sb, ", ", 2);
		sb_puts(sb, country_code(pp[i].from));
		sb_add(sb, "\u2192", sizeof "\u2192" - 1);
		sb_puts(sb, country_code(pp[i].to));
	}
}

static void report_date(struct strbuf *sb, rdate d)
{
	char buf[11];
	date_format(d, buf);
	sb_puts(sb, buf);
}

void report_waiver_text(struct strbuf *sb, const struct report *r, const struct plan_waiver *w)
{
	(void)r;
	sb_puts(sb, w->reason ? w->reason : "");
	const char *sep = " (";
	if (w->expires != DATE_NONE && w->expires != DATE_MAX) {
		sb_add(sb, " (expires ", 10);
		report_date(sb, w->expires);
		sep = ", ";
	}
	if (w->approved_by) {
		sb_add(sb, sep, 2);
		sb_add(sb, "approved by ", 12);
		sb_puts(sb, w->approved_by);
		sep = ", ";
	}
	if (sep[0] == ',')
		sb_putc(sb, ')');
}

/* ------------------------------------------------------------ rule pieces */

static void detail(struct report *r, struct strbuf *sb, const char *label, const char *value)
{
	if (value && *value)
		r->ops->detail(sb, label, value);
}

static void detail_req(struct report *r, struct strbuf *sb, const char *text)
{
	struct strbuf *v = &r->dtmp;
	report_sb_reset(v);
	sb_add(v, "require ", 8);
	sb_puts(v, text);
	detail(r, sb, "failed", v->s);
}

/* The detail lines every finding of the rule shows: "rule:" before, the rest after. */
static void rule_details(struct report *r, const struct pol_rule *rule, struct report_rule *rr)
{
	if (rule->title && rule->message)
		detail(r, &rr->piece[REPORT_DETAIL_HEAD], "rule", rule->title);
	report_rule_reqs(r, rule, rr, detail_req);
	struct strbuf *tail = &rr->piece[REPORT_DETAIL_TAIL];
	detail(r, tail, "cite", rule->cite);
	detail(r, tail, "remedy", rule->remedy);
	const char *pf = report_policy_file(r, rule->loc);
	if (pf) {
		struct strbuf *v = &r->dtmp;
		report_sb_reset(v);
		sb_puts(v, pf);
		sb_putc(v, ':');
		sb_putu(v, rule->loc.line);
		detail(r, tail, "policy", v->s);
	}
}

void report_rule_reqs(struct report *r, const struct pol_rule *rule, struct report_rule *rr,
		      void (*render)(struct report *r, struct strbuf *sb, const char *text))
{
	rr->req_at = xcalloc(rule->nrequires + 1, sizeof *rr->req_at);
	for (uint32_t i = 0; i < rule->nrequires; i++) {
		rr->req_at[i] = rr->req.len;
		render(r, &rr->req, rule->requires[i].text);
	}
	rr->req_at[rule->nrequires] = rr->req.len;
}

const struct report_rule *report_rule_pieces(struct report *r, int32_t i)
{
	if (i < 0 || (uint32_t)i >= r->p->nrules)
		return NULL;
	const struct pol_rule *rule = &r->p->rules[i];
	struct report_rule *rr = &r->rules[i];
	if (!rr->built) {
		if (r->ops->detail)
			rule_details(r, rule, rr);
		if (r->ops->rule)
			r->ops->rule(r, rule, rr);
		rr->built = true;
	}
	return rr;
}

static void rules_free(struct report *r)
{
	for (uint32_t i = 0; r->rules && i < r->p->nrules; i++) {
		struct report_rule *rr = &r->rules[i];
		for (int k = 0; k < REPORT_NPIECES; k++)
			sb_free(&rr->piece[k]);
		sb_free(&rr->req);
		xfree(rr->req_at);
	}
	xfree(r->rules);
	r->rules = NULL;
}

/* Does c test the store's key (`key in R`, `key colocated`)? */
static bool cond_has_key(const struct cond *c)
{
	if (!c)
		return false;
	if (c->op == COND_KEY_IN || c->op == COND_KEY_COLOCATED)
		return true;
	return cond_has_key(c->l) || cond_has_key(c->r);
}

void report_details(struct strbuf *sb, struct report *r, const struct finding *f)
{
	const struct report_rule *rr = report_rule_pieces(r, f->rule);
	const struct pol_rule *rule = report_rule(r, f);
	struct strbuf *v = &r->dtmp;
	if (rr)
		report_piece(sb, &rr->piece[REPORT_DETAIL_HEAD]);
	if (finding_waiver(f) && f->status == FINDING_WAIVED) {
		report_sb_reset(v);
		report_waiver_text(v, r, finding_waiver(f));
		detail(r, sb, "waived", v->s);
	} else if (finding_waiver(f) && f->kind == FINDING_WAIVER) {
		const struct plan_waiver *w = finding_waiver(f);
		report_sb_reset(v);
		sb_add(v, "rule ", 5);
		sb_puts(v, w->rule >= 0 && (uint32_t)w->rule < r->p->nrules ? r->p->rules[w->rule].name :
			   w->tool_id ? w->tool_id : "?");
		sb_add(v, ", target ", 9);
		sb_puts(v, w->target ? w->target : "?");
		if (w->expires != DATE_NONE && w->expires != DATE_MAX) {
			sb_add(v, ", expires ", 10);
			report_date(v, w->expires);
		}
		detail(r, sb, "waiver", v->s);
	}
	if (!bits_empty(finding_classes(f))) {
		report_sb_reset(v);
		report_classes(v, r, f);
		detail(r, sb, "classes", v->s);
	}
	if (f->npairs) {
		report_sb_reset(v);
		report_pairs(v, f);
		detail(r, sb, "pairs", v->s);
	}
	if (r->cur) {
		report_sb_reset(v);
		if (report_store_where(v, r, r->cur, f))
			detail(r, sb, "store", v->s);
	}
	const struct plan_store *st = f->kind == FINDING_STORE && r->cur ? report_finding_store(r->cur, f) : NULL;
	for (uint32_t i = 0; rr && i < f->nfailed; i++) {
		uint32_t k = finding_failed(f)[i];
		if (k >= rule->nrequires)
			continue;
		if (st && cond_has_key(rule->requires[k].cond)) {
			/* `key colocated` / `key in R`: say where the key is, or that
			   the store has none (or none whose place is known), so that a
			   missing key does not read as a key elsewhere */
			report_sb_reset(v);
			sb_add(v, "require ", 8);
			sb_puts(v, rule->requires[k].text);
			if (st->has_key) {
				sb_puts(v, " (key at ");
				report_place(v, r, r->cur, st->key);
				sb_putc(v, ')');
			} else {
				sb_puts(v, st->key_unknown ? " (the key's location is unknown)" : " (no key declared)");
			}
			detail(r, sb, "failed", v->s);
			continue;
		}
		sb_add(sb, rr->req.s + rr->req_at[k], rr->req_at[k + 1] - rr->req_at[k]);
	}
	if (finding_address(f) && (!f->fact || strcmp(finding_address(f), f->fact) != 0))
		detail(r, sb, "address", finding_address(f));
	if (rr)
		report_piece(sb, &rr->piece[REPORT_DETAIL_TAIL]);
}

static void count(struct strbuf *sb, uint32_t n, const char *one, const char *many)
{
	sb_printf(sb, "%u %s", n, n == 1 ? one : many);
}

const char *report_date_source(const struct rsd_result *res)
{
	return res->date_source == DATE_FROM_PLAN ? "plan" : res->date_source == DATE_FROM_OPTION ? "option"
											    : "today";
}

bool report_common_date(const struct report *r, rdate *d, const char **source)
{
	if (r->n == 0)
		return false;
	const struct rsd_result *a = r->results[0];
	for (size_t i = 1; i < r->n; i++)
		if (r->results[i]->date != a->date || r->results[i]->date_source != a->date_source)
			return false;
	*d = a->date;
	*source = report_date_source(a);
	return true;
}

/* "as of 2026-12-01 (--as-of)": the date every plan was judged on, and why */
static void summary_date(struct strbuf *sb, const struct report *r)
{
	rdate d;
	const char *src;
	if (r->n == 0)
		return;
	if (!report_common_date(r, &d, &src)) {
		sb_puts(sb, "; as of each plan's own date (see the plans)");
		return;
	}
	sb_puts(sb, "; as of ");
	report_date(sb, d);
	sb_puts(sb, strcmp(src, "plan") == 0 ? " (the plan's as_of, --as-of plan)"
		    : strcmp(src, "option") == 0 ? " (--as-of)" : " (today, UTC)");
}

void report_summary(struct strbuf *sb, const struct report *r, const uint32_t counts[3],
		    uint32_t waived, uint32_t facts, size_t nplans)
{
	count(sb, counts[SEV_ERROR], "error", "errors");
	sb_puts(sb, ", ");
	count(sb, counts[SEV_WARNING], "warning", "warnings");
	sb_puts(sb, ", ");
	count(sb, counts[SEV_INFO], "info", "infos");
	sb_printf(sb, ", %u waived; ", waived);
	count(sb, facts, "fact", "facts");
	sb_puts(sb, " checked");
	if (nplans != 1)
		sb_printf(sb, " in %zu plans", nplans);
	summary_date(sb, r);
}

/* ------------------------------------------------------------ escaping */

/*
** The class of each byte: bit REPORT_PLAIN_x set when format x copies the
** byte as it is.  Escapers copy the longest run of plain bytes at once and
** look at the others one by one.  NUL is plain in no format (it ends runs).
*/
#define PLAIN_JSON(c) ((c) >= 0x20 && (c) < 0x7f && (c) != '"' && (c) != '\\')
#define PLAIN_XML(c) ((((c) >= 0x20 && (c) < 0x80) || (c) == '\t' || (c) == '\n') && \
		      (c) != '&' && (c) != '<' && (c) != '>')
#define PLAIN_XML_ATTR(c) ((c) >= 0x20 && (c) < 0x80 && (c) != '&' && (c) != '<' && \
			   (c) != '>' && (c) != '"')
/* printable ASCII and tab: control characters, DEL and every non-ASCII byte
   go through report_text_char (C1 controls, bidi overrides, invalid UTF-8) */
#define PLAIN_TEXT(c) (((c) >= 0x20 && (c) < 0x7f) || (c) == '\t')
#define PLAIN_GH_DATA(c) (PLAIN_TEXT(c) && (c) != '%')
#define PLAIN_GH_PROP(c) (PLAIN_GH_DATA(c) && (c) != ':' && (c) != ',')
#define PLAIN_MD_TEXT(c) (PLAIN_TEXT(c) && (c) != '\\' && (c) != '`' && (c) != '*' && (c) != '_' && \
			  (c) != '[' && (c) != ']' && (c) != '<' && (c) != '>' && (c) != '|' && \
			  (c) != '~' && (c) != '#' && (c) != '!' && (c) != '&' && (c) != '\n' && \
			  (c) != '\r')
#define PLAIN_MD_CODE(c) (PLAIN_TEXT(c) && (c) != '|')
#define PLAIN_URI(c) (((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z') || \
		      ((c) >= '0' && (c) <= '9') || (c) == '-' || (c) == '.' || (c) == '_' || \
		      (c) == '~' || (c) == '/')
#define PLAIN(c) (unsigned char)((PLAIN_JSON(c) ? REPORT_PLAIN_JSON : 0) | \
				 (PLAIN_XML(c) ? REPORT_PLAIN_XML : 0) | \
				 (PLAIN_XML_ATTR(c) ? REPORT_PLAIN_XML_ATTR : 0) | \
				 (PLAIN_GH_DATA(c) ? REPORT_PLAIN_GH_DATA : 0) | \
				 (PLAIN_GH_PROP(c) ? REPORT_PLAIN_GH_PROP : 0) | \
				 (PLAIN_MD_TEXT(c) ? REPORT_PLAIN_MD_TEXT : 0) | \
				 (PLAIN_MD_CODE(c) ? REPORT_PLAIN_MD_CODE : 0) | \
				 (PLAIN_URI(c) ? REPORT_PLAIN_URI : 0))
#define PLAIN4(c) PLAIN(c), PLAIN((c) + 1), PLAIN((c) + 2), PLAIN((c) + 3)
#define PLAIN16(c) PLAIN4(c), PLAIN4((c) + 4), PLAIN4((c) + 8), PLAIN4((c) + 12)
#define PLAIN64(c) PLAIN16(c), PLAIN16((c) + 16), PLAIN16((c) + 32), PLAIN16((c) + 48)

const unsigned char report_plain[256] = {
	PLAIN64(0x00), PLAIN64(0x40), PLAIN64(0x80), PLAIN64(0xc0),
};

int report_utf8(const unsigned char *s, int32_t *cp)
{
	unsigned c = s[0];
	int len;
	int32_t v, min;
	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		len = 2; v = c & 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3; v = c & 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = -1;
		return 1;
	}
	*cp = v;
	return len;
}

size_t report_text_char(struct strbuf *sb, const char *s)
{
	int32_t cp;
	int len = report_utf8((const unsigned char *)s, &cp);
	bool ctl = cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) ||	/* -1 included */
		   (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
		   cp == 0x2028 || cp == 0x2029;
	if (ctl && cp != '\t')
		sb_putc(sb, '?');
	else
		sb_add(sb, s, (size_t)len);
	return (size_t)len;
}

void report_text_esc(struct strbuf *sb, const char *s, const char *nl)
{
	for (;;) {
		const char *p = s;
		while (((*p >= 0x20 && *p < 0x7f) || *p == '\t') && *p != '#')
			p++;
		sb_add(sb, s, (size_t)(p - s));
		s = p;
		if (!*s)
			return;
		if (*s == '\n') {
			sb_puts(sb, nl);
			s++;
		} else if (*s == '#') {
			/* the GitHub runner reads the old "##[command]" form
			   anywhere in a line: "##[" becomes "# #[" */
			if (s[1] == '#' && s[2] == '[') {
				sb_add(sb, "# #[", 4);
				s += 3;
			} else {
				sb_putc(sb, '#');
				s++;
			}
		} else {
			s += report_text_char(sb, s);
		}
	}
}

void report_xml(struct strbuf *sb, const char *s, bool attr)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	unsigned plain = attr ? REPORT_PLAIN_XML_ATTR : REPORT_PLAIN_XML;
	for (;;) {
		size_t n = report_run((const char *)p, plain);
		sb_add(sb, (const char *)p, n);
		p += n;
		if (!*p)
			return;
		int32_t cp;
		int len = report_utf8(p, &cp);
		switch (cp) {
		case '&': sb_add(sb, "&amp;", 5); break;
		case '<': sb_add(sb, "&lt;", 4); break;
		case '>': sb_add(sb, "&gt;", 4); break;
		case '"': sb_add(sb, "&quot;", 6); break;	/* attr only: plain in text */
		case '\n': sb_add(sb, "&#10;", 5); break;	/* likewise */
		case '\r': sb_add(sb, "&#13;", 5); break;
		case '\t': sb_add(sb, "&#9;", 4); break;	/* likewise */
		default:
			if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF)	/* -1 included */
				sb_add(sb, "\xEF\xBF\xBD", 3);
			else
				sb_add(sb, (const char *)p, (size_t)len);
		}
		p += len;
	}
}

void report_json_esc(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	for (;;) {
		size_t n = report_run((const char *)p, REPORT_PLAIN_JSON);
		sb_add(sb, (const char *)p, n);
		p += n;
		if (!*p)
			return;
		int32_t cp;
		int len = report_utf8(p, &cp);
		switch (cp) {
		case '"': sb_add(sb, "\\\"", 2); break;
		case '\\': sb_add(sb, "\\\\", 2); break;
		case '\n': sb_add(sb, "\\n", 2); break;
		case '\r': sb_add(sb, "\\r", 2); break;
		case '\t': sb_add(sb, "\\t", 2); break;
		case '\b': sb_add(sb, "\\b", 2); break;
		case '\f': sb_add(sb, "\\f", 2); break;
		case -1: sb_add(sb, "\\ufffd", 6); break;
		default:
			if (cp < 0x20 || cp == 0x7F) {
				char u[6] = {'\\', 'u', '0', '0', hex[cp >> 4], hex[cp & 15]};
				sb_add(sb, u, sizeof u);
			} else {
				sb_add(sb, (const char *)p, (size_t)len);
			}
		}
		p += len;
	}
}

/* ------------------------------------------------------------ JSON emitter */

void jw_init(struct jw *w, struct strbuf *sb)
{
	w->sb = sb;
	w->depth = w->inl = 0;
	w->first = true;
	w->after_key = false;
}

static inline void jw_write(struct jw *w, const void *s, size_t n)
{
	sb_add(w->sb, s, n);
}

static inline void jw_putc(struct jw *w, char c)
{
	sb_putc(w->sb, c);
}

static inline void jw_puts(struct jw *w, const char *s)
{
	sb_puts(w->sb, s);
}

/*
** A comma unless first, a newline and the indentation (two spaces per level),
** written in place: the spaces eight at a time into room reserved for them.
*/
static void jw_indent(struct jw *w, bool comma)
{
	struct strbuf *sb = w->sb;
	size_t n = 2 * (size_t)w->depth;
	if (sb->cap - sb->len <= n + 2 + 8)
		sb_grow(sb, n + 2 + 8);
	char *p = sb->s + sb->len;
	if (comma)
		*p++ = ',';
	*p++ = '\n';
	for (size_t i = 0; i < n; i += 8)
		memcpy(p + i, "        ", 8);
	p += n;
	*p = '\0';
	sb->len = (size_t)(p - sb->s);
}

/* Separator before a value or key. */
static void jw_sep(struct jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth > 0) {
		if (!w->inl)
			jw_indent(w, !w->first);
		else if (!w->first)
			jw_write(w, ", ", 2);
	}
	w->first = false;
}

static void jw_open(struct jw *w, char c, bool inl)
{
	jw_sep(w);
	jw_putc(w, c);
	w->depth++;
	if (inl && !w->inl)
		w->inl = w->depth;
	w->first = true;
}

static void jw_close(struct jw *w, char c)
{
	bool empty = w->first;
	bool was_inl = w->inl != 0;
	if (w->inl == w->depth)
		w->inl = 0;
	w->depth--;
	if (!empty && !was_inl)
		jw_indent(w, false);
	jw_putc(w, c);
	w->first = false;
}

void jw_obj(struct jw *w, bool inl) { jw_open(w, '{', inl); }
void jw_obj_end(struct jw *w) { jw_close(w, '}'); }
void jw_arr(struct jw *w, bool inl) { jw_open(w, '[', inl); }
void jw_arr_end(struct jw *w) { jw_close(w, ']'); }

/* Keys are the writers' own literals: nothing to escape. */
void jw_key_n(struct jw *w, const char *key, size_t n)
{
	jw_sep(w);
	struct strbuf *sb = w->sb;
	if (sb->cap - sb->len <= n + 4)
		sb_grow(sb, n + 4);
	char *p = sb->s + sb->len;
	*p++ = '"';
	memcpy(p, key, n);
	p += n;
	memcpy(p, "\": ", 4);	/* and the NUL */
	sb->len += n + 4;
	w->after_key = true;
}

void jw_quote(struct strbuf *sb, const char *s)
{
	if (!s) {
		sb_add(sb, "null", 4);
		return;
	}
	sb_putc(sb, '"');
	report_json_esc(sb, s);
	sb_putc(sb, '"');
}

void jw_raw(struct jw *w, const char *json, size_t n)
{
	jw_sep(w);
	jw_write(w, json, n);
}

void jw_str_begin(struct jw *w)
{
	jw_sep(w);
	jw_putc(w, '"');
}

void jw_str_end(struct jw *w)
{
	jw_putc(w, '"');
}

void jw_piece(struct jw *w, struct strbuf *sb, int depth, bool first)
{
	jw_init(w, sb);
	w->depth = depth;
	w->first = first;
}

void jw_splice(struct jw *w, const struct strbuf *piece)
{
	if (!piece->len)
		return;
	jw_write(w, piece->s, piece->len);
	w->first = false;
}

void jw_str(struct jw *w, const char *s)
{
	if (!s) {
		jw_null(w);
		return;
	}
	jw_sep(w);
	jw_putc(w, '"');
	report_json_esc(w->sb, s);
	jw_putc(w, '"');
}

void jw_int(struct jw *w, long long v)
{
	char buf[24];
	size_t i = sizeof buf;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	jw_sep(w);
	jw_write(w, buf + i, sizeof buf - i);
}

void jw_bool(struct jw *w, bool v)
{
	jw_sep(w);
	jw_puts(w, v ? "true" : "false");
}

void jw_null(struct jw *w)
{
	jw_sep(w);
	jw_puts(w, "null");
}

void jw_date(struct jw *w, rdate d)
{
	char buf[11];
	if (d == DATE_NONE || d == DATE_MAX || d == DATE_MIN) {
		jw_null(w);
		return;
	}
	date_format(d, buf);
	jw_str(w, buf[0] ? buf : NULL);
}

void jw_finish(struct jw *w)
{
	jw_putc(w, '\n');
}
