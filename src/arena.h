/*
** arena.h — bump allocator.  The AST and symbol tables live in one arena
** per compilation, the compiled policy in its own; each is freed whole.
*/
#ifndef RSD_ARENA_H
#define RSD_ARENA_H

#include <stddef.h>

struct arena_block;
struct arena {
	struct arena_block *head;
	size_t total;	/* bytes handed out, for statistics */
};

void arena_init(struct arena *a);
void arena_free(struct arena *a);
/* Zeroed, 16-byte aligned memory that lives as long as the arena. */
void *arena_alloc(struct arena *a, size_t n);
/* The same, not zeroed: the caller writes all of it. */
void *arena_alloc_raw(struct arena *a, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
void *arena_memdup(struct arena *a, const void *p, size_t n);
/* Give back the unused pages of the newest block (a complete arena). */
void arena_trim(struct arena *a);

#endif
