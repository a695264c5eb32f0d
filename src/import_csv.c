/*
** import_csv.c — a vendor's published sub-processor list (CSV: name,
** purpose, country) as the `subprocessors:` list of a YAML plan
** (docs/vendors.md).  Countries are ISO 3166-1 codes (alpha-2 or alpha-3)
** or country names; a cell may list several, separated by ';', '/', '|',
** ',' or " and ".  A country that cannot be read is an error at its
** file:line:col (fail closed: a region such as "EU" is not a country).
*/
#include "fides.h"

#include "residency.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"

struct cell {
	char *s;	/* unquoted, trimmed */
	uint32_t col;	/* byte column of the cell's first character (1-based) */
};

struct row {
	struct cell *c;
	size_t n, cap;
	uint32_t line;
};

struct sub {
	const char *name, *purpose;
	int country;
	uint32_t line, col, span;
	size_t order;
	bool dup, suffix;
};

static void cerr(struct rsd_diags *d, const struct src_file *f, uint32_t line, uint32_t col, uint32_t span,
		 const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void cerr(struct rsd_diags *d, const struct src_file *f, uint32_t line, uint32_t col, uint32_t span,
		 const char *fmt, ...)
{
	struct src_loc loc = {f, line, col, span ? span : 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = 0;
	return s;
}

/*
** Parse one record starting at *pp (RFC 4180: quoted fields may hold
** commas, doubled quotes and line breaks).  Returns false at the end of
** the text or on an unterminated quote (reported).
*/
static bool next_row(const struct src_file *f, const char **pp, uint32_t *line, struct row *r,
		     struct rsd_diags *d, bool *bad)
{
	const char *p = *pp, *end = f->text + f->len;
	if (p >= end)
		return false;
	r->n = 0;
	r->line = *line;
	const char *ls = p;	/* start of the current line */
	for (;;) {
		struct strbuf sb = {0};
		uint32_t col = (uint32_t)(p - ls) + 1;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p < end && *p == '"') {
			uint32_t qline = *line, qcol = (uint32_t)(p - ls) + 1;
			col = qcol + 1;
			p++;
			for (;;) {
				if (p >= end) {
					cerr(d, f, qline, qcol, 1, "unterminated quoted field");
					*bad = true;
					sb_free(&sb);
					*pp = end;
					return false;
				}
				if (*p == '"') {
					if (p + 1 < end && p[1] == '"') {
						sb_putc(&sb, '"');
						p += 2;
						continue;
					}
					p++;
					break;
				}
				if (*p == '\n') {
					(*line)++;
					ls = p + 1;
				}
				sb_putc(&sb, *p++);
			}
			while (p < end && (*p == ' ' || *p == '\t'))
				p++;
			if (p < end && *p != ',' && *p != '\n' && *p != '\r') {
				cerr(d, f, *line, (uint32_t)(p - ls) + 1, 1,
				     "unexpected text after a quoted field (double a quote inside one: \"\")");
				*bad = true;
				while (p < end && *p != ',' && *p != '\n' && *p != '\r')
					p++;
			}
		} else {
			const char *s = p;
			while (p < end && *p != ',' && *p != '\n' && !(*p == '\r' && p + 1 < end && p[1] == '\n'))
				p++;
			sb_add(&sb, s, (size_t)(p - s));
		}
		char *v = sb_take(&sb);
		struct cell c = {xstrdup(trim(v)), col};
		xfree(v);
		*VEC_PUSH(r->c, r->n, r->cap) = c;
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == '\r')
			p++;
		if (p < end && *p == '\n')
			p++;
		(*line)++;
		break;
	}
	*pp = p;
	return true;
}

static void row_clear(struct row *r)
{
	for (size_t i = 0; i < r->n; i++)
		xfree(r->c[i].s);
	r->n = 0;
}

static bool has_word(const char *cell, const char *const *words)
{
	char low[64];
	size_t n = 0;
	for (; cell[n] && n + 1 < sizeof low; n++)
		low[n] = (char)tolower((unsigned char)cell[n]);
	low[n] = 0;
	for (; *words; words++)
		if (strstr(low, *words))
			return true;
	return false;
}

/* One country: alpha-2, alpha-3, or a name. */
static int country_of(const char *s)
{
	size_t n = strlen(s);
	bool upper = n == 2 || n == 3;
	for (size_t i = 0; i < n && upper; i++)
		upper = s[i] >= 'A' && s[i] <= 'Z';
	if (upper && n == 2)
		return country_lookup(s, 2);
	if (upper && n == 3)
		return country_lookup_alpha3(s, 3);
	char *low = xstrdup(s);
	for (char *q = low; *q; q++)
		*q = (char)tolower((unsigned char)*q);
	int c = country_lookup_folded_name(low);
	xfree(low);
	return c;
}

