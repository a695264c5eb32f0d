/*
** compile.c — the compiler driver (LANGUAGE.md §2): loads root files and
** their imports once each (canonical path; built-in files by name), checks
** UTF-8, parses every file, runs sema over all of them together and lowers
** the result into struct rsd_policy.  Also parses single facts for
** `explain` and `where` (compile_fact).
*/
#include "compile.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ast.h"
#include "lower.h"
#include "sema.h"
#include "stdlib_files.h"
#include "util.h"

#define MAX_SOURCE ((size_t)64 << 20)	/* refuse policy files over 64 MiB */
#define LIB_PREFIX "<lib>/"

/*
** @path: as shown to users
** @key: canonical identity (realpath, or "<lib>/name" for built-in files)
** @dir: directory that ./ and ../ imports start from ("" = current; for
**   built-in files, a directory inside the library)
*/
struct cfile {
	char *path, *key, *dir;
	bool builtin, root;
	struct ast_decl *decls;
	const char *text;	/* owned by the diagnostics' src_file */
	size_t len;
};

struct compiler {
	struct arena arena;
	struct rsd_diags *d;
	const struct compile_opts *o;
	struct cfile *files;
	size_t nfiles, cap;
	char **env;
	size_t nenv, cap_env;
};

/* ================================================================ paths */

/* Lexically normalise a '/'-separated path: drop "." parts, fold "x/..". */
static char *path_normalize(const char *p)
{
	bool abs = p[0] == '/';
	size_t n = strlen(p);
	char *buf = xstrdup(p);
	const char **parts = xmalloc((n / 2 + 2) * sizeof *parts);
	size_t np = 0, nup = 0;
	for (char *tok = strtok(buf, "/"); tok; tok = strtok(NULL, "/")) {
		if (strcmp(tok, ".") == 0)
			continue;
		if (strcmp(tok, "..") == 0) {
			if (np > nup)
				np--;
			else if (!abs) {
				parts[np++] = tok;
				nup++;
			}
			continue;
		}
		parts[np++] = tok;
	}
	struct strbuf sb = {0};
	if (abs)
		sb_putc(&sb, '/');
	for (size_t i = 0; i < np; i++) {
		if (i)
			sb_putc(&sb, '/');
		sb_puts(&sb, parts[i]);
	}
	if (!sb.len)
		sb_putc(&sb, '.');
	xfree(parts);
	xfree(buf);
	return sb_take(&sb);
}

static char *path_dir(const char *p)
{
	const char *slash = strrchr(p, '/');
	if (!slash)
		return xstrdup("");
	if (slash == p)
		return xstrdup("/");
	return xstrndup(p, (size_t)(slash - p));
}

static char *path_join(const char *dir, const char *rel)
{
	struct strbuf sb = {0};
	if (dir[0]) {
		sb_puts(&sb, dir);
		if (dir[strlen(dir) - 1] != '/')
			sb_putc(&sb, '/');
	}
	sb_puts(&sb, rel);
	char *r = path_normalize(sb.s);
	sb_free(&sb);
	return r;
}

static bool is_regular(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* true when some '/'-separated part of p is ".." */
static bool has_dotdot(const char *p)
{
	for (const char *s = p; *s;) {
		const char *e = strchr(s, '/');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (n == 2 && s[0] == '.' && s[1] == '.')
			return true;
		s += n;
		if (*s == '/')
			s++;
	}
	return false;
}

/* ================================================================ source checks */

/* Offset of the first byte that is not valid UTF-8 (or is NUL), or n. */
static size_t utf8_check(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		/* ASCII fast path: 8 bytes with no high bit and no NUL */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			const uint64_t hi = 0x8080808080808080ull, lo = 0x0101010101010101ull;
			if ((w & hi) || ((w - lo) & ~w & hi))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned char c = s[i];
		if (c == 0)
			return i;
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t need;
		unsigned char lo = 0x80, hi = 0xbf;
		if (c >= 0xc2 && c <= 0xdf)
			need = 1;
		else if (c == 0xe0)
			need = 2, lo = 0xa0;
		else if (c >= 0xe1 && c <= 0xec)
			need = 2;
		else if (c == 0xed)
			need = 2, hi = 0x9f;
		else if (c >= 0xee && c <= 0xef)
			need = 2;
		else if (c == 0xf0)
			need = 3, lo = 0x90;
		else if (c >= 0xf1 && c <= 0xf3)
			need = 3;
		else if (c == 0xf4)
			need = 3, hi = 0x8f;
		else
			return i;
		if (i + need >= n)
			return i;
		for (size_t k = 1; k <= need; k++) {
			unsigned char b = s[i + k];
			unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
			if (b < l || b > h)
				return i;
		}
		i += need + 1;
	}
	return n;
}

