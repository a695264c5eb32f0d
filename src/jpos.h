/*
** jpos.h — positions of JSON objects for loaders that parse with jansson
** (which keeps none): one scan of the text lists where every object
** starts, in text order; a pre-order walk of the parsed tree (jansson keeps
** object members in text order, and the loaders reject duplicate keys, so
** the k-th object of the walk is the k-th '{' of the text) gives each
** wanted object its line and column.
*/
#ifndef RSD_JPOS_H
#define RSD_JPOS_H

#include <jansson.h>
#include <stddef.h>

#include "plan.h"

/*
** Find the positions of targets[0..n) (objects of root, listed in the
** order a pre-order walk meets them) in text data (the text root was
** parsed from): out[i] for targets[i]; {0, 0} for one not found.
*/
void jpos_find(const char *data, size_t len, json_t *root, json_t *const *targets, struct plan_pos *out,
	       size_t n);

#endif
