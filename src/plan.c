/*
** plan.c — the plan model: allocation, entries, store lookup, places.
*/
#include "plan.h"

#include <math.h>
#include <string.h>

#include "country.h"
#include "util.h"

struct rsd_plan *plan_new(const char *file)
{
	struct rsd_plan *pl = xcalloc(1, sizeof *pl);
	arena_init(&pl->arena);
	arena_init(&pl->names);
	pl->file = arena_strdup(&pl->arena, file ? file : "");
	pl->as_of = DATE_NONE;
	return pl;
}

void plan_free(struct rsd_plan *pl)
{
	if (!pl)
		return;
	xfree(pl->stores);
	xfree(pl->flows);
	xfree(pl->flow_cold);
	xfree(pl->csets);
	xfree(pl->cset_hash);
	xfree(pl->waivers);
	xfree(pl->notes);
	xfree(pl->store_hash);
	arena_free(&pl->arena);
	arena_free(&pl->names);
	xfree(pl);
}

/* The entry arrays are xrealloc'd (not arena) so they can grow in place;
   past 1 MiB they are big blocks (util.h). */
#define ADD_ENTRY(fn, type, arr, n, cap) \
	type *fn(struct rsd_plan *pl) \
	{ \
		size_t c = pl->cap; \
		pl->arr = xgrow_big(pl->arr, &c, (size_t)pl->n + 1, sizeof *pl->arr); \
		pl->cap = (uint32_t)c; \
		type *e = &pl->arr[pl->n++]; \
		memset(e, 0, sizeof *e); \
		return e; \
	}

static ADD_ENTRY(plan_add_store_raw, struct plan_store, stores, nstores, cap_stores)
static ADD_ENTRY(plan_add_flow_raw, struct plan_flow, flows, nflows, cap_flows)
static ADD_ENTRY(plan_add_waiver_raw, struct plan_waiver, waivers, nwaivers, cap_waivers)
ADD_ENTRY(plan_add_note, struct plan_note, notes, nnotes, cap_notes)

struct plan_store *plan_add_store(struct rsd_plan *pl)
{
	xfree(pl->store_hash);	/* invalidate the name index */
	pl->store_hash = NULL;
	return plan_add_store_raw(pl);
}

struct plan_flow *plan_add_flow(struct rsd_plan *pl)
{
	struct plan_flow *f = plan_add_flow_raw(pl);
	f->from.store = f->to.store = -1;
	return f;
}

struct plan_waiver *plan_add_waiver(struct rsd_plan *pl)
{
	struct plan_waiver *w = plan_add_waiver_raw(pl);
	w->rule = -1;
	return w;
}

/* ---------------------------------------------------------------- flows */

const struct plan_flow_cold plan_flow_cold_none;

/* {c} for each class c, after the empty set */
#define CSET1(c) {{ (c) < 64 ? (uint64_t)1 << ((c) & 63) : 0, (c) >= 64 && (c) < 128 ? (uint64_t)1 << ((c) & 63) : 0, \
		    (c) >= 128 && (c) < 192 ? (uint64_t)1 << ((c) & 63) : 0, (c) >= 192 ? (uint64_t)1 << ((c) & 63) : 0 }}
#define CSET4(c) CSET1(c), CSET1((c) + 1), CSET1((c) + 2), CSET1((c) + 3)
#define CSET16(c) CSET4(c), CSET4((c) + 4), CSET4((c) + 8), CSET4((c) + 12)
#define CSET64(c) CSET16(c), CSET16((c) + 16), CSET16((c) + 32), CSET16((c) + 48)
const struct bits plan_cset_one[PLAN_CSET_TABLE] = {
	{{0, 0, 0, 0}}, CSET64(0), CSET64(64), CSET64(128), CSET64(192)
};
_Static_assert(BITS_MAX == 256, "plan_cset_one has a set per class");

struct plan_flow_cold *plan_flow_cold_mut(struct rsd_plan *pl, struct plan_flow *f)
{
	if (!f->cold) {
		size_t c = pl->cap_flow_cold;
		pl->flow_cold = xgrow_big(pl->flow_cold, &c, (size_t)pl->nflow_cold + 1, sizeof *pl->flow_cold);
		pl->cap_flow_cold = (uint32_t)c;
		memset(&pl->flow_cold[pl->nflow_cold], 0, sizeof *pl->flow_cold);
		f->cold = ++pl->nflow_cold;
	}
	return &pl->flow_cold[f->cold - 1];
}

void plan_flow_set_subjects(struct rsd_plan *pl, struct plan_flow *f, double v)
{
	if (v >= 0 && v < PLAN_SUBJECTS_COLD && v == (double)(uint32_t)v && !signbit(v)) {
		f->subj24 = (uint32_t)v & PLAN_SUBJECTS_COLD;
		return;
	}
	f->subj24 = PLAN_SUBJECTS_COLD;
	plan_flow_cold_mut(pl, f)->subjects_big = v;
}