/* ================================================================ loading */

static void load_imports(struct compiler *C, size_t fi);

static int find_key(const struct compiler *C, const char *key)
{
	/* a compilation loads a handful of files: a scan is cheaper than a table */
	for (size_t i = 0; i < C->nfiles; i++)
		if (strcmp(C->files[i].key, key) == 0)
			return (int)i;
	return -1;
}

/*
** A built-in file (builtin: true) or a file on disk (false) already loaded
** with exactly this text, or -1.  A library file on disk (policies/core.rpl
** named on the command line) and its built-in copy are the same
** declarations: loading both would report every name twice.  Two files on
** disk are never merged by their text: teamA/main.rpl and teamB/main.rpl
** may hold the same bytes and import different ./rules.rpl (only the same
** path after realpath is the same file).
*/
static int find_text(const struct compiler *C, const char *text, size_t len, bool builtin)
{
	for (size_t i = 0; i < C->nfiles; i++)
		if (C->files[i].builtin == builtin && C->files[i].len == len &&
		    memcmp(C->files[i].text, text, len) == 0)
			return (int)i;
	return -1;
}

/*
** Register, check and parse one source text (text: xmalloc'd, ownership
** passes to the diagnostics), then load its imports.  Returns its index.
*/
static size_t load_source(struct compiler *C, const char *path, const char *key, char *text, size_t len,
			  bool builtin, const char *dir, bool root)
{
	size_t fi = C->nfiles;
	struct cfile *f = VEC_PUSH(C->files, C->nfiles, C->cap);
	memset(f, 0, sizeof *f);
	f->path = xstrdup(path);
	f->key = xstrdup(key);
	f->dir = xstrdup(dir);
	f->builtin = builtin;
	f->root = root;
	struct src_file *src = diag_add_file(C->d, path, text, len);
	f->text = src->text;
	f->len = src->len;

	size_t bad = utf8_check((const unsigned char *)src->text, src->len);
	if (bad < src->len) {
		struct src_loc l = src_loc_at(src, bad, 1);
		unsigned char c = (unsigned char)src->text[bad];
		if (c == 0)
			diag_error(C->d, &l, "NUL byte in source (policy files are UTF-8 text)");
		else
			diag_error(C->d, &l, "invalid UTF-8 byte 0x%02x (policy files are UTF-8 text)", c);
		return fi;
	}
	struct parse_ctx pc = {0};
	pc.arena = &C->arena;
	pc.diags = C->d;
	pc.src = src;
	pc.file = (int32_t)fi;
	pc.text = src->text;
	pc.len = src->len;
	pc.line = pc.col = 1;
	if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0) {	/* skip a BOM */
		pc.off = 3;
		pc.col = 4;
	}
	ast_parse(&pc, PARSE_POLICY);
	/* a declaration that held a syntax error lost items: don't count them */
	for (struct ast_decl *dcl = pc.decls; dcl && pc.nerr_offs; dcl = dcl->next)
		for (size_t k = 0; k < pc.nerr_offs; k++)
			if (pc.err_offs[k] >= dcl->loc.off && pc.err_offs[k] <= dcl->loc.end)
				dcl->broken = true;
	xfree(pc.err_offs);
	C->files[fi].decls = pc.decls;
	load_imports(C, fi);
	return fi;
}

