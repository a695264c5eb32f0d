/*
** plan_tf.c — Terraform plan JSON (`terraform show -json PLANFILE`) → a plan.
**
** One jansson parse of the document, then single passes over its tree:
** the configuration (modules, provider configurations, resource expressions)
** is indexed into hash maps, every managed resource of resource_changes (or
** planned_values when there are none) becomes a struct tf_res, data-holding
** resources become stores, replication and copies become flows, replicas and
** backups.  Entry positions come from one linear scan of the source text for
** `"address": "…"` (jansson keeps no positions).  Locations that cannot be
** known at plan time become `unknown-location` notes (errors): the gate fails
** closed.  See docs/terraform.md for the resource table and conventions.
*/
#include "plan.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "azure_pairs.h"
#include "classes.h"
#include "diag.h"
#include "jpos.h"
#include "plan_tfext.h"
#include "spanner_configs.h"
#include "tf_catalog.h"
#include "util.h"

#define TF_MAX_SIZE ((size_t)1 << 30)	/* refuse plans over 1 GiB */
#define TF_MAX_DEPTH 64	/* module nesting, variable chains */

/* ================================================================ maps */

/* Open-addressing string → pointer map; keys must outlive the map. */
struct smap {
	const char **k;
	void **v;
	uint32_t cap, n;
};

static void smap_grow(struct smap *m);

static uint32_t smap_find(const struct smap *m, const char *k)
{
	uint32_t h = str_hash(k) & (m->cap - 1);
	while (m->k[h] && strcmp(m->k[h], k) != 0)
		h = (h + 1) & (m->cap - 1);
	return h;
}

/* Insert k → v; an existing key keeps its first value. */
static void smap_put(struct smap *m, const char *k, void *v)
{
	if ((m->n + 1) * 2 > m->cap)
		smap_grow(m);
	uint32_t h = smap_find(m, k);
	if (m->k[h])
		return;
	m->k[h] = k;
	m->v[h] = v;
	m->n++;
}

static void smap_grow(struct smap *m)
{
	struct smap o = *m;
	m->cap = o.cap ? o.cap * 2 : 64;
	m->k = xcalloc(m->cap, sizeof *m->k);
	m->v = xcalloc(m->cap, sizeof *m->v);
	m->n = 0;
	for (uint32_t i = 0; i < o.cap; i++)
		if (o.k[i])
			smap_put(m, o.k[i], o.v[i]);
	xfree(o.k);
	xfree(o.v);
}

static void *smap_get(const struct smap *m, const char *k)
{
	if (!m->cap || !k)
		return NULL;
	uint32_t h = smap_find(m, k);
	return m->k[h] ? m->v[h] : NULL;
}

static void smap_free(struct smap *m)
{
	xfree(m->k);
	xfree(m->v);
	memset(m, 0, sizeof *m);
}

/* ================================================================ model */

enum tf_cloud { CLOUD_OTHER, CLOUD_AWS, CLOUD_GCP, CLOUD_AZURE };

/* Locations as catalog names ("aws:eu-west-1"); n == 0: unknown, why says why. */
struct tf_locs {
	const char **v;
	uint32_t n;
	const char *why;
};

/*
** One managed resource instance of the plan.
** @address: as in the plan ("module.db.aws_db_instance.main[0]")
** @modinst: its module instance address ("" at the root)
** @modpath: the same with instance keys removed ("module.db")
** @cfgaddr: configuration address (modpath + type.name, no keys)
** @after: planned values; @unknown: after_unknown (may be NULL)
** @cfg: the configuration resource (may be NULL)
** @store: index of its store in the plan, -1 when it is none
** @next_cfg: next instance with the same cfgaddr
*/
struct tf_res {
	const char *address, *type, *modinst, *modpath, *cfgaddr;
	enum tf_cloud cloud;
	json_t *after, *unknown, *cfg, *sensitive;
	bool all_unknown;	/* after_unknown is `true`: every attribute is */
	struct plan_pos pos;
	bool pos_from_rc;
	int32_t store;
	int home_state;	/* 0: not computed, 1: computing, 2: done */
	struct tf_locs home;
	struct tf_res *next_cfg;
	struct tf_res *gmembers, *gtail, *gnext;	/* aws_rds_global_cluster members, in plan order */
	uint32_t mark;	/* ref_attr's visit stamp */
	/* google_spanner_instance: the default_leader its databases' ddl set, the
	   database that set it, and another that set a different one */
	const char *sp_leader, *sp_leader_db, *sp_leader_other;
	const char *ext_region;	/* another front end's provider region for it (plan_load_tf_ext), or NULL */
};

/* A replica or backup waiting to be attached to its store. */
struct tf_pend {
	int32_t store;
	bool backup;
	struct plan_placeref pr;
	uint32_t seq;
};

/* The loader's state for one plan. */
struct tfl {
	const struct rsd_policy *p;
	struct rsd_plan *pl;
	struct rsd_diags *d;
	const char *file;
	const char *data;
	size_t len;
	struct src_file *sf;	/* registered on the first error */
	bool failed;
	const char *class_tag;
	bool require_classes;
	const char *const *defregion;
	size_t ndefregion;
	json_t *root, *vars, *pconf, *rootmod;
	struct smap by_addr, by_cfg, cfg_res, modcalls, classes;
	struct smap s3_by_name, db_by_id, sql_by_name, ddb_by_name;
	struct smap spanner_cfgs;	/* google_spanner_instance_config by name */
	struct tf_res **res;
	size_t nres, cap_res;
	struct tf_pend *pend;
	size_t npend, cap_pend;
	struct cf_map cfmap, *cf;	/* --classes mapping; cf NULL: none */
	struct strbuf tmp;
	struct arena work;	/* tf_res and scratch strings */
	uint32_t mark_gen;	/* stamps of tf_res.mark */
	uint32_t *smark;	/* per-store stamps of struct storeset */
	bool *keytried;	/* per store: set_key ran (a key was named, resolved or not) */
	size_t nkeytried;
	size_t nsmark;
	uint32_t smark_gen;
	const char *ext_noregion;	/* plan_load_tf_ext: why a resource has no provider region */
	tf_ext_more_fn more;	/* plan_load_tf_ext_more: other resources join the plan (or NULL) */
	void *more_ctx;
};

/* ================================================================ helpers */

static const char *jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

/* First element of a block list (`foo = [{...}]`), or NULL. */
static json_t *jblock(const json_t *o, const char *k)
{
	json_t *a = json_object_get(o, k);
	json_t *b = json_is_array(a) ? json_array_get(a, 0) : (json_is_object(a) ? a : NULL);
	return json_is_object(b) ? b : NULL;
}

static bool jtrue(const json_t *o, const char *k)
{
	return json_is_true(json_object_get(o, k));
}

/* Is attribute k of the resource unknown until apply? */
static bool unknown_attr(const struct tf_res *r, const char *k)
{
	if (r->all_unknown && !json_object_get(r->after, k))
		return true;
	json_t *u = json_object_get(r->unknown, k);
	return u && !json_is_false(u);
}

/* Is attribute k unknown as a whole (after_unknown[k] is true, not a block of unknowns)? */
static bool unknown_whole(const struct tf_res *r, const char *k)
{
	if (r->all_unknown && !json_object_get(r->after, k))
		return true;
	return json_is_true(json_object_get(r->unknown, k));
}

/* Is anything under after_unknown[k] named field (or all of it) unknown? */
static bool unknown_deep_in(json_t *u, const char *field, int depth)
{
	if (json_is_true(u))
		return true;
	if (depth > 32)
		return false;
	if (json_is_array(u)) {
		size_t i;
		json_t *e;
		json_array_foreach(u, i, e)
			if (unknown_deep_in(e, field, depth + 1))
				return true;
		return false;
	}
	const char *k;
	json_t *v;
	json_object_foreach(u, k, v) {
		if (field && strcmp(k, field) == 0 && json_is_true(v))
			return true;
		if ((json_is_array(v) || json_is_object(v)) && unknown_deep_in(v, field, depth + 1))
			return true;
	}
	return false;
}

static bool unknown_deep(const struct tf_res *r, const char *k, const char *field)
{
	if (r->all_unknown && !json_object_get(r->after, k))
		return true;
	return unknown_deep_in(json_object_get(r->unknown, k), field, 0);
}

/* Is attribute k redacted (after_sensitive / sensitive_values), so its value is hidden? */
static bool sensitive_attr(const struct tf_res *r, const char *k)
{
	json_t *v = json_object_get(r->sensitive, k);
	return v && !json_is_false(v) && !json_object_get(r->after, k);
}

static bool starts(const char *s, const char *pre)
{
	return strncmp(s, pre, strlen(pre)) == 0;
}

/* Scratch strings live in L->work, freed with the loader. */
static const char *adup(struct tfl *L, const char *s)
{
	return arena_strdup(&L->work, s);
}

