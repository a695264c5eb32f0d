/*
** report_ci.c — what CI systems need of a report beyond its format: plan
** paths relative to one directory (so that ./x.yaml and x.yaml give the
** same fingerprint), fingerprints and baselines, where a store finding's
** store is, and GitLab's Code Quality format.
*/
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "country.h"
#include "diag.h"
#include "residency.h"

/* ------------------------------------------------------------ paths */

/*
** The components of path (made absolute against cwd when relative), with
** "." and empty ones dropped and ".." applied: into *out (pointers into
** buf, a copy the caller frees), their count returned.
*/
static size_t path_parts(const char *path, const char *cwd, char **buf, const char ***out)
{
	struct strbuf sb = {0};
	if (path[0] != '/') {
		sb_puts(&sb, cwd);
		sb_putc(&sb, '/');
	}
	sb_puts(&sb, path);
	*buf = sb_take(&sb);
	size_t n = 0, cap = 8;
	const char **v = xmalloc(cap * sizeof *v);
	for (char *p = *buf, *save = NULL, *t; (t = strtok_r(p, "/", &save)) != NULL; p = NULL) {
		if (strcmp(t, ".") == 0)
			continue;
		if (strcmp(t, "..") == 0) {
			if (n)
				n--;
			continue;
		}
		if (n == cap) {
			cap *= 2;
			v = xrealloc(v, cap * sizeof *v);
		}
		v[n++] = t;
	}
	*out = v;
	return n;
}

/*
** Append path relative to base (NULL: the working directory), worked out
** on the names alone (symbolic links are not followed): "x.yaml",
** "plans/x.yaml", "../other/x.yaml"; an absolute path outside base stays
** absolute (normalised).  Names that are not paths ("<stdin>",
** "<plan>", empty) are copied as they are.
*/
void report_rel_path(struct strbuf *sb, const char *path, const char *base)
{
	if (!path || !*path || path[0] == '<') {
		sb_puts(sb, path ? path : "");
		return;
	}
	char *cwd = getcwd(NULL, 0);
	if (!cwd) {	/* no working directory: the path as given */
		sb_puts(sb, path);
		return;
	}
	char *pb, *bb;
	const char **pv, **bv;
	size_t pn = path_parts(path, cwd, &pb, &pv);
	size_t bn = path_parts(base && *base ? base : ".", cwd, &bb, &bv);
	size_t common = 0;
	while (common < pn && common < bn && strcmp(pv[common], bv[common]) == 0)
		common++;
	if (path[0] == '/' && common < bn)
		common = 0;	/* absolute and outside base: stays absolute */
	size_t start = sb->len;
	if (path[0] == '/' && common == 0) {
		for (size_t i = 0; i < pn; i++) {
			sb_putc(sb, '/');
			sb_puts(sb, pv[i]);
		}
		if (!pn)
			sb_putc(sb, '/');
		goto done;
	}
	for (size_t i = common; i < bn; i++)
		sb_puts(sb, i + 1 < bn || common < pn ? "../" : "..");
	for (size_t i = common; i < pn; i++) {
		sb_puts(sb, pv[i]);
		if (i + 1 < pn)
			sb_putc(sb, '/');
	}
	if (sb->len == start)
		sb_putc(sb, '.');
done:
	free(pb);
	free(bb);
	free(pv);
	free(bv);
	free(cwd);
}

/* The file a finding is reported in: its plan's. */
const char *report_finding_file(const struct rsd_result *res, const struct finding *f)
{
	return finding_file(res, f);
}

const char *report_path(struct report *r, const char *file)
{
	if (!file)
		file = "";
	if (r->np_in != file) {
		report_sb_reset(&r->np_out);
		report_rel_path(&r->np_out, file, r->base_dir);
		sb_putc(&r->np_out, '\0');	/* s valid even when empty */
		r->np_out.len--;
		r->np_in = file;
	}
	return r->np_out.s;
}

/* ------------------------------------------------------------ fingerprints */

static void fingerprint(struct strbuf *sb, const char *relpath, const char *rule, const char *fact)
{
	sb_puts(sb, relpath);
	sb_putc(sb, ':');
	sb_puts(sb, rule ? rule : "");
	sb_putc(sb, ':');
	sb_puts(sb, fact ? fact : "");
}

