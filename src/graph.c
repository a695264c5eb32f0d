/*
** graph.c — `residency graph`: stores clustered by the countries of their
** primary location(s), bare places (flow endpoints, replica and backup
** locations) clustered by their own countries, explicit flows as solid
** edges, implicit replica/backup transfers as dashed edges.  Facts with a
** non-waived violation are red, facts whose violations are all waived
** orange.  Output format: docs/toolkit.md.
*/
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "graph.h"
#include "residency.h"
#include "util.h"

enum mark { MARK_NONE, MARK_WAIVED, MARK_VIOLATION };

struct node {
	char *id;	/* s0, p3 */
	char *label;
	char *cluster;	/* "DE" or "BE, DE" */
	enum mark mark;
	bool place;
};

struct edge {
	uint32_t from, to;	/* node indexes */
	char *label;
	bool dashed;
	enum mark mark;
};

struct g {
	const struct rsd_result *r;
	const struct rsd_policy *p;
	const struct rsd_plan *pl;
	struct bits *sets;
	struct node *nodes;
	size_t nnodes, cap_nodes;
	struct edge *edges;
	size_t nedges, cap_edges;
	uint32_t *place_node;	/* countries then locations -> node + 1 (0: none) */
	/* fact name -> mark, sorted by name */
	struct named { const char *name; enum mark mark; } *marks;
	size_t nmarks;
};

static int cmp_named(const void *a, const void *b)
{
	return strcmp(((const struct named *)a)->name, ((const struct named *)b)->name);
}

static enum mark mark_of(const struct g *G, const char *fact)
{
	struct named key = { fact, MARK_NONE };
	struct named *m = G->nmarks ? bsearch(&key, G->marks, G->nmarks, sizeof *G->marks, cmp_named) : NULL;
	return m ? m->mark : MARK_NONE;
}

/* One entry per fact with rule findings: violation wins over waived. */
static void build_marks(struct g *G)
{
	const struct rsd_result *r = G->r;
	G->marks = xmalloc((r->nfindings + 1) * sizeof *G->marks);
	size_t n = 0;
	for (uint32_t i = 0; i < r->nfindings; i++) {
		const struct finding *f = &r->findings[i];
		if (f->rule < 0 || !f->fact)
			continue;
		G->marks[n++] = (struct named){ f->fact, f->status == FINDING_WAIVED ? MARK_WAIVED : MARK_VIOLATION };
	}
	if (n)
		qsort(G->marks, n, sizeof *G->marks, cmp_named);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if (m && strcmp(G->marks[m - 1].name, G->marks[i].name) == 0) {
			if (G->marks[i].mark > G->marks[m - 1].mark)
				G->marks[m - 1].mark = G->marks[i].mark;
			continue;
		}
		G->marks[m++] = G->marks[i];
	}
	G->nmarks = m;
}

static char *countries_text(const struct bits *b)
{
	struct strbuf sb = { 0 };
	sb_puts(&sb, "");
	BITS_FOREACH(c, b)
		sb_printf(&sb, "%s%s", sb.len ? ", " : "", country_code(c));
	if (!sb.len)
		sb_puts(&sb, "unknown");
	return sb_take(&sb);
}

static char *classes_text(const struct rsd_policy *p, const struct bits *b)
{
	struct strbuf sb = { 0 };
	sb_puts(&sb, "");
	BITS_FOREACH(c, b)
		sb_printf(&sb, "%s%s", sb.len ? ", " : "", (uint32_t)c < p->nclasses ? p->classes[c].name : "?");
	return sb_take(&sb);
}

static uint32_t add_node(struct g *G, char *id, char *label, char *cluster, enum mark mark, bool place)
{
	struct node *n = VEC_PUSH(G->nodes, G->nnodes, G->cap_nodes);
	*n = (struct node){ id, label, cluster, mark, place };
	return (uint32_t)(G->nnodes - 1);
}

static uint32_t place_node(struct g *G, struct place pl)
{
	uint32_t key = pl.kind == PLACE_COUNTRY ? pl.country : COUNTRY_COUNT + (uint32_t)pl.loc;
	if (G->place_node[key])
		return G->place_node[key] - 1;
	char id[24];
	snprintf(id, sizeof id, "p%u", key);
	struct bits c = place_countries(G->p, G->sets, pl);
	uint32_t n = add_node(G, xstrdup(id), xstrdup(place_name(G->p, pl)), countries_text(&c), MARK_NONE, true);
	G->place_node[key] = n + 1;
	return n;
}

static void add_edge(struct g *G, uint32_t from, uint32_t to, char *label, bool dashed, enum mark mark)
{
	struct edge *e = VEC_PUSH(G->edges, G->nedges, G->cap_edges);
	*e = (struct edge){ from, to, label, dashed, mark };
}