static const char *aprintf(struct tfl *L, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static const char *aprintf(struct tfl *L, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	L->tmp.len = 0;
	if (L->tmp.s)
		L->tmp.s[0] = 0;
	sb_vprintf(&L->tmp, fmt, ap);
	va_end(ap);
	return arena_strndup(&L->work, L->tmp.s ? L->tmp.s : "", L->tmp.len);
}

static struct src_loc tf_loc(struct tfl *L, struct plan_pos pos)
{
	if (!L->sf) {
		char *copy = xmalloc(L->len + 1);
		memcpy(copy, L->data, L->len);
		copy[L->len] = 0;
		L->sf = diag_add_file(L->d, L->file, copy, L->len);
	}
	struct src_loc l = {L->sf, pos.line ? pos.line : 1, pos.col ? pos.col : 1, 1};
	return l;
}

static void tf_error(struct tfl *L, struct plan_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void tf_error(struct tfl *L, struct plan_pos pos, const char *fmt, ...)
{
	struct src_loc loc = tf_loc(L, pos);
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(L->d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
	L->failed = true;
}

static void tf_note(struct tfl *L, const struct tf_res *r, const char *rule, int sev,
		    const char *msg)
{
	struct plan_note *n = plan_add_note(L->pl);
	n->rule_id = rule;
	n->severity = sev;
	n->fact = arena_strdup(&L->pl->arena, r->address);
	n->pos = r->pos;
	n->message = arena_strdup(&L->pl->arena, msg);
}

static void unknown_location(struct tfl *L, const struct tf_res *r, const char *what,
			     const char *why)
{
	tf_note(L, r, "unknown-location", SEV_ERROR,
		aprintf(L, "%s cannot be determined from the plan: %s", what,
			why ? why : "unknown until apply"));
}

static enum tf_cloud cloud_of(const char *type)
{
	if (starts(type, "aws_"))
		return CLOUD_AWS;
	if (starts(type, "google_"))
		return CLOUD_GCP;
	if (starts(type, "azurerm_"))
		return CLOUD_AZURE;
	return CLOUD_OTHER;
}

/* Is type one of the '|'-separated names in list? */
static bool type_in(const char *type, const char *list)
{
	size_t n = strlen(type);
	for (const char *s = list; *s;) {
		const char *e = strchr(s, '|');
		size_t m = e ? (size_t)(e - s) : strlen(s);
		if (m == n && strncmp(s, type, n) == 0)
			return true;
		if (!e)
			break;
		s = e + 1;
	}
	return false;
}

/* Skip a bracketed instance key at s ('['), quotes respected; returns past ']'. */
static const char *skip_key(const char *s)
{
	bool q = false;
	for (s++; *s; s++) {
		if (q) {
			if (*s == '\\' && s[1])
				s++;
			else if (*s == '"')
				q = false;
		} else if (*s == '"') {
			q = true;
		} else if (*s == ']') {
			return s + 1;
		}
	}
	return s;
}

/* Copy s without its instance keys ("module.a[\"x\"].b[0]" → "module.a.b"). */
static char *strip_keys(const char *s, size_t n)
{
	char *o = xmalloc(n + 1), *w = o;
	const char *e = s + n;
	while (s < e) {
		if (*s == '[') {
			const char *t = skip_key(s);
			s = t > e ? e : t;
		} else {
			*w++ = *s++;
		}
	}
	*w = 0;
	return o;
}

/* Length of the module-instance prefix of a resource address (no trailing dot). */
static size_t modinst_len(const char *a)
{
	size_t end = 0;
	const char *s = a;
	while (starts(s, "module.")) {
		s += 7;
		while (*s && *s != '.' && *s != '[')
			s++;
		if (*s == '[')
			s = skip_key(s);
		end = (size_t)(s - a);
		if (*s != '.')
			break;
		s++;
	}
	return end;
}

/* The parent of a module path ("module.a.module.b" → "module.a", "module.a" → ""). */
static char *mod_parent(const char *path)
{
	const char *last = NULL;
	for (const char *s = path; (s = strstr(s, ".module.")); s++)
		last = s;
	return last ? xstrndup(path, (size_t)(last - path)) : xstrdup("");
}

/* ================================================================ positions */

/*
** One linear scan of the source text: for each `"address": "X"` inside the
** top-level resource_changes (preferred) or planned_values sections whose X
** is a resource of the plan, record its line and byte column.  The JSON was
** already validated by jansson, so strings never hold raw newlines.
*/
static void scan_positions(struct tfl *L)
{
	const char *s = L->data;
	size_t n = L->len, i = 0, lstart = 0;
	uint32_t line = 1;
	int depth = 0, section = 0;	/* 1: resource_changes, 2: planned_values */
	struct strbuf key = {0};

	while (i < n) {
		char c = s[i];
		if (c == '\n') {
			line++;
			lstart = ++i;
			continue;
		}
		if (c == '{' || c == '[') {
			depth++;
			i++;
			continue;
		}
		if (c == '}' || c == ']') {
			depth--;
			i++;
			continue;
		}
		if (c != '"') {
			i++;
			continue;
		}
		size_t q = i, j = i + 1;
		for (;;) {	/* the closing quote: one not preceded by an odd run of '\\' */
			const char *e = memchr(s + j, '"', n - j);
			if (!e) {
				j = n;
				break;
			}
			size_t bs = 0;
			while ((size_t)(e - s) - bs > j && e[-1 - (long)bs] == '\\')
				bs++;
			j = (size_t)(e - s);
			if (!(bs & 1))
				break;
			j++;
		}
		size_t k = j + 1;
		while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r' || s[k] == '\n'))
			k++;
		if (k >= n || s[k] != ':') {
			i = j + 1;	/* a value string; the blanks after it are scanned again */
			continue;
		}
		for (size_t b = j + 1; b < k; b++)
			if (s[b] == '\n') {
				line++;
				lstart = b + 1;
			}
		size_t klen = j - q - 1;
		if (depth == 1) {
			section = klen == 16 && memcmp(s + q + 1, "resource_changes", 16) == 0 ? 1 :
				  klen == 14 && memcmp(s + q + 1, "planned_values", 14) == 0 ? 2 : 0;
			i = k + 1;
			continue;
		}
		if (!section || klen != 7 || memcmp(s + q + 1, "address", 7) != 0) {
			i = k + 1;
			continue;
		}
		struct plan_pos pos = {line, (uint32_t)(q - lstart) + 1};
		size_t v = k + 1;
		while (v < n && (s[v] == ' ' || s[v] == '\t' || s[v] == '\r' || s[v] == '\n')) {
			if (s[v] == '\n') {
				line++;
				lstart = v + 1;
			}
			v++;
		}
		if (v >= n || s[v] != '"') {
			i = v;
			continue;
		}
		size_t e = v + 1;
		key.len = 0;
		while (e < n && s[e] != '"') {
			if (s[e] == '\\' && e + 1 < n) {
				char x = s[e + 1];
				if (x == 'u' && e + 5 < n) {
					unsigned cp = (unsigned)strtoul((char[5]){s[e + 2], s[e + 3], s[e + 4], s[e + 5], 0}, NULL, 16);
					if (cp < 0x80) {
						sb_putc(&key, (char)cp);
					} else if (cp < 0x800) {
						sb_putc(&key, (char)(0xc0 | (cp >> 6)));
						sb_putc(&key, (char)(0x80 | (cp & 0x3f)));
					} else {	/* surrogates never occur in addresses we match */
						sb_putc(&key, (char)(0xe0 | (cp >> 12)));
						sb_putc(&key, (char)(0x80 | ((cp >> 6) & 0x3f)));
						sb_putc(&key, (char)(0x80 | (cp & 0x3f)));
					}
					e += 6;
					continue;
				}
				sb_putc(&key, x == 'n' ? '\n' : x == 't' ? '\t' : x == 'r' ? '\r' :
					      x == 'b' ? '\b' : x == 'f' ? '\f' : x);
				e += 2;
				continue;
			}
			sb_putc(&key, s[e++]);
		}
		sb_putc(&key, 0);
		struct tf_res *r = smap_get(&L->by_addr, key.s);
		if (r && (!r->pos.line || (section == 1 && !r->pos_from_rc))) {
			r->pos = pos;
			r->pos_from_rc = section == 1;
		}
		i = e + 1;
	}
	sb_free(&key);
}

/* ================================================================ configuration */

static void cfg_walk(struct tfl *L, json_t *mod, const char *path, int depth)
{
	if (!json_is_object(mod) || depth > TF_MAX_DEPTH)
		return;
	json_t *rs = json_object_get(mod, "resources");
	size_t i;
	json_t *r;
	json_array_foreach(rs, i, r) {
		const char *a = jstr(r, "address");
		if (!a)
			continue;
		const char *full = *path ? aprintf(L, "%s.%s", path, a) : adup(L, a);
		smap_put(&L->cfg_res, full, r);
	}
	const char *name;
	json_t *call;
	json_object_foreach(json_object_get(mod, "module_calls"), name, call) {
		const char *sub = *path ? aprintf(L, "%s.module.%s", path, name) :
					  aprintf(L, "module.%s", name);
		smap_put(&L->modcalls, sub, call);
		cfg_walk(L, json_object_get(call, "module"), sub, depth + 1);
	}
}

/*
** Evaluate a configuration expression to a string in module path mod:
** a constant, or a reference to one input variable (its value in the plan
** for the root module, the module call's argument or the variable's default
** otherwise).  NULL when it cannot be known; *why says why.
*/
static const char *eval_str(struct tfl *L, json_t *expr, const char *mod, int depth,
			    const char **why)
{
	if (!json_is_object(expr) || depth > TF_MAX_DEPTH)
		return NULL;
	const char *c = jstr(expr, "constant_value");
	if (c)
		return c;
	json_t *refs = json_object_get(expr, "references");
	const char *var = NULL;
	size_t i;
	json_t *ref;
	json_array_foreach(refs, i, ref) {
		const char *s = json_string_value(ref);
		if (!s || !starts(s, "var.") || strpbrk(s + 4, ".[") || (var && strcmp(var, s + 4))) {
			*why = aprintf(L, "it is computed from %s", s ? s : "an expression");
			return NULL;
		}
		var = s + 4;
	}
	if (!var) {
		*why = "it is not a constant";
		return NULL;
	}
	if (!*mod) {
		const char *v = jstr(json_object_get(L->vars, var), "value");
		if (!v)
			*why = aprintf(L, "it comes from var.%s, which has no value in the plan", var);
		return v;
	}
	json_t *call = smap_get(&L->modcalls, mod);
	json_t *arg = json_object_get(json_object_get(call, "expressions"), var);
	if (arg) {
		char *parent = mod_parent(mod);
		const char *v = eval_str(L, arg, parent, depth + 1, why);
		xfree(parent);
		return v;
	}
	json_t *decl = json_object_get(json_object_get(json_object_get(call, "module"), "variables"), var);
	const char *v = jstr(decl, "default");
	if (!v)
		*why = aprintf(L, "it comes from var.%s of %s, which has no value", var, mod);
	return v;
}

/* The provider_config entry for key (both "module.a:aws" and "a:aws" spellings). */
static json_t *pconf_get(struct tfl *L, const char *key)
{
	json_t *e = json_object_get(L->pconf, key);
	if (!e && strchr(key, ':') && !starts(key, "module.")) {
		struct strbuf sb = {0};
		sb_puts(&sb, "module.");
		for (const char *s = key; *s; s++) {
			if (*s == '.' && strchr(s, ':'))
				sb_puts(&sb, ".module.");
			else
				sb_putc(&sb, *s);
		}
		e = json_object_get(L->pconf, sb.s);
		sb_free(&sb);
	}
	return e;
}

/*
** Attribute attr (region) of the provider configuration a resource in module
** path mod uses under key; a module provider without it inherits its parent's.
*/
static const char *provider_attr(struct tfl *L, const char *key, const char *pname,
				 const char *mod, const char *attr, int depth, const char **why)
{
	if (depth > TF_MAX_DEPTH)
		return NULL;
	json_t *e = key ? pconf_get(L, key) : NULL;
	if (e) {
		const char *emod = jstr(e, "module_address");
		if (!emod)
			emod = "";
		json_t *x = json_object_get(json_object_get(e, "expressions"), attr);
		if (x)
			return eval_str(L, x, emod, 0, why);
		if (!*emod) {
			*why = aprintf(L, "provider configuration %s sets no %s", key, attr);
			return NULL;
		}
		mod = emod;
	} else if (!*mod) {
		*why = aprintf(L, "the plan has no %s provider configuration with a %s",
			       pname, attr);
		return NULL;
	}
	/* inherit the parent module's default configuration */
	char *parent = mod_parent(mod);
	const char *pk = *parent ? aprintf(L, "%s:%s", parent, pname) : pname;
	const char *v = provider_attr(L, pk, pname, parent, attr, depth + 1, why);
	xfree(parent);
	return v;
}

/* --default-region PROVIDER=REGION for pname, or NULL (the last one given wins). */
static const char *default_region(struct tfl *L, const char *pname)
{
	size_t n = strlen(pname);
	const char *hit = NULL;
	for (size_t i = 0; i < L->ndefregion; i++)
		if (strncmp(L->defregion[i], pname, n) == 0 && L->defregion[i][n] == '=')
			hit = L->defregion[i] + n + 1;
	return hit;
}

/*
** The provider's attribute (region) for r.  A provider that sets no region
** (it comes from the environment at apply: AWS_REGION, GOOGLE_REGION, which
** a plan does not record) takes --default-region; without it, the message
** says to give it.
*/
static const char *res_provider_attr(struct tfl *L, const struct tf_res *r, const char *pname,
				     const char *attr, const char **why)
{
	if (r->ext_region && strcmp(attr, "region") == 0)
		return r->ext_region;
	if (L->ext_noregion && strcmp(attr, "region") == 0) {
		const char *d = default_region(L, pname);
		if (!d)
			*why = aprintf(L, "%s; give it with --default-region %s=REGION", L->ext_noregion, pname);
		return d;
	}
	const char *key = jstr(r->cfg, "provider_config_key");
	if (!key)
		key = *r->modpath ? aprintf(L, "%s:%s", r->modpath, pname) : pname;
	const char *v = provider_attr(L, key, pname, r->modpath, attr, 0, why);
	const char *d;
	if (!v && strcmp(attr, "region") == 0) {
		if ((d = default_region(L, pname)))
			return d;
		*why = aprintf(L, "%s; if the region comes from the environment at apply (%s), give it with "
			       "--default-region %s=REGION", *why ? *why : "it is not set",
			       strcmp(pname, "aws") == 0 ? "AWS_REGION" : "GOOGLE_REGION", pname);
	}
	return v;
}

/* ================================================================ references */

static void collect_refs(json_t *x, const char ***out, size_t *n, size_t *cap, int depth)
{
	if (depth > 200)
		return;
	if (json_is_array(x)) {
		size_t i;
		json_t *e;
		json_array_foreach(x, i, e)
			collect_refs(e, out, n, cap, depth + 1);
		return;
	}
	if (!json_is_object(x))
		return;
	const char *k;
	json_t *v;
	json_object_foreach(x, k, v) {
		if (strcmp(k, "constant_value") == 0)
			continue;
		if (strcmp(k, "references") == 0 && json_is_array(v)) {
			size_t i;
			json_t *e;
			json_array_foreach(v, i, e)
				if (json_is_string(e))
					*VEC_PUSH(*out, *n, *cap) = json_string_value(e);
			continue;
		}
		collect_refs(v, out, n, cap, depth + 1);
	}
}

/* The resource a reference like "aws_s3_bucket.replica.arn" names, seen from r. */
static struct tf_res *ref_resolve(struct tfl *L, const struct tf_res *r, const char *ref)
{
	static const char *const skip[] = {"var.", "local.", "module.", "data.", "path.",
					   "terraform.", "count.", "each.", "self."};
	for (size_t i = 0; i < ARRAY_LEN(skip); i++)
		if (starts(ref, skip[i]))
			return NULL;
	const char *dot = strchr(ref, '.');
	if (!dot)
		return NULL;
	const char *e = dot + 1;
	while (*e && *e != '.' && *e != '[')
		e++;
	size_t tn = (size_t)(e - ref);
	struct strbuf sb = {0};
	struct tf_res *hit = NULL;
	if (*e == '[') {	/* an explicit instance */
		const char *ke = skip_key(e);
		if (*r->modinst)
			sb_printf(&sb, "%s.", r->modinst);
		sb_add(&sb, ref, (size_t)(ke - ref));
		hit = smap_get(&L->by_addr, sb.s);
		sb.len = 0;
		sb.s[0] = 0;
	}
	if (!hit) {
		if (*r->modpath)
			sb_printf(&sb, "%s.", r->modpath);
		sb_add(&sb, ref, tn);
		struct tf_res *c = smap_get(&L->by_cfg, sb.s);
		hit = c;
		for (; c; c = c->next_cfg)
			if (strcmp(c->modinst, r->modinst) == 0) {
				hit = c;
				break;
			}
	}
	sb_free(&sb);
	return hit;
}

/*
** The resources of a type in types ('|'-separated) that the configuration
** expression of attribute attr (a whole block subtree) refers to, r itself
** excluded, each once, in reference order.  Returns how many; *out is
** xmalloc'd (the caller frees it) or NULL.
*/
static size_t ref_attr(struct tfl *L, const struct tf_res *r, const char *attr,
		       const char *types, struct tf_res ***out)
{
	*out = NULL;
	json_t *x = json_object_get(json_object_get(r->cfg, "expressions"), attr);
	if (!x)
		return 0;
	const char **refs = NULL;
	size_t n = 0, cap = 0, k = 0, kcap = 0;
	collect_refs(x, &refs, &n, &cap, 0);
	uint32_t gen = ++L->mark_gen;
	for (size_t i = 0; i < n; i++) {
		struct tf_res *t = ref_resolve(L, r, refs[i]);
		if (!t || t == r || t->mark == gen || !type_in(t->type, types))
			continue;
		t->mark = gen;
		*VEC_PUSH(*out, k, kcap) = t;
	}
	xfree(refs);
	return k;
}

static struct tf_res *ref_one(struct tfl *L, const struct tf_res *r, const char *attr,
			      const char *types)
{
	struct tf_res **v;
	size_t n = ref_attr(L, r, attr, types, &v);
	struct tf_res *t = n ? v[0] : NULL;
	xfree(v);
	return t;
}

/*
** A list of store indexes without repeats, in first-seen order: one pass,
** a generation stamp per store (L->smark) instead of a search of the list.
*/
struct storeset {
	int32_t *v;
	size_t n, cap;
	uint32_t gen;
};

static void sset_init(struct tfl *L, struct storeset *ss)
{
	memset(ss, 0, sizeof *ss);
	if (L->nsmark < L->pl->nstores) {
		L->smark = xrealloc(L->smark, L->pl->nstores * sizeof *L->smark);
		memset(L->smark + L->nsmark, 0, (L->pl->nstores - L->nsmark) * sizeof *L->smark);
		L->nsmark = L->pl->nstores;
	}
	ss->gen = ++L->smark_gen;
}

static void sset_add(struct tfl *L, struct storeset *ss, int32_t s)
{
	if (s < 0 || (size_t)s >= L->nsmark || L->smark[s] == ss->gen)
		return;
	L->smark[s] = ss->gen;
	*VEC_PUSH(ss->v, ss->n, ss->cap) = s;
}

/* ================================================================ locations */

static void locs_add(struct tfl *L, struct tf_locs *l, const char *name, uint32_t *cap)
{
	for (uint32_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], name) == 0)
			return;
	if (l->n == *cap) {
		uint32_t nc = *cap ? *cap * 2 : 4;
		const char **v = arena_alloc(&L->work, nc * sizeof *v);
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		*cap = nc;
	}
	l->v[l->n++] = name;
}

static struct tf_locs locs_unknown(const char *why)
{
	struct tf_locs l = {NULL, 0, why};
	return l;
}

/* "West Europe" → "azure:westeurope" */
static const char *azure_name(struct tfl *L, const char *v)
{
	struct strbuf sb = {0};
	sb_puts(&sb, "azure:");
	for (const char *s = v; *s; s++)
		if (*s != ' ')
			sb_putc(&sb, (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s));
	const char *r = adup(L, sb.s);
	sb_free(&sb);
	return r;
}

/*
** Google location names: regions are lower case ("europe-west1", also when
** the API spells them "EUROPE-WEST1"); with upper, GCS-style multi- and
** dual-regions ("eu", "EUR4") are upper case, else kept as written ("eur3").
*/
static const char *gcp_name(struct tfl *L, const char *v, bool upper)
{
	return plan_gcp_name(&L->work, v, upper, false);
}

/* "projects/p/locations/europe-west1/keyRings/…" → "europe-west1" (arena), or NULL */
static const char *gcp_path_location(struct tfl *L, const char *v)
{
	return plan_gcp_path_location(&L->work, v);
}

/* Region field of an ARN ("arn:aws:kms:eu-west-1:…" → "eu-west-1"), or NULL. */
static const char *arn_region(struct tfl *L, const char *arn)
{
	if (!arn || !starts(arn, "arn:"))
		return NULL;
	const char *s = arn;
	for (int i = 0; i < 3; i++) {
		s = strchr(s, ':');
		if (!s)
			return NULL;
		s++;
	}
	size_t n = strcspn(s, ":");
	return n ? arena_strndup(&L->work, s, n) : NULL;
}

/* Last ':'- or '/'-separated field of an ARN or identifier. */
static const char *last_field(const char *s)
{
	const char *a = strrchr(s, ':'), *b = strrchr(s, '/');
	const char *m = a > b ? a : b;
	return m ? m + 1 : s;
}

static struct tf_locs res_home(struct tfl *L, struct tf_res *r);

/* Home of the first resource attr refers to, or unknown with why. */
static struct tf_locs via_ref(struct tfl *L, struct tf_res *r, const char *attr, const char *why)
{
	struct tf_res *t = NULL;
	json_t *x = json_object_get(json_object_get(r->cfg, "expressions"), attr);
	if (x) {
		const char **refs = NULL;
		size_t n = 0, cap = 0;
		collect_refs(x, &refs, &n, &cap, 0);
		for (size_t i = 0; i < n && !t; i++) {
			t = ref_resolve(L, r, refs[i]);
			if (t == r)
				t = NULL;
		}
		xfree(refs);
	}
	if (t)
		return res_home(L, t);
	return locs_unknown(why);
}

static struct tf_locs aws_home(struct tfl *L, struct tf_res *r)
{
	struct tf_locs l = {0};
	uint32_t cap = 0;
	json_t *rv = json_object_get(r->after, "region");
	const char *reg = json_string_value(rv);
	const char *why = NULL;
	if (rv && !json_is_null(rv) && !reg)
		return locs_unknown("its region attribute is not a string");
	if (!reg && sensitive_attr(r, "region"))
		return locs_unknown("its region is redacted (sensitive) in the plan");
	/* AWS provider 6: a per-resource region set in the configuration but
	   unknown until apply is where the resource goes, not the provider's */
	json_t *rx = json_object_get(json_object_get(r->cfg, "expressions"), "region");
	if (!reg && rx && !(reg = eval_str(L, rx, r->modpath, 0, &why)))
		return via_ref(L, r, "region", aprintf(L, "its region is unknown until apply (%s)",
						  why ? why : "an expression"));
	if (!reg)
		reg = res_provider_attr(L, r, "aws", "region", &why);
	if (reg)
		locs_add(L, &l, aprintf(L, "aws:%s", reg), &cap);
	else
		l.why = aprintf(L, "the region of its provider is unknown: %s",
				why ? why : "provider configurations are nested too deeply");
	return l;
}

static struct tf_locs gcp_list(struct tfl *L, json_t *arr, const char *field, bool upper)
{
	struct tf_locs l = {0};
	uint32_t cap = 0;
	size_t i;
	json_t *e;
	json_array_foreach(arr, i, e) {
		const char *v = field ? jstr(e, field) : json_string_value(e);
		if (!v) {
			l.n = 0;
			l.why = "a listed location is unknown until apply";
			return l;
		}
		locs_add(L, &l, gcp_name(L, v, upper), &cap);
	}
	if (!l.n)
		l.why = "no location is listed";
	return l;
}

/* ---------------------------------------------------------------- Spanner */

/* Add the ' '-separated Google regions of list to l. */
static void spanner_add(struct tfl *L, struct tf_locs *l, uint32_t *cap, const char *list)
{
	for (const char *s = list; *s;) {
		size_t n = strcspn(s, " ");
		if (n)
			locs_add(L, l, gcp_name(L, arena_strndup(&L->work, s, n), false), cap);
		s += n;
		s += strspn(s, " ");
	}
}

/*
** The regions of a custom configuration (google_spanner_instance_config):
** every replicas block's location (read-write, read-only and witness), the
** one marked default_leader_location first; none marked: the base
** configuration's leader.
*/
static struct tf_locs spanner_custom(struct tfl *L, struct tf_res *c)
{
	struct tf_locs l = {0};
	uint32_t cap = 0;
	json_t *reps = json_object_get(c->after, "replicas");
	if (!json_array_size(reps))
		return locs_unknown(aprintf(L, unknown_whole(c, "replicas") ?
					    "the replicas of %s are unknown until apply" :
					    "%s lists no replicas", c->address));
	size_t i;
	json_t *e;
	const char *leader = NULL;
	json_array_foreach(reps, i, e) {
		const char *loc = jstr(e, "location");
		if (!loc)
			return locs_unknown(aprintf(L, "the location of a replica of %s is unknown until apply",
						    c->address));
		if (jtrue(e, "default_leader_location") && !leader)
			leader = loc;
	}
	const char *base = jstr(c->after, "base_config");
	const struct spanner_config *bc = base ? spanner_config_find(last_field(base)) : NULL;
	if (!leader && bc)
		leader = bc->leader;
	if (!leader)
		return locs_unknown(aprintf(L, "no replica of %s is its default leader location", c->address));
	locs_add(L, &l, gcp_name(L, leader, false), &cap);
	json_array_foreach(reps, i, e)
		locs_add(L, &l, gcp_name(L, jstr(e, "location"), false), &cap);
	return l;
}

/*
** Where a Spanner instance keeps its data: its configuration's regions, the
** default leader region first (the primary; writes are processed there),
** then the other read-write regions, the read-only regions and the witness
** regions (replicas: each keeps a copy of the data, or for a witness the
** full replicated log of every write, so each is a copy and a transfer).
** regional-R is R.  A base configuration comes from spanner_configs.c; any
** other name must be a google_spanner_instance_config of the plan (by name
** or by reference), else it is unknown.  A default_leader set by the ddl of
** the instance's databases moves the primary to that region.
*/
static struct tf_locs spanner_home(struct tfl *L, struct tf_res *r)
{
	struct tf_locs l = {0};
	uint32_t cap = 0;
	const char *v = jstr(r->after, "config"), *name = v ? last_field(v) : NULL;
	if (name && starts(name, "regional-")) {
		locs_add(L, &l, gcp_name(L, name + 9, false), &cap);
		return l;
	}
	const struct spanner_config *c = name ? spanner_config_find(name) : NULL;
	if (c) {
		spanner_add(L, &l, &cap, c->leader);
		spanner_add(L, &l, &cap, c->read_write);
		spanner_add(L, &l, &cap, c->read_only);
		spanner_add(L, &l, &cap, c->witness);
	} else {
		struct tf_res *cr = name ? smap_get(&L->spanner_cfgs, name) : NULL;
		if (!cr)
			cr = ref_one(L, r, "config", "google_spanner_instance_config");
		if (!cr && name)
			return locs_unknown(aprintf(L, "Spanner configuration '%s' is neither a base configuration "
						    "of the table (docs/terraform.md) nor a google_spanner_instance_config "
						    "of the plan", name));
		if (!cr)
			return via_ref(L, r, "config", "its config is unknown until apply");
		l = spanner_custom(L, cr);
		if (!l.n)
			return l;
	}
	if (r->sp_leader_other)
		return locs_unknown(aprintf(L, "its databases %s and %s set different default leaders",
					    r->sp_leader_db, r->sp_leader_other));
	if (r->sp_leader) {
		const char *ld = gcp_name(L, r->sp_leader, false);
		uint32_t k = 0;
		while (k < l.n && strcmp(l.v[k], ld) != 0)
			k++;
		if (k == l.n)
			return locs_unknown(aprintf(L, "the default_leader '%s' of %s is not a region of its configuration",
						    r->sp_leader, r->sp_leader_db));
		for (; k > 0; k--) {	/* the leader first, the others in order */
			const char *t = l.v[k];
			l.v[k] = l.v[k - 1];
			l.v[k - 1] = t;
		}
	}
	return l;
}

/* The default_leader option a database's ddl sets (the last one wins), or NULL. */
static const char *ddl_default_leader(struct tfl *L, const struct tf_res *db)
{
	const char *hit = NULL;
	size_t i;
	json_t *e;
	json_array_foreach(json_object_get(db->after, "ddl"), i, e) {
		const char *s = json_string_value(e);
		for (; s && *s; s++) {
			if (strncasecmp(s, "default_leader", 14) != 0)
				continue;
			const char *p = s + 14;
			p += strspn(p, " \t\r\n");
			if (*p != '=')
				continue;
			p++;
			p += strspn(p, " \t\r\n");
			char q = *p;
			const char *end = (q == '\'' || q == '"') ? strchr(p + 1, q) : NULL;
			if (end && end > p + 1)
				hit = arena_strndup(&L->work, p + 1, (size_t)(end - p - 1));
		}
	}
	return hit;
}

/*
** Before stores are built: the custom configurations by name, and the
** default leaders the databases' ddl set on their instances (by reference,
** else by instance name).  One pass each.
*/
static void spanner_prepare(struct tfl *L)
{
	struct smap inst = {0};
	bool dbs = false;
	for (size_t i = 0; i < L->nres; i++) {
		struct tf_res *r = L->res[i];
		const char *n = jstr(r->after, "name");
		if (strcmp(r->type, "google_spanner_instance_config") == 0 && n)
			smap_put(&L->spanner_cfgs, last_field(n), r);
		else if (strcmp(r->type, "google_spanner_instance") == 0 && n)
			smap_put(&inst, last_field(n), r);
		else if (strcmp(r->type, "google_spanner_database") == 0)
			dbs = true;
	}
	for (size_t i = 0; i < L->nres && dbs; i++) {
		struct tf_res *db = L->res[i];
		if (strcmp(db->type, "google_spanner_database") != 0)
			continue;
		const char *leader = ddl_default_leader(L, db);
		if (!leader)
			continue;
		struct tf_res *in = ref_one(L, db, "instance", "google_spanner_instance");
		const char *n = jstr(db->after, "instance");
		if (!in && n)
			in = smap_get(&inst, last_field(n));
		if (!in)
			continue;	/* an instance outside the plan: nothing to move */
		if (!in->sp_leader) {
			in->sp_leader = leader;
			in->sp_leader_db = db->address;
		} else if (strcmp(in->sp_leader, leader) != 0 && !in->sp_leader_other) {
			in->sp_leader_other = db->address;
		}
	}
	smap_free(&inst);
}

static struct tf_locs gcp_home(struct tfl *L, struct tf_res *r)
{
	struct tf_locs l = {0};
	uint32_t cap = 0;
	const char *t = r->type, *v;
	json_t *a = r->after;

	if (strcmp(t, "google_storage_bucket") == 0) {
		json_t *cp = jblock(a, "custom_placement_config");
		if (cp && json_array_size(json_object_get(cp, "data_locations")))
			return gcp_list(L, json_object_get(cp, "data_locations"), NULL, true);
		if ((v = jstr(a, "location")))
			locs_add(L, &l, gcp_name(L, v, true), &cap);
		else
			return via_ref(L, r, "location", "its location is unknown until apply");
		return l;
	}
	if (strcmp(t, "google_bigquery_dataset") == 0) {
		v = jstr(a, "location");
		if (!v && !unknown_attr(r, "location"))
			v = "US";	/* the API's default */
		if (v)
			locs_add(L, &l, gcp_name(L, v, true), &cap);
		else
			return via_ref(L, r, "location", "its location is unknown until apply");
		return l;
	}
	if (strcmp(t, "google_spanner_instance") == 0)
		return spanner_home(L, r);
	if (strcmp(t, "google_pubsub_topic") == 0) {
		json_t *m = jblock(a, "message_storage_policy");
		if (!m) {
			l.why = "it has no message_storage_policy, so Pub/Sub may store messages in any region";
			return l;
		}
		return gcp_list(L, json_object_get(m, "allowed_persistence_regions"), NULL, false);
	}
	if (strcmp(t, "google_secret_manager_secret") == 0) {
		json_t *rep = jblock(a, "replication");
		json_t *um = jblock(rep, "user_managed");
		if (!um) {
			l.why = "automatic replication lets Google choose the regions";
			return l;
		}
		return gcp_list(L, json_object_get(um, "replicas"), "location", false);
	}
	if (strcmp(t, "google_firestore_database") == 0) {
		if ((v = jstr(a, "location_id"))) {
			locs_add(L, &l, gcp_name(L, v, false), &cap);
			return l;
		}
		return via_ref(L, r, "location_id", "its location is unknown until apply");
	}
	if (strcmp(t, "google_kms_crypto_key") == 0) {
		if ((v = gcp_path_location(L, jstr(a, "key_ring")))) {
			locs_add(L, &l, gcp_name(L, v, false), &cap);
			return l;
		}
		return via_ref(L, r, "key_ring", "its key ring is unknown until apply");
	}
	if ((v = jstr(a, "location")) || (v = jstr(a, "region"))) {
		locs_add(L, &l, gcp_name(L, v, true), &cap);
		return l;
	}
	if (unknown_attr(r, "location"))
		return via_ref(L, r, "location", "its location is unknown until apply");
	if (unknown_attr(r, "region"))
		return via_ref(L, r, "region", "its region is unknown until apply");
	const char *why = NULL;
	if ((v = res_provider_attr(L, r, "google", "region", &why))) {
		locs_add(L, &l, gcp_name(L, v, true), &cap);
		return l;
	}
	l.why = aprintf(L, "it sets no region and %s", why);
	return l;
}

static struct tf_locs azure_home(struct tfl *L, struct tf_res *r)
{
	struct tf_locs l = {0};
	uint32_t cap = 0;
	const char *v = jstr(r->after, "location");
	if (v) {
		locs_add(L, &l, azure_name(L, v), &cap);
		return l;
	}
	if (unknown_attr(r, "location"))
		return via_ref(L, r, "location", "its location is unknown until apply");
	/* child resources (azurerm_mssql_database): the parent's location */
	if (json_object_get(json_object_get(r->cfg, "expressions"), "server_id"))
		return via_ref(L, r, "server_id", "its server is not in the plan");
	l.why = "it has no location";
	return l;
}

/* ---------------------------------------------------------------- catalog rows */

/* The string at a dotted path of blocks ("a.b.c": a[0].b[0].c), or NULL. */
static const char *path_str(json_t *o, const char *path)
{
	const char *s = path;
	for (const char *dot; (dot = strchr(s, '.')); s = dot + 1) {
		char seg[128];
		size_t n = (size_t)(dot - s);
		if (n >= sizeof seg)
			return NULL;
		memcpy(seg, s, n);
		seg[n] = 0;
		o = jblock(o, seg);
	}
	return jstr(o, s);
}

static json_t *path_json(json_t *o, const char *path)
{
	const char *s = path;
	for (const char *dot; (dot = strchr(s, '.')); s = dot + 1) {
		char seg[128];
		size_t n = (size_t)(dot - s);
		if (n >= sizeof seg)
			return NULL;
		memcpy(seg, s, n);
		seg[n] = 0;
		o = jblock(o, seg);
	}
	return json_object_get(o, s);
}

/* First segment of a path (its attribute) into buf. */
static const char *path_head(const char *path, char *buf, size_t size)
{
	size_t n = strcspn(path, ".");
	if (n >= size)
		n = size - 1;
	memcpy(buf, path, n);
	buf[n] = 0;
	return buf;
}

static const char *path_leaf(const char *path)
{
	const char *d = strrchr(path, '.');
	return d ? d + 1 : path;
}

/* A location value of a resource of cloud c as a catalog name; zone: a Google zone or region. */
static const char *cloud_loc(struct tfl *L, enum tf_cloud c, const char *v, bool zone)
{
	if (c == CLOUD_AWS)
		return aprintf(L, "aws:%s", v);
	if (c == CLOUD_AZURE)
		return azure_name(L, v);
	return plan_gcp_name(&L->work, v, true, zone);
}

/* Where a catalog row (LOC_ATTR, LOC_ZONE, LOC_LIST) puts a resource: every location. */
static struct tf_locs row_home(struct tfl *L, struct tf_res *r, const struct cat_row *row)
{
	char head[128];
	path_head(row->loc_path, head, sizeof head);
	if (row->loc == LOC_LIST) {
		struct tf_locs l = {0};
		uint32_t cap = 0;
		json_t *list = json_object_get(r->after, head);
		const char *field = path_leaf(row->loc_path);
		if (!json_array_size(list)) {
			if (unknown_whole(r, head))
				return locs_unknown(aprintf(L, "its %s blocks are unknown until apply", head));
			return locs_unknown(aprintf(L, "it lists no %s", head));
		}
		size_t i;
		json_t *e;
		json_array_foreach(list, i, e) {
			const char *v = jstr(e, field);
			if (!v)
				return locs_unknown(aprintf(L, "the %s of a %s block is unknown until apply", field, head));
			locs_add(L, &l, cloud_loc(L, r->cloud, v, strcmp(field, "zone") == 0), &cap);
		}
		return l;
	}
	const char *v = path_str(r->after, row->loc_path);
	if (v) {
		struct tf_locs l = {0};
		uint32_t cap = 0;
		locs_add(L, &l, cloud_loc(L, r->cloud, v, row->loc == LOC_ZONE), &cap);
		return l;
	}
	if (unknown_deep(r, head, path_leaf(row->loc_path)))
		return via_ref(L, r, head, aprintf(L, "its %s is unknown until apply", row->loc_path));
	if (row->loc == LOC_ATTR) {	/* not set: the cloud's default */
		switch (r->cloud) {
		case CLOUD_AWS: return aws_home(L, r);
		case CLOUD_GCP: return gcp_home(L, r);
		case CLOUD_AZURE: return azure_home(L, r);
		case CLOUD_OTHER: break;
		}
	}
	return locs_unknown(aprintf(L, "it has no %s", row->loc_path));
}

/* Where a resource is (memoised; cycles through references give unknown). */
static struct tf_locs res_home(struct tfl *L, struct tf_res *r)
{
	if (r->home_state == 2)
		return r->home;
	if (r->home_state == 1) {
		struct tf_locs l = {NULL, 0, "its location refers to itself"};
		return l;
	}
	r->home_state = 1;
	struct tf_locs l = {NULL, 0, "its provider is not supported"};
	const struct cat_row *row = tf_catalog_find(r->type);
	if (row && !row->bespoke && row->loc != LOC_HOME && r->cloud != CLOUD_OTHER) {
		l = row_home(L, r, row);
		r->home = l;
		r->home_state = 2;
		return l;
	}
	switch (r->cloud) {
	case CLOUD_AWS: l = aws_home(L, r); break;
	case CLOUD_GCP: l = gcp_home(L, r); break;
	case CLOUD_AZURE: l = azure_home(L, r); break;
	case CLOUD_OTHER: break;
	}
	r->home = l;
	r->home_state = 2;
	return l;
}

/* Resolve a catalog name; false (and a note) when the policy lacks it. */
static bool resolve_place(struct tfl *L, const struct tf_res *r, const char *what,
			  const char *name, struct place *out)
{
	if (place_resolve(L->p, name, out))
		return true;
	tf_note(L, r, "unknown-location", SEV_ERROR,
		aprintf(L, "%s '%s' is not in the location catalog", what, name));
	return false;
}

/* ================================================================ classes */

static int class_index(struct tfl *L, const char *name)
{
	void *v = smap_get(&L->classes, name);
	if (v)
		return (int)(intptr_t)v - 1;
	int c = policy_find_class(L->p, name);
	if (c >= 0)
		smap_put(&L->classes, adup(L, name), (void *)(intptr_t)(c + 1));
	return c;
}

static const char *class_suggest(struct tfl *L, const char *name)
{
	return class_suggest_name(L->p, name);
}

/* Split a tag value on ',', '+' and spaces; unknown names are errors. */
static bool classes_from_tag(struct tfl *L, const struct tf_res *r, const char *v,
			     struct bits *out)
{
	bool any = false;
	size_t nnames = 0;
	const char *s = v;
	while (*s) {
		s += strspn(s, ",+ \t");
		size_t n = strcspn(s, ",+ \t");
		if (!n)
			break;
		nnames++;
		char *name = xstrndup(s, n);
		int c = class_index(L, name);
		if (c < 0) {
			const char *sug = class_suggest(L, name);
			tf_error(L, r->pos, "%s: unknown data class '%s' in tag %s%s%s%s", r->address,
				 name, L->class_tag, sug ? "; did you mean '" : "", sug ? sug : "",
				 sug ? "'?" : "");
		} else {
			bits_set(out, (unsigned)c);
			any = true;
		}
		xfree(name);
		s += n;
	}
	/* a class tag that names nothing is unreadable, not "unclassified":
	   somebody meant to classify the resource (fail closed) */
	if (nnames == 0)
		tf_error(L, r->pos, "%s: tag %s names no data class", r->address, L->class_tag);
	return any;
}

/* The tag/label maps a resource may carry its classes in, in order. */
static json_t *tag_maps(const struct tf_res *r, int i)
{
	static const char *const keys[] = {"tags", "tags_all", "labels", "effective_labels"};
	if (i < (int)ARRAY_LEN(keys))
		return json_object_get(r->after, keys[i]);
	if (i == (int)ARRAY_LEN(keys))	/* Cloud SQL keeps them in settings */
		return json_object_get(jblock(r->after, "settings"), "user_labels");
	return NULL;
}

/*
** The classes of a resource (store, or flow of its own): the first matching
** entry of the --classes mapping (*entry, else NULL), else its class tag.
** false: none.
*/
static bool res_classes(struct tfl *L, const struct tf_res *r, const char *addr,
			struct bits *out, struct cf_entry **entry)
{
	bits_clear(out);
	*entry = cf_match(L->cf, addr);
	if (*entry) {
		*out = (*entry)->classes;
		return true;
	}
	for (int i = 0; i <= 4; i++) {
		const char *v = jstr(tag_maps(r, i), L->class_tag);
		if (v)
			return classes_from_tag(L, r, v, out);
	}
	return false;
}

/* ================================================================ stores */

static bool pend_place(struct tfl *L, const struct tf_res *r, int32_t store, bool backup,
		       const char *name)
{
	struct place pl;
	if (store < 0 || !resolve_place(L, r, backup ? "backup location" : "replica location", name, &pl))
		return false;
	struct tf_pend *e = VEC_PUSH(L->pend, L->npend, L->cap_pend);
	e->store = store;
	e->backup = backup;
	e->pr.place = pl;
	e->pr.pos = r->pos;
	e->seq = (uint32_t)L->npend;
	return true;
}

/*
** The store of a data-holding resource at prim; -1 (and an unknown-location
** note) when a location is unknown or not in the catalog.  Classes are read
** first so that a misspelt class is an error whatever the location.
*/
/* Every catalog row is modelled: stores and the helpers that place or copy their data. */
static bool is_modelled_type(const char *t)
{
	return tf_catalog_find(t) != NULL;
}

/*
** A resource whose type is not modelled but that carries classes: its class
** tag or label is set, or a --classes entry that names its type matches its
** address (an entry such as "*" or "module.db.*" classifies the data stores
** among many resources, so it does not count).  Such a resource holds data
** the loader cannot place: an error finding, never a silent skip.
*/
static void check_unmodelled(struct tfl *L, struct tf_res *r)
{
	if (is_modelled_type(r->type))
		return;
	const char *why = NULL;
	for (int i = 0; i <= 4 && !why; i++)
		if (jstr(tag_maps(r, i), L->class_tag))
			why = aprintf(L, "it carries the tag '%s'", L->class_tag);
	const struct cf_entry *e = why ? NULL : cf_names_type(L->cf, r->type, &r->address, 1);
	if (e)
		why = aprintf(L, "the --classes entry '%s' classifies it", e->match);
	if (!why)
		return;
	tf_note(L, r, "unmodelled-resource", SEV_ERROR,
		aprintf(L, "resource type %s is not modelled, but %s: where it keeps and copies its "
			"data cannot be judged", r->type, why));
}

/*
** The value of tag key in the resource's tag maps (tags_all: AWS default_tags
** too), and whether it is a Google label (lower case only, no ',' '+' ' ').
*/
static const char *tag_value(const struct tf_res *r, const char *key, bool *label)
{
	for (int i = 0; i <= 4; i++) {
		const char *v = jstr(tag_maps(r, i), key);
		if (v) {
			*label = i >= 2;
			return v;
		}
	}
	return NULL;
}

/*
** Split a data-origin / data-mechanisms tag value: ',', '+' and spaces
** separate names, and in Google labels (which allow only lower-case letters,
** digits, '_' and '-') also '-'; names are compared upper-cased, so label
** values "de-fr" and "eu_scc" name DE, FR and EU_SCC.  Calls fn per name.
*/
static bool tag_names(struct tfl *L, const struct tf_res *r, const char *key, const char *v, bool label,
		      bool (*fn)(struct tfl *, const struct tf_res *, const char *, void *), void *ctx)
{
	const char *sep = label ? ",+ \t-" : ",+ \t";
	bool ok = true;
	size_t nnames = 0;
	for (const char *s = v; *s;) {
		s += strspn(s, sep);
		size_t n = strcspn(s, sep);
		if (!n)
			break;
		char *name = xstrndup(s, n);
		for (char *c = name; *c; c++)
			if (*c >= 'a' && *c <= 'z')
				*c = (char)(*c - 32);
		ok &= fn(L, r, name, ctx);
		nnames++;
		xfree(name);
		s += n;
	}
	if (!nnames) {
		tf_error(L, r->pos, "%s: tag %s names nothing", r->address, key);
		ok = false;
	}
	return ok;
}

struct tagfacts {
	struct place *origin;
	size_t norigin, corigin;
	struct plan_mech *mechs;
	size_t nmechs, cmechs;
};

static bool tag_origin1(struct tfl *L, const struct tf_res *r, const char *name, void *ctx)
{
	struct tagfacts *t = ctx;
	struct place pl;
	if (!place_resolve(L->p, name, &pl)) {
		tf_error(L, r->pos, "%s: unknown place '%s' in tag data-origin (a country code or a location of the catalog)",
			 r->address, name);
		return false;
	}
	*VEC_PUSH(t->origin, t->norigin, t->corigin) = pl;
	return true;
}

static bool tag_mech1(struct tfl *L, const struct tf_res *r, const char *name, void *ctx)
{
	struct tagfacts *t = ctx;
	int m = policy_find_mech(L->p, name);
	if (m < 0) {
		tf_error(L, r->pos, "%s: unknown mechanism '%s' in tag data-mechanisms", r->address, name);
		return false;
	}
	struct plan_mech *pm = VEC_PUSH(t->mechs, t->nmechs, t->cmechs);
	memset(pm, 0, sizeof *pm);
	pm->mech = m;
	pm->expires = DATE_MAX;
	pm->pos = r->pos;
	return true;
}

/*
** What the law asks besides classes, for a store: the --classes entry that
** classified it (origin, mechanisms, subjects, attrs, encrypted_in_transit),
** else its data-origin and data-mechanisms tags or labels.
*/
static void store_facts(struct tfl *L, struct tf_res *r, struct plan_store *s, const struct cf_entry *e)
{
	struct arena *a = &L->pl->arena;
	if (e) {
		cf_store_facts(e, s, a);
		return;
	}
	struct tagfacts t = {0};
	bool label;
	const char *v = tag_value(r, "data-origin", &label);
	if (v && tag_names(L, r, "data-origin", v, label, tag_origin1, &t) && t.norigin) {
		s->origin = arena_alloc(a, t.norigin * sizeof *s->origin);
		memcpy(s->origin, t.origin, t.norigin * sizeof *s->origin);
		s->norigin = (uint32_t)t.norigin;
		s->has_origin = true;
	}
	v = tag_value(r, "data-mechanisms", &label);
	if (v && tag_names(L, r, "data-mechanisms", v, label, tag_mech1, &t) && t.nmechs) {
		s->mechs = arena_alloc(a, t.nmechs * sizeof *s->mechs);
		memcpy(s->mechs, t.mechs, t.nmechs * sizeof *s->mechs);
		s->nmechs = (uint32_t)t.nmechs;
	}
	xfree(t.origin);
	xfree(t.mechs);
}

static int32_t make_store(struct tfl *L, struct tf_res *r, struct tf_locs prim)
{
	struct bits cls;
	struct cf_entry *entry;
	bool classified = res_classes(L, r, r->address, &cls, &entry);
	if (!prim.n) {
		unknown_location(L, r, "its location", prim.why);
		return -1;
	}
	struct place *pv = arena_alloc(&L->pl->arena, prim.n * sizeof *pv);
	for (uint32_t i = 0; i < prim.n; i++)
		if (!resolve_place(L, r, "location", prim.v[i], &pv[i]))
			return -1;
	if (!classified) {
		bool tags_unknown = false;
		/* tags_all and effective_labels are computed (provider defaults): unknown on
		   every new resource, so only what the configuration sets counts */
		static const char *const tk[] = {"tags", "labels"};
		for (size_t i = 0; i < ARRAY_LEN(tk); i++)
			tags_unknown |= unknown_whole(r, tk[i]) ||
					json_is_true(json_object_get(json_object_get(r->unknown, tk[i]), L->class_tag));
		if (tags_unknown)
			tf_note(L, r, "unclassified", SEV_ERROR,
				aprintf(L, "holds data, and its tags are unknown until apply, so its data "
					"classes (tag '%s') cannot be read; classify it with a --classes entry",
					L->class_tag));
		else
			tf_note(L, r, "unclassified", L->require_classes ? SEV_ERROR : SEV_WARNING,
				aprintf(L, "holds data but has no data classes (tag '%s' or a --classes entry)",
					L->class_tag));
	}
	struct plan_store *s = plan_add_store(L->pl);
	s->name = s->address = arena_strdup(&L->pl->arena, r->address);
	s->pos = r->pos;
	s->primary = pv;
	s->nprimary = prim.n;
	s->classes = cls;
	s->attrs = arena_alloc(&L->pl->arena, sizeof *s->attrs);
	s->attrs[0].name = "type";
	s->attrs[0].val.kind = VAL_STR;
	s->attrs[0].val.s = arena_strdup(&L->pl->arena, r->type);
	s->nattrs = 1;
	store_facts(L, r, s, entry);
	r->store = (int32_t)(L->pl->nstores - 1);
	return r->store;
}

/* Is field of the first block of attr unknown until apply? */
static bool unknown_in_block(const struct tf_res *r, const char *attr, const char *field)
{
	json_t *u = json_object_get(r->unknown, attr);
	if (json_is_true(u))
		return true;
	json_t *b = json_is_array(u) ? json_array_get(u, 0) : u;
	json_t *f = json_object_get(b, field);
	return f && !json_is_false(f);
}

#define KMS_TYPES "aws_kms_key|aws_kms_replica_key|aws_kms_external_key|aws_kms_replica_external_key|google_kms_crypto_key"

/*
** The store's key location.  A known value wins: a key ARN (its region), an
** AWS key id or alias (a key of the store's own region), a Cloud KMS name
** (its locations/<loc>).  Otherwise the key resources the expression of attr
** refers to: all of them in one location gives that location, several
** locations give unknown (a conditional may pick either).  Otherwise, when
** the value is unknown until apply, unknown; else with own_default the
** store's own first location (provider-managed keys are regional), else no key.
*/
static void set_key(struct tfl *L, struct tf_res *r, const char *value, const char *attr,
		    bool value_unknown, bool own_default)
{
	if (r->store < 0)
		return;
	if ((size_t)r->store >= L->nkeytried) {
		size_t n = L->pl->nstores;
		L->keytried = xrealloc(L->keytried, n);
		memset(L->keytried + L->nkeytried, 0, n - L->nkeytried);
		L->nkeytried = n;
	}
	L->keytried[r->store] = true;
	const char *name = NULL, *why = "its key is unknown until apply", *reg;
	bool own = false;
	if (value) {
		if (r->cloud == CLOUD_AWS && (reg = arn_region(L, value)))
			name = aprintf(L, "aws:%s", reg);
		else if (r->cloud == CLOUD_AWS && !starts(value, "arn:"))
			own = true;	/* a key id or alias names a key of the store's region */
		else if (r->cloud == CLOUD_GCP && (reg = gcp_path_location(L, value)))
			name = gcp_name(L, reg, false);
		else
			why = aprintf(L, "its key '%s' names no location", value);
	} else {
		struct tf_res **keys;
		size_t nk = ref_attr(L, r, attr, KMS_TYPES, &keys);
		for (size_t i = 0; i < nk; i++) {
			struct tf_locs h = res_home(L, keys[i]);
			if (!h.n) {
				name = NULL;
				why = aprintf(L, "the location of %s is unknown: %s", keys[i]->address, h.why);
				break;
			}
			if (name && strcmp(name, h.v[0]) != 0) {
				name = NULL;
				why = aprintf(L, "its key is %s or %s, which are in different locations, "
					      "and which one is used is known only at apply",
					      keys[0]->address, keys[i]->address);
				break;
			}
			name = h.v[0];
		}
		xfree(keys);
		if (!nk && !value_unknown) {
			if (!own_default)
				return;
			own = true;
		}
	}
	struct plan_store *s = &L->pl->stores[r->store];
	if (own) {
		s->has_key = true;
		s->key = s->primary[0];
		return;
	}
	if (!name) {
		unknown_location(L, r, "the location of its encryption key", why);
		s->key_unknown = true;
		return;
	}
	struct place pl;
	if (resolve_place(L, r, "key location", name, &pl)) {
		s = &L->pl->stores[r->store];
		s->has_key = true;
		s->key = pl;
	} else {
		L->pl->stores[r->store].key_unknown = true;
	}
}

static bool azure_geo_type(const char *t)
{
	/* azurerm <= 2.x accepted any case */
	return t && (strcasecmp(t, "GRS") == 0 || strcasecmp(t, "RAGRS") == 0 || strcasecmp(t, "RA-GRS") == 0 ||
		     strcasecmp(t, "GZRS") == 0 || strcasecmp(t, "RAGZRS") == 0 || strcasecmp(t, "RA-GZRS") == 0);
}

/* A replica or backup at the Azure paired region of the store's location. */
static void azure_paired(struct tfl *L, struct tf_res *r, struct tf_locs home, bool backup,
			 const char *why)
{
	if (r->store < 0 || !home.n || !starts(home.v[0], "azure:"))
		return;
	const char *reg = home.v[0] + 6;
	const char *pair = azure_pair(reg);
	if (!pair) {
		unknown_location(L, r, backup ? "its geo-redundant backup location" :
				 "its geo-replica location",
				 aprintf(L, "%s, and region %s has no known pair", why, reg));
		return;
	}
	pend_place(L, r, r->store, backup, aprintf(L, "azure:%s", pair));
}

static int cmp_geo(const void *a, const void *b)
{
	json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "failover_priority"));
	json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "failover_priority"));
	return x < y ? -1 : x > y;
}

