/*
** main.c — the residency command line.  Parses options, calls the public
** API (include/residency.h, nothing else), prints, and maps outcomes to the
** exit codes of TOOL.md §3: 0 success, 1 findings / failed tests / changes,
** 2 could not do the job (never 0 when an input could not be fully read).
*/
#define _GNU_SOURCE	/* getopt_long, open_memstream */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "residency.h"

#define EXIT_FINDINGS 1
#define EXIT_TROUBLE 2

/*
** One help text per command: the usage line first.  docs/cli.md shows the
** same text and a test compares them.  Each command has its own option
** table, holding exactly the options it takes: an option that is not in
** it is refused ("unknown option"), never accepted and ignored, and a
** long option may be abbreviated to a prefix unique among the command's
** own options.
*/
struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *help;
	const char *shortopts;	/* getopt: starts with ':' (missing values reported as ':') */
	const struct option *longopts;
};

static const struct command *find_command(const char *name);
static void unknown_command(const char *name);
static const char *nearest_option(const char *cmd, const char *name, size_t n);

/* {======================================================= common options */

struct common {
	const char **policies;
	size_t npolicies;
	const char **libdirs;
	size_t nlibdirs;
	rsd_date as_of;
	const char *format;
	const char *output;
	int color;	/* -1 auto */
	int quiet;
};

enum {
	OPT_AS_OF = 256, OPT_COLOR, OPT_FAIL_ON, OPT_WARN_EXPIRING, OPT_CLASS_TAG,
	OPT_CLASSES, OPT_STRICT, OPT_COVERAGE, OPT_CHECK, OPT_PLAN, OPT_PROVIDER,
	OPT_HELP, OPT_MAX_SIZE, OPT_BASE_DIR, OPT_BASELINE, OPT_RECURSIVE, OPT_NO_CONFIG,
	OPT_INPUT_FORMAT, OPT_REGION, OPT_LOCATIONS, OPT_CATEGORIES,
	OPT_DEFAULT_REGION, OPT_REQUIRE_CLASSES,
};

static void usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("residency: error: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'residency help %s'.\n", cmd);
}

/* The next option of command cmd (getopt_long over its own tables). */
static int next_option(const char *cmd, int argc, char **argv)
{
	const struct command *c = find_command(cmd);
	return getopt_long(argc, argv, c->shortopts, c->longopts, NULL);
}

/*
** The entries of table whose name starts with the n bytes of name, in
** *match (the last one); an exact match counts alone.  Returns the count.
*/
static int long_matches(const struct option *table, const char *name, size_t n,
			const struct option **match)
{
	int count = 0;
	*match = NULL;
	for (const struct option *o = table; o->name; o++) {
		if (strncmp(o->name, name, n) != 0)
			continue;
		if (strlen(o->name) == n) {
			*match = o;
			return 1;
		}
		*match = o;
		count++;
	}
	return count;
}

/*
** getopt_long returned '?' (an unknown or ambiguous option, or a value
** given to an option that takes none) or ':' (a missing value): say
** which, once, in our words (opterr is off, so glibc prints nothing),
** naming the option as the command's table spells it, never its value.
**
** For a long option, argv[optind - 1] is the word that failed.  For a
** short one in the middle of a cluster (-xq) optind has not moved yet and
** argv[optind - 1] is an earlier word: optopt names the character then.
*/
static void bad_option(const char *cmd, int ch, char **argv)
{
	const struct option *table = find_command(cmd)->longopts, *o;
	const char *arg = argv[optind - 1];
	int is_long = arg[0] == '-' && arg[1] == '-';
	const char *name = is_long ? arg + 2 : "";
	const char *eq = strchr(name, '=');
	size_t n = eq ? (size_t)(eq - name) : strlen(name);
	int count = is_long ? long_matches(table, name, n, &o) : 0;

	if (ch == ':') {	/* a value is missing: always the last word */
		if (is_long && count == 1)
			usage_error(cmd, "option '--%s' needs a value", o->name);
		else
			usage_error(cmd, "option '-%c' needs a value", optopt);
	} else if (optopt && !(is_long && eq && count == 1 && o->has_arg == no_argument &&
			       o->val == optopt)) {
		usage_error(cmd, "unknown option '-%c'", optopt);
	} else if (optopt) {	/* --strict=yes */
		usage_error(cmd, "option '--%s' takes no value", o->name);
	} else if (count > 1) {	/* --c: --class-tag, --classes or --color */
		char list[256];
		size_t len = 0;
		int k = 0;
		list[0] = '\0';
		for (const struct option *p = table; p->name; p++) {
			if (strncmp(p->name, name, n) != 0)
				continue;
			k++;
			if (len < sizeof list)
				len += (size_t)snprintf(list + len, sizeof list - len, "%s--%s",
							k == 1 ? "" : k == count ? " or " : ", ", p->name);
		}
		usage_error(cmd, "ambiguous option '--%.*s' (could be %s)", (int)n, name, list);
	} else if (is_long) {
		const char *near = nearest_option(cmd, name, n);
		if (near)
			usage_error(cmd, "unknown option '--%.*s'; did you mean '--%s'?", (int)n, name, near);
		else
			usage_error(cmd, "unknown option '--%.*s'", (int)n, name);
	} else {
		usage_error(cmd, "unknown option '%s'", arg);
	}
}

/* Out of memory: nothing useful can be said then (exit status 3). */
static _Noreturn void out_of_memory(void)
{
	fputs("residency: error: out of memory\n", stderr);
	exit(3);
}

static void *grow(void *v, size_t n, size_t esz)
{
	void *r = realloc(v, (n + 1) * esz);
	if (!r)
		out_of_memory();
	return r;
}

/*
** Standard output held back until a command knows whether it could do its
** job.  It fails closed: a run that ends with status 2 prints nothing on
** standard output, not even the part it had done, only its errors on
** standard error.
*/
struct held {
	char *buf;
	size_t len;
	FILE *f;
};

static void hold_open(struct held *h)
{
	h->buf = NULL;
	h->len = 0;
	h->f = open_memstream(&h->buf, &h->len);
	if (!h->f)
		out_of_memory();
}

/* Close h and, when release is set, copy what it holds to standard output. */
static void hold_close(struct held *h, int release)
{
	if (fclose(h->f) != 0)
		out_of_memory();
	if (release)
		fwrite(h->buf, 1, h->len, stdout);
	free(h->buf);
	fflush(stdout);
}

static void push(const char ***v, size_t *n, const char *s)
{
	*v = grow(*v, *n, sizeof **v);
	(*v)[(*n)++] = s;
}

static int parse_date_opt(const char *cmd, const char *s, rsd_date *out)
{
	if (rsd_date_parse(s, out) != 0) {
		usage_error(cmd, "invalid date '%s' for --as-of (expected YYYY-MM-DD, a real calendar date)", s);
		return -1;
	}
	return 0;
}

static int parse_color(const char *cmd, const char *s, int *out)
{
	if (strcmp(s, "auto") == 0)
		*out = -1;
	else if (strcmp(s, "always") == 0)
		*out = 1;
	else if (strcmp(s, "never") == 0)
		*out = 0;
	else {
		usage_error(cmd, "invalid --color '%s' (expected auto, always or never)", s);
		return -1;
	}
	return 0;
}

static int parse_uint(const char *s, long max, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0 || v > max)
		return -1;
	*out = v;
	return 0;
}

/*
** The plan-loading options (rsd_plan_opts), the same for every command
** that reads a plan — check, graph, diff --plan — so that a Terraform plan
** whose classes come from a custom tag or a classes file can be used by
** all of them: one table entry each (PLAN_LONGOPTS), one help text
** (PLAN_HELP), one parser.
*/
#define PLAN_LONGOPTS \
	{"class-tag", required_argument, NULL, OPT_CLASS_TAG}, \
	{"classes", required_argument, NULL, OPT_CLASSES}, \
	{"default-region", required_argument, NULL, OPT_DEFAULT_REGION}, \
	{"input-format", required_argument, NULL, OPT_INPUT_FORMAT}, \
	{"max-input-size", required_argument, NULL, OPT_MAX_SIZE}, \
	{"region", required_argument, NULL, OPT_REGION}, \
	{"require-classes", no_argument, NULL, OPT_REQUIRE_CLASSES}

#define PLAN_HELP \
	"      --class-tag KEY   tag or label holding data classes (default data-classes)\n" \
	"      --classes FILE    YAML mapping of resource addresses to classes (every\n" \
	"                        format but YAML plans and Fides)\n" \
	"      --default-region PROVIDER=REGION  Terraform, its state, Pulumi: region of a\n" \
	"                        provider that sets none (aws, google; azure for Pulumi Azure\n" \
	"                        Native), e.g. from AWS_REGION (repeatable); CloudFormation\n" \
	"                        (aws=) and ARM (azure=) when --region is not given\n" \
	"      --require-classes unclassified data stores are errors\n" \
	"      --input-format NAME  yaml, terraform, terraform-state, cloudformation,\n" \
	"                        arm, aws-config, pulumi, fides or gcp-asset\n" \
	"                        (default: detected)\n" \
	"      --max-input-size BYTES  refuse larger plans (default 1073741824)\n" \
	"      --region REGION   CloudFormation: the stack's region; ARM: the resource group's\n"

/* Fides data maps (check, import fides): docs/fides.md */
#define FIDES_LONGOPTS \
	{"categories", required_argument, NULL, OPT_CATEGORIES}, \
	{"locations", required_argument, NULL, OPT_LOCATIONS}

