/*
** diff.c — `residency diff`: compares the verdicts of two policies.
**
** Without a plan, every (class, source country, variant) is decided for all
** destination countries at once: a transfer rule's scope, `when`s and
** `require`s become sets of destinations (256-bit words), the same way the
** evaluator decides pair-dependent rules per source country; stores are
** decided for all store countries at once.  The facts are synthetic: a
** transfer from a country to a country (origin: the source; operator: the
** destination) or a store at a country (origin, placement and operator:
** that country), with no key, no attributes, no subjects, not pseudonymised
** or anonymised; variants: no mechanism or one mechanism, and encryption in
** transit or not.  Changed verdicts are grouped by (old, new, variants) and
** by equal destination sets, and classes with identical changes share one
** block.  Output format: docs/toolkit.md.
*/
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "diff.h"
#include "residency.h"
#include "where.h"

/* ================================================================ vectorised conditions */


/*
** @store: deciding a store rule over store countries (else a transfer rule
**   over destination countries, from country src)
*/
struct vx {
	const struct bits *sets;
	bool store;
	int src;
	struct bits mechs;
	bool enc;
	int32_t sens;
	struct bits world, none;
};

static struct bits vcond(const struct cond *c, const struct vx *x)
{
	switch (c->op) {
	case COND_TRUE: return x->world;
	case COND_FALSE: return x->none;
	case COND_AND: return bits_and(vcond(c->l, x), vcond(c->r, x));
	case COND_OR: return bits_or(vcond(c->l, x), vcond(c->r, x));
	case COND_NOT: return bits_andnot(x->world, vcond(c->l, x));
	case COND_MECH:
		return !x->store && bits_intersects(&x->mechs, &c->mechs) ? x->world : x->none;
	case COND_FROM_IN:
		return !x->store && bits_has(&x->sets[c->slot], (unsigned)x->src) ? x->world : x->none;
	case COND_TO_IN:
		return x->store ? x->none : bits_and(x->world, x->sets[c->slot]);
	case COND_ORIGIN_IN:
		if (x->store)
			return bits_and(x->world, x->sets[c->slot]);
		return bits_has(&x->sets[c->slot], (unsigned)x->src) ? x->world : x->none;
	case COND_LOCATION_IN: case COND_PRIMARY_IN:
		return x->store ? bits_and(x->world, x->sets[c->slot]) : x->none;
	case COND_OPERATOR_IN:	/* a country is operated from itself */
		return bits_and(x->world, x->sets[c->slot]);
	case COND_KEY_IN: case COND_KEY_COLOCATED: case COND_ENC_AT_REST:
	case COND_PSEUDONYMIZED: case COND_ANONYMIZED: case COND_ATTR: case COND_ATTR_CMP:
		return x->none;
	case COND_ENC_IN_TRANSIT:
		return x->enc ? x->world : x->none;
	case COND_SENSITIVITY:
		return cmp_apply(x->sens, c->cmp, c->level) ? x->world : x->none;
	case COND_SUBJECTS:
		return cmp_apply(0, c->cmp, c->num) ? x->world : x->none;
	case COND_SUBJECTS_KNOWN:	/* no count stated */
		return x->none;
	case COND_VIA:	/* the synthetic transfers are explicit flows */
		return !x->store && c->via == VIA_FLOW ? x->world : x->none;
	}
	fprintf(stderr, "residency: internal error: unknown condition %d\n", (int)c->op);
	abort();
}

static struct bits violated(const struct pol_rule *pr, struct bits W, const struct vx *x)
{
	struct bits V = x->none;
	for (uint32_t w = 0; w < pr->nwhen && !bits_empty(&W); w++)
		W = bits_and(W, vcond(pr->when[w], x));
	if (bits_empty(&W))
		return V;
	for (uint32_t j = 0; j < pr->nrequires; j++)
		V = bits_or(V, bits_andnot(W, vcond(pr->requires[j].cond, x)));
	return V;
}

