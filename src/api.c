/*
** api.c — the public API of include/residency.h over the internal modules.
** Thin: every function forwards to its stage (compile, plan_*, eval,
** testrun, explain, report, fmt, lint, where, diff, graph).
*/
#include "residency.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "diag.h"
#include "eval.h"
#include "explain.h"
#include "fides.h"
#include "fmt.h"
#include "plan.h"
#include "plan_tfext.h"
#include "testrun.h"
#include "util.h"

#define DEFAULT_MAX_INPUT ((size_t)1 << 30)

/* {======================================================= dates */

int rsd_date_parse(const char *s, rsd_date *out)
{
	return s && date_parse(s, strlen(s), out) ? 0 : -1;
}

void rsd_date_format(rsd_date d, char buf[11])
{
	date_format(d, buf);
}

rsd_date rsd_date_today(void)
{
	return date_today();
}

/* }======================================================= */

/* {======================================================= diagnostics */

rsd_diags *rsd_diags_new(void)
{
	rsd_diags *d = xmalloc(sizeof *d);
	diags_init(d);
	return d;
}

void rsd_diags_free(rsd_diags *d)
{
	if (!d)
		return;
	diags_free(d);
	xfree(d);
}

size_t rsd_diags_count(const rsd_diags *d) { return d->n; }
size_t rsd_diags_errors(const rsd_diags *d) { return d->nerrors; }
size_t rsd_diags_warnings(const rsd_diags *d) { return d->nwarnings; }

int rsd_diag_severity(const rsd_diags *d, size_t i)
{
	return d->v[i].sev == DIAG_ERROR ? RSD_ERROR : d->v[i].sev == DIAG_WARNING ? RSD_WARNING : RSD_INFO;
}

const char *rsd_diag_file(const rsd_diags *d, size_t i)
{
	return d->v[i].has_loc && d->v[i].loc.file ? d->v[i].loc.file->name : "";
}

unsigned rsd_diag_line(const rsd_diags *d, size_t i) { return d->v[i].has_loc ? d->v[i].loc.line : 0; }
unsigned rsd_diag_column(const rsd_diags *d, size_t i) { return d->v[i].has_loc ? d->v[i].loc.col : 0; }
const char *rsd_diag_message(const rsd_diags *d, size_t i) { return d->v[i].msg; }

void rsd_diags_print(const rsd_diags *d, FILE *out, int color)
{
	diag_print(d, out, color != 0);
}

void rsd_diags_error(rsd_diags *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, DIAG_ERROR, NULL, fmt, ap);
	va_end(ap);
}

/* An error about a whole file (cannot read it): "file: error: msg". */
static void file_error(rsd_diags *d, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void file_error(rsd_diags *d, const char *path, const char *fmt, ...)
{
	struct src_file *f = diag_add_file(d, path, xstrdup(""), 0);
	struct src_loc loc = {f, 0, 0, 0};
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, DIAG_ERROR, &loc, fmt, ap);
	va_end(ap);
}

/* }======================================================= */

/* {======================================================= policies */

void rsd_compile_opts_init(rsd_compile_opts *o)
{
	memset(o, 0, sizeof *o);
	o->use_env = 1;
	o->use_builtin = 1;
}

static struct compile_opts internal_opts(const rsd_compile_opts *o, rsd_diags *d)
{
	rsd_compile_opts def;
	if (!o) {
		rsd_compile_opts_init(&def);
		o = &def;
	}
	if (o->max_errors)
		d->max_errors = o->max_errors;
	struct compile_opts co = {o->libdirs, o->nlibdirs, o->use_env != 0, o->use_builtin != 0, NULL, NULL};
	return co;
}

rsd_policy *rsd_policy_compile_files(const char *const *paths, size_t n,
				     const rsd_compile_opts *o, rsd_diags *d)
{
	struct compile_opts co = internal_opts(o, d);
	return compile_policy(paths, n, NULL, NULL, 0, &co, d);
}

