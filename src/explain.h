/*
** explain.h — `residency explain`: every rule's decision for one fact, with
** the reason (docs/testing.md describes the output).
*/
#ifndef RSD_EXPLAIN_H
#define RSD_EXPLAIN_H

#include <stdio.h>

#include "eval.h"

/*
** Print, for fact f (compiled from test syntax) on date, every rule of the
** policy in policy order and its decision: skipped (not in force, class not
** in scope, which scope clause or `when` failed) or applied (each require
** true/false, and pass/violation); a store's replica and backup transfers
** are explained after the store.  Ends with "verdict: pass" or
** "verdict: violation R, …".  Returns 0 when no rule is violated, 1 when
** some is, -1 when the fact cannot be explained on its own (a transfer
** endpoint names a store), with nothing printed.
*/
int explain_fact(const struct rsd_policy *p, const struct pol_fact *f, rdate date, FILE *out);

#endif
