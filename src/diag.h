/*
** diag.h — source files and diagnostic records.
**
** Every stage (compiler, plan loaders, evaluator, CLI) reports problems by
** queueing records on a struct rsd_diags; nothing prints until the caller asks
** diag_print().  Records carry the source file, so the printer can show the
** offending line with a caret under the span (LANGUAGE.md §6).
*/
#ifndef RSD_DIAG_H
#define RSD_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/*
** A loaded input file.  text is NUL-terminated (len excludes the NUL).
** Owned by the struct rsd_diags it was registered with (diag_add_file), so
** diagnostics can always print its lines.
*/
struct src_file {
	char *name;	/* as shown in messages: the path as given */
	char *text;
	size_t len;
	size_t mapped;	/* text is a file mapping of this length (map_file): unmapped, not freed */
	uint32_t *lines;	/* byte offset of each line start (lazy) */
	uint32_t nlines;
	int id;	/* index in diags->files */
};

/*
** A source position: 1-based line and column (columns count bytes of the
** line, tabs expanded to the next multiple of 8 when printing), plus the
** span length in columns (0 or 1: a single caret).
*/
struct src_loc {
	const struct src_file *file;	/* NULL: no file (command line) */
	uint32_t line, col;
	uint32_t len;	/* columns under the caret+tildes */
};

enum diag_severity { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

struct diag {
	enum diag_severity sev;
	struct src_loc loc;
	char *msg;
	bool has_loc;	/* false: "residency: error: msg" with no position */
	bool no_source;	/* print the GNU line only, without source and caret */
};

struct rsd_diags {
	struct diag *v;
	size_t n, cap;
	size_t nerrors, nwarnings;
	size_t max_errors;	/* stop recording errors past this (default 50) */
	bool truncated;	/* some errors were dropped */
	struct src_file **files;
	size_t nfiles, files_cap;
};

void diags_init(struct rsd_diags *d);
void diags_free(struct rsd_diags *d);	/* frees records and files */

/*
** Register a file; takes ownership of text (xmalloc'd, NUL-terminated).
** Returns the file, owned by d.
*/
struct src_file *diag_add_file(struct rsd_diags *d, const char *name, char *text, size_t len);

/* Line/column of a byte offset in f (1-based). */
struct src_loc src_loc_at(const struct src_file *f, size_t offset, size_t span);
/* The text of line (1-based) without its newline; *n gets its length. */
const char *src_line(const struct src_file *f, uint32_t line, size_t *n);

/* Queue a record.  loc may be NULL (no position). */
void diag_error(struct rsd_diags *d, const struct src_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_warning(struct rsd_diags *d, const struct src_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_note(struct rsd_diags *d, const struct src_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_vadd(struct rsd_diags *d, enum diag_severity sev, const struct src_loc *loc,
	       const char *fmt, va_list ap);
/* true once max_errors errors were recorded: stages should stop early */
bool diag_full(const struct rsd_diags *d);

/* Sort records stably by (file id, line, col) — the order they print in. */
void diag_sort(struct rsd_diags *d);

/*
** Print all records: "file:line:col: error: msg", then the source line
** ("%5u | text") and the caret line.  color: use ANSI colours.
*/
void diag_print(const struct rsd_diags *d, FILE *out, bool color);
void diag_print_one(const struct diag *g, FILE *out, bool color);

#endif
