/*
** report.h — report writers (TOOL.md §4).  rsd_report_write() picks one
** writer by format and drives it: begin, then for each plan its `plan` hook
** and its findings (already sorted by the evaluator), then end.  Writers
** append to one output buffer, written out in large blocks.  Everything
** they print is derived from the policy and the results only (no clock, no
** pointers), so a report is byte-identical from run to run.
*/
#ifndef RSD_REPORT_H
#define RSD_REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "residency.h"	/* first: plan.h uses struct rsd_diags undeclared */
#include "eval.h"
#include "util.h"

/*
** A minimal JSON emitter with deterministic layout: two-space indentation,
** or one line for containers opened inline (and everything inside them).
** It appends to a string buffer (the report's output).
** @depth: open containers; @inl: depth at which inline layout began (0: none)
** @first: nothing written yet in the innermost container
** @after_key: a key was just written, the value follows on the same line
*/
struct jw {
	struct strbuf *sb;
	int depth;
	int inl;
	bool first;
	bool after_key;
};

void jw_init(struct jw *w, struct strbuf *sb);
void jw_obj(struct jw *w, bool inl);
void jw_obj_end(struct jw *w);
void jw_arr(struct jw *w, bool inl);
void jw_arr_end(struct jw *w);
/* key: n bytes that need no escaping (the writers' own literals) */
void jw_key_n(struct jw *w, const char *key, size_t n);
/* A string value; NULL writes null.  Invalid UTF-8 becomes U+FFFD. */
void jw_str(struct jw *w, const char *s);
void jw_int(struct jw *w, long long v);
void jw_bool(struct jw *w, bool v);
void jw_null(struct jw *w);
/* A key (a literal: inline, so that its length is known when compiling). */
static inline void jw_key(struct jw *w, const char *key)
{
	jw_key_n(w, key, strlen(key));
}
/* key + value shorthands */
static inline void jw_kstr(struct jw *w, const char *key, const char *s)
{
	jw_key(w, key);
	jw_str(w, s);
}
static inline void jw_kint(struct jw *w, const char *key, long long v)
{
	jw_key(w, key);
	jw_int(w, v);
}
/* A "YYYY-MM-DD" string, or null for DATE_NONE / DATE_MAX. */
void jw_date(struct jw *w, rdate d);
/* Call at the very end: closes the document with a newline. */
void jw_finish(struct jw *w);

/* Append s as a JSON string (quoted, escaped as jw_str does); NULL: null. */
void jw_quote(struct strbuf *sb, const char *s);
/* A value already in JSON (e.g. from jw_quote), n bytes. */
void jw_raw(struct jw *w, const char *json, size_t n);
/*
** A string value written in parts: jw_str_begin, then its text escaped
** (report_json_esc, or pieces escaped earlier) appended to w->sb, then
** jw_str_end (see report_plain on escaping in parts).
*/
void jw_str_begin(struct jw *w);
void jw_str_end(struct jw *w);
/*
** Members rendered once and spliced into many containers (a rule's, in
** each of its findings): jw_piece() starts w on sb in the state of a
** container at depth, non-inline, first when nothing is in it yet;
** jw_splice() appends such a piece to w, which must be in that state.
*/
void jw_piece(struct jw *w, struct strbuf *sb, int depth, bool first);
void jw_splice(struct jw *w, const struct strbuf *piece);

/*
** Output a writer renders once per rule, at the rule's first finding, and
** copies into each of its findings: already escaped and laid out for the
** format, so a finding costs a copy per piece instead of formatting and
** escaping the rule's texts again (report_rule_pieces).
** @piece: REPORT_DETAIL_HEAD and _TAIL for writers with a detail hook,
**   the others the writer's own (from REPORT_PIECE_WRITER on)
** @req: the rule's requirements as the writer renders them (details: one
**   "failed:" line each), one after the other: requirement i is the
**   req_at[i + 1] - req_at[i] bytes at req.s + req_at[i]
*/
#define REPORT_NPIECES 6
struct report_rule {
	bool built;
	struct strbuf piece[REPORT_NPIECES];
	struct strbuf req;
	size_t *req_at;
};
enum {
	REPORT_DETAIL_HEAD,	/* "rule:" */
	REPORT_DETAIL_TAIL,	/* "cite:", "remedy:", "policy:" */
	REPORT_PIECE_WRITER,
};

struct report_ops;

