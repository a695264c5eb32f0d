/*
** lsp.c — `residency lsp`: a Language Server Protocol server over stdio
** (JSON-RPC 2.0 with Content-Length framing, messages read and written
** with jansson).  It is built on the compiler's own passes: every analysis
** is one compile_policy() call, whose inspect hook hands us the analysed
** syntax trees of every file it read (the document, its imports, the
** built-in library files); from them we keep an index of declarations and
** name references, and from the compiled policy the facts that hovers show
** (a region's countries on the date, a location's operator, a rule's
** scope).  docs/editors.md lists what each request answers.
**
** Robustness: the compiler accepts any bytes (it is fuzzed), so half-typed
** text only yields diagnostics.  When a document does not compile, the
** requests that need a policy answer from its last good analysis.
** Analyses of changed documents are debounced: they run once no message has
** arrived for LSP_DEBOUNCE_MS, or before a request that reads the document.
*/
#define _GNU_SOURCE	/* open_memstream */
#include "residency.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast.h"
#include "bits.h"
#include "compile.h"
#include "country.h"
#include "date.h"
#include "diag.h"
#include "fmt.h"
#include "lint.h"
#include "policy.h"
#include "report.h"
#include "stdlib_files.h"
#include "testrun.h"
#include "util.h"
#include "where.h"

#define LSP_DEBOUNCE_MS 200
#define LSP_MAX_MESSAGE ((size_t)64 << 20)	/* refuse larger JSON-RPC bodies */
#define LSP_MAX_HEADER 4096
#define LIB_PREFIX "<lib>/"
#define LIB_SCHEME "residency-lib:/"

/* {======================================================= index */

/* What a name refers to: the main namespace (regions, classes,
   mechanisms, rules, levels), locations, providers, tests or countries. */
enum ns { NS_MAIN_, NS_LOC_, NS_PROV_, NS_TEST_, NS_COUNTRY_ };

struct range {
	uint32_t line, col, end_line, end_col;	/* 1-based; end one past the last byte */
};

/*
** A declared name.  @kind: enum ast_decl_kind (D_LEVELS for one level);
** @name_r: the name as written; @decl_r: the whole declaration.
*/
struct isym {
	char *name, *title;
	enum ast_decl_kind kind;
	enum ns ns;
	int file;
	struct range name_r, decl_r;
};

struct iref {
	char *name;
	enum ns ns;
	int file;
	struct range r;
};

struct afile {
	char *path, *uri, *text;
	size_t len;
	bool builtin;
	uint32_t *lines;	/* byte offset of each line start (lazy) */
	uint32_t nlines;
};

/*
** One compilation's index.  @policy: NULL when it did not compile; @diags:
** every record, for publishing.
*/
struct analysis {
	struct afile *files;
	size_t nfiles;
	struct isym *syms;
	size_t nsyms, cap_syms;
	struct iref *refs;
	size_t nrefs, cap_refs;
	struct rsd_policy *policy;
	struct rsd_diags diags;
};

static struct range range_of(const struct ast_loc *l)
{
	struct range r = {l->line, l->col, l->end_line, l->end_col};
	if (r.end_line < r.line || (r.end_line == r.line && r.end_col < r.col)) {
		r.end_line = r.line;
		r.end_col = r.col;
	}
	return r;
}

static void add_sym(struct analysis *A, int file, const char *name, enum ast_decl_kind kind, enum ns ns,
		    const struct ast_loc *name_loc, const struct ast_loc *decl_loc, const char *title)
{
	if (!name || !name[0])
		return;
	struct isym *s = VEC_PUSH(A->syms, A->nsyms, A->cap_syms);
	s->name = xstrdup(name);
	s->title = title ? xstrdup(title) : NULL;
	s->kind = kind;
	s->ns = ns;
	s->file = file;
	s->name_r = range_of(name_loc);
	s->decl_r = range_of(decl_loc);
}

static void add_ref(struct analysis *A, int file, const char *name, enum ns ns, const struct ast_loc *loc)
{
	if (!name || !name[0])
		return;
	struct iref *r = VEC_PUSH(A->refs, A->nrefs, A->cap_refs);
	r->name = xstrdup(name);
	r->ns = ns;
	r->file = file;
	r->r = range_of(loc);
}

static void index_names(struct analysis *A, int file, const struct ast_names *ns)
{
	for (const struct ast_name *n = ns->head; n; n = n->next)
		add_ref(A, file, n->s, NS_MAIN_, &n->loc);
}

static void index_rexpr(struct analysis *A, int file, const struct ast_rexpr *e, unsigned depth)
{
	if (!e || depth > AST_MAX_DEPTH)
		return;
	switch (e->kind) {
	case RX_NAME:
		add_ref(A, file, e->name, e->res == RES_COUNTRY ? NS_COUNTRY_ : NS_MAIN_, &e->loc);
		break;
	case RX_LOC:
		add_ref(A, file, e->name, NS_LOC_, &e->loc);
		break;
	case RX_SET:
		for (const struct ast_member *m = e->members.head; m; m = m->next)
			index_rexpr(A, file, m->e, depth + 1);
		break;
	default:
		index_rexpr(A, file, e->l, depth + 1);
		index_rexpr(A, file, e->r, depth + 1);
		break;
	}
}

static void index_cond(struct analysis *A, int file, const struct ast_cond *c, unsigned depth)
{
	if (!c || depth > AST_MAX_DEPTH)
		return;
	index_cond(A, file, c->l, depth + 1);
	index_cond(A, file, c->r, depth + 1);
	index_names(A, file, &c->names);
	index_rexpr(A, file, c->region, 0);
	if (c->op == COND_SENSITIVITY && c->name.s)
		add_ref(A, file, c->name.s, NS_MAIN_, &c->name.loc);
}

static void index_place(struct analysis *A, int file, const struct ast_place *p)
{
	for (; p; p = p->next) {
		if (p->is_loc)
			add_ref(A, file, p->name, NS_LOC_, &p->loc);
		else if (p->store < 0 && strlen(p->name) == 2)
			add_ref(A, file, p->name, NS_COUNTRY_, &p->loc);
	}
}

static void index_fact(struct analysis *A, int file, const struct ast_fact *f)
{
	if (!f)
		return;
	index_names(A, file, &f->classes);
	index_place(A, file, f->at.head);
	index_place(A, file, f->from);
	index_place(A, file, f->to);
	for (const struct ast_prop *p = f->props.head; p; p = p->next) {
		if (p->kind == PR_MECH && p->name.s)
			add_ref(A, file, p->name.s, NS_MAIN_, &p->name.loc);
		index_place(A, file, p->places.head);
	}
}

