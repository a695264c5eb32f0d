/*
** eval.h — the evaluator: judges a plan against a compiled policy on one
** date and produces findings (LANGUAGE.md §5, TOOL.md §1).
*/
#ifndef RSD_EVAL_H
#define RSD_EVAL_H

#include "plan.h"

enum finding_kind { FINDING_STORE, FINDING_TRANSFER, FINDING_WAIVER };
enum finding_status { FINDING_VIOLATION, FINDING_WAIVED };

struct country_pair {
	uint8_t from, to;
};

/*
** The fields of a finding that few findings have: allocated in the result's
** arena only for a finding that needs one (struct finding's @more).
** @tool_id: a tool finding's id ("expiring", "unused-waiver",
**   "expired-waiver", "unknown-location", "unclassified", a note's id);
**   NULL for rule findings (the rule's name is the id)
** @message: tool findings: the text (rule findings use the rule's)
** @waiver: the waiver that waived it (status FINDING_WAIVED), or the waiver
**   a waiver finding is about
** @address: Terraform (and other IaC) resource address of the fact
*/
struct finding_more {
	const char *tool_id;
	const char *message;
	const struct plan_waiver *waiver;
	const char *address;
};

/*
** One finding: a rule violated by one fact (reported once per (rule, fact)),
** or one of the tool's own findings.  Read the fields that moved through the
** accessors below (finding_id, finding_classes, finding_pairs, ...).
** @rule: index in policy->rules, or -1 for the tool's own findings
** @severity, @status, @kind: enum severity, finding_status, finding_kind
** @flags: FINDING_ADDRESS_IS_FACT: the fact's address is its name (Terraform
**   resources, loader notes), not kept in @more
** @fact: the fact's name ("orders-db", "orders-db (replica aws:us-east-1)",
**   "store#2", the waiver's target for waiver findings)
** @line, @col: where the fact is written in the plan (the plan's file: every
**   finding of a result is in result->plan->file, report_finding_file)
** @classes: the classes concerned, a set interned in the result's arena
**   (findings share a few sets); NULL: none (finding_classes)
** @pairs: transfer findings: the offending (from, to) country pairs, sorted;
**   up to FINDING_PAIRS_IN of them held in the finding itself
** @failed: indexes into the rule's requires that were false, sorted; up to
**   FINDING_FAILED_IN held in the finding itself
** @more: the rarely set fields, NULL when none is set
**
** Layout, measured on the bench plans (estate generator at 10 MB: 35,320
** findings, at 100 MB: 360,115; the Cedar plan: 34,098): every rule finding
** has classes, and they are few distinct sets (43 at 10 MB, 44 at 100 MB, 3
** for Cedar); 99.5% of transfer findings have at most four pairs (Cedar: all
** one); every rule finding at most two failed requires (92%: all of its
** rule's); a tool id, message, waiver or address on 0.6% (tool and waived
** findings; on Terraform plans every finding has an address, most often the
** fact's name: a flag says so).  So the classes are a pointer to a shared
** set, the few pairs and failed indexes sit in the 8 bytes a pointer to them
** would take (no 16-byte arena allocation each), the rest moved behind
** @more, the file is the plan's and a rule finding's id its rule's name: 64
** bytes, one cache line (was 128).
*/
#define FINDING_PAIRS_IN 4
#define FINDING_FAILED_IN 2
#define FINDING_ADDRESS_IS_FACT 1
struct finding {
	int32_t rule;
	uint8_t severity, status, kind, flags;
	const char *fact;
	uint32_t line, col;
	const struct bits *classes;
	uint32_t npairs, nfailed;
	union {
		struct country_pair *v;	/* npairs > FINDING_PAIRS_IN */
		struct country_pair in[FINDING_PAIRS_IN];
	} pairs;
	union {
		uint32_t *v;	/* nfailed > FINDING_FAILED_IN */
		uint32_t in[FINDING_FAILED_IN];
	} failed;
	struct finding_more *more;
};
_Static_assert(sizeof(void *) != 8 || sizeof(struct finding) == 64,
	       "struct finding: one cache line (see the layout above)");

/* The empty class set (finding_classes of a finding without classes). */
extern const struct bits eval_no_classes;

static inline const struct bits *finding_classes(const struct finding *f)
{
	return f->classes ? f->classes : &eval_no_classes;
}

static inline const struct country_pair *finding_pairs(const struct finding *f)
{
	return f->npairs > FINDING_PAIRS_IN ? f->pairs.v : f->pairs.in;
}

static inline const uint32_t *finding_failed(const struct finding *f)
{
	return f->nfailed > FINDING_FAILED_IN ? f->failed.v : f->failed.in;
}

/* A tool finding's id (rule < 0), else NULL. */
static inline const char *finding_tool_id(const struct finding *f)
{
	return f->more ? f->more->tool_id : NULL;
}

/* A tool finding's text, else NULL (the rule's message applies). */
static inline const char *finding_message(const struct finding *f)
{
	return f->more ? f->more->message : NULL;
}

static inline const struct plan_waiver *finding_waiver(const struct finding *f)
{
	return f->more ? f->more->waiver : NULL;
}

