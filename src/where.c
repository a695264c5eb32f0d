/*
** where.c — `residency where`: the countries and catalog locations where a
** store of a class (or a transfer from a place) violates no rule.  Every
** candidate place becomes one fact of a single plan, judged by the
** evaluator in one run, so `where` has exactly the evaluator's semantics.
** Output format: docs/toolkit.md.
*/
#include <ctype.h>
#include <stdarg.h>
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

/* ---------------------------------------------------------------- the query */

/*
** A query is "CLASS {, CLASS} [from PLACE] [with PROP {, PROP}]", split
** into parts by its words "from" and "with".  It is compiled as a test
** fact — "store of CLASSES at AQ [with PROPS]" or "transfer of CLASSES
** from PLACE to AQ [with PROPS]" — but every diagnostic points into the
** query as the user wrote it, the file "<query>" (as explain's point into
** "<fact>"): each word remembers where it was copied into the fact's text,
** and the fact's diagnostics are moved back.  The class list and the place
** are checked here first, in the query's own terms, since the fact grammar
** would take more there ("personal at DE" is a store's place list).
**
** @off, @len: a word (a run of non-blank bytes) of the query
** @toff: where it was copied into the fact text
*/
struct qword {
	size_t off, len, toff;
};

/*
** @q, @src: the query, and the same text registered as "<query>"
** @from, @with: indices of the words "from" and "with" (nw: none)
*/
struct query {
	const char *q;
	const struct src_file *src;
	struct qword *w;
	size_t nw, cap;
	size_t from, with;
};

/* A piece of a run of words: a ',' or a run of other bytes. */
struct piece {
	size_t off, len;
};

