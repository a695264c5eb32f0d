/*
** where.h — `residency where` (TOOL.md §3) and the helpers lint and diff
** share with it: evaluating one fact template at every place in one run of
** the evaluator, and naming a set of countries with declared regions.
*/
#ifndef RSD_WHERE_H
#define RSD_WHERE_H

#include <stdio.h>

#include "eval.h"
#include "util.h"

/*
** Every place of the policy: the 249 countries (by index), then every
** catalog location (sorted by name).  *n gets the count; caller frees.
*/
struct place *where_all_places(const struct rsd_policy *p, uint32_t *n);

/*
** Evaluate the template fact f once per place on date d, in one plan: a
** store template becomes one store per place (the place as its only
** primary location), a transfer template one transfer per place (the place
** as its destination).  The facts are named "#I" (I: index in places), so
** where_finding_place() maps each finding back.  Returns the result; the
** plan is returned in *plan_out and must outlive it (free both).
*/
struct rsd_result *where_eval(const struct rsd_policy *p, const struct pol_fact *f,
			      const struct place *places, uint32_t n, rdate d,
			      struct rsd_plan **plan_out);

/*
** Evaluate facts[0..n) (stores and transfers whose endpoints are places) in
** one plan on date d; each fact is named "#I" (I: its index) for
** where_finding_place().  facts[i].name is overwritten (NULL on return).
*/
struct rsd_result *where_eval_facts(const struct rsd_policy *p, struct pol_fact *facts, uint32_t n,
				    rdate d, struct rsd_plan **plan_out);

/* The index in places of the fact a where_eval finding is about, or -1 for
   findings that are not rule violations (tool findings, waived). */
int where_finding_place(const struct finding *f);

/*
** Append a readable name of the country set s to sb: "WORLD"; else the
** largest declared regions (of at least two countries, as materialised in
** sets) that lie wholly inside s, then the remaining country codes; a set
** of more than half the world is written "all except …".  "none" when empty.
*/
void where_describe(struct strbuf *sb, const struct rsd_policy *p, const struct bits *sets,
		    const struct bits *s);

/*
** `residency where QUERY`: QUERY is "CLASS {, CLASS} [from PLACE] [with
** PROP {, PROP}]".  Prints the places where the store (or the transfer
** from PLACE) violates no rule.  Returns 0, or -1 with errors on d (and
** nothing printed); the errors point into QUERY itself, registered as the
** file "<query>", at the columns the user wrote.
*/
int where_run(const struct rsd_policy *p, const char *query, rdate d, FILE *out,
	      struct rsd_diags *diags);

#endif
