/*
** diag.c — diagnostic records and the GNU-style caret printer.
*/
#include "diag.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void diags_init(struct rsd_diags *d)
{
	memset(d, 0, sizeof *d);
	d->max_errors = 50;
}

void diags_free(struct rsd_diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		xfree(d->v[i].msg);
	xfree(d->v);
	for (size_t i = 0; i < d->nfiles; i++) {
		xfree(d->files[i]->name);
		unmap_or_free(d->files[i]->text, d->files[i]->mapped);
		xfree(d->files[i]->lines);
		xfree(d->files[i]);
	}
	xfree(d->files);
	memset(d, 0, sizeof *d);
}

struct src_file *diag_add_file(struct rsd_diags *d, const char *name, char *text, size_t len)
{
	struct src_file *f = xcalloc(1, sizeof *f);
	f->name = xstrdup(name);
	f->text = text;
	f->len = len;
	f->id = (int)d->nfiles;
	*VEC_PUSH(d->files, d->nfiles, d->files_cap) = f;
	return f;
}

static void index_lines(const struct src_file *cf)
{
	struct src_file *f = (struct src_file *)cf;	/* lazily built cache */
	if (f->lines)
		return;
	size_t cap = 0, n = 0;
	uint32_t *v = NULL;
	*VEC_PUSH(v, n, cap) = 0;
	for (size_t i = 0; i < f->len; i++)
		if (f->text[i] == '\n')
			*VEC_PUSH(v, n, cap) = (uint32_t)(i + 1);
	f->lines = v;
	f->nlines = (uint32_t)n;
}

struct src_loc src_loc_at(const struct src_file *f, size_t offset, size_t span)
{
	index_lines(f);
	/* binary search for the last line start <= offset */
	uint32_t lo = 0, hi = f->nlines;
	while (hi - lo > 1) {
		uint32_t mid = (lo + hi) / 2;
		if (f->lines[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	struct src_loc l = {f, lo + 1, (uint32_t)(offset - f->lines[lo]) + 1, (uint32_t)span};
	return l;
}

const char *src_line(const struct src_file *f, uint32_t line, size_t *n)
{
	index_lines(f);
	if (line < 1 || line > f->nlines) {
		*n = 0;
		return "";
	}
	size_t start = f->lines[line - 1];
	size_t end = start;
	while (end < f->len && f->text[end] != '\n')
		end++;
	if (end > start && f->text[end - 1] == '\r')
		end--;
	*n = end - start;
	return f->text + start;
}

void diag_vadd(struct rsd_diags *d, enum diag_severity sev, const struct src_loc *loc,
	       const char *fmt, va_list ap)
{
	if (sev == DIAG_ERROR) {
		if (d->nerrors >= d->max_errors) {
			d->truncated = true;
			return;
		}
		d->nerrors++;
	} else if (sev == DIAG_WARNING) {
		d->nwarnings++;
	}
	struct diag *g = VEC_PUSH(d->v, d->n, d->cap);
	memset(g, 0, sizeof *g);
	g->sev = sev;
	if (loc) {
		g->loc = *loc;
		g->has_loc = true;
	}
	struct strbuf sb = {0};
	sb_vprintf(&sb, fmt, ap);
	g->msg = sb_take(&sb);
}

#define DIAG_FN(name, sev) \
	void name(struct rsd_diags *d, const struct src_loc *loc, const char *fmt, ...) \
	{ \
		va_list ap; \
		va_start(ap, fmt); \
		diag_vadd(d, sev, loc, fmt, ap); \
		va_end(ap); \
	}
DIAG_FN(diag_error, DIAG_ERROR)
DIAG_FN(diag_warning, DIAG_WARNING)
DIAG_FN(diag_note, DIAG_NOTE)

bool diag_full(const struct rsd_diags *d)
{
	return d->nerrors >= d->max_errors;
}

static int cmp_diag(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	int fx = x->has_loc && x->loc.file ? x->loc.file->id : -1;
	int fy = y->has_loc && y->loc.file ? y->loc.file->id : -1;
	if (fx != fy)
		return fx < fy ? -1 : 1;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	return x < y ? -1 : x > y;	/* stable: original order */
}

void diag_sort(struct rsd_diags *d)
{
	/* notes stay glued to the record before them: sort groups */
	if (d->n < 2)
		return;
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].sev == DIAG_NOTE)
			return;	/* keep queue order when notes are present */
	qsort(d->v, d->n, sizeof *d->v, cmp_diag);
}

#define DIAG_WIDTH 120	/* bytes of a long source line shown around the caret */

/* Line (1-based) of f without its line break, in O(1) (no scan to its end). */
static const char *line_text(const struct src_file *f, uint32_t line, size_t *n)
{
	index_lines(f);
	if (line < 1 || line > f->nlines) {
		*n = 0;
		return "";
	}
	size_t start = f->lines[line - 1];
	size_t end = line < f->nlines ? f->lines[line] - 1 : f->len;
	if (end > start && f->text[end - 1] == '\r')
		end--;
	*n = end - start;
	return f->text + start;
}

/*
** Length of the UTF-8 sequence at s (at most n bytes) when it is valid and
** prints as itself, else 0: invalid bytes (0x9B alone is the 8-bit CSI of
** terminals that honour C1 controls), C1 controls U+0080..U+009F, bidi
** overrides and isolates (U+202A..U+202E, U+2066..U+2069) are shown as '?'.
** Only for bytes >= 0x80; ASCII is decided by the callers.
*/
static size_t utf8_shown(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
	if (!len || len > n)
		return 0;
	uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp < 0xA0 || (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069))
		return 0;
	return len;
}