#define FIDES_HELP \
	"      --locations FILE  Fides: YAML mapping of system fides_keys to locations\n" \
	"      --categories FILE  Fides: YAML mapping of data categories to classes\n" \
	"                        (default: the built-in mapping)\n"

/* Returns 1 when ch is a plan-loading option (stored in *po), 0 when it is
   not one, -1 on a bad value (reported). */
static int plan_opt(const char *cmd, int ch, rsd_plan_opts *po)
{
	long v;
	switch (ch) {
	case OPT_CLASS_TAG:
		po->class_tag = optarg;
		return 1;
	case OPT_CLASSES:
		po->classes_file = optarg;
		return 1;
	case OPT_INPUT_FORMAT:
		for (int i = 0; rsd_input_formats[i]; i++)
			if (strcmp(optarg, rsd_input_formats[i]) == 0) {
				po->input_format = optarg;
				return 1;
			}
		usage_error(cmd, "invalid --input-format '%s' (expected yaml, terraform, terraform-state, cloudformation, arm, aws-config, pulumi, fides or gcp-asset)", optarg);
		return -1;
	case OPT_REGION:
		po->region = optarg;
		return 1;
	case OPT_LOCATIONS:	/* Fides (check, import) */
		po->locations_file = optarg;
		return 1;
	case OPT_CATEGORIES:
		po->categories_file = optarg;
		return 1;
	case OPT_REQUIRE_CLASSES:
		po->require_classes = 1;
		return 1;
	case OPT_DEFAULT_REGION: {
		/* kept for the whole run: the strings are argv's */
		static const char **regions;
		static size_t n, cap;
		const char *eq = strchr(optarg, '=');
		if (!eq || eq == optarg || !eq[1]) {
			usage_error(cmd, "invalid --default-region '%s' (expected PROVIDER=REGION, e.g. aws=eu-west-1)", optarg);
			return -1;
		}
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 4;
			const char **nv = realloc(regions, nc * sizeof *nv);
			if (!nv) {
				usage_error(cmd, "out of memory");
				return -1;
			}
			regions = nv;
			cap = nc;
		}
		regions[n++] = optarg;
		po->default_regions = regions;
		po->ndefault_regions = n;
		return 1;
	}
	case OPT_MAX_SIZE:
		if (parse_uint(optarg, 1L << 40, &v) != 0 || v == 0) {
			usage_error(cmd, "invalid --max-input-size '%s' (expected a number of bytes)", optarg);
			return -1;
		}
		po->max_size = (size_t)v;
		return 1;
	default:
		return 0;
	}
}

static int color_for(int setting, FILE *f)
{
	if (setting >= 0)
		return setting;
	return isatty(fileno(f)) && getenv("NO_COLOR") == NULL;
}

static void compile_opts(const struct common *c, rsd_compile_opts *o)
{
	rsd_compile_opts_init(o);
	o->libdirs = c->libdirs;
	o->nlibdirs = c->nlibdirs;
}

/*
** The policy of a run: the -p files, else the built-in standard library.
** Prints diagnostics; returns NULL on errors.
*/
/* -f github to standard output: errors also as ::error annotations there. */
static int gh_diags;

static rsd_policy *load_policy(const struct common *c)
{
	rsd_compile_opts o;
	compile_opts(c, &o);
	rsd_diags *d = rsd_diags_new();
	rsd_policy *p = c->npolicies
		? rsd_policy_compile_files(c->policies, c->npolicies, &o, d)
		: rsd_policy_default(&o, d);
	rsd_diags_print(d, stderr, color_for(c->color, stderr));
	if (gh_diags)
		rsd_diags_print_github(d, stdout);
	rsd_diags_free(d);
	return p;
}

/*
** Deliver a finished report to -o FILE atomically (a temporary file
** renamed into place; on error the old file is untouched), or through to
** a device, FIFO or /dev/stdout (rsd_write_file).  Never over one of the
** run's inputs (the n paths in, policies, classes): a report written over
** the plan or the policy destroys what it judged.  Reports to stdout are
** streamed by cmd_check instead.
*/
static int over_input(const struct common *c, char *const *in, size_t n, const char *classes);

static int deliver(const struct common *c, const char *buf, size_t len, char *const *in, size_t n,
		   const char *classes)
{
	if (over_input(c, in, n, classes))
		return -1;
	if (rsd_write_file(c->output, buf, len) != 0) {
		fprintf(stderr, "residency: error: cannot write '%s': %s\n", c->output, strerror(errno));
		return -1;
	}
	return 0;
}

/* -o FILE names one of the run's inputs (reported): nothing may be written. */
static int over_input(const struct common *c, char *const *in, size_t n, const char *classes)
{
	struct stat out, st;
	if (stat(c->output, &out) == 0 && S_ISREG(out.st_mode)) {
		for (size_t i = 0; i < n + c->npolicies + 1; i++) {
			const char *f = i < n ? in[i] : i < n + c->npolicies ? c->policies[i - n] : classes;
			if (f && stat(f, &st) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino) {
				fprintf(stderr, "residency: error: refusing to write the report over the input '%s'\n",
					c->output);
				return 1;
			}
		}
	}
	return 0;
}

/*
** Plan files of 1 MiB or more are mapped (docs/performance.md): if another
** process truncates one while the check reads it, touching the lost pages
** raises SIGBUS.  That is a file the tool could not fully read, so it
** fails closed like any other: one error line, the half-written -o
** report's temporary file removed, exit 2.  Only async-signal-safe calls.
*/
static char *volatile report_tmp;	/* stream_to_file's temporary file, or NULL */

static void input_changed(int sig)
{
	(void)sig;
	static const char msg[] = "residency: error: an input file shrank while it was being read "
				  "(truncated or rewritten by another process); nothing was judged\n";
	char *t = report_tmp;
	if (t)
		unlink(t);
	ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
	(void)w;
	_exit(EXIT_TROUBLE);
}

/*
** A report to -o FILE where FILE is a regular file or does not exist yet
** (the usual case): the writer streams into a temporary file beside it,
** renamed into place once complete, so neither the report nor a copy of it
** is ever held in memory, and on error the old file is untouched.  The mode
** of the file replaced is kept; a new one gets 0666 less the umask, as
** rsd_write_file does.  Anything else (a link, a device, a FIFO) returns 1:
** the caller builds the report in memory and hands it to rsd_write_file.
** 0: written; -1: failed (reported).
*/
static int stream_to_file(const char *path, rsd_format fmt, rsd_policy *p, rsd_result **results,
			  size_t n, const rsd_report_opts *ro)
{
	struct stat st;
	mode_t mode;
	if (lstat(path, &st) == 0) {
		if (!S_ISREG(st.st_mode))
			return 1;
		mode = st.st_mode & 07777;
	} else if (errno == ENOENT) {
		mode_t um = umask(022);
		umask(um);
		mode = 0666 & ~um;
	} else {
		return 1;	/* rsd_write_file reports it */
	}
	size_t pl = strlen(path);
	char *tmp = malloc(pl + 16);
	if (!tmp)
		out_of_memory();
	snprintf(tmp, pl + 16, "%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp), e = 0;
	if (fd >= 0)
		report_tmp = tmp;
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		e = errno;
		if (fd >= 0)
			close(fd);
		goto fail;
	}
	/* the writers hand over blocks of 64 KiB or more: a buffer as large
	   lets each go to write(2) in one piece */
	setvbuf(f, NULL, _IOFBF, (size_t)1 << 18);
	errno = 0;
	if (rsd_report_write(f, fmt, p, results, n, ro) != 0 || fchmod(fd, mode) != 0) {
		e = errno ? errno : EIO;
		fclose(f);
		goto fail;
	}
	if (fclose(f) != 0) {
		e = errno;
		goto fail;
	}
	if (rename(tmp, path) != 0) {
		e = errno;
		goto fail;
	}
	report_tmp = NULL;
	free(tmp);
	return 0;
fail:
	if (fd >= 0)
		unlink(tmp);
	report_tmp = NULL;
	free(tmp);
	fprintf(stderr, "residency: error: cannot write '%s': %s\n", path, strerror(e));
	return -1;
}

/* }======================================================= */

/* {======================================================= check */

static int parse_fail_on(const char *s, int *out)
{
	static const char *names[] = {"error", "warning", "info"};
	for (int i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = i;
			return 0;
		}
	if (strcmp(s, "never") == 0) {
		*out = -1;
		return 0;
	}
	return -1;
}

static const struct option check_longopts[] = {
	PLAN_LONGOPTS,
	FIDES_LONGOPTS,
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"base-dir", required_argument, NULL, OPT_BASE_DIR},
	{"baseline", required_argument, NULL, OPT_BASELINE},
	{"color", required_argument, NULL, OPT_COLOR},
	{"fail-on", required_argument, NULL, OPT_FAIL_ON},
	{"format", required_argument, NULL, 'f'},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"no-config", no_argument, NULL, OPT_NO_CONFIG},
	{"output", required_argument, NULL, 'o'},
	{"policy", required_argument, NULL, 'p'},
	{"quiet", no_argument, NULL, 'q'},
	{"recursive", no_argument, NULL, OPT_RECURSIVE},
	{"verbose", no_argument, NULL, 'v'},
	{"warn-expiring", required_argument, NULL, OPT_WARN_EXPIRING},
	{NULL, 0, NULL, 0},
};