/* out[ri] for the in-force transfer rules ri of class cls; others untouched */
static void transfer_sets(const struct rsd_policy *p, const struct bits *sets, rdate d, int32_t cls,
			  int src, struct bits mechs, bool enc, struct bits *out)
{
	struct vx x = { sets, false, src, mechs, enc, p->classes[cls].sens, country_world(), {{0}} };
	for (uint32_t i = 0; i < p->ntransfer_rules_by_class[cls]; i++) {
		int32_t ri = p->transfer_rules_by_class[cls][i];
		const struct pol_rule *pr = &p->rules[ri];
		out[ri] = x.none;
		if (!eval_rule_in_force(pr, d))
			continue;
		if (pr->from_slot != NO_SLOT && !bits_has(&sets[pr->from_slot], (unsigned)src))
			continue;
		if (pr->origin_slot != NO_SLOT && !bits_has(&sets[pr->origin_slot], (unsigned)src))
			continue;
		struct bits D = x.world;
		if (pr->to_slot != NO_SLOT)
			D = bits_and(D, sets[pr->to_slot]);
		out[ri] = violated(pr, D, &x);
	}
}

static void store_sets(const struct rsd_policy *p, const struct bits *sets, rdate d, int32_t cls,
		       bool enc, struct bits *out)
{
	struct vx x = { sets, true, -1, {{0}}, enc, p->classes[cls].sens, country_world(), {{0}} };
	for (uint32_t i = 0; i < p->nstore_rules_by_class[cls]; i++) {
		int32_t ri = p->store_rules_by_class[cls][i];
		const struct pol_rule *pr = &p->rules[ri];
		out[ri] = x.none;
		if (!eval_rule_in_force(pr, d))
			continue;
		struct bits W = x.world;
		if (pr->in_slot != NO_SLOT)
			W = bits_and(W, sets[pr->in_slot]);
		out[ri] = violated(pr, W, &x);
	}
}

/* See diff.h. */
void diff_transfer_sets(const struct rsd_policy *p, const struct bits *sets, rdate d, int32_t cls,
			int src, struct bits mechs, bool enc, struct bits *out)
{
	memset(out, 0, p->nrules * sizeof *out);
	transfer_sets(p, sets, d, cls, src, mechs, enc, out);
}

/* See diff.h. */
void diff_store_sets(const struct rsd_policy *p, const struct bits *sets, rdate d, int32_t cls,
		     bool enc, struct bits *out)
{
	memset(out, 0, p->nrules * sizeof *out);
	store_sets(p, sets, d, cls, enc, out);
}

/* ================================================================ union of names */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorted union of two name lists; *n gets the count. */
static const char **union_names(const char **a, size_t na, const char **b, size_t nb, size_t *n)
{
	const char **v = xmalloc((na + nb + 1) * sizeof *v);
	if (na)
		memcpy(v, a, na * sizeof *v);
	if (nb)
		memcpy(v + na, b, nb * sizeof *v);
	if (na + nb)
		qsort(v, na + nb, sizeof *v, cmp_str);
	size_t m = 0;
	for (size_t i = 0; i < na + nb; i++)
		if (m == 0 || strcmp(v[m - 1], v[i]) != 0)
			v[m++] = v[i];
	*n = m;
	return v;
}

static int32_t find_name(const char **v, size_t n, const char *s)
{
	const char **f = n ? bsearch(&s, v, n, sizeof *v, cmp_str) : NULL;
	return f ? (int32_t)(f - v) : -1;
}

/* ================================================================ verdict keys */

/* Interned rule sets (one bit per union rule). */
struct intern {
	uint32_t nw;
	uint64_t *keys;
	size_t n, cap;
	int32_t *tab;
	size_t tabsize;
	char **text;	/* lazily rendered "pass" / "violation (a, b)" */
};

static uint32_t key_hash(const uint64_t *k, uint32_t nw)
{
	uint64_t h = 1469598103934665603ull;
	for (uint32_t i = 0; i < nw; i++) {
		h ^= k[i];
		h *= 1099511628211ull;
		h ^= h >> 29;
	}
	return (uint32_t)h;
}

