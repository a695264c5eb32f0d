/*
** fmt.c — `residency fmt`: canonical layout of RPL source.
**
** Two passes, both linear.  fmt_lex() splits the source into tokens
** (comments included) and matches brackets; the emitter then lays the
** tokens out from the brace structure alone: top-level declarations start
** at a declaration keyword at depth 0, a '{' at depth 0 after a name,
** title or value is a declaration body (items one per line, each item
** starting at a keyword of that declaration kind), every other '{' is a set
** literal (filled to FMT_WIDTH columns, or kept on one line when it fits).
** The rules, with examples, are in docs/fmt.md.  fmt_source() re-lexes its
** own output and refuses to return text whose tokens differ from the input.
*/
#include "fmt.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>

#include "date.h"
#include "diag.h"
#include "util.h"

/* ======================================================================
** Tokens
** ====================================================================== */

#define FMT_KEYWORDS(X) \
	X(import) X(region) X(location) X(provider) X(operator) X(levels) X(class) \
	X(mechanism) X(rule) X(test) X(on) X(store) X(transfer) X(of) X(in) \
	X(origin) X(from) X(to) X(when) X(require) X(severity) X(cite) X(message) \
	X(remedy) X(since) X(until) X(not) X(and) X(or) X(any) X(sensitivity) \
	X(encrypted) X(in_transit) X(at_rest) X(pseudonymized) X(anonymized) X(key) \
	X(colocated) X(primary) X(subjects) X(attr) X(at) X(with) X(expect) X(pass) \
	X(violation) X(as_of) X(true) X(false) X(error) X(warning) X(info) \
	X(replicas) X(backups) X(via) X(known)

enum fmt_kw {
	KW_NONE,
#define X(k) KW_##k,
	FMT_KEYWORDS(X)
#undef X
	KW_COUNT
};

static const char *const kw_names[KW_COUNT] = {
	"",
#define X(k) #k,
	FMT_KEYWORDS(X)
#undef X
};

enum fmt_tk { T_COMMENT, T_STRING, T_DATE, T_NUMBER, T_LOCATION, T_IDENT, T_KEYWORD, T_PUNCT };

/*
** struct fmt_tok - one token of the source.
** @off: byte offset of its first byte
** @len: its length in bytes (a comment: without trailing blanks)
** @width: its width in columns (code points)
** @nl: newlines between the end of the previous token and this one
** @match: a bracket: the index of its partner
** @depth: brackets open around it (a bracket: those outside it)
** @kind: enum fmt_tk
** @kw: enum fmt_kw of a keyword
** @p: punctuation: one of {}(),=:&+-<> or L G E N for <= >= == !=; else 0
** @body: '{' and its '}': a declaration body rather than a set literal
** @drop: ',' directly before '}' (left out of one-line layouts)
*/
struct fmt_tok {
	uint32_t off, len, width, nl, match;
	uint16_t depth;
	uint8_t kind, kw;
	char p;
	bool body, drop;
};

/*
** struct fmt_lexer - the scanner state and its result.
** @s, @n: the source
** @v, @nt, @cap: the tokens
** @failed, @err_off, @err_span, @err: the first error (the only one kept)
*/
struct fmt_lexer {
	const char *s;
	size_t n;
	struct fmt_tok *v;
	size_t nt, cap;
	bool failed;
	size_t err_off, err_span;
	char err[256];
};

