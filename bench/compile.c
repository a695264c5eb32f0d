/*
** compile.c — policy compile time and peak memory (docs/performance.md,
** measurement (d)).
**
**   compile default|POLICY.rpl [RUNS]
**
** Compiles the built-in standard library (`import "default"`, through
** rsd_policy_default) or one policy file with the public API, RUNS times
** (default 11), freeing each policy before the next.  Prints one line:
** `compile rules=… runs=… median_ms=… cpu_ms=… rss_before_kb=… peak_rss_kb=…`
** (medians of wall and thread CPU time);
** peak_rss_kb is the process's maximum resident set (getrusage), reached
** during one compilation since each policy is freed before the next.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "residency.h"

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double now_ms(clockid_t clk)
{
	struct timespec ts;
	clock_gettime(clk, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static long maxrss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: compile default|POLICY.rpl [RUNS]\n");
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
		rsd_diags *d = rsd_diags_new();
		double t0 = now_ms(CLOCK_MONOTONIC), c0 = now_ms(CLOCK_THREAD_CPUTIME_ID);
		rsd_policy *p;
		if (strcmp(argv[1], "default") == 0) {
			p = rsd_policy_default(&co, d);
		} else {
			const char *paths[1] = {argv[1]};
			p = rsd_policy_compile_files(paths, 1, &co, d);
		}
		cpu[k] = now_ms(CLOCK_THREAD_CPUTIME_ID) - c0;
		wall[k] = now_ms(CLOCK_MONOTONIC) - t0;
		if (!p) {
			rsd_diags_print(d, stderr, 0);
			return 2;
		}
		rules = rsd_policy_rule_count(p);
		rsd_policy_free(p);
		rsd_diags_free(d);
	}
	double mw = median(wall, runs), mc = median(cpu, runs);
	printf("compile rules=%zu runs=%d median_ms=%.3f cpu_ms=%.3f rss_before_kb=%ld peak_rss_kb=%ld\n",
	       rules, runs, mw, mc, before, maxrss_kb());
	free(wall);
	free(cpu);
	return 0;
}