/*
** A store's or flow's label: its name, and its classes on a second line.
** A fact with no class (an unclassified Terraform resource) has no second
** line, rather than an empty one.
*/
static char *label_text(const struct rsd_policy *p, const char *name, const struct bits *classes)
{
	char *cls = classes_text(p, classes);
	struct strbuf lb = { 0 };
	sb_printf(&lb, cls[0] ? "%s\n%s" : "%s", name, cls);
	xfree(cls);
	return sb_take(&lb);
}

static void build(struct g *G)
{
	const struct rsd_plan *pl = G->pl;
	const struct rsd_policy *p = G->p;
	G->place_node = xcalloc(COUNTRY_COUNT + p->nlocations + 1, sizeof *G->place_node);
	for (uint32_t i = 0; i < pl->nstores; i++) {
		const struct plan_store *s = &pl->stores[i];
		struct bits c;
		bits_clear(&c);
		for (uint32_t k = 0; k < s->nprimary; k++)
			c = bits_or(c, place_countries(p, G->sets, s->primary[k]));
		char id[24];
		snprintf(id, sizeof id, "s%u", i);
		add_node(G, xstrdup(id), label_text(p, s->name, &s->classes), countries_text(&c),
			 mark_of(G, s->name), false);
	}
	for (uint32_t i = 0; i < pl->nstores; i++) {
		const struct plan_store *s = &pl->stores[i];
		for (int kind = 0; kind < 2; kind++) {
			const struct plan_placeref *v = kind ? s->backups : s->replicas;
			uint32_t nv = kind ? s->nbackups : s->nreplicas;
			const char *what = kind ? "backup" : "replica";
			for (uint32_t k = 0; k < nv; k++) {
				uint32_t to = place_node(G, v[k].place);
				struct strbuf nm = { 0 };
				sb_printf(&nm, "%s (%s %s)", s->name, what, place_name(p, v[k].place));
				enum mark m = mark_of(G, nm.s);
				sb_free(&nm);
				add_edge(G, i, to, xstrdup(what), true, m);
			}
		}
	}
	for (uint32_t i = 0; i < pl->nflows; i++) {
		const struct plan_flow *f = &pl->flows[i];
		uint32_t from = f->from.store >= 0 ? (uint32_t)f->from.store : place_node(G, f->from.place);
		uint32_t to = f->to.store >= 0 ? (uint32_t)f->to.store : place_node(G, f->to.place);
		add_edge(G, from, to, label_text(p, f->name, plan_flow_classes(pl, f)), false, mark_of(G, f->name));
	}
}

/* ---------------------------------------------------------------- output */

static const char *color_of(enum mark m)
{
	return m == MARK_VIOLATION ? "#d62728" : m == MARK_WAIVED ? "#ff7f0e" : NULL;
}

static void dot_str(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		if (*s == '\n')
			fputs("\\n", out);
		else
			fputc(*s, out);
	}
	fputc('"', out);
}

static void mm_str(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		switch (*s) {
		case '"': fputs("#quot;", out); break;
		case '\n': fputs("<br/>", out); break;
		case '<': fputs("#lt;", out); break;
		case '>': fputs("#gt;", out); break;
		default: fputc(*s, out);
		}
	}
	fputc('"', out);
}

static int cmp_cluster(const void *a, const void *b, void *arg)
{
	const struct node *n = arg;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	int c = strcmp(n[x].cluster, n[y].cluster);
	if (c)
		return c;
	if (n[x].place != n[y].place)
		return n[x].place ? 1 : -1;
	return x < y ? -1 : x > y;
}