static int32_t intern(struct intern *I, const uint64_t *key)
{
	if (2 * (I->n + 1) > I->tabsize) {
		size_t ns = I->tabsize ? I->tabsize * 2 : 64;
		int32_t *t = xmalloc(ns * sizeof *t);
		for (size_t i = 0; i < ns; i++)
			t[i] = -1;
		for (size_t k = 0; k < I->n; k++) {
			size_t h = key_hash(&I->keys[k * I->nw], I->nw) & (ns - 1);
			while (t[h] >= 0)
				h = (h + 1) & (ns - 1);
			t[h] = (int32_t)k;
		}
		xfree(I->tab);
		I->tab = t;
		I->tabsize = ns;
	}
	size_t h = key_hash(key, I->nw) & (I->tabsize - 1);
	while (I->tab[h] >= 0) {
		if (memcmp(&I->keys[(size_t)I->tab[h] * I->nw], key, I->nw * sizeof *key) == 0)
			return I->tab[h];
		h = (h + 1) & (I->tabsize - 1);
	}
	if (I->n == I->cap) {
		I->cap = I->cap ? I->cap * 2 : 16;
		I->keys = xrealloc(I->keys, I->cap * I->nw * sizeof *I->keys);
	}
	memcpy(&I->keys[I->n * I->nw], key, I->nw * sizeof *key);
	I->tab[h] = (int32_t)I->n;
	return (int32_t)I->n++;
}

/* ================================================================ state */

struct side {
	const struct rsd_policy *p;
	struct bits *sets;
	int32_t *cls;	/* union class -> local class, -1 */
	int32_t *mech;	/* union mechanism -> local, -1 */
	int32_t *urule;	/* local rule -> union rule */
	struct bits *V;	/* per local rule */
};

/*
** One changed verdict group: class, old and new verdict (interned), the
** variants it holds for (vs_off: offset in the variant-set pool), the
** source country (-1: stores) and the destinations (store countries).
*/
struct rec {
	int32_t cls, o, n;
	size_t vs_off;
	int src;
	struct bits dsts;
};

/* Per (class, source): changed destinations by (old, new), with the
   variants of each destination. */
struct entry {
	int32_t o, n;
	uint64_t *vs;	/* COUNTRY_COUNT * vw words */
	struct bits dsts;
};

struct df {
	struct side s[2];
	rdate date;
	const char **cnames, **mnames, **rnames;
	size_t ncls, nmech, nrules;
	uint32_t nvar, vw;	/* variants: enc * (1 + nmech) + (mech + 1) */
	struct intern I;
	struct bits *UV[2];	/* per union rule */
	int32_t *utouched;
	uint32_t nut;
	uint32_t *ustamp, stamp;
	uint64_t *key;
	struct entry *ent;
	size_t nent, cap_ent;
	struct rec *recs;
	size_t nrecs, cap_recs;
	uint64_t *vpool;
	size_t nvpool, cap_vpool;
};

static void touch_union(struct df *D, int32_t u)
{
	if (D->ustamp[u] == D->stamp)
		return;
	D->ustamp[u] = D->stamp;
	bits_clear(&D->UV[0][u]);
	bits_clear(&D->UV[1][u]);
	D->utouched[D->nut++] = u;
}

/* Copy side k's per-rule sets of class lc into the union arrays. */
static void gather(struct df *D, int k, const int32_t *rules, uint32_t n)
{
	struct side *S = &D->s[k];
	for (uint32_t i = 0; i < n; i++) {
		int32_t ri = rules[i];
		int32_t u = S->urule[ri];
		touch_union(D, u);
		D->UV[k][u] = S->V[ri];
	}
}

static struct entry *entry_for(struct df *D, int32_t o, int32_t n)
{
	for (size_t i = 0; i < D->nent; i++)
		if (D->ent[i].o == o && D->ent[i].n == n)
			return &D->ent[i];
	size_t need = D->nent + 1;
	if (need > D->cap_ent) {
		size_t old = D->cap_ent;
		D->ent = xgrow(D->ent, &D->cap_ent, need, sizeof *D->ent);
		for (size_t i = old; i < D->cap_ent; i++)
			D->ent[i].vs = NULL;
	}
	struct entry *e = &D->ent[D->nent++];
	e->o = o;
	e->n = n;
	bits_clear(&e->dsts);
	if (!e->vs)
		e->vs = xmalloc((size_t)COUNTRY_COUNT * D->vw * sizeof *e->vs);
	memset(e->vs, 0, (size_t)COUNTRY_COUNT * D->vw * sizeof *e->vs);
	return e;
}