static void query_split(struct query *qy)
{
	const char *q = qy->q;
	for (size_t i = 0; q[i];) {
		if (isspace((unsigned char)q[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (q[j] && !isspace((unsigned char)q[j]))
			j++;
		*VEC_PUSH(qy->w, qy->nw, qy->cap) = (struct qword){ i, j - i, 0 };
		i = j;
	}
	qy->from = qy->with = qy->nw;
	for (size_t i = 0; i < qy->nw; i++) {
		bool is_from = qy->w[i].len == 4 && strncmp(q + qy->w[i].off, "from", 4) == 0;
		bool is_with = qy->w[i].len == 4 && strncmp(q + qy->w[i].off, "with", 4) == 0;
		if (is_from && qy->from == qy->nw && qy->with == qy->nw)
			qy->from = i;
		else if (is_with && qy->with == qy->nw)
			qy->with = i;
	}
}

static void query_error(const struct query *qy, struct rsd_diags *diags, size_t off, size_t len,
			const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void query_error(const struct query *qy, struct rsd_diags *diags, size_t off, size_t len,
			const char *fmt, ...)
{
	struct src_loc l = src_loc_at(qy->src, off, len);
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(diags, DIAG_ERROR, &l, fmt, ap);
	va_end(ap);
}

/* The pieces of words [a, b); caller frees *out. */
static size_t query_pieces(const struct query *qy, size_t a, size_t b, struct piece **out)
{
	struct piece *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = a; i < b; i++) {
		const char *w = qy->q + qy->w[i].off;
		for (size_t k = 0; k < qy->w[i].len;) {
			size_t e = k + 1;
			if (w[k] != ',')
				while (e < qy->w[i].len && w[e] != ',')
					e++;
			*VEC_PUSH(v, n, cap) = (struct piece){ qy->w[i].off + k, e - k };
			k = e;
		}
	}
	*out = v;
	return n;
}

/* classes -> name {',' name}, in words [0, end).  false after an error. */
static bool check_classes(const struct query *qy, size_t end, struct rsd_diags *diags)
{
	struct piece *v;
	size_t n = query_pieces(qy, 0, end, &v);
	bool want_name = true, ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		bool comma = qy->q[v[i].off] == ',';
		if (comma == want_name) {
			query_error(qy, diags, v[i].off, v[i].len, "unexpected '%.*s'; expected %s",
				    (int)v[i].len, qy->q + v[i].off,
				    want_name ? "a class name" : "',', 'from', 'with' or end of input");
			ok = false;
		}
		want_name = comma;
	}
	if (ok && want_name) {	/* a list that ends with ',' */
		if (end < qy->nw)
			query_error(qy, diags, qy->w[end].off, qy->w[end].len,
				    "unexpected '%.*s'; expected a class name",
				    (int)qy->w[end].len, qy->q + qy->w[end].off);
		else
			query_error(qy, diags, qy->w[end - 1].off + qy->w[end - 1].len, 1,
				    "unexpected end of input; expected a class name");
		ok = false;
	}
	xfree(v);
	return ok;
}

/* place -> one country code or location, in words (from, end). */
static bool check_place(const struct query *qy, size_t end, struct rsd_diags *diags)
{
	struct piece *v;
	size_t n = query_pieces(qy, qy->from + 1, end, &v);
	bool ok = false;
	if (qy->q[v[0].off] == ',')
		query_error(qy, diags, v[0].off, 1,
			    "unexpected ','; expected a place (a country code or a declared location)");
	else if (n > 1)
		query_error(qy, diags, v[1].off, v[1].len, "unexpected '%.*s'; expected 'with' or end of input",
			    (int)v[1].len, qy->q + v[1].off);
	else
		ok = true;
	xfree(v);
	return ok;
}

/* Append word i to the fact text, remembering where it went. */
static void put_word(struct query *qy, size_t i, struct strbuf *text)
{
	if (text->len)
		sb_putc(text, ' ');
	qy->w[i].toff = text->len;
	sb_add(text, qy->q + qy->w[i].off, qy->w[i].len);
}

/* Words [a, b) joined with single spaces (for the heading of the answer). */
static void join_words(const struct query *qy, size_t a, size_t b, struct strbuf *sb)
{
	sb_puts(sb, "");
	for (size_t i = a; i < b; i++) {
		if (i > a)
			sb_putc(sb, ' ');
		sb_add(sb, qy->q + qy->w[i].off, qy->w[i].len);
	}
}

/*
** The query offset of offset t of the fact text: the same byte of the
** user's word when t is inside one, else (a space, a word where_run added)
** just after the user's word before it.
*/
static size_t query_offset(const struct query *qy, size_t t)
{
	size_t q = 0;
	for (size_t i = 0; i < qy->nw; i++) {
		if (t < qy->w[i].toff)
			break;
		if (t < qy->w[i].toff + qy->w[i].len)
			return qy->w[i].off + (t - qy->w[i].toff);
		q = qy->w[i].off + qy->w[i].len;
	}
	return q;
}

/* Move the records d->v[n0..] that point into the fact text (the file
   compile_fact registered as "<fact>") into the query. */
static void query_remap(const struct query *qy, struct rsd_diags *d, size_t n0, size_t nfiles0)
{
	const struct src_file *fact = NULL;
	for (size_t i = nfiles0; i < d->nfiles && !fact; i++)
		if (strcmp(d->files[i]->name, "<fact>") == 0)
			fact = d->files[i];
	for (size_t i = n0; fact && i < d->n; i++) {
		struct src_loc *l = &d->v[i].loc;
		if (!d->v[i].has_loc || l->file != fact || l->line != 1 || l->col == 0)
			continue;	/* the fact text is one line */
		size_t t = l->col - 1;
		size_t qs = query_offset(qy, t);
		size_t qe = l->len > 1 ? query_offset(qy, t + l->len - 1) + 1 : qs + l->len;
		*l = src_loc_at(qy->src, qs, qe > qs ? qe - qs : l->len);
	}
}

/*
** Compile the query into a fact in a (NULL after errors, on diags, all
** pointing into the query).  cls, from and with get the query's parts.
*/
static struct pol_fact *query_fact(const struct rsd_policy *p, const char *query, struct arena *a,
				   struct strbuf *cls, struct strbuf *from, struct strbuf *with,
				   struct rsd_diags *diags)
{
	size_t qlen = strlen(query);
	struct query qy = { query, diag_add_file(diags, "<query>", xstrndup(query, qlen), qlen),
			    NULL, 0, 0, 0, 0 };
	struct strbuf text = { 0 };
	struct pol_fact *f = NULL;
	query_split(&qy);
	size_t ncls = qy.from < qy.with ? qy.from : qy.with;	/* words [0, ncls) */
	size_t place_end = qy.with;	/* words (from, place_end) */
	if (ncls == 0) {
		if (qy.nw)
			query_error(&qy, diags, qy.w[0].off, qy.w[0].len,
				    "no class given (usage: where CLASS [from PLACE] [with PROPS])");
		else
			query_error(&qy, diags, qlen, 1, "no class given (usage: where CLASS [from PLACE] [with PROPS])");
		goto out;
	}
	if (qy.from < qy.nw && qy.from + 1 == place_end) {
		query_error(&qy, diags, qy.w[qy.from].off, qy.w[qy.from].len,
			    "'from' needs a place (a country code or a declared location)");
		goto out;
	}
	if (qy.with < qy.nw && qy.with + 1 == qy.nw) {
		query_error(&qy, diags, qy.w[qy.with].off, qy.w[qy.with].len,
			    "'with' needs at least one property");
		goto out;
	}
	if (!check_classes(&qy, ncls, diags) || (qy.from < qy.nw && !check_place(&qy, place_end, diags)))
		goto out;

	/* AQ (Antarctica) is a placeholder: where_eval replaces the place */
	sb_puts(&text, qy.from < qy.nw ? "transfer of" : "store of");
	for (size_t i = 0; i < ncls; i++)
		put_word(&qy, i, &text);
	if (qy.from < qy.nw) {
		put_word(&qy, qy.from, &text);
		put_word(&qy, qy.from + 1, &text);
		sb_puts(&text, " to AQ");
	} else {
		sb_puts(&text, " at AQ");
	}
	for (size_t i = qy.with; i < qy.nw; i++)
		put_word(&qy, i, &text);
	size_t n0 = diags->n, nfiles0 = diags->nfiles;
	f = compile_fact(p, text.s, a, diags);
	query_remap(&qy, diags, n0, nfiles0);

	join_words(&qy, 0, ncls, cls);
	if (qy.from < qy.nw)
		join_words(&qy, qy.from + 1, place_end, from);
	if (qy.with < qy.nw)
		join_words(&qy, qy.with + 1, qy.nw, with);
out:
	sb_free(&text);
	xfree(qy.w);
	return f;
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
	struct strbuf cls = { 0 }, from = { 0 }, with = { 0 };
	int rc = -1;

	struct arena a;
	arena_init(&a);
	struct pol_fact *f = query_fact(p, query, &a, &cls, &from, &with, diags);
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
	return rc;
}

/* See residency.h. */
int rsd_where(const rsd_policy *p, const char *query, rsd_date as_of, FILE *out, rsd_diags *d)
{
	return where_run(p, query, as_of == RSD_DATE_NONE ? date_today() : as_of, out, d);
}
