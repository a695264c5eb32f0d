/*
** util.c — allocation helpers, string buffers, did-you-mean, file I/O.
*/
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
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

void *xrealloc(void *p, size_t n)
{
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

char *read_file(const char *path, size_t *len, size_t max)
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
	char *buf = xmalloc(cap);
#ifdef MADV_HUGEPAGE
	/* a big file: huge pages make the first touch of the buffer one fault
	   per 2 MiB instead of one per 4 KiB (a hint: failure is harmless) */
	if (cap >= ((size_t)4 << 20)) {
		uintptr_t lo = ((uintptr_t)buf + ((size_t)2 << 20) - 1) & ~(uintptr_t)(((size_t)2 << 20) - 1);
		uintptr_t hi = ((uintptr_t)buf + cap) & ~(uintptr_t)(((size_t)2 << 20) - 1);
		if (hi > lo)
			(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
	}
#endif
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

uint32_t str_hash(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	uint64_t v0 = hash_key[0] ^ 0x736f6d6570736575ull, v1 = hash_key[1] ^ 0x646f72616e646f6dull;
	uint64_t v2 = hash_key[0] ^ 0x6c7967656e657261ull, v3 = hash_key[1] ^ 0x7465646279746573ull;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t m = 0;
		for (int k = 7; k >= 0; k--)
			m = (m << 8) | p[i + (size_t)k];
		v3 ^= m;
		SIPROUND;
		v0 ^= m;
	}
	uint64_t b = (uint64_t)len << 56;
	for (size_t k = 0; i + k < len; k++)
		b |= (uint64_t)p[i + k] << (8 * k);
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
