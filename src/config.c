/*
** config.c — the project configuration file, .residency.yaml: found from
** the working directory upward, read with libcyaml against a schema with
** limits, and turned into the command-line options it stands for, which
** the command line puts before its own (so that a flag overrides it).
**
**   policy: [policy/company.rpl]      -p, each (paths relative to the file)
**   lib: [policy/lib]                 -L, each
**   classes: classes.yaml             --classes
**   class-tag: data-classes           --class-tag
**   fail-on: warning                  --fail-on
**   format: github                    -f
**   output: [sarif=residency.sarif]   -o, each
**   base-dir: .                       --base-dir
**   baseline: residency-baseline.json --baseline
**   default-region: [aws=us-east-1]   --default-region, each
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cyaml/cyaml.h>
#include <yaml.h>

#include "diag.h"
#include "residency.h"
#include "util.h"

#define CONFIG_NAME ".residency.yaml"
#define CONFIG_MAX_SIZE 65536	/* bytes */
#define CONFIG_MAX_LIST 256	/* entries of a list */
#define CONFIG_MAX_STRING 4096	/* bytes of a value */

struct config {
	char **policy;
	unsigned policy_count;
	char **lib;
	unsigned lib_count;
	char *classes, *class_tag, *fail_on, *format;
	char **output;
	unsigned output_count;
	char *base_dir, *baseline;
	char **default_region;
	unsigned default_region_count;
};

static const cyaml_schema_value_t str_schema = {
	CYAML_VALUE_STRING(CYAML_FLAG_POINTER, char, 1, CONFIG_MAX_STRING),
};

#define LIST(key, member) \
	CYAML_FIELD_SEQUENCE(key, CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL, struct config, member, \
			     &str_schema, 0, CONFIG_MAX_LIST)
#define STR(key, member) \
	CYAML_FIELD_STRING_PTR(key, CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL, struct config, member, \
			       1, CONFIG_MAX_STRING)

static const cyaml_schema_field_t config_fields[] = {
	LIST("policy", policy),
	LIST("lib", lib),
	STR("classes", classes),
	STR("class-tag", class_tag),
	STR("fail-on", fail_on),
	STR("format", format),
	LIST("output", output),
	STR("base-dir", base_dir),
	STR("baseline", baseline),
	LIST("default-region", default_region),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t config_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct config, config_fields),
};

static void config_log(cyaml_log_t level, void *ctx, const char *fmt, va_list args)
{
	struct strbuf *sb = ctx;
	if (level < CYAML_LOG_ERROR || sb->len)
		return;	/* the first message is the cause; the rest is backtrace */
	sb_vprintf(sb, fmt, args);
	while (sb->len && (sb->s[sb->len - 1] == '\n' || sb->s[sb->len - 1] == ' '))
		sb->s[--sb->len] = 0;
}

char *rsd_config_find(void)
{
	char *dir = getcwd(NULL, 0);
	if (!dir)
		return NULL;
	struct strbuf rel = {0};	/* "", "../", "../../" … */
	for (;;) {
		struct strbuf path = {0};
		sb_printf(&path, "%s/" CONFIG_NAME, dir);
		struct stat st;
		bool found = stat(path.s, &st) == 0 && S_ISREG(st.st_mode);
		sb_free(&path);
		if (found) {
			sb_puts(&rel, CONFIG_NAME);
			free(dir);
			return sb_take(&rel);
		}
		char *slash = strrchr(dir, '/');
		if (!slash || slash == dir) {
			free(dir);
			sb_free(&rel);
			return NULL;
		}
		*slash = '\0';
		sb_puts(&rel, "../");
	}
}

/* A path of the file relative to the directory of the config file. */
static char *config_path(const char *dir, size_t dirlen, const char *p)
{
	struct strbuf sb = {0};
	if (p[0] != '/' && dirlen)
		sb_add(&sb, dir, dirlen);
	sb_puts(&sb, p);
	return sb_take(&sb);
}

static void push_arg(char ***v, size_t *n, const char *opt, const char *val)
{
	struct strbuf sb = {0};
	sb_printf(&sb, "--%s=%s", opt, val);
	*v = xrealloc(*v, (*n + 2) * sizeof **v);
	(*v)[(*n)++] = sb_take(&sb);
	(*v)[*n] = NULL;
}