static void index_decl(struct analysis *A, int file, const struct ast_decl *d)
{
	switch (d->kind) {
	case D_IMPORT:
		return;
	case D_REGION:
		add_sym(A, file, d->name.s, d->kind, NS_MAIN_, &d->name.loc, &d->loc, d->title);
		index_rexpr(A, file, d->value, 0);
		return;
	case D_LOCATION:
		add_sym(A, file, d->name.s, d->kind, NS_LOC_, &d->name.loc, &d->loc, d->title);
		index_rexpr(A, file, d->value, 0);
		index_rexpr(A, file, d->oper, 0);
		return;
	case D_PROVIDER:
		add_sym(A, file, d->name.s, d->kind, NS_PROV_, &d->name.loc, &d->loc, d->title);
		index_rexpr(A, file, d->oper, 0);
		return;
	case D_LEVELS:
		for (const struct ast_name *n = d->names.head; n; n = n->next)
			add_sym(A, file, n->s, D_LEVELS, NS_MAIN_, &n->loc, &d->loc, NULL);
		return;
	case D_CLASS:
		add_sym(A, file, d->name.s, d->kind, NS_MAIN_, &d->name.loc, &d->loc, d->title);
		index_names(A, file, &d->names);
		if (d->sens.s)
			add_ref(A, file, d->sens.s, NS_MAIN_, &d->sens.loc);
		return;
	case D_MECHANISM:
		add_sym(A, file, d->name.s, d->kind, NS_MAIN_, &d->name.loc, &d->loc, d->title);
		return;
	case D_RULE:
		add_sym(A, file, d->name.s, d->kind, NS_MAIN_, &d->name.loc, &d->loc, d->title);
		for (const struct ast_item *it = d->items.head; it; it = it->next) {
			if (it->classes) {
				index_names(A, file, &it->classes->names);
				if (it->classes->level.s)
					add_ref(A, file, it->classes->level.s, NS_MAIN_, &it->classes->level.loc);
			}
			for (const struct ast_clause *c = it->clauses.head; c; c = c->next)
				index_rexpr(A, file, c->e, 0);
			index_cond(A, file, it->cond, 0);
		}
		return;
	case D_TEST:
		add_sym(A, file, d->name.s, d->kind, NS_TEST_, &d->name.loc, &d->loc, NULL);
		for (const struct ast_titem *t = d->titems.head; t; t = t->next) {
			index_fact(A, file, t->fact);
			index_names(A, file, &t->rules);
		}
		return;
	}
}

/* file:///a/b%20c.rpl → "/a/b c.rpl"; NULL for other schemes */
static char *uri_to_path(const char *uri)
{
	if (strncmp(uri, "file://", 7) != 0)
		return NULL;
	const char *s = uri + 7;
	while (*s && *s != '/')	/* skip an authority (file://host/path) */
		s++;
	struct strbuf sb = {0};
	for (; *s; s++) {
		if (*s == '%' && s[1] && s[2]) {
			char hex[3] = {s[1], s[2], 0};
			char *end;
			long v = strtol(hex, &end, 16);
			if (*end == 0 && v > 0) {
				sb_putc(&sb, (char)v);
				s += 2;
				continue;
			}
		}
		sb_putc(&sb, *s);
	}
	if (!sb.s)
		sb_putc(&sb, '/');
	return sb_take(&sb);
}

static char *path_to_uri(const char *path)
{
	struct strbuf sb = {0};
	if (strncmp(path, LIB_PREFIX, strlen(LIB_PREFIX)) == 0) {
		sb_puts(&sb, LIB_SCHEME);
		sb_puts(&sb, path + strlen(LIB_PREFIX));
		return sb_take(&sb);
	}
	sb_puts(&sb, "file://");
	if (path[0] != '/') {
		char *cwd = getcwd(NULL, 0);
		if (cwd) {
			sb_puts(&sb, cwd);
			free(cwd);
		}
		sb_putc(&sb, '/');
	}
	static const char safe[] = "-._~/!$&'()*+,;=:@";
	for (const unsigned char *s = (const unsigned char *)path; *s; s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		    strchr(safe, *s))
			sb_putc(&sb, (char)*s);
		else
			sb_printf(&sb, "%%%02X", *s);
	}
	return sb_take(&sb);
}

static void inspect(void *ctx, const struct compile_view *v)
{
	struct analysis *A = ctx;
	A->files = xcalloc(v->nfiles + 1, sizeof *A->files);
	A->nfiles = v->nfiles;
	for (size_t i = 0; i < v->nfiles; i++) {
		struct afile *f = &A->files[i];
		f->path = xstrdup(v->paths[i]);
		f->uri = path_to_uri(v->paths[i]);
		f->text = xstrndup(v->texts[i], v->lens[i]);
		f->len = v->lens[i];
		f->builtin = v->builtin[i];
		for (const struct ast_decl *d = v->decls[i]; d; d = d->next)
			index_decl(A, (int)i, d);
	}
}

static void analysis_free(struct analysis *A)
{
	if (!A)
		return;
	for (size_t i = 0; i < A->nfiles; i++) {
		xfree(A->files[i].path);
		xfree(A->files[i].uri);
		xfree(A->files[i].text);
		xfree(A->files[i].lines);
	}
	xfree(A->files);
	for (size_t i = 0; i < A->nsyms; i++) {
		xfree(A->syms[i].name);
		xfree(A->syms[i].title);
	}
	xfree(A->syms);
	for (size_t i = 0; i < A->nrefs; i++)
		xfree(A->refs[i].name);
	xfree(A->refs);
	if (A->policy)
		policy_free(A->policy);
	diags_free(&A->diags);
	xfree(A);
}

/* }======================================================= */

/* {======================================================= server state */

struct doc {
	char *uri;
	char *path;	/* compile name: a file path, or "<lib>/x.rpl" */
	char *text;
	size_t len;
	bool dirty;
	struct analysis *cur;	/* the latest analysis (NULL before the first) */
	struct analysis *good;	/* the latest one that compiled (may be cur) */
};

struct server {
	int in_fd, out_fd;
	char *buf;
	size_t blen, bcap;
	bool eof;
	bool utf8;	/* positions in UTF-8 bytes (negotiated), else UTF-16 units */
	bool shutdown;
	rdate date;
	const char *const *libdirs;
	size_t nlibdirs;
	struct doc *docs;
	size_t ndocs, cap_docs;
	struct analysis *lib;	/* the built-in library, for completion and symbols */
};

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Send one message (steals j). */
static void send_msg(struct server *S, json_t *j)
{
	char *body = json_dumps(j, JSON_COMPACT | JSON_ENSURE_ASCII);
	json_decref(j);
	if (!body)
		return;
	char head[64];
	int hn = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", strlen(body));
	if (write_all(S->out_fd, head, (size_t)hn) < 0 || write_all(S->out_fd, body, strlen(body)) < 0)
		S->eof = true;	/* the client is gone */
	free(body);
}

static void respond(struct server *S, json_t *id, json_t *result)
{
	send_msg(S, json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id, "result",
			      result ? result : json_null()));
}

static void respond_error(struct server *S, json_t *id, int code, const char *msg)
{
	send_msg(S, json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id", id ? id : json_null(),
			      "error", "code", code, "message", msg));
}

static void notify(struct server *S, const char *method, json_t *params)
{
	send_msg(S, json_pack("{s:s, s:s, s:o}", "jsonrpc", "2.0", "method", method, "params", params));
}

static void show_message(struct server *S, int type, const char *text)
{
	notify(S, "window/showMessage", json_pack("{s:i, s:s}", "type", type, "message", text));
}

/*
** The next message: 1 and *out set; 0 when nothing complete arrived
** within timeout_ms (-1: wait); -1 at end of input.  A malformed frame or
** body is answered with a parse error and skipped.
*/
static int read_msg(struct server *S, int timeout_ms, json_t **out)
{
	for (;;) {
		char *hend = S->blen ? memmem(S->buf, S->blen, "\r\n\r\n", 4) : NULL;
		if (hend) {
			size_t hlen = (size_t)(hend - S->buf) + 4;
			long long clen = -1;
			for (char *line = S->buf; line < hend;) {
				char *eol = memmem(line, (size_t)(hend - line) + 2, "\r\n", 2);
				if (!eol)
					break;
				if ((size_t)(eol - line) > 15 && strncasecmp(line, "Content-Length:", 15) == 0) {
					char *end;
					clen = strtoll(line + 15, &end, 10);
					while (end < eol && (*end == ' ' || *end == '\t'))
						end++;
					if (end != eol)
						clen = -1;
				}
				line = eol + 2;
			}
			if (clen < 0 || (size_t)clen > LSP_MAX_MESSAGE) {
				/* cannot frame the rest of the stream: give up on it */
				respond_error(S, NULL, -32700, clen < 0 ? "missing or bad Content-Length header"
									 : "message too large");
				return -1;
			}
			if (S->blen >= hlen + (size_t)clen) {
				json_error_t err;
				json_t *j = json_loadb(S->buf + hlen, (size_t)clen, JSON_ALLOW_NUL, &err);
				memmove(S->buf, S->buf + hlen + clen, S->blen - hlen - (size_t)clen);
				S->blen -= hlen + (size_t)clen;
				if (!j || !json_is_object(j)) {
					json_decref(j);
					respond_error(S, NULL, -32700, "parse error");
					continue;
				}
				*out = j;
				return 1;
			}
		} else if (S->blen > LSP_MAX_HEADER) {
			respond_error(S, NULL, -32700, "header too long");
			return -1;
		}
		if (S->eof)
			return -1;
		struct pollfd pfd = {S->in_fd, POLLIN, 0};
		int pr = poll(&pfd, 1, timeout_ms);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr == 0)
			return 0;
		if (S->bcap - S->blen < 65536) {
			S->bcap = S->bcap ? S->bcap * 2 : 131072;
			S->buf = xrealloc(S->buf, S->bcap);
		}
		ssize_t n = read(S->in_fd, S->buf + S->blen, S->bcap - S->blen);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			S->eof = true;
			if (!S->blen)
				return -1;
			continue;
		}
		S->blen += (size_t)n;
	}
}