static inline const char *finding_address(const struct finding *f)
{
	if (f->flags & FINDING_ADDRESS_IS_FACT)
		return f->fact;
	return f->more ? f->more->address : NULL;
}

/* The finding's id: its rule's name, or the tool finding's id (NULL when
   it has neither). */
static inline const char *finding_id(const struct rsd_policy *p, const struct finding *f)
{
	if (f->rule >= 0 && p && (uint32_t)f->rule < p->nrules)
		return p->rules[f->rule].name;
	return finding_tool_id(f);
}

/* A (rule, fact) pair the rule applied to (for JUnit and test coverage). */
struct applied {
	int32_t rule;
	const char *fact;
	const char *file;
	uint32_t line, col;
	int32_t finding;	/* index of its finding, -1: passed */
};

struct eval_opts {
	rdate date;	/* the evaluation date (already chosen by the caller) */
	int warn_expiring;	/* days; default 30 */
	bool record_applied;
};

/*
** One check run of several plans (rsd_check_run): waivers of other plans
** that apply to this one too, never reported here (their plan reports
** them); shared_used[i] is set when shared[i] waived something.
** used_elsewhere[i]: the plan's own waiver i waived something in another
** plan, so it is not unused; others: the run's other plans, whose store and
** flow names an unused waiver may name.
*/
struct eval_run {
	const struct plan_waiver *shared;
	uint32_t nshared;
	bool *shared_used;
	const bool *used_elsewhere;
	const struct rsd_plan *const *others;
	size_t nothers;
};

/*
** The result of one check of one plan.  Strings point into the policy, the
** plan or result->arena; keep both alive while using the result.
** @nfacts: stores + flows + implicit transfers checked
** @counts: non-waived findings by severity; @nwaived: waived findings
*/
struct rsd_result {
	struct arena arena;
	const struct rsd_policy *policy;
	const struct rsd_plan *plan;
	rdate date;
	/* sorted by (file, line, col, rule_id, fact); facts without a position
	   (line 0) by their place in the plan instead of their name */
	struct finding *findings;
	uint32_t nfindings, cap_findings;
	struct applied *applied;
	uint32_t napplied, cap_applied;
	uint32_t nfacts, nimplicit;
	uint32_t counts[3];
	uint32_t nwaived;
	uint8_t date_source;	/* enum date_source: where date came from */
};

/* The file a finding of r is written in: its plan's ("" when none). */
static inline const char *finding_file(const struct rsd_result *r, const struct finding *f)
{
	(void)f;
	return r->plan && r->plan->file ? r->plan->file : "";
}

/* Where an evaluation date came from (reports state it). */
enum date_source { DATE_FROM_TODAY, DATE_FROM_OPTION, DATE_FROM_PLAN };

struct rsd_result *eval_check(const struct rsd_policy *p, const struct rsd_plan *pl,
			      const struct eval_opts *opts);
/* eval_check as one plan of a run (run may be NULL: eval_check). */
struct rsd_result *eval_check_run(const struct rsd_policy *p, const struct rsd_plan *pl,
				  const struct eval_opts *opts, const struct eval_run *run);
void result_free(struct rsd_result *r);

/* true when no non-waived finding has severity at or above fail_on
   (fail_on: SEV_ERROR/SEV_WARNING/SEV_INFO, or -1 for never) */
bool result_passes(const struct rsd_result *r, int fail_on);

/*
** Condition evaluation for one fact and one class (used by the evaluator
** itself, explain and where).  The sets are those of policy_sets_at().
** @store: true for a store fact (store rules), false for a transfer
** @placement, @primary: store: placement / primary countries
** @key, @has_key: store: the key location's countries
** @operators: store: operator jurisdictions of all placements;
**   transfer: of the destination endpoint
** @origin: origin countries of the class being checked at this point
** @mechs: mechanisms attested and valid on the evaluation date
** @sens: effective sensitivity of the class being checked
** @via: transfer: explicit flow, implicit replica or backup transfer;
**   store: VIA_NONE
** @has_subjects: the fact states its subject count (else subjects is 0)
*/
struct eval_ctx {
	const struct bits *sets;
	bool store;
	struct bits placement, primary, key, operators, origin, mechs;
	bool has_key, enc_at_rest, enc_in_transit, pseudonymized, anonymized, has_subjects;
	enum via_kind via;
	double subjects;
	const struct pol_attr *attrs;
	uint32_t nattrs;
	int32_t sens;
};

/*
** Value of condition c in context x for the country pair (src, dst) of a
** transfer (ignored for stores; -1 when unknown: `from in` / `to in` are
** then false).
*/
bool eval_cond(const struct cond *c, const struct eval_ctx *x, int src, int dst);

/* Mechanisms of an attestation list valid on date d (expires > d). */
struct bits eval_valid_mechs(const struct plan_mech *m, uint32_t n, rdate d);

/* true when the rule exists on date d (since <= d < until). */
static inline bool eval_rule_in_force(const struct pol_rule *r, rdate d)
{
	return r->since <= d && d < r->until;
}

#endif