void report_fingerprint(struct strbuf *sb, struct report *r, const struct rsd_result *res,
			const struct finding *f)
{
	fingerprint(sb, report_path(r, report_finding_file(res, f)), report_rule_id(r, f), f->fact);
}

static const char *rule_id_of(const struct rsd_result *res, const struct finding *f)
{
	if (f->rule >= 0 && res->policy && (uint32_t)f->rule < res->policy->nrules)
		return res->policy->rules[f->rule].name;
	return finding_tool_id(f);
}

static char *fingerprint_of(const struct rsd_result *res, const struct finding *f, const char *base)
{
	struct strbuf path = {0}, sb = {0};
	report_rel_path(&path, report_finding_file(res, f), base);
	sb_putc(&path, '\0');
	fingerprint(&sb, path.s, rule_id_of(res, f), f->fact);
	sb_free(&path);
	if (!sb.s)
		sb_putc(&sb, '\0');
	return sb_take(&sb);
}

char *rsd_finding_fingerprint(const rsd_result *r, size_t i, const char *base_dir)
{
	if (!r || i >= r->nfindings)
		return NULL;
	return fingerprint_of(r, &r->findings[i], base_dir);
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Drop the findings marked in drop (neither reported nor counted; their applied pairs pass). */
static size_t drop_marked(rsd_result *r, const bool *drop)
{
	/* new index of each finding, or -1 when dropped */
	int32_t *map = xmalloc((r->nfindings + 1) * sizeof *map);
	uint32_t kept = 0;
	for (uint32_t i = 0; i < r->nfindings; i++) {
		struct finding *f = &r->findings[i];
		if (drop[i]) {
			map[i] = -1;
			if (f->status == FINDING_WAIVED)
				r->nwaived--;
			else
				r->counts[f->severity]--;
			continue;
		}
		map[i] = (int32_t)kept;
		r->findings[kept++] = *f;
	}
	size_t dropped = r->nfindings - kept;
	for (uint32_t i = 0; i < r->napplied; i++)
		if (r->applied[i].finding >= 0)
			r->applied[i].finding = map[r->applied[i].finding];
	r->nfindings = kept;
	free(map);
	return dropped;
}

size_t rsd_result_drop_fingerprints(rsd_result *r, const char *const *fps, size_t n,
				    const char *base_dir)
{
	if (!r || !n || !r->nfindings)
		return 0;
	const char **sorted = xmalloc(n * sizeof *sorted);
	memcpy(sorted, fps, n * sizeof *sorted);
	qsort(sorted, n, sizeof *sorted, cmp_cstr);
	bool *drop = xcalloc(r->nfindings, sizeof *drop);
	for (uint32_t i = 0; i < r->nfindings; i++) {
		char *fp = fingerprint_of(r, &r->findings[i], base_dir);
		drop[i] = bsearch(&fp, sorted, n, sizeof *sorted, cmp_cstr) != NULL;
		free(fp);
	}
	size_t dropped = drop_marked(r, drop);
	free(drop);
	free(sorted);
	return dropped;
}

/* An unused --classes entry or waiver of the classes file, as a key; NULL: not one. */
static char *unused_key(const rsd_result *r, const struct finding *f)
{
	struct strbuf sb = {0};
	const char *id = finding_id(r->policy, f), *msg = finding_message(f);
	const struct plan_waiver *w = finding_waiver(f);
	if (strcmp(id ? id : "", "unused-classes-entry") == 0) {
		sb_printf(&sb, "E\037%s", msg ? msg : "");
	} else if (strcmp(id ? id : "", "unused-waiver") == 0 && w && w->from_classes) {
		const char *rule = w->tool_id ? w->tool_id
			: w->rule >= 0 && (uint32_t)w->rule < r->policy->nrules ? r->policy->rules[w->rule].name : "?";
		sb_printf(&sb, "W\037%s\037%s\037%s\037%lld", rule, w->target, w->reason, (long long)w->expires);
	} else {
		return NULL;
	}
	return sb_take(&sb);
}

struct ukey {
	char *key;
	size_t plan, finding;
};

static int cmp_ukey(const void *a, const void *b)
{
	const struct ukey *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (!c)
		c = (x->plan > y->plan) - (x->plan < y->plan);
	return c;
}

size_t rsd_results_merge_unused(rsd_result **rs, size_t n)
{
	size_t nread = 0, nk = 0, ck = 0, dropped = 0;
	const char *file = NULL;
	for (size_t i = 0; i < n; i++)
		if (rs[i] && rs[i]->plan && rs[i]->plan->classes_file) {
			if (file && strcmp(file, rs[i]->plan->classes_file) != 0)
				return 0;	/* plans of one run read one file; anything else is left alone */
			file = rs[i]->plan->classes_file;
			nread++;
		}
	if (nread < 2)
		return 0;
	struct ukey *k = NULL;
	for (size_t i = 0; i < n; i++)
		for (uint32_t j = 0; rs[i] && rs[i]->plan && rs[i]->plan->classes_file && j < rs[i]->nfindings; j++) {
			char *key = unused_key(rs[i], &rs[i]->findings[j]);
			if (key)
				*VEC_PUSH(k, nk, ck) = (struct ukey){key, i, j};
		}
	bool **drop = xcalloc(n, sizeof *drop);
	if (nk)
		qsort(k, nk, sizeof *k, cmp_ukey);
	for (size_t a = 0; a < nk;) {
		size_t b = a + 1;
		while (b < nk && strcmp(k[a].key, k[b].key) == 0)
			b++;
		/* unused in every plan: reported once, in the first; else used somewhere: not at all */
		for (size_t q = b - a == nread ? a + 1 : a; q < b; q++) {
			if (!drop[k[q].plan])
				drop[k[q].plan] = xcalloc(rs[k[q].plan]->nfindings, sizeof **drop);
			drop[k[q].plan][k[q].finding] = true;
		}
		a = b;
	}
	for (size_t i = 0; i < n; i++)
		if (drop[i]) {
			dropped += drop_marked(rs[i], drop[i]);
			free(drop[i]);
		}
	for (size_t q = 0; q < nk; q++)
		free(k[q].key);
	free(k);
	free(drop);
	return dropped;
}

/* ------------------------------------------------------------ stores */

/* The plan's store a store finding is about, or NULL. */
const struct plan_store *report_finding_store(const struct rsd_result *res, const struct finding *f)
{
	if (f->kind != FINDING_STORE || !res->plan || !res->plan->stores || !f->fact)
		return NULL;
	int si = plan_find_store(res->plan, f->fact);
	if (si < 0)
		return NULL;
	const struct plan_store *s = &res->plan->stores[si];
	return s->pos.line == f->line ? s : NULL;
}

/* The policy's sets on the date of res (computed once per result). */
static const struct bits *report_sets(struct report *r, const struct rsd_result *res)
{
	if (r->sets_res != res) {
		xfree(r->sets);
		r->sets = policy_sets_at(r->p, res->date);
		r->sets_res = res;
	}
	return r->sets;
}

static void place_text(struct strbuf *sb, struct report *r, const struct bits *sets, struct place pl)
{
	sb_puts(sb, place_name(r->p, pl));
	if (pl.kind != PLACE_LOCATION)
		return;
	struct bits c = place_countries(r->p, sets, pl);
	const char *sep = " (";
	BITS_FOREACH(k, &c) {
		sb_puts(sb, sep);
		sb_puts(sb, country_code(k));
		sep = ", ";
	}
	if (*sep == ',')
		sb_putc(sb, ')');
}

void report_place(struct strbuf *sb, struct report *r, const struct rsd_result *res, struct place pl)
{
	place_text(sb, r, report_sets(r, res), pl);
}

bool report_store_where(struct strbuf *sb, struct report *r, const struct rsd_result *res,
			const struct finding *f)
{
	const struct plan_store *s = report_finding_store(res, f);
	if (!s || !s->nprimary)
		return false;
	const struct bits *sets = report_sets(r, res);
	for (uint32_t i = 0; i < s->nprimary; i++) {
		if (i)
			sb_puts(sb, ", ");
		place_text(sb, r, sets, s->primary[i]);
	}
	for (uint32_t i = 0; i < s->nreplicas; i++) {
		sb_puts(sb, "; replica ");
		place_text(sb, r, sets, s->replicas[i].place);
	}
	for (uint32_t i = 0; i < s->nbackups; i++) {
		sb_puts(sb, "; backup ");
		place_text(sb, r, sets, s->backups[i].place);
	}
	return true;
}

bool report_store_places(struct report *r, const struct rsd_result *res, const struct finding *f,
			 void (*each)(struct report *r, const char *location), struct bits *countries)
{
	const struct plan_store *s = report_finding_store(res, f);
	if (!s || !s->nprimary)
		return false;
	const struct bits *sets = report_sets(r, res);
	struct bits c = {0};
	for (uint32_t i = 0; i < s->nprimary; i++) {
		each(r, place_name(r->p, s->primary[i]));
		c = bits_or(c, place_countries(r->p, sets, s->primary[i]));
	}
	for (uint32_t i = 0; i < s->nreplicas; i++) {
		each(r, place_name(r->p, s->replicas[i].place));
		c = bits_or(c, place_countries(r->p, sets, s->replicas[i].place));
	}
	for (uint32_t i = 0; i < s->nbackups; i++) {
		each(r, place_name(r->p, s->backups[i].place));
		c = bits_or(c, place_countries(r->p, sets, s->backups[i].place));
	}
	*countries = c;
	return true;
}

/* ------------------------------------------------------------ Code Quality */

/*
** GitLab Code Quality (a JSON array of issues, the subset of the Code
** Climate format GitLab reads): description, check_name, fingerprint,
** severity (info, minor, major, critical, blocker), location.path and
** location.lines.begin.  Waived findings are left out: GitLab has no way to
** show an accepted issue, and it would count against the merge request.
*/

static const char *cq_severity(const struct finding *f)
{
	return f->severity == SEV_ERROR ? "critical" : f->severity == SEV_WARNING ? "minor" : "info";
}

/* 128 bits of FNV-1a (two 64-bit lanes) as 32 hex digits: an opaque, stable id. */
static void cq_hash(struct strbuf *sb, const char *s, size_t n)
{
	uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
	for (size_t i = 0; i < n; i++) {
		a = (a ^ (unsigned char)s[i]) * 0x100000001b3ull;
		b = (b ^ (unsigned char)s[n - 1 - i]) * 0x100000001b3ull;
	}
	sb_printf(sb, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}

static void cq_begin(struct report *r)
{
	jw_arr(&r->jw, false);
}

static void cq_finding(struct report *r, const struct rsd_result *res, const struct finding *f)
{
	if (f->status == FINDING_WAIVED)
		return;
	struct jw *w = &r->jw;
	struct strbuf *sb = &r->tmp;
	jw_obj(w, false);
	report_sb_reset(sb);
	sb_putc(sb, '[');
	sb_puts(sb, report_rule_id(r, f));
	sb_puts(sb, "] ");
	sb_puts(sb, report_message(r, f));
	if (f->fact && *f->fact) {
		sb_puts(sb, " (");
		sb_puts(sb, f->fact);
		sb_putc(sb, ')');
	}
	size_t at = sb->len;
	sb_puts(sb, " at ");
	if (!report_store_where(sb, r, res, f))
		sb->len = at, sb->s[at] = '\0';
	jw_kstr(w, "description", sb->s);
	jw_kstr(w, "check_name", report_rule_id(r, f));
	report_sb_reset(sb);
	report_fingerprint(sb, r, res, f);
	struct strbuf h = {0};
	cq_hash(&h, sb->s ? sb->s : "", sb->len);
	jw_kstr(w, "fingerprint", h.s);
	sb_free(&h);
	jw_kstr(w, "severity", cq_severity(f));
	jw_key(w, "location");
	jw_obj(w, true);
	jw_kstr(w, "path", report_path(r, report_finding_file(res, f)));
	jw_key(w, "lines");
	jw_obj(w, true);
	jw_kint(w, "begin", f->line ? f->line : 1);
	jw_obj_end(w);
	jw_obj_end(w);
	jw_obj_end(w);
}

static void cq_end(struct report *r)
{
	jw_arr_end(&r->jw);
	jw_finish(&r->jw);
}

const struct report_ops report_codequality_ops = {
	.name = "codequality",
	.begin = cq_begin,
	.finding = cq_finding,
	.end = cq_end,
};

/* ------------------------------------------------------------ rules */

/*
** `residency rules`: the rules in force on as_of, one line each, in policy
** order, columns aligned: NAME SEVERITY KIND CITE ("-" when none).
*/
int rsd_list_rules(const rsd_policy *p, rsd_date as_of, FILE *out)
{
	rdate d = as_of == RSD_DATE_NONE ? date_today() : (rdate)as_of;
	size_t wn = 4, n = 0;
	for (uint32_t i = 0; i < p->nrules; i++)
		if (eval_rule_in_force(&p->rules[i], d)) {
			size_t l = strlen(p->rules[i].name);
			if (l > wn)
				wn = l;
			n++;
		}
	fprintf(out, "%-*s  %-8s  %-8s  %s\n", (int)wn, "RULE", "SEVERITY", "KIND", "CITE");
	for (uint32_t i = 0; i < p->nrules; i++) {
		const struct pol_rule *r = &p->rules[i];
		if (!eval_rule_in_force(r, d))
			continue;
		fprintf(out, "%-*s  %-8s  %-8s  %s\n", (int)wn, r->name, report_sev_name(r->severity),
			r->kind == RULE_STORE ? "store" : "transfer", r->cite ? r->cite : "-");
	}
	char date[11];
	date_format(d, date);
	fprintf(out, "%zu rule%s in force on %s\n", n, n == 1 ? "" : "s", date);
	return fflush(out) != 0 || ferror(out) ? -1 : 0;
}

/* ------------------------------------------------------------ baselines */

static void fp_push(char ***v, size_t *n, const char *s)
{
	*v = xrealloc(*v, (*n + 2) * sizeof **v);
	(*v)[(*n)++] = xstrdup(s);
	(*v)[*n] = NULL;
}

/*
** The fingerprints of an earlier report: a JSON report (findings[].
** fingerprint) or SARIF (runs[].results[].partialFingerprints
** ["residencyFinding/v1"]).  NULL-terminated; NULL with an error in d when
** the file cannot be read or is neither.
*/
char **rsd_baseline_load(const char *path, size_t *n, rsd_diags *d)
{
	*n = 0;
	json_error_t err;
	json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &err);
	if (!root) {
		size_t len = 0;
		char *text = err.line > 0 ? read_file(path, &len, (size_t)1 << 30) : NULL;
		if (text) {	/* file:line:col: error: and the line */
			struct src_file *sf = diag_add_file(d, path, text, len);
			struct src_loc loc = {sf, (uint32_t)err.line, err.column > 0 ? (uint32_t)err.column : 1, 1};
			diag_error(d, &loc, "invalid baseline: %s", err.text);
		} else {
			diag_error(d, NULL, "%s: cannot read the baseline: %s", path, err.text);
		}
		return NULL;
	}
	char **v = xcalloc(1, sizeof *v);
	json_t *findings = json_object_get(root, "findings"), *runs = json_object_get(root, "runs");
	bool ok = true;
	if (json_is_array(findings)) {
		size_t i;
		json_t *f;
		json_array_foreach(findings, i, f) {
			const char *fp = json_string_value(json_object_get(f, "fingerprint"));
			if (!fp) {
				ok = false;
				break;
			}
			fp_push(&v, n, fp);
		}
	} else if (json_is_array(runs)) {
		size_t i, k;
		json_t *run, *res;
		json_array_foreach(runs, i, run) {
			json_array_foreach(json_object_get(run, "results"), k, res) {
				const char *fp = json_string_value(json_object_get(
					json_object_get(res, "partialFingerprints"), "residencyFinding/v1"));
				if (fp)
					fp_push(&v, n, fp);
			}
		}
	} else {
		ok = false;
	}
	json_decref(root);
	if (!ok) {
		diag_error(d, NULL, "%s: invalid baseline: not a JSON or SARIF report of residency (findings need their fingerprint)", path);
		rsd_baseline_free(v);
		*n = 0;
		return NULL;
	}
	return v;
}

void rsd_baseline_free(char **fps)
{
	for (char **p = fps; p && *p; p++)
		free(*p);
	free(fps);
}
