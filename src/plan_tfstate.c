/*
** plan_tfstate.c — deployed Terraform/OpenTofu state as a plan: a
** `terraform.tfstate` file (format version 4) or the JSON of `terraform
** show -json` on a state (values.root_module, the shape of a plan's
** planned_values).  A thin front end: it lists the managed resource
** instances with their attributes and hands them to the Terraform loader
** (plan_load_tf_ext), so the resource catalog, classes, waivers and the
** fail-closed rules are the plan's.
**
** Region: state records no provider configuration.  AWS provider 6 and
** later record each resource's `region` attribute (read by the loader as
** in a plan); for older providers the region field of the resource's own
** `arn` attribute (arn:aws:dynamodb:eu-west-1:…) is the region of its
** provider; without either (arn:aws:s3:::bucket has no region field) the
** region is unknown: an unknown-location note that names
** --default-region.  See docs/terraform-state.md.
*/
#include "plan_tfext.h"

#include <string.h>

#include "arena.h"
#include "diag.h"
#include "tf_catalog.h"
#include "util.h"

#define ST_MAX_DEPTH 64	/* module nesting of `terraform show -json` */

struct stl {
	const char *file, *data;
	size_t len;
	struct rsd_diags *d;
	bool failed;
	struct arena a;
	struct tf_ext_res *res;
	size_t nres, cap;
	json_t **obj;	/* per resource: the object whose position anchors it */
	size_t nobj, cap_obj;
	struct strbuf sb;
};

