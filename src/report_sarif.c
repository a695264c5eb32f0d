/*
** report_sarif.c — SARIF 2.1.0: one run; tool.driver.rules lists every rule
** of the policy (in policy order, so ruleIndex is the rule's index) followed
** by the tool's own finding ids that occur; waived findings carry an
** external, accepted suppression.
*/
#include "report.h"

#include <string.h>

#include "country.h"
#include "residency.h"

/* The tool finding ids' default levels (TOOL.md §1, §2). */
static const char *const tool_levels[REPORT_NTOOL] = {
	"warning", "warning", "warning", "error", "warning",
};

static const char *sarif_level(int sev)
{
	return sev == SEV_ERROR ? "error" : sev == SEV_WARNING ? "warning" : "note";
}

/* A path as a URI reference: RFC 3986 unreserved characters and '/' kept. */
static void sarif_uri(struct strbuf *sb, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	if (path[0] == '/')
		sb_add(sb, "file://", 7);
	for (;;) {
		size_t n = report_run(path, REPORT_PLAIN_URI);
		sb_add(sb, path, n);
		path += n;
		if (!*path)
			return;
		unsigned c = (unsigned char)*path++;
		char pct[3] = {'%', hex[c >> 4], hex[c & 15]};
		sb_add(sb, pct, 3);
	}
}

static void sarif_text(struct jw *w, const char *key, const char *text)
{
	jw_key(w, key);
	jw_obj(w, true);
	jw_kstr(w, "text", text);
	jw_obj_end(w);
}

/*
** Where a rule is documented: docs/policies.md holds an anchor for every
** rule of the standard library.  The base is set when building (make
** DOCS_URL=...); a rule of the user's own policy gets no helpUri.
*/
#ifndef RSD_DOCS_URL
#define RSD_DOCS_URL "https://github.com/residency-policy/residency/blob/v" RSD_VERSION "/docs/"
#endif

/* GitHub code scanning ranks alerts by it: 0.1 to 10 (critical >= 9, high >= 7). */
static const char *sarif_security_severity(int sev)
{
	return sev == SEV_ERROR ? "8.0" : sev == SEV_WARNING ? "5.0" : "2.0";
}

/* The pack a rule comes from: its policy file's name without ".rpl". */
static void sarif_pack(struct strbuf *sb, const char *policy_file)
{
	const char *b = strrchr(policy_file, '/');
	b = b ? b + 1 : policy_file;
	size_t n = strlen(b);
	if (n > 4 && strcmp(b + n - 4, ".rpl") == 0)
		n -= 4;
	sb_add(sb, b, n);
}

/* help.markdown: the title, the message, the remedy and the citation. */
static void sarif_help_markdown(struct strbuf *md, const struct pol_rule *rule)
{
	sb_printf(md, "**%s**", rule->title ? rule->title : rule->name);
	if (rule->message)
		sb_printf(md, "\n\n%s", rule->message);
	if (rule->remedy)
		sb_printf(md, "\n\n**Remedy:** %s", rule->remedy);
	if (rule->cite)
		sb_printf(md, "\n\n**Cite:** %s", rule->cite);
}