/* Record the changes of one variant (the union arrays hold both sides). */
static void note_changes(struct df *D, uint32_t var)
{
	struct bits ch;
	bits_clear(&ch);
	for (uint32_t i = 0; i < D->nut; i++) {
		int32_t u = D->utouched[i];
		for (int w = 0; w < 4; w++)
			ch.w[w] |= D->UV[0][u].w[w] ^ D->UV[1][u].w[w];
	}
	BITS_FOREACH(dst, &ch) {
		int32_t id[2];
		for (int k = 0; k < 2; k++) {
			memset(D->key, 0, D->I.nw * sizeof *D->key);
			for (uint32_t i = 0; i < D->nut; i++) {
				int32_t u = D->utouched[i];
				if (bits_has(&D->UV[k][u], (unsigned)dst))
					D->key[u >> 6] |= (uint64_t)1 << (u & 63);
			}
			id[k] = intern(&D->I, D->key);
		}
		struct entry *e = entry_for(D, id[0], id[1]);
		bits_set(&e->dsts, (unsigned)dst);
		e->vs[(size_t)dst * D->vw + (var >> 6)] |= (uint64_t)1 << (var & 63);
	}
}

/* Turn the entries of one (class, source) into records. */
static void flush_entries(struct df *D, int32_t cls, int src)
{
	for (size_t i = 0; i < D->nent; i++) {
		struct entry *e = &D->ent[i];
		struct bits left = e->dsts;
		while (!bits_empty(&left)) {
			int first = bits_next(&left, 0);
			const uint64_t *vs = &e->vs[(size_t)first * D->vw];
			struct bits same;
			bits_clear(&same);
			BITS_FOREACH(dst, &left)
				if (memcmp(&e->vs[(size_t)dst * D->vw], vs, D->vw * sizeof *vs) == 0)
					bits_set(&same, (unsigned)dst);
			left = bits_andnot(left, same);
			D->vpool = xgrow(D->vpool, &D->cap_vpool, D->nvpool + D->vw, sizeof *D->vpool);
			memcpy(&D->vpool[D->nvpool], vs, D->vw * sizeof *vs);
			struct rec *r = VEC_PUSH(D->recs, D->nrecs, D->cap_recs);
			*r = (struct rec){ cls, e->o, e->n, D->nvpool, src, same };
			D->nvpool += D->vw;
		}
	}
	D->nent = 0;
}

static void run_class(struct df *D, int32_t u)
{
	int32_t lc[2] = { D->s[0].cls[u], D->s[1].cls[u] };
	const struct rsd_policy *p0 = D->s[0].p, *p1 = D->s[1].p;

	/* stores: variants "no mechanism" with and without encryption in transit */
	for (int enc = 0; enc < 2; enc++) {
		D->stamp++;
		D->nut = 0;
		store_sets(p0, D->s[0].sets, D->date, lc[0], enc, D->s[0].V);
		store_sets(p1, D->s[1].sets, D->date, lc[1], enc, D->s[1].V);
		gather(D, 0, p0->store_rules_by_class[lc[0]], p0->nstore_rules_by_class[lc[0]]);
		gather(D, 1, p1->store_rules_by_class[lc[1]], p1->nstore_rules_by_class[lc[1]]);
		note_changes(D, (uint32_t)enc * (1 + (uint32_t)D->nmech));
	}
	flush_entries(D, u, -1);

	for (int src = 0; src < COUNTRY_COUNT; src++) {
		for (uint32_t var = 0; var < D->nvar; var++) {
			bool enc = var >= 1 + D->nmech;
			int32_t m = (int32_t)(var % (1 + D->nmech)) - 1;
			struct bits mechs[2];
			for (int k = 0; k < 2; k++) {
				bits_clear(&mechs[k]);
				if (m >= 0 && D->s[k].mech[m] >= 0)
					bits_set(&mechs[k], (unsigned)D->s[k].mech[m]);
			}
			D->stamp++;
			D->nut = 0;
			transfer_sets(p0, D->s[0].sets, D->date, lc[0], src, mechs[0], enc, D->s[0].V);
			transfer_sets(p1, D->s[1].sets, D->date, lc[1], src, mechs[1], enc, D->s[1].V);
			gather(D, 0, p0->transfer_rules_by_class[lc[0]], p0->ntransfer_rules_by_class[lc[0]]);
			gather(D, 1, p1->transfer_rules_by_class[lc[1]], p1->ntransfer_rules_by_class[lc[1]]);
			note_changes(D, var);
		}
		flush_entries(D, u, src);
	}
}