static void add_flow(struct tfl *L, struct tf_res *owner, const char *name, int32_t from,
		     const struct place *from_place, int32_t to);
static void copy_source(struct tfl *L, struct tf_res *r, const struct cat_row *row);

/* Does s contain w, ignoring ASCII case? */
static bool ci_contains(const char *s, const char *w)
{
	size_t n = strlen(w);
	for (; *s; s++)
		if (strncasecmp(s, w, n) == 0)
			return true;
	return false;
}

/*
** A store from its catalog row: location, encryption at rest, key
** (provider-managed keys: the store's own region), replicas, Azure pair,
** copy source.  Unknown values that decide where data is or whether a copy
** exists are unknown-location, as everywhere.
*/
static void build_row_store(struct tfl *L, struct tf_res *r, const struct cat_row *row)
{
	struct tf_locs all = res_home(L, r), prim = all;
	if (row->loc == LOC_LIST && all.n > 1)
		prim.n = 1;	/* the first is the primary, the others its replicas */
	if (make_store(L, r, prim) < 0)
		return;
	for (uint32_t i = prim.n; i < all.n; i++)
		pend_place(L, r, r->store, false, all.v[i]);
	struct plan_store *s = &L->pl->stores[r->store];
	char head[128];
	switch (row->enc) {
	case ENC_NEVER: s->enc_at_rest = false; break;
	case ENC_ALWAYS: s->enc_at_rest = true; break;
	case ENC_TRUE: s->enc_at_rest = json_is_true(path_json(r->after, row->enc_path)); break;
	case ENC_SET: s->enc_at_rest = path_str(r->after, row->enc_path) != NULL ||
			unknown_deep(r, path_head(row->enc_path, head, sizeof head), path_leaf(row->enc_path));
		break;
	case ENC_EQ: {
		const char *v = path_str(r->after, row->enc_path);
		s->enc_at_rest = v && strcmp(v, row->enc_value) == 0;
		break;
	}
	}
	if (s->enc_at_rest) {
		if (row->key_path) {
			path_head(row->key_path, head, sizeof head);
			set_key(L, r, path_str(r->after, row->key_path), head,
				unknown_deep(r, head, path_leaf(row->key_path)), true);
		} else {
			s->has_key = true;	/* a provider-managed key, in the store's region */
			s->key = s->primary[0];
		}
	}
	if (row->replicas) {
		path_head(row->replicas, head, sizeof head);
		json_t *list = json_object_get(r->after, head);
		if (!json_array_size(list) && unknown_whole(r, head))
			unknown_location(L, r, "its replicas", aprintf(L, "the %s blocks are unknown until apply", head));
		size_t i;
		json_t *e;
		json_array_foreach(list, i, e) {
			const char *v = jstr(e, path_leaf(row->replicas));
			if (v)
				pend_place(L, r, r->store, false, cloud_loc(L, r->cloud, v, false));
			else
				unknown_location(L, r, r->cloud == CLOUD_AWS ? "the region of a replica" :
						 "the location of a replica", "it is unknown until apply");
		}
	}
	const char *pv;
	switch (row->pair) {
	case PAIR_NONE: break;
	case PAIR_REPLICA:
		azure_paired(L, r, all, false, "Azure replicates it to the paired region");
		break;
	case PAIR_BACKUP_TRUE:
		if (jtrue(r->after, row->pair_path))
			azure_paired(L, r, all, true, aprintf(L, "%s is true", row->pair_path));
		else if (unknown_attr(r, row->pair_path))
			unknown_location(L, r, "its geo-redundant backup", aprintf(L, "%s is unknown until apply", row->pair_path));
		break;
	case PAIR_REPLICA_GEO:
		pv = jstr(r->after, row->pair_path);
		if (azure_geo_type(pv))
			azure_paired(L, r, all, false, aprintf(L, "%s is %s", row->pair_path, pv));
		else if (!pv && unknown_attr(r, row->pair_path))
			unknown_location(L, r, "its replication", aprintf(L, "%s is unknown until apply", row->pair_path));
		break;
	case PAIR_BACKUP_GRS:
		pv = jstr(r->after, row->pair_path);
		if (!pv && unknown_attr(r, row->pair_path))
			unknown_location(L, r, "its geo-redundant backup", aprintf(L, "%s is unknown until apply", row->pair_path));
		else if (!pv || ci_contains(pv, "GRS") || ci_contains(pv, "GZRS") || ci_contains(pv, "Geo"))
			azure_paired(L, r, all, true, "its backups are geo-redundant");
		break;
	}
	if (row->copy != COPY_NONE)
		copy_source(L, r, row);
}

