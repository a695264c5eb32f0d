/*
** lower.h — AST (checked by sema.c, no errors) → struct rsd_policy.
*/
#ifndef RSD_LOWER_H
#define RSD_LOWER_H

#include "policy.h"
#include "sema.h"

/*
** Build the compiled policy from an analysed compilation.  files: the
** loaded files (copied).  Calls policy_index().  The caller owns the
** result (policy_free).  Only call when sema recorded no error.
*/
struct rsd_policy *lower_policy(struct sema *S, const struct pol_file *files, uint32_t nfiles);

/*
** One checked fact → struct pol_fact, allocated in a.  file: index of its
** policy file (-1: none).
*/
void lower_fact(struct arena *a, const struct ast_fact *f, int32_t file, struct pol_fact *out);

/* The IR position of an AST location. */
struct pol_loc lower_loc(const struct ast_loc *loc);

#endif
