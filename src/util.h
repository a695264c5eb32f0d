/*
** util.h — allocation helpers, growable buffers and small string tools.
**
** Every heap allocation of the library goes through x*alloc: on
** out-of-memory they print one line and exit with status 3, so callers
** never check for NULL.  Ownership rule: whoever calls x*alloc frees.
*/
#ifndef RSD_UTIL_H
#define RSD_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define RSD_EXIT_OOM 3

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
void xfree(void *p);

/* Grow *arr (element size esz) so that it holds at least need elements. */
void *xgrow(void *arr, size_t *cap, size_t need, size_t esz);

/*
** Big blocks (util.c): n bytes (uninitialised, or zero when fresh from the
** kernel: callers must not rely on it) in a 2 MiB-aligned mapping with room
** reserved up to reserve bytes, for the few large arrays of a run; below
** BIG_MIN an ordinary xmalloc.  xfree and xrealloc take both kinds.
** xgrow_big is xgrow for an array that may grow large: past BIG_MIN it
** becomes a big block.
*/
#define BIG_MIN ((size_t)1 << 20)
void *big_alloc(size_t n, size_t reserve);
/* Give back the pages of big block p past its first used bytes (they read
   as zeros if written again); nothing for other allocations. */
void big_trim(void *p, size_t used);
void *xgrow_big(void *arr, size_t *cap, size_t need, size_t esz);
#define VEC_PUSH(arr, n, cap) \
	((arr) = xgrow((arr), &(cap), (n) + 1, sizeof *(arr)), &(arr)[(n)++])

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* A growable NUL-terminated string buffer. */
struct strbuf {
	char *s;	/* always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
};
/* Make room for n more bytes and the NUL (the slow path of the appends). */
void sb_grow(struct strbuf *sb, size_t n);

/*
** The appends are inline: the report writers make several per output line,
** and a call plus strlen per piece was a large part of their cost.
*/
static inline void sb_add(struct strbuf *sb, const char *s, size_t n)
{
	if (sb->cap - sb->len <= n)	/* cap == len == 0 before the first append */
		sb_grow(sb, n);
	memcpy(sb->s + sb->len, s, n);
	sb->len += n;
	sb->s[sb->len] = '\0';
}

/* NULL appends "(null)", as printf's %s does with glibc */
static inline void sb_puts(struct strbuf *sb, const char *s)
{
	if (!s)
		s = "(null)";
	sb_add(sb, s, strlen(s));
}

static inline void sb_putc(struct strbuf *sb, char c)
{
	if (sb->cap - sb->len <= 1)
		sb_grow(sb, 1);
	sb->s[sb->len++] = c;
	sb->s[sb->len] = '\0';
}

void sb_putu(struct strbuf *sb, unsigned long long v);	/* decimal */
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap);
char *sb_take(struct strbuf *sb);	/* returns the string, resets sb */
void sb_free(struct strbuf *sb);

/* Damerau-free Levenshtein distance, capped: returns > cap when larger. */
int str_distance(const char *a, const char *b, int cap);

/*
** Did-you-mean: among the n candidates, return the closest to word when it
** is close enough (distance <= 1 + strlen(word)/4), else NULL.
*/
const char *str_suggest(const char *word, const char *const *cands, size_t n);

/*
** Read a whole file into a NUL-terminated buffer (the NUL is not counted
** in *len).  Returns NULL and sets errno on failure; a directory fails with
** EISDIR.  max: refuse files larger than this (errno EFBIG).
*/
char *read_file(const char *path, size_t *len, size_t max);
/* The same in a big block (a plan: large, read once, freed whole). */
char *read_file_big(const char *path, size_t *len, size_t max);
/*
** A plan file of 1 MiB or more, mapped read-only instead of read (no copy,
** no fresh pages; *maplen: the mapping's length), NUL-terminated at *len
** like read_file's buffer; anything else (small files, devices, pipes, a
** size that ends on a page boundary: no room for the NUL) is read into a
** big block (*maplen 0).  Release with unmap_or_free.  The file must not
** be truncated while mapped (SIGBUS), as with any mapped input.
*/
char *map_file(const char *path, size_t *len, size_t max, size_t *maplen);
void unmap_or_free(char *text, size_t maplen);

/*
** Write data to path atomically: a temporary file in the same directory,
** then rename().  Returns 0, or -1 with errno set (the old file untouched).
** Only regular files are replaced: through a symbolic link, the target is;
** character devices, FIFOs and /dev/stdout-like links are written through
** (EPERM for a block device, EISDIR for a directory).
*/
int write_file_atomic(const char *path, const char *data, size_t len);

/* Keyed hash (SipHash-1-3, a random key per process) of a NUL-terminated string. */
uint32_t str_hash(const char *s);
/* The same keyed hash of n bytes (str_hash(s) is mem_hash(s, strlen(s))). */
uint32_t mem_hash(const void *p, size_t n);

/* Where a JSON object starts: the offset of its '{' after a UTF-8 byte
   order mark and blanks, len when the text does not start with one (the
   first step of the JSON formats' sniffers). */
size_t json_object_start(const char *data, size_t len);

#endif