rsd_policy *rsd_policy_compile_string(const char *name, const char *src, size_t len,
				      const rsd_compile_opts *o, rsd_diags *d)
{
	struct compile_opts co = internal_opts(o, d);
	return compile_policy(NULL, 0, name ? name : "<string>", src, len, &co, d);
}

rsd_policy *rsd_policy_default(const rsd_compile_opts *o, rsd_diags *d)
{
	static const char src[] = "import \"default\"\n";
	/* the built-in library is replaced only by an explicit option (-L
	   DIR holding default.rpl), never by RESIDENCY_PATH, which a CI
	   environment may set for other reasons */
	rsd_compile_opts def;
	if (o)
		def = *o;
	else
		rsd_compile_opts_init(&def);
	def.use_env = 0;
	return rsd_policy_compile_string("<default>", src, sizeof src - 1, &def, d);
}

void rsd_policy_free(rsd_policy *p)
{
	policy_free(p);
}

size_t rsd_policy_rule_count(const rsd_policy *p) { return p->nrules; }
const char *rsd_policy_rule_name(const rsd_policy *p, size_t i) { return p->rules[i].name; }
size_t rsd_policy_file_count(const rsd_policy *p) { return p->nfiles; }
const char *rsd_policy_file(const rsd_policy *p, size_t i) { return p->files[i].path; }

/* }======================================================= */

/* {======================================================= plans */

const char *const rsd_input_formats[] = {"yaml", "terraform", "cloudformation", "arm", "aws-config", "fides",
					 "terraform-state", "pulumi", "gcp-asset", NULL};

enum input_format { IN_YAML, IN_TERRAFORM, IN_CFN, IN_ARM, IN_AWSCONFIG, IN_FIDES, IN_TFSTATE, IN_PULUMI, IN_GCPASSET,
		    IN_ERROR };

/*
** Which loader reads an input: the --input-format named, else the one
** format whose sniffer claims it (a YAML plan when none does).  Two
** claims are an error, never a guess.
*/
static enum input_format input_format(const char *name, const char *data, size_t len, const rsd_plan_opts *o,
				      rsd_diags *d)
{
	if (o->input_format) {
		for (int i = 0; rsd_input_formats[i]; i++)
			if (strcmp(o->input_format, rsd_input_formats[i]) == 0)
				return (enum input_format)i;
		file_error(d, name, "unknown input format '%s' (expected yaml, terraform, terraform-state, cloudformation, arm, "
			   "aws-config, pulumi, fides or gcp-asset)",
			   o->input_format);
		return IN_ERROR;
	}
	static const char *const names[] = {"", "a Terraform plan", "a CloudFormation template",
					    "an ARM template or what-if result", "AWS Config data", "a Fides data map",
					    "a Terraform state", "a Pulumi preview or stack export",
					    "a Cloud Asset Inventory export"};
	bool claim[IN_ERROR] = {false, plan_is_terraform(data, len), plan_is_cfn(data, len), plan_is_arm(data, len),
				plan_is_awsconfig(data, len), plan_is_fides(data, len), plan_is_tfstate(data, len),
				plan_is_pulumi(data, len), plan_is_gcpasset(data, len)};
	enum input_format f = IN_YAML;
	for (int i = 1; i < IN_ERROR; i++) {
		if (!claim[i])
			continue;
		if (f != IN_YAML) {
			file_error(d, name, "the input reads as both %s and %s; name its format with --input-format",
				   names[f], names[i]);
			return IN_ERROR;
		}
		f = (enum input_format)i;
	}
	return f;
}

/* The --default-region PROVIDER=REGION given for provider, or NULL. */
static const char *default_region(const rsd_plan_opts *o, const char *provider)
{
	size_t n = strlen(provider);
	for (size_t i = 0; i < o->ndefault_regions; i++)
		if (strncmp(o->default_regions[i], provider, n) == 0 && o->default_regions[i][n] == '=')
			return o->default_regions[i] + n + 1;
	return NULL;
}

/* A YAML plan: its waivers apply to the run's plans of other formats (rsd_check_run). */
static rsd_plan *yaml_flag(rsd_plan *pl)
{
	if (pl)
		pl->yaml = true;
	return pl;
}

