/*
** testrun.c — `residency test`: each test block of a root policy file
** becomes a plan, evaluated on the test's date; the set of violated rules
** is compared with the test's `expect` (LANGUAGE.md §4).  Output format:
** docs/testing.md.
*/
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "testrun.h"
#include "util.h"

static const char *fact_name(struct rsd_plan *pl, const struct pol_fact *f, uint32_t i)
{
	if (f->name)
		return f->name;
	char buf[32];
	snprintf(buf, sizeof buf, "%s#%u", f->kind == FACT_STORE ? "store" : "transfer", i + 1);
	return arena_strdup(&pl->arena, buf);
}

static struct plan_mech *copy_mechs(struct rsd_plan *pl, const struct pol_fact *f, struct plan_pos pos)
{
	struct plan_mech *m = arena_alloc(&pl->arena, (f->nmechs + 1) * sizeof *m);
	for (uint32_t i = 0; i < f->nmechs; i++)
		m[i] = (struct plan_mech){ f->mechs[i].mech, f->mechs[i].expires, NULL, pos };
	return m;
}

static struct plan_placeref *copy_refs(struct rsd_plan *pl, const struct place *v, uint32_t n,
				       struct plan_pos pos)
{
	struct plan_placeref *r = arena_alloc(&pl->arena, (n + 1) * sizeof *r);
	for (uint32_t i = 0; i < n; i++)
		r[i] = (struct plan_placeref){ v[i], pos };
	return r;
}

/* See testrun.h. */
struct rsd_plan *testrun_plan(const struct rsd_policy *p, const struct pol_fact *facts,
			      uint32_t nfacts, const char *file)
{
	struct rsd_plan *pl = plan_new(file);
	int32_t *store_of = xmalloc((nfacts ? nfacts : 1) * sizeof *store_of);

	(void)p;
	for (uint32_t i = 0; i < nfacts; i++) {
		const struct pol_fact *f = &facts[i];
		struct plan_pos pos = { f->loc.line, f->loc.col };
		store_of[i] = -1;
		if (f->kind == FACT_STORE) {
			store_of[i] = (int32_t)pl->nstores;
			struct plan_store *s = plan_add_store(pl);
			s->name = fact_name(pl, f, i);
			s->pos = pos;
			s->primary = arena_alloc(&pl->arena, (f->nplaces + 1) * sizeof *s->primary);
			if (f->nplaces)
				memcpy(s->primary, f->places, f->nplaces * sizeof *s->primary);
			s->nprimary = f->nplaces;
			s->replicas = copy_refs(pl, f->replicas, f->nreplicas, pos);
			s->nreplicas = f->nreplicas;
			s->backups = copy_refs(pl, f->backups, f->nbackups, pos);
			s->nbackups = f->nbackups;
			s->origin = f->origin;
			s->norigin = f->norigin;
			s->has_origin = f->norigin > 0;
			s->classes = f->classes;
			s->enc_at_rest = f->enc_at_rest;
			s->enc_in_transit = f->enc_in_transit;
			s->pseudonymized = f->pseudonymized;
			s->anonymized = f->anonymized;
			s->has_key = f->has_key;
			s->key = f->key;
			s->subjects = f->subjects;
			s->has_subjects = f->has_subjects;
			s->mechs = copy_mechs(pl, f, pos);
			s->nmechs = f->nmechs;
			s->attrs = f->attrs;
			s->nattrs = f->nattrs;
			continue;
		}
		struct plan_flow *fl = plan_add_flow(pl);
		fl->name = fact_name(pl, f, i);
		fl->pos = pos;
		int32_t ends[2] = { f->from_store, f->to_store };
		struct plan_endpoint *ep[2] = { &fl->from, &fl->to };
		const struct place *pls[2] = { &f->from, &f->to };
		for (int k = 0; k < 2; k++) {
			if (ends[k] < 0) {
				ep[k]->store = -1;
				ep[k]->place = *pls[k];
			} else if ((uint32_t)ends[k] < i && store_of[ends[k]] >= 0) {
				ep[k]->store = store_of[ends[k]];
			} else {
				xfree(store_of);
				plan_free(pl);
				return NULL;
			}
		}
		plan_flow_set_classes(pl, fl, &f->classes);
		plan_flow_set_mechs(pl, fl, copy_mechs(pl, f, pos), f->nmechs);
		fl->enc_in_transit = f->enc_in_transit;
		fl->pseudonymized = f->pseudonymized;
		fl->anonymized = f->anonymized;
		fl->has_subjects = f->has_subjects;
		plan_flow_set_subjects(pl, fl, f->subjects);
		if (f->attrs || f->nattrs) {
			struct plan_flow_cold *c = plan_flow_cold_mut(pl, fl);
			c->attrs = f->attrs;
			c->nattrs = f->nattrs;
		}
	}
	xfree(store_of);
	return pl;
}

