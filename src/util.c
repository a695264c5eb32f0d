/*
** util.c — allocation helpers, string buffers, did-you-mean, file I/O.
*/
#define _GNU_SOURCE	/* mremap (big blocks) */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void oom(void)
{
	fputs("residency: error: out of memory\n", stderr);
	exit(RSD_EXIT_OOM);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

/* {======================================================= big blocks */

/*
** Big blocks: the few large arrays of a run (a plan's text, its store and
** flow arrays, the findings, arena blocks) are anonymous mappings aligned
** to 2 MiB and madvise'd MADV_HUGEPAGE, reserved beyond what they hold.
** Where the kernel grants transparent huge pages, one page fault maps
** 2 MiB instead of 4 KiB: on a virtual machine a fault costs several
** microseconds, and a 100 MB plan took tens of thousands of them.  A
** reservation costs no memory until written, so an array grows in place
** until it outgrows it (then its pages move, once per fourfold growth:
** mremap, no copy).  A huge page is resident whole once written, so the
** last one of a block is mostly empty (5 of the 30 MB of a 10 MB plan's
** check): when an array is complete its owner shrinks it to size
** (xrealloc, or big_trim for a block used in part), which gives the pages
** past its end back.
** xfree and xrealloc recognise big blocks by a header (below), so their
** owners free them as they free anything else; no state is shared
** between threads.  Under AddressSanitizer big
** blocks are ordinary allocations, so the sanitizer still sees every byte.
*/
#if defined(__SANITIZE_ADDRESS__)
#define BIG_BLOCKS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BIG_BLOCKS 0
#endif
#endif
#ifndef BIG_BLOCKS
#define BIG_BLOCKS 1
#endif

#define BIG_ALIGN ((size_t)2 << 20)
#define BIG_HDR 72	/* the header before a big block's bytes */


/*
** A big block's header, in the 72 bytes before its first byte; the mapping
** starts on a 2 MiB boundary, so a pointer at offset BIG_HDR from one is a
** candidate.  BIG_HDR is 8 modulo 16, an address malloc never returns (its
** blocks are 16-byte aligned), so xfree and xrealloc read a header only
** behind a pointer big_alloc made: never a byte of another allocation
** (valgrind holds us to that).  Big blocks are therefore 8-byte aligned,
** which is what the arrays put in them need (the arena offsets its blocks
** by 8 to keep its 16).  The two check words depend on the address, as a
** second guard.
*/
struct big {
	uint64_t check1, check2;
	size_t reserved;	/* bytes mapped, header included */
	size_t size;	/* bytes asked for last (what a move copies) */
};
_Static_assert(sizeof(struct big) <= BIG_HDR, "the big-block header fits");
_Static_assert(BIG_HDR % 16 == 8, "a big block's address is one malloc never returns");
_Static_assert(_Alignof(max_align_t) >= 16, "malloc returns 16-byte aligned blocks");

static uint64_t big_check1(const void *p)
{
	return 0x9E3779B97F4A7C15u ^ (uint64_t)(uintptr_t)p;
}

static uint64_t big_check2(const void *p)
{
	return 0xC2B2AE3D27D4EB4Fu ^ ((uint64_t)(uintptr_t)p * 0xFF51AFD7ED558CCDu);
}

static size_t big_round(size_t n)
{
	return (n + BIG_ALIGN - 1) & ~(BIG_ALIGN - 1);
}

static struct big *big_find(const void *p)
{
	if (!BIG_BLOCKS || ((uintptr_t)p & (BIG_ALIGN - 1)) != BIG_HDR)
		return NULL;
	struct big *b = (struct big *)((char *)p - BIG_HDR);
	return b->check1 == big_check1(p) && b->check2 == big_check2(p) ? b : NULL;
}

/* Ask for huge pages (a hint: refused, 4 KiB pages). */
static void big_huge(char *base, size_t reserve)
{
#ifdef MADV_HUGEPAGE
	madvise(base, reserve, MADV_HUGEPAGE);
#else
	(void)base;
	(void)reserve;
#endif
}

/* reserve bytes of fresh anonymous memory on a 2 MiB boundary, or NULL */
static char *big_map(size_t reserve)
{
	size_t len = reserve + BIG_ALIGN;
	char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	char *base = (char *)(((uintptr_t)m + BIG_ALIGN - 1) & ~(uintptr_t)(BIG_ALIGN - 1));
	if (base > m)
		munmap(m, (size_t)(base - m));
	if (m + len > base + reserve)
		munmap(base + reserve, (size_t)(m + len - (base + reserve)));
	big_huge(base, reserve);
	return base;
}

void *big_alloc(size_t n, size_t reserve)
{
	if (!BIG_BLOCKS || n < BIG_MIN)
		return xmalloc(n);
	if (reserve < n)
		reserve = n;
	reserve = big_round(reserve + BIG_HDR);
	char *base = big_map(reserve);
	if (!base)
		return xmalloc(n);
	char *p = base + BIG_HDR;
	*(struct big *)base = (struct big){big_check1(p), big_check2(p), reserve, n};
	return p;
}

void big_trim(void *p, size_t used)
{
	struct big *b = big_find(p);
	if (!b)
		return;
	uintptr_t from = ((uintptr_t)p + used + 4095) & ~(uintptr_t)4095, end = (uintptr_t)b + b->reserved;
	if (from < end)
		madvise((void *)from, end - from, MADV_DONTNEED);	/* reads as zeros if touched again */
}

static void big_unmap(struct big *b)
{
	b->check1 = b->check2 = 0;
	munmap(b, b->reserved);
}

/* Grow or shrink a big block: in place within its reservation, or moved. */
static void *big_realloc(struct big *b, size_t n, size_t reserve)
{
	void *old = (char *)b + BIG_HDR;
	if (n + BIG_HDR <= b->reserved) {
		if (n < b->size)
			big_trim(old, n);
		b->size = n;
		return old;
	}
	size_t want = big_round((reserve > n ? reserve : 4 * n) + BIG_HDR);
#ifdef MREMAP_FIXED
	/* Move the pages themselves to a larger reservation: no copy, and
	   the old and new blocks are never resident at once (a copy would
	   make the peak of a growing array 1.5 to 2 times its size). */
	char *base = big_map(want);
	if (base) {
		size_t had = b->reserved;
		if (mremap(b, had, had, MREMAP_MAYMOVE | MREMAP_FIXED, base) != MAP_FAILED) {
			char *p = base + BIG_HDR;
			*(struct big *)base = (struct big){big_check1(p), big_check2(p), want, n};
			big_huge(base, want);
			return p;
		}
		munmap(base, want);
	}
#endif
	void *p = big_alloc(n, reserve > n ? reserve : 4 * n);
	memcpy(p, old, b->size);
	big_unmap(b);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	struct big *b = big_find(p);
	if (b)
		return big_realloc(b, n ? n : 1, 0);
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *r = xmalloc(n + 1);
	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

void xfree(void *p)
{
	struct big *b = big_find(p);
	if (b)
		big_unmap(b);
	else
		free(p);
}

void *xgrow(void *arr, size_t *cap, size_t need, size_t esz)
{
	if (need <= *cap)
		return arr;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / esz)
			oom();
		ncap *= 2;
	}
	arr = xrealloc(arr, ncap * esz);
	*cap = ncap;
	return arr;
}

