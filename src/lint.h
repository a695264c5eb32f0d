/*
** lint.h — `residency lint` analyses (TOOL.md §3): unused declarations,
** regions empty on the date, rules that can never apply, requirements no
** fact can satisfy, classes the store rules leave no compliant location.
** docs/toolkit.md lists each warning and the choices behind it.
*/
#ifndef RSD_LINT_H
#define RSD_LINT_H

#include "diag.h"
#include "policy.h"

/*
** Queue the analysis warnings about declarations of the policy's root files
** on d (whose registered source files give the printer its source lines),
** judged on date.  Returns the number of warnings added.
*/
int lint_policy(const struct rsd_policy *p, rdate date, struct rsd_diags *d);

#endif