/* s with control characters, invalid UTF-8 and bidi controls as '?' */
static void put_safe(const char *s, FILE *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		if (p[i] < 0x80) {
			putc(p[i] < 0x20 && p[i] != '\t' ? '?' : p[i] == 0x7f ? '?' : p[i], out);
			i++;
			continue;
		}
		size_t len = utf8_shown(p + i, n - i);
		if (len) {
			fwrite(p + i, 1, len, out);
			i += len;
		} else {
			putc('?', out);
			i++;
		}
	}
}

static const char *sev_name[] = {"error", "warning", "note"};
static const char *sev_color[] = {"\033[1;31m", "\033[1;35m", "\033[1;36m"};

void diag_print_one(const struct diag *g, FILE *out, bool color)
{
	const char *bold = color ? "\033[1m" : "", *reset = color ? "\033[0m" : "";
	/* file names come from globs over an untrusted checkout: ESC in one
	   must not reach the terminal either */
	if (g->has_loc && g->loc.file && g->loc.line == 0) {
		fputs(bold, out);
		put_safe(g->loc.file->name, out);
		fprintf(out, ":%s ", reset);
	} else if (g->has_loc && g->loc.file) {
		fputs(bold, out);
		put_safe(g->loc.file->name, out);
		fprintf(out, ":%u:%u:%s ", g->loc.line, g->loc.col, reset);
	} else if (g->has_loc && g->loc.line) {
		fprintf(out, "%s%u:%u:%s ", bold, g->loc.line, g->loc.col, reset);
	} else {
		fprintf(out, "%sresidency:%s ", bold, reset);
	}
	fprintf(out, "%s%s:%s ", color ? sev_color[g->sev] : "", sev_name[g->sev], reset);
	/* messages quote input: control characters (escape sequences), C1
	   controls and invalid UTF-8 as '?' */
	put_safe(g->msg, out);
	putc('\n', out);
	if (!g->has_loc || !g->loc.file || g->no_source || g->loc.line == 0)
		return;
	size_t n;
	const char *line = line_text(g->loc.file, g->loc.line, &n);
	/*
	** Long lines (a one-line JSON plan) show only a window of DIAG_WIDTH
	** bytes around the caret, with "…" where text was cut, so printing stays
	** proportional to the window, not to the line.
	*/
	size_t want0 = g->loc.col ? g->loc.col - 1 : 0, b0 = 0, b1 = n;
	if (n > DIAG_WIDTH) {
		if (want0 > n)
			want0 = n;
		b0 = want0 > DIAG_WIDTH / 3 ? want0 - DIAG_WIDTH / 3 : 0;
		while (b0 > 0 && b0 < n && ((unsigned char)line[b0] & 0xC0) == 0x80)
			b0++;	/* do not start inside a UTF-8 sequence */
		b1 = b0 + DIAG_WIDTH < n ? b0 + DIAG_WIDTH : n;
		while (b1 < n && b1 > b0 && ((unsigned char)line[b1] & 0xC0) == 0x80)
			b1--;
	}
	/* expand tabs to 8 in both the source line and the marker line */
	struct strbuf text = {0}, mark = {0};
	size_t col = 0;
	uint32_t span = g->loc.len ? g->loc.len : 1;
	size_t want = g->loc.col;
	bool marked = false;
	size_t seq = 0;	/* bytes left of a valid UTF-8 sequence being copied */
	if (b0 > 0) {
		sb_puts(&text, "\u2026");
		sb_putc(&mark, ' ');
		col = 1;
	}
	for (size_t i = b0; i < b1; i++) {
		unsigned char c = (unsigned char)line[i];
		size_t w = c == '\t' ? 8 - col % 8 : 1;
		bool under = i + 1 >= want && i + 1 < want + span;
		for (size_t k = 0; k < w; k++) {
			/* control characters would drive the terminal: shown as '?' */
			if (k == 0 && c >= 0x80) {	/* C1, bidi, invalid: '?' */
				if (seq) {
					seq--;
					sb_putc(&text, (char)c);
				} else {
					seq = utf8_shown((const unsigned char *)line + i, b1 - i);
					sb_putc(&text, seq ? (char)c : '?');
					if (seq)
						seq--;
				}
			} else if (k == 0 || c == '\t') {
				sb_putc(&text, c == '\t' ? ' ' : c < 0x20 || c == 0x7f ? '?' : (char)c);
			}
			if (under)
				sb_putc(&mark, marked ? '~' : '^');
			else if (!marked || i + 1 < want)
				sb_putc(&mark, ' ');
			if (under)
				marked = true;
		}
		col += w;
	}
	if (b1 < n)
		sb_puts(&text, "\u2026");
	if (!marked) {	/* caret at end of line (e.g. unexpected end of input) */
		while (mark.len < col)
			sb_putc(&mark, ' ');
		sb_putc(&mark, '^');
	}
	/* trim trailing spaces of the marker line */
	while (mark.len && mark.s[mark.len - 1] == ' ')
		mark.s[--mark.len] = '\0';
	fprintf(out, "%5u | %s\n      | %s%s%s\n", g->loc.line, text.s ? text.s : "",
		color ? "\033[1;32m" : "", mark.s ? mark.s : "^", reset);
	sb_free(&text);
	sb_free(&mark);
}

void diag_print(const struct rsd_diags *d, FILE *out, bool color)
{
	for (size_t i = 0; i < d->n; i++)
		diag_print_one(&d->v[i], out, color);
	/* stages stop once the limit is reached (diag_full), so reaching it
	   means there may be more than were shown */
	if (d->truncated || (d->max_errors && d->nerrors >= d->max_errors))
		fprintf(out, "residency: error: too many errors (stopped after %zu)\n", d->max_errors);
}