/*
** A copy made from a source elsewhere (snapshot and image copies): a flow
** from the source's region to the copy's store, named ADDRESS.ATTRIBUTE.
*/
static void copy_source(struct tfl *L, struct tf_res *r, const struct cat_row *row)
{
	const char *v = jstr(r->after, row->copy_path), *reg = NULL;
	const char *flow = aprintf(L, "%s.%s", r->address, row->copy_path);
	if (row->copy == COPY_REGION)
		reg = v;
	else if (v)
		reg = starts(v, "arn:") ? arn_region(L, v) : NULL;
	if (!reg && v && row->copy == COPY_ARN && !starts(v, "arn:")) {
		/* a bare identifier names a source in the region the copy is made from:
		   the resource's (provider's) region */
		struct tf_locs h = aws_home(L, r);
		struct place pl;
		if (!h.n)
			unknown_location(L, r, "the location of its copy source", h.why);
		else if (resolve_place(L, r, "copy source", h.v[0], &pl))
			add_flow(L, r, flow, -1, &pl, r->store);
		return;
	}
	if (!reg) {
		struct tf_locs h = via_ref(L, r, row->copy_path, v ? aprintf(L, "'%s' names no region", v) :
					   aprintf(L, "%s is unknown until apply", row->copy_path));
		if (!h.n) {
			unknown_location(L, r, "the location of its copy source", h.why);
			return;
		}
		struct place pl;
		if (resolve_place(L, r, "copy source", h.v[0], &pl))
			add_flow(L, r, flow, -1, &pl, r->store);
		return;
	}
	struct place pl;
	if (resolve_place(L, r, "copy source", aprintf(L, "aws:%s", reg), &pl))
		add_flow(L, r, flow, -1, &pl, r->store);
}

