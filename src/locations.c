/*
** locations.c — `residency locations`: the location catalog of a compiled
** policy (name, countries on the date, operator jurisdictions, title),
** sorted by name, optionally of one provider.  Output format:
** docs/toolkit.md.
*/
#include <string.h>

#include "country.h"
#include "diag.h"
#include "policy.h"
#include "residency.h"
#include "util.h"

static void put_countries(struct strbuf *sb, const struct bits *b)
{
	const char *sep = "";
	if (bits_empty(b)) {
		sb_puts(sb, "-");
		return;
	}
	BITS_FOREACH(c, b) {
		sb_printf(sb, "%s%s", sep, country_code(c));
		sep = ",";
	}
}

/* The provider part of "aws:eu-west-1" (length of the prefix before ':'). */
static size_t provider_len(const char *name)
{
	const char *c = strchr(name, ':');
	return c ? (size_t)(c - name) : strlen(name);
}

static bool has_provider(const char *loc, const char *provider)
{
	size_t n = provider_len(loc);
	return strlen(provider) == n && strncmp(loc, provider, n) == 0;
}

/* Known provider names: declared ones and every location prefix (sorted
   locations: equal prefixes are adjacent). */
static const char **provider_names(const struct rsd_policy *p, size_t *n)
{
	const char **v = xmalloc((p->nproviders + p->nlocations + 1) * sizeof *v);
	size_t k = 0;
	for (uint32_t i = 0; i < p->nproviders; i++)
		v[k++] = p->providers[i].name;
	char *prev = NULL;
	for (uint32_t i = 0; i < p->nlocations; i++) {
		const char *nm = p->locations[i].name;
		size_t len = provider_len(nm);
		if (prev && strlen(prev) == len && strncmp(prev, nm, len) == 0)
			continue;
		prev = xstrndup(nm, len);
		v[k++] = prev;	/* freed by the caller (see free_names) */
	}
	*n = k;
	return v;
}

static void free_names(const struct rsd_policy *p, const char **v, size_t n)
{
	for (size_t i = p->nproviders; i < n; i++)
		xfree((char *)v[i]);
	xfree(v);
}

/*
** List the catalog; see residency.h.  An unknown provider (no declared
** provider and no location of that name) is an error with a suggestion.
*/
int rsd_locations(const rsd_policy *p, const char *provider, rsd_date as_of, FILE *out, rsd_diags *d)
{
	if (provider) {
		size_t n;
		const char **names = provider_names(p, &n);
		bool known = false;
		for (size_t i = 0; i < n && !known; i++)
			known = strcmp(names[i], provider) == 0;
		if (!known) {
			const char *s = str_suggest(provider, names, n);
			if (s)
				diag_error(d, NULL, "unknown provider '%s'; did you mean '%s'?", provider, s);
			else
				diag_error(d, NULL, "unknown provider '%s' (the catalog has no location of it)",
					   provider);
			free_names(p, names, n);
			return -1;
		}
		free_names(p, names, n);
	}
	struct bits *sets = policy_sets_at(p, as_of == RSD_DATE_NONE ? date_today() : as_of);
	size_t width = 0;
	for (uint32_t i = 0; i < p->nlocations; i++)
		if (!provider || has_provider(p->locations[i].name, provider)) {
			size_t w = strlen(p->locations[i].name);
			if (w > width)
				width = w;
		}
	/* countries column: as wide as the widest entry up to 20 */
	struct strbuf sb = { 0 };
	size_t cwidth = 0;
	for (uint32_t i = 0; i < p->nlocations; i++) {
		if (provider && !has_provider(p->locations[i].name, provider))
			continue;
		sb.len = 0;
		struct place pl = { PLACE_LOCATION, 0, (int32_t)i };
		struct bits c = place_countries(p, sets, pl);
		put_countries(&sb, &c);
		if (sb.len > cwidth && sb.len <= 20)
			cwidth = sb.len;
	}
	int count = 0;
	for (uint32_t i = 0; i < p->nlocations; i++) {
		const struct pol_location *l = &p->locations[i];
		if (provider && !has_provider(l->name, provider))
			continue;
		struct place pl = { PLACE_LOCATION, 0, (int32_t)i };
		struct bits c = place_countries(p, sets, pl);
		struct bits op = place_operators(p, sets, pl);
		sb.len = 0;
		sb_puts(&sb, "");
		put_countries(&sb, &c);
		fprintf(out, "%-*s  %-*s  operator ", (int)width, l->name, (int)cwidth, sb.s);
		sb.len = 0;
		put_countries(&sb, &op);
		fputs(sb.s, out);
		if (l->title)
			fprintf(out, "  %s", l->title);
		fputc('\n', out);
		count++;
	}
	sb_free(&sb);
	xfree(sets);
	return count;
}
