/*
** decisions.c — in-process transfer decisions per second (docs/performance.md,
** measurement (a)).
**
**   decisions POLICY.rpl|default FLOWS.tsv [RUNS]
**
** Compiles the policy, builds a plan in memory with the public builder API
** (one flow per line of FLOWS.tsv), then times only rsd_check() over that
** plan, RUNS times after one warm-up, on one core.  A decision is one
** (class, source country, destination country) triple of a flow: the flow's
** classes x the countries of its source x the countries of its destination,
** counted here with the policy's own place tables.
**
** FLOWS.tsv: lines starting with '#' are comments; other lines have at least
** 5 tab-separated fields, `classes from to mechanisms encrypted`, classes and
** mechanisms comma-separated ('-' for none), encrypted 1/0 — the format of
** the Cedar peer's requests.tsv, whose 6th field (allow/deny) is then checked
** against the verdicts: a flow is denied when a finding names it.  Flows are
** named by their line number.
**
** Prints one line: `decisions flows=… decisions=… runs=… median_ms=…
** dec_per_s=… cpu_ms=… cpu_dec_per_s=… denies=… expected_denies=…`
** (expected_denies=-1 without the 6th field): medians of the wall time and of
** the thread's CPU time (what the check cost on its core, whatever else the
** machine runs).  Exit 1 when the deny counts differ, 2 on bad input.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "residency.h"
#include "timing.h"
#include "plan.h"

#define MAXF 64

/* Split s in place at sep; returns the number of fields (at most max). */
static size_t split(char *s, char sep, char **out, size_t max)
{
	size_t n = 0;
	out[n++] = s;
	for (char *p = s; *p && n < max; p++)
		if (*p == sep) {
			*p = 0;
			out[n++] = p + 1;
		}
	return n;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 20, n = 0, r;
	char *buf = malloc(cap + 1);
	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap + 1);
		}
	}
	fclose(f);
	if (buf)
		buf[n] = 0;
	*len = n;
	return buf;
}

static unsigned popcount(struct bits b)
{
	unsigned n = 0;
	for (int i = 0; i < 4; i++)
		n += (unsigned)__builtin_popcountll(b.w[i]);
	return n;
}

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: decisions POLICY.rpl|default FLOWS.tsv [RUNS]\n");
		return 2;
	}
	int runs = argc == 4 ? atoi(argv[3]) : 5;
	if (runs < 1)
		runs = 1;

	rsd_compile_opts co;
	rsd_compile_opts_init(&co);
	co.use_env = 0;
	rsd_diags *d = rsd_diags_new();
	rsd_policy *p;
	if (strcmp(argv[1], "default") == 0) {
		p = rsd_policy_default(&co, d);
	} else {
		const char *paths[1] = {argv[1]};
		p = rsd_policy_compile_files(paths, 1, &co, d);
	}
	if (!p) {
		rsd_diags_print(d, stderr, 0);
		return 2;
	}

	size_t len;
	char *text = slurp(argv[2], &len);
	if (!text) {
		perror(argv[2]);
		return 2;
	}
	rsd_plan *pl = rsd_plan_new(p, argv[2]);
	unsigned lineno = 0;
	long expected = -1;
	char name[32];
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		lineno++;
		if (line[0] == '#' || line[0] == 0)
			continue;
		char *f[8], *cls[MAXF], *mn[MAXF];
		size_t nf = split(line, '\t', f, 8);
		if (nf < 5) {
			fprintf(stderr, "%s:%u: expected at least 5 fields\n", argv[2], lineno);
			return 2;
		}
		size_t nc = split(f[0], ',', cls, MAXF);
		size_t nm = strcmp(f[3], "-") == 0 ? 0 : split(f[3], ',', mn, MAXF);
		rsd_mechanism_spec ms[MAXF];
		for (size_t i = 0; i < nm; i++)
			ms[i] = (rsd_mechanism_spec){mn[i], RSD_DATE_NONE, NULL};
		snprintf(name, sizeof name, "%u", lineno);
		rsd_flow_spec fs = {
			.name = name, .from = f[1], .to = f[2],
			.classes = (const char *const *)cls, .nclasses = nc,
			.encrypted_in_transit = strcmp(f[4], "1") == 0,
			.mechanisms = ms, .nmechanisms = nm,
		};
		if (rsd_plan_add_flow(pl, p, &fs, d) != 0) {
			fprintf(stderr, "%s:%u: ", argv[2], lineno);
			rsd_diags_print(d, stderr, 0);
			return 2;
		}
		if (nf >= 6) {
			if (expected < 0)
				expected = 0;
			expected += strcmp(f[5], "deny") == 0;
		}
	}

	rsd_check_opts o;
	rsd_check_opts_init(&o);
	rsd_date_parse("2026-01-01", &o.as_of);

	/* decisions: classes x source countries x destination countries */
	struct bits *sets = policy_sets_at(p, o.as_of);
	unsigned long long decisions = 0;
	for (uint32_t i = 0; i < pl->nflows; i++) {
		const struct plan_flow *fl = &pl->flows[i];
		if (fl->from.store >= 0 || fl->to.store >= 0) {
			fprintf(stderr, "decisions: flows between stores are not counted\n");
			return 2;
		}
		decisions += (unsigned long long)popcount(*plan_flow_classes(pl, fl)) *
			     popcount(place_countries(p, sets, fl->from.place)) *
			     popcount(place_countries(p, sets, fl->to.place));
	}
	free(sets);

	/* warm-up, and the verdicts */
	rsd_result *r = rsd_check(p, pl, &o);
	long denies = 0;
	unsigned char *denied = calloc(lineno + 1, 1);
	for (size_t i = 0; i < rsd_result_count(r); i++) {
		if (strcmp(rsd_finding_kind(r, i), "transfer") != 0 || rsd_finding_waived(r, i) ||
		    rsd_finding_severity(r, i) != RSD_ERROR)
			continue;
		unsigned long at = strtoul(rsd_finding_fact(r, i), NULL, 10);
		if (at == 0 || at > lineno) {
			fprintf(stderr, "decisions: finding for unknown flow '%s'\n", rsd_finding_fact(r, i));
			return 2;
		}
		denies += !denied[at];
		denied[at] = 1;
	}
	free(denied);
	rsd_result_free(r);

	double *wall = calloc((size_t)runs, sizeof *wall), *cpu = calloc((size_t)runs, sizeof *cpu);
	for (int k = 0; k < runs; k++) {
		double t0 = now_ms(CLOCK_MONOTONIC), c0 = now_ms(CLOCK_THREAD_CPUTIME_ID);
		r = rsd_check(p, pl, &o);
		cpu[k] = now_ms(CLOCK_THREAD_CPUTIME_ID) - c0;
		wall[k] = now_ms(CLOCK_MONOTONIC) - t0;
		rsd_result_free(r);
	}
	double mw = median(wall, runs), mc = median(cpu, runs);
	printf("decisions flows=%u decisions=%llu runs=%d median_ms=%.3f dec_per_s=%.0f "
	       "cpu_ms=%.3f cpu_dec_per_s=%.0f denies=%ld expected_denies=%ld\n",
	       pl->nflows, decisions, runs, mw, decisions / (mw / 1e3), mc, decisions / (mc / 1e3),
	       denies, expected);

	free(wall);
	free(cpu);
	free(text);
	rsd_plan_free(pl);
	rsd_policy_free(p);
	rsd_diags_free(d);
	return expected >= 0 && expected != denies;
}