/*
** Options shared by check, explain, where, graph, locations, lint, test:
** returns 1 when handled, 0 when not a common option, -1 on a bad value.
*/
static int common_opt(const char *cmd, int ch, struct common *c)
{
	switch (ch) {
	case 'p':
		push(&c->policies, &c->npolicies, optarg);
		return 1;
	case 'L':
		push(&c->libdirs, &c->nlibdirs, optarg);
		return 1;
	case OPT_AS_OF:
		/* check, graph, diff judge plans: `--as-of plan` lets each
		   plan's own as_of choose the date (never by default) */
		if (strcmp(optarg, "plan") == 0 &&
		    (strcmp(cmd, "check") == 0 || strcmp(cmd, "graph") == 0 || strcmp(cmd, "diff") == 0)) {
			c->as_of = RSD_DATE_PLAN;
			return 1;
		}
		return parse_date_opt(cmd, optarg, &c->as_of) ? -1 : 1;
	case 'f':
		c->format = optarg;
		return 1;
	case 'o':
		c->output = optarg;
		return 1;
	case OPT_COLOR:
		return parse_color(cmd, optarg, &c->color) ? -1 : 1;
	case 'q':
		c->quiet = 1;
		return 1;
	default:
		return 0;
	}
}

static void common_init(struct common *c)
{
	memset(c, 0, sizeof *c);
	c->as_of = RSD_DATE_NONE;
	c->color = -1;
}

static void common_free(struct common *c)
{
	free(c->policies);
	free(c->libdirs);
}

static int cmd_help_for(const char *name);
static int cmp_str(const void *a, const void *b);

/*
** The configuration file's options (rsd_config_args), put before the
** command's own words: argv[1 .. cfg_n] of the command's argument vector,
** one word each ("--policy=PATH"), so that getopt reads them first and
** the command line's own options override them (single values: the last
** wins; lists: the command line's replace the file's, see from_config).
*/
static size_t cfg_n;

/* The option getopt just returned came from the configuration file. */
static int from_config(void)
{
	return (size_t)optind <= cfg_n + 1;
}

/* What with_config allocated: the options' words and the new vector. */
static char **cfg_args, **cfg_vec;

/*
** Returns the argument vector to parse: argv with the options of the
** nearest .residency.yaml inserted after the command's name (unless
** --no-config is among the words), keeping only the options whose name
** is in keep (NULL: all); *argc is updated.  NULL (reported) when the
** file is invalid.  cfg_free() frees it.
*/
static char **with_config(int *argc, char **argv, const char *const *keep)
{
	cfg_n = 0;
	for (int i = 1; i < *argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--no-config") == 0)
			return argv;
	char *path = rsd_config_find();
	if (!path)
		return argv;
	rsd_diags *d = rsd_diags_new();
	size_t n = 0;
	cfg_args = rsd_config_args(path, &n, d);
	rsd_diags_print(d, stderr, color_for(-1, stderr));
	rsd_diags_free(d);
	free(path);
	if (!cfg_args)
		return NULL;
	cfg_vec = calloc((size_t)*argc + n + 1, sizeof *cfg_vec);
	if (!cfg_vec)
		out_of_memory();
	size_t k = 0;
	cfg_vec[k++] = argv[0];
	for (size_t i = 0; i < n; i++) {
		int kept = !keep;
		for (const char *const *o = keep; o && *o; o++)
			if (strncmp(cfg_args[i] + 2, *o, strlen(*o)) == 0 && cfg_args[i][2 + strlen(*o)] == '=')
				kept = 1;
		if (kept)
			cfg_vec[k++] = cfg_args[i];
	}
	cfg_n = k - 1;
	for (int i = 1; i < *argc; i++)
		cfg_vec[k++] = argv[i];
	*argc = (int)k;
	return cfg_vec;
}

static void cfg_free(void)
{
	rsd_config_args_free(cfg_args);
	free(cfg_vec);
	cfg_args = cfg_vec = NULL;
	cfg_n = 0;
}

/* One report of a check run: a format and a file (NULL: standard output). */
struct output {
	int format;
	const char *file;
};

/* The plans of a check run: the files named, those of directories, stdin. */
struct plan_args {
	char **paths;
	const rsd_stack **stacks;	/* per path: the CDK stack it is, or NULL */
	size_t n;
	rsd_stack **asm_stacks;	/* each CDK assembly's stacks, to free */
	size_t *asm_n, nasm;
};

static void plan_args_add(struct plan_args *pa, const char *path, const rsd_stack *stack)
{
	pa->paths = grow(pa->paths, pa->n, sizeof *pa->paths);
	pa->stacks = grow(pa->stacks, pa->n, sizeof *pa->stacks);
	pa->stacks[pa->n] = stack;
	pa->paths[pa->n++] = strdup(path);
}

static void plan_args_free(struct plan_args *pa)
{
	for (size_t i = 0; i < pa->n; i++)
		free(pa->paths[i]);
	free(pa->paths);
	free(pa->stacks);
	for (size_t i = 0; i < pa->nasm; i++)
		rsd_cdk_stacks_free(pa->asm_stacks[i], pa->asm_n[i]);
	free(pa->asm_stacks);
	free(pa->asm_n);
}

static int plan_ext(const char *name)
{
	size_t l = strlen(name);
	return (l > 5 && strcmp(name + l - 5, ".yaml") == 0) || (l > 4 && strcmp(name + l - 4, ".yml") == 0) ||
	       (l > 5 && strcmp(name + l - 5, ".json") == 0);
}

/*
** Add path to the plans: a file (or "-") as it is; a directory's plans
** (*.yaml, *.yml, *.json, not hidden), sorted, and with recursive those of
** its subdirectories too.  Returns -1 (reported) when it cannot be read.
*/
static int collect_plans(const char *path, int recursive, int top, struct plan_args *pa)
{
	struct stat st;
	if (top && strcmp(path, "-") != 0) {
		/* a CDK cloud assembly (cdk.out/, or its manifest.json): its stacks */
		rsd_diags *d = rsd_diags_new();
		rsd_stack *stacks;
		size_t ns;
		int r = rsd_cdk_stacks(path, &stacks, &ns, d);
		rsd_diags_print(d, stderr, color_for(-1, stderr));
		rsd_diags_free(d);
		if (r < 0)
			return -1;
		if (r > 0) {
			pa->asm_stacks = grow(pa->asm_stacks, pa->nasm, sizeof *pa->asm_stacks);
			pa->asm_n = grow(pa->asm_n, pa->nasm, sizeof *pa->asm_n);
			pa->asm_stacks[pa->nasm] = stacks;
			pa->asm_n[pa->nasm++] = ns;
			for (size_t i = 0; i < ns; i++)
				plan_args_add(pa, stacks[i].template_path, &stacks[i]);
			return 0;
		}
	}
	if (strcmp(path, "-") == 0 || (stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) ||
	    (top && stat(path, &st) != 0)) {
		/* a file, or an unreadable name the loader will report */
		plan_args_add(pa, path, NULL);
		return 0;
	}
	DIR *dir = opendir(path);
	if (!dir) {
		fprintf(stderr, "residency: error: cannot read '%s': %s\n", path, strerror(errno));
		return -1;
	}
	char **names = NULL;
	size_t nn = 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = grow(names, nn, sizeof *names);
		names[nn++] = strdup(e->d_name);
	}
	closedir(dir);
	if (nn)
		qsort(names, nn, sizeof *names, cmp_str);
	size_t before = pa->n;
	int rc = 0;
	for (size_t i = 0; i < nn; i++) {
		size_t len = strlen(path) + strlen(names[i]) + 2;
		char *full = malloc(len);
		if (!full)
			out_of_memory();
		snprintf(full, len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
		struct stat sub;
		if (stat(full, &sub) == 0 && S_ISDIR(sub.st_mode)) {
			if (recursive && collect_plans(full, recursive, 0, pa) != 0)
				rc = -1;
		} else if (plan_ext(names[i])) {
			plan_args_add(pa, full, NULL);
		}
		free(full);
		free(names[i]);
	}
	free(names);
	if (top && rc == 0 && pa->n == before) {
		fprintf(stderr, "residency: error: no plans (*.yaml, *.yml, *.json) in '%s'%s\n", path,
			recursive ? "" : " (--recursive looks in its subdirectories too)");
		return -1;
	}
	return rc;
}

/* Standard input, whole (a plan named "-"), at most max bytes. */
static char *read_stdin(size_t max, size_t *len)
{
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap);
	if (!buf)
		out_of_memory();
	for (;;) {
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
			if (!buf)
				out_of_memory();
		}
		size_t r = fread(buf + n, 1, cap - n, stdin);
		n += r;
		if (n > max) {
			fprintf(stderr, "residency: error: <stdin>: larger than %zu bytes (--max-input-size)\n", max);
			free(buf);
			return NULL;
		}
		if (r == 0)
			break;
	}
	if (ferror(stdin)) {
		fprintf(stderr, "residency: error: cannot read standard input: %s\n", strerror(errno));
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/*
** Parse -o's value: "FORMAT=FILE" when the part before '=' is a format
** name, else FILE in the format of -f.
*/
static void add_output(struct output **outs, size_t *n, const char *value)
{
	const char *eq = strchr(value, '=');
	int fmt = eq && eq != value ? rsd_format_parse_n(value, (size_t)(eq - value)) : -1;
	*outs = grow(*outs, *n, sizeof **outs);
	(*outs)[(*n)++] = (struct output){fmt, fmt >= 0 ? eq + 1 : value};
}

/* Write one report to o->file (atomically) or standard output; 0 or -1 (reported). */
static int write_output(struct common *c, const struct output *o, rsd_policy *p, rsd_result **results,
			size_t n, rsd_report_opts ro, const struct plan_args *pa, const char *classes)
{
	if (!o->file || strcmp(o->file, "-") == 0) {
		/* stdout: streamed, so a report larger than the plan is
		   never held in memory */
		ro.color = color_for(c->color, stdout);
		if (rsd_report_write(stdout, (rsd_format)o->format, p, results, n, &ro) != 0) {
			fprintf(stderr, "residency: error: cannot write the report: %s\n", strerror(errno));
			return -1;
		}
		return 0;
	}
	char *buf = NULL;
	size_t len = 0;
	int ok = 1;
	ro.color = 0;
	c->output = o->file;
	if (over_input(c, pa->paths, pa->n, classes))
		return -1;
	int s = stream_to_file(o->file, (rsd_format)o->format, p, results, n, &ro);
	if (s <= 0)
		return s;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem || rsd_report_write(mem, (rsd_format)o->format, p, results, n, &ro) != 0) {
		fputs("residency: error: cannot build the report\n", stderr);
		ok = 0;
	}
	if (mem && fclose(mem) != 0)
		ok = 0;
	if (ok && deliver(c, buf, len, pa->paths, pa->n, classes) != 0)
		ok = 0;
	free(buf);
	return ok ? 0 : -1;
}