/* ---------------------------------------------------------------- reporting */

static int cmp_rule_name(const void *a, const void *b, const struct rsd_policy *p)
{
	return strcmp(p->rules[*(const int32_t *)a].name, p->rules[*(const int32_t *)b].name);
}

/* Sort rule indexes by name and drop duplicates (insertion sort: tiny sets). */
static uint32_t sort_rules(const struct rsd_policy *p, int32_t *v, uint32_t n)
{
	for (uint32_t i = 1; i < n; i++)
		for (uint32_t j = i; j > 0 && cmp_rule_name(&v[j - 1], &v[j], p) > 0; j--) {
			int32_t t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	uint32_t m = 0;
	for (uint32_t i = 0; i < n; i++)
		if (m == 0 || v[m - 1] != v[i])
			v[m++] = v[i];
	return m;
}

static void print_set(FILE *out, const struct rsd_policy *p, const int32_t *v, uint32_t n)
{
	if (n == 0) {
		fputs("pass", out);
		return;
	}
	fputs("violation ", out);
	for (uint32_t i = 0; i < n; i++)
		fprintf(out, "%s%s", i ? ", " : "", p->rules[v[i]].name);
}

static bool in_set(const int32_t *v, uint32_t n, int32_t x)
{
	for (uint32_t i = 0; i < n; i++)
		if (v[i] == x)
			return true;
	return false;
}

/* One line per violation: "[rule] fact: classes; pairs; failed: text; …" */
static void print_violation(FILE *out, const struct rsd_policy *p, const struct finding *f)
{
	const struct pol_rule *r = &p->rules[f->rule];
	fprintf(out, "    [%s] %s:", r->name, f->fact);
	const char *sep = " ";
	BITS_FOREACH(c, finding_classes(f)) {
		fprintf(out, "%s%s", sep, (uint32_t)c < p->nclasses ? p->classes[c].name : "?");
		sep = ", ";
	}
	if (f->npairs) {
		const struct country_pair *pp = finding_pairs(f);
		fputs(";", out);
		for (uint32_t i = 0; i < f->npairs && i < 8; i++)
			fprintf(out, "%s%s -> %s", i ? ", " : " ", country_code(pp[i].from), country_code(pp[i].to));
		if (f->npairs > 8)
			fprintf(out, ", ... (%u pairs)", f->npairs);
	}
	fputc('\n', out);
	for (uint32_t i = 0; i < f->nfailed; i++)
		fprintf(out, "      failed: require %s\n", r->requires[finding_failed(f)[i]].text);
}

static void print_failure(FILE *out, const struct rsd_policy *p, const struct pol_test *t, rdate date,
			  const int32_t *exp, uint32_t nexp, const int32_t *act, uint32_t nact,
			  const struct rsd_result *res)
{
	char db[11];
	const char *file = t->loc.file >= 0 && (uint32_t)t->loc.file < p->nfiles ? p->files[t->loc.file].path : "?";

	date_format(date, db);
	fprintf(out, "FAIL %s:%u:%u: test \"%s\" (as_of %s)\n", file, t->loc.line, t->loc.col, t->name, db);
	fputs("  facts:\n", out);
	for (uint32_t i = 0; i < t->nfacts; i++)
		fprintf(out, "    %s\n", t->facts[i].text ? t->facts[i].text : "?");
	fputs("  expected: ", out);
	print_set(out, p, exp, nexp);
	fputs("\n  actual:   ", out);
	print_set(out, p, act, nact);
	fputc('\n', out);
	bool any = false;
	for (uint32_t i = 0; i < nexp; i++)
		if (!in_set(act, nact, exp[i])) {
			fprintf(out, "%s%s", any ? ", " : "  missing:    ", p->rules[exp[i]].name);
			any = true;
		}
	if (any)
		fputc('\n', out);
	any = false;
	for (uint32_t i = 0; i < nact; i++)
		if (!in_set(exp, nexp, act[i])) {
			fprintf(out, "%s%s", any ? ", " : "  unexpected: ", p->rules[act[i]].name);
			any = true;
		}
	if (any)
		fputc('\n', out);
	if (res && nact) {
		fputs("  violations:\n", out);
		for (uint32_t i = 0; i < res->nfindings; i++)
			if (res->findings[i].rule >= 0 && res->findings[i].status == FINDING_VIOLATION)
				print_violation(out, p, &res->findings[i]);
	}
}

/* ---------------------------------------------------------------- running */

/* See testrun.h. */
int testrun_run(const struct rsd_policy *p, rdate default_as_of, bool coverage, FILE *out,
		unsigned *passed, unsigned *failed)
{
	bool *exercised = xcalloc(p->nrules ? p->nrules : 1, sizeof *exercised);
	int32_t *act = xmalloc((p->nrules ? p->nrules : 1) * sizeof *act);
	int32_t *exp = NULL;
	int rc = 0;

	if (default_as_of == DATE_NONE)
		default_as_of = date_today();
	for (uint32_t ti = 0; ti < p->ntests; ti++) {
		const struct pol_test *t = &p->tests[ti];
		if (t->loc.file < 0 || (uint32_t)t->loc.file >= p->nfiles || !p->files[t->loc.file].root)
			continue;
		rdate date = t->as_of != DATE_NONE ? t->as_of : default_as_of;
		xfree(exp);
		exp = xmalloc((t->nexpect + 1) * sizeof *exp);
		uint32_t nexp = 0;
		if (!t->expect_pass)
			for (uint32_t i = 0; i < t->nexpect; i++)
				exp[nexp++] = t->expect[i];
		nexp = sort_rules(p, exp, nexp);

		struct rsd_plan *pl = testrun_plan(p, t->facts, t->nfacts, p->files[t->loc.file].path);
		if (!pl) {
			fprintf(out, "FAIL %s:%u:%u: test \"%s\": a transfer names a store that is not an earlier fact of the test\n",
				p->files[t->loc.file].path, t->loc.line, t->loc.col, t->name);
			(*failed)++;
			rc = -1;
			continue;
		}
		struct eval_opts o = { date, 30, coverage };
		struct rsd_result *res = eval_check(p, pl, &o);
		uint32_t nact = 0;
		for (uint32_t i = 0; i < res->nfindings; i++)
			if (res->findings[i].rule >= 0 && res->findings[i].status == FINDING_VIOLATION)
				act[nact++] = res->findings[i].rule;
		nact = sort_rules(p, act, nact);
		for (uint32_t i = 0; i < res->napplied; i++)
			exercised[res->applied[i].rule] = true;

		bool ok = nact == nexp;
		for (uint32_t i = 0; ok && i < nact; i++)
			ok = act[i] == exp[i];
		if (ok) {
			(*passed)++;
		} else {
			(*failed)++;
			if (rc == 0)
				rc = 1;
			print_failure(out, p, t, date, exp, nexp, act, nact, res);
		}
		result_free(res);
		plan_free(pl);
	}

	if (coverage) {
		uint32_t n = 0;
		for (uint32_t r = 0; r < p->nrules; r++) {
			const struct pol_rule *pr = &p->rules[r];
			/* the files named and every file they import but the
			   built-in library's: a tests file that imports the
			   policy it tests covers that policy's rules */
			bool own = pr->loc.file >= 0 && (uint32_t)pr->loc.file < p->nfiles &&
				   (p->files[pr->loc.file].root ||
				    strncmp(p->files[pr->loc.file].path, "<lib>/", 6) != 0);
			if (!own || exercised[r])
				continue;
			if (n++ == 0)
				fputs("rules not exercised by any test:\n", out);
			fprintf(out, "  %s:%u: %s\n", p->files[pr->loc.file].path, pr->loc.line, pr->name);
		}
		if (n == 0)
			fputs("coverage: every rule was exercised by a test\n", out);
	}
	xfree(exp);
	xfree(act);
	xfree(exercised);
	return rc;
}
