/*
** stdlib_files.h — the standard library embedded at build time
** (build/gen/stdlib.c, made by scripts/embed.c from policies/).
*/
#ifndef RSD_STDLIB_FILES_H
#define RSD_STDLIB_FILES_H

#include <stddef.h>

/* @name: path relative to policies/, e.g. "laws/eu_gdpr.rpl" */
struct stdlib_file {
	const char *name;
	const char *data;
	size_t len;
};
extern const struct stdlib_file stdlib_files[];
extern const size_t stdlib_nfiles;

#endif