/* Load a file from disk; display path and canonical key. */
static int load_path(struct compiler *C, const char *path, bool root, const struct ast_decl *from)
{
	char *canon = realpath(path, NULL);
	const char *key = canon ? canon : path;
	if (canon && ends_with(path, ".rpl") && !ends_with(canon, ".rpl")) {
		/* a symlink x.rpl -> /proc/self/environ in an untrusted checkout
		   would have its target quoted in diagnostics */
		if (from) {
			struct src_loc l = ast_src_loc(&from->loc);
			diag_error(C->d, &l, "refusing to read import \"%s\": it resolves to '%s', not a .rpl file",
				   from->path, canon);
		} else {
			diag_error(C->d, NULL, "refusing to read '%s': it resolves to '%s', not a .rpl file", path, canon);
		}
		free(canon);
		return -1;
	}
	int have = find_key(C, key);
	if (have >= 0) {
		C->files[have].root |= root;
		free(canon);
		return have;
	}
	size_t len;
	char *text = read_file(path, &len, MAX_SOURCE);
	if (!text) {
		const char *why = errno == EFBIG ? "file too large" : strerror(errno);
		if (from) {
			struct src_loc l = ast_src_loc(&from->loc);
			diag_error(C->d, &l, "cannot read import \"%s\" (%s): %s", from->path, path, why);
		} else {
			diag_error(C->d, NULL, "cannot read '%s': %s", path, why);
		}
		free(canon);
		return -1;
	}
	int same = find_text(C, text, len, true);
	if (same >= 0) {
		C->files[same].root |= root;
		xfree(text);
		free(canon);
		return same;
	}
	char *dir = path_dir(path);
	size_t fi = load_source(C, path, key, text, len, false, dir, root);
	xfree(dir);
	free(canon);
	return (int)fi;
}

static int load_builtin(struct compiler *C, const char *name)
{
	for (size_t i = 0; i < stdlib_nfiles; i++) {
		if (strcmp(stdlib_files[i].name, name) != 0)
			continue;
		struct strbuf key = {0};
		sb_puts(&key, LIB_PREFIX);
		sb_puts(&key, name);
		int have = find_key(C, key.s);
		if (have < 0)
			have = find_text(C, stdlib_files[i].data, stdlib_files[i].len, false);
		if (have < 0) {
			char *dir = path_dir(name);
			have = (int)load_source(C, key.s, key.s, xstrndup(stdlib_files[i].data, stdlib_files[i].len),
						stdlib_files[i].len, true, dir, false);
			xfree(dir);
		}
		sb_free(&key);
		return have;
	}
	return -1;
}

/* import -> 'import' STRING : ./ ../ relative, absolute, else the library path */
static void load_import(struct compiler *C, size_t fi, const struct ast_decl *imp)
{
	const char *path = imp->path;
	struct src_loc l = ast_src_loc(&imp->loc);
	if (!path[0]) {
		diag_error(C->d, &l, "empty import path");
		return;
	}
	bool relative = strncmp(path, "./", 2) == 0 || strncmp(path, "../", 3) == 0;
	if (relative && C->files[fi].builtin) {
		char *name = path_join(C->files[fi].dir, path);
		if (load_builtin(C, name) < 0)
			diag_error(C->d, &l, "cannot find import \"%s\" in the built-in library", path);
		xfree(name);
		return;
	}
	if ((relative || path[0] == '/') && !ends_with(path, ".rpl")) {
		/* a policy must not make the tool read (and quote in diagnostics)
		   any other file: /proc/self/environ, ~/.netrc, … */
		diag_error(C->d, &l, "import \"%s\": a file import must name a .rpl file", path);
		return;
	}
	if (relative || path[0] == '/') {
		char *full = relative ? path_join(C->files[fi].dir, path) : xstrdup(path);
		load_path(C, full, false, imp);
		xfree(full);
		return;
	}
	if (has_dotdot(path)) {
		/* lib/x/../../f would leave the library folder (path_join
		   folds the parts lexically): a library name stays inside */
		diag_error(C->d, &l, "import \"%s\": a library name must not contain '..' parts", path);
		return;
	}
	struct strbuf name = {0};
	sb_puts(&name, path);
	if (!ends_with(path, ".rpl"))
		sb_puts(&name, ".rpl");
	for (size_t pass = 0; pass < 2; pass++) {
		const char *const *dirs = pass == 0 ? C->o->libdirs : (const char *const *)C->env;
		size_t n = pass == 0 ? C->o->nlibdirs : C->nenv;
		for (size_t i = 0; i < n; i++) {
			char *full = path_join(dirs[i], name.s);
			if (is_regular(full)) {
				load_path(C, full, false, imp);
				xfree(full);
				sb_free(&name);
				return;
			}
			xfree(full);
		}
	}
	if (C->o->use_builtin && load_builtin(C, name.s) >= 0) {
		sb_free(&name);
		return;
	}
	diag_error(C->d, &l, "cannot find import \"%s\": no %s on the library path (-L, RESIDENCY_PATH%s)", path,
		   name.s, C->o->use_builtin ? ", built-in library" : "");
	sb_free(&name);
}

