/*
** where.c — `residency where`: the countries and catalog locations where a
** store of a class (or a transfer from a place) violates no rule.  Every
** candidate place becomes one fact of a single plan, judged by the
** evaluator in one run, so `where` has exactly the evaluator's semantics.
** Output format: docs/toolkit.md.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "country.h"
#include "residency.h"
#include "testrun.h"
#include "where.h"

/* See where.h. */
struct place *where_all_places(const struct rsd_policy *p, uint32_t *n)
{
	struct place *v = xmalloc((COUNTRY_COUNT + p->nlocations) * sizeof *v);
	uint32_t k = 0;
	for (unsigned c = 0; c < COUNTRY_COUNT; c++)
		v[k++] = (struct place){ PLACE_COUNTRY, (uint16_t)c, -1 };
	for (uint32_t i = 0; i < p->nlocations; i++)
		v[k++] = (struct place){ PLACE_LOCATION, 0, (int32_t)i };
	*n = k;
	return v;
}

/* See where.h. */
struct rsd_result *where_eval_facts(const struct rsd_policy *p, struct pol_fact *facts, uint32_t n,
				    rdate d, struct rsd_plan **plan_out)
{
	char **names = xmalloc((n ? n : 1) * sizeof *names);
	for (uint32_t i = 0; i < n; i++) {
		char buf[16];
		snprintf(buf, sizeof buf, "#%u", i);
		names[i] = xstrdup(buf);
		facts[i].name = names[i];
	}
	struct rsd_plan *pl = testrun_plan(p, facts, n, "<where>");
	/* testrun_plan keeps the name pointers: move them into the plan */
	for (uint32_t i = 0; i < pl->nstores; i++)
		pl->stores[i].name = arena_strdup(&pl->arena, pl->stores[i].name);
	for (uint32_t i = 0; i < pl->nflows; i++)
		pl->flows[i].name = arena_strdup(&pl->arena, pl->flows[i].name);
	for (uint32_t i = 0; i < n; i++) {
		xfree(names[i]);
		facts[i].name = NULL;
	}
	xfree(names);
	struct eval_opts o = { d, 0, false };
	*plan_out = pl;
	return eval_check(p, pl, &o);
}

/* See where.h. */
struct rsd_result *where_eval(const struct rsd_policy *p, const struct pol_fact *f,
			      const struct place *places, uint32_t n, rdate d,
			      struct rsd_plan **plan_out)
{
	struct pol_fact *facts = xmalloc((n ? n : 1) * sizeof *facts);
	for (uint32_t i = 0; i < n; i++) {
		facts[i] = *f;
		if (f->kind == FACT_STORE) {
			facts[i].places = (struct place *)&places[i];
			facts[i].nplaces = 1;
		} else {
			facts[i].from_store = facts[i].to_store = -1;
			facts[i].to = places[i];
		}
	}
	struct rsd_result *r = where_eval_facts(p, facts, n, d, plan_out);
	xfree(facts);
	return r;
}

/* See where.h. */
int where_finding_place(const struct finding *f)
{
	if (f->rule < 0 || f->status != FINDING_VIOLATION || !f->fact || f->fact[0] != '#')
		return -1;
	return (int)strtol(f->fact + 1, NULL, 10);
}

/* ---------------------------------------------------------------- naming */

struct cand {
	int32_t region;
	unsigned size;
};

static int cmp_cand(const void *a, const void *b, const struct rsd_policy *p)
{
	const struct cand *x = a, *y = b;
	if (x->size != y->size)
		return x->size < y->size ? 1 : -1;
	return strcmp(p->regions[x->region].name, p->regions[y->region].name);
}