static void build_aws_store(struct tfl *L, struct tf_res *r)
{
	const char *t = r->type;
	json_t *a = r->after;
	if (make_store(L, r, res_home(L, r)) < 0)
		return;
	struct plan_store *s = &L->pl->stores[r->store];
	if (strcmp(t, "aws_s3_bucket") == 0) {
		json_t *sse = jblock(jblock(jblock(a, "server_side_encryption_configuration"), "rule"),
				     "apply_server_side_encryption_by_default");
		const char *alg = jstr(sse, "sse_algorithm");
		s->enc_at_rest = alg != NULL;
		if (alg && starts(alg, "aws:kms"))
			set_key(L, r, jstr(sse, "kms_master_key_id"), "server_side_encryption_configuration",
				unknown_deep(r, "server_side_encryption_configuration", "kms_master_key_id"), true);

	} else if (strcmp(t, "aws_dynamodb_table") == 0) {
		s->enc_at_rest = true;	/* always, with an AWS owned key by default */
		json_t *sse = jblock(a, "server_side_encryption");
		if (jtrue(sse, "enabled"))
			set_key(L, r, jstr(sse, "kms_key_arn"), "server_side_encryption",
				unknown_in_block(r, "server_side_encryption", "kms_key_arn"), true);
		size_t i;
		json_t *rep;
		if (unknown_whole(r, "replica") && !json_array_size(json_object_get(a, "replica")))
			unknown_location(L, r, "its replicas", "the replica blocks are unknown until apply");
		json_array_foreach(json_object_get(a, "replica"), i, rep) {
			const char *rn = jstr(rep, "region_name");
			if (rn)
				pend_place(L, r, r->store, false, aprintf(L, "aws:%s", rn));
			else
				unknown_location(L, r, "the region of a replica", "region_name is unknown until apply");
		}
	} else if (strcmp(t, "aws_sqs_queue") == 0) {
		const char *k = jstr(a, "kms_master_key_id");
		s->enc_at_rest = jtrue(a, "sqs_managed_sse_enabled") || k;
		if (k || unknown_attr(r, "kms_master_key_id"))
			set_key(L, r, k, "kms_master_key_id", unknown_attr(r, "kms_master_key_id"), true);
	}
}

