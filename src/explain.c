/*
** explain.c — `residency explain`: traces one fact through every rule, in
** policy order, with the same semantics as the evaluator (eval_cond, the
** same scope clauses) and says why each rule was skipped or what each
** require gave.  Output format: docs/testing.md.
*/
#include <string.h>

#include "country.h"
#include "explain.h"
#include "testrun.h"
#include "util.h"

struct xp {
	const struct rsd_policy *p;
	const struct bits *sets;
	rdate d;
	FILE *out;
	bool *violated;	/* per rule, over all sections */
	bool show_via, show_count;	/* some rule asks `via` / `subjects known` */
};

static bool cond_has(const struct cond *c, enum cond_op op)
{
	if (!c)
		return false;
	if (c->op == op)
		return true;
	return (c->op == COND_AND || c->op == COND_OR || c->op == COND_NOT) &&
	       (cond_has(c->l, op) || cond_has(c->r, op));
}

/* true when some condition of some rule of p has an atom op */
static bool policy_asks(const struct rsd_policy *p, enum cond_op op)
{
	for (uint32_t i = 0; i < p->nrules; i++) {
		const struct pol_rule *r = &p->rules[i];
		for (uint32_t k = 0; k < r->nwhen; k++)
			if (cond_has(r->when[k], op))
				return true;
		for (uint32_t k = 0; k < r->nrequires; k++)
			if (cond_has(r->requires[k].cond, op))
				return true;
	}
	return false;
}

/*
** The end of a section header: the transfer's kind and the fact's subject
** count, when some rule asks about them (`via …`, `subjects known`), so
** that a false requirement can be read off the header.
*/
static void put_kind_count(const struct xp *x, const struct eval_ctx *c)
{
	static const char *const kind[] = { "", "flow", "replica", "backup" };
	if (x->show_via && !c->store && (unsigned)c->via < 4 && c->via != VIA_NONE)
		fprintf(x->out, "; via %s", kind[c->via]);
	if (x->show_count) {
		if (c->has_subjects)
			fprintf(x->out, "; subjects %.0f", c->subjects);
		else
			fputs("; subjects not stated", x->out);
	}
}

static void put_countries(struct strbuf *sb, const struct bits *b)
{
	const char *sep = "";
	if (bits_empty(b)) {
		sb_puts(sb, "none");
		return;
	}
	BITS_FOREACH(c, b) {
		sb_printf(sb, "%s%s", sep, country_code(c));
		sep = ", ";
	}
}

static const char *file_of(const struct rsd_policy *p, struct pol_loc loc)
{
	return loc.file >= 0 && (uint32_t)loc.file < p->nfiles ? p->files[loc.file].path : "?";
}

/* "`to not (EEA + EU_ADEQUATE)`", or the clause's keyword and the rule's position. */
static void put_clause(struct strbuf *sb, const struct rsd_policy *p, const struct pol_rule *r,
		       const char *kw, const char *text)
{
	if (text)
		sb_printf(sb, "`%s`", text);
	else
		sb_printf(sb, "the `%s` clause of %s:%u", kw, file_of(p, r->loc), r->loc.line);
}

static void put_when(struct strbuf *sb, const struct rsd_policy *p, const struct pol_rule *r, uint32_t i)
{
	if (r->when_text && r->when_text[i])
		sb_printf(sb, "when `%s`", r->when_text[i]);
	else
		sb_printf(sb, "the `when` at %s:%u:%u", file_of(p, r->when[i]->loc),
			  r->when[i]->loc.line, r->when[i]->loc.col);
}