/*
** The one line a log shows when every report went to files: the summary
** and where the reports are ("residency: 1 error, ...; report in x.sarif").
*/
static void summary_line(const struct output *outs, size_t nouts, rsd_policy *p, rsd_result **results,
			 size_t n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem)
		out_of_memory();
	rsd_report_opts ro = {.fail_on = RSD_ERROR, .quiet = 1};
	rsd_report_write(mem, RSD_FORMAT_TEXT, p, results, n, &ro);
	if (fclose(mem) != 0)
		out_of_memory();
	while (len && buf[len - 1] == '\n')
		buf[--len] = '\0';
	size_t k = 0;
	for (size_t i = 0; i < nouts; i++)
		k += outs[i].file != NULL;
	fprintf(stderr, "residency: %s; report%s in ", buf, k > 1 ? "s" : "");
	k = 0;
	for (size_t i = 0; i < nouts; i++)
		if (outs[i].file)
			fprintf(stderr, "%s%s", k++ ? ", " : "", outs[i].file);
	fputc('\n', stderr);
	free(buf);
}

/*
** The fingerprints of a baseline (a JSON or SARIF report of an earlier
** run), or NULL (reported) when it cannot be read.
*/
static char **load_baseline(const char *path, size_t *n)
{
	rsd_diags *d = rsd_diags_new();
	char **fps = rsd_baseline_load(path, n, d);
	rsd_diags_print(d, stderr, color_for(-1, stderr));
	if (gh_diags)
		rsd_diags_print_github(d, stdout);
	rsd_diags_free(d);
	return fps;
}

/* One stderr line naming the facts of a plan that could not be judged. */
static void report_unjudged(const char *plan, const rsd_result *r)
{
	size_t n = rsd_result_count(r), shown = 0, total = 0;
	const char *last = NULL;
	fprintf(stderr, "%s: error: could not judge", plan);
	for (size_t i = 0; i < n; i++) {
		const char *fact = rsd_finding_fact(r, i);
		if (rsd_finding_waived(r, i) || !rsd_rule_unjudged(rsd_finding_rule(r, i)) ||
		    (last && fact && strcmp(last, fact) == 0))
			continue;
		last = fact;
		total++;
		if (shown < 10) {
			fprintf(stderr, "%s %s", shown ? "," : "", fact ? fact : "?");
			shown++;
		}
	}
	if (total > shown)
		fprintf(stderr, " and %zu more", total - shown);
	fputs(" (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says\n", stderr);
}

static int cmd_check(int argc, char **argv)
{
	char **args = with_config(&argc, argv, NULL);
	if (!args)
		return EXIT_TROUBLE;
	argv = args;
	struct common c;
	common_init(&c);
	rsd_check_opts co;
	rsd_check_opts_init(&co);
	rsd_plan_opts po = {0};
	int fail_on = RSD_ERROR, ch, rc = EXIT_TROUBLE, recursive = 0, verbose = 0;
	int user_p = 0, user_L = 0, user_o = 0;
	const char *base_dir = NULL, *baseline = NULL;
	struct output *outs = NULL;
	size_t nouts = 0;
	struct plan_args pa = {0};
	char **fps = NULL;
	size_t nfps = 0;
	char *stdin_buf = NULL;
	long v;
	while ((ch = next_option("check", argc, argv)) != -1) {
		/* a list on the command line replaces the configuration's */
		if (ch == 'p' && !from_config() && !user_p++)
			c.npolicies = 0;
		if (ch == 'L' && !from_config() && !user_L++)
			c.nlibdirs = 0;
		if (ch == 'o') {
			if (!from_config() && !user_o++)
				nouts = 0;
			add_output(&outs, &nouts, optarg);
			continue;
		}
		int r = common_opt("check", ch, &c);
		if (r == 0)
			r = plan_opt("check", ch, &po);
		if (r < 0)
			goto out;
		if (r > 0)
			continue;
		switch (ch) {
		case OPT_FAIL_ON:
			if (parse_fail_on(optarg, &fail_on) != 0) {
				usage_error("check", "invalid --fail-on '%s' (expected error, warning, info or never)", optarg);
				goto out;
			}
			break;
		case OPT_WARN_EXPIRING:
			if (parse_uint(optarg, 36500, &v) != 0) {
				usage_error("check", "invalid --warn-expiring '%s' (expected a number of days, 0 to 36500)", optarg);
				goto out;
			}
			co.warn_expiring = (int)v;
			break;
		case 'v':
			verbose = 1;
			break;
		case OPT_BASE_DIR:
			base_dir = optarg;
			break;
		case OPT_BASELINE:
			baseline = optarg;
			break;
		case OPT_RECURSIVE:
			recursive = 1;
			break;
		case OPT_NO_CONFIG:
			break;
		case OPT_HELP:
			rc = cmd_help_for("check");
			goto out;
		default:
			bad_option("check", ch, argv);
			goto out;
		}
	}
	int fmt = rsd_format_parse(c.format ? c.format : "text");
	if (fmt < 0) {
		usage_error("check", "unknown format '%s' (expected text, json, sarif, junit, github, markdown, codequality or html)", c.format);
		goto out;
	}
	/*
	** The reports: each -o FORMAT=FILE; a plain -o FILE in -f's format;
	** standard output gets -f's report when there is no -o, or when -f is
	** given and no plain -o FILE took it.
	*/
	int plain_o = 0, to_files = 0;
	for (size_t i = 0; i < nouts; i++) {
		if (outs[i].format < 0) {
			outs[i].format = fmt;
			plain_o = 1;
		}
		if (strcmp(outs[i].file, "-") != 0)
			to_files++;
		else
			outs[i].file = NULL;
	}
	if (nouts == 0 || (c.format && !plain_o)) {
		outs = grow(outs, nouts, sizeof *outs);
		memmove(outs + 1, outs, nouts * sizeof *outs);
		outs[0] = (struct output){fmt, NULL};
		nouts++;
	}
	for (size_t i = 0; i < nouts; i++)
		if (!outs[i].file && outs[i].format == RSD_FORMAT_GITHUB)
			gh_diags = 1;	/* load errors become annotations too */
	if (optind >= argc) {
		usage_error("check", "no plan given");
		goto out;
	}
	int trouble = 0;
	for (int i = optind; i < argc; i++)
		if (collect_plans(argv[i], recursive, 1, &pa) != 0)
			trouble = 1;
	if (trouble)
		goto out;
	for (size_t i = 0; i < nouts; i++)
		if (outs[i].format == RSD_FORMAT_JUNIT)
			co.record_applied = 1;
	co.as_of = c.as_of;
	if (baseline && !(fps = load_baseline(baseline, &nfps)))
		goto out;

	rsd_policy *p = load_policy(&c);
	if (!p)
		goto out;
	size_t nplans = pa.n;
	rsd_plan **plans = calloc(nplans + 1, sizeof *plans);
	rsd_result **results = calloc(nplans + 1, sizeof *results);
	int ok = plans && results;
	for (size_t i = 0; ok && i < nplans; i++) {
		rsd_diags *d = rsd_diags_new();
		rsd_plan_opts pi = po;
		if (pa.stacks[i]) {	/* a CDK stack: its template, in its environment's region */
			pi.input_format = "cloudformation";
			pi.stack = pa.stacks[i]->name;
			if (pa.stacks[i]->region)
				pi.region = pa.stacks[i]->region;
		}
		if (strcmp(pa.paths[i], "-") == 0) {
			size_t len = 0;
			if (stdin_buf) {
				fputs("residency: error: standard input ('-') given twice\n", stderr);
				ok = 0;
			} else if ((stdin_buf = read_stdin(po.max_size ? po.max_size : (size_t)1 << 30, &len)) != NULL) {
				plans[i] = rsd_plan_load_memory(p, "<stdin>", stdin_buf, len, &pi, d);
			}
		} else {
			plans[i] = rsd_plan_load_file(p, pa.paths[i], &pi, d);
		}
		rsd_diags_print(d, stderr, color_for(c.color, stderr));
		if (gh_diags)
			rsd_diags_print_github(d, stdout);
		rsd_diags_free(d);
		if (!plans[i])
			ok = 0;
	}
	int passes = 1, unjudged = 0;
	if (ok) {
		/* one run: a YAML plan's waivers also waive the Terraform (…) plans' findings */
		rsd_check_run(p, (const rsd_plan *const *)plans, nplans, &co, results);
		rsd_results_merge_unused(results, nplans);	/* one --classes file for the whole run */
		for (size_t i = 0; i < nplans; i++) {
			if (nfps)
				rsd_result_drop_fingerprints(results[i], (const char *const *)fps, nfps, base_dir);
			if (!rsd_result_passes(results[i], fail_on))
				passes = 0;
		}
		rsd_report_opts ro = {.fail_on = fail_on, .quiet = c.quiet, .base_dir = base_dir, .verbose = verbose};
		for (size_t i = 0; ok && i < nouts; i++)
			if (write_output(&c, &outs[i], p, results, nplans, ro, &pa, po.classes_file) != 0)
				ok = 0;
		if (ok && to_files)
			summary_line(outs, nouts, p, results, nplans);
	}
	/* what could not be judged is exit 2 whatever --fail-on says (after the report) */
	for (size_t i = 0; ok && i < nplans; i++)
		if (rsd_result_unjudged(results[i])) {
			report_unjudged(pa.paths[i], results[i]);
			unjudged = 1;
		}
	for (size_t i = 0; i < nplans; i++) {
		if (results && results[i])
			rsd_result_free(results[i]);
		if (plans && plans[i])
			rsd_plan_free(plans[i]);
	}
	free(plans);
	free(results);
	rsd_policy_free(p);
	rc = !ok || unjudged ? EXIT_TROUBLE : passes ? 0 : EXIT_FINDINGS;
out:
	plan_args_free(&pa);
	rsd_baseline_free(fps);
	free(stdin_buf);
	free(outs);
	common_free(&c);
	cfg_free();
	gh_diags = 0;
	return rc;
}

