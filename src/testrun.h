/*
** testrun.h — `residency test`: runs the test blocks of a compiled policy
** (LANGUAGE.md §4) through the evaluator and reports failures
** (docs/testing.md describes the output).
*/
#ifndef RSD_TESTRUN_H
#define RSD_TESTRUN_H

#include <stdbool.h>
#include <stdio.h>

#include "eval.h"

/*
** Build a plan from the facts of one test (or one explained fact).
** Unnamed facts are named store#N / transfer#N (N: 1-based position among
** facts).  A transfer endpoint from_store / to_store is the index in facts[]
** of an earlier store fact.  file: the plan's file name (the policy file
** holding the test).  Returns NULL when an endpoint index does not name an
** earlier store fact (a compiler bug: never guess).  Free with plan_free().
*/
struct rsd_plan *testrun_plan(const struct rsd_policy *p, const struct pol_fact *facts,
			      uint32_t nfacts, const char *file);

/*
** Run the tests written in the policy's root files, each on its own as_of,
** else default_as_of (DATE_NONE: today, UTC).  Prints each failing test
** (and, with coverage, the rules of root files no test exercised) to out;
** adds to *passed and *failed.  Returns 0 when every test passed, 1 when
** some failed, -1 when a test could not be run (counted as failed).
*/
int testrun_run(const struct rsd_policy *p, rdate default_as_of, bool coverage, FILE *out,
		unsigned *passed, unsigned *failed);

#endif
