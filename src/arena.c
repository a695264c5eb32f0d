/*
** arena.c — bump allocator: blocks of at least 64 KiB (growing with the
** arena), freed all at once.
*/
#include "arena.h"

#include <stdint.h>
#include <string.h>

#include "util.h"

struct arena_block {
	struct arena_block *next;
	void *mem;	/* what was allocated: the block, or 8 bytes before it (a big block) */
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->total = 0;
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		xfree(b->mem);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}

/* Uninitialised memory: for callers that write every byte anyway. */
void *arena_alloc_raw(struct arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		/* blocks of 64 KiB while the arena is small; past 1 MiB (a plan
		   of some thousand entries) blocks of half what it holds, up
		   to 32 MiB: big blocks (util.h), few and faulted in 2 MiB
		   pages where the kernel allows */
		size_t step = 65536;
		if (a->total >= BIG_MIN)
			step = a->total / 2 < ((size_t)32 << 20) ? a->total / 2 : (size_t)32 << 20;
		size_t size = n > step ? n : step;
		void *mem;
		if (size >= BIG_MIN) {
			/* big blocks are 8 modulo 16 (util.c): 8 bytes on, the
			   block is 16-byte aligned like its data */
			mem = big_alloc(sizeof *b + size + 8, 0);
			b = (struct arena_block *)((char *)mem + ((uintptr_t)mem & 15));
		} else {
			b = mem = xmalloc(sizeof *b + size);
		}
		b->mem = mem;
		b->size = size;
		b->used = 0;
		/* a big one-off allocation goes behind the current block so the
		   current block's free space is not wasted */
		if (n > step && a->head) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = b->data + b->used;
	b->used += n;
	a->total += n;
	return p;
}

/* Zeroed memory. */
void *arena_alloc(struct arena *a, size_t n)
{
	void *p = arena_alloc_raw(a, n);
	memset(p, 0, n);
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *r = arena_alloc_raw(a, n + 1);
	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

void *arena_memdup(struct arena *a, const void *p, size_t n)
{
	void *r = arena_alloc_raw(a, n);
	if (n)
		memcpy(r, p, n);
	return r;
}

/*
** Give back the pages of the newest block past what it holds (a big
** block's last huge page, mostly empty): for an arena that is complete,
** or about to grow no more than a little.  Later allocations still work
** (the pages come back zeroed).
*/
void arena_trim(struct arena *a)
{
	struct arena_block *b = a->head;
	if (b)
		big_trim(b->mem, (size_t)((char *)b->data + b->used - (char *)b->mem));
}