/* }======================================================= */

/* {======================================================= lint, test */

static const struct option lint_longopts[] = {
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"color", required_argument, NULL, OPT_COLOR},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"strict", no_argument, NULL, OPT_STRICT},
	{NULL, 0, NULL, 0},
};

static const struct option test_longopts[] = {
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"color", required_argument, NULL, OPT_COLOR},
	{"coverage", no_argument, NULL, OPT_COVERAGE},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{NULL, 0, NULL, 0},
};

static int cmd_lint(int argc, char **argv)
{
	struct common c;
	common_init(&c);
	int strict = 0, ch, rc = EXIT_TROUBLE;
	while ((ch = next_option("lint", argc, argv)) != -1) {
		int r = common_opt("lint", ch, &c);
		if (r < 0)
			goto out;
		if (r > 0)
			continue;
		if (ch == OPT_STRICT)
			strict = 1;
		else if (ch == OPT_HELP) {
			rc = cmd_help_for("lint");
			goto out;
		} else {
			bad_option("lint", ch, argv);
			goto out;
		}
	}
	if (optind >= argc) {
		usage_error("lint", "no policy file given");
		goto out;
	}
	rsd_compile_opts o;
	compile_opts(&c, &o);
	rsd_diags *d = rsd_diags_new();
	rsd_policy *p = rsd_policy_compile_files((const char *const *)argv + optind,
						 (size_t)(argc - optind), &o, d);
	if (p)
		rsd_lint(p, c.as_of == RSD_DATE_NONE ? rsd_date_today() : c.as_of, d);
	rsd_diags_print(d, stderr, color_for(c.color, stderr));
	size_t nwarn = rsd_diags_warnings(d);
	rsd_diags_free(d);
	rsd_policy_free(p);
	rc = !p ? EXIT_TROUBLE : (strict && nwarn) ? EXIT_FINDINGS : 0;
out:
	common_free(&c);
	return rc;
}

static const struct option lsp_longopts[] = {
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{NULL, 0, NULL, 0},
};

/* `residency lsp`: the language server, on standard input and output. */
static int cmd_lsp(int argc, char **argv)
{
	struct common c;
	common_init(&c);
	int ch, rc = EXIT_TROUBLE;
	while ((ch = next_option("lsp", argc, argv)) != -1) {
		int r = common_opt("lsp", ch, &c);
		if (r < 0)
			goto out;
		if (r > 0)
			continue;
		if (ch == OPT_HELP) {
			rc = cmd_help_for("lsp");
			goto out;
		}
		bad_option("lsp", ch, argv);
		goto out;
	}
	if (optind < argc) {
		usage_error("lsp", "unexpected argument '%s'", argv[optind]);
		goto out;
	}
	rc = rsd_lsp(0, 1, c.as_of, c.libdirs, c.nlibdirs);
out:
	common_free(&c);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Collect the .rpl files under path (sorted, recursive, symbolic links to
   folders not followed), or path itself. */
static int collect_rpl(const char *path, char ***v, size_t *n)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "residency: error: cannot read '%s': %s\n", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		*v = grow(*v, *n, sizeof **v);
		(*v)[(*n)++] = strdup(path);
		return 0;
	}
	DIR *dir = opendir(path);
	if (!dir) {
		fprintf(stderr, "residency: error: cannot read '%s': %s\n", path, strerror(errno));
		return -1;
	}
	char **names = NULL;
	size_t nn = 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = grow(names, nn, sizeof *names);
		names[nn++] = strdup(e->d_name);
	}
	closedir(dir);
	if (nn)	/* qsort(NULL, 0, …) is undefined behaviour (empty directory) */
		qsort(names, nn, sizeof *names, cmp_str);
	int rc = 0;
	for (size_t i = 0; i < nn; i++) {
		size_t len = strlen(path) + strlen(names[i]) + 2;
		char *full = malloc(len);
		snprintf(full, len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
		/* a symbolic link to a folder is not followed: x -> . would
		   make the walk endless (2^depth paths with two such links) */
		struct stat sub;
		if (lstat(full, &sub) == 0 && S_ISDIR(sub.st_mode)) {
			if (collect_rpl(full, v, n) != 0)
				rc = -1;
		} else {
			size_t fl = strlen(full);
			if (fl > 4 && strcmp(full + fl - 4, ".rpl") == 0) {
				*v = grow(*v, *n, sizeof **v);
				(*v)[(*n)++] = strdup(full);
			}
		}
		free(full);
		free(names[i]);
	}
	free(names);
	return rc;
}

static int cmd_test(int argc, char **argv)
{
	struct common c;
	common_init(&c);
	int coverage = 0, ch, rc = EXIT_TROUBLE;
	while ((ch = next_option("test", argc, argv)) != -1) {
		int r = common_opt("test", ch, &c);
		if (r < 0)
			goto out;
		if (r > 0)
			continue;
		if (ch == OPT_COVERAGE)
			coverage = 1;
		else if (ch == OPT_HELP) {
			rc = cmd_help_for("test");
			goto out;
		} else {
			bad_option("test", ch, argv);
			goto out;
		}
	}
	char **files = NULL;
	size_t nfiles = 0;
	int trouble = 0;
	if (optind >= argc)
		trouble |= collect_rpl(".", &files, &nfiles) != 0;
	for (int i = optind; i < argc; i++)
		trouble |= collect_rpl(argv[i], &files, &nfiles) != 0;
	rsd_compile_opts o;
	compile_opts(&c, &o);
	rsd_date as_of = c.as_of == RSD_DATE_NONE ? rsd_date_today() : c.as_of;
	unsigned passed = 0, failed = 0;
	/*
	** Fail closed: once a file cannot be read or compiled the run cannot
	** be judged, so no result is printed at all (not even "N passed").
	** The results are held until every file has compiled; the remaining
	** files are still compiled, so that all their errors are reported.
	*/
	struct held results;
	hold_open(&results);
	for (size_t i = 0; i < nfiles; i++) {
		rsd_diags *d = rsd_diags_new();
		rsd_policy *p = rsd_policy_compile_files((const char *const *)&files[i], 1, &o, d);
		rsd_diags_print(d, stderr, color_for(c.color, stderr));
		rsd_diags_free(d);
		if (!p)
			trouble = 1;
		else if (!trouble)
			rsd_run_tests(p, as_of, coverage, results.f, &passed, &failed);
		rsd_policy_free(p);
		free(files[i]);
	}
	free(files);
	if (nfiles == 0 && !trouble) {
		fputs("residency: error: no policy files to test\n", stderr);
		trouble = 1;
	}
	fprintf(results.f, "%u passed, %u failed\n", passed, failed);
	hold_close(&results, !trouble);
	rc = trouble ? EXIT_TROUBLE : failed ? EXIT_FINDINGS : 0;
out:
	common_free(&c);
	return rc;
}

/* }======================================================= */

/* {======================================================= fmt */

static const struct option fmt_longopts[] = {
	{"check", no_argument, NULL, OPT_CHECK},
	{"help", no_argument, NULL, OPT_HELP},
	{"write", no_argument, NULL, 'w'},
	{NULL, 0, NULL, 0},
};

static int cmd_fmt(int argc, char **argv)
{
	int mode = RSD_FMT_PRINT, ch;
	while ((ch = next_option("fmt", argc, argv)) != -1) {
		if (ch == 'w')
			mode = RSD_FMT_WRITE;
		else if (ch == OPT_CHECK)
			mode = RSD_FMT_CHECK;
		else if (ch == OPT_HELP)
			return cmd_help_for("fmt");
		else {
			bad_option("fmt", ch, argv);
			return EXIT_TROUBLE;
		}
	}
	if (optind >= argc) {
		usage_error("fmt", "no file given");
		return EXIT_TROUBLE;
	}
	/* every file is formatted (all errors reported), but printed only when
	   none failed: a run with status 2 prints no half of its output */
	int trouble = 0, differ = 0;
	struct held text;
	hold_open(&text);
	for (int i = optind; i < argc; i++) {
		rsd_diags *d = rsd_diags_new();
		int r = rsd_fmt_file(argv[i], mode, text.f, d);
		rsd_diags_print(d, stderr, color_for(-1, stderr));
		rsd_diags_free(d);
		if (r < 0)
			trouble = 1;
		else if (r == 1)
			differ = 1;	/* --check: rsd_fmt_file printed the name */
	}
	hold_close(&text, !trouble);
	if (trouble)
		return EXIT_TROUBLE;
	return mode == RSD_FMT_CHECK && differ ? EXIT_FINDINGS : 0;
}