/*
** Cloud SQL backups with no location go to the multi-region nearest the
** instance (gcloud: "stored in the closest multi-region location to you by
** default"): EU for europe-*, US for us-*, ASIA for asia-*; elsewhere the
** multi-region is not documented, so the location is unknown.
*/
static void cloudsql_default_backup(struct tfl *L, struct tf_res *r)
{
	const char *reg = r->home.n ? r->home.v[0] : "";
	const char *multi = plan_gcp_sql_backup_multi(reg);
	if (multi)
		pend_place(L, r, r->store, true, multi);
	else
		unknown_location(L, r, "its backup location",
				 aprintf(L, "backups are enabled without a location, and the multi-region "
					 "nearest %s is not documented", *reg ? reg + 4 : "its region"));
}

static void build_gcp_store(struct tfl *L, struct tf_res *r)
{
	const char *t = r->type;
	json_t *a = r->after;
	struct tf_locs all = res_home(L, r), prim = all;
	/* Secret Manager user-managed replicas and Pub/Sub persistence regions
	   are copies of one secret or message: the first is the primary, the
	   others replicas, so each copy is a transfer */
	bool copies = strcmp(t, "google_secret_manager_secret") == 0 || strcmp(t, "google_pubsub_topic") == 0 ||
		      strcmp(t, "google_spanner_instance") == 0;
	if (copies && all.n > 1)
		prim.n = 1;
	if (make_store(L, r, prim) < 0)
		return;
	for (uint32_t i = prim.n; i < all.n; i++)
		pend_place(L, r, r->store, false, all.v[i]);
	L->pl->stores[r->store].enc_at_rest = true;	/* Google encrypts all data at rest */
	if (strcmp(t, "google_storage_bucket") == 0) {
		const char *k = jstr(jblock(a, "encryption"), "default_kms_key_name");
		if (k || unknown_in_block(r, "encryption", "default_kms_key_name"))
			set_key(L, r, k, "encryption", true, false);
	} else if (strcmp(t, "google_bigquery_dataset") == 0) {
		const char *k = jstr(jblock(a, "default_encryption_configuration"), "kms_key_name");
		if (k || jblock(a, "default_encryption_configuration"))
			set_key(L, r, k, "default_encryption_configuration", true, false);
	} else if (strcmp(t, "google_pubsub_topic") == 0) {
		const char *k = jstr(a, "kms_key_name");
		if (k || unknown_attr(r, "kms_key_name"))
			set_key(L, r, k, "kms_key_name", true, false);
	} else if (strcmp(t, "google_sql_database_instance") == 0) {
		const char *k = jstr(a, "encryption_key_name");
		if (k || unknown_attr(r, "encryption_key_name"))
			set_key(L, r, k, "encryption_key_name", true, false);
		json_t *bc = jblock(jblock(a, "settings"), "backup_configuration");
		const char *bl = jstr(bc, "location");
		json_t *en = json_object_get(bc, "enabled");
		if (bc && !json_is_false(en)) {
			if (bl)
				pend_place(L, r, r->store, true, gcp_name(L, bl, true));
			else if (unknown_deep(r, "settings", "location"))
				unknown_location(L, r, "its backup location", "it is unknown until apply");
			else
				cloudsql_default_backup(L, r);
		} else if (!bc && unknown_deep(r, "settings", "backup_configuration")) {
			unknown_location(L, r, "its backups", "backup_configuration is unknown until apply");
		}
	}
}

static void build_azure_store(struct tfl *L, struct tf_res *r)
{
	const char *t = r->type;
	json_t *a = r->after;
	struct tf_locs home = res_home(L, r);
	if (strcmp(t, "azurerm_cosmosdb_account") == 0) {
		/* data lives at the geo_locations: priority 0 is the write region */
		json_t *geo = json_object_get(a, "geo_location");
		size_t n = json_array_size(geo);
		if (n) {
			json_t **v = xmalloc(n * sizeof *v);
			for (size_t i = 0; i < n; i++)
				v[i] = json_array_get(geo, i);
			qsort(v, n, sizeof *v, cmp_geo);	/* ties keep no meaning; priorities are unique */
			const char *l0 = jstr(v[0], "location");
			struct tf_locs prim = {0};
			uint32_t cap = 0;
			if (l0)
				locs_add(L, &prim, azure_name(L, l0), &cap);
			else
				prim.why = "the location of its first geo_location is unknown until apply";
			if (make_store(L, r, prim) >= 0) {
				for (size_t i = 1; i < n; i++) {
					const char *li = jstr(v[i], "location");
					if (li)
						pend_place(L, r, r->store, false, azure_name(L, li));
					else
						unknown_location(L, r, "a geo_location", "it is unknown until apply");
				}
			}
			xfree(v);
		} else if (unknown_whole(r, "geo_location")) {
			make_store(L, r, locs_unknown("its geo_location blocks are unknown until apply"));
		} else {
			make_store(L, r, home);
		}
		if (r->store >= 0)
			L->pl->stores[r->store].enc_at_rest = true;
		return;
	}
	if (make_store(L, r, home) < 0)
		return;
	struct plan_store *s = &L->pl->stores[r->store];
	s->enc_at_rest = true;	/* SQL TDE: on by default */
	if (strcmp(t, "azurerm_mssql_database") == 0) {
		const char *sat = jstr(a, "storage_account_type");
		json_t *tde = json_object_get(a, "transparent_data_encryption_enabled");
		s->enc_at_rest = !json_is_false(tde);
		if (!sat || strcmp(sat, "Geo") == 0 || strcmp(sat, "GeoZone") == 0)
			azure_paired(L, r, home, true, "backups are geo-redundant");
	}
}

/* ================================================================ relations */

/* The stores of bucket ARNs / names in the plan, by literal or by reference. */
static int32_t s3_store_of(struct tfl *L, const char *arn_or_name)
{
	const char *n = arn_or_name;
	if (starts(n, "arn:"))
		n = strstr(n, ":::") ? strstr(n, ":::") + 3 : last_field(n);
	struct tf_res *b = smap_get(&L->s3_by_name, n);
	return b ? b->store : -1;
}

static void add_flow(struct tfl *L, struct tf_res *owner, const char *name, int32_t from,
		     const struct place *from_place, int32_t to)
{
	struct bits cls;
	struct cf_entry *e = NULL;
	bool own = owner->store < 0 && res_classes(L, owner, name, &cls, &e);
	int32_t src = from >= 0 ? from : to;
	if (!own)
		cls = L->pl->stores[src].classes;
	/* mechanisms, subjects, encryption in transit: the flow's own entry, else
	   those of the store it copies (a store's attestations cover its copies) */
	const struct plan_store *ss = from >= 0 ? &L->pl->stores[from] : NULL;
	struct plan_flow *f = plan_add_flow(L->pl);
	if (e) {
		cf_flow_facts(e, L->pl, f);
	} else if (ss) {
		plan_flow_set_mechs(L->pl, f, ss->mechs, ss->nmechs);
		plan_flow_set_subjects(L->pl, f, ss->subjects);
		f->enc_in_transit = ss->enc_in_transit;
	}
	f->name = arena_strdup(&L->pl->arena, name);
	plan_flow_cold_mut(L->pl, f)->address = arena_strdup(&L->pl->arena, owner->address);
	f->pos = owner->pos;
	f->from.store = from;
	if (from < 0 && from_place)
		f->from.place = *from_place;
	f->to.store = to;
	plan_flow_set_classes(L->pl, f, &cls);
}

/*
** Replication destinations (S3): known bucket ARNs in the after values under
** attr plus the aws_s3_bucket resources its expression refers to.
*/
static void s3_replication(struct tfl *L, struct tf_res *r, int32_t src, json_t *rules,
			   const char *attr, const char *flow_base)
{
	struct storeset dst;
	sset_init(L, &dst);
	bool unresolved = false;
	const char *missing = NULL;
	size_t i;
	json_t *rule;
	json_array_foreach(rules, i, rule) {
		json_t *dest = jblock(rule, "destination");
		const char *b = jstr(dest, "bucket");
		if (!b) {
			unresolved = true;
			continue;
		}
		int32_t s = s3_store_of(L, b);
		if (s < 0) {
			if (!smap_get(&L->s3_by_name, starts(b, "arn:") && strstr(b, ":::") ? strstr(b, ":::") + 3 : b))
				missing = b;
			continue;
		}
		sset_add(L, &dst, s);
	}
	if (unresolved || (!dst.n && json_array_size(rules))) {
		struct tf_res **refs;
		size_t nr = ref_attr(L, r, attr, "aws_s3_bucket", &refs);
		for (size_t j = 0; j < nr; j++) {
			int32_t s = refs[j]->store;
			if (s < 0 || s == src)
				continue;	/* a bucket without a store got its own note */
			sset_add(L, &dst, s);
		}
		xfree(refs);
		if (!dst.n && !missing)
			unknown_location(L, r, "its replication destination",
					 "the destination bucket is unknown until apply and names no bucket of the plan");
	}
	if (missing)
		unknown_location(L, r, "its replication destination",
				 aprintf(L, "bucket '%s' is not in the plan", missing));
	for (size_t j = 0; j < dst.n; j++) {
		const char *name = dst.n == 1 ? flow_base : aprintf(L, "%s#%zu", flow_base, j + 1);
		add_flow(L, r, name, src, NULL, dst.v[j]);
	}
	xfree(dst.v);
}

/*
** A store replicated from a source named by identifier or ARN: a flow from
** the source store (or, outside the plan, the ARN's region) to r's store.
*/
static void replica_of(struct tfl *L, struct tf_res *r, const char *attr, const char *types,
		       struct smap *by_id)
{
	const char *v = jstr(r->after, attr);
	if (r->store < 0 || (!v && !unknown_attr(r, attr)))
		return;
	const char *flow = aprintf(L, "%s.%s", r->address, attr);
	struct tf_res *src = ref_one(L, r, attr, types);
	if (!src && v)
		src = smap_get(by_id, last_field(v));
	if (src && src->store >= 0) {
		add_flow(L, r, flow, src->store, NULL, r->store);
		return;
	}
	if (src) {
		unknown_location(L, r, "the location of its replication source",
				 aprintf(L, "%s has no known location", src->address));
		return;
	}
	const char *reg = arn_region(L, v);
	struct place pl;
	if (reg && r->cloud == CLOUD_AWS) {
		if (resolve_place(L, r, "replication source", aprintf(L, "aws:%s", reg), &pl))
			add_flow(L, r, flow, -1, &pl, r->store);
		return;
	}
	unknown_location(L, r, "the location of its replication source",
			 v ? aprintf(L, "'%s' is not in the plan", v) : "it is unknown until apply");
}

/* aws_backup_selection: the selected stores get the plan's vault and copy regions. */
static void backup_selection(struct tfl *L, struct tf_res *r)
{
	struct tf_res *plan = ref_one(L, r, "plan_id", "aws_backup_plan");
	if (!plan)
		return;
	struct storeset stores;
	sset_init(L, &stores);
	struct tf_res **refs;
	size_t nr = ref_attr(L, r, "resources",
			     "aws_db_instance|aws_rds_cluster|aws_dynamodb_table|aws_efs_file_system|"
			     "aws_ebs_volume|aws_s3_bucket|aws_redshift_cluster|aws_docdb_cluster|aws_neptune_cluster",
			     &refs);
	for (size_t i = 0; i < nr; i++)
		sset_add(L, &stores, refs[i]->store);
	xfree(refs);
	size_t i;
	json_t *arn;
	json_array_foreach(json_object_get(r->after, "resources"), i, arn) {
		const char *a = json_string_value(arn);
		int32_t s = -1;
		struct tf_res *t = NULL;
		if (!a)
			continue;
		if (starts(a, "arn:aws:s3:"))
			s = s3_store_of(L, a);
		else if (starts(a, "arn:aws:rds:") && (t = smap_get(&L->db_by_id, last_field(a))))
			s = t->store;
		else if (starts(a, "arn:aws:dynamodb:") && (t = smap_get(&L->ddb_by_name, last_field(a))))
			s = t->store;
		sset_add(L, &stores, s);
	}
	if (!stores.n) {
		xfree(stores.v);
		return;
	}
	/* places: the target vault (the plan's region) and every copy destination
	   (attach_pending removes repeats) */
	const char **places = NULL;
	size_t np = 0, cap = 0;
	struct tf_locs h = res_home(L, plan);
	if (h.n)
		*VEC_PUSH(places, np, cap) = h.v[0];
	bool unknown = false;
	json_t *rule;
	json_array_foreach(json_object_get(plan->after, "rule"), i, rule) {
		size_t j;
		json_t *ca;
		json_array_foreach(json_object_get(rule, "copy_action"), j, ca) {
			const char *reg = arn_region(L, jstr(ca, "destination_vault_arn"));
			if (reg)
				*VEC_PUSH(places, np, cap) = aprintf(L, "aws:%s", reg);
			else
				unknown = true;
		}
	}
	if (unknown) {
		struct tf_res **vaults;
		size_t nv = ref_attr(L, plan, "rule", "aws_backup_vault", &vaults);
		size_t found = 0;
		for (size_t j = 0; j < nv; j++) {
			struct tf_locs vh = res_home(L, vaults[j]);
			if (vh.n) {
				*VEC_PUSH(places, np, cap) = vh.v[0];
				found++;
			}
		}
		xfree(vaults);
		if (!found)
			unknown_location(L, plan, "the region of a copy_action destination vault",
					 "destination_vault_arn is unknown until apply and names no vault of the plan");
	}
	if (!h.n)
		unknown_location(L, plan, "its backup vault region", h.why);
	for (size_t s = 0; s < stores.n; s++)
		for (size_t p = 0; p < np; p++)
			pend_place(L, plan, stores.v[s], true, places[p]);
	xfree(places);
	xfree(stores.v);
}

/*
** Aurora global database: the member clusters (aws_rds_cluster whose
** global_cluster_identifier refers to or names r) copy each other's data.
** With source_db_cluster_identifier naming a member, that member is the
** primary and copies go from it to the others; otherwise any member can
** become the writer (switchover, failover), so copies go both ways between
** every pair.  Aurora allows at most 10 secondary regions.
*/
#define TF_MAX_GLOBAL_MEMBERS 16
static void global_cluster(struct tfl *L, struct tf_res *r)
{
	size_t n = 0;
	struct tf_res *prim = NULL;
	const char *src = jstr(r->after, "source_db_cluster_identifier");
	for (struct tf_res *m = r->gmembers; m; m = m->gnext) {
		n++;
		if (src && (strcmp(last_field(src), jstr(m->after, "cluster_identifier") ? jstr(m->after, "cluster_identifier") : "") == 0))
			prim = m;
	}
	if (!prim && !src && unknown_attr(r, "source_db_cluster_identifier"))
		prim = ref_one(L, r, "source_db_cluster_identifier", "aws_rds_cluster");
	if (n > TF_MAX_GLOBAL_MEMBERS) {
		unknown_location(L, r, "the copies between its member clusters",
				 aprintf(L, "it has %zu members; Aurora allows at most 11", n));
		return;
	}
	size_t k = 0, total = 0;
	for (struct tf_res *a = r->gmembers; a; a = a->gnext)
		for (struct tf_res *b = r->gmembers; b; b = b->gnext)
			if (a != b && a->store >= 0 && b->store >= 0 && (!prim || a == prim))
				total++;
	for (struct tf_res *a = r->gmembers; a; a = a->gnext)
		for (struct tf_res *b = r->gmembers; b; b = b->gnext) {
			if (a == b || a->store < 0 || b->store < 0 || (prim && a != prim))
				continue;
			k++;
			const char *name = total == 1 ? r->address : aprintf(L, "%s#%zu", r->address, k);
			add_flow(L, r, name, a->store, NULL, b->store);
		}
}

