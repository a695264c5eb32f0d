/*
** plan.h — a plan: the stores, flows and waivers to judge, resolved against
** a compiled policy (every class, location, mechanism and rule name is an
** index into it).  Built by the YAML loader (plan_yaml.c), the Terraform
** loader (plan_tf.c), the test runner (facts of a test block) or the public
** builder API.  Everything lives in plan->arena; plan_free() frees it.
*/
#ifndef RSD_PLAN_H
#define RSD_PLAN_H

#include "diag.h"
#include "policy.h"

/* Position of an entry in the plan file (1-based; 0: unknown). */
struct plan_pos {
	uint32_t line, col;
};

struct plan_mech {
	int32_t mech;	/* index in policy->mechs */
	rdate expires;	/* DATE_MAX: none */
	const char *reference;	/* NULL: none */
	struct plan_pos pos;
};

struct plan_placeref {
	struct place place;
	struct plan_pos pos;
};

/*
** @address: Terraform resource address (NULL for YAML plans)
** @origin: declared origin places; none declared: the primary countries
*/
struct plan_store {
	const char *name;
	struct plan_pos pos;
	struct place *primary;
	uint32_t nprimary;
	struct plan_placeref *replicas, *backups;
	uint32_t nreplicas, nbackups;
	struct place *origin;
	uint32_t norigin;
	bool has_origin;
	struct bits classes;
	bool enc_at_rest, enc_in_transit, pseudonymized, anonymized;
	bool has_key;
	bool key_unknown;	/* no has_key: a key is named, but where it is is unknown (a loader note says why) */
	struct place key;
	bool has_subjects;	/* the plan states subjects (`subjects known`) */
	double subjects;	/* absent: 0 */
	struct plan_mech *mechs;
	uint32_t nmechs;
	struct pol_attr *attrs;
	uint32_t nattrs;
	const char *address;
};

/* A flow endpoint: a store of the plan (store >= 0) or a place. */
struct plan_endpoint {
	int32_t store;
	struct place place;
};

/*
** A flow: 64 bytes (500,000 of them in a 100 MB plan), what the evaluator
** reads of every flow in its first 32: the endpoints, the class set, and
** whether the attestations need their list.  What few flows carry or only
** a finding's text reads (attestations with an expiry date, attributes,
** subjects, the resource address) is in a cold record of the plan; what
** several flows share (their class set) is stored once per plan.  (The
** class set kept as a 32-byte struct bits would leave 32 bytes for the
** rest, not enough for the name, position and mechanism mask; most flows
** have one class, and a plan has few distinct sets of several.)
** @cset: the class set, an id read through plan_flow_classes: 0 none,
**   1 + c the one class c (plan_flow_one_class: one load, the evaluator's
**   first test of a flow), PLAN_CSET_TABLE + k the plan's k-th set of two
**   classes or more (pl->csets, each set once).  Written by
**   plan_flow_set_classes.
** @mechs_listed, @mechmask: plan_flow_set_mechs sets them: false when no
**   attestation has an expiry date and every mechanism index is below 64,
**   so that mechmask (bit i: mechanism i) says everything the list says
**   and the list is not kept; true: the list is in the cold record
**   (plan_flow_cold's mechs) and mechmask is 0
** @cold: 1 + index in pl->flow_cold, 0: none (every cold field zero); read
**   through plan_flow_cold, written through plan_flow_cold_mut
** @subj24: the subjects (absent: 0), read through plan_flow_subjects and
**   written through plan_flow_set_subjects: a whole number below
**   PLAN_SUBJECTS_COLD here, any other in the cold record (subjects_big)
*/
struct plan_flow {
	struct plan_endpoint from, to;
	uint32_t cset;
	bool enc_in_transit, pseudonymized, anonymized, mechs_listed;
	uint64_t mechmask;
	const char *name;
	struct plan_pos pos;
	uint32_t cold;
	bool has_subjects : 1;	/* the plan states subjects */
	unsigned subj24 : 24;
};
#define PLAN_SUBJECTS_COLD 0xFFFFFFu

/*
** The cold part of a flow, in pl->flow_cold (a parallel array rather than
** an arena record behind a pointer: an index of 4 bytes leaves room in
** the flow for the subjects of most flows, and the records sit together,
** 40 bytes each, only for flows that have one: 28% of the generated estate
** plan's flows; none of the Cedar plan's, whose attestations have no
** expiry date).
** @mechs: the attestations, only when the flow's mechs_listed
** @address: Terraform and other templates' resource address, NULL: none
** @subjects_big: the subjects when the flow's subj24 is PLAN_SUBJECTS_COLD
*/
struct plan_flow_cold {
	struct plan_mech *mechs;
	struct pol_attr *attrs;
	const char *address;
	double subjects_big;
	uint32_t nmechs, nattrs;
};

#define PLAN_CSET_TABLE (1u + BITS_MAX)	/* first id of pl->csets */