/* }======================================================= */

/* {======================================================= positions */

static void afile_lines(struct afile *f)
{
	if (f->lines)
		return;
	size_t n = 1;
	for (size_t i = 0; i < f->len; i++)
		n += f->text[i] == '\n';
	f->lines = xmalloc((n + 1) * sizeof *f->lines);
	f->nlines = 0;
	f->lines[f->nlines++] = 0;
	for (size_t i = 0; i < f->len; i++)
		if (f->text[i] == '\n')
			f->lines[f->nlines++] = (uint32_t)(i + 1);
}

/* The units of text[0..n) in the negotiated encoding. */
static uint32_t units(const struct server *S, const char *s, size_t n)
{
	if (S->utf8)
		return (uint32_t)n;
	uint32_t u = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c & 0xC0) == 0x80)
			continue;
		u += c >= 0xF0 ? 2 : 1;
	}
	return u;
}

/* 1-based line/byte column → LSP position in file f. */
static json_t *position(const struct server *S, struct afile *f, uint32_t line, uint32_t col)
{
	afile_lines(f);
	if (line == 0)
		line = 1;
	if (col == 0)
		col = 1;
	uint32_t character = col - 1;
	if (line <= f->nlines) {
		size_t start = f->lines[line - 1];
		size_t end = line < f->nlines ? f->lines[line] : f->len;
		size_t n = col - 1;
		if (start + n > end)
			n = end - start;
		character = units(S, f->text + start, n);
	}
	return json_pack("{s:i, s:i}", "line", (json_int_t)(line - 1), "character", (json_int_t)character);
}

static json_t *range_json(const struct server *S, struct afile *f, const struct range *r)
{
	return json_pack("{s:o, s:o}", "start", position(S, f, r->line, r->col), "end",
			 position(S, f, r->end_line, r->end_col));
}

/* LSP position → 1-based line and byte column in text. */
static bool from_position(const struct server *S, const char *text, size_t len, json_t *pos, uint32_t *line,
			  uint32_t *col)
{
	json_t *jl = json_object_get(pos, "line"), *jc = json_object_get(pos, "character");
	if (!json_is_integer(jl) || !json_is_integer(jc) || json_integer_value(jl) < 0 ||
	    json_integer_value(jc) < 0 || json_integer_value(jl) > INT32_MAX)
		return false;
	size_t want = (size_t)json_integer_value(jl), ln = 0, off = 0;
	while (ln < want && off < len) {
		const char *nl = memchr(text + off, '\n', len - off);
		if (!nl)
			return false;
		off = (size_t)(nl - text) + 1;
		ln++;
	}
	if (ln < want)
		return false;
	size_t end = off;
	while (end < len && text[end] != '\n')
		end++;
	json_int_t target = json_integer_value(jc);
	size_t b = off;
	json_int_t u = 0;
	while (b < end && u < target) {
		unsigned char c = (unsigned char)text[b];
		size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		u += S->utf8 ? (json_int_t)n : (n == 4 ? 2 : 1);
		b += n;
	}
	if (b > end)
		b = end;
	*line = (uint32_t)want + 1;
	*col = (uint32_t)(b - off) + 1;
	return true;
}

static bool in_range(const struct range *r, uint32_t line, uint32_t col)
{
	if (line < r->line || line > r->end_line)
		return false;
	if (line == r->line && col < r->col)
		return false;
	if (line == r->end_line && col > r->end_col)	/* the end counts: cursor after the name */
		return false;
	return true;
}

/* }======================================================= */

/* {======================================================= documents */

static struct doc *find_doc(struct server *S, const char *uri)
{
	for (size_t i = 0; i < S->ndocs; i++)
		if (strcmp(S->docs[i].uri, uri) == 0)
			return &S->docs[i];
	return NULL;
}

static struct analysis *analyse(struct server *S, const char *name, const char *src, size_t len)
{
	struct analysis *A = xcalloc(1, sizeof *A);
	diags_init(&A->diags);
	A->diags.max_errors = 200;
	struct compile_opts o = {S->libdirs, S->nlibdirs, true, true, inspect, A};
	A->policy = compile_policy(NULL, 0, name, src, len, &o, &A->diags);
	if (A->policy)
		lint_policy(A->policy, S->date, &A->diags);
	return A;
}

/* The index of the document's own file in its analysis, or -1. */
static int self_file(const struct doc *D, const struct analysis *A)
{
	if (!A)
		return -1;
	for (size_t i = 0; i < A->nfiles; i++)
		if (strcmp(A->files[i].path, D->path) == 0)
			return (int)i;
	return -1;
}

static const char *diag_sev_name(enum diag_severity s)
{
	return s == DIAG_ERROR ? "error" : s == DIAG_WARNING ? "warning" : "note";
}

static void publish(struct server *S, struct doc *D)
{
	if (strncmp(D->uri, LIB_SCHEME, strlen(LIB_SCHEME)) == 0)
		return;	/* the library is read-only and clean */
	struct analysis *A = D->cur;
	int self = self_file(D, A);
	json_t *list = json_array();
	for (size_t i = 0; A && i < A->diags.n; i++) {
		const struct diag *g = &A->diags.v[i];
		int sev = g->sev == DIAG_ERROR ? 1 : g->sev == DIAG_WARNING ? 2 : 3;
		const char *fname = g->has_loc && g->loc.file ? g->loc.file->name : NULL;
		struct range r = {1, 1, 1, 1};
		char *msg;
		if (fname && self >= 0 && strcmp(fname, D->path) == 0) {
			r.line = r.end_line = g->loc.line;
			r.col = g->loc.col;
			r.end_col = g->loc.col + (g->loc.len ? g->loc.len : 1);
			msg = xstrdup(g->msg);
		} else if (g->sev == DIAG_ERROR) {
			/* an error elsewhere (an import, the command line) stops the
			   document from compiling: show it at its top */
			struct strbuf sb = {0};
			if (fname)
				sb_printf(&sb, "%s:%u:%u: %s: %s", fname, g->loc.line, g->loc.col,
					  diag_sev_name(g->sev), g->msg);
			else
				sb_puts(&sb, g->msg);
			msg = sb_take(&sb);
		} else {
			continue;
		}
		json_t *rj = self >= 0 ? range_json(S, &A->files[self], &r)
				       : json_pack("{s:{s:i,s:i}, s:{s:i,s:i}}", "start", "line", 0, "character", 0,
						   "end", "line", 0, "character", 0);
		json_array_append_new(list, json_pack("{s:o, s:i, s:s, s:s}", "range", rj, "severity", sev,
						      "source", "residency", "message", msg));
		xfree(msg);
	}
	notify(S, "textDocument/publishDiagnostics",
	       json_pack("{s:s, s:o}", "uri", D->uri, "diagnostics", list));
}