/* }======================================================= */

/* {======================================================= explain, where, locations, graph, diff */

/*
** Their option tables: each holds exactly what the command uses.  None of
** them writes a report, so none takes -o or -q; only graph has a -f (dot
** or mermaid); diff reads its two policies from its arguments, so it has
** no -p; only the commands that read a plan take the plan-loading options.
*/
static const struct option query_longopts[] = {	/* explain, where */
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"color", required_argument, NULL, OPT_COLOR},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"policy", required_argument, NULL, 'p'},
	{NULL, 0, NULL, 0},
};

static const struct option locations_longopts[] = {
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"color", required_argument, NULL, OPT_COLOR},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"policy", required_argument, NULL, 'p'},
	{"provider", required_argument, NULL, OPT_PROVIDER},
	{NULL, 0, NULL, 0},
};

static const struct option graph_longopts[] = {
	PLAN_LONGOPTS,
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"color", required_argument, NULL, OPT_COLOR},
	{"format", required_argument, NULL, 'f'},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"policy", required_argument, NULL, 'p'},
	{NULL, 0, NULL, 0},
};

static const struct option diff_longopts[] = {
	PLAN_LONGOPTS,
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"color", required_argument, NULL, OPT_COLOR},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"plan", required_argument, NULL, OPT_PLAN},
	{NULL, 0, NULL, 0},
};

