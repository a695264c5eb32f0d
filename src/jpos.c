/*
** jpos.c — positions of JSON objects (see jpos.h).  Linear, in two passes
** that both stop at the last target: a pre-order walk of the tree gives
** each target its ordinal among the objects; a scan of the text counts
** the '{' outside strings (memchr over string bodies) and notes the line
** and column of those ordinals.
*/
#include "jpos.h"

#include <string.h>

#include "util.h"

struct walk {
	size_t k;	/* objects met so far */
	json_t *const *t;
	size_t *ord;
	size_t it, nt;
};

static void walk(struct walk *w, json_t *x)
{
	if (json_is_object(x)) {
		size_t k = w->k++;
		if (w->t[w->it] == x)
			w->ord[w->it++] = k;
		const char *key;
		json_t *v;
		json_object_foreach(x, key, v) {
			if (w->it >= w->nt)
				return;
			if (json_is_object(v) || json_is_array(v))
				walk(w, v);
		}
	} else if (json_is_array(x)) {
		size_t i;
		json_t *v;
		json_array_foreach(x, i, v) {
			if (w->it >= w->nt)
				return;
			if (json_is_object(v) || json_is_array(v))
				walk(w, v);
		}
	}
}

/* Line and column of the '{' number ord[i] (0-based, outside strings) into out[i]. */
static void scan(const char *s, size_t n, const size_t *ord, struct plan_pos *out, size_t nt)
{
	uint32_t line = 1;
	size_t lstart = 0, k = 0, it = 0;
	for (size_t i = 0; i < n && it < nt; i++) {
		char c = s[i];
		if (c == '\n') {
			line++;
			lstart = i + 1;
		} else if (c == '{') {
			if (k++ == ord[it])
				out[it++] = (struct plan_pos){line, (uint32_t)(i - lstart) + 1};
		} else if (c == '"') {	/* to the closing quote: valid JSON, no raw newline inside */
			for (;;) {
				const char *q = memchr(s + i + 1, '"', n - i - 1);
				if (!q) {
					i = n;
					break;
				}
				size_t j = (size_t)(q - s), bs = 0;
				while (s[j - 1 - bs] == '\\')
					bs++;
				i = j;
				if (!(bs & 1))
					break;
			}
		}
	}
}

void jpos_find(const char *data, size_t len, json_t *root, json_t *const *targets, struct plan_pos *out,
	       size_t n)
{
	for (size_t i = 0; i < n; i++)
		out[i] = (struct plan_pos){0, 0};
	if (!n)
		return;
	size_t *ord = xmalloc(n * sizeof *ord);
	struct walk w = {0, targets, ord, 0, n};
	walk(&w, root);
	scan(data, len, ord, out, w.it);	/* targets the walk did not meet keep {0, 0} */
	xfree(ord);
}
