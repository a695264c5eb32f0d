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
** @tag: the node's local tag as written ("!Ref", "!GetAtt"), NULL: none
** @s, @len: a scalar's text (NUL-terminated)
** @quoted: a scalar written in quotes (never a null, number or boolean)
** @items: DOC_SEQ: n entries; DOC_MAP: n key/value pairs, keys at 2i
** A scalar's s/len and a collection's items/n share their storage: read
** them only after checking kind (doc_str does).  32 bytes a node: a large
** template has a node for every dozen bytes of its text.
*/
struct doc_node {
	const char *tag;
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
};

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