static rsd_plan *load_as(enum input_format f, const rsd_policy *p, const char *name, const char *data, size_t len,
			 const rsd_plan_opts *o, rsd_diags *d)
{
	switch (f) {
	case IN_TERRAFORM: {
		struct tf_opts to = {o->class_tag ? o->class_tag : "data-classes", o->classes_file,
				     o->require_classes != 0, o->default_regions, o->ndefault_regions};
		return plan_load_terraform(p, name, data, len, &to, d);
	}
	case IN_TFSTATE:
	case IN_PULUMI: {
		struct tf_opts to = {o->class_tag ? o->class_tag : "data-classes", o->classes_file,
				     o->require_classes != 0, o->default_regions, o->ndefault_regions};
		return f == IN_TFSTATE ? plan_load_tfstate(p, name, data, len, &to, d)
				       : plan_load_pulumi(p, name, data, len, &to, d);
	}
	case IN_CFN: {
		struct cfn_opts co = {.class_tag = o->class_tag,
				      .region = o->region ? o->region : default_region(o, "aws"),
				      .classes_file = o->classes_file, .require_classes = o->require_classes != 0,
				      .stack = o->stack};
		return plan_load_cfn(p, name, data, len, &co, d);
	}
	case IN_ARM: {
		struct cfn_opts co = {.class_tag = o->class_tag,
				      .region = o->region ? o->region : default_region(o, "azure"),
				      .classes_file = o->classes_file, .require_classes = o->require_classes != 0};
		return plan_load_arm(p, name, data, len, &co, d);
	}
	case IN_AWSCONFIG: {
		struct cfn_opts co = {.class_tag = o->class_tag, .classes_file = o->classes_file,
				      .require_classes = o->require_classes != 0};
		return plan_load_awsconfig(p, name, data, len, &co, d);
	}
	case IN_GCPASSET: {
		struct cfn_opts co = {.class_tag = o->class_tag, .classes_file = o->classes_file,
				      .require_classes = o->require_classes != 0};
		return plan_load_gcpasset(p, name, data, len, &co, d);
	}
	case IN_FIDES: {
		struct fides_opts fo = {o->locations_file, o->categories_file, o->max_size};
		return plan_load_fides(p, name, xstrndup(data, len), len, &fo, d);
	}
	case IN_YAML:
		return yaml_flag(plan_load_yaml(p, name, data, len, d));
	case IN_ERROR:
		break;
	}
	return NULL;
}

rsd_plan *rsd_plan_load_memory(const rsd_policy *p, const char *name, const char *data, size_t len,
			       const rsd_plan_opts *o, rsd_diags *d)
{
	static const rsd_plan_opts none;
	if (!o)
		o = &none;
	size_t max = o->max_size ? o->max_size : DEFAULT_MAX_INPUT;
	if (len > max) {
		file_error(d, name, "input too large (%zu bytes; the limit is %zu, see --max-input-size)", len, max);
		return NULL;
	}
	return load_as(input_format(name, data, len, o, d), p, name, data, len, o, d);
}

rsd_plan *rsd_plan_load_file(const rsd_policy *p, const char *path, const rsd_plan_opts *o, rsd_diags *d)
{
	static const rsd_plan_opts none;
	if (!o)
		o = &none;
	size_t max = o->max_size ? o->max_size : DEFAULT_MAX_INPUT, len, maplen;
	char *data = map_file(path, &len, max, &maplen);
	if (!data) {
		if (errno == EFBIG)
			file_error(d, path, "input too large (the limit is %zu bytes, see --max-input-size)", max);
		else if (errno == EISDIR)
			file_error(d, path, "is a directory, not a plan file");
		else
			file_error(d, path, "cannot read plan: %s", strerror(errno));
		return NULL;
	}
	rsd_plan *pl;
	enum input_format f = len <= max ? input_format(path, data, len, o, d) : IN_ERROR;
	if (f == IN_YAML) {
		/* the diags keep the text for caret lines; hand the buffer over
		   instead of copying the file */
		pl = yaml_flag(plan_load_yaml_mapped(p, path, data, len, maplen, d));
	} else if (f == IN_CFN || f == IN_ARM || f == IN_AWSCONFIG || f == IN_GCPASSET) {
		/* the same for the document-tree loaders: doc_parse (and the Cloud
		   Asset Inventory export's reader) finds the text in d, which
		   unmaps or frees it */
		diag_add_file(d, path, data, len)->mapped = maplen;
		pl = load_as(f, p, path, data, len, o, d);
	} else {
		pl = f == IN_ERROR && len > max ? rsd_plan_load_memory(p, path, data, len, o, d)
						: load_as(f, p, path, data, len, o, d);
		unmap_or_free(data, maplen);
	}
	diag_sort(d);	/* report problems top to bottom */
	return pl;
}

