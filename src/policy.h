/*
** policy.h — the compiled policy (IR), independent of the AST.
**
** The compiler (src/compile.c, src/sema.c, src/lower.c) produces one
** struct rsd_policy; the evaluator, the test runner and every report read it.
** All of it lives in policy->arena and is freed by policy_free().
**
** Sets: every region, location value, provider/location operator and every
** region expression written inside a rule is a *set slot*: an index into
** policy->sets, whose root is a small expression tree.  Membership depends on
** the evaluation date (dated members), so the evaluator materialises all
** slots once per date with policy_sets_at() into an array of struct bits
** (country sets), indexed by slot.  Cycles were rejected by the compiler.
*/
#ifndef RSD_POLICY_H
#define RSD_POLICY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "bits.h"
#include "date.h"

#define NO_SLOT (-1)

/* A position in a policy source file (for reports: policy_location). */
struct pol_loc {
	int32_t file;	/* index in policy->files, -1: none */
	uint32_t line, col;
};

/* ---------------------------------------------------------------- sets */

enum set_op {
	SET_CONST,	/* countries in c */
	SET_SLOT,	/* the value of another slot (region, location, …): a */
	SET_UNION,	/* l + r */
	SET_INTER,	/* l & r */
	SET_DIFF,	/* l - r */
	SET_NOT,	/* WORLD - l */
	SET_DATED,	/* l, but only on dates since <= d < until */
};

/*
** @op: what this node computes
** @c: SET_CONST: the countries
** @slot: SET_SLOT: the slot referred to
** @l, @r: operands (unary ops use l)
** @since, @until: SET_DATED bounds (DATE_MIN / DATE_MAX when open)
*/
struct set_expr {
	enum set_op op;
	struct bits c;
	int32_t slot;
	struct set_expr *l, *r;
	rdate since, until;
};

struct set_slot {
	struct set_expr *root;
	bool dated;	/* some SET_DATED below (directly or via slots) */
};

/* ---------------------------------------------------------------- names */

/* @sens: effective sensitivity (index into policy->levels) */
struct pol_class {
	const char *name, *title;
	struct pol_loc loc;
	int32_t *parents;
	uint32_t nparents;
	int32_t sens;
	struct bits ancestors;	/* this class and every ancestor */
	struct bits descendants;	/* this class and every descendant */
};

struct pol_region {
	const char *name, *title;
	struct pol_loc loc;
	int32_t slot;
};

struct pol_mechanism {
	const char *name, *title, *cite;
	struct pol_loc loc;
};

struct pol_provider {
	const char *name, *title;
	struct pol_loc loc;
	int32_t operator_slot;	/* NO_SLOT: none declared */
};

/*
** @name: "aws:eu-west-1"
** @provider: index in policy->providers, -1 when the provider is undeclared
** @slot: the countries the location places data in
** @operator_slot: explicit `{ operator … }`, else the provider's, else NO_SLOT
**   meaning "operated from its own countries" (use @slot)
*/
struct pol_location {
	const char *name, *title;
	struct pol_loc loc;
	int32_t provider;
	int32_t slot;
	int32_t operator_slot;
};

/* ---------------------------------------------------------------- rules */

enum cmp_op { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE };

/* a OP b, for numbers, subject counts and sensitivity levels alike */
static inline bool cmp_apply(double a, enum cmp_op op, double b)
{
	switch (op) {
	case CMP_EQ: return a == b;
	case CMP_NE: return a != b;
	case CMP_LT: return a < b;
	case CMP_LE: return a <= b;
	case CMP_GT: return a > b;
	case CMP_GE: return a >= b;
	}
	return false;
}

enum val_kind { VAL_NONE, VAL_STR, VAL_NUM, VAL_BOOL };
struct value {
	enum val_kind kind;
	const char *s;	/* VAL_STR */
	double n;	/* VAL_NUM (integers up to 2^53 exactly) */
	bool b;	/* VAL_BOOL */
};