/* ================================================================ output */

static const char *verdict_text(struct df *D, int32_t id)
{
	if (!D->I.text) {
		D->I.text = xcalloc(D->I.n + 1, sizeof *D->I.text);
	}
	if (D->I.text[id])
		return D->I.text[id];
	struct strbuf sb = { 0 };
	const uint64_t *k = &D->I.keys[(size_t)id * D->I.nw];
	for (size_t u = 0; u < D->nrules; u++)
		if ((k[u >> 6] >> (u & 63)) & 1)
			sb_printf(&sb, "%s%s", sb.len ? ", " : "violation (", D->rnames[u]);
	if (sb.len)
		sb_putc(&sb, ')');
	else
		sb_puts(&sb, "pass");
	D->I.text[id] = sb_take(&sb);
	return D->I.text[id];
}

static struct df *cmp_ctx;

static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	struct df *D = cmp_ctx;
	if (x->cls != y->cls)
		return x->cls < y->cls ? -1 : 1;
	if ((x->src < 0) != (y->src < 0))
		return x->src < 0 ? -1 : 1;
	int c = strcmp(verdict_text(D, x->o), verdict_text(D, y->o));
	if (c)
		return c;
	if ((c = strcmp(verdict_text(D, x->n), verdict_text(D, y->n))))
		return c;
	if ((c = memcmp(&D->vpool[x->vs_off], &D->vpool[y->vs_off], D->vw * sizeof *D->vpool)))
		return c;
	for (int w = 0; w < 4; w++)
		if (x->dsts.w[w] != y->dsts.w[w])
			return x->dsts.w[w] < y->dsts.w[w] ? -1 : 1;
	return x->src < y->src ? -1 : x->src > y->src;
}

static bool vbit(const uint64_t *vs, uint32_t i)
{
	return (vs[i >> 6] >> (i & 63)) & 1;
}

/* Mechanism variants m (bit 0: none, bit k+1: mechanism k) of one half. */
static void describe_mechs(struct strbuf *sb, const struct df *D, const uint64_t *vs, uint32_t base)
{
	uint32_t n = 1 + (uint32_t)D->nmech, cnt = 0;
	for (uint32_t i = 0; i < n; i++)
		cnt += vbit(vs, base + i);
	if (cnt == n)
		return;
	bool none = vbit(vs, base);
	if (cnt <= n / 2 || n <= 2) {
		if (none)
			sb_puts(sb, cnt == 1 ? "without mechanism" : "without mechanism or ");
		if (cnt > (none ? 1u : 0u)) {
			sb_puts(sb, "with ");
			const char *sep = "";
			for (uint32_t i = 1; i < n; i++)
				if (vbit(vs, base + i)) {
					sb_printf(sb, "%s%s", sep, D->mnames[i - 1]);
					sep = " or ";
				}
		}
		return;
	}
	/* most variants: name the exceptions */
	sb_puts(sb, none ? "unless " : "with any mechanism except ");
	const char *sep = "";
	for (uint32_t i = 1; i < n; i++)
		if (!vbit(vs, base + i)) {
			sb_printf(sb, "%s%s", sep, D->mnames[i - 1]);
			sep = none ? " or " : ", ";
		}
	if (none)
		sb_puts(sb, " is attested");
}

static void describe_variants(struct strbuf *sb, const struct df *D, const uint64_t *vs, bool store)
{
	uint32_t half = 1 + (uint32_t)D->nmech;
	bool same = true, anyN = false, anyY = false;
	for (uint32_t i = 0; i < half; i++) {
		same &= vbit(vs, i) == vbit(vs, half + i);
		anyN |= vbit(vs, i);
		anyY |= vbit(vs, half + i);
	}
	if (store) {
		if (anyN && !anyY)
			sb_puts(sb, ", without encryption in transit");
		else if (anyY && !anyN)
			sb_puts(sb, ", with encryption in transit");
		return;
	}
	struct strbuf m = { 0 };
	if (same) {
		describe_mechs(&m, D, vs, 0);
		if (m.len)
			sb_printf(sb, ", %s", m.s);
		sb_free(&m);
		return;
	}
	for (int k = 0; k < 2; k++) {
		bool any = k ? anyY : anyN;
		if (!any)
			continue;
		if (m.len)
			m.s[m.len = 0] = '\0';
		describe_mechs(&m, D, vs, k ? half : 0);
		sb_printf(sb, "%s%s encryption in transit%s%s", k && anyN ? "; " : ", ", k ? "with" : "without",
			  m.len ? ", " : "", m.len ? m.s : "");
	}
	sb_free(&m);
}