char **rsd_config_args(const char *path, size_t *nargs, rsd_diags *d)
{
	*nargs = 0;
	size_t len = 0;
	char *text = read_file(path, &len, CONFIG_MAX_SIZE);
	if (!text) {
		diag_error(d, NULL, "%s: cannot read the configuration: %s", path,
			   errno == EFBIG ? "larger than 65536 bytes" : strerror(errno));
		return NULL;
	}
	struct strbuf log = {0};
	cyaml_config_t cfg = {
		.log_fn = config_log, .log_ctx = &log, .mem_fn = cyaml_mem,
		.log_level = CYAML_LOG_ERROR, .flags = CYAML_CFG_DEFAULT,
	};
	struct config *c = NULL;
	cyaml_err_t err = len ? cyaml_load_data((const uint8_t *)text, len, &cfg, &config_schema,
						(cyaml_data_t **)&c, NULL) : CYAML_OK;
	struct src_file *f = diag_add_file(d, path, text, len);	/* owns text now */
	if (err != CYAML_OK) {
		uint32_t line = 1, col = 1;
		yaml_parser_t ps;
		if (yaml_parser_initialize(&ps)) {	/* libcyaml gives no position */
			yaml_parser_set_input_string(&ps, (const unsigned char *)f->text, len);
			for (;;) {
				yaml_event_t ev;
				if (!yaml_parser_parse(&ps, &ev)) {
					line = (uint32_t)ps.problem_mark.line + 1;
					col = (uint32_t)ps.problem_mark.column + 1;
					break;
				}
				bool end = ev.type == YAML_STREAM_END_EVENT;
				yaml_event_delete(&ev);
				if (end)
					break;
			}
			yaml_parser_delete(&ps);
		}
		const char *msg = log.s && log.len ? log.s : cyaml_strerror(err);
		if (strncmp(msg, "Load: ", 6) == 0)
			msg += 6;
		if (strncmp(msg, "libyaml: ", 9) == 0)
			msg += 9;
		const char *key = strstr(msg, "key: ");
		if (key && line == 1 && col == 1) {	/* a schema error: the key's line */
			key += 5;
			size_t kl = strlen(key);
			for (size_t i = 0; i + kl <= len; i++)
				if ((i == 0 || f->text[i - 1] == '\n') && strncmp(f->text + i, key, kl) == 0 &&
				    (i + kl == len || f->text[i + kl] == ':')) {
					struct src_loc at = src_loc_at(f, i, kl);
					line = at.line;
					col = at.col;
					break;
				}
		}
		struct src_loc loc = {f, line, col, 1};
		diag_error(d, &loc, "invalid configuration: %s", msg);
		sb_free(&log);
		if (c)
			cyaml_free(&cfg, &config_schema, c, 0);
		return NULL;
	}
	sb_free(&log);
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	char **v = xcalloc(1, sizeof *v);
	size_t n = 0;
	if (c) {
		char *p;
#define PATHS(list, count, opt) \
		for (unsigned i = 0; i < c->count; i++) { \
			p = config_path(path, dirlen, c->list[i]); \
			push_arg(&v, &n, opt, p); \
			free(p); \
		}
#define ONE(member, opt, is_path) \
		if (c->member) { \
			p = is_path ? config_path(path, dirlen, c->member) : xstrdup(c->member); \
			push_arg(&v, &n, opt, p); \
			free(p); \
		}
		PATHS(policy, policy_count, "policy")
		PATHS(lib, lib_count, "lib")
		ONE(classes, "classes", true)
		ONE(class_tag, "class-tag", false)
		ONE(fail_on, "fail-on", false)
		ONE(format, "format", false)
		for (unsigned i = 0; i < c->output_count; i++) {
			/* FORMAT=FILE or FILE: the file relative to the config */
			const char *o = c->output[i], *eq = strchr(o, '=');
			struct strbuf sb = {0};
			if (eq && eq != o && rsd_format_parse_n(o, (size_t)(eq - o)) >= 0) {
				sb_add(&sb, o, (size_t)(eq - o) + 1);
				o = eq + 1;
			}
			p = config_path(path, dirlen, o);
			sb_puts(&sb, p);
			free(p);
			push_arg(&v, &n, "output", sb.s);
			sb_free(&sb);
		}
		ONE(base_dir, "base-dir", true)
		ONE(baseline, "baseline", true)
		for (unsigned i = 0; i < c->default_region_count; i++)
			push_arg(&v, &n, "default-region", c->default_region[i]);
#undef PATHS
#undef ONE
		cyaml_free(&cfg, &config_schema, c, 0);
	}
	*nargs = n;
	return v;
}

void rsd_config_args_free(char **args)
{
	for (char **a = args; a && *a; a++)
		free(*a);
	free(args);
}