static int cmp_sub(const void *a, const void *b)
{
	const struct sub *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	if (x->country != y->country)
		return x->country - y->country;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_order(const void *a, const void *b)
{
	const struct sub *x = a, *y = b;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void yq(struct strbuf *sb, const char *s)
{
	sb_putc(sb, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\') {
			sb_putc(sb, '\\');
			sb_putc(sb, (char)c);
		} else if (c < 0x20 || c == 0x7f) {
			sb_printf(sb, "\\x%02x", c);
		} else {
			sb_putc(sb, (char)c);
		}
	}
	sb_putc(sb, '"');
}

/* a comment: one line, no control characters */
static void comment_text(struct strbuf *sb, const char *s)
{
	for (; *s; s++)
		sb_putc(sb, (unsigned char)*s < 0x20 ? ' ' : *s);
}

/* Control characters (but tab and line breaks) and invalid UTF-8 would end
   up in names and comments: refused, at their position. */
static bool clean_text(const struct src_file *f, size_t i, struct rsd_diags *d)
{
	const unsigned char *t = (const unsigned char *)f->text;
	while (i < f->len) {
		unsigned char c = t[i];
		size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
		bool ok = n > 0 && i + n <= f->len && !(n == 2 && c < 0xC2);
		for (size_t k = 1; ok && k < n; k++)
			ok = (t[i + k] & 0xC0) == 0x80;
		struct src_loc l = src_loc_at(f, i, 1);
		if (!ok) {
			cerr(d, f, l.line, l.col, 1, "invalid UTF-8: %s", "not a UTF-8 sequence");
			return false;
		}
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
			cerr(d, f, l.line, l.col, 1, "invalid character U+%04X: control characters are not allowed", c);
			return false;
		}
		i += n;
	}
	return true;
}