enum cond_op {
	COND_TRUE, COND_FALSE,
	COND_AND, COND_OR, COND_NOT,	/* l, r */
	COND_MECH,	/* attests any mechanism in mechs (valid on the date) */
	COND_FROM_IN, COND_TO_IN,	/* slot */
	COND_ORIGIN_IN,	/* every origin country in slot */
	COND_LOCATION_IN, COND_PRIMARY_IN, COND_KEY_IN,	/* slot */
	COND_OPERATOR_IN,	/* slot */
	COND_KEY_COLOCATED,
	COND_ENC_AT_REST, COND_ENC_IN_TRANSIT,
	COND_PSEUDONYMIZED, COND_ANONYMIZED,
	COND_SENSITIVITY,	/* cmp, level */
	COND_SUBJECTS,	/* cmp, num */
	COND_ATTR,	/* attr present and truthy */
	COND_ATTR_CMP,	/* attr cmp val */
	COND_VIA,	/* transfers: the transfer is of kind via (added 2026-12) */
	COND_SUBJECTS_KNOWN,	/* the fact states its subject count (added 2026-12) */
};

/*
** How a transfer came to be (`via flow|replica|backup`): an explicit flow,
** or an implicit transfer to a replica or a backup location of a store.
** VIA_NONE: not a transfer (a store fact).
*/
enum via_kind { VIA_NONE, VIA_FLOW, VIA_REPLICA, VIA_BACKUP };

struct cond {
	enum cond_op op;
	struct cond *l, *r;
	struct bits mechs;
	int32_t slot;
	enum cmp_op cmp;
	int32_t level;
	double num;
	const char *attr;
	struct value val;
	enum via_kind via;	/* COND_VIA */
	struct pol_loc loc;
};

enum rule_kind { RULE_STORE, RULE_TRANSFER };
enum severity { SEV_ERROR, SEV_WARNING, SEV_INFO };

/*
** @text: the condition as written in the source (quoted in reports)
*/
struct pol_require {
	struct cond *cond;
	const char *text;
	struct pol_loc loc;
};

/*
** @classes: the classes the rule applies to, closure taken (a rule naming C
**   applies to C and all its descendants; `any`; `sensitivity OP L`)
** @in_slot: store rules: `in R` (NO_SLOT: none)
** @origin_slot, @from_slot, @to_slot: transfer rules' scope clauses
** @when: conditions that must all hold for the rule to apply
*/
struct pol_rule {
	const char *name, *title;
	struct pol_loc loc;
	enum rule_kind kind;
	struct bits classes;
	int32_t in_slot;
	int32_t origin_slot, from_slot, to_slot;
	struct cond **when;
	uint32_t nwhen;
	struct pol_require *requires;
	uint32_t nrequires;
	enum severity severity;
	const char *cite, *message, *remedy;	/* NULL when absent */
	rdate since, until;	/* DATE_MIN / DATE_MAX when absent */
	/* Source text for `residency explain` (NULL: unknown; explain then
	   shows the clause's position): the scope clauses as written
	   ("to not (EEA + EU_ADEQUATE)") and each `when` condition. */
	const char *in_text, *origin_text, *from_text, *to_text;
	const char **when_text;	/* nwhen entries, or NULL */
};

/* ---------------------------------------------------------------- tests */

enum place_kind { PLACE_COUNTRY, PLACE_LOCATION };
/* A place: a country index or a location index. */
struct place {
	uint16_t kind;	/* enum place_kind */
	uint16_t country;	/* PLACE_COUNTRY */
	int32_t loc;	/* PLACE_LOCATION: index in policy->locations */
};

struct pol_attr {
	const char *name;
	struct value val;
};

struct pol_mech_attest {
	int32_t mech;
	rdate expires;	/* DATE_MAX when none */
};

