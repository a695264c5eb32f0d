/*
** compile.c — policy compile time and peak memory (docs/performance.md,
** measurement (d)).
**
**   compile default|POLICY.rpl [RUNS]
**   compile --pair A.rpl B.rpl [RUNS]
**
** Compiles the built-in standard library (`import "default"`, through
** rsd_policy_default) or one policy file with the public API, RUNS times
** (default 11), freeing each policy before the next.  Prints one line:
** `compile rules=… runs=… median_ms=… cpu_ms=… rss_before_kb=… peak_rss_kb=…`
** (medians of wall and thread CPU time);
** peak_rss_kb is the process's maximum resident set (getrusage), reached
** during one compilation since each policy is freed before the next.
**
** --pair: one warm-up compilation of each, then RUNS rounds of A then B;
** prints `compile-pair runs=… median_ms_a=… median_ms_b=… ratio=…
** cpu_ratio=…`, the ratios being the medians of the per-round ratios A/B
** (both compilations of a round ran on the machine in the same state).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "residency.h"
#include "timing.h"

static long maxrss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* Compile path (or the standard library for "default") once; wall and
   thread CPU ms through *wall and *cpu; the rule count, or -1 on error. */
static long compile_once(const char *path, const rsd_compile_opts *co, double *wall, double *cpu)
{
	rsd_diags *d = rsd_diags_new();
	double t0 = now_ms(CLOCK_MONOTONIC), c0 = now_ms(CLOCK_THREAD_CPUTIME_ID);
	rsd_policy *p;
	if (strcmp(path, "default") == 0) {
		p = rsd_policy_default(co, d);
	} else {
		const char *paths[1] = {path};
		p = rsd_policy_compile_files(paths, 1, co, d);
	}
	*cpu = now_ms(CLOCK_THREAD_CPUTIME_ID) - c0;
	*wall = now_ms(CLOCK_MONOTONIC) - t0;
	long rules = -1;
	if (p) {
		rules = (long)rsd_policy_rule_count(p);
		rsd_policy_free(p);
	} else {
		rsd_diags_print(d, stderr, 0);
	}
	rsd_diags_free(d);
	return rules;
}

static int pair(const char *a, const char *b, int runs, const rsd_compile_opts *co)
{
	double w, c;
	if (compile_once(a, co, &w, &c) < 0 || compile_once(b, co, &w, &c) < 0)
		return 2;
	double *wa = calloc((size_t)runs, sizeof *wa), *wb = calloc((size_t)runs, sizeof *wb);
	double *wr = calloc((size_t)runs, sizeof *wr), *cr = calloc((size_t)runs, sizeof *cr);
	for (int k = 0; k < runs; k++) {
		double ca, cb;
		if (compile_once(a, co, &wa[k], &ca) < 0 || compile_once(b, co, &wb[k], &cb) < 0)
			return 2;
		wr[k] = wa[k] / wb[k];
		cr[k] = ca / cb;
	}
	printf("compile-pair runs=%d median_ms_a=%.3f median_ms_b=%.3f ratio=%.4f cpu_ratio=%.4f\n", runs,
	       median(wa, runs), median(wb, runs), median(wr, runs), median(cr, runs));
	free(wa);
	free(wb);
	free(wr);
	free(cr);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && argc <= 5 && strcmp(argv[1], "--pair") == 0) {
		rsd_compile_opts co;
		rsd_compile_opts_init(&co);
		co.use_env = 0;
		int runs = argc == 5 ? atoi(argv[4]) : 11;
		return pair(argv[2], argv[3], runs < 1 ? 1 : runs, &co);
	}
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: compile default|POLICY.rpl [RUNS]\n       compile --pair A.rpl B.rpl [RUNS]\n");
		return 2;
	}
	int runs = argc == 3 ? atoi(argv[2]) : 11;
	if (runs < 1)
		runs = 1;
	rsd_compile_opts co;
	rsd_compile_opts_init(&co);
	co.use_env = 0;
	long before = maxrss_kb();
	double *wall = calloc((size_t)runs, sizeof *wall), *cpu = calloc((size_t)runs, sizeof *cpu);
	size_t rules = 0;
	for (int k = 0; k < runs; k++) {
		long n = compile_once(argv[1], &co, &wall[k], &cpu[k]);
		if (n < 0)
			return 2;
		rules = (size_t)n;
	}
	double mw = median(wall, runs), mc = median(cpu, runs);
	printf("compile rules=%zu runs=%d median_ms=%.3f cpu_ms=%.3f rss_before_kb=%ld peak_rss_kb=%ld\n",
	       rules, runs, mw, mc, before, maxrss_kb());
	free(wall);
	free(cpu);
	return 0;
}