bool subprocessors_import(const char *path, size_t max_size, struct strbuf *out, struct rsd_diags *d)
{
	size_t len;
	char *text = read_file(path, &len, max_size ? max_size : (size_t)1 << 30);
	if (!text) {
		struct src_file *ef = diag_add_file(d, path, xstrdup(""), 0);
		struct src_loc loc = {ef, 0, 0, 0};
		diag_error(d, &loc, "cannot read sub-processor list: %s", strerror(errno));
		return false;
	}
	const struct src_file *f = diag_add_file(d, path, text, len);
	const char *p = f->text;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (!clean_text(f, (size_t)(p - f->text), d))
		return false;
	uint32_t line = 1;
	struct row r = {0};
	bool bad = false;
	size_t errors0 = d->nerrors;
	int cn = 0, cp = 1, cc = 2;	/* columns: name, purpose, country */
	bool first = true;
	struct sub *v = NULL;
	size_t n = 0, cap = 0;
	static const char *const w_name[] = {"name", "processor", "entity", "vendor", "company", NULL};
	static const char *const w_purpose[] = {"purpose", "service", "description", "function", "activit", NULL};
	static const char *const w_country[] = {"country", "countries", "location", "region", NULL};
	while (next_row(f, &p, &line, &r, d, &bad)) {
		bool blank = true;
		for (size_t i = 0; i < r.n; i++)
			blank = blank && !r.c[i].s[0];
		if (blank) {
			row_clear(&r);
			continue;
		}
		if (first) {
			first = false;
			int hn = -1, hp = -1, hc = -1;
			for (size_t i = 0; i < r.n; i++) {
				if (hc < 0 && has_word(r.c[i].s, w_country))
					hc = (int)i;
				else if (hp < 0 && has_word(r.c[i].s, w_purpose))
					hp = (int)i;
				else if (hn < 0 && has_word(r.c[i].s, w_name))
					hn = (int)i;
			}
			if (hn >= 0 || hc >= 0) {	/* a header row */
				if (hn < 0 || hc < 0) {
					cerr(d, f, r.line, 1, 1,
					     "the header names no %s column (expected columns name, purpose, country)",
					     hn < 0 ? "name" : "country");
					row_clear(&r);
					break;
				}
				cn = hn;
				cp = hp;
				cc = hc;
				row_clear(&r);
				continue;
			}
		}
		if ((size_t)cn >= r.n || (size_t)cc >= r.n) {
			cerr(d, f, r.line, 1, 1, "expected at least %d columns (name, purpose, country), found %zu",
			     (cn > cc ? cn : cc) + 1, r.n);
			row_clear(&r);
			continue;
		}
		const struct cell *name = &r.c[cn], *cty = &r.c[cc];
		const char *purpose = cp >= 0 && (size_t)cp < r.n ? r.c[cp].s : "";
		if (!name->s[0]) {
			cerr(d, f, r.line, name->col, 1, "empty sub-processor name");
			row_clear(&r);
			continue;
		}
		if (!cty->s[0]) {
			cerr(d, f, r.line, cty->col, 1, "no country for sub-processor '%s'", name->s);
			row_clear(&r);
			continue;
		}
		int whole = country_of(cty->s);	/* "Korea, Republic of" is one country */
		if (whole >= 0) {
			struct sub s = {xstrdup(name->s), xstrdup(purpose), whole, r.line, name->col, 1, n, false, false};
			*VEC_PUSH(v, n, cap) = s;
			row_clear(&r);
			continue;
		}
		/* split the country cell */
		char *buf = xstrdup(cty->s);
		for (char *q = buf; *q; q++)
			if (*q == ';' || *q == '/' || *q == '|' || *q == ',')
				*q = '\x1f';
		for (char *q; (q = strstr(buf, " and ")) != NULL;) {
			*q = '\x1f';
			memmove(q + 1, q + 5, strlen(q + 5) + 1);
		}
		for (char *tok = buf, *next; tok; tok = next) {
			next = strchr(tok, '\x1f');
			if (next)
				*next++ = 0;
			char *t = trim(tok);
			if (!*t)
				continue;
			int c = country_of(t);
			const char *found = strstr(cty->s, t);
			uint32_t col = cty->col + (found ? (uint32_t)(found - cty->s) : 0);
			if (c < 0) {
				cerr(d, f, r.line, col, (uint32_t)strlen(t),
				     "unknown country '%s' (expected an ISO 3166-1 code or a country name; a region such as the EU is not a country)",
				     t);
				continue;
			}
			struct sub s = {xstrdup(name->s), xstrdup(purpose), c, r.line, name->col, 1, n, false, false};
			*VEC_PUSH(v, n, cap) = s;
		}
		xfree(buf);
		row_clear(&r);
	}
	row_clear(&r);
	xfree(r.c);
	bool ok = !bad && d->nerrors == errors0;
	if (ok && !n) {
		cerr(d, f, 1, 1, 1, "no sub-processors found");
		ok = false;
	}
	if (ok) {
		/* a name listed with several countries: one entry per country, "NAME (CC)" */
		qsort(v, n, sizeof *v, cmp_sub);
		for (size_t i = 0; i < n;) {
			size_t j = i + 1, distinct = 1;
			for (; j < n && !strcmp(v[j].name, v[i].name); j++) {
				if (v[j].country == v[j - 1].country)
					v[j].dup = true;
				else
					distinct++;
			}
			for (size_t k = i; k < j; k++)
				v[k].suffix = distinct > 1;
			i = j;
		}
		qsort(v, n, sizeof *v, cmp_order);
		sb_puts(out, "# Sub-processors listed in ");
		comment_text(out, path);
		sb_puts(out, ",\n# generated by `residency import subprocessors`.\n"
			     "# Paste under a store of your plan (a vendor: a store at its vendor:\n"
			     "# location); add classes: and mechanisms: to an entry when your\n"
			     "# contract limits what it receives or how (docs/vendors.md).\n"
			     "subprocessors:\n");
		for (size_t i = 0; i < n; i++) {
			if (v[i].dup)
				continue;
			sb_puts(out, "  - name: ");
			if (v[i].suffix) {
				struct strbuf nb = {0};
				sb_printf(&nb, "%s (%s)", v[i].name, country_code(v[i].country));
				char *t = sb_take(&nb);
				yq(out, t);
				xfree(t);
			} else {
				yq(out, v[i].name);
			}
			sb_printf(out, "\n    location: %s  # %s:%u", country_code(v[i].country), path, v[i].line);
			if (v[i].purpose[0]) {
				sb_puts(out, ": ");
				comment_text(out, v[i].purpose);
			}
			sb_puts(out, "\n");
		}
	}
	for (size_t i = 0; i < n; i++) {
		xfree((char *)v[i].name);
		xfree((char *)v[i].purpose);
	}
	xfree(v);
	return ok;
}

int rsd_import_subprocessors(const char *path, const rsd_plan_opts *o, char **out, size_t *len,
			     struct rsd_diags *d)
{
	struct strbuf sb = {0};
	*out = NULL;
	*len = 0;
	if (!subprocessors_import(path, o ? o->max_size : 0, &sb, d)) {
		sb_free(&sb);
		return -1;
	}
	*len = sb.len;
	*out = sb_take(&sb);
	return 0;
}
