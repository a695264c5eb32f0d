/*
** plan_tfext.h — the Terraform loader's resource entry for other front
** ends that read resources with Terraform's attributes: deployed state
** (plan_tfstate.c: terraform.tfstate v4, `terraform show -json` of a
** state) and Pulumi (plan_pulumi.c: bridged providers' inputs/outputs
** renamed to Terraform's).  They hand over the resources in the
** planned_values shape; catalog, stores, flows, classes (tags and the
** --classes file), waivers, --default-region and fail-closed notes are
** the Terraform loader's own.
*/
#ifndef RSD_PLAN_TFEXT_H
#define RSD_PLAN_TFEXT_H

#include <jansson.h>

#include "plan.h"

/*
** @address: unique; names the resource in findings and --classes globs
** @type: the Terraform resource type (an unmapped type name is kept as
**   given: an unmodelled resource when classified)
** @values: its attributes (borrowed); @unknown: after_unknown shape or NULL
** @pos: where the resource starts in the file
** @region: its provider's region (AWS, Google), NULL: unknown
*/
struct tf_ext_res {
	const char *address;
	const char *type;
	json_t *values;
	json_t *unknown;
	struct plan_pos pos;
	const char *region;
};

/*
** Build a plan from n resources read from file (data, len: the text, for
** caret lines).  noregion says why a resource without a region has none
** (the message adds "; give it with --default-region PROVIDER=REGION").
** NULL with errors on d; the caller frees the plan with plan_free().
*/
struct rsd_plan *plan_load_tf_ext(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				  const struct tf_ext_res *res, size_t n, const char *noregion,
				  const struct tf_opts *opts, struct rsd_diags *d);

/*
** Another model's resources in the same file (Pulumi's Azure Native,
** through the ARM loader): called once the resources' stores are built and
** before the --classes entries that matched nothing are reported, with the
** plan and the --classes map (NULL: none).  false: it reported errors on d
** (the plan is then dropped).
*/
struct cf_map;
typedef bool (*tf_ext_more_fn)(void *ctx, struct rsd_plan *pl, struct cf_map *cf);
struct rsd_plan *plan_load_tf_ext_more(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				       const struct tf_ext_res *res, size_t n, const char *noregion,
				       const struct tf_opts *opts, tf_ext_more_fn more, void *ctx,
				       struct rsd_diags *d);

/*
** Give each of the n resources the position in data of its object objs[i]
** (a node of root, the JSON jansson parsed from data; see jpos.h).
*/
void tf_ext_place(const char *data, size_t len, json_t *root, json_t *const *objs, struct tf_ext_res *res,
		  size_t n);

/* Terraform state: v4 files and `terraform show -json` of a state (plan_tfstate.c). */
bool plan_is_tfstate(const char *data, size_t len);
struct rsd_plan *plan_load_tfstate(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				   const struct tf_opts *opts, struct rsd_diags *d);

/* Pulumi: `pulumi preview --json` and `pulumi stack export` (plan_pulumi.c). */
bool plan_is_pulumi(const char *data, size_t len);
struct rsd_plan *plan_load_pulumi(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				  const struct tf_opts *opts, struct rsd_diags *d);

/*
** The Terraform type (in the resource catalog) of a bridged provider's
** Pulumi type token, copied into buf; false when it maps to none.
*/
bool plan_pulumi_tf_type(const char *token, char *buf, size_t size);

/*
** The ARM type (one the ARM loader models) of an Azure Native token
** (azure-native:storage:StorageAccount), copied into buf; false when none.
*/
bool plan_pulumi_arm_type(const char *token, char *buf, size_t size);

#endif
