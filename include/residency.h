/*
** residency.h — the public C API of residency, a cross-border data-residency
** policy engine.  The command-line tool uses only this header.
**
** Ownership: every object returned by an rsd_*_new / rsd_*_compile* /
** rsd_*_load* / rsd_check call is owned by the caller and released with the
** matching rsd_*_free.  Strings returned by accessors belong to the object
** they were read from and live as long as it does.  No global state: objects
** may be used from several threads as long as each is used by one at a time
** (a compiled policy may be shared read-only).
*/
#ifndef RESIDENCY_H
#define RESIDENCY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RSD_VERSION "0.1.0"
/* The date the built-in standard library (policies/) is current to: bump it
** with the packs' "Current to:" headers (docs/policies.md). */
#define RSD_LIBRARY_CURRENT_TO "2026-12-07"

typedef struct rsd_diags rsd_diags;	/* diagnostics of one operation */
typedef struct rsd_policy rsd_policy;	/* a compiled policy */
typedef struct rsd_plan rsd_plan;	/* facts to judge */
typedef struct rsd_result rsd_result;	/* findings of one check of one plan */

/* Dates are days since 1970-01-01 (UTC). */
typedef int32_t rsd_date;
#define RSD_DATE_NONE INT32_MIN
/* As an evaluation date (rsd_check_opts.as_of, rsd_diff): each plan's own
   as_of, else today.  A plan is untrusted input: only a caller that means
   it lets the plan choose the date it is judged on (`--as-of plan`). */
#define RSD_DATE_PLAN (INT32_MIN + 1)

/* Parse "YYYY-MM-DD"; returns 0 and sets *out, or -1 for an invalid date. */
int rsd_date_parse(const char *s, rsd_date *out);
void rsd_date_format(rsd_date d, char buf[11]);
rsd_date rsd_date_today(void);

/* ---------------------------------------------------------- diagnostics */

enum rsd_severity { RSD_ERROR = 0, RSD_WARNING = 1, RSD_INFO = 2 };

rsd_diags *rsd_diags_new(void);
void rsd_diags_free(rsd_diags *d);
size_t rsd_diags_count(const rsd_diags *d);
size_t rsd_diags_errors(const rsd_diags *d);
size_t rsd_diags_warnings(const rsd_diags *d);
/* Record i (0-based): severity (RSD_ERROR / RSD_WARNING / RSD_INFO for notes),
   file ("" when none), line and column (0 when none), message. */