static void refresh(struct server *S, struct doc *D)
{
	if (!D->dirty)
		return;
	D->dirty = false;
	struct analysis *A;
	if (strncmp(D->path, LIB_PREFIX, strlen(LIB_PREFIX)) == 0) {
		/* a library file: analyse `import "NAME"` so it is read as built in */
		struct strbuf src = {0};
		const char *nm = D->path + strlen(LIB_PREFIX);
		size_t n = strlen(nm);
		if (n > 4 && strcmp(nm + n - 4, ".rpl") == 0)
			n -= 4;
		sb_puts(&src, "import \"");
		sb_add(&src, nm, n);
		sb_puts(&src, "\"\n");
		A = analyse(S, "<library>", src.s, src.len);
		sb_free(&src);
	} else {
		A = analyse(S, D->path, D->text, D->len);
	}
	struct analysis *old = D->cur;
	D->cur = A;
	if (A->policy) {
		if (D->good != old)
			analysis_free(D->good);
		D->good = A;
	}
	if (old != D->good)
		analysis_free(old);
	publish(S, D);
}

static void close_doc(struct server *S, struct doc *D)
{
	if (D->good != D->cur)
		analysis_free(D->good);
	analysis_free(D->cur);
	xfree(D->uri);
	xfree(D->path);
	xfree(D->text);
	size_t i = (size_t)(D - S->docs);
	memmove(&S->docs[i], &S->docs[i + 1], (S->ndocs - i - 1) * sizeof *D);
	S->ndocs--;
}

static struct analysis *library(struct server *S)
{
	if (!S->lib) {
		static const char src[] = "import \"default\"\n";
		S->lib = analyse(S, "<library>", src, sizeof src - 1);
	}
	return S->lib;
}

/* }======================================================= */

/* {======================================================= lookups */

/* What is under the cursor: a declaration (*sym) or a reference (*ref). */
static bool at_cursor(struct analysis *A, int file, uint32_t line, uint32_t col, const struct isym **sym,
		      const struct iref **ref)
{
	*sym = NULL;
	*ref = NULL;
	if (!A)
		return false;
	for (size_t i = 0; i < A->nsyms; i++)
		if (A->syms[i].file == file && in_range(&A->syms[i].name_r, line, col)) {
			*sym = &A->syms[i];
			return true;
		}
	for (size_t i = 0; i < A->nrefs; i++)
		if (A->refs[i].file == file && in_range(&A->refs[i].r, line, col)) {
			*ref = &A->refs[i];
			return true;
		}
	return false;
}

static const struct isym *find_sym(const struct analysis *A, const char *name, enum ns ns)
{
	for (size_t i = 0; A && i < A->nsyms; i++)
		if (A->syms[i].ns == ns && strcmp(A->syms[i].name, name) == 0)
			return &A->syms[i];
	return NULL;
}

struct cursor {
	struct doc *D;
	struct analysis *A;	/* the analysis that answers */
	int file;
	const struct isym *sym;
	const struct iref *ref;
	const char *name;
	enum ns ns;
};

/*
** Resolve a textDocument/position request: the document (refreshed), and
** what is under the cursor in the current analysis, else in the last good
** one.  Returns false when the document is unknown.
*/
static bool cursor(struct server *S, json_t *params, struct cursor *c)
{
	memset(c, 0, sizeof *c);
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	c->D = uri ? find_doc(S, uri) : NULL;
	if (!c->D)
		return false;
	refresh(S, c->D);
	uint32_t line, col;
	if (!from_position(S, c->D->text, c->D->len, json_object_get(params, "position"), &line, &col))
		return true;
	struct analysis *tries[2] = {c->D->cur, c->D->good};
	for (int t = 0; t < 2; t++) {
		struct analysis *A = tries[t];
		int f = self_file(c->D, A);
		if (f < 0 || !at_cursor(A, f, line, col, &c->sym, &c->ref))
			continue;
		c->A = A;
		c->file = f;
		c->name = c->sym ? c->sym->name : c->ref->name;
		c->ns = c->sym ? c->sym->ns : c->ref->ns;
		return true;
	}
	return true;
}

static const char *kind_word(enum ast_decl_kind k)
{
	switch (k) {
	case D_REGION: return "region";
	case D_LOCATION: return "location";
	case D_PROVIDER: return "provider";
	case D_LEVELS: return "sensitivity level";
	case D_CLASS: return "class";
	case D_MECHANISM: return "mechanism";
	case D_RULE: return "rule";
	case D_TEST: return "test";
	case D_IMPORT: break;
	}
	return "import";
}

static void put_countries(struct strbuf *sb, const struct bits *b)
{
	int n = 0;
	BITS_FOREACH(i, b) {
		sb_printf(sb, "%s%s %s", n++ ? ", " : "", country_code(i), country_name(i));
	}
	if (!n)
		sb_puts(sb, "none");
}

/* Every since/until date below a set expression (through slots). */
static void set_dates(const struct rsd_policy *p, const struct set_expr *e, rdate **v, size_t *n, size_t *cap,
		      unsigned depth)
{
	if (!e || depth > 4 * AST_MAX_DEPTH)
		return;
	if (e->op == SET_DATED) {
		if (e->since != DATE_MIN)
			*VEC_PUSH(*v, *n, *cap) = e->since;
		if (e->until != DATE_MAX)
			*VEC_PUSH(*v, *n, *cap) = e->until;
	}
	if (e->op == SET_SLOT && e->slot >= 0 && (uint32_t)e->slot < p->nsets) {
		if (p->sets[e->slot].dated)
			set_dates(p, p->sets[e->slot].root, v, n, cap, depth + 1);
		return;
	}
	set_dates(p, e->l, v, n, cap, depth + 1);
	set_dates(p, e->r, v, n, cap, depth + 1);
}

static int cmp_date(const void *a, const void *b)
{
	rdate x = *(const rdate *)a, y = *(const rdate *)b;
	return x < y ? -1 : x > y;
}

