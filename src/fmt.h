/*
** fmt.h — `residency fmt`: the canonical layout of RPL source.
**
** The formatter works on the token stream alone (its own small scanner, no
** dependence on the compiler's parser), so it formats any file that
** tokenises, even one with semantic errors.  The layout rules are written,
** with examples, in docs/fmt.md.  Output never differs from the input in
** anything but whitespace, comment placement and trailing commas before '}';
** fmt_source checks that on every call and fails closed if it does not hold.
*/
#ifndef RSD_FMT_H
#define RSD_FMT_H

#include <stddef.h>
#include <stdio.h>

struct strbuf;
struct rsd_diags;

/* Lines are filled (set literals) and bodies kept inline up to this column. */
#define FMT_WIDTH 80
/* Braces and parentheses may nest this deep; deeper input is an error. */
#define FMT_MAX_NESTING 100
/* Largest input fmt_file reads. */
#define FMT_MAX_FILE ((size_t)64 << 20)

enum fmt_mode {
	FMT_PRINT,	/* write the canonical text to out */
	FMT_WRITE,	/* rewrite the file (atomically) when it changes */
	FMT_CHECK,	/* print the path to out when the file is not canonical */
};

/*
** Format src[0..len) (named name in messages).  Appends the canonical text
** to out and returns 0; or returns -1, appends nothing, and queues exactly
** one error with file:line:col on d when the input cannot be tokenised
** (NUL byte, invalid UTF-8, unterminated string, bad escape, unexpected
** character, malformed number or date, unbalanced braces or parentheses,
** nesting deeper than FMT_MAX_NESTING).  src need not be NUL-terminated.
*/
int fmt_source(const char *name, const char *src, size_t len, struct strbuf *out,
	       struct rsd_diags *d);

/*
** Format the file at path ("-": standard input) according to mode.
** Returns 0 when the file is already canonical, 1 when it differs (FMT_WRITE:
** it was rewritten; FMT_CHECK: its path was printed to out as one line), 2 on
** an error queued on d (unreadable file, tokenisation error, failed write).
** FMT_PRINT writes the canonical text to out whatever the return value is;
** FMT_WRITE on "-" behaves like FMT_PRINT.
*/
int fmt_file(const char *path, enum fmt_mode mode, FILE *out, struct rsd_diags *d);

/*
** The code-token signature of src: one line per token other than comments,
** with commas directly before '}' left out — what formatting must preserve.
** Returns 0, or -1 with an error queued on d like fmt_source.
*/
int fmt_signature(const char *name, const char *src, size_t len, struct strbuf *out,
		  struct rsd_diags *d);

#endif
