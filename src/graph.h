/*
** graph.h — `residency graph`: a checked plan as a diagram (Graphviz dot or
** Mermaid): stores grouped by country, transfers as edges, violations red.
*/
#ifndef RSD_GRAPH_H
#define RSD_GRAPH_H

#include <stdio.h>

#include "eval.h"

enum graph_format { GRAPH_DOT, GRAPH_MERMAID };

/*
** Draw the plan of result r (stores, places named by flows and by replica
** and backup entries, explicit and implicit transfers) with r's findings:
** a store or transfer with a non-waived rule violation is drawn red, one
** whose violations are all waived orange.  Deterministic: nodes and
** clusters in sorted order.
*/
void graph_write(const struct rsd_result *r, enum graph_format fmt, FILE *out);

#endif