static void render_class(struct df *D, size_t from, size_t to, struct strbuf *sb)
{
	const struct bits *sets = D->s[1].sets;
	const struct rsd_policy *p = D->s[1].p;
	size_t i = from;
	while (i < to) {
		const struct rec *r = &D->recs[i];
		struct bits srcs;
		bits_clear(&srcs);
		size_t j = i;
		while (j < to && D->recs[j].o == r->o && D->recs[j].n == r->n && (D->recs[j].src < 0) == (r->src < 0) &&
		       bits_eq(&D->recs[j].dsts, &r->dsts) &&
		       memcmp(&D->vpool[D->recs[j].vs_off], &D->vpool[r->vs_off], D->vw * sizeof *D->vpool) == 0) {
			if (D->recs[j].src >= 0)
				bits_set(&srcs, (unsigned)D->recs[j].src);
			j++;
		}
		sb_puts(sb, "  ");
		if (r->src < 0) {
			sb_puts(sb, "store in ");
			where_describe(sb, p, sets, &r->dsts);
		} else {
			where_describe(sb, p, sets, &srcs);
			sb_puts(sb, " \xe2\x86\x92 ");
			where_describe(sb, p, sets, &r->dsts);
		}
		sb_printf(sb, ": %s \xe2\x86\x92 %s", verdict_text(D, r->o), verdict_text(D, r->n));
		describe_variants(sb, D, &D->vpool[r->vs_off], r->src < 0);
		sb_putc(sb, '\n');
		i = j;
	}
}

static const char **policy_names(const struct rsd_policy *p, int what, size_t *n)
{
	size_t k = what == 0 ? p->nclasses : what == 1 ? p->nmechs : p->nrules;
	const char **v = xmalloc((k + 1) * sizeof *v);
	for (size_t i = 0; i < k; i++)
		v[i] = what == 0 ? p->classes[i].name : what == 1 ? p->mechs[i].name : p->rules[i].name;
	*n = k;
	return v;
}