static void sarif_rule(struct report *r, const struct pol_rule *rule)
{
	struct jw *w = &r->jw;
	struct strbuf help = {0}, md = {0}, pack = {0};
	jw_obj(w, false);
	jw_kstr(w, "id", rule->name);
	jw_kstr(w, "name", rule->name);
	sarif_text(w, "shortDescription", rule->title ? rule->title : rule->name);
	if (rule->message)
		sarif_text(w, "fullDescription", rule->message);
	sb_puts(&help, rule->message ? rule->message : rule->title ? rule->title : rule->name);
	if (rule->remedy)
		sb_printf(&help, "\nRemedy: %s", rule->remedy);
	if (rule->cite)
		sb_printf(&help, "\nCite: %s", rule->cite);
	sarif_help_markdown(&md, rule);
	jw_key(w, "help");
	jw_obj(w, true);
	jw_kstr(w, "text", help.s);
	jw_kstr(w, "markdown", md.s);
	jw_obj_end(w);
	sb_free(&help);
	sb_free(&md);
	const char *pf = report_policy_file(r, rule->loc);
	if (pf && strncmp(pf, "<lib>/", 6) == 0) {
		struct strbuf uri = {0};
		sb_puts(&uri, RSD_DOCS_URL "policies.md#");
		sb_puts(&uri, rule->name);
		jw_kstr(w, "helpUri", uri.s);
		sb_free(&uri);
	}
	jw_key(w, "defaultConfiguration");
	jw_obj(w, true);
	jw_kstr(w, "level", sarif_level(rule->severity));
	jw_obj_end(w);
	jw_key(w, "properties");
	jw_obj(w, true);
	jw_kstr(w, "security-severity", sarif_security_severity(rule->severity));
	jw_key(w, "tags");
	jw_arr(w, true);
	jw_str(w, "data-residency");
	if (pf) {
		sarif_pack(&pack, pf);
		jw_str(w, pack.s);
	}
	jw_arr_end(w);
	sb_free(&pack);
	if (rule->cite)
		jw_kstr(w, "cite", rule->cite);
	if (pf) {
		jw_kstr(w, "policyFile", pf);
		jw_kint(w, "policyLine", rule->loc.line);
	}
	jw_obj_end(w);
	jw_obj_end(w);
}