static void load_imports(struct compiler *C, size_t fi)
{
	for (struct ast_decl *dcl = C->files[fi].decls; dcl && !diag_full(C->d); dcl = dcl->next)
		if (dcl->kind == D_IMPORT)
			load_import(C, fi, dcl);
}

/* ================================================================ diagnostics order */

struct dgroup {
	size_t start, n;
	int file;
	uint32_t line, col;
};

static int cmp_group(const void *a, const void *b)
{
	const struct dgroup *x = a, *y = b;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Put the records this compilation added (from n0) in source order, notes kept after their error. */
static void order_diags(struct rsd_diags *d, size_t n0)
{
	if (d->n - n0 < 2)
		return;
	struct dgroup *g = xmalloc((d->n - n0) * sizeof *g);
	size_t ng = 0;
	for (size_t i = n0; i < d->n; i++) {
		const struct diag *v = &d->v[i];
		if (v->sev == DIAG_NOTE && ng > 0)
			g[ng - 1].n++;
		else
			g[ng++] = (struct dgroup){i, 1, v->has_loc && v->loc.file ? v->loc.file->id : -1,
						  v->loc.line, v->loc.col};
	}
	qsort(g, ng, sizeof *g, cmp_group);
	struct diag *nv = xmalloc((d->n - n0) * sizeof *nv);
	size_t k = 0;
	for (size_t i = 0; i < ng; i++)
		for (size_t j = 0; j < g[i].n; j++)
			nv[k++] = d->v[g[i].start + j];
	memcpy(d->v + n0, nv, k * sizeof *nv);
	xfree(nv);
	xfree(g);
}

/* ================================================================ entry points */

/* Show the analysed files to the caller's inspect hook. */
static void inspect_files(const struct compiler *C, struct ast_decl *const *lists)
{
	size_t n = C->nfiles;
	const char **paths = xmalloc((n + 1) * sizeof *paths);
	const char **texts = xmalloc((n + 1) * sizeof *texts);
	bool *builtin = xmalloc((n + 1) * sizeof *builtin);
	size_t *lens = xmalloc((n + 1) * sizeof *lens);
	for (size_t i = 0; i < n; i++) {
		paths[i] = C->files[i].path;
		texts[i] = C->files[i].text;
		lens[i] = C->files[i].len;
		builtin[i] = C->files[i].builtin;
	}
	struct compile_view v = {n, paths, builtin, texts, lens, lists};
	C->o->inspect(C->o->inspect_ctx, &v);
	xfree(paths);
	xfree(texts);
	xfree(builtin);
	xfree(lens);
}

struct rsd_policy *compile_policy(const char *const *paths, size_t npaths, const char *name, const char *src,
				  size_t len, const struct compile_opts *o, struct rsd_diags *d)
{
	static const struct compile_opts defaults = {NULL, 0, true, true, NULL, NULL};
	struct compiler C = {0};
	arena_init(&C.arena);
	C.d = d;
	C.o = o ? o : &defaults;
	size_t err0 = d->nerrors, n0 = d->n;
	bool trunc0 = d->truncated;

	const char *env = C.o->use_env ? getenv("RESIDENCY_PATH") : NULL;
	if (env) {
		const char *s = env;
		while (*s) {
			const char *e = strchr(s, ':');
			size_t n = e ? (size_t)(e - s) : strlen(s);
			if (n)
				*VEC_PUSH(C.env, C.nenv, C.cap_env) = xstrndup(s, n);
			s += n;
			if (*s == ':')
				s++;
		}
	}

	if (paths) {
		for (size_t i = 0; i < npaths; i++)
			load_path(&C, paths[i], true, NULL);
	} else {
		const char *nm = name ? name : "<input>";
		struct strbuf key = {0};
		sb_puts(&key, "<memory>/");
		sb_puts(&key, nm);
		char *dir = path_dir(nm);
		load_source(&C, nm, key.s, xstrndup(src ? src : "", src ? len : 0), src ? len : 0, false, dir, true);
		xfree(dir);
		sb_free(&key);
	}

	struct ast_decl **lists = xmalloc((C.nfiles + 1) * sizeof *lists);
	for (size_t i = 0; i < C.nfiles; i++)
		lists[i] = C.files[i].decls;
	struct sema S;
	sema_check(&S, &C.arena, d, lists, C.nfiles);
	if (C.o->inspect)
		inspect_files(&C, lists);
	xfree(lists);

	struct rsd_policy *p = NULL;
	if (d->nerrors == err0 && d->truncated == trunc0) {
		struct pol_file *pf = xmalloc((C.nfiles + 1) * sizeof *pf);
		for (size_t i = 0; i < C.nfiles; i++) {
			pf[i].path = C.files[i].path;
			pf[i].root = C.files[i].root;
		}
		p = lower_policy(&S, pf, (uint32_t)C.nfiles);
		xfree(pf);
	}
	sema_free(&S);
	for (size_t i = 0; i < C.nfiles; i++) {
		xfree(C.files[i].path);
		xfree(C.files[i].key);
		xfree(C.files[i].dir);
	}
	xfree(C.files);
	for (size_t i = 0; i < C.nenv; i++)
		xfree(C.env[i]);
	xfree(C.env);
	arena_free(&C.arena);
	order_diags(d, n0);
	return p;
}

/* ---------------------------------------------------------------- facts */

static int policy_lookup(void *ctx, enum sema_ns ns, const char *name)
{
	const struct rsd_policy *p = ctx;
	switch (ns) {
	case NS_CLASS: return policy_find_class(p, name);
	case NS_LOCATION: return policy_find_location(p, name);
	case NS_MECH: return policy_find_mech(p, name);
	case NS_RULE: return policy_find_rule(p, name);
	}
	return -1;
}

static const char **policy_names(void *ctx, enum sema_ns ns, size_t *n)
{
	const struct rsd_policy *p = ctx;
	size_t cnt = ns == NS_CLASS ? p->nclasses : ns == NS_LOCATION ? p->nlocations
		   : ns == NS_MECH ? p->nmechs : p->nrules;
	const char **v = xmalloc((cnt + 1) * sizeof *v);
	for (size_t i = 0; i < cnt; i++)
		v[i] = ns == NS_CLASS ? p->classes[i].name : ns == NS_LOCATION ? p->locations[i].name
		     : ns == NS_MECH ? p->mechs[i].name : p->rules[i].name;
	*n = cnt;
	return v;
}

struct pol_fact *compile_fact(const struct rsd_policy *p, const char *text, struct arena *a,
			      struct rsd_diags *d)
{
	size_t err0 = d->nerrors, n0 = d->n;
	bool trunc0 = d->truncated;
	size_t len = strlen(text);
	struct src_file *src = diag_add_file(d, "<fact>", xstrndup(text, len), len);
	struct arena tmp;
	arena_init(&tmp);
	struct pol_fact *out = NULL;
	size_t bad = utf8_check((const unsigned char *)src->text, src->len);
	if (bad < src->len) {
		struct src_loc l = src_loc_at(src, bad, 1);
		diag_error(d, &l, "invalid UTF-8 byte 0x%02x", (unsigned char)src->text[bad]);
		goto done;
	}
	struct parse_ctx pc = {0};
	pc.arena = &tmp;
	pc.diags = d;
	pc.src = src;
	pc.file = -1;
	pc.text = src->text;
	pc.len = src->len;
	pc.line = pc.col = 1;
	ast_parse(&pc, PARSE_FACT);
	xfree(pc.err_offs);
	if (d->nerrors != err0 || d->truncated != trunc0 || !pc.fact)
		goto done;
	struct sema_lookup lk = {policy_lookup, policy_names, (void *)p};
	if (sema_check_fact(d, &lk, pc.fact, NULL, 0, NULL) || d->truncated != trunc0)
		goto done;
	out = arena_alloc(a, sizeof *out);
	lower_fact(a, pc.fact, -1, out);
done:
	arena_free(&tmp);
	order_diags(d, n0);
	return out;
}