/* whens and requires for one class (and pair); appends the trace, returns true on violation */
static bool trace_conds(struct xp *x, struct strbuf *sb, const struct pol_rule *r,
			const struct eval_ctx *c, int src, int dst)
{
	for (uint32_t i = 0; i < r->nwhen; i++)
		if (!eval_cond(r->when[i], c, src, dst)) {
			sb_puts(sb, "skipped: ");
			put_when(sb, x->p, r, i);
			sb_puts(sb, " is false");
			return false;
		}
	bool viol = false;
	sb_puts(sb, "applies");
	for (uint32_t j = 0; j < r->nrequires; j++) {
		bool ok = eval_cond(r->requires[j].cond, c, src, dst);
		sb_printf(sb, "\n      require %s: %s", r->requires[j].text ? r->requires[j].text : "?",
			  ok ? "true" : "false");
		viol |= !ok;
	}
	sb_printf(sb, "\n      => %s", viol ? "violation" : "pass");
	return viol;
}

/* Common skip reasons; returns false (after printing) when the rule is skipped. */
static bool rule_header(struct xp *x, const struct pol_rule *r, enum rule_kind kind, const struct bits *classes,
			struct bits *inscope)
{
	static const char *const sev[] = { "error", "warning", "info" };
	fprintf(x->out, "  %s (%s:%u, %s)\n", r->name, file_of(x->p, r->loc), r->loc.line,
		(unsigned)r->severity < 3 ? sev[r->severity] : "?");
	if (r->kind != kind) {
		fprintf(x->out, "    skipped: a %s rule\n", r->kind == RULE_STORE ? "store" : "transfer");
		return false;
	}
	if (!eval_rule_in_force(r, x->d)) {
		char b[11];
		date_format(x->d, b);
		fprintf(x->out, "    skipped: not in force on %s", b);
		if (r->since != DATE_MIN) {
			date_format(r->since, b);
			fprintf(x->out, " (since %s)", b);
		}
		if (r->until != DATE_MAX) {
			date_format(r->until, b);
			fprintf(x->out, " (until %s)", b);
		}
		fputc('\n', x->out);
		return false;
	}
	*inscope = bits_and(*classes, r->classes);
	if (bits_empty(inscope)) {
		fputs("    skipped: no class of the fact is in its scope (", x->out);
		const char *sep = "";
		BITS_FOREACH(c, classes) {
			fprintf(x->out, "%s%s", sep, (uint32_t)c < x->p->nclasses ? x->p->classes[c].name : "?");
			sep = ", ";
		}
		fputs(")\n", x->out);
		return false;
	}
	return true;
}

static void explain_store(struct xp *x, const struct plan_store *s, struct eval_ctx *c)
{
	struct strbuf sb = { 0 };

	put_countries(&sb, &c->placement);
	fprintf(x->out, "store %s: placement %s", s->name, sb.s);
	sb_free(&sb);
	put_countries(&sb, &c->origin);
	fprintf(x->out, "; origin %s", sb.s);
	sb_free(&sb);
	put_kind_count(x, c);
	fputc('\n', x->out);
	for (uint32_t ri = 0; ri < x->p->nrules; ri++) {
		const struct pol_rule *r = &x->p->rules[ri];
		struct bits inscope;
		if (!rule_header(x, r, RULE_STORE, &s->classes, &inscope))
			continue;
		BITS_FOREACH(cl, &inscope) {
			c->sens = x->p->classes[cl].sens;
			sb_printf(&sb, "    %s: ", x->p->classes[cl].name);
			if (r->in_slot != NO_SLOT && !bits_intersects(&c->placement, &x->sets[r->in_slot])) {
				sb_puts(&sb, "skipped: ");
				put_clause(&sb, x->p, r, "in", r->in_text);
				sb_puts(&sb, " matched no placement country");
			} else if (trace_conds(x, &sb, r, c, -1, -1)) {
				x->violated[ri] = true;
			}
			fprintf(x->out, "%s\n", sb.s);
			sb_free(&sb);
		}
	}
}

struct group {
	char *trace;
	struct strbuf pairs;
};