/* Sets of two classes or more, each stored once (open addressing, load ≤ 1/2). */
void plan_flow_set_classes(struct rsd_plan *pl, struct plan_flow *f, const struct bits *b)
{
	unsigned n = 0, one = 0;
	for (unsigned w = 0; w < 4 && n < 2; w++)
		if (b->w[w]) {
			n += (unsigned)__builtin_popcountll(b->w[w]);
			one = w * 64 + (unsigned)__builtin_ctzll(b->w[w]);
		}
	if (n < 2) {
		f->cset = n ? 1 + one : 0;
		return;
	}
	if (2 * (pl->ncsets + 1) > pl->cset_hash_size) {
		uint32_t size = pl->cset_hash_size ? 2 * pl->cset_hash_size : 64;
		uint32_t *h = xcalloc(size, sizeof *h);
		for (uint32_t i = 0; i < pl->ncsets; i++) {
			uint32_t k = bits_hash(&pl->csets[i]) & (size - 1);
			while (h[k])
				k = (k + 1) & (size - 1);
			h[k] = i + 1;
		}
		xfree(pl->cset_hash);
		pl->cset_hash = h;
		pl->cset_hash_size = size;
	}
	uint32_t k = bits_hash(b) & (pl->cset_hash_size - 1);
	for (; pl->cset_hash[k]; k = (k + 1) & (pl->cset_hash_size - 1)) {
		const struct bits *s = &pl->csets[pl->cset_hash[k] - 1];
		if (!memcmp(s, b, sizeof *b)) {
			f->cset = PLAN_CSET_TABLE + pl->cset_hash[k] - 1;
			return;
		}
	}
	size_t c = pl->cap_csets;
	pl->csets = xgrow(pl->csets, &c, (size_t)pl->ncsets + 1, sizeof *pl->csets);
	pl->cap_csets = (uint32_t)c;
	pl->csets[pl->ncsets] = *b;
	pl->cset_hash[k] = ++pl->ncsets;
	f->cset = PLAN_CSET_TABLE + pl->ncsets - 1;
}

/* whether mechmask can stand for m[0..n) (*mask: it, else 0) */
static bool mechs_simple(const struct plan_mech *m, uint32_t n, uint64_t *mask)
{
	*mask = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (m[i].expires != DATE_MAX || m[i].mech < 0 || m[i].mech >= 64) {
			*mask = 0;
			return false;
		}
		*mask |= (uint64_t)1 << m[i].mech;
	}
	return true;
}

static void flow_mechs(struct rsd_plan *pl, struct plan_flow *f, const struct plan_mech *m, uint32_t n, bool copy)
{
	f->mechs_listed = !mechs_simple(m, n, &f->mechmask);
	if (f->mechs_listed) {
		struct plan_mech *v = copy ? arena_memdup(&pl->arena, m, n * sizeof *m) : (struct plan_mech *)m;
		struct plan_flow_cold *c = plan_flow_cold_mut(pl, f);
		c->mechs = v;
		c->nmechs = n;
	} else if (f->cold) {
		struct plan_flow_cold *c = plan_flow_cold_mut(pl, f);
		c->mechs = NULL;
		c->nmechs = 0;
	}
}

void plan_flow_set_mechs(struct rsd_plan *pl, struct plan_flow *f, struct plan_mech *m, uint32_t n)
{
	flow_mechs(pl, f, m, n, false);
}

void plan_flow_copy_mechs(struct rsd_plan *pl, struct plan_flow *f, const struct plan_mech *m, uint32_t n)
{
	flow_mechs(pl, f, m, n, true);
}

/* Open-addressing hash of store names → index + 1; built on first lookup. */
static void build_store_hash(struct rsd_plan *pl)
{
	uint32_t size = 16;
	while (size < pl->nstores * 2 + 2)
		size *= 2;
	pl->store_hash = xcalloc(size, sizeof(int32_t));
	pl->store_hash_size = size;
	for (uint32_t i = 0; i < pl->nstores; i++) {
		uint32_t h = str_hash(pl->stores[i].name) & (size - 1);
		while (pl->store_hash[h]) {
			/* first declaration wins for duplicates */
			if (strcmp(pl->stores[pl->store_hash[h] - 1].name, pl->stores[i].name) == 0)
				goto next;
			h = (h + 1) & (size - 1);
		}
		pl->store_hash[h] = (int32_t)i + 1;
next:;
	}
}

