/*
** plan_cfn.c — AWS CloudFormation templates (YAML, with the short-form
** intrinsics !Ref, !Sub, !GetAtt, …, or JSON) as plans; docs/cloudformation.md.
**
** Every resource of a template is deployed in the stack's region: the
** region comes from the caller (--region, a CDK manifest's environment),
** and template values that name regions are evaluated: parameters with
** defaults, pseudo parameters, Ref, Fn::Sub, Fn::Join, Fn::Select,
** Fn::FindInMap, Fn::If over conditions that can be decided.  What cannot
** be evaluated (a parameter without a default, Fn::GetAZs, Fn::ImportValue,
** an undecidable condition) is unknown, and an unknown value that decides
** where data is makes the resource `unknown-location` (exit 2): never a guess.
**
** Data stores, their replicas and backups come from the table `cfn_types`;
** a classified resource of another type is `unmodelled-resource` (exit 2).
** A resource with a Condition is judged as if it were created: a judgement
** of a resource that may exist, never the silence of one that may not.
*/
#define _GNU_SOURCE	/* memmem */
#include "plan.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classes.h"
#include "doc.h"
#include "util.h"

#define CFN_MAX_EVAL_DEPTH 64
#define CFN_MAX_SECTION 200

struct cfl {
	const struct rsd_policy *p;
	struct rsd_diags *d;
	const struct src_file *src;
	struct rsd_plan *pl;
	struct arena *a;
	const struct doc_node *params, *mappings, *conditions, *resources;
	const char *region;	/* the stack's region, NULL: unknown */
	const char *region_why;	/* why it is unknown */
	const char *class_tag;
	bool require_classes;
	const char *stack;	/* the CDK stack of the template, NULL: none */
	struct cf_map cfmap, *cf;	/* --classes; cf NULL: none */
	size_t nerrors0;
	struct rindex *index;	/* Resources by logical id, sorted */
	size_t nindex;
	const struct doc_node **selections;	/* the AWS::Backup::BackupSelection resources */
	size_t nselections, cap_selections;
};

struct rindex {
	const char *name;
	const struct doc_node *def;
};

static int cmp_rindex(const void *a, const void *b)
{
	return strcmp(((const struct rindex *)a)->name, ((const struct rindex *)b)->name);
}

/* The definition of resource name, or NULL (binary search: no pass per lookup). */
static const struct doc_node *find_res(const struct cfl *L, const char *name)
{
	struct rindex key = {name, NULL};
	const struct rindex *r = L->nindex ? bsearch(&key, L->index, L->nindex, sizeof key, cmp_rindex) : NULL;
	return r ? r->def : NULL;
}