static int diff_verdicts(const struct rsd_policy *op, const struct rsd_policy *np, rdate d, FILE *out)
{
	struct df D;
	memset(&D, 0, sizeof D);
	D.date = d;
	D.s[0].p = op;
	D.s[1].p = np;
	const char **names[2][3];
	size_t counts[2][3];
	for (int k = 0; k < 2; k++)
		for (int w = 0; w < 3; w++)
			names[k][w] = policy_names(D.s[k].p, w, &counts[k][w]);
	D.cnames = union_names(names[0][0], counts[0][0], names[1][0], counts[1][0], &D.ncls);
	D.mnames = union_names(names[0][1], counts[0][1], names[1][1], counts[1][1], &D.nmech);
	D.rnames = union_names(names[0][2], counts[0][2], names[1][2], counts[1][2], &D.nrules);
	for (int k = 0; k < 2; k++) {
		struct side *S = &D.s[k];
		S->sets = policy_sets_at(S->p, d);
		S->cls = xmalloc((D.ncls + 1) * sizeof *S->cls);
		for (size_t u = 0; u < D.ncls; u++)
			S->cls[u] = policy_find_class(S->p, D.cnames[u]);
		S->mech = xmalloc((D.nmech + 1) * sizeof *S->mech);
		for (size_t u = 0; u < D.nmech; u++)
			S->mech[u] = policy_find_mech(S->p, D.mnames[u]);
		S->urule = xmalloc((S->p->nrules + 1) * sizeof *S->urule);
		for (uint32_t r = 0; r < S->p->nrules; r++)
			S->urule[r] = find_name(D.rnames, D.nrules, S->p->rules[r].name);
		S->V = xcalloc(S->p->nrules + 1, sizeof *S->V);
	}
	for (int k = 0; k < 2; k++)
		for (int w = 0; w < 3; w++)
			xfree(names[k][w]);
	D.nvar = 2 * (1 + (uint32_t)D.nmech);
	D.vw = (D.nvar + 63) / 64;
	D.I.nw = (uint32_t)((D.nrules + 63) / 64);
	if (!D.I.nw)
		D.I.nw = 1;
	D.key = xcalloc(D.I.nw, sizeof *D.key);
	D.UV[0] = xcalloc(D.nrules + 1, sizeof *D.UV[0]);
	D.UV[1] = xcalloc(D.nrules + 1, sizeof *D.UV[1]);
	D.utouched = xmalloc((D.nrules + 1) * sizeof *D.utouched);
	D.ustamp = xcalloc(D.nrules + 1, sizeof *D.ustamp);

	int changed = 0;
	struct strbuf only = { 0 };
	for (size_t u = 0; u < D.ncls; u++) {
		if (D.s[0].cls[u] < 0 || D.s[1].cls[u] < 0) {
			sb_printf(&only, "class %s: only in %s\n", D.cnames[u], D.s[0].cls[u] < 0 ? "NEW" : "OLD");
			changed = 1;
			continue;
		}
		run_class(&D, (int32_t)u);
	}
	cmp_ctx = &D;
	if (D.nrecs)
		qsort(D.recs, D.nrecs, sizeof *D.recs, cmp_rec);
	cmp_ctx = NULL;

	/* one block per class; classes with identical blocks share one */
	char **block = xcalloc(D.ncls + 1, sizeof *block);
	for (size_t i = 0; i < D.nrecs;) {
		size_t j = i;
		while (j < D.nrecs && D.recs[j].cls == D.recs[i].cls)
			j++;
		struct strbuf sb = { 0 };
		render_class(&D, i, j, &sb);
		block[D.recs[i].cls] = sb_take(&sb);
		i = j;
	}
	char db[11];
	date_format(d, db);
	if (only.len)
		fputs(only.s, out);
	bool *done = xcalloc(D.ncls + 1, sizeof *done);
	for (size_t u = 0; u < D.ncls; u++) {
		if (!block[u] || done[u])
			continue;
		changed = 1;
		const char *sep = "";
		for (size_t v = u; v < D.ncls; v++)
			if (block[v] && !done[v] && strcmp(block[v], block[u]) == 0) {
				fprintf(out, "%s%s", sep, D.cnames[v]);
				sep = ", ";
				done[v] = true;
			}
		fprintf(out, ":\n%s", block[u]);
	}
	if (!changed)
		fprintf(out, "no change (as of %s)\n", db);

	for (size_t u = 0; u < D.ncls; u++)
		xfree(block[u]);
	xfree(block);
	xfree(done);
	sb_free(&only);
	for (int k = 0; k < 2; k++) {
		xfree(D.s[k].sets);
		xfree(D.s[k].cls);
		xfree(D.s[k].mech);
		xfree(D.s[k].urule);
		xfree(D.s[k].V);
	}
	for (size_t i = 0; i < D.cap_ent; i++)
		xfree(D.ent[i].vs);
	xfree(D.ent);
	xfree(D.recs);
	xfree(D.vpool);
	if (D.I.text)
		for (size_t i = 0; i < D.I.n; i++)
			xfree(D.I.text[i]);
	xfree(D.I.text);
	xfree(D.I.keys);
	xfree(D.I.tab);
	xfree(D.key);
	xfree(D.UV[0]);
	xfree(D.UV[1]);
	xfree(D.utouched);
	xfree(D.ustamp);
	xfree(D.cnames);
	xfree(D.mnames);
	xfree(D.rnames);
	return changed;
}

/* ================================================================ plan mode */

static const char *sev_name(enum severity s)
{
	return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "info";
}

/* One finding of plan mode: its position, and its line of output. */
struct fline {
	const char *file;
	uint32_t line, col;
	char *text;	/* "file:line:col: severity: [rule] fact" (waived: "(waived)") */
};

/*
** By file, then line and column as numbers (109:7 after 77:7, which a
** comparison of the text would reverse), then the rest of the text: a
** total order, equal only for equal texts, so the output is the same
** from run to run and the merge in diff_plan pairs equal findings.
*/
static int cmp_fline(const void *a, const void *b)
{
	const struct fline *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return strcmp(x->text, y->text);
}

