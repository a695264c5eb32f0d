/*
** report_json.c — the JSON report: one document whose schema is
** docs/report-schema.json (keys in a fixed order, two-space indentation,
** short arrays on one line).
*/
#include "report.h"

#include "country.h"
#include "residency.h"

/* The date all results share, or DATE_NONE when they differ or none. */
static rdate common_date(const struct report *r)
{
	if (r->n == 0)
		return DATE_NONE;
	rdate d = r->results[0]->date;
	for (size_t i = 1; i < r->n; i++)
		if (r->results[i]->date != d)
			return DATE_NONE;
	return d;
}

static void json_begin(struct report *r)
{
	struct jw *w = &r->jw;
	jw_obj(w, false);
	jw_key(w, "tool");
	jw_obj(w, true);
	jw_kstr(w, "name", "residency");
	jw_kstr(w, "version", RSD_VERSION);
	jw_obj_end(w);
	jw_key(w, "library");
	jw_obj(w, true);
	jw_kstr(w, "current_to", RSD_LIBRARY_CURRENT_TO);
	jw_obj_end(w);
	jw_key(w, "as_of");
	jw_date(w, common_date(r));
	rdate cd;
	const char *src;
	if (report_common_date(r, &cd, &src))
		jw_kstr(w, "as_of_source", src);
	else {
		jw_key(w, "as_of_source");
		jw_raw(w, "null", 4);
	}

	jw_key(w, "policy");
	jw_obj(w, false);
	jw_key(w, "files");
	jw_arr(w, false);
	for (uint32_t i = 0; i < r->p->nfiles; i++)
		jw_str(w, r->p->files[i].path);
	jw_arr_end(w);
	jw_kint(w, "rules", r->p->nrules);
	jw_obj_end(w);

	jw_key(w, "plans");
	jw_arr(w, false);
	for (size_t i = 0; i < r->n; i++) {
		const struct rsd_result *res = r->results[i];
		const struct rsd_plan *pl = res->plan;
		jw_obj(w, true);
		jw_kstr(w, "file", pl && pl->file ? pl->file : "");
		jw_key(w, "as_of");
		jw_date(w, res->date);
		jw_kstr(w, "as_of_source", report_date_source(res));
		jw_kint(w, "stores", pl ? pl->nstores : 0);
		jw_kint(w, "flows", pl ? pl->nflows : 0);
		jw_kint(w, "implicit_flows", res->nimplicit);
		jw_obj_end(w);
	}
	jw_arr_end(w);

	jw_key(w, "findings");
	jw_arr(w, false);
}

static void json_waiver(struct report *r, const struct rsd_result *res, const struct plan_waiver *wv)
{
	struct jw *w = &r->jw;
	jw_obj(w, false);
	jw_kstr(w, "rule", wv->rule >= 0 && (uint32_t)wv->rule < r->p->nrules
		? r->p->rules[wv->rule].name : wv->tool_id);
	jw_kstr(w, "target", wv->target);
	jw_kstr(w, "reason", wv->reason);
	jw_key(w, "expires");
	jw_date(w, wv->expires);
	jw_kstr(w, "approved_by", wv->approved_by);
	jw_kstr(w, "file", wv->file ? wv->file : res->plan && res->plan->file ? res->plan->file : "");
	jw_kint(w, "line", wv->pos.line);
	jw_kint(w, "column", wv->pos.col);
	jw_obj_end(w);
}

static const char *const kind_names[] = {"store", "transfer", "waiver"};

/* The members of a finding's object are at depth 3: document, findings, finding. */
#define FINDING_DEPTH 3

/* A rule's members, the same in each of its findings (report_rule.piece). */
enum {
	PIECE_HEAD = REPORT_PIECE_WRITER,	/* rule, title */
	PIECE_TEXTS,	/* cite, message, remedy (for findings without a message of their own) */
	PIECE_WHERE,	/* policy_location */
};
_Static_assert(PIECE_WHERE < REPORT_NPIECES, "struct report_rule has room for the pieces");

static void json_req(struct report *r, struct strbuf *sb, const char *text)
{
	(void)r;
	jw_quote(sb, text);
}

static void json_rule(struct report *r, const struct pol_rule *rule, struct report_rule *rr)
{
	struct finding probe = {.rule = (int32_t)(rule - r->p->rules)};
	struct jw w;
	jw_piece(&w, &rr->piece[PIECE_HEAD], FINDING_DEPTH, true);
	jw_kstr(&w, "rule", report_rule_id(r, &probe));
	jw_kstr(&w, "title", report_title(r, &probe));
	jw_piece(&w, &rr->piece[PIECE_TEXTS], FINDING_DEPTH, false);
	jw_kstr(&w, "cite", rule->cite);
	jw_kstr(&w, "message", report_message(r, &probe));
	jw_kstr(&w, "remedy", rule->remedy);
	jw_piece(&w, &rr->piece[PIECE_WHERE], FINDING_DEPTH, false);
	jw_key(&w, "policy_location");
	const char *pf = report_policy_file(r, rule->loc);
	if (pf) {
		jw_obj(&w, true);
		jw_kstr(&w, "file", pf);
		jw_kint(&w, "line", rule->loc.line);
		jw_obj_end(&w);
	} else {
		jw_null(&w);
	}
	report_rule_reqs(r, rule, rr, json_req);
}

