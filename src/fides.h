/*
** fides.h — Fides data maps (fideslang systems and datasets) read as plans
** (import_fides.c), and vendors' sub-processor lists read from CSV
** (import_csv.c).  docs/fides.md and docs/vendors.md describe both.
*/
#ifndef RSD_FIDES_H
#define RSD_FIDES_H

#include "diag.h"
#include "plan.h"
#include "policy.h"
#include "util.h"

struct fides_opts {
	const char *locations_file;	/* YAML mapping fides_key -> place, or NULL */
	const char *categories_file;	/* YAML mapping category -> classes, or NULL: built-in */
	size_t max_size;	/* per input file (0: 1 GiB) */
};

/* A YAML text whose top level has a `system:` or `dataset:` key (Fides). */
bool plan_is_fides(const char *data, size_t len);

/* One Fides file as a plan (positions point into it); text is xmalloc'd,
   NUL-terminated at len, and taken over by d.  NULL on error. */
struct rsd_plan *plan_load_fides(const struct rsd_policy *p, const char *file, char *text,
				 size_t len, const struct fides_opts *o, struct rsd_diags *d);

/* A Fides file, or every .yml/.yaml file below a directory, as the text of
   a YAML plan appended to out.  Returns false with errors on d. */
bool fides_import(const struct rsd_policy *p, const char *path, const struct fides_opts *o,
		  struct strbuf *out, struct rsd_diags *d);

/* A sub-processor list (CSV: name, purpose, country) as a YAML
   `subprocessors:` list appended to out.  Returns false with errors on d. */
bool subprocessors_import(const char *path, size_t max_size, struct strbuf *out,
			  struct rsd_diags *d);

#endif