/*
** The state shared by every writer for one report.
** @counts, @waived, @facts: totals over all results
** @passed: every result passes the gate at @fail_on
** @tool_used: bit i set when tool finding id report_tool_ids[i] occurs
** @ob: the output; writers append to it, rsd_report_write() writes it to
**   @out in blocks of about REPORT_BLOCK bytes (report_spill)
** @jw: the JSON emitter (json, sarif), appending to @ob
** @rules: one entry per rule of the policy (report_rule_pieces)
** @tmp: scratch space for writers; @dtmp: for report_details only
** @priv: a writer's own state, set by its begin hook, freed by its end hook
*/
struct report {
	FILE *out;
	const struct report_ops *ops;
	const struct rsd_policy *p;
	struct rsd_result *const *results;
	size_t n;
	int fail_on;
	bool color, quiet, verbose;
	uint32_t counts[3];
	uint32_t waived, facts;
	bool passed;
	uint32_t tool_used;
	struct strbuf ob;
	struct jw jw;
	struct report_rule *rules;
	struct strbuf tmp, dtmp;
	/* report_ci.c: the result being written (report_details), the base
	   of relative paths, the last path made relative (report_path), the
	   sets of the date of sets_res (store locations) */
	const struct rsd_result *cur;
	const char *base_dir;
	const char *np_in;
	struct strbuf np_out;
	const struct rsd_result *sets_res;
	struct bits *sets;
	void *priv;	/* the writer's own state (html) */
};

/* Size of the blocks the output is written in: one fwrite each. */
#define REPORT_BLOCK 65536

/* Write the buffered output to r->out and empty the buffer. */
void report_flush(struct report *r);

/*
** Write the buffered output once it holds a block; rsd_report_write()
** calls it after each finding, writers that loop on their own (junit) too.
*/
static inline void report_spill(struct report *r)
{
	if (r->ob.len >= REPORT_BLOCK)
		report_flush(r);
}

/*
** One writer: @begin before anything, @plan before the findings of each
** result (may be NULL), @finding for each finding (may be NULL), @end last.
** @detail (writers that show detail lines): append the line "label: value"
**   as the writer shows it; value is never empty
** @rule (may be NULL): render the writer's own pieces of a rule into rr
**   (requirements included, unless the writer has a detail hook); it may
**   run in the middle of a finding, so it must not use r->tmp
*/
struct report_ops {
	const char *name;
	void (*begin)(struct report *r);
	void (*plan)(struct report *r, const struct rsd_result *res);
	void (*finding)(struct report *r, const struct rsd_result *res, const struct finding *f);
	void (*end)(struct report *r);
	void (*detail)(struct strbuf *sb, const char *label, const char *value);
	void (*rule)(struct report *r, const struct pol_rule *rule, struct report_rule *rr);
};

extern const struct report_ops report_text_ops, report_json_ops, report_sarif_ops,
	report_junit_ops, report_github_ops, report_markdown_ops, report_codequality_ops, report_html_ops;

/* The tool's own finding ids, in the order SARIF lists them. */
#define REPORT_NTOOL 5
extern const char *const report_tool_ids[REPORT_NTOOL];
/* Index of id in report_tool_ids, or -1. */
int report_tool_index(const char *id);

/* "error" | "warning" | "info" */
const char *report_sev_name(int sev);
/* The finding's rule in the policy, or NULL for tool findings. */
const struct pol_rule *report_rule(const struct report *r, const struct finding *f);
/* The rule's name or the tool id. */
const char *report_rule_id(const struct report *r, const struct finding *f);
/* Title: the rule's title (else its name), or the tool finding's title. */
const char *report_title(const struct report *r, const struct finding *f);
/* What the finding says: the tool message, else the rule's message, else its title. */
const char *report_message(const struct report *r, const struct finding *f);
/* The policy file holding loc, or NULL. */
const char *report_policy_file(const struct report *r, struct pol_loc loc);
/* How the plan is named in reports: its file, else its name, else "<plan>". */
const char *report_plan_name(const struct rsd_result *res);
/* true when passing at r->fail_on. */
bool report_result_passes(const struct report *r, const struct rsd_result *res);

/* Empty the buffer, keeping its memory (s stays a valid "" once allocated). */
static inline void report_sb_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->s)
		sb->s[0] = '\0';
}

/* "plan.yaml:14:5" (line/column left out when 0). */
void report_fact_loc(struct strbuf *sb, const struct rsd_result *res, const struct finding *f);
/* "personal, payment" */
void report_classes(struct strbuf *sb, const struct report *r, const struct finding *f);
/* "DE→US, FR→US" */
void report_pairs(struct strbuf *sb, const struct finding *f);
/* "Approved by the DPO (until 2027-01-31, approved by dpo@x)" */
void report_waiver_text(struct strbuf *sb, const struct report *r, const struct plan_waiver *w);

/*
** The pieces of the policy's rule number rule (rendered at their first use),
** or NULL when there is no such rule (the tool's findings: rule -1).
*/
const struct report_rule *report_rule_pieces(struct report *r, int32_t rule);

/* Append a piece (an empty one may have no buffer yet). */
static inline void report_piece(struct strbuf *sb, const struct strbuf *piece)
{
	if (piece->len)
		sb_add(sb, piece->s, piece->len);
}

/* Render every requirement of rule into rr->req with render, recording where each starts. */
void report_rule_reqs(struct report *r, const struct pol_rule *rule, struct report_rule *rr,
		      void (*render)(struct report *r, struct strbuf *sb, const char *text));

/*
** The detail lines of a finding (text, junit, github, markdown), each
** through the writer's detail hook; lines with no value are left out.
*/
void report_details(struct strbuf *sb, struct report *r, const struct finding *f);