/* The global cluster an aws_rds_cluster belongs to: by reference, else by identifier. */
static void link_global_members(struct tfl *L)
{
	struct smap by_id = {0};
	for (size_t i = 0; i < L->nres; i++) {
		struct tf_res *g = L->res[i];
		const char *id;
		if (strcmp(g->type, "aws_rds_global_cluster") == 0 && (id = jstr(g->after, "global_cluster_identifier")))
			smap_put(&by_id, id, g);
	}
	for (size_t i = 0; i < L->nres; i++) {
		struct tf_res *m = L->res[i];
		if (strcmp(m->type, "aws_rds_cluster") != 0)
			continue;
		const char *id = jstr(m->after, "global_cluster_identifier");
		bool unk = !id && unknown_attr(m, "global_cluster_identifier");
		if (!id && !unk)
			continue;
		struct tf_res *g = ref_one(L, m, "global_cluster_identifier", "aws_rds_global_cluster");
		if (!g && id)
			g = smap_get(&by_id, id);
		if (!g) {
			if (m->store >= 0)
				unknown_location(L, m, "the other members of its global database",
						 id ? aprintf(L, "global cluster '%s' is not in the plan", id) :
						      "global_cluster_identifier is unknown until apply");
			continue;
		}
		m->gnext = NULL;
		if (g->gtail)
			g->gtail->gnext = m;
		else
			g->gmembers = m;
		g->gtail = m;
	}
	smap_free(&by_id);
}

/* aws_efs_replication_configuration: replicas of the source file system. */
static void efs_replication(struct tfl *L, struct tf_res *r)
{
	struct tf_res *fs = ref_one(L, r, "source_file_system_id", "aws_efs_file_system");
	if (!fs || fs->store < 0) {
		if (!fs)
			unknown_location(L, r, "its source file system", "it is not in the plan");
		return;
	}
	json_t *dests = json_object_get(r->after, "destination");
	if (!json_array_size(dests)) {
		unknown_location(L, r, "its destination", unknown_whole(r, "destination") ?
				 "the destination block is unknown until apply" : "it has no destination");
		return;
	}
	size_t i;
	json_t *d;
	json_array_foreach(dests, i, d) {
		const char *reg = jstr(d, "region");
		if (reg) {
			pend_place(L, r, fs->store, false, aprintf(L, "aws:%s", reg));
			continue;
		}
		if (json_is_null(json_object_get(d, "region")) || !json_object_get(d, "region")) {
			if (!unknown_deep(r, "destination", "region")) {
				struct tf_locs h = res_home(L, r);	/* no region: the provider's */
				if (h.n)
					pend_place(L, r, fs->store, false, h.v[0]);
				else
					unknown_location(L, r, "its destination region", h.why);
				continue;
			}
		}
		unknown_location(L, r, "its destination region", "it is unknown until apply");
	}
}

/*
** AWS provider 4 and later declare aws_s3_bucket's inline blocks computed:
** Terraform shows them all unknown on every new bucket, set or not, and the
** separate aws_s3_bucket_* resources (judged on their own) fill them.  Such
** a bucket shows versioning and server_side_encryption_configuration unknown
** as well; a provider 3 bucket (blocks not computed) whose
** replication_configuration alone is unknown comes from a dynamic block.
*/
static bool s3_computed_shape(const struct tf_res *r)
{
	return unknown_whole(r, "versioning") && unknown_whole(r, "server_side_encryption_configuration");
}

static void relations(struct tfl *L, struct tf_res *r)
{
	const char *t = r->type;
	json_t *a = r->after;
	if (strcmp(t, "aws_s3_bucket") == 0 && r->store >= 0) {
		json_t *rc = jblock(a, "replication_configuration");
		if (!rc && unknown_whole(r, "replication_configuration") && !s3_computed_shape(r))
			unknown_location(L, r, "its replication destination",
					 "replication_configuration is unknown until apply");
		else if (rc && !json_array_size(json_object_get(rc, "rules")) && unknown_deep(r, "replication_configuration", "rules"))
			unknown_location(L, r, "its replication destination",
					 "the replication rules are unknown until apply");
		if (rc)
			s3_replication(L, r, r->store, json_object_get(rc, "rules"),
				       "replication_configuration",
				       aprintf(L, "%s.replication_configuration", r->address));
	} else if (strcmp(t, "aws_s3_bucket_replication_configuration") == 0) {
		const char *b = jstr(a, "bucket");
		int32_t src = b ? s3_store_of(L, b) : -1;
		struct tf_res *sr = src < 0 ? ref_one(L, r, "bucket", "aws_s3_bucket") : NULL;
		if (sr)
			src = sr->store;
		if (src < 0) {
			if (!sr)	/* a bucket of the plan without a store has its own note */
				unknown_location(L, r, "its source bucket",
						 b ? aprintf(L, "bucket '%s' is not in the plan", b) :
						     "the bucket is unknown until apply");
			return;
		}
		if (!json_array_size(json_object_get(a, "rule")) && unknown_whole(r, "rule")) {
			unknown_location(L, r, "its replication destination",
					 "the replication rules are unknown until apply");
			return;
		}
		s3_replication(L, r, src, json_object_get(a, "rule"), "rule", r->address);
	} else if (strcmp(t, "aws_s3_bucket_server_side_encryption_configuration") == 0) {
		const char *b = jstr(a, "bucket");
		struct tf_res *br = ref_one(L, r, "bucket", "aws_s3_bucket");
		if (!br && b)
			br = smap_get(&L->s3_by_name, b);
		if (!br || br->store < 0)
			return;
		json_t *sse = jblock(jblock(a, "rule"), "apply_server_side_encryption_by_default");
		const char *alg = jstr(sse, "sse_algorithm");
		if (!alg)
			return;
		L->pl->stores[br->store].enc_at_rest = true;
		if (starts(alg, "aws:kms")) {
			/* the key expression sits in this resource's configuration */
			struct tf_res tmp = *r;
			tmp.store = br->store;
			set_key(L, &tmp, jstr(sse, "kms_master_key_id"), "rule",
				unknown_deep(r, "rule", "kms_master_key_id"), true);
		}
	} else if (strcmp(t, "aws_db_instance") == 0) {
		replica_of(L, r, "replicate_source_db", "aws_db_instance", &L->db_by_id);
	} else if (strcmp(t, "aws_rds_cluster") == 0) {
		replica_of(L, r, "replication_source_identifier", "aws_rds_cluster|aws_db_instance",
			   &L->db_by_id);
	} else if (strcmp(t, "google_sql_database_instance") == 0) {
		replica_of(L, r, "master_instance_name", "google_sql_database_instance", &L->sql_by_name);
	} else if (strcmp(t, "aws_dynamodb_table_replica") == 0) {
		struct tf_res *tb = ref_one(L, r, "global_table_arn", "aws_dynamodb_table");
		const char *arn = jstr(a, "global_table_arn");
		if (!tb && arn)
			tb = smap_get(&L->ddb_by_name, last_field(arn));
		struct tf_locs h = res_home(L, r);
		if (!tb || !h.n) {
			unknown_location(L, r, "its table or region",
					 !h.n ? h.why : "the table is not in the plan");
			return;
		}
		pend_place(L, r, tb->store, false, h.v[0]);
	} else if (strcmp(t, "aws_backup_selection") == 0) {
		backup_selection(L, r);
	} else if (strcmp(t, "aws_rds_global_cluster") == 0) {
		global_cluster(L, r);
	} else if (strcmp(t, "aws_efs_replication_configuration") == 0) {
		efs_replication(L, r);
	} else if (strcmp(t, "aws_db_instance_automated_backups_replication") == 0) {
		struct tf_res *db = ref_one(L, r, "source_db_instance_arn", "aws_db_instance");
		const char *arn = jstr(a, "source_db_instance_arn");
		if (!db && arn)
			db = smap_get(&L->db_by_id, last_field(arn));
		struct tf_locs h = res_home(L, r);
		if (!db || !h.n) {
			unknown_location(L, r, "its source database or region",
					 !h.n ? h.why : "the source database is not in the plan");
			return;
		}
		pend_place(L, r, db->store, true, h.v[0]);
	}
}

/*
** A store encrypted at rest for which no key was named (SSE-S3, DynamoDB's
** AWS owned key, Google default encryption, Azure platform-managed keys)
** uses a provider-managed key, which is regional: its key is in the store's
** own (first) location, so `key colocated` and `key in R` mean the same on
** every provider.  A store with no encryption declares no key.
*/
static void provider_keys(struct tfl *L)
{
	for (uint32_t i = 0; i < L->pl->nstores; i++) {
		struct plan_store *s = &L->pl->stores[i];
		if (s->enc_at_rest && !s->has_key && !(i < L->nkeytried && L->keytried[i]) && s->nprimary) {
			s->has_key = true;
			s->key = s->primary[0];
		}
	}
}