static void sort_cands(struct cand *v, uint32_t n, const struct rsd_policy *p)
{
	for (uint32_t i = 1; i < n; i++) {
		struct cand x = v[i];
		uint32_t j = i;
		for (; j > 0 && cmp_cand(&v[j - 1], &x, p) > 0; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static void describe(struct strbuf *sb, const struct rsd_policy *p, const struct bits *sets,
		     const struct bits *s)
{
	struct cand *v = xmalloc((p->nregions + 1) * sizeof *v);
	uint32_t n = 0;
	for (uint32_t i = 0; i < p->nregions; i++) {
		const struct bits *r = &sets[p->regions[i].slot];
		unsigned size = bits_count(r);
		if (size >= 2 && bits_subset(r, s))
			v[n++] = (struct cand){ (int32_t)i, size };
	}
	sort_cands(v, n, p);
	struct bits covered;
	bits_clear(&covered);
	const char *sep = "";
	for (uint32_t i = 0; i < n; i++) {
		const struct bits *r = &sets[p->regions[v[i].region].slot];
		if (bits_subset(r, &covered))
			continue;
		covered = bits_or(covered, *r);
		sb_printf(sb, "%s%s", sep, p->regions[v[i].region].name);
		sep = ", ";
	}
	struct bits rest = bits_andnot(*s, covered);
	BITS_FOREACH(c, &rest) {
		sb_printf(sb, "%s%s", sep, country_code(c));
		sep = ", ";
	}
	xfree(v);
}

/* See where.h. */
void where_describe(struct strbuf *sb, const struct rsd_policy *p, const struct bits *sets,
		    const struct bits *s)
{
	struct bits world = country_world();
	unsigned n = bits_count(s);
	if (n == 0) {
		sb_puts(sb, "none");
	} else if (bits_eq(s, &world)) {
		sb_puts(sb, "WORLD");
	} else if (n > COUNTRY_COUNT / 2) {
		struct bits out = bits_andnot(world, *s);
		sb_puts(sb, "all except ");
		describe(sb, p, sets, &out);
	} else {
		describe(sb, p, sets, s);
	}
}

/* ---------------------------------------------------------------- query */

/* Print "  label: items" wrapped at 78 columns, continuation lines aligned. */
static void put_wrapped(FILE *out, const char *label, const char *items)
{
	size_t indent = 2 + (label[0] ? strlen(label) + 2 : 0), col = indent;
	fprintf(out, "  %s%s", label, label[0] ? ": " : "");
	const char *s = items;
	while (*s) {
		const char *e = strstr(s, ", ");
		size_t len = e ? (size_t)(e - s) + 1 : strlen(s);	/* word with its comma */
		if (col > indent && col + len > 78) {
			fprintf(out, "\n%*s", (int)indent, "");
			col = indent;
		} else if (col > indent) {
			fputc(' ', out);
			col++;
		}
		fwrite(s, 1, len, out);
		col += len;
		s += len;
		if (*s == ' ')
			s++;
	}
	fputc('\n', out);
}

/* Split the query at the words "from" and "with" (outside nothing: the
   grammar has no nested words of those names before the properties). */
static void split_query(const char *q, struct strbuf *classes, struct strbuf *from, struct strbuf *with,
			bool *saw_from, bool *saw_with)
{
	struct strbuf *cur = classes;
	*saw_from = *saw_with = false;
	const char *s = q;
	while (*s) {
		while (isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		const char *e = s;
		while (*e && !isspace((unsigned char)*e))
			e++;
		size_t len = (size_t)(e - s);
		if (cur == classes && len == 4 && strncmp(s, "from", 4) == 0) {
			cur = from;
			*saw_from = true;
		} else if (cur != with && len == 4 && strncmp(s, "with", 4) == 0) {
			cur = with;
			*saw_with = true;
		} else {
			if (cur->len)
				sb_putc(cur, ' ');
			sb_add(cur, s, len);
		}
		s = e;
	}
}

static void put_locations(FILE *out, const struct rsd_policy *p, const struct place *places,
			  const bool *ok, uint32_t n)
{
	uint32_t count = 0;
	for (uint32_t i = 0; i < n; i++)
		count += places[i].kind == PLACE_LOCATION && ok[i];
	fprintf(out, "locations (%u):%s\n", count, count ? "" : " none");
	struct strbuf items = { 0 };
	char prov[64] = "";
	uint32_t nprov = 0;	/* allowed locations of the current provider */
	for (uint32_t i = 0; i <= n; i++) {
		const char *name = NULL, *colon = NULL;
		if (i < n) {
			if (places[i].kind != PLACE_LOCATION || !ok[i])
				continue;
			name = p->locations[places[i].loc].name;
			colon = strchr(name, ':');
		}
		size_t plen = colon ? (size_t)(colon - name) : 0;
		bool same = name && strlen(prov) == plen && strncmp(prov, name, plen) == 0;
		if (!same && items.len) {
			uint32_t total = 0;
			for (uint32_t k = 0; k < p->nlocations; k++)
				total += strncmp(p->locations[k].name, prov, strlen(prov)) == 0 &&
					 p->locations[k].name[strlen(prov)] == ':';
			if (total == nprov && nprov > 1) {
				items.len = 0;
				sb_printf(&items, "all %u locations", total);
			}
			put_wrapped(out, prov, items.s);
			items.len = 0;
			items.s[0] = '\0';
			nprov = 0;
		}
		if (!name)
			break;
		if (!same)
			snprintf(prov, sizeof prov, "%.*s", (int)(plen < 63 ? plen : 63), name);
		nprov++;
		sb_printf(&items, "%s%s", items.len ? ", " : "", colon ? colon + 1 : name);
	}
	sb_free(&items);
}

/* See where.h. */
int where_run(const struct rsd_policy *p, const char *query, rdate d, FILE *out,
	      struct rsd_diags *diags)
{
	struct strbuf cls = { 0 }, from = { 0 }, with = { 0 }, text = { 0 };
	int rc = -1;

	bool saw_from, saw_with;
	split_query(query, &cls, &from, &with, &saw_from, &saw_with);
	if (!cls.len) {
		diag_error(diags, NULL, "where: no class given (usage: where CLASS [from PLACE] [with PROPS])");
		goto out;
	}
	if (saw_from && !from.len) {
		diag_error(diags, NULL, "where: 'from' needs a place (a country code or a declared location)");
		goto out;
	}
	if (saw_with && !with.len) {
		diag_error(diags, NULL, "where: 'with' needs at least one property");
		goto out;
	}
	/* AQ (Antarctica) is a placeholder: where_eval replaces the place */
	if (from.len)
		sb_printf(&text, "transfer of %s from %s to AQ", cls.s, from.s);
	else
		sb_printf(&text, "store of %s at AQ", cls.s);
	if (with.len)
		sb_printf(&text, " with %s", with.s);

	struct arena a;
	arena_init(&a);
	struct pol_fact *f = compile_fact(p, text.s, &a, diags);
	if (!f) {
		arena_free(&a);
		goto out;
	}
	uint32_t n;
	struct place *places = where_all_places(p, &n);
	struct rsd_plan *pl;
	struct rsd_result *r = where_eval(p, f, places, n, d, &pl);
	bool *ok = xmalloc(n * sizeof *ok);
	uint32_t *nviol = xcalloc(p->nrules ? p->nrules : 1, sizeof *nviol);
	for (uint32_t i = 0; i < n; i++)
		ok[i] = true;
	/* a place fails once per rule: count places per rule for the hint */
	int32_t *last = xmalloc((p->nrules ? p->nrules : 1) * sizeof *last);
	for (uint32_t i = 0; i < p->nrules; i++)
		last[i] = -1;
	for (uint32_t i = 0; i < r->nfindings; i++) {
		int k = where_finding_place(&r->findings[i]);
		if (k < 0 || (uint32_t)k >= n)
			continue;
		ok[k] = false;
		int32_t rule = r->findings[i].rule;
		if (last[rule] != k) {
			last[rule] = k;
			nviol[rule]++;
		}
	}

	char db[11];
	date_format(d, db);
	if (from.len)
		fprintf(out, "%s from %s may go to (as of %s%s%s):\n", cls.s, from.s, db,
			with.len ? ", with " : "", with.len ? with.s : "");
	else
		fprintf(out, "%s may be stored in (as of %s%s%s):\n", cls.s, db,
			with.len ? ", with " : "", with.len ? with.s : "");
	struct bits *sets = policy_sets_at(p, d);
	struct bits allowed;
	bits_clear(&allowed);
	for (uint32_t i = 0; i < n; i++)
		if (places[i].kind == PLACE_COUNTRY && ok[i])
			bits_set(&allowed, places[i].country);
	struct strbuf sb = { 0 };
	where_describe(&sb, p, sets, &allowed);
	fprintf(out, "countries (%u):", bits_count(&allowed));
	if (bits_empty(&allowed))
		fputs(" none\n", out);
	else {
		fputc('\n', out);
		put_wrapped(out, "", sb.s);
	}
	put_locations(out, p, places, ok, n);
	bool any = false;
	for (uint32_t i = 0; i < n && !any; i++)
		any = ok[i];
	if (!any) {
		/* nowhere: name the rules that every place violates, else every
		   rule that some place violates */
		bool all = false;
		for (int pass = 0; pass < 2 && !all; pass++) {
			sb.len = 0;
			sb_puts(&sb, "");
			for (uint32_t k = 0; k < p->nrules; k++) {
				int32_t ri = p->rule_order ? p->rule_order[k] : (int32_t)k;
				if (pass == 0 ? nviol[ri] == n : nviol[ri] > 0)
					sb_printf(&sb, "%s%s", sb.len ? ", " : "", p->rules[ri].name);
			}
			all = sb.len > 0;
			if (all)
				fprintf(out, "%s: %s\n", pass == 0 ? "every place violates"
					: "every place violates one of", sb.s);
		}
	}
	sb_free(&sb);
	xfree(sets);
	xfree(last);
	xfree(nviol);
	xfree(ok);
	result_free(r);
	plan_free(pl);
	xfree(places);
	arena_free(&a);
	rc = 0;
out:
	sb_free(&cls);
	sb_free(&from);
	sb_free(&with);
	sb_free(&text);
	return rc;
}

/* See residency.h. */
int rsd_where(const rsd_policy *p, const char *query, rsd_date as_of, FILE *out, rsd_diags *d)
{
	return where_run(p, query, as_of == RSD_DATE_NONE ? date_today() : as_of, out, d);
}