static void st_error(struct stl *S, struct plan_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void st_error(struct stl *S, struct plan_pos pos, const char *fmt, ...)
{
	char *copy = xmalloc(S->len + 1);
	memcpy(copy, S->data, S->len);
	copy[S->len] = 0;
	struct src_file *sf = diag_add_file(S->d, S->file, copy, S->len);
	struct src_loc loc = {sf, pos.line ? pos.line : 1, pos.col ? pos.col : 1, 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(S->d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
	S->failed = true;
}

/*
** Cheap detection: a JSON object with the keys of a state file (version
** and lineage) or of `terraform show -json` on a state (format_version and
** values with root_module), and none of a plan's (planned_values,
** resource_changes), so it never ties with the Terraform plan sniffer.
** Every format's sniffer reads every input, so this one goes from string
** to string (escaped quotes skipped) and compares only the strings of a
** key's length that stand before a ':'.
*/
bool plan_is_tfstate(const char *data, size_t len)
{
	size_t i = json_object_start(data, len);
	if (i >= len)
		return false;
	bool version = false, lineage = false, fv = false, values = false, rootmod = false;
	for (const char *s = data + i, *e = data + len; s < e;) {
		const char *q = memchr(s, '"', (size_t)(e - s)), *c;
		if (!q)
			break;
		for (c = q + 1;; c++) {	/* the closing quote: one not escaped */
			c = memchr(c, '"', (size_t)(e - c));
			if (!c)
				return (version && lineage) || (fv && values && rootmod);
			const char *b = c;	/* the backslashes before it: an even run escapes none */
			while (b - 1 > q && b[-1] == '\\')
				b--;
			if ((c - b) % 2 == 0)
				break;
		}
		size_t kn = (size_t)(c - q - 1);
		s = c + 1;
		if (kn != 6 && kn != 7 && kn != 11 && kn != 14 && kn != 16)
			continue;
		const char *t = s;
		while (t < e && (*t == ' ' || *t == '\t' || *t == '\r' || *t == '\n'))
			t++;
		if (t >= e || *t != ':')
			continue;
		const char *k = q + 1;
		if ((kn == 14 && memcmp(k, "planned_values", 14) == 0) ||
		    (kn == 16 && memcmp(k, "resource_changes", 16) == 0))
			return false;
		version |= kn == 7 && memcmp(k, "version", 7) == 0;
		lineage |= kn == 7 && memcmp(k, "lineage", 7) == 0;
		fv |= kn == 14 && memcmp(k, "format_version", 14) == 0;
		values |= kn == 6 && memcmp(k, "values", 6) == 0;
		rootmod |= kn == 11 && memcmp(k, "root_module", 11) == 0;
	}
	return (version && lineage) || (fv && values && rootmod);
}

/* Region field of an AWS ARN ("arn:aws:kms:eu-west-1:…"), or NULL when it has none. */
static const char *arn_region(struct stl *S, const char *arn)
{
	if (!arn || strncmp(arn, "arn:", 4) != 0)
		return NULL;
	const char *s = arn;
	for (int i = 0; i < 3; i++) {
		s = strchr(s, ':');
		if (!s)
			return NULL;
		s++;
	}
	size_t n = strcspn(s, ":");
	return n && s[n] == ':' ? arena_strndup(&S->a, s, n) : NULL;
}

/*
** State writes an unset optional string as "" (replicate_source_db,
** global_cluster_identifier…), where a plan has null: drop them (tag and
** label maps excepted), so they read as unset, not as a resource named "".
*/
static void drop_empty(json_t *x, int depth)
{
	if (depth > 64)
		return;
	if (json_is_array(x)) {
		size_t i;
		json_t *v;
		json_array_foreach(x, i, v)
			drop_empty(v, depth + 1);
		return;
	}
	const char *k;
	json_t *v;
	void *tmp;
	json_object_foreach_safe(x, tmp, k, v) {
		if (json_is_string(v) && !json_string_length(v))
			json_object_del(x, k);
		else if ((json_is_object(v) || json_is_array(v)) && !strstr(k, "tags") && !strstr(k, "labels"))
			drop_empty(v, depth + 1);	/* a tag or label map keeps what it says */
	}
}

static void add(struct stl *S, const char *address, const char *type, json_t *values, json_t *anchor)
{
	if (tf_catalog_find(type))
		drop_empty(values, 0);
	struct tf_ext_res *e = VEC_PUSH(S->res, S->nres, S->cap);
	memset(e, 0, sizeof *e);
	e->address = address;
	e->type = type;
	e->values = values;
	/* AWS: the region of the provider from the resource's own ARN (see the top) */
	if (strncmp(type, "aws_", 4) == 0 && !json_is_string(json_object_get(values, "region"))) {
		e->region = arn_region(S, json_string_value(json_object_get(values, "arn")));
		if (!e->region && !json_object_get(values, "arn"))	/* some types' id is their ARN */
			e->region = arn_region(S, json_string_value(json_object_get(values, "id")));
	}
	*VEC_PUSH(S->obj, S->nobj, S->cap_obj) = anchor;
}

/* An instance key as Terraform writes it in addresses: [0], ["eu"]. */
static void put_key(struct strbuf *sb, json_t *k)
{
	if (json_is_integer(k)) {
		sb_printf(sb, "[%lld]", (long long)json_integer_value(k));
		return;
	}
	sb_puts(sb, "[\"");
	for (const char *s = json_string_value(k); *s; s++) {
		if (*s == '"' || *s == '\\')
			sb_putc(sb, '\\');
		sb_putc(sb, *s);
	}
	sb_puts(sb, "\"]");
}

/* terraform.tfstate version 4: resources[].instances[]. */
static bool read_v4(struct stl *S, json_t *root)
{
	json_t *rs = json_object_get(root, "resources");
	if (rs && !json_is_array(rs)) {
		st_error(S, (struct plan_pos){1, 1}, "state resources: expected an array");
		return false;
	}
	size_t i;
	json_t *r;
	json_array_foreach(rs, i, r) {
		const char *mode = json_string_value(json_object_get(r, "mode"));
		const char *type = json_string_value(json_object_get(r, "type"));
		const char *name = json_string_value(json_object_get(r, "name"));
		json_t *mod = json_object_get(r, "module"), *insts = json_object_get(r, "instances");
		if (!mode || !type || !name || !*type || !*name || (mod && !json_is_string(mod)) ||
		    !json_is_array(insts)) {
			st_error(S, (struct plan_pos){1, 1},
				 "state resources[%zu]: expected an object with mode, type, name and instances", i);
			return false;
		}
		if (strcmp(mode, "managed") != 0)
			continue;	/* data sources hold nothing */
		size_t j, ni = json_array_size(insts);
		json_t *in;
		json_array_foreach(insts, j, in) {
			json_t *key = json_object_get(in, "index_key"), *attrs = json_object_get(in, "attributes");
			const char *deposed = json_string_value(json_object_get(in, "deposed"));
			if (!json_is_object(in) || (key && !json_is_integer(key) && !json_is_string(key))) {
				st_error(S, (struct plan_pos){1, 1},
					 "state resources[%zu] (%s.%s) instances[%zu]: expected an object whose index_key "
					 "is a number or a string", i, type, name, j);
				return false;
			}
			S->sb.len = 0;
			if (json_string_length(mod))
				sb_printf(&S->sb, "%s.", json_string_value(mod));
			sb_printf(&S->sb, "%s.%s", type, name);
			if (key)
				put_key(&S->sb, key);
			if (deposed)	/* replaced, not yet destroyed: still deployed */
				sb_printf(&S->sb, " (deposed %s)", deposed);
			if (!json_is_object(attrs)) {
				st_error(S, (struct plan_pos){1, 1},
					 "state resource %s: %s", S->sb.s,
					 json_object_get(in, "attributes_flat") ?
					 "attributes_flat (a provider's legacy flat attributes) is not supported: "
					 "refresh the state with a current provider" :
					 "the instance has no attributes object");
				return false;
			}
			add(S, arena_strdup(&S->a, S->sb.s), type, attrs, ni > 1 ? in : r);
		}
	}
	return true;
}

/*
** `terraform show -json` of a state: values.root_module, modules nested in
** child_modules.  Terraform 0.12 wrote the addresses of resources in child
** modules without their module (aws_db_instance.this under module.db): the
** module's address is put before such an address.
*/
static bool read_module(struct stl *S, json_t *mod, int depth)
{
	const char *maddr = json_string_value(json_object_get(mod, "address"));
	size_t mlen = maddr ? strlen(maddr) : 0;
	if (!json_is_object(mod))
		return true;
	if (depth > ST_MAX_DEPTH) {
		st_error(S, (struct plan_pos){1, 1}, "state values: modules nested deeper than %d levels",
			 ST_MAX_DEPTH);
		return false;
	}
	const char *k;
	json_t *v;
	json_object_foreach(mod, k, v) {	/* in text order, so positions follow */
		size_t i;
		json_t *r;
		if (strcmp(k, "resources") == 0) {
			json_array_foreach(v, i, r) {
				const char *addr = json_string_value(json_object_get(r, "address"));
				const char *type = json_string_value(json_object_get(r, "type"));
				const char *mode = json_string_value(json_object_get(r, "mode"));
				json_t *vals = json_object_get(r, "values");
				if (!addr || !type || !json_is_object(vals)) {
					st_error(S, (struct plan_pos){1, 1},
						 "state values resources[%zu]: expected an object with address, type "
						 "and values", i);
					return false;
				}
				if (mlen && !(strncmp(addr, maddr, mlen) == 0 && addr[mlen] == '.')) {
					S->sb.len = 0;
					sb_printf(&S->sb, "%s.%s", maddr, addr);
					addr = arena_strdup(&S->a, S->sb.s);
				}
				if ((mode && strcmp(mode, "managed") != 0) || (!mode && strstr(addr, "data.") == addr))
					continue;
				add(S, addr, type, vals, r);
			}
		} else if (strcmp(k, "child_modules") == 0) {
			json_array_foreach(v, i, r)
				if (!read_module(S, r, depth + 1))
					return false;
		}
	}
	return true;
}

struct rsd_plan *plan_load_tfstate(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				   const struct tf_opts *opts, struct rsd_diags *d)
{
	struct stl S0 = {0}, *S = &S0;
	S->file = file ? file : "";
	S->data = data;
	S->len = len;
	S->d = d;
	arena_init(&S->a);
	struct rsd_plan *pl = NULL;
	json_error_t je;
	json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (!root) {
		st_error(S, (struct plan_pos){je.line > 0 ? (uint32_t)je.line : 1, je.column > 0 ? (uint32_t)je.column : 1},
			 "invalid JSON: %s", je.text);
		goto out;
	}
	json_t *version = json_object_get(root, "version");
	if (!json_is_object(root)) {
		st_error(S, (struct plan_pos){1, 1}, "not a Terraform state: expected an object");
		goto out;
	}
	if (json_object_get(root, "planned_values") || json_object_get(root, "resource_changes")) {
		st_error(S, (struct plan_pos){1, 1},
			 "a Terraform plan, not a state: read it with --input-format terraform");
		goto out;
	}
	if (json_object_get(root, "format_version")) {
		if (!json_is_object(json_object_get(root, "values"))) {
			st_error(S, (struct plan_pos){1, 1},
				 "not a Terraform state: format_version without a values object (terraform show -json "
				 "of a state has one)");
			goto out;
		}
		if (!read_module(S, json_object_get(json_object_get(root, "values"), "root_module"), 0))
			goto out;
	} else if (json_integer_value(version) == 4 && json_is_integer(version)) {
		if (!read_v4(S, root))
			goto out;
	} else if (json_is_integer(version)) {
		st_error(S, (struct plan_pos){1, 1},
			 "unsupported Terraform state version %lld (this version reads version 4, written by "
			 "Terraform 0.12 and later and by OpenTofu; upgrade older state with Terraform 0.12 or later)",
			 (long long)json_integer_value(version));
		goto out;
	} else {
		st_error(S, (struct plan_pos){1, 1},
			 "not a Terraform state: expected a version number (a state file) or format_version "
			 "(terraform show -json)");
		goto out;
	}
	tf_ext_place(data, len, root, S->obj, S->res, S->nres);
	pl = plan_load_tf_ext(p, file, data, len, S->res, S->nres,
			      "the state records none for it (AWS provider 6 and later record a region per "
			      "resource) and it has no ARN that names one",
			      opts, d);
out:
	json_decref(root);
	xfree(S->res);
	xfree(S->obj);
	sb_free(&S->sb);
	arena_free(&S->a);
	return S->failed ? NULL : pl;
}