static int cmp_pend(const void *a, const void *b)
{
	const struct tf_pend *x = a, *y = b;
	if (x->store != y->store)
		return x->store < y->store ? -1 : 1;
	if (x->backup != y->backup)
		return x->backup ? 1 : -1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static bool same_place(struct place a, struct place b)
{
	return a.kind == b.kind && (a.kind == PLACE_COUNTRY ? a.country == b.country : a.loc == b.loc);
}

/* Attach the pending replicas and backups to their stores (deduplicated). */
static void attach_pending(struct tfl *L)
{
	if (!L->npend)
		return;
	qsort(L->pend, L->npend, sizeof *L->pend, cmp_pend);
	for (size_t i = 0; i < L->npend;) {
		size_t j = i;
		while (j < L->npend && L->pend[j].store == L->pend[i].store &&
		       L->pend[j].backup == L->pend[i].backup)
			j++;
		struct plan_store *s = &L->pl->stores[L->pend[i].store];
		struct plan_placeref *v = arena_alloc(&L->pl->arena, (j - i) * sizeof *v);
		uint32_t n = 0;
		for (size_t k = i; k < j; k++) {
			bool dup = false;
			for (uint32_t m = 0; m < n && !dup; m++)
				dup = same_place(v[m].place, L->pend[k].pr.place);
			if (!dup)
				v[n++] = L->pend[k].pr;
		}
		if (L->pend[i].backup) {
			s->backups = v;
			s->nbackups = n;
		} else {
			s->replicas = v;
			s->nreplicas = n;
		}
		i = j;
	}
}

/*
** Resource addresses and values end up in reports (text, Markdown, GitHub
** annotations) printed to terminals and CI logs: an escape sequence there
** would drive the terminal.  Real plans never hold control characters in
** these strings, so one is an error (the YAML loader refuses them too).
*/
static bool has_control(const char *s)
{
	for (; s && *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return true;
	return false;
}

static void refuse_control_chars(struct tfl *L)
{
	const struct rsd_plan *pl = L->pl;
	for (uint32_t i = 0; i < pl->nstores; i++)
		if (has_control(pl->stores[i].name) || has_control(pl->stores[i].address)) {
			tf_error(L, pl->stores[i].pos, "control characters in the resource address of a store");
			return;
		}
	for (uint32_t i = 0; i < pl->nflows; i++)
		if (has_control(pl->flows[i].name) || has_control(plan_flow_cold(pl, &pl->flows[i])->address)) {
			tf_error(L, pl->flows[i].pos, "control characters in the resource address of a flow");
			return;
		}
	for (uint32_t i = 0; i < pl->nnotes; i++)
		if (has_control(pl->notes[i].fact) || has_control(pl->notes[i].message)) {
			tf_error(L, pl->notes[i].pos, "control characters in a resource address or value");
			return;
		}
}

/* ================================================================ loading */

static void add_res(struct tfl *L, const char *address, const char *type, json_t *after,
		    json_t *unknown, json_t *sensitive)
{
	struct tf_res *r = arena_alloc(&L->work, sizeof *r);
	r->address = address;
	r->type = type;
	r->cloud = cloud_of(type);
	r->after = after;
	r->unknown = json_is_object(unknown) ? unknown : NULL;
	r->all_unknown = json_is_true(unknown);
	r->sensitive = json_is_object(sensitive) ? sensitive : NULL;
	r->store = -1;
	size_t ml = modinst_len(address);
	r->modinst = arena_strndup(&L->work, address, ml);
	char *mp = strip_keys(address, ml);
	r->modpath = adup(L, mp);
	xfree(mp);
	/* the dot after the module prefix; none in a malformed address such
	   as "module.a[x" (an unclosed key runs to the end) */
	const char *rp = address + ml + (address[ml] == '.' ? 1 : 0);
	char *ra = strip_keys(rp, strlen(rp));
	r->cfgaddr = *r->modpath ? aprintf(L, "%s.%s", r->modpath, ra) : adup(L, ra);
	xfree(ra);
	r->cfg = smap_get(&L->cfg_res, r->cfgaddr);
	smap_put(&L->by_addr, address, r);
	struct tf_res *head = smap_get(&L->by_cfg, r->cfgaddr);
	if (head) {
		r->next_cfg = head->next_cfg;
		head->next_cfg = r;
	} else {
		smap_put(&L->by_cfg, r->cfgaddr, r);
	}
	const char *v;
	if (strcmp(type, "aws_s3_bucket") == 0 && (v = jstr(after, "bucket")))
		smap_put(&L->s3_by_name, v, r);
	else if (type_in(type, "aws_db_instance") && (v = jstr(after, "identifier")))
		smap_put(&L->db_by_id, v, r);
	else if (strcmp(type, "aws_rds_cluster") == 0 && (v = jstr(after, "cluster_identifier")))
		smap_put(&L->db_by_id, v, r);
	else if (strcmp(type, "google_sql_database_instance") == 0 && (v = jstr(after, "name")))
		smap_put(&L->sql_by_name, v, r);
	else if (strcmp(type, "aws_dynamodb_table") == 0 && (v = jstr(after, "name")))
		smap_put(&L->ddb_by_name, v, r);
	*VEC_PUSH(L->res, L->nres, L->cap_res) = r;
}

/*
** Does a change leave the resource in place after apply?  1: yes, 0: no,
** -1: malformed (actions not a non-empty list of Terraform's action names).
*/
static int change_keeps(json_t *actions)
{
	static const char *const names[] = {"create", "update", "no-op", "delete", "read", "forget"};
	if (!json_is_array(actions) || !json_array_size(actions))
		return -1;
	size_t i;
	json_t *a;
	int keeps = 0;
	json_array_foreach(actions, i, a) {
		const char *s = json_string_value(a);
		size_t k = 0;
		while (s && k < ARRAY_LEN(names) && strcmp(s, names[k]) != 0)
			k++;
		if (!s || k == ARRAY_LEN(names))
			return -1;
		if (k <= 2)
			keeps = 1;
	}
	return keeps;
}

/* A resource type as Terraform spells it: lower-case letters, digits, '_'. */
static bool type_ok(const char *t)
{
	if (!*t)
		return false;
	for (; *t; t++)
		if (!((*t >= 'a' && *t <= 'z') || (*t >= '0' && *t <= '9') || *t == '_'))
			return false;
	return true;
}

/* Checks shared by resource_changes and planned_values entries; false: error given. */
static bool entry_ok(struct tfl *L, const char *where, size_t i, const char *addr,
		     const char *type, const char *mode)
{
	const char *why = NULL;
	if (!*addr || strcmp(addr, ".") == 0)
		why = "an empty address";
	else if (!type_ok(type))
		why = "a type that is not a Terraform resource type name";
	else if (mode && strcmp(mode, "managed") != 0 && strcmp(mode, "data") != 0)
		why = "a mode other than managed or data";
	else if (smap_get(&L->by_addr, addr))
		why = "the address of an earlier entry (duplicate)";
	if (!why)
		return true;
	tf_error(L, (struct plan_pos){1, 1}, "%s[%zu] (%s): %s", where, i, addr, why);
	return false;
}

static bool collect_changes(struct tfl *L, json_t *rcs)
{
	if (!json_is_array(rcs)) {
		tf_error(L, (struct plan_pos){1, 1}, "resource_changes: expected an array");
		return false;
	}
	size_t i;
	json_t *rc;
	json_array_foreach(rcs, i, rc) {
		const char *addr = jstr(rc, "address"), *type = jstr(rc, "type");
		json_t *ch = json_object_get(rc, "change");
		if (!addr || !type || !json_is_object(ch)) {
			tf_error(L, (struct plan_pos){1, 1},
				 "resource_changes[%zu]: expected an object with address, type and change", i);
			return false;
		}
		const char *mode = jstr(rc, "mode");
		if (!entry_ok(L, "resource_changes", i, addr, type, mode))
			return false;
		int keeps = change_keeps(json_object_get(ch, "actions"));
		json_t *after = json_object_get(ch, "after");
		json_t *unk = json_object_get(ch, "after_unknown");
		if (keeps < 0 || (after && !json_is_object(after) && !json_is_null(after)) ||
		    (unk && !json_is_object(unk) && !json_is_boolean(unk) && !json_is_null(unk))) {
			tf_error(L, (struct plan_pos){1, 1},
				 "resource_changes[%zu] (%s): malformed change (actions must be a list of "
				 "Terraform action names, after and after_unknown objects)", i, addr);
			return false;
		}
		if ((mode && strcmp(mode, "managed") != 0) || (!mode && starts(addr, "data.")))
			continue;
		if (!keeps)
			continue;
		if (!json_is_object(after)) {
			tf_error(L, (struct plan_pos){1, 1},
				 "resource_changes[%zu] (%s): the resource is kept but its change has no after object",
				 i, addr);
			return false;
		}
		add_res(L, addr, type, after, unk, json_object_get(ch, "after_sensitive"));
	}
	return true;
}

static bool collect_planned(struct tfl *L, json_t *mod, int depth)
{
	if (!json_is_object(mod))
		return true;
	if (depth > TF_MAX_DEPTH) {
		tf_error(L, (struct plan_pos){1, 1},
			 "planned_values: modules nested deeper than %d levels", TF_MAX_DEPTH);
		return false;
	}
	size_t i;
	json_t *r;
	json_array_foreach(json_object_get(mod, "resources"), i, r) {
		const char *addr = jstr(r, "address"), *type = jstr(r, "type"), *mode = jstr(r, "mode");
		json_t *v = json_object_get(r, "values");
		if (!addr || !type || (v && !json_is_object(v))) {
			tf_error(L, (struct plan_pos){1, 1},
				 "planned_values resources[%zu]: expected an object with address, type and values", i);
			return false;
		}
		if (!entry_ok(L, "planned_values resources", i, addr, type, mode))
			return false;
		if ((mode && strcmp(mode, "managed") != 0) || (!mode && starts(addr, "data.")))
			continue;
		if (json_is_object(v))
			add_res(L, addr, type, v, NULL, json_object_get(r, "sensitive_values"));
	}
	json_array_foreach(json_object_get(mod, "child_modules"), i, r)
		if (!collect_planned(L, r, depth + 1))
			return false;
	return true;
}

/*
** Cheap detection: the first non-blank byte is '{' and both a format_version
** key and planned_values or resource_changes appear as keys.
*/
bool plan_is_terraform(const char *data, size_t len)
{
	size_t i = json_object_start(data, len);
	if (i >= len)
		return false;
	/* the keys anywhere after the brace, in one pass that finds the quotes
	   eight bytes at a time (a large JSON file of another format is read
	   quickly, not with a call per quote) */
	bool fv = false, body = false;
	const char *s = data + i, *e = data + len;
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7fu, quotes = 0x2222222222222222u;
	for (; s < e; s += 8) {
		uint64_t w = 0;
		size_t n = e - s < 8 ? (size_t)(e - s) : 8;
		memcpy(&w, s, n);	/* the last bytes padded with zeros: no quotes */
		w ^= quotes;	/* a zero byte where s has a quote */
		uint64_t z = ~(((w & low7) + low7) | w | low7);
		for (; z; z &= z - 1) {
			int k = __builtin_ctzll(z) / 8;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			k = 7 - k;
#endif
			const char *q = s + k;
			size_t rest = (size_t)(e - q);
			if (rest < 16 || (q[1] != 'f' && q[1] != 'p' && q[1] != 'r'))
				continue;
			if (memcmp(q, "\"format_version\"", 16) == 0)
				fv = true;
			else if (memcmp(q, "\"planned_values\"", 16) == 0 ||
				 (rest >= 18 && memcmp(q, "\"resource_changes\"", 18) == 0))
				body = true;
			if (fv && body)
				return true;
		}
	}
	return false;
}

/* Build the stores and flows of the collected resources (L->res). */
static void tf_build(struct tfl *L)
{
	spanner_prepare(L);
	for (size_t i = 0; i < L->nres && !diag_full(L->d); i++) {
		struct tf_res *r = L->res[i];
		const struct cat_row *row = tf_catalog_find(r->type);
		if (!row || row->role != CAT_STORE) {
			check_unmodelled(L, r);
			continue;
		}
		if (!row->bespoke) {
			build_row_store(L, r, row);
			continue;
		}
		switch (r->cloud) {
		case CLOUD_AWS: build_aws_store(L, r); break;
		case CLOUD_GCP: build_gcp_store(L, r); break;
		case CLOUD_AZURE: build_azure_store(L, r); break;
		case CLOUD_OTHER: break;
		}
	}
	link_global_members(L);
	for (size_t i = 0; i < L->nres && !diag_full(L->d); i++)
		relations(L, L->res[i]);
	attach_pending(L);
	provider_keys(L);
	if (L->more && !L->more(L->more_ctx, L->pl, L->cf))
		L->failed = true;
	cf_unused(L->cf, L->pl);
	refuse_control_chars(L);
}

/* Free the loader's state; the plan, or NULL when loading failed. */
static struct rsd_plan *tf_done(struct tfl *L)
{
	json_decref(L->root);
	cf_free(L->cf);
	smap_free(&L->by_addr);
	smap_free(&L->by_cfg);
	smap_free(&L->cfg_res);
	smap_free(&L->modcalls);
	smap_free(&L->classes);
	smap_free(&L->s3_by_name);
	smap_free(&L->db_by_id);
	smap_free(&L->sql_by_name);
	smap_free(&L->ddb_by_name);
	smap_free(&L->spanner_cfgs);
	xfree(L->res);
	xfree(L->pend);
	xfree(L->smark);
	xfree(L->keytried);
	sb_free(&L->tmp);
	arena_free(&L->work);
	if (L->failed) {
		plan_free(L->pl);
		return NULL;
	}
	return L->pl;
}

/*
** Load `terraform show -json` output (data, len; not necessarily
** NUL-terminated) against policy p.  Errors (invalid JSON, unknown classes,
** a bad --classes file) go to d with file:line:col and give NULL; what the
** plan cannot tell (unknown locations, unclassified stores) becomes plan
** notes.  The caller frees the plan with plan_free().
*/
struct rsd_plan *plan_load_terraform(const struct rsd_policy *p, const char *file,
				     const char *data, size_t len,
				     const struct tf_opts *opts, struct rsd_diags *d)
{
	struct tfl L0 = {0}, *L = &L0;
	L->p = p;
	L->d = d;
	L->file = file ? file : "";
	L->data = data;
	L->len = len;
	L->class_tag = opts && opts->class_tag && *opts->class_tag ? opts->class_tag : "data-classes";
	L->require_classes = opts && opts->require_classes;
	if (opts) {
		L->defregion = opts->default_regions;
		L->ndefregion = opts->ndefault_regions;
	}
	L->pl = plan_new(file);
	L->pl->terraform = true;
	arena_init(&L->work);

	if (len > TF_MAX_SIZE) {
		diag_error(d, NULL, "%s: plan too large (%zu bytes; the limit is %zu)", L->file, len,
			   TF_MAX_SIZE);
		L->failed = true;
		goto out;
	}
	json_error_t je;
	L->root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!L->root) {
		struct plan_pos pos = {je.line > 0 ? (uint32_t)je.line : 1,
				       je.column > 0 ? (uint32_t)je.column : 1};
		tf_error(L, pos, "invalid JSON: %s", je.text);
		goto out;
	}
	const char *fv = jstr(L->root, "format_version");
	if (!json_is_object(L->root) || !fv) {
		tf_error(L, (struct plan_pos){1, 1},
			 "not a Terraform plan: expected an object with format_version (terraform show -json)");
		goto out;
	}
	if (!(starts(fv, "0.") || starts(fv, "1."))) {
		tf_error(L, (struct plan_pos){1, 1},
			 "unsupported Terraform plan format_version %s (this version reads 0.x and 1.x)", fv);
		goto out;
	}
	if (opts && opts->classes_file && !cf_load(L->cf = &L->cfmap, p, L->pl, opts->classes_file, d)) {
		L->failed = true;
		goto out;
	}
	L->vars = json_object_get(L->root, "variables");
	json_t *conf = json_object_get(L->root, "configuration");
	L->pconf = json_object_get(conf, "provider_config");
	L->rootmod = json_object_get(conf, "root_module");
	cfg_walk(L, L->rootmod, "", 0);

	json_t *rcs = json_object_get(L->root, "resource_changes");
	json_t *pv = json_object_get(json_object_get(L->root, "planned_values"), "root_module");
	if (rcs) {
		if (!collect_changes(L, rcs))
			goto out;
		if (!L->nres && json_array_size(rcs) == 0 &&
		    (json_array_size(json_object_get(pv, "resources")) ||
		     json_array_size(json_object_get(pv, "child_modules")))) {
			tf_error(L, (struct plan_pos){1, 1},
				 "resource_changes is empty but planned_values holds resources: the plan contradicts itself");
			goto out;
		}
	} else if (!collect_planned(L, pv, 0)) {
		goto out;
	}
	scan_positions(L);
	tf_build(L);
out:
	return tf_done(L);
}

void tf_ext_place(const char *data, size_t len, json_t *root, json_t *const *objs, struct tf_ext_res *res,
		  size_t n)
{
	struct plan_pos *pos = xcalloc(n ? n : 1, sizeof *pos);
	jpos_find(data, len, root, objs, pos, n);
	for (size_t i = 0; i < n; i++)
		res[i].pos = pos[i];
	xfree(pos);
}

/*
** Resources another front end read (Terraform state, Pulumi): the same
** stores, flows and notes as a plan's planned_values.  See plan_tfext.h.
*/
struct rsd_plan *plan_load_tf_ext(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				  const struct tf_ext_res *res, size_t n, const char *noregion,
				  const struct tf_opts *opts, struct rsd_diags *d)
{
	return plan_load_tf_ext_more(p, file, data, len, res, n, noregion, opts, NULL, NULL, d);
}

struct rsd_plan *plan_load_tf_ext_more(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				       const struct tf_ext_res *res, size_t n, const char *noregion,
				       const struct tf_opts *opts, tf_ext_more_fn more, void *ctx,
				       struct rsd_diags *d)
{
	struct tfl L0 = {0}, *L = &L0;
	L->more = more;
	L->more_ctx = ctx;
	L->p = p;
	L->d = d;
	L->file = file ? file : "";
	L->data = data;
	L->len = len;
	L->class_tag = opts && opts->class_tag && *opts->class_tag ? opts->class_tag : "data-classes";
	L->require_classes = opts && opts->require_classes;
	if (opts) {
		L->defregion = opts->default_regions;
		L->ndefregion = opts->ndefault_regions;
	}
	L->ext_noregion = noregion ? noregion : "it is not recorded";
	L->pl = plan_new(file);
	L->pl->terraform = true;
	arena_init(&L->work);
	if (opts && opts->classes_file && !cf_load(L->cf = &L->cfmap, p, L->pl, opts->classes_file, d)) {
		L->failed = true;
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		const struct tf_ext_res *e = &res[i];
		if (!*e->address || !*e->type || smap_get(&L->by_addr, e->address)) {
			tf_error(L, e->pos, "resource '%s': %s", e->address,
				 !*e->address ? "an empty address" : !*e->type ? "an empty type" :
				 "the address of an earlier resource (duplicate)");
			goto out;
		}
		add_res(L, adup(L, e->address), adup(L, e->type), e->values, e->unknown, NULL);
		struct tf_res *r = L->res[L->nres - 1];
		r->pos = e->pos;
		r->ext_region = e->region ? adup(L, e->region) : NULL;
	}
	tf_build(L);
out:
	return tf_done(L);
}