void *xgrow_big(void *arr, size_t *cap, size_t need, size_t esz)
{
	if (need <= *cap)
		return arr;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 8 / esz)
			oom();
		ncap *= 2;
	}
	struct big *b = big_find(arr);
	if (b) {
		arr = big_realloc(b, ncap * esz, 4 * ncap * esz);
	} else if (ncap * esz >= BIG_MIN && BIG_BLOCKS) {
		void *p = big_alloc(ncap * esz, 4 * ncap * esz);
		if (*cap)
			memcpy(p, arr, *cap * esz);
		xfree(arr);
		arr = p;
	} else {
		arr = xrealloc(arr, ncap * esz);
	}
	*cap = ncap;
	return arr;
}

/* }======================================================= */

void sb_grow(struct strbuf *sb, size_t n)
{
	sb->s = xgrow(sb->s, &sb->cap, sb->len + n + 1, 1);
}

void sb_putu(struct strbuf *sb, unsigned long long v)
{
	char buf[24];
	size_t i = sizeof buf;
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	sb_add(sb, buf + i, sizeof buf - i);
}

/* Formats into the free space when it fits (one vsnprintf), else grows. */
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	size_t room = sb->cap > sb->len ? sb->cap - sb->len : 0;
	int n = vsnprintf(room ? sb->s + sb->len : NULL, room, fmt, ap2);
	va_end(ap2);
	if (n < 0) {
		if (room)
			sb->s[sb->len] = '\0';
		return;
	}
	if ((size_t)n >= room) {
		sb->s = xgrow(sb->s, &sb->cap, sb->len + (size_t)n + 1, 1);
		vsnprintf(sb->s + sb->len, (size_t)n + 1, fmt, ap);
	}
	sb->len += (size_t)n;
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

