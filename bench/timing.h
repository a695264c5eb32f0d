/*
** timing.h — clocks and medians shared by the in-process benchmark
** programs (bench/decisions.c, bench/compile.c).
*/
#ifndef RSD_BENCH_TIMING_H
#define RSD_BENCH_TIMING_H

#include <stdlib.h>
#include <time.h>

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Milliseconds on clock clk (CLOCK_MONOTONIC, CLOCK_THREAD_CPUTIME_ID). */
static inline double now_ms(clockid_t clk)
{
	struct timespec ts;
	clock_gettime(clk, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Median of v[0..n) (sorts v). */
static inline double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

#endif