static void sarif_begin(struct report *r)
{
	struct jw *w = &r->jw;
	jw_obj(w, false);
	jw_kstr(w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	jw_kstr(w, "version", "2.1.0");
	jw_key(w, "runs");
	jw_arr(w, false);
	jw_obj(w, false);
	jw_key(w, "tool");
	jw_obj(w, false);
	jw_key(w, "driver");
	jw_obj(w, false);
	jw_kstr(w, "name", "residency");
	jw_kstr(w, "version", RSD_VERSION);
	jw_kstr(w, "semanticVersion", RSD_VERSION);
	jw_key(w, "properties");
	jw_obj(w, true);
	jw_kstr(w, "libraryCurrentTo", RSD_LIBRARY_CURRENT_TO);
	jw_obj_end(w);
	jw_key(w, "rules");
	jw_arr(w, false);
	for (uint32_t i = 0; i < r->p->nrules; i++)
		sarif_rule(r, &r->p->rules[i]);
	/* findings of the tool itself: a fake rule for each id that occurs */
	for (int t = 0; t < REPORT_NTOOL; t++) {
		if (!(r->tool_used & (1u << t)))
			continue;
		struct finding_more tool = {.tool_id = report_tool_ids[t]};
		struct finding probe = {.rule = -1, .more = &tool};
		jw_obj(w, false);
		jw_kstr(w, "id", report_tool_ids[t]);
		jw_kstr(w, "name", report_tool_ids[t]);
		sarif_text(w, "shortDescription", report_title(r, &probe));
		sarif_text(w, "help", report_title(r, &probe));
		jw_key(w, "defaultConfiguration");
		jw_obj(w, true);
		jw_kstr(w, "level", tool_levels[t]);
		jw_obj_end(w);
		jw_obj_end(w);
	}
	jw_arr_end(w);	/* rules */
	jw_obj_end(w);	/* driver */
	jw_obj_end(w);	/* tool */
	/* the evaluation date and where it came from (one per plan) */
	jw_key(w, "properties");
	jw_obj(w, false);
	jw_key(w, "asOf");
	jw_arr(w, false);
	for (size_t i = 0; i < r->n; i++) {
		char date[11];
		date_format(r->results[i]->date, date);
		jw_obj(w, true);
		jw_kstr(w, "plan", report_plan_name(r->results[i]));
		jw_kstr(w, "date", date);
		jw_kstr(w, "source", report_date_source(r->results[i]));
		jw_obj_end(w);
	}
	jw_arr_end(w);
	jw_obj_end(w);	/* properties */
	/* GitHub code scanning's category: the part before the last slash */
	jw_key(w, "automationDetails");
	jw_obj(w, true);
	jw_kstr(w, "id", "residency/");
	jw_obj_end(w);
	jw_key(w, "results");
	jw_arr(w, false);
}

/* Index of the finding's rule in tool.driver.rules. */
static long long sarif_rule_index(const struct report *r, const struct finding *f)
{
	if (report_rule(r, f))
		return f->rule;
	int t = report_tool_index(finding_tool_id(f));
	if (t < 0)
		return -1;
	long long idx = r->p->nrules;
	for (int i = 0; i < t; i++)
		if (r->tool_used & (1u << i))
			idx++;
	return idx;
}

/* A result's members are at depth 5: document, runs, run, results, result. */
#define RESULT_DEPTH 5

/* A rule's parts, the same in each of its results (report_rule.piece). */
enum {
	PIECE_HEAD = REPORT_PIECE_WRITER,	/* ruleId, ruleIndex */
	PIECE_MESSAGE,	/* the message, escaped, without quotes */
	PIECE_ID,	/* the rule's name, escaped, without quotes */
};
_Static_assert(PIECE_ID < REPORT_NPIECES, "struct report_rule has room for the pieces");

static void sarif_req(struct report *r, struct strbuf *sb, const char *text)
{
	(void)r;
	jw_quote(sb, text);
}

static void sarif_rule_pieces(struct report *r, const struct pol_rule *rule, struct report_rule *rr)
{
	struct finding probe = {.rule = (int32_t)(rule - r->p->rules)};
	struct jw w;
	jw_piece(&w, &rr->piece[PIECE_HEAD], RESULT_DEPTH, true);
	jw_kstr(&w, "ruleId", report_rule_id(r, &probe));
	jw_kint(&w, "ruleIndex", sarif_rule_index(r, &probe));
	report_json_esc(&rr->piece[PIECE_MESSAGE], report_message(r, &probe));
	report_json_esc(&rr->piece[PIECE_ID], report_rule_id(r, &probe));
	report_rule_reqs(r, rule, rr, sarif_req);
}

static void sarif_location(struct report *r, const char *location)
{
	jw_str(&r->jw, location);
}

static void sarif_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	struct jw *w = &r->jw;
	const struct pol_rule *rule = report_rule(r, f);
	const struct report_rule *rr = report_rule_pieces(r, f->rule);
	struct strbuf *sb = &r->tmp;
	/* relative to --base-dir (or the working directory): stable fingerprints */
	const char *file = report_path(r, report_finding_file(res, f));

	jw_obj(w, false);
	if (rr) {
		jw_splice(w, &rr->piece[PIECE_HEAD]);
	} else {
		jw_kstr(w, "ruleId", report_rule_id(r, f));
		long long idx = sarif_rule_index(r, f);
		if (idx >= 0)
			jw_kint(w, "ruleIndex", idx);
	}
	jw_kstr(w, "level", sarif_level(f->severity));
	/* "MESSAGE (FACT)", escaped in parts */
	jw_key(w, "message");
	jw_obj(w, true);
	jw_key(w, "text");
	jw_str_begin(w);
	if (rr && !finding_message(f))
		report_piece(w->sb, &rr->piece[PIECE_MESSAGE]);
	else
		report_json_esc(w->sb, report_message(r, f));
	if (f->fact && *f->fact) {
		sb_add(w->sb, " (", 2);
		report_json_esc(w->sb, f->fact);
		sb_putc(w->sb, ')');
	}
	jw_str_end(w);
	jw_obj_end(w);

	if ((file && *file) || finding_address(f)) {
		jw_key(w, "locations");
		jw_arr(w, false);
		jw_obj(w, false);
		if (file && *file) {
			jw_key(w, "physicalLocation");
			jw_obj(w, false);
			jw_key(w, "artifactLocation");
			jw_obj(w, true);
			jw_key(w, "uri");
			jw_str_begin(w);
			sarif_uri(w->sb, file);	/* nothing in a URI needs escaping */
			jw_str_end(w);
			jw_obj_end(w);
			if (f->line) {
				jw_key(w, "region");
				jw_obj(w, true);
				jw_kint(w, "startLine", f->line);
				if (f->col)
					jw_kint(w, "startColumn", f->col);
				jw_obj_end(w);
			}
			jw_obj_end(w);
		}
		if (finding_address(f)) {
			jw_key(w, "logicalLocations");
			jw_arr(w, false);
			jw_obj(w, true);
			jw_kstr(w, "fullyQualifiedName", finding_address(f));
			jw_kstr(w, "kind", "resource");
			jw_obj_end(w);
			jw_arr_end(w);
		}
		jw_obj_end(w);
		jw_arr_end(w);
	}

	/* stable across line moves: GitHub code scanning matches alerts by it */
	jw_key(w, "partialFingerprints");
	jw_obj(w, true);
	jw_key(w, "residencyFinding/v1");
	jw_str_begin(w);
	report_sb_reset(sb);
	report_fingerprint(sb, r, res, f);
	report_json_esc(w->sb, sb->s ? sb->s : "");
	jw_str_end(w);
	jw_obj_end(w);

	if (f->status == FINDING_WAIVED) {
		jw_key(w, "suppressions");
		jw_arr(w, false);
		jw_obj(w, true);
		jw_kstr(w, "kind", "external");
		jw_kstr(w, "status", "accepted");
		if (finding_waiver(f)) {
			report_sb_reset(sb);
			report_waiver_text(sb, r, finding_waiver(f));
			jw_kstr(w, "justification", sb->s);
		}
		jw_obj_end(w);
		jw_arr_end(w);
	}

	jw_key(w, "properties");
	jw_obj(w, false);
	jw_kstr(w, "fact", f->fact ? f->fact : "");
	jw_kstr(w, "kind", f->kind == FINDING_STORE ? "store"
		: f->kind == FINDING_TRANSFER ? "transfer" : "waiver");
	jw_key(w, "classes");
	jw_arr(w, true);
	BITS_FOREACH(c, finding_classes(f))
		if ((uint32_t)c < r->p->nclasses)
			jw_str(w, r->p->classes[c].name);
	jw_arr_end(w);
	if (f->npairs) {
		jw_key(w, "pairs");
		jw_arr(w, true);
		const struct country_pair *pp = finding_pairs(f);
		for (uint32_t i = 0; i < f->npairs; i++) {
			jw_str_begin(w);
			report_json_esc(w->sb, country_code(pp[i].from));
			sb_add(w->sb, "\u2192", sizeof "\u2192" - 1);
			report_json_esc(w->sb, country_code(pp[i].to));
			jw_str_end(w);
		}
		jw_arr_end(w);
	}
	struct bits countries;
	if (report_finding_store(res, f)) {	/* where the store is */
		jw_key(w, "locations");
		jw_arr(w, true);
		report_store_places(r, res, f, sarif_location, &countries);
		jw_arr_end(w);
		jw_key(w, "countries");
		jw_arr(w, true);
		BITS_FOREACH(k, &countries)
			jw_str(w, country_code(k));
		jw_arr_end(w);
	}
	if (rr && f->nfailed) {
		jw_key(w, "failed");
		jw_arr(w, false);
		for (uint32_t i = 0; i < f->nfailed; i++) {
			uint32_t k = finding_failed(f)[i];
			if (k < rule->nrequires)
				jw_raw(w, rr->req.s + rr->req_at[k], rr->req_at[k + 1] - rr->req_at[k]);
		}
		jw_arr_end(w);
	}
	jw_obj_end(w);

	jw_obj_end(w);
}

static void sarif_end(struct report *r)
{
	struct jw *w = &r->jw;
	jw_arr_end(w);	/* results */
	jw_obj_end(w);	/* run */
	jw_arr_end(w);	/* runs */
	jw_obj_end(w);
	jw_finish(w);
}

const struct report_ops report_sarif_ops = {
	.name = "sarif",
	.begin = sarif_begin,
	.finding = sarif_finding,
	.end = sarif_end,
	.rule = sarif_rule_pieces,
};