int rsd_diag_severity(const rsd_diags *d, size_t i);
const char *rsd_diag_file(const rsd_diags *d, size_t i);
unsigned rsd_diag_line(const rsd_diags *d, size_t i);
unsigned rsd_diag_column(const rsd_diags *d, size_t i);
const char *rsd_diag_message(const rsd_diags *d, size_t i);
/* Print every record in GNU format with the source line and a caret. */
void rsd_diags_print(const rsd_diags *d, FILE *out, int color);
/* Record an error of the caller's own (no position). */
void rsd_diags_error(rsd_diags *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* ---------------------------------------------------------- policies */

/*
** Library path: each libdirs[i] in order, then RESIDENCY_PATH
** (colon-separated) when use_env is set, then the standard library built
** into the binary when use_builtin is set.
*/
typedef struct rsd_compile_opts {
	const char *const *libdirs;
	size_t nlibdirs;
	int use_env;	/* read RESIDENCY_PATH */
	int use_builtin;	/* the built-in standard library */
	size_t max_errors;	/* 0: 50 */
} rsd_compile_opts;

/* Default options: no -L dirs, RESIDENCY_PATH and the built-in library. */
void rsd_compile_opts_init(rsd_compile_opts *o);

/*
** Compile the files (or the one source text) into a policy.  Returns NULL
** when any error was recorded in d.  Warnings may be recorded either way.
*/
rsd_policy *rsd_policy_compile_files(const char *const *paths, size_t n,
				     const rsd_compile_opts *o, rsd_diags *d);
rsd_policy *rsd_policy_compile_string(const char *name, const char *src, size_t len,
				      const rsd_compile_opts *o, rsd_diags *d);
/* The built-in default policy: import "default". */
rsd_policy *rsd_policy_default(const rsd_compile_opts *o, rsd_diags *d);
void rsd_policy_free(rsd_policy *p);

size_t rsd_policy_rule_count(const rsd_policy *p);
const char *rsd_policy_rule_name(const rsd_policy *p, size_t i);
size_t rsd_policy_file_count(const rsd_policy *p);
const char *rsd_policy_file(const rsd_policy *p, size_t i);

/* ---------------------------------------------------------- plans */

typedef struct rsd_plan_opts {
	const char *class_tag;	/* tag/label key (default "data-classes") */
	const char *classes_file;	/* --classes mapping file (every format but YAML and Fides), or NULL */
	size_t max_size;	/* refuse larger inputs (0: 1 GiB) */
	const char *region;	/* CloudFormation: the stack's region; ARM: the resource group's; or NULL */
	const char *input_format;	/* NULL: detected; else one of rsd_input_formats */
	const char *locations_file;	/* Fides: fides_key -> place mapping, or NULL */
	const char *categories_file;	/* Fides: data category -> classes, or NULL (built-in) */
	int require_classes;	/* unclassified data stores are errors (every format with --classes) */
	const char *const *default_regions;	/* Terraform: "PROVIDER=REGION" for providers that set none */
	size_t ndefault_regions;
	const char *stack;	/* CloudFormation: the CDK stack the template deploys, or NULL;
				   --classes entries then match STACK/LogicalId as well as LogicalId */
} rsd_plan_opts;

/* The input formats, for --input-format (NULL-terminated). */
extern const char *const rsd_input_formats[];

/*
** Load a plan: a YAML plan, a Terraform plan JSON, a CloudFormation
** template, an ARM template or what-if or Resource Graph result, AWS Config
** data or a Fides data map, detected from the content (an input that reads
** as two formats is an error) unless o->input_format names one.  NULL on
** error.
*/
rsd_plan *rsd_plan_load_file(const rsd_policy *p, const char *path,
			     const rsd_plan_opts *o, rsd_diags *d);
rsd_plan *rsd_plan_load_memory(const rsd_policy *p, const char *name,
			       const char *data, size_t len,
			       const rsd_plan_opts *o, rsd_diags *d);

/*
** AWS CDK cloud assemblies: when path is a directory holding manifest.json
** (cdk.out) or such a manifest, the CloudFormation stacks it deploys,
** nested assemblies included, in name order: each template's path and its
** environment's region (NULL for an environment-agnostic stack).  Returns
** 1 with *out and *n set, 0 when path is no assembly, -1 with an error on d.
*/
typedef struct rsd_stack {
	char *name;
	char *template_path;
	char *region;
} rsd_stack;
int rsd_cdk_stacks(const char *path, rsd_stack **out, size_t *n, rsd_diags *d);
void rsd_cdk_stacks_free(rsd_stack *v, size_t n);

/* Build a plan in code.  Names are resolved against p; each add returns 0,
   or -1 with an error recorded in d. */
rsd_plan *rsd_plan_new(const rsd_policy *p, const char *name);

typedef struct rsd_mechanism_spec {
	const char *type;
	rsd_date expires;	/* RSD_DATE_NONE: none */
	const char *reference;
} rsd_mechanism_spec;

typedef struct rsd_store_spec {
	const char *name;
	const char *const *locations; size_t nlocations;
	const char *const *replicas; size_t nreplicas;
	const char *const *backups; size_t nbackups;
	const char *const *origin; size_t norigin;	/* 0: primary countries */
	const char *const *classes; size_t nclasses;
	int encrypted_at_rest, encrypted_in_transit, pseudonymized, anonymized;
	const char *key_location;	/* NULL: none */
	double subjects;	/* data subjects; 0: not stated (`subjects known` is false) */
	const rsd_mechanism_spec *mechanisms; size_t nmechanisms;
} rsd_store_spec;

typedef struct rsd_flow_spec {
	const char *name;
	const char *from, *to;	/* a store of the plan, a location or a country */
	const char *const *classes; size_t nclasses;
	int encrypted_in_transit, pseudonymized, anonymized;
	double subjects;	/* data subjects; 0: not stated (`subjects known` is false) */
	const rsd_mechanism_spec *mechanisms; size_t nmechanisms;
} rsd_flow_spec;

int rsd_plan_add_store(rsd_plan *pl, const rsd_policy *p, const rsd_store_spec *s, rsd_diags *d);
int rsd_plan_add_flow(rsd_plan *pl, const rsd_policy *p, const rsd_flow_spec *f, rsd_diags *d);
int rsd_plan_add_waiver(rsd_plan *pl, const rsd_policy *p, const char *rule, const char *target,
			const char *reason, rsd_date expires, rsd_diags *d);
void rsd_plan_free(rsd_plan *pl);
const char *rsd_plan_file(const rsd_plan *pl);
rsd_date rsd_plan_as_of(const rsd_plan *pl);

/* ---------------------------------------------------------- checking */

typedef struct rsd_check_opts {
	rsd_date as_of;	/* RSD_DATE_NONE: today (UTC); RSD_DATE_PLAN: the plan's as_of, else today */
	int warn_expiring;	/* days (default 30) */
	int record_applied;	/* keep every (rule, fact) the rule applied to (JUnit) */
} rsd_check_opts;
void rsd_check_opts_init(rsd_check_opts *o);

rsd_result *rsd_check(const rsd_policy *p, const rsd_plan *pl, const rsd_check_opts *o);
/*
** Check the n plans of one run into results[0..n-1], each as rsd_check
** does, except that the waivers of the YAML plans apply to every plan of the
** run that is not a YAML plan as well (a Terraform plan, a template: their
** findings are waived by address).  Such a waiver is reported (expired,
** expiring, unused) once, in the results of its own YAML plan, and is unused
** only when no plan of the run used it.  YAML plans do not take each other's
** waivers.  Returns 0.
*/
int rsd_check_run(const rsd_policy *p, const rsd_plan *const *plans, size_t n,
		  const rsd_check_opts *o, rsd_result **results);
void rsd_result_free(rsd_result *r);

rsd_date rsd_result_date(const rsd_result *r);
/* Where that date came from: "option" (a date the caller gave), "plan"
   (the plan's as_of, with RSD_DATE_PLAN) or "today". */
const char *rsd_result_date_source(const rsd_result *r);
size_t rsd_result_count(const rsd_result *r);
/* fail_on: RSD_ERROR, RSD_WARNING, RSD_INFO, or -1 (never fail) */
int rsd_result_passes(const rsd_result *r, int fail_on);
/* Findings that say part of the plan could not be judged (unknown-location,
   unmodelled-resource), not waived: any makes `check` exit 2 whatever
   fail_on says.  Returns how many. */
size_t rsd_result_unjudged(const rsd_result *r);
/* Is rule id (a finding's rsd_finding_rule) one of those? */
int rsd_rule_unjudged(const char *id);

/* Finding i, sorted by (file, line, column, rule). */
const char *rsd_finding_rule(const rsd_result *r, size_t i);	/* rule name or tool id */
int rsd_finding_severity(const rsd_result *r, size_t i);
int rsd_finding_waived(const rsd_result *r, size_t i);
const char *rsd_finding_kind(const rsd_result *r, size_t i);	/* "store" | "transfer" | "waiver" */
const char *rsd_finding_fact(const rsd_result *r, size_t i);
const char *rsd_finding_file(const rsd_result *r, size_t i);
unsigned rsd_finding_line(const rsd_result *r, size_t i);
unsigned rsd_finding_column(const rsd_result *r, size_t i);
const char *rsd_finding_message(const rsd_result *r, size_t i);

/* ---------------------------------------------------------- reports */

typedef enum rsd_format {
	RSD_FORMAT_TEXT, RSD_FORMAT_JSON, RSD_FORMAT_SARIF, RSD_FORMAT_JUNIT,
	RSD_FORMAT_GITHUB, RSD_FORMAT_MARKDOWN, RSD_FORMAT_CODEQUALITY, RSD_FORMAT_HTML
} rsd_format;

/* "text", "json", … → format; -1 when unknown. */
int rsd_format_parse(const char *name);

typedef struct rsd_report_opts {
	int fail_on;	/* as for rsd_result_passes */
	int color;
	int quiet;	/* text: only the summary line */
	/* SARIF, Code Quality and fingerprints: plan paths relative to this
	   directory (NULL: the working directory) */
	const char *base_dir;
	int verbose;	/* text: also the library's "current to" line */
} rsd_report_opts;

/*
** The error and warning diagnostics of d as GitHub Actions workflow
** commands (::error file=F,line=L,col=C::MESSAGE), one line each, so that
** an input that could not be loaded is annotated too (-f github).
*/
void rsd_diags_print_github(const rsd_diags *d, FILE *out);

/*
** A finding's fingerprint: "PATH:RULE:FACT", PATH the plan's file relative
** to base_dir (NULL: the working directory), so ./x.yaml and x.yaml give
** the same one.  Stable across line moves; SARIF's partialFingerprints,
** the JSON report's "fingerprint".  Returns a malloc'd string (free it).
*/
char *rsd_finding_fingerprint(const rsd_result *r, size_t i, const char *base_dir);

/*
** Drop the findings whose fingerprint is one of fps[0..n) (a baseline of
** accepted findings): they are neither reported nor counted, and the
** (rule, fact) pairs they were about count as passed.  Returns how many
** findings were dropped.
*/
size_t rsd_result_drop_fingerprints(rsd_result *r, const char *const *fps, size_t n,
				    const char *base_dir);

/*
** The results of one run whose plans read the same --classes file (several
** inputs, or a CDK assembly's stacks): an entry or a waiver of the file is
** unused only when it matched nothing in every plan, and is then reported
** once, in the first plan.  Drops the other `unused-classes-entry` and
** `unused-waiver` findings of the file; returns how many.
*/
size_t rsd_results_merge_unused(rsd_result **rs, size_t n);

/*
** The rules of p in force on as_of (RSD_DATE_NONE: today), one line each:
** name, severity, kind and citation, then "N rules in force on DATE".
** Returns 0, or -1 when writing failed.
*/
int rsd_list_rules(const rsd_policy *p, rsd_date as_of, FILE *out);

/* As rsd_format_parse, for the n bytes at name ("sarif" of "sarif=out.sarif"). */
int rsd_format_parse_n(const char *name, size_t n);

/*
** The fingerprints of a baseline, an earlier JSON or SARIF report of
** residency (check --baseline): NULL-terminated, their count in *n; NULL
** with an error in d when it cannot be read.  Free with rsd_baseline_free.
*/
char **rsd_baseline_load(const char *path, size_t *n, rsd_diags *d);
void rsd_baseline_free(char **fps);

/*
** The configuration file .residency.yaml (docs/cli.md): rsd_config_find
** returns the nearest one from the working directory upward, as a path
** relative to it (malloc'd), or NULL.  rsd_config_args reads one and
** returns the options it stands for ("--policy=PATH", ..., paths made
** relative to the working directory), NULL-terminated, their count in
** *nargs; NULL with an error in d when it cannot be read or is invalid.
*/
char *rsd_config_find(void);
char **rsd_config_args(const char *path, size_t *nargs, rsd_diags *d);
void rsd_config_args_free(char **args);

/* Write the report of n results (one per plan) to out; 0 or -1 on I/O error. */
int rsd_report_write(FILE *out, rsd_format fmt, const rsd_policy *p,
		     rsd_result *const *results, size_t n, const rsd_report_opts *o);

/*
** Write data to path atomically: a temporary file in the same folder, then
** rename(); on failure the old file is untouched.  A symbolic link to a
** regular file keeps pointing at it (its target is replaced); a device, a
** FIFO or /dev/stdout is written through, never replaced; a block device,
** a directory or a dangling link fails.  Returns 0, or -1 with errno set.
** (How `check -o` writes its report.)
*/
int rsd_write_file(const char *path, const char *data, size_t len);

/* ---------------------------------------------------------- commands */

/*
** Run the test blocks of the policy's root files.  Prints failures (and
** with coverage, the rules no test exercised) to out; adds to *passed and
** *failed.  as_of: for tests without their own as_of (RSD_DATE_NONE: today).
*/
int rsd_run_tests(const rsd_policy *p, rsd_date as_of, int coverage, FILE *out,
		  unsigned *passed, unsigned *failed);

/* Explain one fact written in test syntax.  Returns 0 (no rule violated), 1
   (some rule violated), or -1 with errors in d. */
int rsd_explain(const rsd_policy *p, const char *fact, rsd_date as_of, FILE *out, rsd_diags *d);

/*
** Lint: add the analysis warnings of TOOL.md §3 (unused declarations in the
** root files, regions empty on as_of, rules that can never apply,
** requirements no fact can satisfy, classes with no compliant location) to d.
** Returns the number of warnings added.
*/
int rsd_lint(const rsd_policy *p, rsd_date as_of, rsd_diags *d);

/* fmt modes */
enum { RSD_FMT_PRINT = 0, RSD_FMT_WRITE = 1, RSD_FMT_CHECK = 2 };
/*
** Format one file: print the canonical text to out (RSD_FMT_PRINT), rewrite
** it atomically when it differs (RSD_FMT_WRITE), or only compare
** (RSD_FMT_CHECK).  Returns 0 when already canonical, 1 when it differed,
** -1 with an error in d.
*/
int rsd_fmt_file(const char *path, int mode, FILE *out, rsd_diags *d);

/*
** where: query is "CLASS [from PLACE] [with PROP, ...]".  Prints the
** countries (grouped under declared regions that match exactly) and catalog
** locations where a store of CLASS (or a transfer from PLACE) violates no
** rule.  Returns 0, or -1 with errors in d, positioned in the query (file
** "<query>", line 1 unless the query holds newlines).
*/
int rsd_where(const rsd_policy *p, const char *query, rsd_date as_of, FILE *out, rsd_diags *d);

/*
** diff: compare two policies.  Without plan_path: every declared class,
** (source, destination) pair and store country, with no mechanism and with
** each declared mechanism, with and without encryption in transit; prints
** changed verdicts grouped by class and region.  With plan_path: findings
** that appear and disappear.  as_of: RSD_DATE_NONE today, RSD_DATE_PLAN
** the plan's as_of (else today).  Returns 0 (no change), 1 (changes), -1
** (error).
*/
int rsd_diff(const rsd_policy *old_p, const rsd_policy *new_p, const char *plan_path,
	     const rsd_plan_opts *po, rsd_date as_of, FILE *out, rsd_diags *d);

/* graph of a checked plan: "dot" or "mermaid".  Returns 0 or -1 (bad format). */
int rsd_graph(const rsd_result *r, const char *format, FILE *out);

/*
** Imports (docs/fides.md, docs/vendors.md): a Fides data map (a file, or
** every .yml/.yaml below a directory) or a vendor's sub-processor list
** (CSV: name, purpose, country) as YAML plan text in *out (malloc'd, NUL-
** terminated; the caller frees it with free()).  Return 0, or -1 with
** errors in d.
*/
int rsd_import_fides(const rsd_policy *p, const char *path, const rsd_plan_opts *o,
		     char **out, size_t *len, rsd_diags *d);
int rsd_import_subprocessors(const char *path, const rsd_plan_opts *o, char **out, size_t *len,
			     rsd_diags *d);

/* List the location catalog (optionally one provider). Returns the count,
   or -1 with an error in d (unknown provider, with a suggestion). */
int rsd_locations(const rsd_policy *p, const char *provider, rsd_date as_of, FILE *out, rsd_diags *d);

/*
** `residency lsp`: serve the Language Server Protocol on in_fd/out_fd
** (JSON-RPC with Content-Length framing) until `exit` or end of input.
** as_of: the date hovers and lint use (RSD_DATE_NONE: today); libdirs:
** `-L` folders for imports.  Returns 0 after `shutdown` then `exit`, else 1.
*/
int rsd_lsp(int in_fd, int out_fd, rsd_date as_of, const char *const *libdirs, size_t nlibdirs);

#ifdef __cplusplus
}
#endif
#endif