static void explain_transfer(struct xp *x, const char *name, struct bits src, struct bits dst,
			     const struct bits *classes, struct eval_ctx *c)
{
	struct strbuf sb = { 0 };

	put_countries(&sb, &src);
	fprintf(x->out, "transfer %s: from %s", name, sb.s);
	sb_free(&sb);
	put_countries(&sb, &dst);
	fprintf(x->out, " to %s", sb.s);
	sb_free(&sb);
	put_countries(&sb, &c->origin);
	fprintf(x->out, "; origin %s", sb.s);
	sb_free(&sb);
	put_kind_count(x, c);
	fputc('\n', x->out);

	size_t npairs = (size_t)bits_count(&src) * bits_count(&dst);
	struct group *g = xcalloc(npairs ? npairs : 1, sizeof *g);
	for (uint32_t ri = 0; ri < x->p->nrules; ri++) {
		const struct pol_rule *r = &x->p->rules[ri];
		struct bits inscope;
		if (!rule_header(x, r, RULE_TRANSFER, classes, &inscope))
			continue;
		BITS_FOREACH(cl, &inscope) {
			c->sens = x->p->classes[cl].sens;
			if (r->origin_slot != NO_SLOT && !bits_intersects(&c->origin, &x->sets[r->origin_slot])) {
				sb_printf(&sb, "    %s: skipped: ", x->p->classes[cl].name);
				put_clause(&sb, x->p, r, "origin", r->origin_text);
				sb_puts(&sb, " matched no origin country");
				fprintf(x->out, "%s\n", sb.s);
				sb_free(&sb);
				continue;
			}
			/* one trace per pair; pairs with the same trace are printed together */
			size_t ng = 0;
			BITS_FOREACH(sc, &src) {
				BITS_FOREACH(dc, &dst) {
					if (r->from_slot != NO_SLOT && !bits_has(&x->sets[r->from_slot], (unsigned)sc)) {
						sb_puts(&sb, "skipped: ");
						put_clause(&sb, x->p, r, "from", r->from_text);
						sb_printf(&sb, " did not match %s -> %s", country_code(sc), country_code(dc));
					} else if (r->to_slot != NO_SLOT && !bits_has(&x->sets[r->to_slot], (unsigned)dc)) {
						sb_puts(&sb, "skipped: ");
						put_clause(&sb, x->p, r, "to", r->to_text);
						sb_printf(&sb, " did not match %s -> %s", country_code(sc), country_code(dc));
					} else if (trace_conds(x, &sb, r, c, sc, dc)) {
						x->violated[ri] = true;
					}
					size_t k = 0;
					while (k < ng && strcmp(g[k].trace, sb.s) != 0)
						k++;
					if (k == ng) {
						g[ng].trace = sb_take(&sb);
						memset(&g[ng].pairs, 0, sizeof g[ng].pairs);
						ng++;
					} else {
						sb_free(&sb);
					}
					sb_printf(&g[k].pairs, "%s%s -> %s", g[k].pairs.len ? ", " : "",
						  country_code(sc), country_code(dc));
				}
			}
			if (ng == 0)
				fprintf(x->out, "    %s: skipped: no country pairs (an endpoint has no country on this date)\n",
					x->p->classes[cl].name);
			for (size_t k = 0; k < ng; k++) {
				fprintf(x->out, "    %s, %s: %s\n", x->p->classes[cl].name, g[k].pairs.s, g[k].trace);
				xfree(g[k].trace);
				sb_free(&g[k].pairs);
			}
		}
	}
	xfree(g);
}

static void store_ctx(struct xp *x, const struct plan_store *s, struct eval_ctx *c)
{
	memset(c, 0, sizeof *c);
	c->sets = x->sets;
	c->store = true;
	for (uint32_t i = 0; i < s->nprimary; i++) {
		c->primary = bits_or(c->primary, place_countries(x->p, x->sets, s->primary[i]));
		c->operators = bits_or(c->operators, place_operators(x->p, x->sets, s->primary[i]));
	}
	c->placement = c->primary;
	for (uint32_t i = 0; i < s->nreplicas + s->nbackups; i++) {
		struct place pl = i < s->nreplicas ? s->replicas[i].place : s->backups[i - s->nreplicas].place;
		c->placement = bits_or(c->placement, place_countries(x->p, x->sets, pl));
		c->operators = bits_or(c->operators, place_operators(x->p, x->sets, pl));
	}
	if (s->norigin)
		for (uint32_t i = 0; i < s->norigin; i++)
			c->origin = bits_or(c->origin, place_countries(x->p, x->sets, s->origin[i]));
	else
		c->origin = c->primary;
	c->has_key = s->has_key;
	if (s->has_key)
		c->key = place_countries(x->p, x->sets, s->key);
	c->mechs = eval_valid_mechs(s->mechs, s->nmechs, x->d);
	c->enc_at_rest = s->enc_at_rest;
	c->enc_in_transit = s->enc_in_transit;
	c->pseudonymized = s->pseudonymized;
	c->anonymized = s->anonymized;
	c->subjects = s->subjects;
	c->has_subjects = s->has_subjects;
	c->attrs = s->attrs;
	c->nattrs = s->nattrs;
}

