/*
** jpos.c — positions of JSON objects (see jpos.h).  Linear: one pass over
** the text (memchr to the next quote or brace run), one pre-order walk of
** the tree that stops at the last target.
*/
#include "jpos.h"

#include <string.h>

#include "util.h"

struct opos {
	struct plan_pos *v;
	size_t n, cap;
};

/* Where every '{' outside a string starts, in text order. */
static void scan_objects(const char *s, size_t n, struct opos *o)
{
	uint32_t line = 1;
	size_t lstart = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\n') {
			line++;
			lstart = i + 1;
		} else if (c == '{') {
			*VEC_PUSH(o->v, o->n, o->cap) = (struct plan_pos){line, (uint32_t)(i - lstart) + 1};
		} else if (c == '"') {	/* skip the string: valid JSON, so no raw newline in it */
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
		}
	}
}

struct walk {
	const struct opos *o;
	size_t k;	/* objects met so far */
	json_t *const *t;
	struct plan_pos *out;
	size_t it, nt;
};

static void walk(struct walk *w, json_t *x)
{
	if (json_is_object(x)) {
		size_t k = w->k++;
		if (w->it < w->nt && w->t[w->it] == x) {
			w->out[w->it] = k < w->o->n ? w->o->v[k] : (struct plan_pos){0, 0};
			w->it++;
		}
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

void jpos_find(const char *data, size_t len, json_t *root, json_t *const *targets, struct plan_pos *out,
	       size_t n)
{
	struct opos o = {0};
	for (size_t i = 0; i < n; i++)
		out[i] = (struct plan_pos){0, 0};
	if (!n)
		return;
	scan_objects(data, len, &o);
	struct walk w = {&o, 0, targets, out, 0, n};
	walk(&w, root);
	xfree(o.v);
}
