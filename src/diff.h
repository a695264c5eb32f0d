/*
** diff.h — `residency diff`: what a policy change changes (TOOL.md §3).
*/
#ifndef RSD_DIFF_H
#define RSD_DIFF_H

#include <stdio.h>

#include "eval.h"

/*
** The violated-destination sets of one transfer template, computed the
** vectorised way diff uses: a transfer of class cls (index in p) from
** country src to every country at once, attesting mechs (already valid),
** encrypted in transit or not, with no other property.  out[r] (one per
** rule of p) gets the destinations for which rule r is violated.  Exposed
** so tests can hold it against the evaluator.
*/
void diff_transfer_sets(const struct rsd_policy *p, const struct bits *sets, rdate d, int32_t cls,
			int src, struct bits mechs, bool enc, struct bits *out);

/*
** The same for a store of class cls at every country at once (no key, no
** flags but encrypted in transit): out[r] gets the store countries at
** which rule r is violated.
*/
void diff_store_sets(const struct rsd_policy *p, const struct bits *sets, rdate d, int32_t cls,
		     bool enc, struct bits *out);

/*
** Compare two policies on date d.  Without plan_path: every class (union by
** name), every (source, destination) country pair and store country, with
** no mechanism and with each declared mechanism (union by name), with and
** without encryption in transit; prints the changed verdicts grouped by
** class.  With plan_path: the findings that appear (+) and disappear (-).
** Returns 0 (no change), 1 (changes), -1 (error on diags).
*/
int diff_policies(const struct rsd_policy *old_p, const struct rsd_policy *new_p, const char *plan_path,
		  const void *plan_opts, rdate d, FILE *out, struct rsd_diags *diags);

#endif