rsd_plan *rsd_plan_new(const rsd_policy *p, const char *name)
{
	(void)p;
	return plan_new(name ? name : "");
}

static bool resolve(const rsd_policy *p, const char *name, struct place *out, rsd_diags *d, const char *what)
{
	if (name && place_resolve(p, name, out))
		return true;
	rsd_diags_error(d, "%s '%s' is neither a country code nor a declared location", what, name ? name : "(null)");
	return false;
}

static int resolve_classes(const rsd_policy *p, const char *const *names, size_t n, struct bits *out, rsd_diags *d)
{
	bits_clear(out);
	if (n == 0) {
		rsd_diags_error(d, "no classes given");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		int c = policy_find_class(p, names[i]);
		if (c < 0) {
			rsd_diags_error(d, "unknown class '%s'", names[i]);
			return -1;
		}
		bits_set(out, (unsigned)c);
	}
	return 0;
}

static int resolve_mechs(rsd_plan *pl, const rsd_policy *p, const rsd_mechanism_spec *m, size_t n,
			 struct plan_mech **out, uint32_t *nout, rsd_diags *d)
{
	*out = arena_alloc(&pl->arena, (n + 1) * sizeof **out);
	*nout = (uint32_t)n;
	for (size_t i = 0; i < n; i++) {
		int k = m[i].type ? policy_find_mech(p, m[i].type) : -1;
		if (k < 0) {
			rsd_diags_error(d, "unknown mechanism '%s'", m[i].type ? m[i].type : "(null)");
			return -1;
		}
		(*out)[i].mech = k;
		(*out)[i].expires = m[i].expires == RSD_DATE_NONE ? DATE_MAX : m[i].expires;
		(*out)[i].reference = m[i].reference ? arena_strdup(&pl->arena, m[i].reference) : NULL;
	}
	return 0;
}

static int resolve_places(rsd_plan *pl, const rsd_policy *p, const char *const *names, size_t n,
			  struct place **out, rsd_diags *d, const char *what)
{
	*out = arena_alloc(&pl->arena, (n + 1) * sizeof **out);
	for (size_t i = 0; i < n; i++)
		if (!resolve(p, names[i], &(*out)[i], d, what))
			return -1;
	return 0;
}

static int resolve_refs(rsd_plan *pl, const rsd_policy *p, const char *const *names, size_t n,
			struct plan_placeref **out, rsd_diags *d, const char *what)
{
	*out = arena_alloc(&pl->arena, (n + 1) * sizeof **out);
	for (size_t i = 0; i < n; i++)
		if (!resolve(p, names[i], &(*out)[i].place, d, what))
			return -1;
	return 0;
}

