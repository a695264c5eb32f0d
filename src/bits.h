/*
** bits.h — 256-bit sets.  Countries (249 ISO 3166-1 codes), data classes
** and mechanisms are all small dense indexes, so every set of them is four
** machine words and every set operation a handful of instructions.
*/
#ifndef RSD_BITS_H
#define RSD_BITS_H

#include <stdbool.h>
#include <stdint.h>

#define BITS_MAX 256

struct bits {
	uint64_t w[4];
};

static inline void bits_clear(struct bits *b) { b->w[0] = b->w[1] = b->w[2] = b->w[3] = 0; }
static inline void bits_set(struct bits *b, unsigned i) { b->w[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void bits_unset(struct bits *b, unsigned i) { b->w[i >> 6] &= ~((uint64_t)1 << (i & 63)); }
static inline bool bits_has(const struct bits *b, unsigned i) { return (b->w[i >> 6] >> (i & 63)) & 1; }
static inline bool bits_empty(const struct bits *b) { return !(b->w[0] | b->w[1] | b->w[2] | b->w[3]); }

/* A hash of the set for tables that intern sets: the names' keyed hash
   (util.c), since a plan's author chooses its flows' class sets */
uint32_t mem_hash(const void *p, size_t n);
static inline uint32_t bits_hash(const struct bits *b)
{
	return mem_hash(b->w, sizeof b->w);
}
static inline bool bits_eq(const struct bits *a, const struct bits *b)
{
	return a->w[0] == b->w[0] && a->w[1] == b->w[1] && a->w[2] == b->w[2] && a->w[3] == b->w[3];
}
/* a ⊆ b */
static inline bool bits_subset(const struct bits *a, const struct bits *b)
{
	return !((a->w[0] & ~b->w[0]) | (a->w[1] & ~b->w[1]) | (a->w[2] & ~b->w[2]) | (a->w[3] & ~b->w[3]));
}
static inline bool bits_intersects(const struct bits *a, const struct bits *b)
{
	return (a->w[0] & b->w[0]) | (a->w[1] & b->w[1]) | (a->w[2] & b->w[2]) | (a->w[3] & b->w[3]);
}
static inline struct bits bits_or(struct bits a, struct bits b)
{
	for (int i = 0; i < 4; i++) a.w[i] |= b.w[i];
	return a;
}
static inline struct bits bits_and(struct bits a, struct bits b)
{
	for (int i = 0; i < 4; i++) a.w[i] &= b.w[i];
	return a;
}
static inline struct bits bits_andnot(struct bits a, struct bits b)
{
	for (int i = 0; i < 4; i++) a.w[i] &= ~b.w[i];
	return a;
}
/* Complement within the first n bits (n = 249 for countries). */
static inline struct bits bits_not(struct bits a, unsigned n)
{
	struct bits r;
	for (unsigned i = 0; i < 4; i++) {
		uint64_t mask = n >= (i + 1) * 64 ? ~(uint64_t)0
			: n <= i * 64 ? 0 : (((uint64_t)1 << (n - i * 64)) - 1);
		r.w[i] = ~a.w[i] & mask;
	}
	return r;
}
/*
** Population count of one word.  Without the popcnt instruction in the
** compiler's target (baseline x86-64), __builtin_popcountll is a call into
** libgcc; the sets here are sparse, so clearing the lowest bit until none is
** left is cheaper than that call.
*/
static inline unsigned bits_popcount64(uint64_t w)
{
#if defined(__POPCNT__) || !(defined(__x86_64__) || defined(__i386__))
	return (unsigned)__builtin_popcountll(w);
#else
	unsigned n = 0;
	for (; w; w &= w - 1)
		n++;
	return n;
#endif
}
static inline unsigned bits_count(const struct bits *b)
{
	return bits_popcount64(b->w[0]) + bits_popcount64(b->w[1]) +
	       bits_popcount64(b->w[2]) + bits_popcount64(b->w[3]);
}
/* Next set bit at or after i, or -1.  Loop: for (i = bits_next(b,0); i >= 0; i = bits_next(b,i+1)) */
static inline int bits_next(const struct bits *b, unsigned i)
{
	while (i < BITS_MAX) {
		uint64_t w = b->w[i >> 6] >> (i & 63);
		if (w)
			return (int)(i + (unsigned)__builtin_ctzll(w));
		i = (i | 63) + 1;
	}
	return -1;
}
#define BITS_FOREACH(i, b) for (int i = bits_next((b), 0); i >= 0; i = bits_next((b), (unsigned)i + 1))
/*
** The same, a word at a time (cheaper: no scan of the words after the last
** member).  `continue` works; `break` would only end the current member's
** iteration, so a loop that breaks must use BITS_FOREACH.  b is evaluated
** once per word.
*/
#define BITS_EACH(i, b) \
	for (unsigned i##_w = 0; i##_w < 4; i##_w++) \
		for (uint64_t i##_m = (b)->w[i##_w]; i##_m; i##_m &= i##_m - 1) \
			for (int i = (int)(i##_w * 64 + (unsigned)__builtin_ctzll(i##_m)), i##_1 = 1; \
			     i##_1; i##_1 = 0)

#endif
