/*
** doc.c — the positioned document tree of doc.h, built from libyaml's
** events with an explicit stack (no recursion on input depth).
**
** Built to cost little more than libyaml's own parse (docs/performance.md,
** "Loaders"): what a big tree costs is the memory it writes, so nodes are
** 24 bytes, packed back to back in large chunks of the plan's arena (no
** per-node allocation or alignment padding; a tag is a byte), short
** mapping keys are stored once and all texts packed in chunks of their
** own, a collection's item array is written once, sized exactly, when the
** collection ends (its children wait on one shared stack), and the large
** chunks ask the
** kernel for huge pages, which makes the first touch of the memory much
** cheaper than one page fault per 4 KiB.
*/
#include "doc.h"

#include <string.h>
#include <sys/mman.h>
#include <yaml.h>

#include "util.h"

/* An open collection: its node and where its children start on the shared child stack. */
struct open {
	struct doc_node *node;
	size_t first;
};

/*
** A run of memory carved from the arena in chunks that double in size
** (64 KiB up to 32 MiB): align 8 for nodes and item arrays, 1 for texts.
*/
struct pool {
	struct arena *a;
	char *p;
	size_t left, next;
	size_t align;
};

#define POOL_FIRST ((size_t)64 << 10)
#define POOL_MAX ((size_t)32 << 20)
#define HUGE_PAGE ((size_t)2 << 20)