static char *cprintf(struct cfl *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *cprintf(struct cfl *L, const char *fmt, ...)
{
	struct strbuf sb = {0};
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	char *s = arena_strdup(L->a, sb.s ? sb.s : "");
	sb_free(&sb);
	return s;
}

static struct plan_pos pos_of(const struct doc_node *n)
{
	struct plan_pos p = {n ? n->line : 0, n ? n->col : 0};
	return p;
}

static void cfn_error(struct cfl *L, const struct doc_node *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void cfn_error(struct cfl *L, const struct doc_node *at, const char *fmt, ...)
{
	struct src_loc l = {L->src, at ? at->line : 1, at ? at->col : 1, 1};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(L->d, DIAG_ERROR, &l, fmt, ap);
	va_end(ap);
}

/* ================================================================ values */

/* The function a node calls: "Ref", "Fn::Sub", … and its argument; NULL: a plain value. */
static const char *intrinsic(const struct doc_node *n, const struct doc_node **arg)
{
	static const char *const fns[] = {
		"Ref", "Condition", "Fn::And", "Fn::Base64", "Fn::Cidr", "Fn::Equals", "Fn::FindInMap",
		"Fn::GetAZs", "Fn::GetAtt", "Fn::If", "Fn::ImportValue", "Fn::Join", "Fn::Not", "Fn::Or",
		"Fn::Select", "Fn::Split", "Fn::Sub", "Fn::Transform", "Fn::ToJsonString", "Fn::Length",
	};
	if (doc_tag(n)) {
		const char *t = doc_tag(n) + 1;
		*arg = n;
		for (size_t i = 0; i < ARRAY_LEN(fns); i++) {
			const char *f = strncmp(fns[i], "Fn::", 4) == 0 ? fns[i] + 4 : fns[i];
			if (strcmp(f, t) == 0)
				return fns[i];
		}
		return "Fn::Unknown";	/* an unknown tag: never a plain value */
	}
	if (n->kind == DOC_MAP && n->n == 1) {
		const struct doc_node *k = n->items[0];
		if (k->kind == DOC_SCALAR && (strcmp(k->s, "Ref") == 0 || strcmp(k->s, "Condition") == 0 ||
					      strncmp(k->s, "Fn::", 4) == 0)) {
			*arg = n->items[1];
			return k->s;
		}
	}
	return NULL;
}

/* The argument of a short-form tag is the node itself without its tag. */
static struct doc_node untagged(const struct doc_node *n)
{
	struct doc_node c = *n;
	c.tag_id = 0;
	return c;
}

static const char *ev_str(struct cfl *L, const struct doc_node *n, int depth);

static const struct doc_node *seq_at(const struct doc_node *n, uint32_t i)
{
	return n && n->kind == DOC_SEQ && i < n->n ? n->items[i] : NULL;
}

/* A condition's value: 1 true, 0 false, -1 unknown. */
static int ev_cond(struct cfl *L, const struct doc_node *n, int depth)
{
	if (!n || depth > CFN_MAX_EVAL_DEPTH)
		return -1;
	const struct doc_node *arg;
	const char *fn = intrinsic(n, &arg);
	struct doc_node u;
	if (fn && arg == n) {
		u = untagged(n);
		arg = &u;
	}
	if (!fn) {
		const char *s = doc_str(n);
		return s && strcmp(s, "true") == 0 ? 1 : s && strcmp(s, "false") == 0 ? 0 : -1;
	}
	if (strcmp(fn, "Condition") == 0) {
		const char *name = doc_str(arg);
		return name ? ev_cond(L, doc_get(L->conditions, name), depth + 1) : -1;
	}
	if (strcmp(fn, "Fn::Equals") == 0) {
		const char *a = ev_str(L, seq_at(arg, 0), depth + 1);
		const char *b = ev_str(L, seq_at(arg, 1), depth + 1);
		return a && b ? strcmp(a, b) == 0 : -1;
	}
	if (strcmp(fn, "Fn::Not") == 0) {
		int v = ev_cond(L, seq_at(arg, 0), depth + 1);
		return v < 0 ? -1 : !v;
	}
	if (strcmp(fn, "Fn::And") == 0 || strcmp(fn, "Fn::Or") == 0) {
		bool and = fn[4] == 'A';
		int out = and ? 1 : 0;
		for (uint32_t i = 0; arg->kind == DOC_SEQ && i < arg->n; i++) {
			int v = ev_cond(L, arg->items[i], depth + 1);
			if (v < 0)
				out = -1;
			else if (and && !v)
				return 0;
			else if (!and && v)
				return 1;
		}
		return out;
	}
	return -1;
}

static const char *pseudo(struct cfl *L, const char *name)
{
	if (strcmp(name, "AWS::Region") == 0)
		return L->region;
	if (strcmp(name, "AWS::Partition") == 0)
		return L->region && strncmp(L->region, "cn-", 3) == 0 ? "aws-cn" : "aws";
	if (strcmp(name, "AWS::URLSuffix") == 0)
		return "amazonaws.com";
	return NULL;	/* AccountId, StackName, StackId, NotificationARNs, NoValue */
}

static bool is_resource(struct cfl *L, const char *name)
{
	return find_res(L, name) != NULL;
}

/* ${Name} in a Fn::Sub string, with vars (a mapping) first. */
static const char *sub_var(struct cfl *L, const char *name, const struct doc_node *vars, int depth)
{
	const struct doc_node *v = doc_get(vars, name);
	if (v)
		return ev_str(L, v, depth + 1);
	if (strchr(name, '.'))
		return NULL;	/* ${Resource.Attribute}: known at deploy time only */
	if (strncmp(name, "AWS::", 5) == 0)
		return pseudo(L, name);
	const struct doc_node *par = doc_get(L->params, name);
	if (par)
		return ev_str(L, doc_get(par, "Default"), depth + 1);
	return NULL;
}

static const char *ev_sub(struct cfl *L, const struct doc_node *arg, int depth)
{
	const struct doc_node *str = arg, *vars = NULL;
	if (arg->kind == DOC_SEQ) {
		str = seq_at(arg, 0);
		vars = seq_at(arg, 1);
	}
	const char *s = doc_str(str);
	if (!s)
		return NULL;
	struct strbuf sb = {0};
	const char *out = NULL;
	for (;;) {
		const char *o = strstr(s, "${");
		if (!o) {
			sb_puts(&sb, s);
			break;
		}
		sb_add(&sb, s, (size_t)(o - s));
		const char *c = strchr(o, '}');
		if (!c)
			goto done;
		if (o[2] == '!') {	/* ${!Literal} */
			sb_puts(&sb, "${");
			sb_add(&sb, o + 3, (size_t)(c - o - 2));
		} else {
			char *name = xstrndup(o + 2, (size_t)(c - o - 2));
			const char *v = sub_var(L, name, vars, depth);
			xfree(name);
			if (!v)
				goto done;
			sb_puts(&sb, v);
		}
		s = c + 1;
	}
	out = arena_strdup(L->a, sb.s ? sb.s : "");
done:
	sb_free(&sb);
	return out;
}

/* The string value of a node; NULL when it is not known from the template. */
static const char *ev_str(struct cfl *L, const struct doc_node *n, int depth)
{
	if (!n || depth > CFN_MAX_EVAL_DEPTH)
		return NULL;
	const struct doc_node *arg;
	const char *fn = intrinsic(n, &arg);
	if (!fn)
		return doc_str(n);
	struct doc_node u;
	if (arg == n) {
		u = untagged(n);
		arg = &u;
	}
	if (strcmp(fn, "Ref") == 0) {
		const char *name = doc_str(arg);
		if (!name)
			return NULL;
		if (strncmp(name, "AWS::", 5) == 0)
			return pseudo(L, name);
		const struct doc_node *par = doc_get(L->params, name);
		return par ? ev_str(L, doc_get(par, "Default"), depth + 1) : NULL;
	}
	if (strcmp(fn, "Fn::Sub") == 0)
		return ev_sub(L, arg, depth);
	if (strcmp(fn, "Fn::Join") == 0) {
		const char *sep = ev_str(L, seq_at(arg, 0), depth + 1);
		const struct doc_node *list = seq_at(arg, 1);
		if (!sep || !list || list->kind != DOC_SEQ)
			return NULL;
		struct strbuf sb = {0};
		for (uint32_t i = 0; i < list->n; i++) {
			const char *v = ev_str(L, list->items[i], depth + 1);
			if (!v) {
				sb_free(&sb);
				return NULL;
			}
			if (i)
				sb_puts(&sb, sep);
			sb_puts(&sb, v);
		}
		const char *r = arena_strdup(L->a, sb.s ? sb.s : "");
		sb_free(&sb);
		return r;
	}
	if (strcmp(fn, "Fn::Select") == 0) {
		const char *idx = ev_str(L, seq_at(arg, 0), depth + 1);
		const struct doc_node *list = seq_at(arg, 1);
		char *end;
		long i = idx ? strtol(idx, &end, 10) : -1;
		if (!idx || *end || i < 0 || !list || list->kind != DOC_SEQ || (uint32_t)i >= list->n)
			return NULL;
		return ev_str(L, list->items[i], depth + 1);
	}
	if (strcmp(fn, "Fn::FindInMap") == 0) {
		const char *m = ev_str(L, seq_at(arg, 0), depth + 1);
		const char *k1 = ev_str(L, seq_at(arg, 1), depth + 1);
		const char *k2 = ev_str(L, seq_at(arg, 2), depth + 1);
		if (!m || !k1 || !k2)
			return NULL;
		return ev_str(L, doc_get(doc_get(doc_get(L->mappings, m), k1), k2), depth + 1);
	}
	if (strcmp(fn, "Fn::If") == 0) {
		int c = ev_cond(L, doc_get(L->conditions, doc_str(seq_at(arg, 0)) ? doc_str(seq_at(arg, 0)) : ""),
				depth + 1);
		return c < 0 ? NULL : ev_str(L, seq_at(arg, c ? 1 : 2), depth + 1);
	}
	return NULL;	/* GetAtt, GetAZs, ImportValue, Base64, Split, … */
}

/*
** The resource of the template a value refers to: Ref X, GetAtt X.Attr,
** or a Fn::Sub of exactly one ${X} / ${X.Attr}.  NULL: none.
*/
static const char *ref_resource(struct cfl *L, const struct doc_node *n)
{
	if (!n)
		return NULL;
	const struct doc_node *arg;
	const char *fn = intrinsic(n, &arg);
	if (!fn)
		return NULL;
	struct doc_node u;
	if (arg == n) {
		u = untagged(n);
		arg = &u;
	}
	const char *name = NULL;
	char buf[256];
	if (strcmp(fn, "Ref") == 0) {
		name = doc_str(arg);
	} else if (strcmp(fn, "Fn::GetAtt") == 0) {
		if (arg->kind == DOC_SEQ)
			name = doc_str(seq_at(arg, 0));
		else if (doc_str(arg)) {	/* !GetAtt X.Arn */
			snprintf(buf, sizeof buf, "%s", doc_str(arg));
			char *dot = strchr(buf, '.');
			if (dot)
				*dot = 0;
			name = buf;
		}
	} else if (strcmp(fn, "Fn::Sub") == 0 && doc_str(arg)) {
		const char *s = doc_str(arg), *o = strstr(s, "${"), *c = o ? strchr(o, '}') : NULL;
		if (o && c && !strstr(c, "${") && c - o - 2 < (long)sizeof buf) {
			snprintf(buf, sizeof buf, "%.*s", (int)(c - o - 2), o + 2);
			char *dot = strchr(buf, '.');
			if (dot)
				*dot = 0;
			name = buf;
		}
	}
	if (!name || !is_resource(L, name))
		return NULL;
	return arena_strdup(L->a, name);
}

/* Field 3 of an ARN (its region), "" when the ARN has none, NULL: not an ARN. */
static const char *arn_region(struct cfl *L, const char *arn)
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
	const char *e = strchr(s, ':');
	return e ? arena_strndup(L->a, s, (size_t)(e - s)) : NULL;
}

/* ================================================================ resources */

struct res {
	const char *id;	/* logical id */
	const char *type;
	const struct doc_node *node, *props, *key_node;
	struct plan_pos pos;
};

static void note(struct cfl *L, const struct res *r, const char *rule, int sev, const char *msg)
{
	struct plan_note *n = plan_add_note(L->pl);
	n->rule_id = rule;
	n->severity = sev;
	n->fact = r->id;
	n->pos = r->pos;
	n->message = msg;
}

/* "aws:REGION" as a place; false (and an unknown-location note) when it cannot be. */
static bool region_place(struct cfl *L, const struct res *r, const char *what, const char *region,
			 struct place *out)
{
	if (!region) {
		note(L, r, "unknown-location", SEV_ERROR,
		     cprintf(L, "%s cannot be determined from the template: %s", what,
			     L->region_why ? L->region_why : "the value is not known before deployment"));
		return false;
	}
	const char *name = cprintf(L, "aws:%s", region);
	if (!place_resolve(L->p, name, out)) {
		note(L, r, "unknown-location", SEV_ERROR,
		     cprintf(L, "%s is '%s', which is not a known AWS region (no location %s in the policy)", what,
			     region, name));
		return false;
	}
	return true;
}

/* Tags: a list of {Key, Value} or a mapping. */
static const char *tag_value(const struct doc_node *tags, const char *key, const struct doc_node **at)
{
	if (!tags)
		return NULL;
	if (tags->kind == DOC_MAP) {
		const struct doc_node *v = doc_get(tags, key);
		*at = v;
		return doc_str(v);
	}
	for (uint32_t i = 0; tags->kind == DOC_SEQ && i < tags->n; i++) {
		const struct doc_node *k = doc_get(tags->items[i], "Key");
		if (doc_str(k) && strcmp(doc_str(k), key) == 0) {
			*at = doc_get(tags->items[i], "Value");
			return doc_str(*at);
		}
	}
	return NULL;
}

/* An unknown class in a resource's class tag (plan_class_list). */
struct bad_class {
	struct cfl *L;
	const struct res *r;
	const struct doc_node *at;
	int n;
};

static void bad_class(void *ctx, const char *name)
{
	struct bad_class *b = ctx;
	cfn_error(b->L, b->at, "%s: unknown data class '%s' in tag %s", b->r->id, name, b->L->class_tag);
	b->n++;
}

/* Classes from a resource's tags (a list of {Key, Value} or a mapping).  1: classified, 0: none, -1: error. */
static int classes_from(struct cfl *L, const struct res *r, const struct doc_node *tags, struct bits *out)
{
	bits_clear(out);
	const struct doc_node *at = NULL;
	const char *v = tag_value(tags, L->class_tag, &at);
	if (!v) {
		if (at) {
			cfn_error(L, at, "%s: tag %s is not a literal list of data classes", r->id, L->class_tag);
			return -1;
		}
		return 0;
	}
	struct bad_class bc = {L, r, at, 0};
	size_t nnames = plan_class_list(L->p, v, out, bad_class, &bc);
	if (!nnames)
		cfn_error(L, at, "%s: tag %s names no data class", r->id, L->class_tag);
	return bc.n || !nnames ? -1 : 1;
}

/* The template resource's classes, from Properties.Tags. */
static int res_classes(struct cfl *L, const struct res *r, struct bits *out)
{
	const struct doc_node *tags = doc_get(r->props, "Tags");
	if (!tags)	/* some types keep them elsewhere */
		tags = doc_get(r->props, "TagSpecifications");
	return classes_from(L, r, tags, out);
}

/*
** The --classes entry of a resource (its names: logical id and, in a CDK
** stack, STACK/LogicalId; AWS Config: ARN, resourceId, resourceName).  A
** data store (modelled) takes the first entry that matches; a resource of
** a type not modelled only an entry that names it (cf_names_type).
*/
static const struct cf_entry *res_entry(struct cfl *L, const char *const *names, size_t n, const char *type,
					bool modelled)
{
	if (!L->cf)
		return NULL;
	return modelled ? cf_match_any(L->cf, names, n) : cf_names_type(L->cf, type, names, n);
}

/* The notes of a resource that is no store: unmodelled-resource, unclassified. */
static bool unstored(struct cfl *L, const struct res *r, bool modelled, int cl, const struct cf_entry *e)
{
	if (!modelled) {
		if (cl > 0)
			note(L, r, "unmodelled-resource", SEV_ERROR,
			     cprintf(L, "%s (%s) carries data classes, but residency does not model where a %s keeps "
				     "its data", r->id, r->type, r->type));
		else if (e)
			note(L, r, "unmodelled-resource", SEV_ERROR,
			     cprintf(L, "%s (%s) is classified by the --classes entry '%s', but residency does not "
				     "model where a %s keeps its data", r->id, r->type, e->match, r->type));
		return true;
	}
	if (cl == 0 && !e) {
		note(L, r, "unclassified", L->require_classes ? SEV_ERROR : SEV_WARNING,
		     cprintf(L, "holds data but has no data classes (tag '%s' or a --classes entry)", L->class_tag));
		return true;
	}
	return false;
}

/* Read the --classes file of the options; false: errors on d. */
static bool cfl_classes(struct cfl *L, const struct cfn_opts *o)
{
	L->require_classes = o && o->require_classes;
	if (!o || !o->classes_file)
		return true;
	L->cf = &L->cfmap;
	return cf_load(L->cf, L->p, L->pl, o->classes_file, L->d);
}

/* Unused entries, then the map freed. */
static void cfl_classes_done(struct cfl *L, bool ok)
{
	if (ok && L->cf)
		cf_unused(L->cf, L->pl);
	cf_free(L->cf);
}

/*
** Where a store's key is: a KMS key of the template (the stack's region),
** a key ARN (its region), a key id or alias (the store's region: KMS ids
** without an ARN name keys of the caller's region), absent (a key the
** service manages, in the store's region).  false: unknown (noted).
*/
static bool key_place(struct cfl *L, const struct res *r, const struct doc_node *key, struct place home,
		      struct place *out)
{
	*out = home;
	if (!key)
		return true;
	if (ref_resource(L, key))
		return true;	/* a key of this stack: the stack's region */
	const char *v = ev_str(L, key, 0);
	if (!v) {
		note(L, r, "unknown-location", SEV_ERROR,
		     cprintf(L, "the encryption key of %s cannot be determined from the template", r->id));
		return false;
	}
	const char *reg = arn_region(L, v);
	if (!reg || !*reg)
		return true;
	return region_place(L, r, "the encryption key's region", reg, out);
}

struct store_ctx {
	struct cfl *L;
	struct res *r;
	struct plan_store *s;
	struct placeref_vec {
		struct plan_placeref *v;
		size_t n, cap;
	} replicas, backups;
};

static void add_copy(struct store_ctx *c, bool backup, struct place pl, const struct doc_node *at)
{
	struct placeref_vec *v = backup ? &c->backups : &c->replicas;
	struct plan_placeref *p = VEC_PUSH(v->v, v->n, v->cap);
	p->place = pl;
	p->pos = at ? pos_of(at) : c->r->pos;
}

/* A copy in the region a node names (a Region field, or an ARN's region). */
static void copy_in(struct store_ctx *c, bool backup, const char *what, const struct doc_node *n, bool arn)
{
	const char *v = ev_str(c->L, n, 0);
	const char *reg = arn ? arn_region(c->L, v) : v;
	if (arn && v && reg && !*reg)
		reg = NULL;
	struct place pl;
	struct res at = *c->r;
	if (n)
		at.pos = pos_of(n);
	if (!v || !reg) {
		note(c->L, &at, "unknown-location", SEV_ERROR,
		     cprintf(c->L, "%s of %s cannot be determined from the template", what, c->r->id));
		return;
	}
	if (region_place(c->L, &at, what, reg, &pl))
		add_copy(c, backup, pl, n);
}

/* ---------------------------------------------------------------- per type */

static const struct doc_node *path2(const struct doc_node *n, const char *a, const char *b)
{
	return doc_get(doc_get(n, a), b);
}

static void enc_s3(struct store_ctx *c)
{
	/* S3 encrypts every new object since 2023-01-05 (SSE-S3 at least) */
	c->s->enc_at_rest = true;
	const struct doc_node *rules = path2(c->r->props, "BucketEncryption", "ServerSideEncryptionConfiguration");
	for (uint32_t i = 0; rules && rules->kind == DOC_SEQ && i < rules->n; i++) {
		const struct doc_node *def = doc_get(rules->items[i], "ServerSideEncryptionByDefault");
		const struct doc_node *k = doc_get(def, "KMSMasterKeyID");
		if (k)
			c->r->key_node = k;
	}
}

static void repl_s3(struct store_ctx *c)
{
	const struct doc_node *rules = path2(c->r->props, "ReplicationConfiguration", "Rules");
	for (uint32_t i = 0; rules && rules->kind == DOC_SEQ && i < rules->n; i++) {
		const struct doc_node *dst = path2(rules->items[i], "Destination", "Bucket");
		if (!dst)
			continue;
		if (ref_resource(c->L, dst)) {	/* a bucket of this stack: the stack's region */
			struct place pl;
			struct res at = *c->r;
			at.pos = pos_of(dst);
			if (region_place(c->L, &at, "the replication destination's region", c->L->region, &pl))
				add_copy(c, false, pl, dst);
			continue;
		}
		/* an S3 ARN has no region: a bucket outside the template is unknown */
		struct res at = *c->r;
		at.pos = pos_of(dst);
		const char *v = ev_str(c->L, dst, 0);
		note(c->L, &at, "unknown-location", SEV_ERROR,
		     cprintf(c->L, "the replication destination %s%s%s of %s is a bucket outside this template; "
			     "its region cannot be determined (S3 ARNs carry none)",
			     v ? "'" : "", v ? v : "", v ? "'" : "", c->r->id));
	}
}

static void t_s3(struct store_ctx *c)
{
	enc_s3(c);
	repl_s3(c);
}

static void t_dynamodb(struct store_ctx *c)
{
	/* DynamoDB encrypts every table; without SSESpecification with an AWS owned key */
	c->s->enc_at_rest = true;
	const struct doc_node *sse = doc_get(c->r->props, "SSESpecification");
	const struct doc_node *k = doc_get(sse, "KMSMasterKeyId");
	if (k)
		c->r->key_node = k;
}

static void t_global_table(struct store_ctx *c)
{
	c->s->enc_at_rest = true;
	const struct doc_node *reps = doc_get(c->r->props, "Replicas");
	for (uint32_t i = 0; reps && reps->kind == DOC_SEQ && i < reps->n; i++) {
		const struct doc_node *rg = doc_get(reps->items[i], "Region");
		const char *v = ev_str(c->L, rg, 0);
		if (v && c->L->region && strcmp(v, c->L->region) == 0)
			continue;	/* the replica in the stack's region is the primary */
		copy_in(c, false, "a global table replica's region", rg, false);
	}
}

static void t_rds(struct store_ctx *c)
{
	c->s->enc_at_rest = doc_true(doc_get(c->r->props, "StorageEncrypted"));
	const struct doc_node *k = doc_get(c->r->props, "KmsKeyId");
	if (k)
		c->r->key_node = k;
	const struct doc_node *src = doc_get(c->r->props, "SourceDBInstanceIdentifier");
	if (!src)
		src = doc_get(c->r->props, "SourceDBClusterIdentifier");
	if (src && !ref_resource(c->L, src)) {
		/* a read replica of a database in another region: its data is
		   copied here from there (recorded as a replica of this store in
		   the source's region, so the copy is judged as a transfer) */
		const char *v = ev_str(c->L, src, 0);
		const char *reg = arn_region(c->L, v);
		if (!v || (reg && !*reg)) {
			note(c->L, c->r, "unknown-location", SEV_ERROR,
			     cprintf(c->L, "the replication source of %s cannot be determined from the template",
				     c->r->id));
		} else if (reg && (!c->L->region || strcmp(reg, c->L->region) != 0)) {
			struct place pl;
			if (region_place(c->L, c->r, "the replication source's region", reg, &pl))
				add_copy(c, false, pl, src);
		}
	}
}

static void t_encrypted_flag(struct store_ctx *c, const char *flag, const char *key)
{
	c->s->enc_at_rest = doc_true(doc_get(c->r->props, flag));
	const struct doc_node *k = key ? doc_get(c->r->props, key) : NULL;
	if (k)
		c->r->key_node = k;
}

static void t_efs(struct store_ctx *c)
{
	t_encrypted_flag(c, "Encrypted", "KmsKeyId");
	const struct doc_node *dst = path2(c->r->props, "ReplicationConfiguration", "Destinations");
	for (uint32_t i = 0; dst && dst->kind == DOC_SEQ && i < dst->n; i++) {
		const struct doc_node *rg = doc_get(dst->items[i], "Region");
		if (rg)
			copy_in(c, false, "an EFS replica's region", rg, false);
		else	/* AvailabilityZoneName only: the same region */
			add_copy(c, false, c->s->primary[0], dst->items[i]);
	}
}

static void t_secret(struct store_ctx *c)
{
	c->s->enc_at_rest = true;	/* Secrets Manager always encrypts */
	const struct doc_node *k = doc_get(c->r->props, "KmsKeyId");
	if (k)
		c->r->key_node = k;
	const struct doc_node *reps = doc_get(c->r->props, "ReplicaRegions");
	for (uint32_t i = 0; reps && reps->kind == DOC_SEQ && i < reps->n; i++)
		copy_in(c, false, "a secret replica's region", doc_get(reps->items[i], "Region"), false);
}

static void t_always_encrypted(struct store_ctx *c)
{
	c->s->enc_at_rest = true;
	static const char *const keys[] = {"KmsKeyId", "KMSKeyId", "KmsMasterKeyId", "KmsKeyArn"};
	for (size_t i = 0; i < ARRAY_LEN(keys); i++) {
		const struct doc_node *k = doc_get(c->r->props, keys[i]);
		if (k)
			c->r->key_node = k;
	}
}

static void t_plain(struct store_ctx *c)
{
	(void)c;
}

static void t_opensearch(struct store_ctx *c)
{
	const struct doc_node *e = doc_get(c->r->props, "EncryptionAtRestOptions");
	c->s->enc_at_rest = doc_true(doc_get(e, "Enabled"));
	const struct doc_node *k = doc_get(e, "KmsKeyId");
	if (k)
		c->r->key_node = k;
}

static void t_redshift(struct store_ctx *c)
{
	t_encrypted_flag(c, "Encrypted", "KmsKeyId");
}

static void t_elasticache(struct store_ctx *c)
{
	t_encrypted_flag(c, "AtRestEncryptionEnabled", "KmsKeyId");
}

static void t_kinesis(struct store_ctx *c)
{
	const struct doc_node *e = doc_get(c->r->props, "StreamEncryption");
	c->s->enc_at_rest = e != NULL;
	const struct doc_node *k = doc_get(e, "KeyId");
	if (k)
		c->r->key_node = k;
}

static void t_docdb(struct store_ctx *c)
{
	t_encrypted_flag(c, "StorageEncrypted", "KmsKeyId");
}

static void t_ebs(struct store_ctx *c)
{
	t_encrypted_flag(c, "Encrypted", "KmsKeyId");
}

/*
** The data stores: CloudFormation type → what fills the store.  Sorted by
** type (bsearch).  docs/cloudformation.md lists the same table.
*/
static const struct cfn_type {
	const char *type;
	void (*fill)(struct store_ctx *c);
} cfn_types[] = {
	{"AWS::DocDB::DBCluster", t_docdb},
	{"AWS::DynamoDB::GlobalTable", t_global_table},
	{"AWS::DynamoDB::Table", t_dynamodb},
	{"AWS::EC2::Volume", t_ebs},
	{"AWS::ECR::Repository", t_always_encrypted},
	{"AWS::EFS::FileSystem", t_efs},
	{"AWS::ElastiCache::CacheCluster", t_plain},
	{"AWS::ElastiCache::ReplicationGroup", t_elasticache},
	{"AWS::ElastiCache::ServerlessCache", t_always_encrypted},
	{"AWS::Elasticsearch::Domain", t_opensearch},
	{"AWS::FSx::FileSystem", t_always_encrypted},
	{"AWS::Kinesis::Stream", t_kinesis},
	{"AWS::KinesisFirehose::DeliveryStream", t_plain},
	{"AWS::Logs::LogGroup", t_always_encrypted},
	{"AWS::Neptune::DBCluster", t_docdb},
	{"AWS::OpenSearchService::Domain", t_opensearch},
	{"AWS::RDS::DBCluster", t_rds},
	{"AWS::RDS::DBInstance", t_rds},
	{"AWS::Redshift::Cluster", t_redshift},
	{"AWS::S3::Bucket", t_s3},
	{"AWS::SNS::Topic", t_always_encrypted},
	{"AWS::SQS::Queue", t_always_encrypted},
	{"AWS::SecretsManager::Secret", t_secret},
	{"AWS::Timestream::Database", t_always_encrypted},
};

static int cmp_type(const void *k, const void *e)
{
	return strcmp(k, ((const struct cfn_type *)e)->type);
}

static const struct cfn_type *find_type(const char *type)
{
	return bsearch(type, cfn_types, ARRAY_LEN(cfn_types), sizeof *cfn_types, cmp_type);
}

/* ---------------------------------------------------------------- AWS Backup */

/*
** Copy actions of backup plans, applied to the stores their selections
** name (resources of the template, "*", or tag conditions).
*/
static void backup_copies(struct cfl *L, const struct res *store, struct store_ctx *c)
{
	for (size_t i = 0; i < L->nselections; i++) {
		const struct doc_node *sel = L->selections[i];
		const struct doc_node *props = doc_get(sel, "Properties");
		const struct doc_node *bs = doc_get(props, "BackupSelection");
		bool chosen = false;
		const struct doc_node *list = doc_get(bs, "Resources");
		for (uint32_t k = 0; list && list->kind == DOC_SEQ && k < list->n; k++) {
			const char *target = ref_resource(L, list->items[k]);
			const char *lit = ev_str(L, list->items[k], 0);
			if ((target && strcmp(target, store->id) == 0) || (lit && strcmp(lit, "*") == 0))
				chosen = true;
		}
		const struct doc_node *tags = doc_get(bs, "ListOfTags");
		for (uint32_t k = 0; tags && tags->kind == DOC_SEQ && k < tags->n; k++) {
			const char *key = ev_str(L, doc_get(tags->items[k], "ConditionKey"), 0);
			const char *val = ev_str(L, doc_get(tags->items[k], "ConditionValue"), 0);
			const struct doc_node *at = NULL;
			const char *have = key ? tag_value(doc_get(store->props, "Tags"), key, &at) : NULL;
			if (have && val && strcmp(have, val) == 0)
				chosen = true;
		}
		if (!chosen)
			continue;
		const char *plan = ref_resource(L, doc_get(bs, "BackupPlanId") ? doc_get(bs, "BackupPlanId")
									  : doc_get(props, "BackupPlanId"));
		const struct doc_node *bp = plan ? doc_get(find_res(L, plan), "Properties") : NULL;
		if (!bp) {
			note(L, store, "unknown-location", SEV_ERROR,
			     cprintf(L, "%s is backed up by a plan outside this template: where its copies go "
				     "cannot be determined", store->id));
			continue;
		}
		const struct doc_node *rules = path2(bp, "BackupPlan", "BackupPlanRule");
		for (uint32_t k = 0; rules && rules->kind == DOC_SEQ && k < rules->n; k++) {
			const struct doc_node *copies = doc_get(rules->items[k], "CopyActions");
			for (uint32_t j = 0; copies && copies->kind == DOC_SEQ && j < copies->n; j++) {
				const struct doc_node *dst = doc_get(copies->items[j], "DestinationBackupVaultArn");
				if (ref_resource(L, dst)) {
					struct place pl;
					if (region_place(L, store, "a backup copy's region", L->region, &pl))
						add_copy(c, true, pl, dst);
				} else {
					copy_in(c, true, "a backup copy's region", dst, true);
				}
			}
		}
	}
}

/* ================================================================ the template */

/* Types that hold no data of their own: a class tag on them is an error all the same. */
static void load_resource(struct cfl *L, const struct doc_node *idn, const struct doc_node *def)
{
	struct res r = {0};
	r.id = idn->s;
	r.node = def;
	r.pos = pos_of(idn);
	r.type = doc_str(doc_get(def, "Type"));
	r.props = doc_get(def, "Properties");
	if (!r.type) {
		cfn_error(L, def, "resource %s has no Type", r.id);
		return;
	}
	if (def->kind != DOC_MAP) {
		cfn_error(L, def, "resource %s is not a mapping", r.id);
		return;
	}
	struct bits classes;
	int cl = res_classes(L, &r, &classes);
	if (cl < 0)
		return;
	const struct cfn_type *t = find_type(r.type);
	const char *names[2] = {r.id, L->stack ? cprintf(L, "%s/%s", L->stack, r.id) : NULL};
	const struct cf_entry *e = res_entry(L, names, 2, r.type, t != NULL);
	if (unstored(L, &r, t != NULL, cl, e))
		return;
	if (e)
		classes = e->classes;
	struct place home;
	if (!region_place(L, &r, "the stack's region", L->region, &home))
		return;
	struct plan_store *s = plan_add_store(L->pl);
	uint32_t si = L->pl->nstores - 1;
	s->name = r.id;
	s->address = r.id;
	s->pos = r.pos;
	s->classes = classes;
	s->primary = arena_alloc(L->a, sizeof *s->primary);
	s->primary[0] = home;
	s->nprimary = 1;
	if (e)
		cf_store_facts(e, s, L->a);
	struct store_ctx c = {L, &r, s, {0}, {0}};
	t->fill(&c);
	backup_copies(L, &r, &c);
	s = &L->pl->stores[si];	/* stable: nothing added since */
	if (s->enc_at_rest) {
		struct place kp;
		if (key_place(L, &r, r.key_node, home, &kp)) {
			s->has_key = true;
			s->key = kp;
		} else {
			s->key_unknown = true;
		}
	}
	if (c.replicas.n) {
		s->replicas = arena_alloc(L->a, c.replicas.n * sizeof *s->replicas);
		memcpy(s->replicas, c.replicas.v, c.replicas.n * sizeof *s->replicas);
		s->nreplicas = (uint32_t)c.replicas.n;
	}
	if (c.backups.n) {
		s->backups = arena_alloc(L->a, c.backups.n * sizeof *s->backups);
		memcpy(s->backups, c.backups.v, c.backups.n * sizeof *s->backups);
		s->nbackups = (uint32_t)c.backups.n;
	}
	xfree(c.replicas.v);
	xfree(c.backups.v);
}

/*
** The first top-level key of a YAML text (a line that starts with a
** letter; comments, "---" and blank lines skipped) is one a template can
** have, or the text is not YAML of that kind (JSON, or empty): true.
** False for a YAML mapping whose first key no template has (a YAML plan's
** stores:, flows:, plan:), so that a large plan is not searched for
** Resources.  SAM's Globals included.
*/
static bool cfn_first_key_ok(const char *data, size_t len)
{
	static const char *const keys[] = {"AWSTemplateFormatVersion", "Description", "Metadata", "Parameters",
					   "Rules", "Mappings", "Conditions", "Transform", "Globals", "Resources",
					   "Outputs", "Hooks"};
	size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	while (i < len) {
		const char *eol = memchr(data + i, '\n', len - i);
		size_t e = eol ? (size_t)(eol - data) : len;
		char c = data[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
			size_t k = i;
			while (k < e && data[k] != ':' && data[k] != ' ' && data[k] != '\t')
				k++;
			for (size_t j = 0; j < sizeof keys / sizeof *keys; j++)
				if (strlen(keys[j]) == k - i && memcmp(keys[j], data + i, k - i) == 0)
					return true;
			return false;
		}
		if (c != '#' && c != '\r' && c != '\n' && !(e - i >= 3 && memcmp(data + i, "---", 3) == 0))
			return true;	/* JSON, a flow mapping, an indented first line: the scan decides */
		i = e + 1;
	}
	return true;
}

bool plan_is_cfn(const char *data, size_t len)
{
	/* a top-level Resources key (YAML: at the start of a line; JSON: as a
	   quoted key) and an AWS resource type; the loader checks the rest */
	if (!cfn_first_key_ok(data, len))
		return false;
	size_t n = len < ((size_t)4 << 20) ? len : ((size_t)4 << 20);
	bool res = false;
	for (const char *s = data; s && (size_t)(s - data) < n;) {
		const char *hit = memmem(s, n - (size_t)(s - data), "Resources", 9);
		if (!hit)
			break;
		size_t off = (size_t)(hit - data);
		if ((off == 0 || data[off - 1] == '\n') && off + 10 <= n && hit[9] == ':')
			res = true;
		if (off > 0 && data[off - 1] == '"' && off + 10 <= n && hit[9] == '"')
			res = true;
		if (res)
			break;
		s = hit + 9;
	}
	return res && memmem(data, n, "AWS::", 5) && !memmem(data, n < 4096 ? n : 4096, "\"format_version\"", 16);
}

struct rsd_plan *plan_load_cfn(const struct rsd_policy *p, const char *file, const char *data, size_t len,
			       const struct cfn_opts *o, struct rsd_diags *d)
{
	struct cfl L = {0};
	L.p = p;
	L.d = d;
	L.nerrors0 = d->nerrors;
	L.class_tag = o && o->class_tag && *o->class_tag ? o->class_tag : "data-classes";
	L.region = o && o->region && *o->region ? o->region : NULL;
	L.region_why = o && o->region_why ? o->region_why
					  : "a template does not say where it is deployed; give the stack's region "
					    "with --region (or --default-region aws=REGION)";
	struct rsd_plan *pl = plan_new(file);
	L.pl = pl;
	L.a = &pl->arena;
	struct doc_node *root = doc_parse(L.a, file, data, len, d, &L.src);
	if (!root) {
		plan_free(pl);
		return NULL;
	}
	L.resources = doc_get(root, "Resources");
	if (root->kind != DOC_MAP || (L.resources && L.resources->kind != DOC_MAP)) {
		cfn_error(&L, L.resources ? L.resources : root,
			  "not a CloudFormation template: %s", root->kind != DOC_MAP ? "the top level is not a mapping"
										: "Resources is not a mapping");
		plan_free(pl);
		return NULL;
	}
	L.stack = o && o->stack && *o->stack ? o->stack : NULL;
	if (!cfl_classes(&L, o)) {
		cfl_classes_done(&L, false);
		plan_free(pl);
		return NULL;
	}
	if (!L.resources) {	/* a template without resources (a CDK assertion stack) deploys nothing */
		cfl_classes_done(&L, true);
		plan_shrink(pl);
		return pl;
	}
	L.params = doc_get(root, "Parameters");
	L.mappings = doc_get(root, "Mappings");
	L.conditions = doc_get(root, "Conditions");
	/* CloudFormation's own quotas (200 parameters, 200 mappings); conditions
	   get the same bound: lookups in them stay cheap on hostile input */
	const struct doc_node *sect[3] = {L.params, L.mappings, L.conditions};
	static const char *const sect_name[3] = {"Parameters", "Mappings", "Conditions"};
	for (int i = 0; i < 3; i++)
		if (sect[i] && sect[i]->kind == DOC_MAP && sect[i]->n > CFN_MAX_SECTION) {
			cfn_error(&L, sect[i], "%s has %u entries; CloudFormation allows at most %d", sect_name[i],
				  sect[i]->n, CFN_MAX_SECTION);
			cfl_classes_done(&L, false);
			plan_free(pl);
			return NULL;
		}
	L.index = xmalloc((L.resources->n + 1) * sizeof *L.index);
	for (uint32_t i = 0; i < L.resources->n; i++) {
		const struct doc_node *k = L.resources->items[2 * i], *def = L.resources->items[2 * i + 1];
		if (k->kind != DOC_SCALAR) {
			cfn_error(&L, k, "a resource's logical id must be a string");
			continue;
		}
		L.index[L.nindex++] = (struct rindex){k->s, def};
		const char *type = doc_str(doc_get(def, "Type"));
		if (type && strcmp(type, "AWS::Backup::BackupSelection") == 0)
			*VEC_PUSH(L.selections, L.nselections, L.cap_selections) = def;
	}
	qsort(L.index, L.nindex, sizeof *L.index, cmp_rindex);
	for (size_t i = 1; i < L.nindex; i++)
		if (strcmp(L.index[i - 1].name, L.index[i].name) == 0)
			cfn_error(&L, L.index[i].def, "duplicate resource id '%s'", L.index[i].name);
	for (uint32_t i = 0; d->nerrors == L.nerrors0 && i < L.resources->n; i++)
		if (L.resources->items[2 * i]->kind == DOC_SCALAR)
			load_resource(&L, L.resources->items[2 * i], L.resources->items[2 * i + 1]);
	xfree(L.index);
	xfree(L.selections);
	cfl_classes_done(&L, d->nerrors == L.nerrors0);
	if (d->nerrors > L.nerrors0) {
		plan_free(pl);
		return NULL;
	}
	plan_shrink(pl);
	return pl;
}

/* ================================================================ AWS Config */

/*
** AWS Config configuration items: a single item, or a list under
** configurationItems (a snapshot file, or GetResourceConfigHistory's
** answer, at the top or under `data`).  Each current item of a data-store
** type of the table above is a store in its awsRegion; its classes come
** from its tags.  Of a resource's history only the newest item counts,
** and deleted resources are left out.  docs/aws-config.md.
*/
bool plan_is_awsconfig(const char *data, size_t len)
{
	size_t body = len < 65536 ? len : 65536;
	return memmem(data, body, "\"configurationItem", 18) != NULL && memmem(data, body, "\"awsRegion\"", 11) != NULL &&
	       memmem(data, body, "\"resourceType\"", 14) != NULL;
}

static const char *ci_str(const struct doc_node *ci, const char *key)
{
	return doc_str(doc_get(ci, key));
}

/* A configuration item with its sort keys (read once, not in every comparison). */
struct ci_key {
	const struct doc_node *ci;
	const char *type, *id, *time;
};

/* by resource (type, id), then newest capture first */
static int cmp_ci(const void *a, const void *b)
{
	const struct ci_key *x = a, *y = b;
	int c = strcmp(x->type, y->type);
	if (!c)
		c = strcmp(x->id, y->id);
	if (!c)
		c = -strcmp(x->time ? x->time : "", y->time ? y->time : "");
	if (!c)
		c = x->ci->line < y->ci->line ? -1 : x->ci->line > y->ci->line;
	return c;
}

static void load_ci(struct cfl *L, const struct doc_node *ci)
{
	const char *status = ci_str(ci, "configurationItemStatus");
	if (status && strncmp(status, "ResourceDeleted", 15) == 0)
		return;
	struct res r = {0};
	r.id = ci_str(ci, "resourceName") ? ci_str(ci, "resourceName") : ci_str(ci, "resourceId");
	r.type = ci_str(ci, "resourceType");
	r.node = ci;
	r.pos = pos_of(ci);
	struct bits classes;
	int cl = classes_from(L, &r, doc_get(ci, "tags"), &classes);
	if (cl < 0)
		return;
	bool modelled = find_type(r.type) != NULL;
	const char *names[3] = {ci_str(ci, "arn"), ci_str(ci, "resourceId"), ci_str(ci, "resourceName")};
	const struct cf_entry *e = res_entry(L, names, 3, r.type, modelled);
	if (unstored(L, &r, modelled, cl, e))
		return;
	if (e)
		classes = e->classes;
	struct place home;
	if (!region_place(L, &r, "the resource's region", ci_str(ci, "awsRegion"), &home))
		return;
	/* S3 replication is in the supplementary configuration; its destinations
	   are bucket ARNs, which carry no region: never a silent pass */
	const char *repl = ci_str(doc_get(ci, "supplementaryConfiguration"), "BucketReplicationConfiguration");
	if (repl && strstr(repl, "\"rules\"") && !strstr(repl, "\"rules\":[]") && !strstr(repl, "\"rules\":null")) {
		note(L, &r, "unknown-location", SEV_ERROR,
		     cprintf(L, "%s replicates to buckets whose regions the configuration item does not record", r.id));
		return;
	}
	/* encryption: the services that always encrypt, else the item's own flags */
	const struct cfn_type *t = find_type(r.type);
	const struct doc_node *conf = doc_get(ci, "configuration");
	bool enc = t->fill == t_s3 || t->fill == t_dynamodb || t->fill == t_global_table || t->fill == t_secret ||
		   t->fill == t_always_encrypted;
	static const char *const flags[] = {"storageEncrypted", "encrypted", "StorageEncrypted", "Encrypted"};
	for (size_t i = 0; i < ARRAY_LEN(flags); i++)
		enc |= doc_true(doc_get(conf, flags[i]));
	struct place key = home;
	if (enc && !key_place(L, &r, doc_get(conf, "kmsKeyId") ? doc_get(conf, "kmsKeyId") : doc_get(conf, "KmsKeyId"),
			      home, &key))
		return;
	struct plan_store *st = plan_add_store(L->pl);
	st->enc_at_rest = enc;
	st->has_key = enc;
	st->key = key;
	st->name = r.id;
	st->address = ci_str(ci, "arn") ? ci_str(ci, "arn") : r.id;
	st->pos = r.pos;
	st->classes = classes;
	st->primary = arena_alloc(L->a, sizeof *st->primary);
	st->primary[0] = home;
	st->nprimary = 1;
	if (e)
		cf_store_facts(e, st, L->a);
}

struct rsd_plan *plan_load_awsconfig(const struct rsd_policy *p, const char *file, const char *data, size_t len,
				     const struct cfn_opts *o, struct rsd_diags *d)
{
	struct cfl L = {0};
	L.p = p;
	L.d = d;
	L.nerrors0 = d->nerrors;
	L.class_tag = o && o->class_tag && *o->class_tag ? o->class_tag : "data-classes";
	struct rsd_plan *pl = plan_new(file);
	L.pl = pl;
	L.a = &pl->arena;
	struct doc_node *root = doc_parse(L.a, file, data, len, d, &L.src);
	if (!root) {
		plan_free(pl);
		return NULL;
	}
	const struct doc_node *page = doc_get(root, "data") ? doc_get(root, "data") : root;
	const struct doc_node *list = doc_get(page, "configurationItems");
	bool single = !list && doc_get(root, "resourceType") && doc_get(root, "awsRegion");
	if (root->kind != DOC_MAP || (!single && (!list || list->kind != DOC_SEQ))) {
		cfn_error(&L, root, "not AWS Config data: no configuration items");
		plan_free(pl);
		return NULL;
	}
	if (doc_str(doc_get(page, "nextToken")) && strcmp(doc_str(doc_get(page, "nextToken")), "null") != 0) {
		cfn_error(&L, doc_get(page, "nextToken"), "the AWS Config answer is one page of several (nextToken): "
			  "fetch every page and check them all");
		plan_free(pl);
		return NULL;
	}
	if (!cfl_classes(&L, o)) {
		cfl_classes_done(&L, false);
		plan_free(pl);
		return NULL;
	}
	size_t n = single ? 1 : list->n, k = 0;
	struct ci_key *cis = xmalloc((n + 1) * sizeof *cis);
	for (size_t i = 0; i < n; i++) {
		const struct doc_node *ci = single ? root : list->items[i];
		struct ci_key ck = {ci, ci_str(ci, "resourceType"), ci_str(ci, "resourceId"),
				    ci_str(ci, "configurationItemCaptureTime")};
		if (!ck.type || !ck.id)
			cfn_error(&L, ci, "a configuration item without resourceType and resourceId");
		else
			cis[k++] = ck;
	}
	qsort(cis, k, sizeof *cis, cmp_ci);
	for (size_t i = 0; i < k && d->nerrors == L.nerrors0; i++)
		if (i == 0 || strcmp(cis[i].type, cis[i - 1].type) != 0 || strcmp(cis[i].id, cis[i - 1].id) != 0)
			load_ci(&L, cis[i].ci);
	xfree(cis);
	cfl_classes_done(&L, d->nerrors == L.nerrors0);
	if (d->nerrors > L.nerrors0) {
		plan_free(pl);
		return NULL;
	}
	plan_shrink(pl);
	return pl;
}
