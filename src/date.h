/*
** date.h — calendar dates as days since 1970-01-01 (proleptic Gregorian).
*/
#ifndef RSD_DATE_H
#define RSD_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t rdate;
#define DATE_NONE INT32_MIN	/* "no date given" */
#define DATE_MIN (INT32_MIN + 1)	/* open lower bound (no `since`) */
#define DATE_MAX INT32_MAX	/* open upper bound (no `until`) */

/*
** Parse exactly "YYYY-MM-DD" (n bytes, no more) into *out.  Returns false
** for bad syntax or an impossible date (2023-02-30).  Years 0001..9999.
*/
bool date_parse(const char *s, size_t n, rdate *out);
/* Write "YYYY-MM-DD" plus NUL into buf (11 bytes). */
void date_format(rdate d, char buf[11]);
rdate date_from_ymd(int y, int m, int d);
/* Today's date in UTC. */
rdate date_today(void);

#endif
