/*
** doc.h — a positioned document tree for the JSON and YAML inputs of the
** plan front ends (CloudFormation, CDK manifests): every node keeps the
** line and column where it starts, so findings can point into the file.
** Built from libyaml's event stream, which also reads JSON (a JSON text is
** a YAML flow document).  Untrusted input: aliases are refused, depth and
** node counts are bounded, nothing recurses on input depth while building.
*/
#ifndef RSD_DOC_H
#define RSD_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"

#define DOC_MAX_DEPTH 256
#define DOC_MAX_NODES ((size_t)50 << 20)

enum doc_kind { DOC_SCALAR, DOC_SEQ, DOC_MAP };

/*
** @tag_id: the node's local tag (!Ref, !GetAtt, …): doc_tag(n)
** @s, @len: a scalar's text (NUL-terminated)
** @quoted: a scalar written in quotes (never a null, number or boolean)
** @items: DOC_SEQ: n entries; DOC_MAP: n key/value pairs, keys at 2i
** A scalar's s/len and a collection's items/n share their storage: read
** them only after checking kind (doc_str does).  24 bytes a node: a large
** template has a node for every dozen bytes of its text, and building the
** tree costs what it writes (docs/performance.md, "Loaders").
*/
struct doc_node {
	union {
		const char *s;
		struct doc_node **items;
	};
	union {
		uint32_t len;
		uint32_t n;
	};
	uint32_t line, col;
	uint8_t kind;	/* enum doc_kind */
	bool quoted;
	uint8_t tag_id;	/* 0: none; an index into doc_tags */
};

/*
** The local tags: CloudFormation's short forms ("!Ref", "!Sub", …), then
** "!" for any other local tag (!Foo reads as "!": a tag, never a plain value).
*/
extern const char *const doc_tags[];
static inline const char *doc_tag(const struct doc_node *n)
{
	return n->tag_id ? doc_tags[n->tag_id] : NULL;
}

/*
** Parse data[0..len) (named file in messages) into nodes in arena a.
** Returns the root, or NULL with one error on d.  The file is registered
** on d (for caret lines) and returned in *src when src is not NULL.
*/
struct doc_node *doc_parse(struct arena *a, const char *file, const char *data, size_t len,
			   struct rsd_diags *d, const struct src_file **src);

/* The value of key in a mapping (NULL: not a mapping, or no such key). */
const struct doc_node *doc_get(const struct doc_node *map, const char *key);
/* The scalar text of a node, or NULL when it is not a scalar. */
static inline const char *doc_str(const struct doc_node *n)
{
	return n && n->kind == DOC_SCALAR ? n->s : NULL;
}
/* A plain scalar that reads as true. */
bool doc_true(const struct doc_node *n);

#endif