/*
** A slot's countries on the date, each with the dates its membership
** around that date starts and ends (from the dated members it is built of),
** then the countries it holds only on other dates.  The dates split time
** into intervals (-inf, d0), [d0, d1), …, [dn-1, inf); v[i] is the slot's
** value in interval i.
*/
static void describe_slot(const struct server *S, const struct rsd_policy *p, int32_t slot, struct strbuf *sb)
{
	char buf[11];
	rdate *dates = NULL;
	size_t nd = 0, cap = 0;
	if (p->sets[slot].dated)
		set_dates(p, p->sets[slot].root, &dates, &nd, &cap, 0);
	if (nd)
		qsort(dates, nd, sizeof *dates, cmp_date);
	size_t u = 0;
	for (size_t i = 0; i < nd; i++)
		if (!u || dates[u - 1] != dates[i])
			dates[u++] = dates[i];
	nd = u;
	struct bits *v = xmalloc((nd + 1) * sizeof *v);
	for (size_t i = 0; i <= nd; i++) {
		struct bits *s = policy_sets_at(p, i == 0 ? (nd ? dates[0] - 1 : S->date) : dates[i - 1]);
		v[i] = s[slot];
		xfree(s);
	}
	size_t k = 0;	/* the interval holding the date */
	while (k < nd && dates[k] <= S->date)
		k++;
	struct bits today = v[k];
	date_format(S->date, buf);
	sb_printf(sb, "Countries on %s (%u):\n\n", buf, bits_count(&today));
	if (bits_empty(&today))
		sb_puts(sb, "none\n");
	BITS_FOREACH(c, &today) {
		sb_printf(sb, "- %s %s", country_code(c), country_name(c));
		size_t lo = k, hi = k;
		while (lo > 0 && bits_has(&v[lo - 1], (unsigned)c))
			lo--;
		while (hi < nd && bits_has(&v[hi + 1], (unsigned)c))
			hi++;
		if (lo > 0) {
			date_format(dates[lo - 1], buf);
			sb_printf(sb, " (since %s", buf);
		}
		if (hi < nd) {
			date_format(dates[hi], buf);
			sb_printf(sb, "%s until %s", lo > 0 ? "," : " (", buf);
		}
		if (lo > 0 || hi < nd)
			sb_putc(sb, ')');
		sb_putc(sb, '\n');
	}
	struct bits other = {0};
	for (size_t i = 0; i <= nd; i++)
		other = bits_or(other, bits_andnot(v[i], today));
	if (!bits_empty(&other)) {
		sb_puts(sb, "\nOn other dates:\n\n");
		BITS_FOREACH(c, &other) {
			sb_printf(sb, "- %s %s:", country_code(c), country_name(c));
			for (size_t i = 0; i <= nd; i++) {
				if (!bits_has(&v[i], (unsigned)c) || (i > 0 && bits_has(&v[i - 1], (unsigned)c)))
					continue;
				size_t j = i;
				while (j <= nd && bits_has(&v[j], (unsigned)c))
					j++;
				if (i > 0) {
					date_format(dates[i - 1], buf);
					sb_printf(sb, " from %s", buf);
				}
				if (j <= nd) {
					date_format(dates[j - 1], buf);
					sb_printf(sb, " until %s", buf);
				}
				sb_putc(sb, ';');
			}
			sb->s[sb->len - 1] = '\n';
		}
	}
	xfree(v);
	xfree(dates);
}

static void hover_text(struct server *S, const struct analysis *A, const struct isym *s, struct strbuf *sb)
{
	const struct rsd_policy *p = A->policy;
	sb_printf(sb, "**%s** `%s`", kind_word(s->kind), s->name);
	if (s->title)
		sb_printf(sb, " — %s", s->title);
	sb_puts(sb, "\n\n");
	if (!p)
		return;
	switch (s->kind) {
	case D_REGION: {
		int i = policy_find_region(p, s->name);
		if (i >= 0)
			describe_slot(S, p, p->regions[i].slot, sb);
		break;
	}
	case D_LOCATION: {
		int i = policy_find_location(p, s->name);
		if (i < 0)
			break;
		const struct pol_location *l = &p->locations[i];
		struct bits *sets = policy_sets_at(p, S->date);
		struct bits c = sets[l->slot];
		sb_puts(sb, "Countries: ");
		put_countries(sb, &c);
		sb_puts(sb, "\n\nOperator: ");
		if (l->operator_slot != NO_SLOT) {
			struct bits o = sets[l->operator_slot];
			put_countries(sb, &o);
		} else {
			sb_puts(sb, "operated from its own countries");
		}
		sb_putc(sb, '\n');
		xfree(sets);
		break;
	}
	case D_PROVIDER: {
		int i = policy_find_provider(p, s->name);
		if (i < 0)
			break;
		size_t n = 0, plen = strlen(s->name);
		for (uint32_t k = 0; k < p->nlocations; k++)
			n += strncmp(p->locations[k].name, s->name, plen) == 0 && p->locations[k].name[plen] == ':';
		sb_printf(sb, "%zu locations\n", n);
		if (p->providers[i].operator_slot != NO_SLOT) {
			struct bits *sets = policy_sets_at(p, S->date);
			sb_puts(sb, "\nOperator: ");
			put_countries(sb, &sets[p->providers[i].operator_slot]);
			sb_putc(sb, '\n');
			xfree(sets);
		}
		break;
	}
	case D_CLASS: {
		int i = policy_find_class(p, s->name);
		if (i < 0)
			break;
		const struct pol_class *c = &p->classes[i];
		sb_puts(sb, "Parents: ");
		for (uint32_t k = 0; k < c->nparents; k++)
			sb_printf(sb, "%s%s", k ? ", " : "", p->classes[c->parents[k]].name);
		if (!c->nparents)
			sb_puts(sb, "none");
		if (c->sens >= 0 && (uint32_t)c->sens < p->nlevels)
			sb_printf(sb, "\n\nSensitivity: %s", p->levels[c->sens]);
		sb_putc(sb, '\n');
		break;
	}
	case D_MECHANISM: {
		int i = policy_find_mech(p, s->name);
		if (i >= 0 && p->mechs[i].cite)
			sb_printf(sb, "Cite: %s\n", p->mechs[i].cite);
		break;
	}
	case D_RULE: {
		int i = policy_find_rule(p, s->name);
		if (i < 0)
			break;
		const struct pol_rule *r = &p->rules[i];
		sb_printf(sb, "Severity: %s\n\nScope: on %s of ", report_sev_name(r->severity),
			  r->kind == RULE_STORE ? "store" : "transfer");
		int n = 0;
		for (uint32_t k = 0; k < p->nclasses; k++)
			if (bits_has(&r->classes, k))
				n++;
		if (n == (int)p->nclasses) {
			sb_puts(sb, "any");
		} else {
			n = 0;
			for (uint32_t k = 0; k < p->nclasses; k++)
				if (bits_has(&r->classes, k))
					sb_printf(sb, "%s%s", n++ ? ", " : "", p->classes[k].name);
		}
		if (r->in_text)
			sb_printf(sb, " in %s", r->in_text);
		if (r->origin_text)
			sb_printf(sb, " origin %s", r->origin_text);
		if (r->from_text)
			sb_printf(sb, " from %s", r->from_text);
		if (r->to_text)
			sb_printf(sb, " to %s", r->to_text);
		sb_putc(sb, '\n');
		if (r->cite)
			sb_printf(sb, "\nCite: %s\n", r->cite);
		break;
	}
	case D_LEVELS:
	case D_TEST:
	case D_IMPORT:
		break;
	}
}

/* }======================================================= */

/* {======================================================= requests */

static json_t *do_hover(struct server *S, json_t *params)
{
	struct cursor c;
	if (!cursor(S, params, &c) || !c.name)
		return NULL;
	struct strbuf sb = {0};
	if (c.ns == NS_COUNTRY_) {
		for (int i = 0; i < COUNTRY_COUNT; i++)
			if (strcmp(country_code(i), c.name) == 0)
				sb_printf(&sb, "**country** `%s` — %s\n", c.name, country_name(i));
		if (!sb.s)
			return NULL;
	} else {
		const struct isym *s = c.sym ? c.sym : find_sym(c.A, c.name, c.ns);
		struct analysis *A = c.A;
		if (!s) {
			A = library(S);
			s = find_sym(A, c.name, c.ns);
		}
		if (!s)
			return NULL;
		/* facts come from a policy: the document's last good one when the
		   current text does not compile */
		struct analysis tmp = *A;
		if (!tmp.policy && c.D->good)
			tmp.policy = c.D->good->policy;
		if (!tmp.policy && find_sym(library(S), s->name, s->ns))
			tmp.policy = library(S)->policy;
		hover_text(S, &tmp, s, &sb);
	}
	json_t *range = c.sym ? range_json(S, &c.A->files[c.file], &c.sym->name_r)
			      : range_json(S, &c.A->files[c.file], &c.ref->r);
	json_t *r = json_pack("{s:{s:s, s:s}, s:o}", "contents", "kind", "markdown", "value", sb.s, "range", range);
	sb_free(&sb);
	return r;
}

static json_t *location_json(struct server *S, struct analysis *A, int file, const struct range *r)
{
	return json_pack("{s:s, s:o}", "uri", A->files[file].uri, "range", range_json(S, &A->files[file], r));
}