int rsd_plan_add_store(rsd_plan *pl, const rsd_policy *p, const rsd_store_spec *s, rsd_diags *d)
{
	struct plan_store tmp;
	memset(&tmp, 0, sizeof tmp);
	if (!s->name || !*s->name || plan_find_store(pl, s->name) >= 0) {
		rsd_diags_error(d, "store name '%s' is missing or already used", s->name ? s->name : "");
		return -1;
	}
	if (s->nlocations == 0) {
		rsd_diags_error(d, "store '%s' has no location", s->name);
		return -1;
	}
	tmp.name = arena_strdup(&pl->arena, s->name);
	if (resolve_places(pl, p, s->locations, s->nlocations, &tmp.primary, d, "location") ||
	    resolve_refs(pl, p, s->replicas, s->nreplicas, &tmp.replicas, d, "replica") ||
	    resolve_refs(pl, p, s->backups, s->nbackups, &tmp.backups, d, "backup") ||
	    resolve_places(pl, p, s->origin, s->norigin, &tmp.origin, d, "origin") ||
	    resolve_classes(p, s->classes, s->nclasses, &tmp.classes, d) ||
	    resolve_mechs(pl, p, s->mechanisms, s->nmechanisms, &tmp.mechs, &tmp.nmechs, d))
		return -1;
	if (s->key_location) {
		if (!resolve(p, s->key_location, &tmp.key, d, "key location"))
			return -1;
		tmp.has_key = true;
	}
	tmp.nprimary = (uint32_t)s->nlocations;
	tmp.nreplicas = (uint32_t)s->nreplicas;
	tmp.nbackups = (uint32_t)s->nbackups;
	tmp.norigin = (uint32_t)s->norigin;
	tmp.has_origin = s->norigin > 0;
	tmp.enc_at_rest = s->encrypted_at_rest != 0;
	tmp.enc_in_transit = s->encrypted_in_transit != 0;
	tmp.pseudonymized = s->pseudonymized != 0;
	tmp.anonymized = s->anonymized != 0;
	tmp.subjects = s->subjects;
	tmp.has_subjects = s->subjects > 0;	/* 0: not stated (residency.h) */
	*plan_add_store(pl) = tmp;
	return 0;
}

static int resolve_endpoint(const rsd_plan *pl, const rsd_policy *p, const char *name,
			    struct plan_endpoint *e, rsd_diags *d)
{
	e->store = name ? plan_find_store(pl, name) : -1;
	if (e->store >= 0)
		return 0;
	return resolve(p, name, &e->place, d, "flow endpoint") ? 0 : -1;
}

int rsd_plan_add_flow(rsd_plan *pl, const rsd_policy *p, const rsd_flow_spec *f, rsd_diags *d)
{
	struct plan_flow tmp;
	struct bits classes;
	struct plan_mech *mechs = NULL;
	uint32_t nmechs = 0;
	memset(&tmp, 0, sizeof tmp);
	bits_clear(&classes);
	if (!f->name || !*f->name) {
		rsd_diags_error(d, "flow has no name");
		return -1;
	}
	tmp.name = arena_strdup(&pl->arena, f->name);
	if (resolve_endpoint(pl, p, f->from, &tmp.from, d) || resolve_endpoint(pl, p, f->to, &tmp.to, d) ||
	    resolve_classes(p, f->classes, f->nclasses, &classes, d) ||
	    resolve_mechs(pl, p, f->mechanisms, f->nmechanisms, &mechs, &nmechs, d))
		return -1;
	tmp.enc_in_transit = f->encrypted_in_transit != 0;
	tmp.pseudonymized = f->pseudonymized != 0;
	tmp.anonymized = f->anonymized != 0;
	tmp.has_subjects = f->subjects > 0;	/* 0: not stated (residency.h) */
	struct plan_flow *nf = plan_add_flow(pl);
	*nf = tmp;
	plan_flow_set_classes(pl, nf, &classes);
	plan_flow_set_mechs(pl, nf, mechs, nmechs);
	plan_flow_set_subjects(pl, nf, f->subjects);
	return 0;
}

int rsd_plan_add_waiver(rsd_plan *pl, const rsd_policy *p, const char *rule, const char *target,
			const char *reason, rsd_date expires, rsd_diags *d)
{
	int r = rule ? policy_find_rule(p, rule) : -1;
	if (r < 0) {
		rsd_diags_error(d, "unknown rule '%s'", rule ? rule : "(null)");
		return -1;
	}
	if (!target || !reason || !*reason || expires == RSD_DATE_NONE) {
		rsd_diags_error(d, "a waiver needs a target, a reason and an expiry date");
		return -1;
	}
	struct plan_waiver *w = plan_add_waiver(pl);
	w->rule = r;
	w->target = arena_strdup(&pl->arena, target);
	w->reason = arena_strdup(&pl->arena, reason);
	w->expires = expires;
	return 0;
}

