/*
** plan_armext.h — the ARM loader's resource model for other front ends
** whose resources are ARM resources under another name: Pulumi's Azure
** Native provider (plan_pulumi.c), whose resources mirror ARM's.  They hand
** over ARM-shaped document nodes (type, name, location, sku, kind, tags,
** properties); stores, replicas, backup copies, classes (tags and the
** --classes file) and the fail-closed notes are the ARM loader's own
** (docs/azure.md).
*/
#ifndef RSD_PLAN_ARMEXT_H
#define RSD_PLAN_ARMEXT_H

#include "classes.h"
#include "doc.h"
#include "plan.h"

/*
** @node: the ARM-shaped resource: "type" an ARM type the loader models
**   (plan_arm_models), "name" its address in findings and --classes globs;
**   values are literals (a string "[…]" is an expression: escape a literal
**   one as "[[…]"; an unknown value is an expression the loader cannot
**   evaluate, such as "[unknown()]")
** @pos: where the resource starts in the file (every finding on it)
** @registry: a Microsoft.ContainerRegistry/registries/replications
**   resource: the name (@node's) of the registry it replicates; NULL: that
**   registry cannot be determined.  Its store, if any, gets the replica.
*/
struct arm_ext_res {
	const struct doc_node *node;
	struct plan_pos pos;
	const char *registry;
};

/*
** @from: what the values were read from, in messages ("the Pulumi file")
** @noloc: why a resource without any location has none (the message's reason)
** @unknown: why a location that is present but not known is unknown
** @source: with src NULL, gives the file for an error's caret line when
**   the first error is made (a copy of a large file only if needed)
*/
struct arm_ext_opts {
	const char *class_tag;
	bool require_classes;
	const char *from, *noloc, *unknown;
	const struct src_file *(*source)(void *ctx);
	void *source_ctx;
};

/*
** Add the stores and notes of n resources to pl, whose arena holds the
** nodes; cf: the --classes map (NULL: none; its unused entries are the
** caller's to report); src: the file, for errors (or o->source).  false:
** errors on d.
*/
bool plan_arm_ext(const struct rsd_policy *p, struct rsd_plan *pl, struct cf_map *cf, const struct src_file *src,
		  const struct arm_ext_opts *o, const struct arm_ext_res *res, size_t n, struct rsd_diags *d);

/* Whether the loader models the ARM type (case-insensitive), replications of registries included. */
bool plan_arm_models(const char *type);

#endif