static json_t *do_definition(struct server *S, json_t *params)
{
	struct cursor c;
	if (!cursor(S, params, &c) || !c.name || c.ns == NS_COUNTRY_)
		return NULL;
	struct analysis *A = c.A;
	const struct isym *s = c.sym ? c.sym : find_sym(A, c.name, c.ns);
	if (!s) {
		A = library(S);
		s = find_sym(A, c.name, c.ns);
	}
	if (!s)
		return NULL;
	return location_json(S, A, s->file, &s->name_r);
}

/* Append loc unless the array holds it already (same uri and range). */
static void add_unique(json_t *arr, json_t *loc)
{
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (json_equal(v, loc)) {
			json_decref(loc);
			return;
		}
	}
	json_array_append_new(arr, loc);
}

static json_t *do_references(struct server *S, json_t *params)
{
	struct cursor c;
	if (!cursor(S, params, &c) || !c.name || c.ns == NS_COUNTRY_)
		return json_array();
	bool decl = json_is_true(json_object_get(json_object_get(params, "context"), "includeDeclaration"));
	json_t *out = json_array();
	for (size_t d = 0; d < S->ndocs; d++) {
		refresh(S, &S->docs[d]);
		struct analysis *A = S->docs[d].cur;
		for (size_t i = 0; A && i < A->nrefs; i++)
			if (A->refs[i].ns == c.ns && strcmp(A->refs[i].name, c.name) == 0)
				add_unique(out, location_json(S, A, A->refs[i].file, &A->refs[i].r));
		for (size_t i = 0; decl && A && i < A->nsyms; i++)
			if (A->syms[i].ns == c.ns && strcmp(A->syms[i].name, c.name) == 0)
				add_unique(out, location_json(S, A, A->syms[i].file, &A->syms[i].name_r));
	}
	return out;
}

static int symbol_kind(enum ast_decl_kind k)
{
	/* LSP SymbolKind: Module 2, Namespace 3, Class 5, Enum 10, Function 12,
	   Constant 14, Struct 23, Event 24, EnumMember 22 */
	switch (k) {
	case D_REGION: return 3;
	case D_LOCATION: return 14;
	case D_PROVIDER: return 2;
	case D_LEVELS: return 22;
	case D_CLASS: return 5;
	case D_MECHANISM: return 23;
	case D_RULE: return 12;
	case D_TEST: return 24;
	case D_IMPORT: break;
	}
	return 2;
}

static json_t *do_document_symbol(struct server *S, json_t *params)
{
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	struct doc *D = uri ? find_doc(S, uri) : NULL;
	json_t *out = json_array();
	if (!D)
		return out;
	refresh(S, D);
	struct analysis *A = D->cur;
	int f = self_file(D, A);
	for (size_t i = 0; f >= 0 && i < A->nsyms; i++) {
		const struct isym *s = &A->syms[i];
		if (s->file != f)
			continue;
		json_t *sym = json_pack("{s:s, s:i, s:o, s:o}", "name", s->name, "kind", symbol_kind(s->kind),
					"range", range_json(S, &A->files[f], &s->decl_r), "selectionRange",
					range_json(S, &A->files[f], &s->name_r));
		json_object_set_new(sym, "detail", json_string(s->title ? s->title : kind_word(s->kind)));
		json_array_append_new(out, sym);
	}
	return out;
}

static bool contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return n == 0;
}

static json_t *do_workspace_symbol(struct server *S, json_t *params)
{
	const char *q = json_string_value(json_object_get(params, "query"));
	if (!q)
		q = "";
	json_t *out = json_array();
	size_t na = S->ndocs + 1;
	for (size_t d = 0; d < na && json_array_size(out) < 500; d++) {
		struct analysis *A = d < S->ndocs ? (refresh(S, &S->docs[d]), S->docs[d].cur) : library(S);
		for (size_t i = 0; A && i < A->nsyms && json_array_size(out) < 500; i++) {
			const struct isym *s = &A->syms[i];
			if (!contains_ci(s->name, q))
				continue;
			add_unique(out, json_pack("{s:s, s:i, s:o, s:s}", "name", s->name, "kind",
						  symbol_kind(s->kind), "location",
						  location_json(S, A, s->file, &s->name_r), "containerName",
						  A->files[s->file].path));
		}
	}
	return out;
}

static json_t *whole_range(const struct server *S, const char *text, size_t len)
{
	size_t line = 0, last = 0;
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n') {
			line++;
			last = i + 1;
		}
	return json_pack("{s:{s:i,s:i}, s:{s:i,s:i}}", "start", "line", 0, "character", 0, "end", "line",
			 (json_int_t)line, "character", (json_int_t)units(S, text + last, len - last));
}

static json_t *do_formatting(struct server *S, json_t *id, json_t *params)
{
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	struct doc *D = uri ? find_doc(S, uri) : NULL;
	if (!D) {
		respond_error(S, id, -32602, "unknown document");
		return NULL;
	}
	struct strbuf out = {0};
	struct rsd_diags d;
	diags_init(&d);
	int rc = fmt_source(D->path, D->text, D->len, &out, &d);
	if (rc != 0) {
		struct strbuf msg = {0};
		sb_printf(&msg, "cannot format: %s", d.n ? d.v[0].msg : "the text does not tokenise");
		respond_error(S, id, -32603, msg.s);
		sb_free(&msg);
		sb_free(&out);
		diags_free(&d);
		return NULL;
	}
	diags_free(&d);
	json_t *edits = json_array();
	if (out.len != D->len || memcmp(out.s ? out.s : "", D->text, D->len) != 0)
		json_array_append_new(edits, json_pack("{s:o, s:s%}", "range", whole_range(S, D->text, D->len),
						       "newText", out.s ? out.s : "", out.len));
	sb_free(&out);
	respond(S, id, edits);
	return NULL;
}

static const char *const keywords[] = {
	"import", "region", "location", "provider", "levels", "class", "mechanism", "rule", "test",
	"on", "store", "transfer", "of", "any", "sensitivity", "in", "origin", "from", "to", "when",
	"require", "severity", "cite", "message", "remedy", "since", "until", "as_of", "expect",
	"pass", "violation", "with", "at", "and", "or", "not", "primary", "location", "key",
	"colocated", "operator", "encrypted", "at_rest", "in_transit", "pseudonymized", "anonymized",
	"subjects", "mechanism", "attr", "true", "false", "error", "warning", "info", "replicas",
	"backups", "via", "known", "WORLD",
};

static int completion_kind(enum ast_decl_kind k)
{
	/* CompletionItemKind: Module 9, Class 7, Constant 21, Enum 13,
	   Function 3, EnumMember 20, Struct 22, Event 23 */
	switch (k) {
	case D_REGION: return 9;
	case D_LOCATION: return 21;
	case D_PROVIDER: return 13;
	case D_LEVELS: return 20;
	case D_CLASS: return 7;
	case D_MECHANISM: return 22;
	case D_RULE: return 3;
	case D_TEST: return 23;
	case D_IMPORT: break;
	}
	return 1;
}

static bool word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       c == '-' || c == ':' || c == '.';
}

static void add_item(json_t *items, json_t *seen, const char *label, int kind, const char *detail,
		     json_t *range)
{
	if (json_object_get(seen, label))
		return;
	json_object_set_new(seen, label, json_true());
	json_t *it = json_pack("{s:s, s:i, s:{s:O, s:s}}", "label", label, "kind", kind, "textEdit", "range",
			       range, "newText", label);
	if (detail)
		json_object_set_new(it, "detail", json_string(detail));
	json_array_append_new(items, it);
}