static void json_location(struct report *r, const char *location)
{
	jw_str(&r->jw, location);
}

static void json_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	struct jw *w = &r->jw;
	const struct pol_rule *rule = report_rule(r, f);
	const struct report_rule *rr = report_rule_pieces(r, f->rule);
	jw_obj(w, false);
	if (rr) {
		jw_splice(w, &rr->piece[PIECE_HEAD]);
	} else {
		jw_kstr(w, "rule", report_rule_id(r, f));
		jw_kstr(w, "title", report_title(r, f));
	}
	jw_kstr(w, "severity", report_sev_name(f->severity));
	jw_kstr(w, "status", f->status == FINDING_WAIVED ? "waived" : "violation");
	jw_kstr(w, "kind", kind_names[f->kind <= FINDING_WAIVER ? f->kind : FINDING_WAIVER]);
	report_sb_reset(&r->tmp);
	report_fingerprint(&r->tmp, r, res, f);
	jw_kstr(w, "fingerprint", r->tmp.s ? r->tmp.s : "");

	jw_key(w, "fact");
	jw_obj(w, true);
	jw_kstr(w, "name", f->fact ? f->fact : "");
	jw_kstr(w, "file", finding_file(res, f));
	jw_kint(w, "line", f->line);
	jw_kint(w, "column", f->col);
	if (finding_address(f))
		jw_kstr(w, "address", finding_address(f));
	struct bits countries;
	if (report_finding_store(res, f)) {	/* where the store is */
		jw_key(w, "locations");
		jw_arr(w, true);
		report_store_places(r, res, f, json_location, &countries);
		jw_arr_end(w);
		jw_key(w, "countries");
		jw_arr(w, true);
		BITS_FOREACH(k, &countries)
			jw_str(w, country_code(k));
		jw_arr_end(w);
	}
	jw_obj_end(w);

	jw_key(w, "classes");
	jw_arr(w, true);
	BITS_FOREACH(c, finding_classes(f))
		if ((uint32_t)c < r->p->nclasses)
			jw_str(w, r->p->classes[c].name);
	jw_arr_end(w);

	jw_key(w, "pairs");
	jw_arr(w, true);
	const struct country_pair *pp = finding_pairs(f);
	for (uint32_t i = 0; i < f->npairs; i++) {
		jw_arr(w, true);
		jw_str(w, country_code(pp[i].from));
		jw_str(w, country_code(pp[i].to));
		jw_arr_end(w);
	}
	jw_arr_end(w);

	jw_key(w, "failed");
	jw_arr(w, false);
	for (uint32_t i = 0; rr && i < f->nfailed; i++) {
		uint32_t k = finding_failed(f)[i];
		if (k < rule->nrequires)
			jw_raw(w, rr->req.s + rr->req_at[k], rr->req_at[k + 1] - rr->req_at[k]);
	}
	jw_arr_end(w);

	if (rr && !finding_message(f)) {
		jw_splice(w, &rr->piece[PIECE_TEXTS]);
	} else {
		jw_kstr(w, "cite", rule ? rule->cite : NULL);
		jw_kstr(w, "message", report_message(r, f));
		jw_kstr(w, "remedy", rule ? rule->remedy : NULL);
	}
	if (finding_waiver(f)) {
		jw_key(w, "waiver");
		json_waiver(r, res, finding_waiver(f));
	}
	if (rr) {
		jw_splice(w, &rr->piece[PIECE_WHERE]);
	} else {
		jw_key(w, "policy_location");
		jw_null(w);
	}
	jw_obj_end(w);
}

static void json_end(struct report *r)
{
	struct jw *w = &r->jw;
	jw_arr_end(w);	/* findings */
	jw_key(w, "summary");
	jw_obj(w, true);
	jw_kint(w, "errors", r->counts[SEV_ERROR]);
	jw_kint(w, "warnings", r->counts[SEV_WARNING]);
	jw_kint(w, "infos", r->counts[SEV_INFO]);
	jw_kint(w, "waived", r->waived);
	jw_key(w, "passed");
	jw_bool(w, r->passed);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_finish(w);
}

const struct report_ops report_json_ops = {
	.name = "json",
	.begin = json_begin,
	.finding = json_finding,
	.end = json_end,
	.rule = json_rule,
};
