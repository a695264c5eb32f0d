/*
** doc.c — the positioned document tree of doc.h, built from libyaml's
** events with an explicit stack (no recursion on input depth).
*/
#include "doc.h"

#include <string.h>
#include <yaml.h>

#include "util.h"

/* An open collection: its node and where its children start on the shared child stack. */
struct open {
	struct doc_node *node;
	size_t first;
};

static void err_at(struct rsd_diags *d, const struct src_file *src, size_t line, size_t col, const char *fmt,
		   const char *a, const char *b)
{
	struct src_loc l = {src, (uint32_t)line + 1, (uint32_t)col + 1, 1};
	diag_error(d, &l, fmt, a, b);
}

static struct doc_node *new_node(struct arena *a, enum doc_kind kind, const yaml_char_t *tag,
				 yaml_mark_t m)
{
	struct doc_node *n = arena_alloc_raw(a, sizeof *n);
	memset(n, 0, sizeof *n);
	n->kind = kind;
	n->line = (uint32_t)m.line + 1;
	n->col = (uint32_t)m.column + 1;
	if (tag && tag[0] == '!' && tag[1] != '!')	/* a local tag: !Ref, !Sub, … */
		n->tag = arena_strdup(a, (const char *)tag);
	return n;
}

struct doc_node *doc_parse(struct arena *a, const char *file, const char *data, size_t len,
			   struct rsd_diags *d, const struct src_file **srcp)
{
	const struct src_file *src = diag_add_file(d, file, xstrndup(data, len), len);
	if (srcp)
		*srcp = src;
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p)) {
		diag_error(d, NULL, "%s: cannot start the YAML parser", file);
		return NULL;
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)src->text, src->len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	struct open *stack = NULL;
	size_t depth = 0, cap = 0, nodes = 0, ndocs = 0;
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
		case YAML_SCALAR_EVENT:
			made = new_node(a, DOC_SCALAR, ev.data.scalar.tag, ev.start_mark);
			made->s = arena_strndup(a, (const char *)ev.data.scalar.value, ev.data.scalar.length);
			made->len = ev.data.scalar.length;
			made->quoted = ev.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
				       ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ||
				       ev.data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
				       ev.data.scalar.style == YAML_FOLDED_SCALAR_STYLE;
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT: {
			if (depth >= DOC_MAX_DEPTH) {
				err_at(d, src, ev.start_mark.line, ev.start_mark.column,
				       "nesting too deep: more than %s%s levels", "256", "");
				ok = false;
				break;
			}
			bool map = ev.type == YAML_MAPPING_START_EVENT;
			struct doc_node *n = new_node(a, map ? DOC_MAP : DOC_SEQ,
						      map ? ev.data.mapping_start.tag : ev.data.sequence_start.tag,
						      ev.start_mark);
			if (++nodes > DOC_MAX_NODES) {
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
			made->items = arena_alloc_raw(a, (n + 1) * sizeof *made->items);
			if (n)
				memcpy(made->items, kids + o->first, n * sizeof *made->items);
			nkids = o->first;
			break;
		}
		default:
			break;
		}
		yaml_event_delete(&ev);
		if (!ok || !made)
			continue;
		if (made->kind == DOC_SCALAR && ++nodes > DOC_MAX_NODES) {
			err_at(d, src, made->line - 1, made->col - 1, "%s%s", "too many nodes in the document", "");
			ok = false;
			continue;
		}
		if (depth == 0)
			root = made;
		else
			*VEC_PUSH(kids, nkids, cap_kids) = made;
	}
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
	for (uint32_t i = 0; i < map->n; i++) {
		const struct doc_node *k = map->items[2 * i];
		if (k->kind == DOC_SCALAR && strcmp(k->s, key) == 0)
			return map->items[2 * i + 1];
	}
	return NULL;
}

bool doc_true(const struct doc_node *n)
{
	const char *s = doc_str(n);
	return s && (strcmp(s, "true") == 0 || strcmp(s, "True") == 0 || strcmp(s, "TRUE") == 0);
}