/* node indexes sorted by (cluster, stores first, index) */
static uint32_t *sorted_nodes(const struct g *G)
{
	uint32_t *v = xmalloc((G->nnodes + 1) * sizeof *v);
	for (uint32_t i = 0; i < G->nnodes; i++)
		v[i] = i;
	/* insertion sort keeps this free of qsort_r portability concerns */
	for (uint32_t i = 1; i < G->nnodes; i++) {
		uint32_t x = v[i], j = i;
		for (; j > 0 && cmp_cluster(&v[j - 1], &x, G->nodes) > 0; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
	return v;
}

static void write_dot(const struct g *G, FILE *out)
{
	fputs("digraph ", out);
	dot_str(out, G->pl->name ? G->pl->name : G->pl->file && G->pl->file[0] ? G->pl->file : "plan");
	fputs(" {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
	      "  edge [fontname=\"Helvetica\", fontsize=10];\n", out);
	uint32_t *v = sorted_nodes(G);
	uint32_t ncl = 0;
	for (uint32_t k = 0; k < G->nnodes; k++) {
		const struct node *n = &G->nodes[v[k]];
		if (k == 0 || strcmp(G->nodes[v[k - 1]].cluster, n->cluster) != 0) {
			if (k)
				fputs("  }\n", out);
			fprintf(out, "  subgraph cluster_%u {\n    label=", ncl++);
			dot_str(out, n->cluster);
			fputs(";\n", out);
		}
		fprintf(out, "    %s [label=", n->id);
		dot_str(out, n->label);
		if (n->place)
			fputs(", shape=ellipse, style=dashed", out);
		if (color_of(n->mark))
			fprintf(out, ", color=\"%s\", fontcolor=\"%s\"", color_of(n->mark), color_of(n->mark));
		fputs("];\n", out);
	}
	if (G->nnodes)
		fputs("  }\n", out);
	for (size_t i = 0; i < G->nedges; i++) {
		const struct edge *e = &G->edges[i];
		fprintf(out, "  %s -> %s [label=", G->nodes[e->from].id, G->nodes[e->to].id);
		dot_str(out, e->label);
		if (e->dashed)
			fputs(", style=dashed", out);
		if (color_of(e->mark))
			fprintf(out, ", color=\"%s\", fontcolor=\"%s\"", color_of(e->mark), color_of(e->mark));
		fputs("];\n", out);
	}
	fputs("}\n", out);
	xfree(v);
}

static void write_mermaid(const struct g *G, FILE *out)
{
	fputs("flowchart LR\n", out);
	uint32_t *v = sorted_nodes(G);
	uint32_t ncl = 0;
	for (uint32_t k = 0; k < G->nnodes; k++) {
		const struct node *n = &G->nodes[v[k]];
		if (k == 0 || strcmp(G->nodes[v[k - 1]].cluster, n->cluster) != 0) {
			if (k)
				fputs("  end\n", out);
			fprintf(out, "  subgraph c%u[", ncl++);
			mm_str(out, n->cluster);
			fputs("]\n", out);
		}
		fprintf(out, "    %s%s", n->id, n->place ? "([" : "[");
		mm_str(out, n->label);
		fputs(n->place ? "])\n" : "]\n", out);
	}
	if (G->nnodes)
		fputs("  end\n", out);
	for (size_t i = 0; i < G->nedges; i++) {
		const struct edge *e = &G->edges[i];
		fprintf(out, "  %s %s|", G->nodes[e->from].id, e->dashed ? "-.->" : "-->");
		mm_str(out, e->label);
		fprintf(out, "| %s\n", G->nodes[e->to].id);
	}
	fputs("  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px\n"
	      "  classDef waived stroke:#ff7f0e,color:#ff7f0e\n", out);
	for (enum mark m = MARK_WAIVED; m <= MARK_VIOLATION; m++) {
		const char *sep = "";
		for (uint32_t i = 0; i < G->nnodes; i++)
			if (G->nodes[i].mark == m) {
				fprintf(out, "%s%s", *sep ? sep : "  class ", G->nodes[i].id);
				sep = ",";
			}
		if (*sep)
			fprintf(out, " %s\n", m == MARK_VIOLATION ? "violation" : "waived");
	}
	for (size_t i = 0; i < G->nedges; i++)
		if (color_of(G->edges[i].mark))
			fprintf(out, "  linkStyle %zu stroke:%s,color:%s\n", i, color_of(G->edges[i].mark),
				color_of(G->edges[i].mark));
	xfree(v);
}

/* See graph.h. */
void graph_write(const struct rsd_result *r, enum graph_format fmt, FILE *out)
{
	struct g G;
	memset(&G, 0, sizeof G);
	G.r = r;
	G.p = r->policy;
	G.pl = r->plan;
	G.sets = policy_sets_at(G.p, r->date);
	build_marks(&G);
	build(&G);
	if (fmt == GRAPH_DOT)
		write_dot(&G, out);
	else
		write_mermaid(&G, out);
	for (size_t i = 0; i < G.nnodes; i++) {
		xfree(G.nodes[i].id);
		xfree(G.nodes[i].label);
		xfree(G.nodes[i].cluster);
	}
	for (size_t i = 0; i < G.nedges; i++)
		xfree(G.edges[i].label);
	xfree(G.nodes);
	xfree(G.edges);
	xfree(G.marks);
	xfree(G.place_node);
	xfree(G.sets);
}

/* See residency.h. */
int rsd_graph(const rsd_result *r, const char *format, FILE *out)
{
	enum graph_format f;
	if (!r || !format)
		return -1;
	if (strcmp(format, "dot") == 0)
		f = GRAPH_DOT;
	else if (strcmp(format, "mermaid") == 0)
		f = GRAPH_MERMAID;
	else
		return -1;
	graph_write(r, f, out);
	return 0;
}