int plan_find_store(const struct rsd_plan *cpl, const char *name)
{
	struct rsd_plan *pl = (struct rsd_plan *)cpl;	/* lazily built cache */
	if (!pl->nstores)
		return -1;
	if (!pl->store_hash)
		build_store_hash(pl);
	uint32_t h = str_hash(name) & (pl->store_hash_size - 1);
	while (pl->store_hash[h]) {
		int32_t i = pl->store_hash[h] - 1;
		if (strcmp(pl->stores[i].name, name) == 0)
			return i;
		h = (h + 1) & (pl->store_hash_size - 1);
	}
	return -1;
}

bool place_resolve(const struct rsd_policy *p, const char *name, struct place *out)
{
	memset(out, 0, sizeof *out);
	int c = country_lookup(name, strlen(name));
	if (c >= 0) {
		out->kind = PLACE_COUNTRY;
		out->country = (uint16_t)c;
		out->loc = -1;
		return true;
	}
	int l = policy_find_location(p, name);
	if (l < 0)
		return false;
	out->kind = PLACE_LOCATION;
	out->loc = l;
	return true;
}

/* Give back the growth slack of the entry arrays once the plan is complete. */
void plan_shrink(struct rsd_plan *pl)
{
	if (pl->nstores < pl->cap_stores) {
		pl->stores = xrealloc(pl->stores, (pl->nstores ? pl->nstores : 1) * sizeof *pl->stores);
		pl->cap_stores = pl->nstores ? pl->nstores : 1;
	}
	if (pl->nflows < pl->cap_flows) {
		pl->flows = xrealloc(pl->flows, (pl->nflows ? pl->nflows : 1) * sizeof *pl->flows);
		pl->cap_flows = pl->nflows ? pl->nflows : 1;
	}
	if (pl->nflow_cold < pl->cap_flow_cold) {
		pl->flow_cold = xrealloc(pl->flow_cold, (pl->nflow_cold ? pl->nflow_cold : 1) * sizeof *pl->flow_cold);
		pl->cap_flow_cold = pl->nflow_cold ? pl->nflow_cold : 1;
	}
	arena_trim(&pl->arena);
	arena_trim(&pl->names);
}

/* the layout struct plan_flow promises (on 64-bit targets): 64 bytes, and
   what the evaluator's first test of a flow reads in its first 32 */
_Static_assert(sizeof(void *) != 8 || (sizeof(struct plan_flow) == 64 &&
	       offsetof(struct plan_flow, mechs_listed) < 32), "struct plan_flow layout");
_Static_assert(sizeof(void *) != 8 || sizeof(struct plan_flow_cold) == 40, "struct plan_flow_cold layout");

size_t plan_class_list(const struct rsd_policy *p, const char *v, struct bits *out,
		       void (*unknown)(void *ctx, const char *name), void *ctx)
{
	size_t nnames = 0;
	for (const char *s = v; *s;) {
		s += strspn(s, ",+ \t");
		size_t n = strcspn(s, ",+ \t");
		if (!n)
			break;
		nnames++;
		char *name = xstrndup(s, n);
		int c = policy_find_class(p, name);
		if (c < 0)
			unknown(ctx, name);
		else
			bits_set(out, (unsigned)c);
		xfree(name);
		s += n;
	}
	return nnames;
}

const char *plan_gcp_name(struct arena *a, const char *v, bool upper, bool zone)
{
	size_t n = strlen(v);
	if (zone) {	/* europe-west1-b → europe-west1; a region has one '-' */
		const char *d1 = strchr(v, '-'), *d2 = d1 ? strchr(d1 + 1, '-') : NULL;
		if (d2) {
			n = (size_t)(d2 - v);
			upper = false;
		}
	}
	bool region = memchr(v, '-', n) != NULL;
	char *o = arena_alloc(a, n + 5), *w = o;
	memcpy(w, "gcp:", 4);
	w += 4;
	for (size_t i = 0; i < n; i++) {
		char c = v[i];
		if (region && c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		else if (!region && upper && c >= 'a' && c <= 'z')
			c = (char)(c - 32);
		*w++ = c;
	}
	*w = 0;
	return o;
}

const char *plan_gcp_path_location(struct arena *a, const char *v)
{
	const char *s = v ? strstr(v, "locations/") : NULL;
	if (!s)
		return NULL;
	s += 10;
	size_t n = strcspn(s, "/");
	return n ? arena_strndup(a, s, n) : NULL;
}

const char *plan_gcp_sql_backup_multi(const char *region)
{
	return strncmp(region, "gcp:europe-", 11) == 0 ? "gcp:EU"
	       : strncmp(region, "gcp:us-", 7) == 0	? "gcp:US"
	       : strncmp(region, "gcp:asia-", 9) == 0 ? "gcp:ASIA"
							: NULL;
}