static void complete_from(json_t *items, json_t *seen, const struct analysis *A, const char *prefix,
			  bool locs_only, json_t *range)
{
	size_t n = strlen(prefix);
	for (size_t i = 0; A && i < A->nsyms; i++) {
		const struct isym *s = &A->syms[i];
		if (s->ns == NS_TEST_ || strncmp(s->name, prefix, n) != 0)
			continue;
		if (locs_only && s->ns != NS_LOC_)
			continue;
		add_item(items, seen, s->name, completion_kind(s->kind), s->title ? s->title : kind_word(s->kind),
			 range);
	}
}

static json_t *do_completion(struct server *S, json_t *params)
{
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	struct doc *D = uri ? find_doc(S, uri) : NULL;
	if (!D)
		return json_array();
	refresh(S, D);
	uint32_t line, col;
	if (!from_position(S, D->text, D->len, json_object_get(params, "position"), &line, &col))
		return json_array();
	/* the word before the cursor, provider prefix included */
	size_t off = 0;
	for (uint32_t l = 1; l < line && off < D->len; l++) {
		const char *nl = memchr(D->text + off, '\n', D->len - off);
		off = nl ? (size_t)(nl - D->text) + 1 : D->len;
	}
	size_t cur = off + col - 1, start = cur;
	while (start > off && word_char(D->text[start - 1]))
		start--;
	char *prefix = xstrndup(D->text + start, cur - start);
	bool locs = strchr(prefix, ':') != NULL;
	struct afile tmp = {0};
	tmp.text = D->text;
	tmp.len = D->len;
	json_t *range = json_pack("{s:o, s:o}", "start", position(S, &tmp, line, (uint32_t)(start - off) + 1),
				  "end", position(S, &tmp, line, col));
	xfree(tmp.lines);
	json_t *items = json_array(), *seen = json_object();
	complete_from(items, seen, D->cur, prefix, locs, range);
	complete_from(items, seen, D->good, prefix, locs, range);
	complete_from(items, seen, library(S), prefix, locs, range);
	if (!locs) {
		for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
			if (strncmp(keywords[i], prefix, strlen(prefix)) == 0)
				add_item(items, seen, keywords[i], 14, "keyword", range);
	}
	json_decref(seen);
	json_decref(range);
	xfree(prefix);
	return json_pack("{s:b, s:o}", "isIncomplete", 0, "items", items);
}

/* Quick fixes: each "did you mean 'X'?" diagnostic replaces its range with X. */
static json_t *do_code_action(struct server *S, json_t *params)
{
	(void)S;
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	json_t *diags = json_object_get(json_object_get(params, "context"), "diagnostics");
	json_t *out = json_array();
	size_t i;
	json_t *g;
	json_array_foreach(diags, i, g) {
		const char *msg = json_string_value(json_object_get(g, "message"));
		const char *m = msg ? strstr(msg, "did you mean '") : NULL;
		if (!m || !uri)
			continue;
		m += strlen("did you mean '");
		const char *e = strchr(m, '\'');
		if (!e)
			continue;
		char *fix = xstrndup(m, (size_t)(e - m));
		struct strbuf title = {0};
		sb_printf(&title, "Change to '%s'", fix);
		json_t *edit = json_pack("{s:O, s:s}", "range", json_object_get(g, "range"), "newText", fix);
		json_t *changes = json_object();
		json_object_set_new(changes, uri, json_pack("[o]", edit));
		json_array_append_new(out, json_pack("{s:s, s:s, s:[O], s:b, s:{s:o}}", "title", title.s, "kind",
						     "quickfix", "diagnostics", g, "isPreferred", 1, "edit",
						     "changes", changes));
		sb_free(&title);
		xfree(fix);
	}
	return out;
}

static json_t *lens(struct server *S, struct afile *f, const struct range *r, const char *title,
		    const char *command, json_t *args)
{
	return json_pack("{s:o, s:{s:s, s:s, s:o}}", "range", range_json(S, f, r), "command", "title", title,
			 "command", command, "arguments", args);
}

static json_t *do_code_lens(struct server *S, json_t *params)
{
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	struct doc *D = uri ? find_doc(S, uri) : NULL;
	json_t *out = json_array();
	if (!D)
		return out;
	refresh(S, D);
	struct analysis *A = D->cur;
	int f = self_file(D, A);
	bool tests = false;
	for (size_t i = 0; f >= 0 && i < A->nsyms; i++) {
		const struct isym *s = &A->syms[i];
		if (s->file != f)
			continue;
		if (s->kind == D_TEST) {
			json_array_append_new(out, lens(S, &A->files[f], &s->decl_r,
							tests ? "Run this file's tests" : "Run this file's tests",
							"residency.runTests", json_pack("[s]", uri)));
			tests = true;
		} else if (s->kind == D_CLASS) {
			struct strbuf t = {0};
			sb_printf(&t, "Where may %s live?", s->name);
			json_array_append_new(out, lens(S, &A->files[f], &s->decl_r, t.s, "residency.where",
							json_pack("[s, s]", uri, s->name)));
			sb_free(&t);
		} else if (s->kind == D_RULE) {
			/* the rule's first class: the refs inside its declaration */
			for (size_t k = 0; k < A->nrefs; k++) {
				const struct iref *r = &A->refs[k];
				if (r->file != f || r->ns != NS_MAIN_ || !in_range(&s->decl_r, r->r.line, r->r.col))
					continue;
				const struct isym *c = find_sym(A, r->name, NS_MAIN_);
				if (!c)
					c = find_sym(library(S), r->name, NS_MAIN_);
				if (!c || c->kind != D_CLASS)
					continue;
				struct strbuf t = {0};
				sb_printf(&t, "Where may %s live?", r->name);
				json_array_append_new(out, lens(S, &A->files[f], &s->decl_r, t.s, "residency.where",
								json_pack("[s, s]", uri, r->name)));
				sb_free(&t);
				break;
			}
		}
	}
	return out;
}

static json_t *do_execute(struct server *S, json_t *id, json_t *params)
{
	const char *cmd = json_string_value(json_object_get(params, "command"));
	json_t *args = json_object_get(params, "arguments");
	const char *uri = json_string_value(json_array_get(args, 0));
	struct doc *D = uri ? find_doc(S, uri) : NULL;
	if (!cmd || !D) {
		respond_error(S, id, -32602, "expected a command and an open document's URI");
		return NULL;
	}
	refresh(S, D);
	if (!D->good) {
		respond_error(S, id, -32603, "the document does not compile");
		return NULL;
	}
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	if (!out) {
		respond_error(S, id, -32603, "out of memory");
		return NULL;
	}
	int type = 3;	/* Info */
	if (strcmp(cmd, "residency.runTests") == 0) {
		unsigned passed = 0, failed = 0;
		int rc = testrun_run(D->good->policy, S->date, false, out, &passed, &failed);
		fprintf(out, "%u passed, %u failed\n", passed, failed);
		if (rc != 0 || failed)
			type = 1;
	} else if (strcmp(cmd, "residency.where") == 0 && json_is_string(json_array_get(args, 1))) {
		struct rsd_diags d;
		diags_init(&d);
		if (where_run(D->good->policy, json_string_value(json_array_get(args, 1)), S->date, out, &d) != 0) {
			for (size_t i = 0; i < d.n; i++)
				fprintf(out, "%s\n", d.v[i].msg);
			type = 1;
		}
		diags_free(&d);
	} else {
		fclose(out);
		free(text);
		respond_error(S, id, -32602, "unknown command");
		return NULL;
	}
	fclose(out);
	show_message(S, type, text);
	json_t *r = json_pack("{s:s}", "output", text);
	free(text);
	return r;
}