static void lex_fail(struct fmt_lexer *L, size_t off, size_t span, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void lex_fail(struct fmt_lexer *L, size_t off, size_t span, const char *fmt, ...)
{
	if (L->failed)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(L->err, sizeof L->err, fmt, ap);
	va_end(ap);
	L->failed = true;
	L->err_off = off;
	L->err_span = span;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_lower(int c) { return c >= 'a' && c <= 'z'; }
static bool is_alpha(int c) { return is_lower(c) || (c >= 'A' && c <= 'Z'); }
static bool is_word(int c) { return is_alpha(c) || is_digit(c) || c == '_'; }

/* Offset of the first NUL byte or invalid UTF-8 sequence, or n. */
static size_t utf8_check(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		if (c == 0)
			return i;
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t k;
		uint32_t cp, min;
		if (c >= 0xC2 && c <= 0xDF) {
			k = 1, cp = c & 0x1F, min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2, cp = c & 0x0F, min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3, cp = c & 0x07, min = 0x10000;
		} else {
			return i;
		}
		if (n - i <= k)
			return i;
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return i;
			cp = cp << 6 | (s[i + j] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += k + 1;
	}
	return n;
}

/* Decode the (valid) UTF-8 sequence at s; *len gets its length. */
static uint32_t utf8_decode(const unsigned char *s, size_t *len)
{
	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	size_t k = s[0] >= 0xF0 ? 3 : s[0] >= 0xE0 ? 2 : 1;
	uint32_t cp = s[0] & (0x3F >> k);
	for (size_t j = 1; j <= k; j++)
		cp = cp << 6 | (s[j] & 0x3F);
	*len = k + 1;
	return cp;
}

static uint32_t columns(const char *s, size_t n)
{
	uint32_t w = 0;
	for (size_t i = 0; i < n; i++)
		w += ((unsigned char)s[i] & 0xC0) != 0x80;
	return w;
}

static enum fmt_kw keyword(const char *s, size_t n)
{
	for (int k = 1; k < KW_COUNT; k++)
		if (strlen(kw_names[k]) == n && memcmp(kw_names[k], s, n) == 0)
			return (enum fmt_kw)k;
	return KW_NONE;
}

/* 1-based line and column of a byte offset (error messages only). */
static void line_col(const char *s, size_t off, size_t *line, size_t *col)
{
	size_t l = 1, start = 0;
	for (size_t i = 0; i < off; i++)
		if (s[i] == '\n')
			l++, start = i + 1;
	*line = l;
	*col = off - start + 1;
}

/*
** Can a body '{' follow this token at depth 0?  A set literal there follows
** an operator ('=', '+', '-', '&', …) or `not`; after anything else (a name,
** even one that is a keyword by mistake, a title, a value, ')' or '}') the
** '{' opens a declaration body.
*/
static bool ends_value(const struct fmt_tok *t)
{
	if (t->kind == T_PUNCT)
		return t->p == ')' || t->p == '}';
	return !(t->kind == T_KEYWORD && t->kw == KW_not);
}

static const char *bracket_name(char p)
{
	switch (p) {
	case '{': return "'{'";
	case '}': return "'}'";
	case '(': return "'('";
	default: return "')'";
	}
}

/* Scan a string starting at the quote at i; returns the offset after it. */
static size_t lex_string(struct fmt_lexer *L, size_t i)
{
	const char *s = L->s;
	size_t j = i + 1;
	for (;;) {
		if (j >= L->n || s[j] == '\n' || s[j] == '\r') {
			lex_fail(L, i, 1, "unterminated string");
			return j;
		}
		if (s[j] == '"')
			return j + 1;
		if (s[j] == '\\') {
			if (j + 1 >= L->n || s[j + 1] == '\n' || s[j + 1] == '\r') {
				lex_fail(L, i, 1, "unterminated string");
				return j + 1;
			}
			char e = s[j + 1];
			if (e != '"' && e != '\\' && e != 'n' && e != 't') {
				size_t cl;
				utf8_decode((const unsigned char *)s + j + 1, &cl);
				lex_fail(L, j, 2, "invalid escape '\\%.*s' in string (use \\\", \\\\, \\n or \\t)",
					 (int)cl, s + j + 1);
				return j + 2;
			}
			j += 2;
			continue;
		}
		j++;
	}
}

/* Scan a number or date starting at the digit at i; sets *kind. */
static size_t lex_number(struct fmt_lexer *L, size_t i, uint8_t *kind)
{
	const char *s = L->s;
	size_t n = L->n, j = i;
	while (j < n && is_digit(s[j]))
		j++;
	if (j - i == 4 && n - j >= 6 && s[j] == '-' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
	    s[j + 3] == '-' && is_digit(s[j + 4]) && is_digit(s[j + 5])) {
		size_t e = j + 6;
		rdate dummy;
		if (e < n && is_word(s[e])) {
			while (e < n && is_word(s[e]))
				e++;
			lex_fail(L, i, e - i, "invalid date '%.*s' (dates are YYYY-MM-DD)", (int)(e - i), s + i);
		} else if (!date_parse(s + i, 10, &dummy)) {
			lex_fail(L, i, 10, "invalid date '%.*s': no such day", 10, s + i);
		}
		*kind = T_DATE;
		return e;
	}
	while (j + 1 < n && s[j] == '_' && is_digit(s[j + 1])) {
		j++;
		while (j < n && is_digit(s[j]))
			j++;
	}
	if (j < n && is_word(s[j])) {
		size_t e = j;
		while (e < n && is_word(s[e]))
			e++;
		lex_fail(L, i, e - i, "invalid number '%.*s'", (int)(e - i), s + i);
		*kind = T_NUMBER;
		return e;
	}
	uint64_t v = 0;
	for (size_t k = i; k < j; k++) {
		if (s[k] == '_')
			continue;
		v = v * 10 + (uint64_t)(s[k] - '0');
		if (v > ((uint64_t)1 << 53)) {
			lex_fail(L, i, j - i, "number '%.*s' is out of range (at most 9007199254740992)",
				 (int)(j - i), s + i);
			break;
		}
	}
	*kind = T_NUMBER;
	return j;
}

/* Punctuation at i: its code in *p and its length, or 0 when not one. */
static size_t lex_punct(const char *s, size_t n, size_t i, char *p)
{
	char c = s[i], nx = i + 1 < n ? s[i + 1] : 0;
	switch (c) {
	case '{': case '}': case '(': case ')': case ',': case ':': case '&': case '+': case '-':
		*p = c;
		return 1;
	case '<':
		*p = nx == '=' ? 'L' : '<';
		return nx == '=' ? 2 : 1;
	case '>':
		*p = nx == '=' ? 'G' : '>';
		return nx == '=' ? 2 : 1;
	case '=':
		*p = nx == '=' ? 'E' : '=';
		return nx == '=' ? 2 : 1;
	case '!':
		*p = 'N';
		return nx == '=' ? 2 : 0;
	default:
		return 0;
	}
}

static void lex_unexpected(struct fmt_lexer *L, size_t i)
{
	size_t cl;
	uint32_t cp = utf8_decode((const unsigned char *)L->s + i, &cl);
	if (cp > 0x20 && cp < 0x7F)
		lex_fail(L, i, 1, "unexpected character '%c'", (char)cp);
	else
		lex_fail(L, i, 1, "unexpected character U+%04X", (unsigned)cp);
}

/* Bracket bookkeeping for the token just pushed (index k). */
static void lex_bracket(struct fmt_lexer *L, uint32_t *stack, size_t *sp, size_t k)
{
	struct fmt_tok *t = &L->v[k];
	if (t->p == '{' || t->p == '(') {
		if (*sp == FMT_MAX_NESTING) {
			lex_fail(L, t->off, 1, "braces and parentheses nested more than %d deep",
				 FMT_MAX_NESTING);
			return;
		}
		t->depth = (uint16_t)*sp;
		if (t->p == '{' && *sp == 0) {
			/* a body follows a declaration's name, title or value */
			ssize_t j = (ssize_t)k - 1;
			while (j >= 0 && L->v[j].kind == T_COMMENT)
				j--;
			t->body = j >= 0 && ends_value(&L->v[j]);
		}
		stack[(*sp)++] = (uint32_t)k;
		return;
	}
	if (*sp == 0) {
		lex_fail(L, t->off, 1, "unmatched %s", bracket_name(t->p));
		return;
	}
	struct fmt_tok *o = &L->v[stack[*sp - 1]];
	if ((o->p == '{') != (t->p == '}')) {
		size_t line, col;
		line_col(L->s, o->off, &line, &col);
		lex_fail(L, t->off, 1, "%s does not close %s opened at line %zu, column %zu",
			 bracket_name(t->p), bracket_name(o->p), line, col);
		return;
	}
	(*sp)--;
	t->depth = (uint16_t)*sp;
	t->match = stack[*sp];
	o->match = (uint32_t)k;
	t->body = o->body;
}

/*
** Tokenise L->s[0..n).  Returns false with L->err set on the first error;
** L->v holds the tokens either way (free it).
*/
static bool fmt_lex(struct fmt_lexer *L)
{
	const char *s = L->s;
	size_t n = L->n;
	if (n >= UINT32_MAX) {
		lex_fail(L, 0, 0, "file too large to format");
		return false;
	}
	size_t bad = utf8_check((const unsigned char *)s, n);
	if (bad < n) {
		if (s[bad] == 0)
			lex_fail(L, bad, 1, "NUL byte in source");
		else
			lex_fail(L, bad, 1, "invalid UTF-8 byte 0x%02X", (unsigned)(unsigned char)s[bad]);
		return false;
	}
	uint32_t stack[FMT_MAX_NESTING];
	size_t sp = 0, i = 0;
	uint32_t nl = 0;
	while (i < n && !L->failed) {
		char c = s[i];
		if (c == '\n') {
			nl++;
			i++;
			continue;
		}
		if (c == '\r') {	/* CRLF counts once (at its LF); a lone CR ends a line */
			nl += i + 1 >= n || s[i + 1] != '\n';
			i++;
			continue;
		}
		if (c == ' ' || c == '\t') {
			i++;
			continue;
		}
		struct fmt_tok t = {.off = (uint32_t)i, .nl = nl};
		size_t end;
		if (c == '#') {
			end = i;
			while (end < n && s[end] != '\n' && s[end] != '\r')
				end++;
			size_t next = end;
			while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t'))
				end--;
			t.kind = T_COMMENT;
			t.depth = (uint16_t)sp;
			t.len = (uint32_t)(end - i);
			t.width = columns(s + i, end - i);
			*VEC_PUSH(L->v, L->nt, L->cap) = t;
			i = next;
			nl = 0;
			continue;
		}
		if (c == '"') {
			end = lex_string(L, i);
			t.kind = T_STRING;
		} else if (is_digit(c)) {
			end = lex_number(L, i, &t.kind);
		} else if (is_alpha(c) || c == '_') {
			end = i;
			bool prov = is_lower(c);
			while (end < n && is_word(s[end])) {
				prov = prov && (is_lower(s[end]) || is_digit(s[end]));
				end++;
			}
			if (prov && end + 1 < n && s[end] == ':' &&
			    (is_alpha(s[end + 1]) || is_digit(s[end + 1]))) {
				end++;
				while (end < n && (is_word(s[end]) || s[end] == '.' || s[end] == '-'))
					end++;
				t.kind = T_LOCATION;
			} else {
				t.kw = (uint8_t)keyword(s + i, end - i);
				t.kind = t.kw ? T_KEYWORD : T_IDENT;
			}
		} else {
			size_t pl = lex_punct(s, n, i, &t.p);
			if (pl == 0) {
				lex_unexpected(L, i);
				break;
			}
			end = i + pl;
			t.kind = T_PUNCT;
		}
		if (L->failed)
			break;
		t.len = (uint32_t)(end - i);
		t.width = columns(s + i, end - i);
		size_t k = L->nt;
		*VEC_PUSH(L->v, L->nt, L->cap) = t;
		nl = 0;
		i = end;
		struct fmt_tok *x = &L->v[k];
		x->depth = (uint16_t)sp;
		if (x->p == '{' || x->p == '}' || x->p == '(' || x->p == ')') {
			lex_bracket(L, stack, &sp, k);
		} else if (x->p == ',') {
			/* an empty set member (`{ , A }`, `A,, B`) */
			ssize_t j = (ssize_t)k - 1;
			while (j >= 0 && L->v[j].kind == T_COMMENT)
				j--;
			const struct fmt_tok *in = sp ? &L->v[stack[sp - 1]] : NULL;
			if (in && in->p == '{' && !in->body && j >= 0 &&
			    (L->v[j].p == ',' || (size_t)j == stack[sp - 1]))
				lex_fail(L, x->off, 1, "expected a set member before ','");
		}
		if (x->p == '}') {
			ssize_t j = (ssize_t)k - 1;
			while (j >= 0 && L->v[j].kind == T_COMMENT)
				j--;
			if (j >= 0 && L->v[j].p == ',')
				L->v[j].drop = true;
		}
	}
	if (!L->failed && sp > 0) {
		const struct fmt_tok *o = &L->v[stack[sp - 1]];
		lex_fail(L, o->off, 1, "%s is never closed", bracket_name(o->p));
	}
	return !L->failed;
}

/* ======================================================================
** Layout
** ====================================================================== */

/*
** struct fmt_emit - the emitter state.
** @s, @t, @nt: the source and its tokens
** @w: w[k] = one-line width of the code tokens before k, spaces included
** @sp: sp[k] = the space a one-line layout puts before token k (0 or 1)
** @nc: nc[k] = comments before token k
** @out: the text so far
** @col: columns on the current line
** @indent: indentation level of the current (or next) line
** @bol: nothing written on the current line yet
** @prevp: punctuation code of the last token on the line (0: none)
** @lines: newlines written (tells whether a member spanned lines)
*/
struct fmt_emit {
	const char *s;
	const struct fmt_tok *t;
	size_t nt;
	size_t *w, *nc;
	uint8_t *sp;
	struct strbuf out;
	size_t col;
	int indent;
	bool bol;
	char prevp;
	size_t lines;
	bool after_open;
	size_t unit_end;
};

/* Spaces between two tokens on one line: none inside (), none before ',' and in {}. */
static int space_between(char a, char b)
{
	if (a == '(' || b == ')' || b == ',' || (a == '{' && b == '}'))
		return 0;
	return 1;
}

static void prepare_widths(struct fmt_emit *e)
{
	e->w = xcalloc(e->nt + 1, sizeof *e->w);
	e->nc = xcalloc(e->nt + 1, sizeof *e->nc);
	e->sp = xcalloc(e->nt + 1, 1);
	char prev = 0;
	bool any = false;
	for (size_t k = 0; k < e->nt; k++) {
		const struct fmt_tok *x = &e->t[k];
		e->w[k + 1] = e->w[k];
		e->nc[k + 1] = e->nc[k] + (x->kind == T_COMMENT);
		if (x->kind == T_COMMENT || x->drop)
			continue;
		e->sp[k] = any ? (uint8_t)space_between(prev, x->p) : 0;
		e->w[k + 1] += e->sp[k] + x->width;
		prev = x->p;
		any = true;
	}
}

/* One-line width of tokens i..j (inclusive; i a code token). */
static size_t flat_width(const struct fmt_emit *e, size_t i, size_t j)
{
	return e->w[j + 1] - e->w[i] - e->sp[i];
}

static bool has_comment(const struct fmt_emit *e, size_t i, size_t j)
{
	return e->nc[j + 1] != e->nc[i];
}

/* Column where the next token would start on the current line. */
static size_t next_col(const struct fmt_emit *e, char p)
{
	return e->bol ? (size_t)e->indent * 2 : e->col + (size_t)space_between(e->prevp, p);
}

static void put_text(struct fmt_emit *e, char p, const char *text, size_t len, size_t width)
{
	if (e->bol) {
		for (int i = 0; i < e->indent * 2; i++)
			sb_putc(&e->out, ' ');
		e->col = (size_t)e->indent * 2;
	} else if (space_between(e->prevp, p)) {
		sb_putc(&e->out, ' ');
		e->col++;
	}
	sb_add(&e->out, text, len);
	e->col += width;
	e->prevp = p;
	e->bol = false;
}

static void put_tok(struct fmt_emit *e, size_t k)
{
	const struct fmt_tok *x = &e->t[k];
	put_text(e, x->p, e->s + x->off, x->len, x->width);
}

static void end_line(struct fmt_emit *e)
{
	if (e->bol)
		return;
	sb_putc(&e->out, '\n');
	e->after_open = e->prevp == '{';
	e->bol = true;
	e->col = 0;
	e->lines++;
}

/* One blank line, but never at the start, twice, or right after a '{'. */
static void blank_line(struct fmt_emit *e)
{
	end_line(e);
	size_t n = e->out.len;
	if (n == 0 || e->after_open || (n >= 2 && e->out.s[n - 2] == '\n'))
		return;
	sb_putc(&e->out, '\n');
	e->lines++;
}

/*
** A comment ends its line.  Trailing (code before it on its source line):
** two spaces after the code.  Full-line: on a line of its own at indent,
** after a blank line when blank is 1 (blank -1: when the source had one).
** The next line is indented at indent.
*/
static void emit_comment(struct fmt_emit *e, size_t k, int indent, int blank)
{
	const struct fmt_tok *c = &e->t[k];
	if (c->nl == 0 && !e->bol) {
		sb_add(&e->out, "  ", 2);
		sb_add(&e->out, e->s + c->off, c->len);
		e->prevp = 0;
	} else {
		end_line(e);
		if (blank > 0 || (blank < 0 && c->nl >= 2))
			blank_line(e);
		e->indent = indent;
		put_text(e, 0, e->s + c->off, c->len, c->width);
	}
	e->bol = false;
	end_line(e);
	e->indent = indent;
}

/* Tokens i..j (inclusive, no comments) on the current line. */
static void emit_flat(struct fmt_emit *e, size_t i, size_t j)
{
	for (size_t k = i; k <= j; k++)
		if (!e->t[k].drop)
			put_tok(e, k);
}

/*
** Do tokens open..close fit on the current line?  In a member of a broken
** set, what must follow on that line counts too: the tokens up to the next
** '{' (where the line may break) or the end of the member and its ','.
** Elsewhere (a declaration, a rule condition) only the set itself counts:
** a long condition stays on one line rather than breaking a short set.  A
** set that would start past the width stays on its line too: breaking it
** could not bring that line back within the width.
*/
static bool fits_flat(const struct fmt_emit *e, size_t open, size_t close)
{
	if (has_comment(e, open, close))
		return false;
	size_t start = next_col(e, '{');
	if (start >= FMT_WIDTH)
		return true;
	size_t w = start + flat_width(e, open, close);
	if (e->unit_end != SIZE_MAX) {
		size_t end = close;
		bool member_end = true;
		for (size_t k = close + 1; k <= e->unit_end; k++) {
			if (e->t[k].kind == T_COMMENT) {
				member_end = false;
				break;
			}
			end = k;
			if (e->t[k].p == '{') {
				member_end = false;
				break;
			}
		}
		w += e->w[end + 1] - e->w[close + 1] + member_end;
	}
	return w <= FMT_WIDTH;
}

static void emit_set(struct fmt_emit *e, size_t open);
static void emit_body(struct fmt_emit *e, size_t open, enum fmt_kw kind);

/*
** Tokens lo..hi-1 of one unit (a declaration header, a body item, a set
** member) from the current line on.  A comment ends its line.  Outside set
** members, the author's line breaks between tokens are kept too (never
** before a body's '{'; several newlines count as one).  A continuation line
** is indented at cont plus its depth in parentheses within the unit.
*/
static void emit_range(struct fmt_emit *e, size_t lo, size_t hi, int cont, enum fmt_kw kind,
		       bool member)
{
	size_t save_end = e->unit_end;
	e->unit_end = member ? hi - 1 : SIZE_MAX;
	for (size_t k = lo; k < hi;) {
		const struct fmt_tok *x = &e->t[k];
		int indent = cont + (x->depth > e->t[lo].depth ? x->depth - e->t[lo].depth : 0);
		if (k > lo && !member && x->kind != T_COMMENT && x->nl > 0 && !x->body)
			end_line(e);
		if (k > lo && e->bol)
			e->indent = indent;
		if (x->kind == T_COMMENT) {
			emit_comment(e, k, indent, -1);
			k++;
		} else if (x->p == '{') {
			if (x->body)
				emit_body(e, k, kind);
			else
				emit_set(e, k);
			k = x->match + 1;
		} else {
			put_tok(e, k);
			k++;
		}
	}
	e->unit_end = save_end;
}

/*
** Set literal: on one line when it fits and holds no comment; else '{',
** members filled up to FMT_WIDTH one level deeper, each followed by ',',
** and '}' on a line of its own.  A member that spans lines (a broken nested
** set, a comment inside) is followed by a line break.
*/
static void emit_set(struct fmt_emit *e, size_t open)
{
	const struct fmt_tok *t = e->t;
	size_t close = t[open].match;
	if (fits_flat(e, open, close)) {
		emit_flat(e, open, close);
		return;
	}
	int base = e->indent;
	put_tok(e, open);
	bool need_sep = false, force_nl = true;
	for (size_t k = open + 1; k < close;) {
		if (t[k].kind == T_COMMENT) {
			emit_comment(e, k, base + 1, -1);
			k++;
			continue;
		}
		if (t[k].p == ',' && need_sep) {
			need_sep = false;
			k++;
			continue;
		}
		/* a member: code up to the next ',' of this set or the '}' */
		size_t last = k;
		for (size_t m = k; m < close && t[m].p != ',';) {
			if (t[m].kind == T_COMMENT) {
				m++;
			} else if (t[m].p == '{' || t[m].p == '(') {
				last = t[m].match;
				m = last + 1;
			} else {
				last = m++;
			}
		}
		size_t w = has_comment(e, k, last) ? SIZE_MAX : flat_width(e, k, last);
		if (!e->bol && (force_nl || w == SIZE_MAX || e->col + 1 + w + 1 > FMT_WIDTH))
			end_line(e);
		if (e->bol)
			e->indent = base + 1;
		size_t lines = e->lines;
		emit_range(e, k, last + 1, base + 2, KW_NONE, true);
		put_text(e, ',', ",", 1, 1);
		force_nl = e->lines != lines;
		need_sep = true;
		k = last + 1;
	}
	end_line(e);
	e->indent = base;
	put_tok(e, close);
}

/* Does token x start an item in the body of a declaration of this kind? */
static bool starts_item(enum fmt_kw kind, const struct fmt_tok *x)
{
	if (x->kind != T_KEYWORD)
		return false;
	switch (kind) {
	case KW_rule:
		switch (x->kw) {
		case KW_on: case KW_when: case KW_require: case KW_severity: case KW_cite:
		case KW_message: case KW_remedy: case KW_since: case KW_until:
			return true;
		default:
			return false;
		}
	case KW_test:
		return x->kw == KW_as_of || x->kw == KW_store || x->kw == KW_transfer ||
		       x->kw == KW_expect;
	case KW_class:
		return x->kw == KW_sensitivity;
	case KW_provider: case KW_location:
		return x->kw == KW_operator;
	case KW_mechanism:
		return x->kw == KW_cite;
	default:	/* not a declaration that has a body: split at any item keyword */
		return starts_item(KW_rule, x) || starts_item(KW_test, x) ||
		       x->kw == KW_sensitivity || x->kw == KW_operator;
	}
}

/*
** Declaration body: '{ item }' on one line when it holds at most one item
** and no comment, fits, and is not a rule or test; else one item per line,
** one level deeper, and '}' on a line of its own.
*/
static void emit_body(struct fmt_emit *e, size_t open, enum fmt_kw kind)
{
	const struct fmt_tok *t = e->t;
	size_t close = t[open].match, items = 0;
	bool first = true;
	for (size_t k = open + 1; k < close;) {
		if (t[k].kind != T_COMMENT && (first || starts_item(kind, &t[k]))) {
			items++;
			first = false;
		}
		k = (t[k].p == '{' || t[k].p == '(') ? t[k].match + 1 : k + 1;
	}
	bool block = kind == KW_rule || kind == KW_test;
	if ((items == 0 || (items == 1 && !block)) && fits_flat(e, open, close)) {
		emit_flat(e, open, close);
		return;
	}
	int base = e->indent;
	put_tok(e, open);
	for (size_t k = open + 1; k < close;) {
		if (t[k].kind == T_COMMENT) {
			emit_comment(e, k, base + 1, -1);
			k++;
			continue;
		}
		size_t last = k;
		for (size_t m = k; m < close;) {
			if (t[m].kind == T_COMMENT) {
				m++;
				continue;
			}
			if (m > k && starts_item(kind, &t[m]))
				break;
			if (t[m].p == '{' || t[m].p == '(') {
				last = t[m].match;
				m = last + 1;
			} else {
				last = m++;
			}
		}
		end_line(e);
		if (t[k].nl >= 2)
			blank_line(e);
		e->indent = base + 1;
		emit_range(e, k, last + 1, base + 2, kind, false);
		k = last + 1;
	}
	end_line(e);
	e->indent = base;
	put_tok(e, close);
}

static bool starts_decl(const struct fmt_tok *x)
{
	if (x->kind != T_KEYWORD || x->depth != 0)
		return false;
	switch (x->kw) {
	case KW_import: case KW_region: case KW_location: case KW_provider: case KW_levels:
	case KW_class: case KW_mechanism: case KW_rule: case KW_test:
		return true;
	default:
		return false;
	}
}

/*
** struct fmt_elem - a top-level element: a declaration (with the comment
** trailing its last line) or a full-line comment.
** @start, @end: its text in the emitter's buffer (ends with a newline)
** @nl: newlines in the source before it
** @kw: the declaration keyword (KW_NONE: a comment, or code before any)
** @decl: a declaration, not a comment
** @single: its text is one line
*/
struct fmt_elem {
	size_t start, end, nl;
	enum fmt_kw kw;
	bool decl, single;
};

/* Consecutive one-line declarations of one kind: grouped as the author wrote. */
static bool same_group(const struct fmt_elem *a, const struct fmt_elem *b)
{
	return a->decl && b->decl && a->single && b->single && a->kw == b->kw;
}

/*
** The file.  Each element is laid out on its own first, then they are
** joined: one blank line between declarations, except in a group of
** one-line declarations of the same kind (consecutive imports, a location
** catalog), where at most one blank line is kept where the author had one;
** full-line comments directly above a declaration are attached to it (the
** blank line goes above them); elsewhere at most one blank line is kept
** where the author had one.
*/
static void emit_file(struct fmt_emit *e)
{
	const struct fmt_tok *t = e->t;
	struct fmt_elem *el = NULL;
	size_t nel = 0, cap = 0;
	for (size_t k = 0; k < e->nt;) {
		struct fmt_elem x = {.start = e->out.len, .nl = t[k].nl};
		size_t lines = e->lines;
		if (t[k].kind == T_COMMENT) {
			e->indent = 0;
			emit_comment(e, k, 0, 0);
			k++;
		} else {
			x.decl = true;
			x.kw = starts_decl(&t[k]) ? (enum fmt_kw)t[k].kw : KW_NONE;
			size_t last = k;
			for (size_t m = k; m < e->nt;) {
				if (t[m].kind == T_COMMENT) {
					m++;
					continue;
				}
				if (m > k && starts_decl(&t[m]))
					break;
				if (t[m].p == '{' || t[m].p == '(') {
					last = t[m].match;
					m = last + 1;
				} else {
					last = m++;
				}
			}
			e->indent = 0;
			emit_range(e, k, last + 1, 1, x.kw, false);
			k = last + 1;
			if (k < e->nt && t[k].kind == T_COMMENT && t[k].nl == 0)
				emit_comment(e, k++, 0, 0);
			end_line(e);
		}
		x.end = e->out.len;
		x.single = e->lines == lines + 1;
		*VEC_PUSH(el, nel, cap) = x;
	}

	struct strbuf out = {0};
	for (size_t i = 0; i < nel; i++) {
		const struct fmt_elem *x = &el[i], *p = i ? &el[i - 1] : NULL;
		bool blank = x->nl >= 2;
		if (!p) {
			blank = false;
		} else if (p->decl && x->decl) {
			blank = same_group(p, x) ? x->nl >= 2 : true;
		} else if (p->decl) {
			/* a comment run glued to the next declaration moves with it */
			size_t j = i + 1;
			bool glued = true;
			for (; j < nel && !el[j].decl; j++)
				glued = glued && el[j].nl == 1;
			if (glued && j < nel && el[j].nl == 1)
				blank = same_group(p, &el[j]) ? x->nl >= 2 : true;
		}
		if (blank)
			sb_putc(&out, '\n');
		sb_add(&out, e->out.s + x->start, x->end - x->start);
	}
	xfree(el);
	sb_free(&e->out);
	e->out = out;
}

/* ======================================================================
** Entry points
** ====================================================================== */

static void report(const struct fmt_lexer *L, const char *name, struct rsd_diags *d)
{
	char *copy = xmalloc(L->n + 1);
	memcpy(copy, L->s, L->n);
	copy[L->n] = 0;
	struct src_file *f = diag_add_file(d, name, copy, L->n);
	struct src_loc loc = src_loc_at(f, L->err_off, L->err_span);
	diag_error(d, &loc, "%s", L->err);
}

/* Code tokens of a and b, and their comments, are the same sequences. */
static bool same_tokens(const struct fmt_lexer *a, const struct fmt_lexer *b, size_t *where)
{
	size_t i = 0, j = 0;
	for (int pass = 0; pass < 2; pass++) {
		bool comments = pass == 1;
		i = j = 0;
		for (;;) {
			while (i < a->nt && ((a->v[i].kind == T_COMMENT) != comments || a->v[i].drop))
				i++;
			while (j < b->nt && ((b->v[j].kind == T_COMMENT) != comments || b->v[j].drop))
				j++;
			if (i == a->nt || j == b->nt)
				break;
			const struct fmt_tok *x = &a->v[i], *y = &b->v[j];
			if (x->kind != y->kind || x->len != y->len ||
			    memcmp(a->s + x->off, b->s + y->off, x->len) != 0) {
				*where = x->off;
				return false;
			}
			i++, j++;
		}
		if (i != a->nt || j != b->nt) {
			*where = i < a->nt ? a->v[i].off : a->n;
			return false;
		}
	}
	return true;
}

/*
** Format src into out (appended) or queue one error on d: see fmt.h.  The
** output is re-lexed and compared with the input before it is returned.
*/
int fmt_source(const char *name, const char *src, size_t len, struct strbuf *out,
	       struct rsd_diags *d)
{
	struct fmt_lexer L = {.s = src, .n = len};
	if (!fmt_lex(&L)) {
		report(&L, name, d);
		xfree(L.v);
		return -1;
	}
	struct fmt_emit e = {.s = src, .t = L.v, .nt = L.nt, .bol = true, .unit_end = SIZE_MAX};
	prepare_widths(&e);
	emit_file(&e);
	xfree(e.w);
	xfree(e.nc);
	xfree(e.sp);

	/* fail closed: the layout must not change what the file says */
	struct fmt_lexer R = {.s = e.out.s ? e.out.s : "", .n = e.out.len};
	size_t where = 0;
	bool ok = fmt_lex(&R) && same_tokens(&L, &R, &where);
	xfree(R.v);
	if (!ok) {
		L.failed = false;
		lex_fail(&L, where, 1, "internal error: formatting would change the tokens here");
		report(&L, name, d);
	} else {
		sb_add(out, e.out.s ? e.out.s : "", e.out.len);
	}
	sb_free(&e.out);
	xfree(L.v);
	return ok ? 0 : -1;
}

/*
** The tokens formatting preserves, one per line (see fmt.h); -1 with one
** error on d when src does not tokenise.
*/
int fmt_signature(const char *name, const char *src, size_t len, struct strbuf *out,
		  struct rsd_diags *d)
{
	struct fmt_lexer L = {.s = src, .n = len};
	if (!fmt_lex(&L)) {
		report(&L, name, d);
		xfree(L.v);
		return -1;
	}
	for (size_t k = 0; k < L.nt; k++) {
		const struct fmt_tok *x = &L.v[k];
		if (x->kind == T_COMMENT || x->drop)
			continue;
		sb_add(out, src + x->off, x->len);
		sb_putc(out, '\n');
	}
	xfree(L.v);
	return 0;
}

/*
** One file for `residency fmt`: 0 canonical, 1 differs (printed, rewritten
** or named per mode), 2 error queued on d (see fmt.h).
*/
int fmt_file(const char *path, enum fmt_mode mode, FILE *out, struct rsd_diags *d)
{
	bool is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	size_t len;
	char *src = read_file(is_stdin ? "/dev/stdin" : path, &len, FMT_MAX_FILE);
	if (!src) {
		diag_error(d, NULL, "cannot read %s: %s", name, strerror(errno));
		return 2;
	}
	struct strbuf sb = {0};
	if (fmt_source(name, src, len, &sb, d) != 0) {
		xfree(src);
		sb_free(&sb);
		return 2;
	}
	const char *text = sb.s ? sb.s : "";
	int rc = sb.len == len && memcmp(text, src, len) == 0 ? 0 : 1;
	if (mode == FMT_WRITE && is_stdin)
		mode = FMT_PRINT;
	switch (mode) {
	case FMT_PRINT:
		fwrite(text, 1, sb.len, out);
		break;
	case FMT_WRITE:
		if (rc == 1 && write_file_atomic(path, text, sb.len) != 0) {
			diag_error(d, NULL, "cannot write %s: %s", name, strerror(errno));
			rc = 2;
		}
		break;
	case FMT_CHECK:
		if (rc == 1)
			fprintf(out, "%s\n", name);
		break;
	}
	sb_free(&sb);
	xfree(src);
	return rc;
}