/* {------------------------------------------------ report_ci.c */

/* Append path relative to base (NULL: the working directory), by name. */
void report_rel_path(struct strbuf *sb, const char *path, const char *base);
/* The file a finding is reported in: its own, else its plan's ("" when none). */
const char *report_finding_file(const struct rsd_result *res, const struct finding *f);
/* file relative to r->base_dir (cached for the last file asked for). */
const char *report_path(struct report *r, const char *file);
/* Append the finding's fingerprint "PATH:RULE:FACT" (rsd_finding_fingerprint). */
void report_fingerprint(struct strbuf *sb, struct report *r, const struct rsd_result *res,
			const struct finding *f);
/* The plan's store a store finding is about, or NULL. */
const struct plan_store *report_finding_store(const struct rsd_result *res, const struct finding *f);
/*
** Append where a store finding's store is: "aws:us-east-1 (US); replica
** aws:eu-west-1 (IE)"; false (nothing appended) when f is not about a store.
*/
/* "aws:us-east-1 (US)": a place's name and, for a location, its countries, into sb. */
void report_place(struct strbuf *sb, struct report *r, const struct rsd_result *res, struct place pl);
bool report_store_where(struct strbuf *sb, struct report *r, const struct rsd_result *res,
			const struct finding *f);
/* Call each for every location id of the store, set *countries; false as above. */
bool report_store_places(struct report *r, const struct rsd_result *res, const struct finding *f,
			 void (*each)(struct report *r, const char *location), struct bits *countries);

/* }------------------------------------------------ */

/* Where a result's date came from: "option", "plan" or "today". */
const char *report_date_source(const struct rsd_result *res);
/* The date and source every result shares (false: they differ, or none). */
bool report_common_date(const struct report *r, rdate *d, const char **source);

/* "1 error" / "2 warnings" … and the whole summary sentence, ending with
   the evaluation date and where it came from ("; as of D (--as-of)"). */
void report_summary(struct strbuf *sb, const struct report *r, const uint32_t counts[3],
		    uint32_t waived, uint32_t facts, size_t nplans);

/*
** report_plain[c] has bit REPORT_PLAIN_x set when format x copies byte c as
** it is (JSON string, XML text, XML attribute, GitHub command data and
** property, Markdown text and code span, URI: RFC 3986 unreserved and /).
** NUL has no bit set.
**
** Writers escape a text made of parts (a rule's pieces, a finding's fact,
** literal separators) part by part: that gives the bytes escaping the whole
** would, since the escapers work per byte or per UTF-8 sequence and every
** joint is next to an ASCII byte, which never continues a sequence.
*/
enum {
	REPORT_PLAIN_JSON = 1 << 0,
	REPORT_PLAIN_XML = 1 << 1,
	REPORT_PLAIN_XML_ATTR = 1 << 2,
	REPORT_PLAIN_GH_DATA = 1 << 3,
	REPORT_PLAIN_GH_PROP = 1 << 4,
	REPORT_PLAIN_MD_TEXT = 1 << 5,
	REPORT_PLAIN_MD_CODE = 1 << 6,
	REPORT_PLAIN_URI = 1 << 7,
};
extern const unsigned char report_plain[256];

/* Length of the run of bytes at s that are plain (REPORT_PLAIN_x) in format. */
static inline size_t report_run(const char *s, unsigned format)
{
	const unsigned char *p = (const unsigned char *)s;
	while (report_plain[*p] & format)
		p++;
	return (size_t)(p - (const unsigned char *)s);
}

/*
** Append the character at s (one UTF-8 sequence, s not at its NUL) as it
** is, or '?' when it is a control character (C0 but tab, DEL, C1), a
** bidirectional override or isolate, a line or paragraph separator, or an
** invalid byte: text from inputs never drives the terminal or the CI log
** that shows a report.  Returns the bytes consumed.
*/
size_t report_text_char(struct strbuf *sb, const char *s);

/*
** Append s for a plain-text report: newlines as nl (a continuation that
** starts with a mark, so no line of input text starts a line of the report,
** nor a GitHub workflow command `::`, which the runner finds after leading
** blanks), "##[" (the runner's old command form, found anywhere in a line)
** as "# #[", the rest through report_text_char.
*/
void report_text_esc(struct strbuf *sb, const char *s, const char *nl);

/*
** Append s escaped for XML (attr: also quotes and newlines as character
** references).  Characters XML 1.0 forbids and invalid UTF-8 become U+FFFD.
*/
void report_xml(struct strbuf *sb, const char *s, bool attr);

/*
** Append s escaped as the inside of a JSON string (no quotes); invalid
** UTF-8 becomes \ufffd.
*/
void report_json_esc(struct strbuf *sb, const char *s);

/*
** Decode one UTF-8 sequence at s; returns its length (>= 1) and sets *cp,
** or returns 1 with *cp = -1 for an invalid byte.
*/
int report_utf8(const unsigned char *s, int32_t *cp);

#endif
