/*
** cdk.c — AWS CDK cloud assemblies (`cdk synth` output, cdk.out/): the
** stacks of manifest.json, each a CloudFormation template and the region
** of its environment ("aws://ACCOUNT/REGION"), nested assemblies included.
** The templates themselves are loaded by plan_cfn.c, one plan per stack.
*/
#include "residency.h"

#include <errno.h>
#include <stdbool.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

#define CDK_MAX_NESTING 16
#define CDK_MAX_MANIFEST ((size_t)64 << 20)

struct stacks {
	rsd_stack *v;
	size_t n, cap;
};

static char *join(const char *dir, const char *name)
{
	struct strbuf sb = {0};
	sb_puts(&sb, dir);
	if (sb.len && sb.s[sb.len - 1] != '/')
		sb_putc(&sb, '/');
	sb_puts(&sb, name);
	return sb_take(&sb);
}

/* a file name inside the assembly: no absolute path, no "..", no empty name */
static bool safe_name(const char *s)
{
	if (!s || !*s || s[0] == '/')
		return false;
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.')
			return false;
		p += n;
		p += *p == '/';
	}
	return true;
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int read_assembly(const char *dir, int depth, struct stacks *out, rsd_diags *d)
{
	char *path = join(dir, "manifest.json");
	if (depth > CDK_MAX_NESTING) {
		rsd_diags_error(d, "%s: cloud assemblies nested more than %d deep", path, CDK_MAX_NESTING);
		xfree(path);
		return -1;
	}
	size_t len;
	char *text = read_file(path, &len, CDK_MAX_MANIFEST);
	if (!text) {
		rsd_diags_error(d, "%s: cannot read the assembly manifest: %s", path, strerror(errno));
		xfree(path);
		return -1;
	}
	json_error_t err;
	json_t *m = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
	xfree(text);
	int rc = 0;
	json_t *arts = json_object_get(m, "artifacts");
	if (!m || !json_is_object(arts)) {
		if (m)
			rsd_diags_error(d, "%s: not a cloud assembly manifest (no 'artifacts' object)", path);
		else
			rsd_diags_error(d, "%s:%d:%d: invalid JSON: %s", path, err.line, err.column, err.text);
		json_decref(m);
		xfree(path);
		return -1;
	}
	/* artifacts in name order: the same output for the same assembly */
	size_t n = json_object_size(arts), k = 0;
	const char **keys = xmalloc((n + 1) * sizeof *keys);
	const char *key;
	json_t *a;
	json_object_foreach(arts, key, a) keys[k++] = key;
	qsort(keys, k, sizeof *keys, cmp_key);
	for (size_t i = 0; i < k && rc == 0; i++) {
		a = json_object_get(arts, keys[i]);
		const char *type = json_string_value(json_object_get(a, "type"));
		json_t *props = json_object_get(a, "properties");
		if (type && strcmp(type, "cdk:cloud-assembly") == 0) {
			const char *sub = json_string_value(json_object_get(props, "directoryName"));
			if (!safe_name(sub)) {
				rsd_diags_error(d, "%s: artifact '%s' names no directory inside the assembly", path, keys[i]);
				rc = -1;
				break;
			}
			char *subdir = join(dir, sub);
			rc = read_assembly(subdir, depth + 1, out, d);
			xfree(subdir);
			continue;
		}
		if (!type || strcmp(type, "aws:cloudformation:stack") != 0)
			continue;
		const char *tmpl = json_string_value(json_object_get(props, "templateFile"));
		if (!safe_name(tmpl)) {
			rsd_diags_error(d, "%s: stack '%s' names no template file inside the assembly", path, keys[i]);
			rc = -1;
			break;
		}
		/* aws://ACCOUNT/REGION; "unknown-region": an environment-agnostic stack */
		const char *env = json_string_value(json_object_get(a, "environment"));
		const char *slash = env && strncmp(env, "aws://", 6) == 0 ? strchr(env + 6, '/') : NULL;
		rsd_stack *s = VEC_PUSH(out->v, out->n, out->cap);
		memset(s, 0, sizeof *s);
		s->name = xstrdup(keys[i]);
		s->template_path = join(dir, tmpl);
		if (slash && slash[1] && strcmp(slash + 1, "unknown-region") != 0)
			s->region = xstrdup(slash + 1);
	}
	xfree(keys);
	json_decref(m);
	xfree(path);
	return rc;
}

int rsd_cdk_stacks(const char *path, rsd_stack **out, size_t *n, rsd_diags *d)
{
	*out = NULL;
	*n = 0;
	struct stat st;
	char *dir;
	size_t plen = strlen(path);
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		char *m = join(path, "manifest.json");
		bool has = stat(m, &st) == 0 && S_ISREG(st.st_mode);
		xfree(m);
		if (!has)
			return 0;
		dir = xstrdup(path);
	} else if (plen >= 13 && strcmp(path + plen - 13, "manifest.json") == 0 &&
		   (plen == 13 || path[plen - 14] == '/')) {
		dir = plen == 13 ? xstrdup(".") : xstrndup(path, plen - 14);
	} else {
		return 0;
	}
	struct stacks v = {0};
	int rc = read_assembly(dir, 0, &v, d);
	xfree(dir);
	if (rc < 0) {
		rsd_cdk_stacks_free(v.v, v.n);
		return -1;
	}
	if (v.n == 0) {
		rsd_diags_error(d, "%s: the cloud assembly holds no CloudFormation stack", path);
		return -1;
	}
	*out = v.v;
	*n = v.n;
	return 1;
}

void rsd_cdk_stacks_free(rsd_stack *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		xfree(v[i].name);
		xfree(v[i].template_path);
		xfree(v[i].region);
	}
	xfree(v);
}