/*
** @target: a store or flow name, or "*"
** @tool_id: a waiver of the tool's own finding with this id (rule -1):
**   unknown-location, unmodelled-resource or unclassified; target names the
**   finding's fact (a resource address), never "*"
*/
struct plan_waiver {
	int32_t rule;
	const char *tool_id;
	const char *target;
	const char *reason;
	rdate expires;
	const char *approved_by;	/* NULL: none */
	struct plan_pos pos;
	const char *file;	/* the plan file it was written in; NULL: the plan's own */
	bool from_classes;	/* a waiver of the --classes file (rsd_results_merge_unused) */
};

/*
** A finding the loader itself makes (Terraform: unknown-location,
** unclassified).  The evaluator copies them into its result.
** @rule_id: "unknown-location" or "unclassified"
*/
struct plan_note {
	const char *rule_id;
	int severity;	/* enum severity */
	const char *fact;	/* resource address */
	struct plan_pos pos;
	const char *message;
};

struct rsd_plan {
	struct arena arena;
	struct arena names;	/* a YAML plan's store names, packed together: every flow
				   endpoint's lookup compares one (plan_yaml.c), and spread
				   through the arena each was a cache miss */
	const char *file;	/* path as given; "" for plans built in code */
	const char *name;	/* `plan:` or NULL */
	rdate as_of;	/* DATE_NONE when the plan gives none */
	bool terraform;
	bool yaml;	/* a YAML plan: its waivers apply to the run's other formats (rsd_check_run) */
	const char *classes_file;	/* the --classes file read, NULL: none (classes.c) */
	struct plan_store *stores;
	uint32_t nstores, cap_stores;
	struct plan_flow *flows;
	uint32_t nflows, cap_flows;
	struct plan_flow_cold *flow_cold;	/* struct plan_flow's cold */
	uint32_t nflow_cold, cap_flow_cold;
	struct bits *csets;	/* class sets of two classes or more (struct plan_flow's cset) */
	uint32_t ncsets, cap_csets;
	uint32_t *cset_hash;	/* 1 + index in csets, 0: empty slot */
	uint32_t cset_hash_size;
	struct plan_waiver *waivers;
	uint32_t nwaivers, cap_waivers;
	struct plan_note *notes;
	uint32_t nnotes, cap_notes;
	int32_t *store_hash;	/* name index for plan_find_store (lazy) */
	uint32_t store_hash_size;
};

struct rsd_plan *plan_new(const char *file);
void plan_free(struct rsd_plan *pl);
/* Append an entry (zeroed, endpoints/stores set to -1); pointer valid until the next add. */
struct plan_store *plan_add_store(struct rsd_plan *pl);
struct plan_flow *plan_add_flow(struct rsd_plan *pl);
struct plan_waiver *plan_add_waiver(struct rsd_plan *pl);
struct plan_note *plan_add_note(struct rsd_plan *pl);
/*
** The flows' fields outside struct plan_flow (see there).  Pointers into
** pl->flow_cold and pl->csets are valid until the next write of a flow's
** cold record or class set.
*/
extern const struct plan_flow_cold plan_flow_cold_none;	/* all zero */
extern const struct bits plan_cset_one[PLAN_CSET_TABLE];	/* [0] none, [1 + c] {c} */

static inline const struct plan_flow_cold *plan_flow_cold(const struct rsd_plan *pl, const struct plan_flow *f)
{
	return f->cold ? &pl->flow_cold[f->cold - 1] : &plan_flow_cold_none;
}
/* f's cold record for writing, made (zero) on first use. */
struct plan_flow_cold *plan_flow_cold_mut(struct rsd_plan *pl, struct plan_flow *f);

static inline const struct bits *plan_flow_classes(const struct rsd_plan *pl, const struct plan_flow *f)
{
	return f->cset < PLAN_CSET_TABLE ? &plan_cset_one[f->cset] : &pl->csets[f->cset - PLAN_CSET_TABLE];
}
static inline double plan_flow_subjects(const struct rsd_plan *pl, const struct plan_flow *f)
{
	return f->subj24 != PLAN_SUBJECTS_COLD ? (double)f->subj24 : plan_flow_cold(pl, f)->subjects_big;
}
void plan_flow_set_subjects(struct rsd_plan *pl, struct plan_flow *f, double subjects);

/* The flow's one class, or -1 when it has none or several. */
static inline int plan_flow_one_class(const struct plan_flow *f)
{
	return f->cset - 1u < BITS_MAX ? (int)f->cset - 1 : -1;
}
void plan_flow_set_classes(struct rsd_plan *pl, struct plan_flow *f, const struct bits *classes);

/*
** A flow's attestations m[0..n), kept (set: m itself, in the plan's arena;
** copy: a copy in it) only when mechmask cannot stand for them (struct
** plan_flow).
*/
void plan_flow_set_mechs(struct rsd_plan *pl, struct plan_flow *f, struct plan_mech *m, uint32_t n);
void plan_flow_copy_mechs(struct rsd_plan *pl, struct plan_flow *f, const struct plan_mech *m, uint32_t n);