char *sb_take(struct strbuf *sb)
{
	char *s = sb->s ? sb->s : xstrdup("");
	sb->s = NULL;
	sb->len = sb->cap = 0;
	return s;
}

void sb_free(struct strbuf *sb)
{
	xfree(sb->s);
	sb->s = NULL;
	sb->len = sb->cap = 0;
}

int str_distance(const char *a, const char *b, int cap)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return cap + 1;
	if ((int)(la > lb ? la - lb : lb - la) > cap)
		return cap + 1;
	int prev[65], cur[65];
	for (size_t j = 0; j <= lb; j++)
		prev[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = (int)i;
		int rowmin = cur[0];
		for (size_t j = 1; j <= lb; j++) {
			int cost = a[i - 1] == b[j - 1] ? 0 : 1;
			/* case-only differences are cheap: "eea" -> "EEA" */
			if (cost && (a[i - 1] | 0x20) == (b[j - 1] | 0x20))
				cost = 0;
			int v = prev[j - 1] + cost;
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			cur[j] = v;
			if (v < rowmin)
				rowmin = v;
		}
		if (rowmin > cap)
			return cap + 1;
		memcpy(prev, cur, sizeof(int) * (lb + 1));
	}
	return prev[lb];
}

const char *str_suggest(const char *word, const char *const *cands, size_t n)
{
	int cap = 1 + (int)strlen(word) / 4;
	const char *best = NULL;
	int bestd = cap + 1;
	for (size_t i = 0; i < n; i++) {
		if (!cands[i] || strcmp(cands[i], word) == 0)
			continue;
		int d = str_distance(word, cands[i], cap);
		if (d < bestd || (d == bestd && best && strcmp(cands[i], best) < 0)) {
			bestd = d;
			best = cands[i];
		}
	}
	return bestd <= cap ? best : NULL;
}

static char *read_file_as(const char *path, size_t *len, size_t max, bool big)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return NULL;
	}
	/* a regular file: its size, its NUL and one byte for the read that
	   finds the end (the buffer never grows unless the file does) */
	size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 2 : 65536, n = 0;
	if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
		close(fd);
		errno = EFBIG;
		return NULL;
	}
	char *buf = big ? big_alloc(cap, cap) : xmalloc(cap);
	for (;;) {
		if (n + 1 >= cap)
			buf = xgrow(buf, &cap, cap * 2, 1);
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			xfree(buf);
			errno = e;
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			close(fd);
			xfree(buf);
			errno = EFBIG;
			return NULL;
		}
	}
	close(fd);
	buf[n] = '\0';
	*len = n;
	return buf;
}

char *read_file(const char *path, size_t *len, size_t max)
{
	return read_file_as(path, len, max, false);
}

char *map_file(const char *path, size_t *len, size_t max, size_t *maplen)
{
	*maplen = 0;
	long page = sysconf(_SC_PAGESIZE);
	struct stat st;
	int fd = BIG_BLOCKS && page > 0 ? open(path, O_RDONLY) : -1;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size >= BIG_MIN &&
	    (size_t)st.st_size <= max && st.st_size % page != 0) {
		/* the rest of the last page reads as zeros: the NUL at len */
		void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (m != MAP_FAILED) {
			close(fd);
			*len = (size_t)st.st_size;
			*maplen = *len;
			return m;
		}
	}
	if (fd >= 0)
		close(fd);
	return read_file_as(path, len, max, true);
}

void unmap_or_free(char *text, size_t maplen)
{
	if (maplen)
		munmap(text, maplen);
	else
		xfree(text);
}

char *read_file_big(const char *path, size_t *len, size_t max)
{
	return read_file_as(path, len, max, true);
}

static int write_all(int fd, const char *data, size_t len)
{
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		off += (size_t)w;
	}
	return 0;
}

/*
** Write through to what path names: a device (/dev/null discards,
** /dev/full fails with ENOSPC), a FIFO (a reader must be there: ENXIO
** otherwise, never a hang), or /dev/stdout and its kind, appended to, so
** a shell's `> log` that already holds lines keeps them.
*/
static int write_through(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_APPEND | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0 || write_all(fd, data, len) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return close(fd);
}

static bool special_name(const char *p)
{
	return strncmp(p, "/dev/", 5) == 0 || strncmp(p, "/proc/", 6) == 0;
}

/* A symlink such as /dev/stdout, /dev/fd/1, or one that leads to
   /proc/self/fd/1: the name of an open file, to be written through, never
   replaced, even when that file is a regular one (`> log`). */