static json_t *do_library_file(struct server *S, json_t *params)
{
	(void)S;
	const char *uri = json_string_value(json_object_get(params, "uri"));
	if (!uri || strncmp(uri, LIB_SCHEME, strlen(LIB_SCHEME)) != 0)
		return NULL;
	const char *name = uri + strlen(LIB_SCHEME);
	for (size_t i = 0; i < stdlib_nfiles; i++)
		if (strcmp(stdlib_files[i].name, name) == 0)
			return json_pack("{s:s%}", "text", stdlib_files[i].data, stdlib_files[i].len);
	return NULL;
}

static json_t *initialize_result(struct server *S, json_t *params)
{
	json_t *encs = json_object_get(json_object_get(json_object_get(params, "capabilities"), "general"),
				       "positionEncodings");
	size_t i;
	json_t *e;
	json_array_foreach(encs, i, e) {
		if (json_is_string(e) && strcmp(json_string_value(e), "utf-8") == 0)
			S->utf8 = true;
	}
	return json_pack("{s:{s:s, s:{s:b, s:i}, s:b, s:b, s:b, s:b, s:b, s:b, s:{s:[s], s:b},"
			 " s:{s:[s]}, s:{s:b}, s:{s:[s, s]}}, s:{s:s, s:s}}",
			 "capabilities",
			 "positionEncoding", S->utf8 ? "utf-8" : "utf-16",
			 "textDocumentSync", "openClose", 1, "change", 1,
			 "hoverProvider", 1, "definitionProvider", 1, "referencesProvider", 1,
			 "documentSymbolProvider", 1, "workspaceSymbolProvider", 1,
			 "documentFormattingProvider", 1,
			 "completionProvider", "triggerCharacters", ":", "resolveProvider", 0,
			 "codeActionProvider", "codeActionKinds", "quickfix",
			 "codeLensProvider", "resolveProvider", 0,
			 "executeCommandProvider", "commands", "residency.runTests", "residency.where",
			 "serverInfo", "name", "residency", "version", RSD_VERSION);
}

static void open_doc(struct server *S, json_t *td)
{
	const char *uri = json_string_value(json_object_get(td, "uri"));
	const char *text = json_string_value(json_object_get(td, "text"));
	if (!uri || !text)
		return;
	struct doc *D = find_doc(S, uri);
	if (!D) {
		D = VEC_PUSH(S->docs, S->ndocs, S->cap_docs);
		memset(D, 0, sizeof *D);
		D->uri = xstrdup(uri);
		char *path = uri_to_path(uri);
		if (!path && strncmp(uri, LIB_SCHEME, strlen(LIB_SCHEME)) == 0) {
			struct strbuf sb = {0};
			sb_puts(&sb, LIB_PREFIX);
			sb_puts(&sb, uri + strlen(LIB_SCHEME));
			path = sb_take(&sb);
		}
		D->path = path ? path : xstrdup(uri);
	}
	xfree(D->text);
	D->len = json_string_length(json_object_get(td, "text"));
	D->text = xstrndup(text, D->len);
	D->dirty = true;
}

/* One message; returns false when the server should stop. */
static bool handle(struct server *S, json_t *msg)
{
	const char *method = json_string_value(json_object_get(msg, "method"));
	json_t *id = json_object_get(msg, "id");
	json_t *params = json_object_get(msg, "params");
	if (!method)
		return true;	/* a response to us (we send no requests): ignore */
	if (S->shutdown && strcmp(method, "exit") != 0) {
		if (id)
			respond_error(S, id, -32600, "the server is shutting down");
		return true;
	}
	if (strcmp(method, "initialize") == 0) {
		respond(S, id, initialize_result(S, params));
	} else if (strcmp(method, "shutdown") == 0) {
		S->shutdown = true;
		respond(S, id, json_null());
	} else if (strcmp(method, "exit") == 0) {
		return false;
	} else if (strcmp(method, "textDocument/didOpen") == 0) {
		open_doc(S, json_object_get(params, "textDocument"));
	} else if (strcmp(method, "textDocument/didChange") == 0) {
		const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
		struct doc *D = uri ? find_doc(S, uri) : NULL;
		json_t *changes = json_object_get(params, "contentChanges");
		json_t *last = json_array_get(changes, json_array_size(changes) - 1);
		if (D && json_is_string(json_object_get(last, "text")) && !json_object_get(last, "range")) {
			xfree(D->text);
			D->len = json_string_length(json_object_get(last, "text"));
			D->text = xstrndup(json_string_value(json_object_get(last, "text")), D->len);
			D->dirty = true;
		}
	} else if (strcmp(method, "textDocument/didClose") == 0) {
		const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
		struct doc *D = uri ? find_doc(S, uri) : NULL;
		if (D) {
			if (strncmp(D->uri, LIB_SCHEME, strlen(LIB_SCHEME)) != 0)
				notify(S, "textDocument/publishDiagnostics",
				       json_pack("{s:s, s:[]}", "uri", D->uri, "diagnostics"));
			close_doc(S, D);
		}
	} else if (!id) {
		/* initialized, didSave, $/cancelRequest, …: nothing to do */
	} else if (strcmp(method, "textDocument/hover") == 0) {
		respond(S, id, do_hover(S, params));
	} else if (strcmp(method, "textDocument/definition") == 0) {
		respond(S, id, do_definition(S, params));
	} else if (strcmp(method, "textDocument/references") == 0) {
		respond(S, id, do_references(S, params));
	} else if (strcmp(method, "textDocument/documentSymbol") == 0) {
		respond(S, id, do_document_symbol(S, params));
	} else if (strcmp(method, "workspace/symbol") == 0) {
		respond(S, id, do_workspace_symbol(S, params));
	} else if (strcmp(method, "textDocument/formatting") == 0) {
		do_formatting(S, id, params);
	} else if (strcmp(method, "textDocument/completion") == 0) {
		respond(S, id, do_completion(S, params));
	} else if (strcmp(method, "textDocument/codeAction") == 0) {
		respond(S, id, do_code_action(S, params));
	} else if (strcmp(method, "textDocument/codeLens") == 0) {
		respond(S, id, do_code_lens(S, params));
	} else if (strcmp(method, "workspace/executeCommand") == 0) {
		json_t *r = do_execute(S, id, params);
		if (r)
			respond(S, id, r);
	} else if (strcmp(method, "residency/libraryFile") == 0) {
		json_t *r = do_library_file(S, params);
		if (r)
			respond(S, id, r);
		else
			respond_error(S, id, -32602, "no such library file");
	} else {
		respond_error(S, id, -32601, "method not found");
	}
	return true;
}

int rsd_lsp(int in_fd, int out_fd, rsd_date as_of, const char *const *libdirs, size_t nlibdirs)
{
	struct server S = {0};
	S.in_fd = in_fd;
	S.out_fd = out_fd;
	S.date = as_of == DATE_NONE ? date_today() : as_of;
	S.libdirs = libdirs;
	S.nlibdirs = nlibdirs;
	int rc = 1;	/* `exit` without `shutdown`: 1, as the protocol says */
	for (;;) {
		bool dirty = false;
		for (size_t i = 0; i < S.ndocs; i++)
			dirty |= S.docs[i].dirty;
		json_t *msg = NULL;
		int r = read_msg(&S, dirty ? LSP_DEBOUNCE_MS : -1, &msg);
		if (r < 0)
			break;
		if (r == 0) {
			for (size_t i = 0; i < S.ndocs; i++)
				refresh(&S, &S.docs[i]);
			continue;
		}
		bool go = handle(&S, msg);
		json_decref(msg);
		if (!go) {
			rc = S.shutdown ? 0 : 1;
			break;
		}
		if (S.eof && S.blen == 0)
			break;
	}
	while (S.ndocs)
		close_doc(&S, &S.docs[S.ndocs - 1]);
	xfree(S.docs);
	analysis_free(S.lib);
	xfree(S.buf);
	return rc;
}

/* }======================================================= */