/*
** A fact written in a test block (or parsed from `explain` / `where`
** arguments).  Transfers name their endpoints either as a place or as an
** earlier store of the same test (from_store / to_store >= 0).
*/
enum fact_kind { FACT_STORE, FACT_TRANSFER };
struct pol_fact {
	enum fact_kind kind;
	const char *name;	/* NULL: unnamed (reported as store#N / transfer#N) */
	const char *text;	/* the fact as written, whitespace runs collapsed */
	struct pol_loc loc;
	struct bits classes;
	struct place *places;	/* store: primary locations */
	uint32_t nplaces;
	struct place *replicas, *backups;
	uint32_t nreplicas, nbackups;
	struct place *origin;	/* declared origin places */
	uint32_t norigin;
	bool has_key;
	struct place key;
	int32_t from_store, to_store;	/* transfer: store index in the test, or -1 */
	struct place from, to;	/* transfer: when not a store */
	struct pol_mech_attest *mechs;
	uint32_t nmechs;
	bool enc_at_rest, enc_in_transit, pseudonymized, anonymized;
	bool has_subjects;	/* `subjects N` written (`subjects known`) */
	double subjects;
	struct pol_attr *attrs;
	uint32_t nattrs;
};

/*
** @file: index of the policy file that holds the test
** @as_of: DATE_NONE when the test gives none
** @expect_pass: true for `expect pass`; otherwise @expect lists rule indexes
*/
struct pol_test {
	const char *name;
	struct pol_loc loc;	/* loc.file: the policy file that holds the test */
	rdate as_of;
	struct pol_fact *facts;
	uint32_t nfacts;
	bool expect_pass;
	int32_t *expect;
	uint32_t nexpect;
};

/* ---------------------------------------------------------------- policy */

struct pol_file {
	const char *path;	/* as shown to users; library files: "<lib>/gdpr.rpl" */
	bool root;	/* named on the command line (not only imported) */
};

struct rsd_policy {
	struct arena arena;
	struct pol_file *files;
	uint32_t nfiles;
	const char **levels;	/* lowest first */
	uint32_t nlevels;
	struct set_slot *sets;
	uint32_t nsets;
	struct pol_class *classes;
	uint32_t nclasses;
	struct pol_region *regions;
	uint32_t nregions;
	struct pol_mechanism *mechs;
	uint32_t nmechs;
	struct pol_provider *providers;
	uint32_t nproviders;
	struct pol_location *locations;	/* sorted by name */
	uint32_t nlocations;
	struct pol_rule *rules;	/* in declaration order: file load order, then source order */
	uint32_t nrules;
	struct pol_test *tests;
	uint32_t ntests;
	/* per-class rule index, built by policy_index(): the store / transfer
	   rules whose class scope contains class c */
	int32_t **store_rules_by_class, **transfer_rules_by_class;
	uint32_t *nstore_rules_by_class, *ntransfer_rules_by_class;
	int32_t *rule_order;	/* rule indexes sorted by name (policy_index) */
	/* classes, regions, mechanisms, providers and locations by (kind,
	   name): open addressing, built by policy_index (NULL before: the
	   lookups scan) */
	struct name_slot *name_slots;
	uint32_t name_cap;	/* a power of two */
};

struct name_slot {
	const char *name;	/* NULL: empty */
	uint32_t hash;	/* str_hash(name) + kind */
	int32_t idx;
};

void policy_free(struct rsd_policy *p);

/* Lookups by name (binary search or hash; -1 when absent). */
int policy_find_class(const struct rsd_policy *p, const char *name);
int policy_find_region(const struct rsd_policy *p, const char *name);
int policy_find_mech(const struct rsd_policy *p, const char *name);
int policy_find_rule(const struct rsd_policy *p, const char *name);
int policy_find_location(const struct rsd_policy *p, const char *name);
int policy_find_provider(const struct rsd_policy *p, const char *name);

/*
** Materialise every set slot on date d: returns an array of p->nsets
** country sets (xmalloc'd; caller frees).
*/
struct bits *policy_sets_at(const struct rsd_policy *p, rdate d);

/* Build the per-class rule index (called once by the compiler). */
void policy_index(struct rsd_policy *p);

/* The countries of a place on date d, given the materialised sets. */
struct bits place_countries(const struct rsd_policy *p, const struct bits *sets, struct place pl);
/* The operator jurisdictions of a place. */
struct bits place_operators(const struct rsd_policy *p, const struct bits *sets, struct place pl);
/* "DE" or "aws:eu-west-1" */
const char *place_name(const struct rsd_policy *p, struct place pl);

#endif