static bool special_link(const char *path)
{
	if (special_name(path))
		return true;
	char buf[16];
	ssize_t n = readlink(path, buf, sizeof buf - 1);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	return special_name(buf);
}

static int write_replace(const char *path, const char *data, size_t len);

int write_file_atomic(const char *path, const char *data, size_t len)
{
	struct stat lst, st;
	if (lstat(path, &lst) != 0)
		return errno == ENOENT ? write_replace(path, data, len) : -1;
	if (stat(path, &st) != 0)
		return -1;	/* a dangling symlink: never created through */
	if (S_ISBLK(st.st_mode)) {
		errno = EPERM;	/* a disk: never written a report on */
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	if (!S_ISREG(st.st_mode) || (S_ISLNK(lst.st_mode) && special_link(path)))
		return write_through(path, data, len);
	if (S_ISLNK(lst.st_mode)) {
		/* a symlink to a regular file: the link stays, its target is
		   replaced (atomically, in the target's own folder) */
		char *real = realpath(path, NULL);
		if (!real)
			return -1;
		int r = write_replace(real, data, len);
		int e = errno;
		free(real);
		errno = e;
		return r;
	}
	return write_replace(path, data, len);
}

static int write_replace(const char *path, const char *data, size_t len)
{
	size_t pl = strlen(path);
	char *tmp = xmalloc(pl + 16);
	snprintf(tmp, pl + 16, "%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		int e = errno;
		xfree(tmp);
		errno = e;
		return -1;
	}
	if (write_all(fd, data, len) != 0)
		goto fail;
	/* keep the mode of the file being replaced (fmt -w on a script-like
	   file must not reset it); a new file gets 0666 less the umask */
	struct stat st;
	mode_t mode;
	if (stat(path, &st) == 0) {
		mode = st.st_mode & 07777;
	} else {
		mode_t um = umask(022);
		umask(um);
		mode = 0666 & ~um;
	}
	if (fchmod(fd, mode) != 0 || close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) != 0)
		goto fail;
	xfree(tmp);
	return 0;
fail:;
	int e = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	xfree(tmp);
	errno = e;
	return -1;
}

/*
** SipHash-1-3 under a key drawn once per process (getrandom; the clock,
** pid and an address when that fails).  The name tables probe linearly:
** with an unkeyed hash (FNV-1a, as this was), a plan of 30000 store names
** chosen to collide took 9 times as long, and the trend was quadratic.
** With a secret key, colliding names cannot be computed in advance.
** Nothing the tool prints depends on the order of a table, only lookups,
** so output stays byte-identical from run to run.
*/
static uint64_t hash_key[2];

__attribute__((constructor)) static void hash_seed(void)
{
	if (getrandom(hash_key, sizeof hash_key, GRND_NONBLOCK) == (ssize_t)sizeof hash_key)
		return;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	hash_key[0] = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ull ^ (uint64_t)ts.tv_sec;
	hash_key[1] = ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)&ts ^ (uint64_t)clock();
}

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND \
	do { \
		v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32); \
		v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2; \
		v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0; \
		v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32); \
	} while (0)

/* 8 bytes as a little-endian word (one load; SipHash reads words so) */
static inline uint64_t load_le64(const unsigned char *p)
{
	uint64_t m;
	memcpy(&m, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	m = __builtin_bswap64(m);
#endif
	return m;
}

uint32_t str_hash(const char *s)
{
	return mem_hash(s, strlen(s));
}

uint32_t mem_hash(const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t v0 = hash_key[0] ^ 0x736f6d6570736575ull, v1 = hash_key[1] ^ 0x646f72616e646f6dull;
	uint64_t v2 = hash_key[0] ^ 0x6c7967656e657261ull, v3 = hash_key[1] ^ 0x7465646279746573ull;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t m = load_le64(p + i);
		v3 ^= m;
		SIPROUND;
		v0 ^= m;
	}
	uint64_t b = 0;
	memcpy(&b, p + i, len - i);	/* the last 0-7 bytes */
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	b = __builtin_bswap64(b);
#endif
	b |= (uint64_t)len << 56;
	v3 ^= b;
	SIPROUND;
	v0 ^= b;
	v2 ^= 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	uint64_t h = v0 ^ v1 ^ v2 ^ v3;
	return (uint32_t)(h ^ (h >> 32));
}

size_t json_object_start(const char *data, size_t len)
{
	size_t i = 0;
	if (len >= 3 && (unsigned char)data[0] == 0xef && (unsigned char)data[1] == 0xbb &&
	    (unsigned char)data[2] == 0xbf)
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	return i < len && data[i] == '{' ? i : len;
}