void rsd_plan_free(rsd_plan *pl) { plan_free(pl); }
const char *rsd_plan_file(const rsd_plan *pl) { return pl->file; }
rsd_date rsd_plan_as_of(const rsd_plan *pl) { return pl->as_of == DATE_NONE ? RSD_DATE_NONE : pl->as_of; }

/* }======================================================= */

/* {======================================================= checking */

void rsd_check_opts_init(rsd_check_opts *o)
{
	memset(o, 0, sizeof *o);
	o->as_of = RSD_DATE_NONE;
	o->warn_expiring = 30;
}

static rsd_result *check_with(const rsd_policy *p, const rsd_plan *pl, const rsd_check_opts *o,
			      const struct eval_run *run)
{
	rsd_check_opts def;
	if (!o) {
		rsd_check_opts_init(&def);
		o = &def;
	}
	struct eval_opts eo = {0};
	/* the caller's date: a plan's own as_of only when asked for
	   (RSD_DATE_PLAN), or `as_of: 1990-01-01` switches every rule off */
	enum date_source src = DATE_FROM_OPTION;
	eo.date = o->as_of;
	if (o->as_of == RSD_DATE_PLAN && pl->as_of != DATE_NONE) {
		eo.date = pl->as_of;
		src = DATE_FROM_PLAN;
	} else if (o->as_of == RSD_DATE_NONE || o->as_of == RSD_DATE_PLAN) {
		eo.date = date_today();
		src = DATE_FROM_TODAY;
	}
	eo.warn_expiring = o->warn_expiring;
	eo.record_applied = o->record_applied != 0;
	struct rsd_result *r = eval_check_run(p, pl, &eo, run);
	r->date_source = (uint8_t)src;
	return r;
}

rsd_result *rsd_check(const rsd_policy *p, const rsd_plan *pl, const rsd_check_opts *o)
{
	return check_with(p, pl, o, NULL);
}

/*
** The plans that are not YAML first, with every YAML plan's waivers
** (copied, each naming its file), then the YAML plans, each knowing which of
** its waivers another plan used and the other plans' names.
*/
int rsd_check_run(const rsd_policy *p, const rsd_plan *const *plans, size_t n,
		  const rsd_check_opts *o, rsd_result **results)
{
	size_t nshared = 0, nother = 0;
	for (size_t i = 0; i < n; i++) {
		if (plans[i]->yaml)
			nshared += plans[i]->nwaivers;
		else
			nother++;
	}
	if (!nshared || !nother) {
		for (size_t i = 0; i < n; i++)
			results[i] = rsd_check(p, plans[i], o);
		return 0;
	}
	struct plan_waiver *shared = xmalloc(nshared * sizeof *shared);
	bool *used = xcalloc(nshared, sizeof *used);
	const struct rsd_plan **others = xmalloc(nother * sizeof *others);
	size_t k = 0, m = 0;
	for (size_t i = 0; i < n; i++) {
		if (!plans[i]->yaml) {
			others[m++] = plans[i];
			continue;
		}
		for (uint32_t w = 0; w < plans[i]->nwaivers; w++) {
			shared[k] = plans[i]->waivers[w];
			if (!shared[k].file)
				shared[k].file = plans[i]->file;
			k++;
		}
	}
	struct eval_run run = {0};
	run.shared = shared;
	run.nshared = (uint32_t)nshared;
	run.shared_used = used;
	for (size_t i = 0; i < n; i++)
		if (!plans[i]->yaml)
			results[i] = check_with(p, plans[i], o, &run);
	memset(&run, 0, sizeof run);
	run.others = others;
	run.nothers = nother;
	k = 0;
	for (size_t i = 0; i < n; i++)
		if (plans[i]->yaml) {
			run.used_elsewhere = used + k;
			results[i] = check_with(p, plans[i], o, &run);
			k += plans[i]->nwaivers;
		}
	xfree(shared);
	xfree(used);
	xfree(others);
	return 0;
}