/* The findings of r as lines, sorted by cmp_fline. */
static struct fline *finding_lines(const struct rsd_result *r, size_t *n)
{
	struct fline *v = xmalloc((r->nfindings + 1) * sizeof *v);
	for (uint32_t i = 0; i < r->nfindings; i++) {
		const struct finding *f = &r->findings[i];
		struct strbuf sb = { 0 };
		const char *file = finding_file(r, f), *id = finding_id(r->policy, f);
		sb_printf(&sb, "%s:%u:%u: %s: [%s] %s%s", file, f->line, f->col,
			  sev_name(f->severity), id ? id : "?", f->fact ? f->fact : "",
			  f->status == FINDING_WAIVED ? " (waived)" : "");
		v[i] = (struct fline){ file, f->line, f->col, sb_take(&sb) };
	}
	*n = r->nfindings;
	if (*n)
		qsort(v, *n, sizeof *v, cmp_fline);
	return v;
}

static int diff_plan(const struct rsd_policy *op, const struct rsd_policy *np, const char *path,
		     const rsd_plan_opts *po, rdate d, FILE *out, struct rsd_diags *diags)
{
	/*
	** Against NEW first, and against OLD only when that loaded: a plan
	** that cannot be read (a typo, a missing file) is reported once, not
	** once per policy.  A plan that only OLD rejects is reported as OLD
	** sees it.
	*/
	rsd_plan *pl[2] = { NULL, rsd_plan_load_file(np, path, po, diags) };
	if (pl[1])
		pl[0] = rsd_plan_load_file(op, path, po, diags);
	if (!pl[0] || !pl[1]) {
		if (pl[0])
			plan_free(pl[0]);
		if (pl[1])
			plan_free(pl[1]);
		return -1;
	}
	if (d == RSD_DATE_PLAN)	/* --as-of plan: the new plan's as_of */
		d = pl[1]->as_of != DATE_NONE ? pl[1]->as_of : date_today();
	else if (d == DATE_NONE)	/* never the plan's own date unasked */
		d = date_today();
	struct eval_opts o = { d, 30, false };
	struct rsd_result *r[2] = { eval_check(op, pl[0], &o), eval_check(np, pl[1], &o) };
	size_t n[2];
	struct fline *v[2] = { finding_lines(r[0], &n[0]), finding_lines(r[1], &n[1]) };
	size_t i = 0, j = 0;
	int changed = 0;
	while (i < n[0] || j < n[1]) {
		int c = i == n[0] ? 1 : j == n[1] ? -1 : cmp_fline(&v[0][i], &v[1][j]);
		if (c < 0) {
			fprintf(out, "- %s\n", v[0][i++].text);
			changed = 1;
		} else if (c > 0) {
			fprintf(out, "+ %s\n", v[1][j++].text);
			changed = 1;
		} else {
			i++;
			j++;
		}
	}
	if (!changed) {
		char db[11];
		date_format(d, db);
		fprintf(out, "no change in the findings of %s (as of %s)\n", path, db);
	}
	for (int k = 0; k < 2; k++) {
		for (size_t x = 0; x < n[k]; x++)
			xfree(v[k][x].text);
		xfree(v[k]);
		result_free(r[k]);
		plan_free(pl[k]);
	}
	return changed;
}

/* See diff.h. */
int diff_policies(const struct rsd_policy *old_p, const struct rsd_policy *new_p, const char *plan_path,
		  const void *plan_opts, rdate d, FILE *out, struct rsd_diags *diags)
{
	if (plan_path)
		return diff_plan(old_p, new_p, plan_path, plan_opts, d, out, diags);
	return diff_verdicts(old_p, new_p, d == DATE_NONE || d == RSD_DATE_PLAN ? date_today() : d, out);
}

/* See residency.h. */
int rsd_diff(const rsd_policy *old_p, const rsd_policy *new_p, const char *plan_path,
	     const rsd_plan_opts *po, rsd_date as_of, FILE *out, rsd_diags *d)
{
	return diff_policies(old_p, new_p, plan_path, po, as_of == RSD_DATE_NONE ? DATE_NONE : as_of, out, d);
}
