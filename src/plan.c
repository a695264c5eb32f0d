/*
** plan.c — the plan model: allocation, entries, store lookup, places.
*/
#include "plan.h"

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
	arena_trim(&pl->arena);
	arena_trim(&pl->names);
}

/* the layout struct plan_flow promises (on 64-bit targets) */
_Static_assert(sizeof(void *) != 8 || (sizeof(struct plan_flow) == 128 &&
	       offsetof(struct plan_flow, mechmask) + 8 <= 72), "struct plan_flow layout");

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