static void *pool_take(struct pool *pl, size_t n)
{
	size_t pad = (size_t)(-(uintptr_t)pl->p) & (pl->align - 1);
	if (pl->left < n + pad) {
		size_t size = pl->next;
		if (size < n + pl->align)
			size = n + pl->align;
		if (pl->next < POOL_MAX)
			pl->next *= 2;
		pl->p = arena_alloc_raw(pl->a, size);
		pl->left = size;
#ifdef MADV_HUGEPAGE
		/* the whole 2 MiB pages inside the chunk, none of them touched yet */
		uintptr_t lo = ((uintptr_t)pl->p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
		uintptr_t hi = ((uintptr_t)pl->p + size) & ~(uintptr_t)(HUGE_PAGE - 1);
		if (hi > lo)
			(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);	/* a hint: failure is harmless */
#endif
		pad = (size_t)(-(uintptr_t)pl->p) & (pl->align - 1);
	}
	void *r = pl->p + pad;
	pl->p += pad + n;
	pl->left -= pad + n;
	return r;
}

const char *const doc_tags[] = {
	NULL, "!Ref", "!Sub", "!GetAtt", "!Join", "!Select", "!Split", "!If", "!Equals", "!Not", "!And", "!Or",
	"!FindInMap", "!GetAZs", "!ImportValue", "!Base64", "!Cidr", "!Condition", "!Transform", "!ToJsonString",
	"!Length", "!",
};
#define DOC_TAG_OTHER (ARRAY_LEN(doc_tags) - 1)

static uint8_t tag_of(const yaml_char_t *tag)
{
	if (!tag || tag[0] != '!' || tag[1] == '!')	/* only local tags: !Ref, !Sub, … */
		return 0;
	for (size_t i = 1; i < DOC_TAG_OTHER; i++)
		if (strcmp(doc_tags[i], (const char *)tag) == 0)
			return (uint8_t)i;
	return (uint8_t)DOC_TAG_OTHER;
}

/*
** Short mapping keys, each stored once: they repeat all over a template
** ("Type", "Properties", "Key", "Value").  An open-addressed table small
** enough to stay in cache, of bounded probe length: when it is full, or a
** probe runs long (hostile collisions), the text is simply stored again.
** in NULL: store the text without looking.
*/
#define INTERN_MAX_LEN 24
#define INTERN_SLOTS ((size_t)1 << 12)
#define INTERN_PROBES 8
#define INTERN_MIN_DOC ((size_t)64 << 10)	/* smaller documents store their keys as they come */
struct intern {
	struct islot {
		const char *s;
		uint32_t len, hash;
	} *slot;
	size_t used;
};

static const char *text_of(struct pool *text, struct intern *in, const char *v, size_t n)
{
	struct islot *sl = NULL;
	uint32_t h = 2166136261u;
	if (in && n <= INTERN_MAX_LEN && in->used < INTERN_SLOTS / 4 * 3) {
		for (size_t i = 0; i < n; i++)
			h = (h ^ (unsigned char)v[i]) * 16777619u;
		if (!in->slot)
			in->slot = xcalloc(INTERN_SLOTS, sizeof *in->slot);
		for (size_t k = 0; k < INTERN_PROBES; k++) {
			struct islot *e = &in->slot[(h + k) & (INTERN_SLOTS - 1)];
			if (!e->s) {
				sl = e;
				break;
			}
			if (e->hash == h && e->len == n && memcmp(e->s, v, n) == 0)
				return e->s;
		}
	}
	char *s = pool_take(text, n + 1);
	memcpy(s, v, n);
	s[n] = '\0';
	if (sl) {
		sl->s = s;
		sl->len = (uint32_t)n;
		sl->hash = h;
		in->used++;
	}
	return s;
}

static void err_at(struct rsd_diags *d, const struct src_file *src, size_t line, size_t col, const char *fmt,
		   const char *a, const char *b)
{
	struct src_loc l = {src, (uint32_t)line + 1, (uint32_t)col + 1, 1};
	diag_error(d, &l, fmt, a, b);
}

static struct doc_node *new_node(struct pool *nodes, enum doc_kind kind, uint8_t tag, yaml_mark_t m)
{
	struct doc_node *n = pool_take(nodes, sizeof *n);
	n->tag_id = tag;
	n->s = NULL;
	n->len = 0;
	n->line = (uint32_t)m.line + 1;
	n->col = (uint32_t)m.column + 1;
	n->kind = (uint8_t)kind;
	n->quoted = false;
	return n;
}

/* A copy of the file for the diags (caret lines), in memory that is touched once. */
static char *text_copy(const char *data, size_t len)
{
	char *t = xmalloc(len + 1);
#ifdef MADV_HUGEPAGE
	if (len >= 2 * HUGE_PAGE) {
		uintptr_t lo = ((uintptr_t)t + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
		uintptr_t hi = ((uintptr_t)t + len) & ~(uintptr_t)(HUGE_PAGE - 1);
		if (hi > lo)
			(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
	}
#endif
	memcpy(t, data, len);
	t[len] = '\0';
	return t;
}

struct doc_node *doc_parse(struct arena *a, const char *file, const char *data, size_t len,
			   struct rsd_diags *d, const struct src_file **srcp)
{
	/* the text d holds already (the caller handed its buffer over: see
	   rsd_plan_load_file), else a copy: the diags keep it for caret lines */
	const struct src_file *src = d->nfiles ? d->files[d->nfiles - 1] : NULL;
	if (!src || src->text != data || src->len != len)
		src = diag_add_file(d, file, text_copy(data, len), len);
	if (srcp)
		*srcp = src;
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p)) {
		diag_error(d, NULL, "%s: cannot start the YAML parser", file);
		return NULL;
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)src->text, src->len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	/* a small document (a line of NDJSON) starts with chunks sized to it
	   (JSON takes about 2 bytes of nodes and 1 of text per byte) and no
	   intern table: 2 x 64 KiB and a 64 KiB table for each of 50,000 lines
	   cost more than the parse, and fill memory with chunks barely used */
	size_t first_nodes = len < POOL_FIRST / 4 ? 3 * len + 256 : POOL_FIRST;
	size_t first_text = len < POOL_FIRST ? len + 16 : POOL_FIRST;
	struct pool nodes = {a, NULL, 0, first_nodes, 8}, text = {a, NULL, 0, first_text, 1};
	struct intern intern = {NULL, 0}, *keys = len >= INTERN_MIN_DOC ? &intern : NULL;
	struct open *stack = NULL;
	size_t depth = 0, cap = 0, count = 0, ndocs = 0;
	struct doc_node **kids = NULL;	/* children of every open collection, innermost last */
	size_t nkids = 0, cap_kids = 0;
	struct doc_node *root = NULL;
	bool ok = true, done = false;
	while (ok && !done) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&p, &ev)) {
			err_at(d, src, p.problem_mark.line, p.problem_mark.column, "YAML syntax error: %s%s",
			       p.problem ? p.problem : "unknown problem", "");
			ok = false;
			break;
		}
		struct doc_node *made = NULL;
		switch (ev.type) {
		case YAML_DOCUMENT_START_EVENT:
			if (++ndocs > 1) {
				err_at(d, src, ev.start_mark.line, ev.start_mark.column,
				       "%s%s", "a template must hold exactly one YAML document", "");
				ok = false;
			}
			break;
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_ALIAS_EVENT:
			err_at(d, src, ev.start_mark.line, ev.start_mark.column, "%s%s",
			       "YAML aliases are not allowed in templates", "");
			ok = false;
			break;
		case YAML_SCALAR_EVENT: {
			size_t n = ev.data.scalar.length;
			if (n > UINT32_MAX - 1) {
				err_at(d, src, ev.start_mark.line, ev.start_mark.column, "%s%s",
				       "a value longer than 4 GiB", "");
				ok = false;
				break;
			}
			made = new_node(&nodes, DOC_SCALAR, tag_of(ev.data.scalar.tag), ev.start_mark);
			/* a mapping's key: stored once (values repeat too seldom to pay for the lookup) */
			bool key = depth && stack[depth - 1].node->kind == DOC_MAP && (nkids - stack[depth - 1].first) % 2 == 0;
			made->s = text_of(&text, key ? keys : NULL, (const char *)ev.data.scalar.value, n);
			made->len = (uint32_t)n;
			made->quoted = ev.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
				       ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ||
				       ev.data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
				       ev.data.scalar.style == YAML_FOLDED_SCALAR_STYLE;
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT: {
			if (depth >= DOC_MAX_DEPTH) {
				err_at(d, src, ev.start_mark.line, ev.start_mark.column,
				       "nesting too deep: more than %s%s levels", "256", "");
				ok = false;
				break;
			}
			bool map = ev.type == YAML_MAPPING_START_EVENT;
			struct doc_node *n = new_node(&nodes, map ? DOC_MAP : DOC_SEQ,
						      tag_of(map ? ev.data.mapping_start.tag : ev.data.sequence_start.tag),
						      ev.start_mark);
			if (++count > DOC_MAX_NODES) {
				err_at(d, src, ev.start_mark.line, ev.start_mark.column, "%s%s",
				       "too many nodes in the document", "");
				ok = false;
				break;
			}
			struct open *o = VEC_PUSH(stack, depth, cap);
			o->node = n;
			o->first = nkids;
			break;
		}
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT: {
			struct open *o = &stack[--depth];
			size_t n = nkids - o->first;
			made = o->node;
			made->n = (uint32_t)(made->kind == DOC_MAP ? n / 2 : n);
			made->items = NULL;
			if (n) {
				made->items = pool_take(&nodes, n * sizeof *made->items);
				memcpy(made->items, kids + o->first, n * sizeof *made->items);
			}
			nkids = o->first;
			break;
		}
		default:
			break;
		}
		yaml_event_delete(&ev);
		if (!ok || !made)
			continue;
		if (made->kind == DOC_SCALAR && ++count > DOC_MAX_NODES) {
			err_at(d, src, made->line - 1, made->col - 1, "%s%s", "too many nodes in the document", "");
			ok = false;
			continue;
		}
		if (depth == 0)
			root = made;
		else
			*VEC_PUSH(kids, nkids, cap_kids) = made;
	}
	xfree(intern.slot);
	xfree(kids);
	xfree(stack);
	yaml_parser_delete(&p);
	if (ok && !root) {
		err_at(d, src, 0, 0, "%s%s", "empty document", "");
		ok = false;
	}
	return ok ? root : NULL;
}

const struct doc_node *doc_get(const struct doc_node *map, const char *key)
{
	if (!map || map->kind != DOC_MAP)
		return NULL;
	size_t n = strlen(key);	/* lengths first: most keys are told apart without reading their text */
	for (uint32_t i = 0; i < map->n; i++) {
		const struct doc_node *k = map->items[2 * i];
		if (k->kind == DOC_SCALAR && k->len == n && memcmp(k->s, key, n) == 0)
			return map->items[2 * i + 1];
	}
	return NULL;
}

bool doc_true(const struct doc_node *n)
{
	const char *s = doc_str(n);
	return s && (strcmp(s, "true") == 0 || strcmp(s, "True") == 0 || strcmp(s, "TRUE") == 0);
}