/* See explain.h. */
int explain_fact(const struct rsd_policy *p, const struct pol_fact *f, rdate date, FILE *out)
{
	struct rsd_plan *pl = testrun_plan(p, f, 1, "");
	if (!pl)
		return -1;

	struct xp x = { p, NULL, date, out, NULL, policy_asks(p, COND_VIA),
			 policy_asks(p, COND_SUBJECTS_KNOWN) };
	struct bits *sets = policy_sets_at(p, date);
	x.sets = sets;
	x.violated = xcalloc(p->nrules ? p->nrules : 1, sizeof *x.violated);
	char db[11];
	date_format(date, db);
	fprintf(out, "fact: %s\non: %s\n", f->text ? f->text : "?", db);

	struct eval_ctx c;
	if (pl->nstores) {
		const struct plan_store *s = &pl->stores[0];
		store_ctx(&x, s, &c);
		explain_store(&x, s, &c);
		struct bits origin = c.origin, primary = c.primary;
		for (uint32_t i = 0; i < s->nreplicas + s->nbackups; i++) {
			bool rep = i < s->nreplicas;
			struct place dst = rep ? s->replicas[i].place : s->backups[i - s->nreplicas].place;
			struct eval_ctx t = c;
			t.store = false;
			t.via = rep ? VIA_REPLICA : VIA_BACKUP;
			t.enc_at_rest = false;
			t.origin = origin;
			t.operators = place_operators(p, sets, dst);
			struct strbuf sb = { 0 };
			sb_printf(&sb, "%s (%s %s)", s->name, rep ? "replica" : "backup", place_name(p, dst));
			explain_transfer(&x, sb.s, primary, place_countries(p, sets, dst), &s->classes, &t);
			sb_free(&sb);
		}
	} else {
		const struct plan_flow *fl = &pl->flows[0];
		const struct plan_flow_cold *cold = plan_flow_cold(pl, fl);
		memset(&c, 0, sizeof c);
		c.sets = sets;
		c.operators = place_operators(p, sets, fl->to.place);
		c.origin = place_countries(p, sets, fl->from.place);
		if (fl->mechs_listed)
			c.mechs = eval_valid_mechs(cold->mechs, cold->nmechs, date);
		else
			c.mechs.w[0] = fl->mechmask;	/* none expires (struct plan_flow) */
		c.enc_in_transit = fl->enc_in_transit;
		c.pseudonymized = fl->pseudonymized;
		c.anonymized = fl->anonymized;
		c.subjects = plan_flow_subjects(pl, fl);
		c.has_subjects = fl->has_subjects;
		c.via = VIA_FLOW;
		c.attrs = cold->attrs;
		c.nattrs = cold->nattrs;
		explain_transfer(&x, fl->name, c.origin, place_countries(p, sets, fl->to.place),
				 plan_flow_classes(pl, fl), &c);
	}

	int rc = 0;
	fputs("verdict: ", out);
	for (uint32_t r = 0; r < p->nrules; r++)
		if (x.violated[r]) {
			fprintf(out, "%s%s", rc ? ", " : "violation ", p->rules[r].name);
			rc = 1;
		}
	fputs(rc ? "\n" : "pass\n", out);
	xfree(x.violated);
	xfree(sets);
	plan_free(pl);
	return rc;
}