/* Join argv[from..argc) with spaces (a fact may be given unquoted). */
static char *join_args(int argc, char **argv, int from)
{
	size_t len = 1;
	for (int i = from; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (int i = from; i < argc; i++) {
		if (i > from)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

/*
** explain / where / locations / graph / diff share one shape: options,
** policy, answer.  Each command's table (commands[]) holds only the
** options it takes, so every case below is reached only by those.
*/
static int run_query(const char *cmd, int argc, char **argv)
{
	struct common c;
	common_init(&c);
	const char *provider = NULL, *plan = NULL;
	rsd_plan_opts po = {0};
	int ch, rc = EXIT_TROUBLE;
	while ((ch = next_option(cmd, argc, argv)) != -1) {
		int r = common_opt(cmd, ch, &c);
		if (r == 0)
			r = plan_opt(cmd, ch, &po);
		if (r < 0)
			goto out;
		if (r > 0)
			continue;
		if (ch == OPT_PROVIDER)
			provider = optarg;
		else if (ch == OPT_PLAN)
			plan = optarg;
		else if (ch == OPT_HELP) {
			rc = cmd_help_for(cmd);
			goto out;
		} else {
			bad_option(cmd, ch, argv);
			goto out;
		}
	}
	rsd_date as_of = c.as_of == RSD_DATE_NONE ? rsd_date_today() : c.as_of;
	if (strcmp(cmd, "diff") == 0) {
		if (argc - optind != 2) {
			usage_error(cmd, "expected two policy files, OLD and NEW");
			goto out;
		}
		if (!plan && (po.class_tag || po.classes_file || po.max_size)) {
			usage_error(cmd, "--class-tag, --classes and --max-input-size need --plan");
			goto out;
		}
		rsd_compile_opts o;
		compile_opts(&c, &o);
		rsd_diags *d = rsd_diags_new();
		rsd_policy *op = rsd_policy_compile_files((const char *const *)&argv[optind], 1, &o, d);
		rsd_policy *np = rsd_policy_compile_files((const char *const *)&argv[optind + 1], 1, &o, d);
		int r = -1;
		if (op && np)
			r = rsd_diff(op, np, plan, &po, c.as_of, stdout, d);
		rsd_diags_print(d, stderr, color_for(c.color, stderr));
		rsd_diags_free(d);
		rsd_policy_free(op);
		rsd_policy_free(np);
		fflush(stdout);
		rc = r < 0 ? EXIT_TROUBLE : r ? EXIT_FINDINGS : 0;
		goto out;
	}
	if (strcmp(cmd, "locations") == 0 && optind < argc) {
		usage_error(cmd, "unexpected argument '%s'", argv[optind]);
		goto out;
	}
	if (strcmp(cmd, "locations") != 0 && optind >= argc) {
		usage_error(cmd, strcmp(cmd, "graph") == 0 ? "no plan given" :
			    strcmp(cmd, "where") == 0 ? "no class given" : "no fact given");
		goto out;
	}
	rsd_policy *p = load_policy(&c);
	if (!p)
		goto out;
	rsd_diags *d = rsd_diags_new();
	int r = 0;
	if (strcmp(cmd, "locations") == 0) {
		r = rsd_locations(p, provider, as_of, stdout, d) < 0 ? -1 : 0;
	} else if (strcmp(cmd, "graph") == 0) {
		const char *fmt = c.format ? c.format : "dot";
		if (strcmp(fmt, "dot") != 0 && strcmp(fmt, "mermaid") != 0 && strcmp(fmt, "html") != 0) {
			usage_error(cmd, "unknown format '%s' (expected dot, mermaid or html)", fmt);
			r = -1;
		} else if (argc - optind != 1) {
			usage_error(cmd, "expected exactly one plan");
			r = -1;
		} else {
			rsd_plan *pl = rsd_plan_load_file(p, argv[optind], &po, d);
			if (!pl) {
				r = -1;
			} else {
				rsd_check_opts co;
				rsd_check_opts_init(&co);
				co.as_of = c.as_of;
				rsd_result *res = rsd_check(p, pl, &co);
				if (strcmp(fmt, "html") == 0)	/* the map of the HTML report */
					r = rsd_report_write(stdout, RSD_FORMAT_HTML, p, &res, 1, NULL);
				else
					r = rsd_graph(res, fmt, stdout);
				rsd_result_free(res);
				rsd_plan_free(pl);
			}
		}
	} else {
		char *text = join_args(argc, argv, optind);
		/* explain: 0 pass, 1 violation (scripts get a yes/no) */
		r = strcmp(cmd, "explain") == 0 ? rsd_explain(p, text, as_of, stdout, d)
						: rsd_where(p, text, as_of, stdout, d);
		free(text);
	}
	fflush(stdout);
	rsd_diags_print(d, stderr, color_for(c.color, stderr));
	rsd_diags_free(d);
	rsd_policy_free(p);
	rc = r < 0 ? EXIT_TROUBLE : r > 0 ? EXIT_FINDINGS : 0;
out:
	common_free(&c);
	return rc;
}

static const struct option rules_longopts[] = {
	{"as-of", required_argument, NULL, OPT_AS_OF},
	{"color", required_argument, NULL, OPT_COLOR},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"no-config", no_argument, NULL, OPT_NO_CONFIG},
	{"policy", required_argument, NULL, 'p'},
	{NULL, 0, NULL, 0},
};

/* rules: the rules in force, from the policy of -p or the configuration's. */
static int cmd_rules(int argc, char **argv)
{
	static const char *const keep[] = {"policy", "lib", NULL};
	char **args = with_config(&argc, argv, keep);
	if (!args)
		return EXIT_TROUBLE;
	argv = args;
	struct common c;
	common_init(&c);
	int ch, rc = EXIT_TROUBLE, user_p = 0, user_L = 0;
	while ((ch = next_option("rules", argc, argv)) != -1) {
		if (ch == 'p' && !from_config() && !user_p++)
			c.npolicies = 0;
		if (ch == 'L' && !from_config() && !user_L++)
			c.nlibdirs = 0;
		int r = common_opt("rules", ch, &c);
		if (r < 0)
			goto out;
		if (r > 0 || ch == OPT_NO_CONFIG)
			continue;
		if (ch == OPT_HELP) {
			rc = cmd_help_for("rules");
			goto out;
		}
		bad_option("rules", ch, argv);
		goto out;
	}
	if (optind < argc) {
		usage_error("rules", "unexpected argument '%s'", argv[optind]);
		goto out;
	}
	rsd_policy *p = load_policy(&c);
	if (!p)
		goto out;
	rc = rsd_list_rules(p, c.as_of, stdout) == 0 ? 0 : EXIT_TROUBLE;
	rsd_policy_free(p);
out:
	common_free(&c);
	cfg_free();
	return rc;
}

static int cmd_explain(int argc, char **argv) { return run_query("explain", argc, argv); }
static int cmd_where(int argc, char **argv) { return run_query("where", argc, argv); }
static int cmd_locations(int argc, char **argv) { return run_query("locations", argc, argv); }
static int cmd_graph(int argc, char **argv) { return run_query("graph", argc, argv); }
static int cmd_diff(int argc, char **argv) { return run_query("diff", argc, argv); }

/* }======================================================= */

/* {======================================================= import */

static const struct option import_longopts[] = {
	FIDES_LONGOPTS,
	{"color", required_argument, NULL, OPT_COLOR},
	{"help", no_argument, NULL, OPT_HELP},
	{"lib", required_argument, NULL, 'L'},
	{"max-input-size", required_argument, NULL, OPT_MAX_SIZE},
	{"output", required_argument, NULL, 'o'},
	{"policy", required_argument, NULL, 'p'},
	{NULL, 0, NULL, 0},
};

/* import fides DIR|FILE, import subprocessors FILE.csv: YAML to stdout or -o */
static int cmd_import(int argc, char **argv)
{
	struct common c;
	common_init(&c);
	rsd_plan_opts po = {0};
	int ch, rc = EXIT_TROUBLE;
	while ((ch = next_option("import", argc, argv)) != -1) {
		int r = ch == 'p' || ch == 'L' || ch == 'o' || ch == OPT_COLOR ? common_opt("import", ch, &c) : 0;
		if (r == 0)
			r = ch == OPT_CLASS_TAG || ch == OPT_CLASSES ? 0 : plan_opt("import", ch, &po);
		if (r < 0)
			goto out;
		if (r > 0)
			continue;
		if (ch == OPT_HELP) {
			rc = cmd_help_for("import");
			goto out;
		}
		bad_option("import", ch, argv);
		goto out;
	}
	if (optind >= argc) {
		usage_error("import", "expected what to import: fides or subprocessors");
		goto out;
	}
	const char *kind = argv[optind];
	int fides = strcmp(kind, "fides") == 0;
	if (!fides && strcmp(kind, "subprocessors") != 0) {
		usage_error("import", "unknown import '%s' (expected fides or subprocessors)", kind);
		goto out;
	}
	if (optind + 1 >= argc) {
		usage_error("import", fides ? "no Fides file or directory given" : "no CSV file given");
		goto out;
	}
	if (optind + 2 < argc) {
		usage_error("import", "unexpected argument '%s'", argv[optind + 2]);
		goto out;
	}
	if (!fides && (c.npolicies || c.nlibdirs || po.locations_file || po.categories_file)) {
		usage_error("import", "-p, -L, --locations and --categories apply to 'import fides' only");
		goto out;
	}
	const char *path = argv[optind + 1];
	rsd_diags *d = rsd_diags_new();
	char *text = NULL;
	size_t len = 0;
	int r = -1;
	if (fides) {
		rsd_policy *p = load_policy(&c);
		if (p) {
			r = rsd_import_fides(p, path, &po, &text, &len, d);
			rsd_policy_free(p);
		}
	} else {
		r = rsd_import_subprocessors(path, &po, &text, &len, d);
	}
	rsd_diags_print(d, stderr, color_for(c.color, stderr));
	rsd_diags_free(d);
	if (r == 0) {
		if (c.output && strcmp(c.output, "-") != 0) {
			rc = deliver(&c, text, len, argv + optind + 1, 1, NULL) == 0 ? 0 : EXIT_TROUBLE;
		} else {
			rc = fwrite(text, 1, len, stdout) == len && fflush(stdout) == 0 ? 0 : EXIT_TROUBLE;
			if (rc)
				fprintf(stderr, "residency: error: cannot write the output: %s\n", strerror(errno));
		}
	}
	free(text);
out:
	common_free(&c);
	return rc;
}

/* }======================================================= */

/* {======================================================= version, help */

static const struct option help_longopts[] = {	/* version, help */
	{"help", no_argument, NULL, OPT_HELP},
	{NULL, 0, NULL, 0},
};

/*
** The options of version and help: --help only.  Returns -1 when the
** command's help was asked for (printed), 1 after a usage error
** (reported), 0 otherwise; optind is then at the first argument.
*/
static int no_options(const char *cmd, int argc, char **argv)
{
	int ch = next_option(cmd, argc, argv);
	if (ch == -1)
		return 0;
	if (ch == OPT_HELP) {
		cmd_help_for(cmd);
		return -1;
	}
	bad_option(cmd, ch, argv);
	return 1;
}

static int cmd_version(int argc, char **argv)
{
	int r = no_options("version", argc, argv);
	if (r)
		return r < 0 ? 0 : EXIT_TROUBLE;
	if (optind < argc) {
		usage_error("version", "unexpected argument '%s'", argv[optind]);
		return EXIT_TROUBLE;
	}
	printf("residency %s\nstandard library current to %s\n", RSD_VERSION, RSD_LIBRARY_CURRENT_TO);
	return 0;
}

static const char main_help[] =
	"usage: residency COMMAND [OPTIONS] [ARGS]\n"
	"\n"
	"Judge where data lives and how it crosses borders, against a policy\n"
	"written in RPL (the built-in standard library when no -p is given).\n"
	"\n"
	"commands:\n"
	"  check      evaluate plans (YAML, Terraform JSON or a Fides data map)\n"
	"  lint       compile and analyse policies\n"
	"  test       run the test blocks of policies\n"
	"  fmt        print or rewrite policies in canonical layout\n"
	"  explain    show every rule's decision for one fact\n"
	"  where      where may this data be stored or sent\n"
	"  diff       what a policy change changes\n"
	"  graph      draw a plan's stores and transfers\n"
	"  locations  list the location catalog\n"
	"  import     turn a Fides data map or a sub-processor list into plan YAML\n"
	"  lsp        serve the Language Server Protocol (editors)\n"
	"  rules      list the rules in force, with severity and citation\n"
	"  version    print the version\n"
	"  help       show help for a command\n"
	"\n"
	"exit status: 0 success, 1 findings / failed tests / differences,\n"
	"2 the tool could not do its job (bad usage, unreadable input).\n"
	"Run 'residency help COMMAND' for a command's options.\n";

static int cmd_help_for(const char *name)
{
	const struct command *c = find_command(name);
	if (!c) {
		unknown_command(name);
		return EXIT_TROUBLE;
	}
	fputs(c->help, stdout);
	return 0;
}

static int cmd_help(int argc, char **argv)
{
	int r = no_options("help", argc, argv);
	if (r)
		return r < 0 ? 0 : EXIT_TROUBLE;
	if (argc - optind > 1) {
		usage_error("help", "unexpected argument '%s'", argv[optind + 1]);
		return EXIT_TROUBLE;
	}
	if (optind < argc)
		return cmd_help_for(argv[optind]);
	fputs(main_help, stdout);
	return 0;
}

#define COLOR_HELP \
	"      --color WHEN      auto, always or never (default auto)\n"

#define COMMON_HELP \
	"  -p, --policy FILE     policy file (repeatable; default: the built-in library)\n" \
	"  -L, --lib DIR         library directory for imports (repeatable)\n" \
	"      --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC)\n"

static const struct command commands[] = {
	{"check", cmd_check,
	 "usage: residency check [-p POLICY]... [options] PLAN|DIR|-...\n"
	 "\n"
	 "Evaluate plans (YAML, Terraform plan JSON, CloudFormation, CDK, ARM,\n"
	 "AWS Config, Fides data maps) against the policy: files, the plans\n"
	 "(*.yaml, *.yml, *.json) of directories, '-' for standard input.\n"
	 "Options not given are taken from .residency.yaml, searched for from the\n"
	 "working directory upward.\n"
	 "\n"
	 "  -p, --policy FILE     policy file (repeatable; default: the built-in library)\n"
	 "  -L, --lib DIR         library directory for imports (repeatable)\n"
	 "      --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC);\n"
	 "                        'plan': each plan's as_of, else today\n"
	 "  -f, --format FORMAT   text, json, sarif, junit, github, markdown,\n"
	 "                        codequality or html (default text)\n"
	 "  -o, --output [FORMAT=]FILE  write a report to FILE atomically, in FORMAT\n"
	 "                        or -f's (repeatable; one summary line on stderr)\n"
	 "      --fail-on LEVEL   error, warning, info or never (default error)\n"
	 "      --warn-expiring DAYS  warn about attestations and waivers expiring\n"
	 "                        within DAYS (default 30)\n"
	 "      --baseline FILE   report and fail only on findings not in FILE (an\n"
	 "                        earlier json or sarif report)\n"
	 "      --base-dir DIR    paths in sarif, codequality and fingerprints are\n"
	 "                        relative to DIR (default: the working directory)\n"
	 "      --recursive       directories: also the plans of their subdirectories\n"
	 "      --no-config       do not read .residency.yaml\n"
	 PLAN_HELP
	 FIDES_HELP
	 COLOR_HELP
	 "  -q, --quiet           text: print only the summary line\n"
	 "  -v, --verbose         text: end with the standard library's \"current to\" date\n"
	 "\n"
	 "exit status: 0 no finding at or above --fail-on, 1 findings, 2 error\n",
	 ":p:L:f:o:qv", check_longopts},
	{"diff", cmd_diff,
	 "usage: residency diff [options] OLD.rpl NEW.rpl [--plan PLAN]\n"
	 "\n"
	 "Show what a policy change changes: every verdict over classes, country\n"
	 "pairs, store countries and mechanisms that differs; with --plan, the\n"
	 "findings that appear and disappear for that plan.\n"
	 "\n"
	 "  -L, --lib DIR         library directory for imports (repeatable)\n"
	 "      --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC);\n"
	 "                        'plan': the --plan's as_of, else today\n"
	 "      --plan PLAN       compare the findings for this plan\n"
	 PLAN_HELP
	 COLOR_HELP
	 "\n"
	 "exit status: 0 nothing changed, 1 something changed, 2 error\n",
	 ":L:", diff_longopts},
	{"explain", cmd_explain,
	 "usage: residency explain [-p POLICY]... [options] 'FACT'\n"
	 "\n"
	 "Show every rule's decision for one fact written in test syntax, e.g.\n"
	 "  residency explain 'transfer of personal from DE to US with mechanism EU_SCC'\n"
	 "\n"
	 COMMON_HELP
	 COLOR_HELP
	 "\n"
	 "exit status: 0 no rule violated, 1 a rule is violated, 2 error\n",
	 ":p:L:", query_longopts},
	{"fmt", cmd_fmt,
	 "usage: residency fmt [-w | --check] FILE...\n"
	 "\n"
	 "Print policies in canonical layout.\n"
	 "\n"
	 "  -w, --write           rewrite files that differ (atomically)\n"
	 "      --check           only list the files that differ\n"
	 "\n"
	 "exit status: 0 formatted, 1 --check found differences, 2 error\n",
	 ":w", fmt_longopts},
	{"graph", cmd_graph,
	 "usage: residency graph [-p POLICY]... [options] PLAN [--format dot|mermaid|html]\n"
	 "\n"
	 "Draw a plan: stores grouped by country, transfers as edges, violations in red.\n"
	 "\n"
	 "  -p, --policy FILE     policy file (repeatable; default: the built-in library)\n"
	 "  -L, --lib DIR         library directory for imports (repeatable)\n"
	 "      --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC);\n"
	 "                        'plan': the plan's as_of, else today\n"
	 "  -f, --format FORMAT   dot (default), mermaid or html (a world map and the\n"
	 "                        findings: the HTML report of check)\n"
	 PLAN_HELP
	 COLOR_HELP
	 "\n"
	 "exit status: 0 drawn, 2 error\n",
	 ":p:L:f:", graph_longopts},
	{"help", cmd_help,
	 "usage: residency help [COMMAND]\n"
	 "\n"
	 "Show the list of commands, or one command's usage and options.\n",
	 ":", help_longopts},
	{"import", cmd_import,
	 "usage: residency import fides [options] DIR|FILE\n"
	 "       residency import subprocessors [-o FILE] FILE.csv\n"
	 "\n"
	 "Turn other inventories into plan YAML. fides: a Fides data map (systems\n"
	 "and datasets; a file, or every .yml/.yaml below DIR) into a plan.\n"
	 "subprocessors: a vendor's sub-processor list (CSV: name, purpose,\n"
	 "country) into a subprocessors: list to put under a store.\n"
	 "\n"
	 "  -p, --policy FILE     fides: policy file (repeatable; default: the built-in library)\n"
	 "  -L, --lib DIR         fides: library directory for imports (repeatable)\n"
	 "  -o, --output FILE     write the YAML to FILE atomically (default: stdout)\n"
	 FIDES_HELP
	 "      --max-input-size BYTES  refuse larger inputs (default 1073741824)\n"
	 COLOR_HELP
	 "\n"
	 "exit status: 0 written, 2 error\n",
	 ":p:L:o:", import_longopts},
	{"lint", cmd_lint,
	 "usage: residency lint [options] POLICY...\n"
	 "\n"
	 "Compile policies and report errors and warnings (unused declarations,\n"
	 "empty regions, rules that can never apply, requirements no fact can\n"
	 "satisfy, classes with no compliant location).\n"
	 "\n"
	 "  -L, --lib DIR         library directory for imports (repeatable)\n"
	 "      --as-of DATE      date for region checks (default: today, UTC)\n"
	 "      --strict          exit 1 when there are warnings\n"
	 COLOR_HELP
	 "\n"
	 "exit status: 0 clean, 1 warnings with --strict, 2 errors\n",
	 ":L:", lint_longopts},
	{"lsp", cmd_lsp,
	 "usage: residency lsp [options]\n"
	 "\n"
	 "Serve the Language Server Protocol on standard input and output, for\n"
	 "editors (docs/editors.md): diagnostics, hover, definition, references,\n"
	 "symbols, formatting, completion, quick fixes and code lenses.\n"
	 "\n"
	 "  -L, --lib DIR         library directory for imports (repeatable)\n"
	 "      --as-of DATE      date for hovers and lint (default: today, UTC)\n"
	 "\n"
	 "exit status: 0 after shutdown and exit, 1 exit without shutdown, 2 error\n",
	 ":L:", lsp_longopts},
	{"locations", cmd_locations,
	 "usage: residency locations [-p POLICY]... [--provider NAME]\n"
	 "\n"
	 "List the location catalog: each location, its countries and operator.\n"
	 "\n"
	 COMMON_HELP
	 "      --provider NAME   only this provider's locations (aws, gcp, azure, oci, ...)\n"
	 COLOR_HELP
	 "\n"
	 "exit status: 0 listed, 2 error\n",
	 ":p:L:", locations_longopts},
	{"rules", cmd_rules,
	 "usage: residency rules [-p POLICY]... [options]\n"
	 "\n"
	 "List the rules in force on the date: name, severity, kind (store or\n"
	 "transfer) and citation, in policy order, then their count.\n"
	 "\n"
	 COMMON_HELP
	 "      --no-config       do not read .residency.yaml\n"
	 COLOR_HELP
	 "\n"
	 "exit status: 0 listed, 2 error\n",
	 ":p:L:", rules_longopts},
	{"test", cmd_test,
	 "usage: residency test [options] [POLICY|DIR]...\n"
	 "\n"
	 "Run the test blocks of policy files (directories: every .rpl below them;\n"
	 "default: the current directory). Each file is compiled on its own, with\n"
	 "its imports. Ends with the line 'N passed, N failed'.\n"
	 "\n"
	 "  -L, --lib DIR         library directory for imports (repeatable)\n"
	 "      --as-of DATE      date for tests without as_of (default: today, UTC)\n"
	 "      --coverage        list rules that no test exercised\n"
	 COLOR_HELP
	 "\n"
	 "exit status: 0 all passed, 1 failures, 2 a file did not compile\n",
	 ":L:", test_longopts},
	{"version", cmd_version,
	 "usage: residency version\n"
	 "\n"
	 "Print the version and the date the standard library is current to.\n",
	 ":", help_longopts},
	{"where", cmd_where,
	 "usage: residency where [-p POLICY]... [options] CLASS [from PLACE] [with PROPS]\n"
	 "\n"
	 "List the countries (grouped by declared regions) and catalog locations\n"
	 "where a store of CLASS violates no rule; with 'from PLACE', where a\n"
	 "transfer from PLACE may go.\n"
	 "\n"
	 COMMON_HELP
	 COLOR_HELP
	 "\n"
	 "exit status: 0 answered, 2 error\n",
	 ":p:L:", query_longopts},
};

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/*
** Levenshtein distance of a and b, or limit + 1 once it exceeds limit
** (words are short: one row of at most 64 cells).
*/
static size_t distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b), row[65];
	if (lb > 64 || (la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0], best;
		row[0] = best = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t v = diag + (a[i - 1] != b[j - 1]);
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			if (up + 1 < v)
				v = up + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return row[lb];
}

/*
** The candidate nearest to word (at most 2 edits away, or a third of its
** letters for long words, 1 for words of 1 or 2 letters; a candidate that
** starts with word counts as 0), or NULL.
*/
static const char *nearest(const char *word, const char *const *cands, size_t n)
{
	size_t wl = strlen(word), limit = wl <= 2 ? 1 : wl / 3 > 2 ? wl / 3 : 2, best = limit + 1;
	const char *pick = NULL;
	for (size_t i = 0; i < n; i++) {
		size_t d = distance(word, cands[i], limit);
		if (wl >= 2 && strncmp(cands[i], word, wl) == 0)
			d = 0;
		if (d < best) {
			best = d;
			pick = cands[i];
		}
	}
	return pick;
}

/* "unknown command 'X'" and, when one is near, "did you mean 'Y'?". */
static void unknown_command(const char *name)
{
	const char *names[sizeof commands / sizeof commands[0]];
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		names[i] = commands[i].name;
	fprintf(stderr, "residency: error: unknown command '%s'\n", name);
	const char *near = nearest(name, names, sizeof commands / sizeof commands[0]);
	if (near)
		fprintf(stderr, "did you mean '%s'?\n", near);
}

/* The long option of cmd nearest to the n bytes at name, or NULL. */
static const char *nearest_option(const char *cmd, const char *name, size_t n)
{
	const struct option *table = find_command(cmd)->longopts;
	char word[65];
	if (n >= sizeof word)
		return NULL;
	memcpy(word, name, n);
	word[n] = '\0';
	size_t k = 0;
	for (const struct option *o = table; o->name; o++)
		k++;
	const char **names = malloc((k ? k : 1) * sizeof *names);
	if (!names)
		out_of_memory();
	k = 0;
	for (const struct option *o = table; o->name; o++)
		names[k++] = o->name;
	const char *near = nearest(word, names, k);
	free(names);
	return near;
}

/* }======================================================= */

int main(int argc, char **argv)
{
	/* Options may follow the arguments (docs/cli.md); glibc's getopt
	   stops at the first argument when POSIXLY_CORRECT is set, so a
	   plan named after it would be read as the file "-q".  This process
	   runs no other program, so nothing else sees the variable go. */
	unsetenv("POSIXLY_CORRECT");
#ifdef __GLIBC__
	/* No fastbins: glibc keeps freed small blocks apart and sorts them
	   back in (malloc_consolidate) at the next large request, which
	   jansson's trees of small objects, built and freed by the JSON
	   loaders, paid for: 25% of a Pulumi check's CPU in malloc.  Without
	   them the JSON loaders take 11-12% less CPU time (paired rounds on
	   50 MB Terraform and Pulumi files); YAML plans and templates within
	   2%, either way. */
	mallopt(M_MXFAST, 0);
#endif
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = input_changed;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
	if (argc < 2) {
		fputs(main_help, stderr);
		return EXIT_TROUBLE;
	}
	const char *name = argv[1];
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0)
		name = "version";
	else if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
		name = "help";
	const struct command *c = find_command(name);
	if (!c) {
		unknown_command(argv[1]);
		fputs("Run 'residency help' for the list of commands.\n", stderr);
		return EXIT_TROUBLE;
	}
	optind = 1;
	opterr = 0;	/* bad_option() reports, in our words */
	return c->run(argc - 1, argv + 1);
}