/* Index of the store named name, or -1 (linear on first call, then hashed). */
int plan_find_store(const struct rsd_plan *pl, const char *name);

/*
** Resolve a place name ("DE", "aws:eu-west-1") against the policy.
** Returns false when it is neither a country code nor a declared location.
*/
bool place_resolve(const struct rsd_policy *p, const char *name, struct place *out);

/*
** A data-class list as tags write it (names separated by ',', '+' or
** blanks) into *out.  Calls unknown(ctx, name) for each name the policy
** does not declare.  Returns the number of names (0: the list names none).
*/
size_t plan_class_list(const struct rsd_policy *p, const char *v, struct bits *out,
		       void (*unknown)(void *ctx, const char *name), void *ctx);

/*
** Google location names as catalog names, shared by the Terraform and
** Cloud Asset Inventory loaders (plan.c), in arena a: "gcp:" + v, regions
** lower case ("europe-west1", also when spelt "EUROPE-WEST1"); with upper,
** GCS-style multi- and dual-regions ("eu", "EUR4") upper case, else kept
** as written ("eur3").  A zone ("europe-west1-b") with zone set: its region.
*/
const char *plan_gcp_name(struct arena *a, const char *v, bool upper, bool zone);
/* "projects/p/locations/europe-west1/keyRings/…" → "europe-west1" (in a), or NULL. */
const char *plan_gcp_path_location(struct arena *a, const char *v);
/*
** The multi-region where Cloud SQL keeps backups that name no location
** ("the closest multi-region"): gcp:EU, gcp:US, gcp:ASIA for a region
** "gcp:europe-*", "gcp:us-*", "gcp:asia-*"; NULL elsewhere (undocumented).
*/
const char *plan_gcp_sql_backup_multi(const char *region);

/* Give back the growth slack of the store and flow arrays (plan complete). */
void plan_shrink(struct rsd_plan *pl);

/* YAML plans (plan_yaml.c): errors go to d with file:line:col; NULL on error. */
struct rsd_plan *plan_load_yaml(const struct rsd_policy *p, const char *file,
				const char *data, size_t len, struct rsd_diags *d);
/* The same for xmalloc'd text (NUL at len) that d takes over: no copy. */
struct rsd_plan *plan_load_yaml_owned(const struct rsd_policy *p, const char *file,
				      char *text, size_t len, struct rsd_diags *d);
/* The same for a map_file mapping of maplen bytes (0: read, as above). */
struct rsd_plan *plan_load_yaml_mapped(const struct rsd_policy *p, const char *file,
				       char *text, size_t len, size_t maplen, struct rsd_diags *d);

/* Options of the Terraform loader. */
struct tf_opts {
	const char *class_tag;	/* default "data-classes" */
	const char *classes_file;	/* --classes mapping file or NULL */
	bool require_classes;	/* unclassified data-holding resources are errors */
	const char *const *default_regions;	/* "PROVIDER=REGION" (--default-region) */
	size_t ndefault_regions;
};
/* Terraform plan JSON (plan_tf.c). */
bool plan_is_terraform(const char *data, size_t len);
struct rsd_plan *plan_load_terraform(const struct rsd_policy *p, const char *file,
				     const char *data, size_t len,
				     const struct tf_opts *opts, struct rsd_diags *d);

/* Options of the CloudFormation loader. */
struct cfn_opts {
	const char *class_tag;	/* default "data-classes" */
	const char *region;	/* the stack's region, NULL: unknown */
	const char *region_why;	/* the unknown-location message's reason, NULL: a default */
	const char *classes_file;	/* --classes mapping file or NULL (classes.h) */
	bool require_classes;	/* unclassified data-holding resources are errors */
	const char *stack;	/* CloudFormation: the CDK stack (addresses STACK/LogicalId too), or NULL */
};
/* CloudFormation templates, YAML or JSON (plan_cfn.c). */
bool plan_is_cfn(const char *data, size_t len);
struct rsd_plan *plan_load_cfn(const struct rsd_policy *p, const char *file, const char *data, size_t len,
			       const struct cfn_opts *o, struct rsd_diags *d);
/* AWS Config configuration items and snapshots (plan_cfn.c). */
bool plan_is_awsconfig(const char *data, size_t len);
struct rsd_plan *plan_load_awsconfig(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				     const struct cfn_opts *o, struct rsd_diags *d);
/* Azure ARM templates and what-if results (plan_arm.c); o->region: the resource group's region. */
bool plan_is_arm(const char *data, size_t len);
struct rsd_plan *plan_load_arm(const struct rsd_policy *p, const char *file, const char *data, size_t len,
			       const struct cfn_opts *o, struct rsd_diags *d);

/* Google Cloud Asset Inventory exports, lists and searches (plan_gcpasset.c); o->region unused. */
bool plan_is_gcpasset(const char *data, size_t len);
struct rsd_plan *plan_load_gcpasset(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				    const struct cfn_opts *o, struct rsd_diags *d);

#endif