void rsd_result_free(rsd_result *r) { result_free(r); }
rsd_date rsd_result_date(const rsd_result *r) { return r->date; }

const char *rsd_result_date_source(const rsd_result *r)
{
	return r->date_source == DATE_FROM_PLAN ? "plan" : r->date_source == DATE_FROM_OPTION ? "option" : "today";
}
size_t rsd_result_count(const rsd_result *r) { return r->nfindings; }
int rsd_result_passes(const rsd_result *r, int fail_on) { return result_passes(r, fail_on); }

int rsd_rule_unjudged(const char *id)
{
	return id && (strcmp(id, "unknown-location") == 0 || strcmp(id, "unmodelled-resource") == 0);
}

size_t rsd_result_unjudged(const rsd_result *r)
{
	size_t n = 0;
	for (uint32_t i = 0; i < r->nfindings; i++)
		if (r->findings[i].status != FINDING_WAIVED && r->findings[i].rule < 0 &&
		    rsd_rule_unjudged(finding_tool_id(&r->findings[i])))
			n++;
	return n;
}

const char *rsd_finding_rule(const rsd_result *r, size_t i)
{
	return finding_id(r->policy, &r->findings[i]);
}
int rsd_finding_severity(const rsd_result *r, size_t i) { return (int)r->findings[i].severity; }
int rsd_finding_waived(const rsd_result *r, size_t i) { return r->findings[i].status == FINDING_WAIVED; }

const char *rsd_finding_kind(const rsd_result *r, size_t i)
{
	static const char *kinds[] = {"store", "transfer", "waiver"};
	return kinds[r->findings[i].kind];
}

const char *rsd_finding_fact(const rsd_result *r, size_t i) { return r->findings[i].fact; }
const char *rsd_finding_file(const rsd_result *r, size_t i)
{
	return finding_file(r, &r->findings[i]);
}
unsigned rsd_finding_line(const rsd_result *r, size_t i) { return r->findings[i].line; }
unsigned rsd_finding_column(const rsd_result *r, size_t i) { return r->findings[i].col; }

const char *rsd_finding_message(const rsd_result *r, size_t i)
{
	const struct finding *f = &r->findings[i];
	if (finding_message(f))
		return finding_message(f);
	const struct pol_rule *rule = &r->policy->rules[f->rule];
	return rule->message ? rule->message : rule->title ? rule->title : rule->name;
}

/* }======================================================= */

int rsd_write_file(const char *path, const char *data, size_t len)
{
	return write_file_atomic(path, data, len);
}

/* {======================================================= commands */

int rsd_run_tests(const rsd_policy *p, rsd_date as_of, int coverage, FILE *out,
		  unsigned *passed, unsigned *failed)
{
	return testrun_run(p, as_of == RSD_DATE_NONE ? date_today() : as_of, coverage != 0, out, passed, failed);
}

int rsd_explain(const rsd_policy *p, const char *fact, rsd_date as_of, FILE *out, rsd_diags *d)
{
	struct arena a;
	arena_init(&a);
	struct pol_fact *f = compile_fact(p, fact, &a, d);
	int rc = -1;
	if (f) {
		rc = explain_fact(p, f, as_of == RSD_DATE_NONE ? date_today() : as_of, out);
		if (rc < 0)
			rsd_diags_error(d, "explain takes one fact on its own: a transfer endpoint must be a country or a location, not a store name");
	}
	arena_free(&a);
	return rc;
}

/* }======================================================= */

/* {======================================================= fmt */

int rsd_fmt_file(const char *path, int mode, FILE *out, rsd_diags *d)
{
	int rc = fmt_file(path, (enum fmt_mode)mode, out, d);	/* 0 same, 1 differs, 2 error */
	return rc == 2 ? -1 : rc;
}

/* }======================================================= */
