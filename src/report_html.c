/*
** report_html.c — one self-contained HTML page: the verdict and summary,
** then for each plan a world map of where its data lives and goes and its
** findings, grouped by rule (docs/reports.md#html).  Everything of a plan
** is written by the plan hook, from the result as a whole (the map needs
** every finding first; the groups reorder them), spilling the output
** buffer as it goes.
**
** The page makes no request: everything is inline, and its
** Content-Security-Policy allows nothing but its own style sheet and script
** (by their SHA-256).  It reads without JavaScript: the map is SVG and the
** findings are tables, both in the HTML; the script only adds the filters
** and the highlighting of a country's or an arc's findings on hover.
**
** The map (src/world_map.c, Natural Earth 1:110m): countries that hold data
** of the plan shaded by the worst verdict there, a marker per place that
** holds data (a country or a cloud location, in each of its countries),
** and an arc per (source country, destination country, kind) carrying the
** transfers between them, with their count, coloured by the worst verdict,
** dashed for replicas and backups.  Only rule findings colour the map (as
** in `residency graph`); the tool's own findings are in the table.
** Everything is aggregated per country, place and country pair, so the
** map's size depends on the policy, not on the plan.
*/
#include "report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "stdlib_files.h"
#include "world_map.h"

enum { V_NONE, V_PASSED, V_WAIVED, V_VIOLATION };
static const char *const verdict_name[] = {"no data", "passed", "waived", "violation"};

/* Rows per <tbody> (a browser parses and lays out a table in parts). */
#define CHUNK 500

/* ------------------------------------------------------------ SHA-256 */

/* SHA-256 (FIPS 180-4) of the style sheet and the script, for the CSP. */
static const uint32_t sha_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64], a[8];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	memcpy(a, h, sizeof a);
	for (int i = 0; i < 64; i++) {
		uint32_t s1 = ROR(a[4], 6) ^ ROR(a[4], 11) ^ ROR(a[4], 25);
		uint32_t ch = (a[4] & a[5]) ^ (~a[4] & a[6]);
		uint32_t t1 = a[7] + s1 + ch + sha_k[i] + w[i];
		uint32_t s0 = ROR(a[0], 2) ^ ROR(a[0], 13) ^ ROR(a[0], 22);
		uint32_t maj = (a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]);
		uint32_t t2 = s0 + maj;
		memmove(a + 1, a, 7 * sizeof *a);
		a[4] += t1;
		a[0] = t1 + t2;
	}
	for (int i = 0; i < 8; i++)
		h[i] += a[i];
}

/* Append 'sha256-BASE64' of the n bytes at s. */
static void csp_hash(struct strbuf *sb, const char *s, size_t n)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
			 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	unsigned char blk[64], d[33];
	size_t i = 0;
	for (; i + 64 <= n; i += 64)
		sha_block(h, (const unsigned char *)s + i);
	size_t rest = n - i;
	memset(blk, 0, sizeof blk);
	memcpy(blk, s + i, rest);
	blk[rest] = 0x80;
	if (rest >= 56) {
		sha_block(h, blk);
		memset(blk, 0, sizeof blk);
	}
	uint64_t bits = (uint64_t)n * 8;
	for (int k = 0; k < 8; k++)
		blk[63 - k] = (unsigned char)(bits >> (8 * k));
	sha_block(h, blk);
	for (int k = 0; k < 8; k++)
		for (int j = 0; j < 4; j++)
			d[4 * k + j] = (unsigned char)(h[k] >> (24 - 8 * j));
	d[32] = 0;
	sb_add(sb, "'sha256-", 8);
	for (int k = 0; k < 33; k += 3) {
		uint32_t v = (uint32_t)d[k] << 16 | (k + 1 < 33 ? (uint32_t)d[k + 1] << 8 : 0) |
			     (k + 2 < 33 ? d[k + 2] : 0);
		int nout = k + 3 <= 32 ? 4 : 32 - k + 1;	/* 32 bytes: 10 groups of 4, then 3 */
		for (int j = 0; j < nout; j++)
			sb_putc(sb, b64[(v >> (18 - 6 * j)) & 63]);
	}
	sb_add(sb, "='", 2);
}

/* ------------------------------------------------------------ style, script */

/*
** Colours (Okabe-Ito and ColorBrewer hues, chosen for their lightness):
** violation dark red, passed mid blue, waived light orange, no data light
** grey.  They differ for every kind of colour blindness and stay apart in
** grey scale (about 28%, 50%, 76% and 91% lightness); replicas and backups
** are dashed, so nothing rests on colour alone.
*/
static const char style[] =
	"\n:root{--v3:#b2182b;--v2:#fdb863;--v1:#4393c3;--v0:#e6e6e6;--ink:#1a1a1a}\n"
	"body{font:14px/1.4 system-ui,sans-serif;color:var(--ink);margin:0 1.5em 2em;"
	"-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
	"h1{font-size:1.5em;margin:.6em 0 .2em}h2{font-size:1.2em;margin:1.2em 0 .3em}"
	"h3{font-size:1em;margin:0 0 .3em}\n"
	".verdict{padding:0 .4em;border-radius:3px;color:#fff}.verdict.fail{background:var(--v3)}"
	".verdict.pass{background:var(--v1)}\n"
	"dl.meta{display:flex;flex-wrap:wrap;gap:.2em 1.5em;margin:.3em 0}dl.meta dt{font-weight:600}"
	"dl.meta dd{margin:0 0 0 .3em}dl.meta div{display:flex}\n"
	".body{display:grid;grid-template-columns:minmax(0,1fr);gap:1em}\n"
	"@media (min-width:1200px){.body{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}"
	".body figure{position:sticky;top:0;align-self:start}}\n"
	"figure{margin:0}svg.map{width:100%;height:auto;display:block;background:#f5f8fa;"
	"border:1px solid #ccc}\n"
	".land path,.land circle{fill:var(--v0);stroke:#fff;stroke-width:.6}"
	".land .v1{fill:var(--v1)}.land .v2{fill:var(--v2)}.land .v3{fill:var(--v3)}\n"
	".arcs path{fill:none;stroke-linecap:round;stroke-opacity:.85}"
	".arcs .v1{stroke:#2c6a91}.arcs .v2{stroke:#e08a1e}.arcs .v3{stroke:#7f0f1e}"
	".arcs .d{stroke-dasharray:10 7}\n"
	".arrow1{fill:#2c6a91}.arrow2{fill:#e08a1e}.arrow3{fill:#7f0f1e}\n"
	".marks circle{stroke:#fff;stroke-width:1.5}.marks .v1{fill:#2c6a91}.marks .v2{fill:#e08a1e}"
	".marks .v3{fill:#7f0f1e}.marks .e{fill:#fff;stroke-width:3}.marks .e.v1{stroke:#2c6a91}"
	".marks .e.v2{stroke:#e08a1e}.marks .e.v3{stroke:#7f0f1e}\n"
	".counts text{font:bold 17px sans-serif;fill:#000;stroke:#fff;stroke-width:4;"
	"paint-order:stroke;text-anchor:middle;dominant-baseline:middle}\n"
	"svg .hl{stroke:#000!important;stroke-width:3}.arcs .hl{stroke-width:8}\n"
	"figcaption{font-size:.9em;margin:.3em 0}figcaption span{margin-right:1em;white-space:nowrap}\n"
	".sw{display:inline-block;width:1em;height:1em;vertical-align:-.15em;margin-right:.3em;"
	"border:1px solid #999}.sw.v0{background:var(--v0)}.sw.v1{background:var(--v1)}"
	".sw.v2{background:var(--v2)}.sw.v3{background:var(--v3)}\n"
	".ln{display:inline-block;width:2em;border-top:3px solid #333;vertical-align:middle;"
	"margin-right:.3em}.ln.d{border-top-style:dashed}\n"
	"details.grp{margin:0 0 .6em;padding:.2em .5em;border-left:6px solid var(--v3);background:#fafafa}"
	"details.grp.v2{border-left:6px dashed var(--v2)}summary{cursor:pointer}"
	"summary .n{color:#555;white-space:nowrap}details.hl>summary{background:#fff3c4}\n"
	"dl.rule{display:grid;grid-template-columns:max-content 1fr;gap:0 .6em;margin:.3em 0;"
	"font-size:.92em}dl.rule dt{font-weight:600}dl.rule dd{margin:0}\n"
	"table{border-collapse:collapse;width:100%;font-size:.88em;table-layout:fixed}"
	"th,td{text-align:left;vertical-align:top;padding:.2em .35em;border-bottom:1px solid #ddd;"
	"overflow-wrap:anywhere}th{background:#eee}\n"
	"col.c1{width:36%}col.c2{width:18%}col.c3{width:22%}col.c4{width:24%}\n"
	"tr.hl{background:#fff3c4}td small{display:block;color:#555}code{font-size:.95em}\n"
	"#filters{margin:.5em 0;padding:.4em;background:#f0f0f0}#filters label{margin-right:1em}\n"
	"footer{margin-top:2em;font-size:.85em;color:#555}\n"
	"@media print{#filters{display:none}.body{display:block}}\n";

/*
** Filters: status, severity and rule select groups, class and country
** rows; a group with no row left is hidden.  Hover: a country or an arc
** lights its rows (and their groups), found through an index built at the
** first hover.  Clicking a country filters by it.
*/
static const char script[] =
	"\n(function(){\n"
	"var groups=[].slice.call(document.querySelectorAll('details.grp'));\n"
	"var rows=[].slice.call(document.querySelectorAll('details.grp tr[data-c]'));\n"
	"var box=document.getElementById('filters');\n"
	"var keys=[['v','status',1],['s','severity',1],['r','rule',1],['k','class',0],['c','country',0]];\n"
	"var sel={},shown=document.createElement('span');\n"
	"function tokens(e,k){var v=e.getAttribute('data-'+k);return v?v.split(' '):[];}\n"
	"var parts=groups.map(function(g){return [].slice.call(g.querySelectorAll('tr[data-c]'));});\n"
	"keys.forEach(function(k){\n"
	" var seen={};(k[2]?groups:rows).forEach(function(e){tokens(e,k[0]).forEach(function(v){seen[v]=1;});});\n"
	" var l=document.createElement('label'),s=document.createElement('select');\n"
	" l.appendChild(document.createTextNode(k[1]+' '));\n"
	" var o=document.createElement('option');o.value='';o.textContent='all';s.appendChild(o);\n"
	" Object.keys(seen).sort().forEach(function(v){o=document.createElement('option');"
	"o.value=v;o.textContent=v;s.appendChild(o);});\n"
	" s.id='f-'+k[0];s.addEventListener('change',apply);sel[k[0]]=s;l.appendChild(s);box.appendChild(l);\n"
	"});\n"
	"box.appendChild(shown);box.hidden=false;\n"
	"function match(e,k){var v=sel[k[0]].value;return !v||tokens(e,k[0]).indexOf(v)>=0;}\n"
	"function apply(){var n=0;groups.forEach(function(g,i){\n"
	" var gok=keys.every(function(k){return !k[2]||match(g,k);}),m=0;\n"
	" parts[i].forEach(function(tr){var ok=gok&&keys.every(function(k){return k[2]||match(tr,k);});"
	"tr.hidden=!ok;if(ok)m++;});\n"
	" g.hidden=!m;n+=m;g.querySelector('.n').textContent=m+' of '+parts[i].length+' findings';});\n"
	" shown.textContent=n+' of '+rows.length+' findings shown';}\n"
	"shown.textContent=rows.length+' of '+rows.length+' findings shown';\n"
	"var index=null,lit=[];\n"
	"function build(){index={};rows.forEach(function(tr){['c','a'].forEach(function(k){"
	"tokens(tr,k).forEach(function(v){(index[k+v]=index[k+v]||[]).push(tr);});});});}\n"
	"function add(e){if(!e.classList.contains('hl')){e.classList.add('hl');lit.push(e);}}\n"
	"function clear(){lit.forEach(function(e){e.classList.remove('hl');});lit=[];}\n"
	"function light(key,el){if(!index)build();clear();(index[key]||[]).forEach(function(tr){"
	"add(tr);add(tr.closest('details'));});add(el);}\n"
	"[].forEach.call(document.querySelectorAll('svg [data-c],svg [data-a]'),function(el){\n"
	" var a=el.getAttribute('data-a'),key=a?'a'+a:'c'+el.getAttribute('data-c');\n"
	" el.addEventListener('mouseenter',function(){light(key,el);});\n"
	" el.addEventListener('mouseleave',clear);\n"
	" if(!a)el.addEventListener('click',function(){var s=sel.c,c=el.getAttribute('data-c');"
	"s.value=s.value===c?'':c;apply();});\n"
	"});\n"
	"})();\n";

/* ------------------------------------------------------------ escaping */

static void esc(struct strbuf *sb, const char *s)
{
	report_xml(sb, s ? s : "", false);
}

static void esc_attr(struct strbuf *sb, const char *s)
{
	report_xml(sb, s ? s : "", true);
}

/* ------------------------------------------------------------ the plan's model */

/* Facts: stores 0..nstores-1, flows, then replica and backup transfers. */
struct nametab {
	uint32_t *slot;	/* fact + 1; 0: empty */
	uint32_t mask;
};

struct agg_arc {
	uint8_t from, to, dashed;
	uint32_t n[4];	/* transfers by verdict (V_PASSED..V_VIOLATION) */
};

/* A place that holds data: counts and a few names for its tooltip. */
#define MARK_NAMES 8
struct agg_mark {
	uint32_t stores, copies, ends;	/* primary stores, replicas/backups, flow endpoints */
	uint8_t v;
	uint32_t nnames;
	uint32_t names[MARK_NAMES];	/* facts, the first MARK_NAMES */
};

struct country_info {
	uint8_t v;
	uint32_t stores, copies, out, in, within;
};

struct html {
	const struct rsd_result *res;
	const struct rsd_plan *pl;
	const struct rsd_policy *p;
	struct bits *sets;
	uint32_t nfacts, nimpl;
	uint32_t *impl_store;	/* implicit transfer i: its store */
	const struct plan_placeref **impl_ref;	/* its replica or backup entry */
	struct strbuf impl_names;
	size_t *impl_off;
	struct bits *primary;	/* per store: its primary countries */
	uint8_t *fact_v;	/* worst verdict of the fact's rule findings */
	uint8_t *fact_all;	/* transfers: of findings without pairs */
	struct nametab stores, transfers;
	/* (fact, from, to) -> verdict of the transfer findings' pairs */
	uint64_t *pair_key;
	uint8_t *pair_v;
	uint32_t pair_mask, npairs;
	int32_t *arc_at;	/* (from * 249 + to) * 2 + dashed -> arc + 1 */
	struct agg_arc *arcs;
	size_t narcs, cap_arcs;
	struct agg_mark *marks;	/* per place key: country, then COUNTRY_COUNT + location */
	struct country_info country[COUNTRY_COUNT];
	uint32_t unmapped;	/* transfers with an end of unknown country */
	size_t plans;	/* plans written so far (kept across plans) */
};

static const char *fact_name(const struct html *h, uint32_t id)
{
	const struct rsd_plan *pl = h->pl;
	if (id < pl->nstores)
		return pl->stores[id].name;
	id -= pl->nstores;
	if (id < pl->nflows)
		return pl->flows[id].name;
	id -= pl->nflows;
	return h->impl_names.s + h->impl_off[id];
}

static void nt_init(struct nametab *t, uint32_t n)
{
	uint32_t cap = 16;
	while (cap < 2 * n + 2)
		cap *= 2;
	t->slot = xcalloc(cap, sizeof *t->slot);
	t->mask = cap - 1;
}

static void nt_put(const struct html *h, struct nametab *t, uint32_t id)
{
	const char *name = fact_name(h, id);
	if (!name)
		return;
	for (uint32_t i = str_hash(name) & t->mask;; i = (i + 1) & t->mask) {
		if (!t->slot[i]) {
			t->slot[i] = id + 1;
			return;
		}
		if (strcmp(fact_name(h, t->slot[i] - 1), name) == 0)
			return;	/* a duplicate name: the first fact keeps it */
	}
}

static int64_t nt_get(const struct html *h, const struct nametab *t, const char *name)
{
	if (!name || !t->slot)
		return -1;
	for (uint32_t i = str_hash(name) & t->mask; t->slot[i]; i = (i + 1) & t->mask)
		if (strcmp(fact_name(h, t->slot[i] - 1), name) == 0)
			return t->slot[i] - 1;
	return -1;
}

static uint64_t pair_hash(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return k;
}

/* keys are fact << 16 | from << 8 | to, plus one (0: empty) */
static uint8_t *pair_slot(struct html *h, uint32_t fact, unsigned from, unsigned to, bool add)
{
	uint64_t key = ((uint64_t)fact << 16 | from << 8 | to) + 1;
	if (add && 2 * (h->npairs + 1) > h->pair_mask + 1) {
		uint32_t ocap = h->pair_key ? h->pair_mask + 1 : 0;
		uint64_t *ok = h->pair_key;
		uint8_t *ov = h->pair_v;
		uint32_t cap = ocap ? 2 * ocap : 64;
		h->pair_key = xcalloc(cap, sizeof *h->pair_key);
		h->pair_v = xcalloc(cap, 1);
		h->pair_mask = cap - 1;
		for (uint32_t i = 0; i < ocap; i++) {
			if (!ok[i])
				continue;
			uint32_t j = (uint32_t)pair_hash(ok[i]) & h->pair_mask;
			while (h->pair_key[j])
				j = (j + 1) & h->pair_mask;
			h->pair_key[j] = ok[i];
			h->pair_v[j] = ov[i];
		}
		xfree(ok);
		xfree(ov);
	}
	if (!h->pair_key)
		return NULL;
	for (uint32_t j = (uint32_t)pair_hash(key) & h->pair_mask;; j = (j + 1) & h->pair_mask) {
		if (h->pair_key[j] == key)
			return &h->pair_v[j];
		if (!h->pair_key[j]) {
			if (!add)
				return NULL;
			h->pair_key[j] = key;
			h->npairs++;
			return &h->pair_v[j];
		}
	}
}

static uint8_t vmax(uint8_t a, uint8_t b)
{
	return a > b ? a : b;
}

static struct bits endpoint_countries(const struct html *h, const struct plan_endpoint *e)
{
	if (e->store >= 0 && (uint32_t)e->store < h->pl->nstores)
		return h->primary[e->store];
	return place_countries(h->p, h->sets, e->place);
}

/* Source and destination countries of a transfer fact. */
static void transfer_ends(const struct html *h, uint32_t id, struct bits *src, struct bits *dst)
{
	const struct rsd_plan *pl = h->pl;
	if (id < pl->nstores + pl->nflows) {
		const struct plan_flow *f = &pl->flows[id - pl->nstores];
		*src = endpoint_countries(h, &f->from);
		*dst = endpoint_countries(h, &f->to);
	} else {
		uint32_t k = id - pl->nstores - pl->nflows;
		*src = h->primary[h->impl_store[k]];
		*dst = place_countries(h->p, h->sets, h->impl_ref[k]->place);
	}
}

static bool is_transfer_fact(const struct html *h, int64_t id)
{
	return id >= (int64_t)h->pl->nstores;
}

/* The fact a finding is about, or -1. */
static int64_t finding_fact(const struct html *h, const struct finding *f)
{
	if (f->kind == FINDING_STORE)
		return nt_get(h, &h->stores, f->fact);
	if (f->kind == FINDING_TRANSFER)
		return nt_get(h, &h->transfers, f->fact);
	return -1;
}

static struct agg_mark *mark_at(struct html *h, struct place pl)
{
	uint32_t key = pl.kind == PLACE_COUNTRY ? pl.country : COUNTRY_COUNT + (uint32_t)pl.loc;
	return &h->marks[key];
}

static void mark_add(struct agg_mark *m, uint32_t fact, uint8_t v)
{
	m->v = vmax(m->v, v);
	if (m->nnames < MARK_NAMES)
		m->names[m->nnames] = fact;
	m->nnames++;
}

static void arc_add(struct html *h, unsigned from, unsigned to, bool dashed, uint8_t v)
{
	size_t key = ((size_t)from * COUNTRY_COUNT + to) * 2 + dashed;
	if (!h->arc_at[key]) {
		struct agg_arc *a = VEC_PUSH(h->arcs, h->narcs, h->cap_arcs);
		memset(a, 0, sizeof *a);
		a->from = (uint8_t)from;
		a->to = (uint8_t)to;
		a->dashed = dashed;
		h->arc_at[key] = (int32_t)h->narcs;
	}
	h->arcs[h->arc_at[key] - 1].n[v]++;
}

/* The verdict of transfer fact id for the pair (s, d). */
static uint8_t pair_verdict(struct html *h, uint32_t id, unsigned s, unsigned d)
{
	uint8_t v = vmax(V_PASSED, h->fact_all[id]);
	uint8_t *pv = pair_slot(h, id, s, d, false);
	return pv ? vmax(v, *pv) : v;
}

static void model_free(struct html *h)
{
	xfree(h->sets);
	xfree(h->impl_store);
	xfree(h->impl_ref);
	sb_free(&h->impl_names);
	xfree(h->impl_off);
	xfree(h->primary);
	xfree(h->fact_v);
	xfree(h->fact_all);
	xfree(h->stores.slot);
	xfree(h->transfers.slot);
	xfree(h->pair_key);
	xfree(h->pair_v);
	xfree(h->arc_at);
	xfree(h->arcs);
	xfree(h->marks);
	size_t plans = h->plans;
	memset(h, 0, sizeof *h);
	h->plans = plans;
}

static void model_build(struct html *h, const struct rsd_result *res)
{
	const struct rsd_plan *pl = res->plan;
	const struct rsd_policy *p = res->policy;
	h->res = res;
	h->pl = pl;
	h->p = p;
	h->sets = policy_sets_at(p, res->date);

	/* the facts and their names */
	for (uint32_t i = 0; i < pl->nstores; i++)
		h->nimpl += pl->stores[i].nreplicas + pl->stores[i].nbackups;
	h->nfacts = pl->nstores + pl->nflows + h->nimpl;
	h->impl_store = xmalloc((h->nimpl + 1) * sizeof *h->impl_store);
	h->impl_ref = xmalloc((h->nimpl + 1) * sizeof *h->impl_ref);
	h->impl_off = xmalloc((h->nimpl + 1) * sizeof *h->impl_off);
	h->primary = xmalloc((pl->nstores + 1) * sizeof *h->primary);
	uint32_t k = 0;
	for (uint32_t i = 0; i < pl->nstores; i++) {
		const struct plan_store *s = &pl->stores[i];
		bits_clear(&h->primary[i]);
		for (uint32_t j = 0; j < s->nprimary; j++)
			h->primary[i] = bits_or(h->primary[i], place_countries(p, h->sets, s->primary[j]));
		for (int kind = 0; kind < 2; kind++) {
			const struct plan_placeref *v = kind ? s->backups : s->replicas;
			uint32_t nv = kind ? s->nbackups : s->nreplicas;
			for (uint32_t j = 0; j < nv; j++, k++) {
				h->impl_store[k] = i;
				h->impl_ref[k] = &v[j];
				h->impl_off[k] = h->impl_names.len;
				/* as the evaluator names them: "name (replica place)" */
				sb_printf(&h->impl_names, "%s (%s %s)", s->name ? s->name : "",
					  kind ? "backup" : "replica", place_name(p, v[j].place));
				sb_putc(&h->impl_names, '\0');
			}
		}
	}
	nt_init(&h->stores, pl->nstores);
	nt_init(&h->transfers, pl->nflows + h->nimpl);
	for (uint32_t i = 0; i < pl->nstores; i++)
		nt_put(h, &h->stores, i);
	for (uint32_t i = pl->nstores; i < h->nfacts; i++)
		nt_put(h, &h->transfers, i);

	/* the verdicts of the findings */
	h->fact_v = xcalloc(h->nfacts + 1, 1);
	h->fact_all = xcalloc(h->nfacts + 1, 1);
	for (uint32_t i = 0; i < res->nfindings; i++) {
		const struct finding *f = &res->findings[i];
		if (f->rule < 0)
			continue;
		int64_t id = finding_fact(h, f);
		if (id < 0)
			continue;
		uint8_t v = f->status == FINDING_WAIVED ? V_WAIVED : V_VIOLATION;
		h->fact_v[id] = vmax(h->fact_v[id], v);
		if (!is_transfer_fact(h, id))
			continue;
		if (!f->npairs)
			h->fact_all[id] = vmax(h->fact_all[id], v);
		const struct country_pair *pp = finding_pairs(f);
		for (uint32_t j = 0; j < f->npairs; j++) {
			uint8_t *pv = pair_slot(h, (uint32_t)id, pp[j].from, pp[j].to, true);
			*pv = vmax(*pv, v);
		}
	}

	/* stores: their countries and places */
	h->marks = xcalloc(COUNTRY_COUNT + p->nlocations + 1, sizeof *h->marks);
	for (uint32_t i = 0; i < pl->nstores; i++) {
		const struct plan_store *s = &pl->stores[i];
		uint8_t v = vmax(V_PASSED, h->fact_v[i]);
		BITS_FOREACH(c, &h->primary[i]) {
			h->country[c].v = vmax(h->country[c].v, v);
			h->country[c].stores++;
		}
		for (uint32_t j = 0; j < s->nprimary; j++) {
			struct agg_mark *m = mark_at(h, s->primary[j]);
			m->stores++;
			mark_add(m, i, v);
		}
	}

	/* transfers: arcs, and the countries and places they reach */
	h->arc_at = xcalloc((size_t)COUNTRY_COUNT * COUNTRY_COUNT * 2, sizeof *h->arc_at);
	for (uint32_t id = pl->nstores; id < h->nfacts; id++) {
		bool implicit = id >= pl->nstores + pl->nflows;
		struct bits src, dst;
		transfer_ends(h, id, &src, &dst);
		if (bits_empty(&src) || bits_empty(&dst))
			h->unmapped++;
		uint8_t worst = V_PASSED;
		BITS_FOREACH(s, &src) {
			h->country[s].v = vmax(h->country[s].v, V_PASSED);
			BITS_FOREACH(d, &dst) {
				uint8_t v = pair_verdict(h, id, (unsigned)s, (unsigned)d);
				worst = vmax(worst, v);
				h->country[d].v = vmax(h->country[d].v, v);
				if (s == d) {
					h->country[d].within++;
					continue;
				}
				h->country[s].out++;
				h->country[d].in++;
				arc_add(h, (unsigned)s, (unsigned)d, implicit, v);
			}
		}
		if (implicit) {
			uint32_t j = id - pl->nstores - pl->nflows;
			struct agg_mark *m = mark_at(h, h->impl_ref[j]->place);
			m->copies++;
			mark_add(m, id, worst);
			BITS_FOREACH(d, &dst)
				h->country[d].copies++;
		} else {
			const struct plan_flow *f = &pl->flows[id - pl->nstores];
			for (int end = 0; end < 2; end++) {
				const struct plan_endpoint *e = end ? &f->to : &f->from;
				if (e->store >= 0)
					continue;
				struct agg_mark *m = mark_at(h, e->place);
				m->ends++;
				mark_add(m, id, end ? worst : vmax(V_PASSED, m->v));
			}
		}
	}
}

/* ------------------------------------------------------------ the map */

static void country_title(struct strbuf *sb, const struct html *h, int c)
{
	const struct country_info *ci = &h->country[c];
	esc(sb, country_name(c));
	sb_printf(sb, " (%s): ", country_code(c));
	const char *sep = "";
	if (ci->stores) {
		sb_printf(sb, "%u store%s", ci->stores, ci->stores == 1 ? "" : "s");
		sep = ", ";
	}
	if (ci->copies) {
		sb_printf(sb, "%s%u %s", sep, ci->copies, ci->copies == 1 ? "replica or backup" : "replicas or backups");
		sep = ", ";
	}
	if (ci->out) {
		sb_printf(sb, "%s%u transfer%s out", sep, ci->out, ci->out == 1 ? "" : "s");
		sep = ", ";
	}
	if (ci->in) {
		sb_printf(sb, "%s%u in", sep, ci->in);
		sep = ", ";
	}
	if (ci->within) {
		sb_printf(sb, "%s%u within", sep, ci->within);
		sep = ", ";
	}
	sb_printf(sb, "%sworst verdict: %s", sep, verdict_name[ci->v]);
}

static void map_countries(struct strbuf *sb, const struct html *h)
{
	sb_puts(sb, "<g class=\"land\">\n");
	if (world_land[0])
		sb_printf(sb, "<path d=\"%s\"/>\n", world_land);
	for (int c = 0; c < COUNTRY_COUNT; c++) {
		const struct world_country *w = &world_countries[c];
		uint8_t v = h->country[c].v;
		if (!w->path && (!v || w->x < 0))
			continue;
		if (w->path) {
			sb_puts(sb, "<path");
		} else {
			/* no shape at this scale: a dot */
			sb_printf(sb, "<circle cx=\"%d\" cy=\"%d\" r=\"7\"", w->x, w->y);
		}
		if (v)
			sb_printf(sb, " class=\"v%d\" data-c=\"%s\"", v, country_code(c));
		if (w->path) {
			sb_puts(sb, " d=\"");
			sb_puts(sb, w->path);
			sb_putc(sb, '"');
		}
		if (v) {
			sb_puts(sb, "><title>");
			country_title(sb, h, c);
			sb_puts(sb, w->path ? "</title></path>\n" : "</title></circle>\n");
		} else {
			sb_puts(sb, "/>\n");
		}
	}
	sb_puts(sb, "</g>\n");
}

static uint32_t arc_total(const struct agg_arc *a)
{
	return a->n[V_PASSED] + a->n[V_WAIVED] + a->n[V_VIOLATION];
}

static uint8_t arc_verdict(const struct agg_arc *a)
{
	return a->n[V_VIOLATION] ? V_VIOLATION : a->n[V_WAIVED] ? V_WAIVED : V_PASSED;
}

/* worst verdict last (drawn on top), then by countries and kind */
static int cmp_arc(const void *x, const void *y)
{
	const struct agg_arc *a = x, *b = y;
	int va = arc_verdict(a), vb = arc_verdict(b);
	if (va != vb)
		return va - vb;
	if (a->from != b->from)
		return a->from - b->from;
	if (a->to != b->to)
		return a->to - b->to;
	return a->dashed - b->dashed;
}

/* The arc's control point: a bend to the left of its direction. */
/*
** The arc's ends and control point: a bend to the left of its direction.
** An arc longer than half the map's width goes the short way, across the
** map's edge: its end then lies off the map (x1 < 0 or x1 > WORLD_W), and
** the arc is drawn a second time, shifted by the map's width (arc_shift).
*/
static void arc_geom(const struct agg_arc *a, long *x0, long *y0, long *cx, long *cy, long *x1, long *y1)
{
	const struct world_country *s = &world_countries[a->from], *d = &world_countries[a->to];
	long dxl = d->x - s->x;
	if (dxl > WORLD_W / 2)
		dxl -= WORLD_W;
	else if (dxl < -WORLD_W / 2)
		dxl += WORLD_W;
	double dx = (double)dxl, dy = d->y - s->y;
	double bend = a->dashed ? 0.32 : 0.2;
	*x0 = s->x;
	*y0 = s->y;
	*x1 = s->x + dxl;
	*y1 = d->y;
	*cx = lround(s->x + dx / 2.0 + dy * bend);
	*cy = lround((s->y + d->y) / 2.0 - dx * bend);
}

/* 0, or the shift (+-WORLD_W) of the arc's second copy when it crosses the edge. */
static long arc_shift(long x1)
{
	return x1 < 0 ? WORLD_W : x1 > WORLD_W ? -WORLD_W : 0;
}

/* Marker ids carry the plan's index: several maps on one page. */
static void map_arcs(struct strbuf *sb, struct html *h, size_t index)
{
	if (h->narcs)
		qsort(h->arcs, h->narcs, sizeof *h->arcs, cmp_arc);
	sb_puts(sb, "<g class=\"arcs\">\n");
	for (size_t i = 0; i < h->narcs; i++) {
		const struct agg_arc *a = &h->arcs[i];
		if (world_countries[a->from].x < 0 || world_countries[a->to].x < 0)
			continue;
		long x0, y0, cx, cy, x1, y1;
		arc_geom(a, &x0, &y0, &cx, &cy, &x1, &y1);
		uint32_t n = arc_total(a);
		int v = arc_verdict(a);
		double w = 3 + 1.5 * log2((double)n);
		if (w > 9)
			w = 9;
		long shift = arc_shift(x1);
		for (int copy = 0; copy < (shift ? 2 : 1); copy++) {
			long off = copy ? shift : 0;
			sb_printf(sb, "<path class=\"v%d%s\" data-a=\"%s-%s\" stroke-width=\"%.1f\" "
				  "marker-end=\"url(#arrow%d-%zu)\" d=\"M%ld %ldQ%ld %ld %ld %ld\"><title>",
				  v, a->dashed ? " d" : "", country_code(a->from), country_code(a->to), w, v,
				  index, x0 + off, y0, cx + off, cy, x1 + off, y1);
			sb_printf(sb, "%s \u2192 %s: %u %s", country_code(a->from), country_code(a->to), n,
				  a->dashed ? (n == 1 ? "replica or backup" : "replicas and backups")
					    : (n == 1 ? "transfer" : "transfers"));
			sb_printf(sb, " (%u violation%s, %u waived, %u passed)</title></path>\n",
				  a->n[V_VIOLATION], a->n[V_VIOLATION] == 1 ? "" : "s", a->n[V_WAIVED],
				  a->n[V_PASSED]);
		}
	}
	sb_puts(sb, "</g>\n");
}

/* More arcs than this: their counts only in their tooltips (no room). */
#define COUNTS_MAX 40

static void map_counts(struct strbuf *sb, const struct html *h)
{
	if (h->narcs > COUNTS_MAX)
		return;
	sb_puts(sb, "<g class=\"counts\" aria-hidden=\"true\">\n");
	for (size_t i = 0; i < h->narcs; i++) {
		const struct agg_arc *a = &h->arcs[i];
		uint32_t n = arc_total(a);
		if (n < 2 || world_countries[a->from].x < 0 || world_countries[a->to].x < 0)
			continue;
		long x0, y0, cx, cy, x1, y1;
		arc_geom(a, &x0, &y0, &cx, &cy, &x1, &y1);
		/* the curve's middle: (P0 + 2C + P2) / 4, on the map */
		long mx = (x0 + 2 * cx + x1) / 4;
		if (mx < 0 || mx > WORLD_W)
			mx += arc_shift(mx);
		sb_printf(sb, "<text x=\"%ld\" y=\"%ld\">%u</text>\n", mx, (y0 + 2 * cy + y1) / 4, n);
	}
	sb_puts(sb, "</g>\n");
}

static void mark_title(struct strbuf *sb, const struct html *h, uint32_t key, const struct agg_mark *m)
{
	const struct rsd_policy *p = h->p;
	if (key < COUNTRY_COUNT) {
		esc(sb, country_name((int)key));
		sb_printf(sb, " (%s)", country_code((int)key));
	} else {
		const struct pol_location *l = &p->locations[key - COUNTRY_COUNT];
		esc(sb, l->name);
		if (l->title) {
			sb_puts(sb, " (");
			esc(sb, l->title);
			sb_putc(sb, ')');
		}
	}
	sb_putc(sb, ':');
	if (m->stores)
		sb_printf(sb, " %u store%s", m->stores, m->stores == 1 ? "" : "s");
	if (m->copies)
		sb_printf(sb, "%s %u %s", m->stores ? "," : "", m->copies,
			  m->copies == 1 ? "replica or backup" : "replicas or backups");
	if (m->ends)
		sb_printf(sb, "%s %u flow end%s", m->stores || m->copies ? "," : "", m->ends,
			  m->ends == 1 ? "" : "s");
	sb_printf(sb, "; worst verdict: %s\n", verdict_name[m->v]);
	uint32_t shown = m->nnames < MARK_NAMES ? m->nnames : MARK_NAMES;
	for (uint32_t i = 0; i < shown; i++) {
		esc(sb, fact_name(h, m->names[i]));
		sb_putc(sb, '\n');
	}
	if (m->nnames > shown)
		sb_printf(sb, "and %u more", m->nnames - shown);
}

static void map_marks(struct strbuf *sb, const struct html *h)
{
	const struct rsd_policy *p = h->p;
	uint32_t nkeys = COUNTRY_COUNT + p->nlocations;
	uint32_t placed[COUNTRY_COUNT] = {0};	/* markers already in each country */
	sb_puts(sb, "<g class=\"marks\">\n");
	for (uint32_t key = 0; key < nkeys; key++) {
		const struct agg_mark *m = &h->marks[key];
		if (!m->nnames)
			continue;
		struct place pl = key < COUNTRY_COUNT
			? (struct place){.kind = PLACE_COUNTRY, .country = (uint16_t)key}
			: (struct place){.kind = PLACE_LOCATION, .loc = (int32_t)(key - COUNTRY_COUNT)};
		struct bits cs = place_countries(p, h->sets, pl);
		BITS_FOREACH(c, &cs) {
			const struct world_country *w = &world_countries[c];
			if (w->x < 0)
				continue;
			/* the i-th marker of a country on a sunflower spiral around its point */
			uint32_t i = placed[c]++;
			double ang = i * 2.39996, rad = 9.0 * sqrt((double)i);
			long x = lround(w->x + rad * cos(ang)), y = lround(w->y + rad * sin(ang));
			uint32_t total = m->stores + m->copies;
			double r = total ? 5 + 1.5 * log2((double)total) : 4;
			if (r > 14)
				r = 14;
			sb_printf(sb, "<circle class=\"v%d%s\" data-c=\"%s\" cx=\"%ld\" cy=\"%ld\" r=\"%.1f\"><title>",
				  m->v, total ? "" : " e", country_code(c), x, y, r);
			mark_title(sb, h, key, m);
			sb_puts(sb, "</title></circle>\n");
		}
	}
	sb_puts(sb, "</g>\n");
}

static void legend(struct strbuf *sb, const struct html *h)
{
	sb_puts(sb, "<figcaption>"
		"<span><i class=\"sw v3\"></i>violation</span>"
		"<span><i class=\"sw v2\"></i>waived</span>"
		"<span><i class=\"sw v1\"></i>passed</span>"
		"<span><i class=\"sw v0\"></i>no data</span>"
		"<span><i class=\"ln\"></i>flow</span>"
		"<span><i class=\"ln d\"></i>replica or backup</span>"
		"<span>\u25cf store or place (size: how many)</span>");
	sb_puts(sb, h->narcs > COUNTS_MAX ? "<span>line width: how many transfers (hover for counts)</span>"
					  : "<span>numbers: transfers on an arc</span>");
	if (h->unmapped)
		sb_printf(sb, "<span>not on the map: %u transfer%s with an end of unknown country</span>",
			  h->unmapped, h->unmapped == 1 ? "" : "s");
	sb_puts(sb, "</figcaption>\n");
}

/*
** The part of the world the map shows: the points of the countries that
** hold data, with a margin, widened to the map's proportions (2.5 : 1) and
** to at least a fifth of the world, so a plan that stays in Europe gets a
** map of Europe.
*/
static void view_box(const struct html *h, long *x, long *y, long *w, long *ht)
{
	long x0 = WORLD_W, y0 = WORLD_H, x1 = 0, y1 = 0;
	for (int c = 0; c < COUNTRY_COUNT; c++) {
		const struct world_country *wc = &world_countries[c];
		if (!h->country[c].v || wc->x < 0)
			continue;
		x0 = wc->x < x0 ? wc->x : x0;
		x1 = wc->x > x1 ? wc->x : x1;
		y0 = wc->y < y0 ? wc->y : y0;
		y1 = wc->y > y1 ? wc->y : y1;
	}
	if (x0 > x1) {	/* nothing on the map: the whole world */
		*x = *y = 0;
		*w = WORLD_W;
		*ht = WORLD_H;
		return;
	}
	x0 -= 90, x1 += 90, y0 -= 60, y1 += 60;
	long bw = x1 - x0, bh = y1 - y0;
	long vw = bw > bh * 5 / 2 ? bw : bh * 5 / 2;
	if (vw < WORLD_W / 5)
		vw = WORLD_W / 5;
	if (vw > WORLD_W)
		vw = WORLD_W;
	long vh = vw * 2 / 5;
	long cx = (x0 + x1) / 2 - vw / 2, cy = (y0 + y1) / 2 - vh / 2;
	cx = cx < 0 ? 0 : cx + vw > WORLD_W ? WORLD_W - vw : cx;
	cy = cy < 0 ? 0 : cy + vh > WORLD_H ? WORLD_H - vh : cy;
	*x = cx;
	*y = cy;
	*w = vw;
	*ht = vh;
}

static void write_map(struct report *r, struct html *h, size_t index)
{
	struct strbuf *sb = &r->ob;
	long vx, vy, vw, vh;
	view_box(h, &vx, &vy, &vw, &vh);
	sb_printf(sb, "<figure class=\"mapbox\">\n<svg class=\"map\" viewBox=\"%ld %ld %ld %ld\" "
		  "role=\"img\" aria-labelledby=\"map-title-%zu\">\n<title id=\"map-title-%zu\">Where the data of ",
		  vx, vy, vw, vh, index, index);
	esc(sb, report_plan_name(h->res));
	sb_puts(sb, " lives and goes</title>\n<defs>");
	for (int v = V_PASSED; v <= V_VIOLATION; v++)
		sb_printf(sb, "<marker id=\"arrow%d-%zu\" class=\"arrow%d\" viewBox=\"0 0 10 10\" refX=\"9\" "
			  "refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\">"
			  "<path d=\"M0 0L10 5L0 10z\"/></marker>", v, index, v);
	sb_puts(sb, "</defs>\n");
	map_countries(sb, h);
	report_spill(r);
	map_arcs(sb, h, index);
	report_spill(r);
	map_counts(sb, h);
	map_marks(sb, h);
	sb_puts(sb, "</svg>\n");
	legend(sb, h);
	sb_puts(sb, "</figure>\n");
}

/* ------------------------------------------------------------ pages */

/* The oldest "Current to: YYYY-MM-DD" of the library files the policy loaded. */
static rdate library_currency(const struct rsd_policy *p)
{
	rdate best = DATE_NONE;
	static const char lib[] = "<lib>/", key[] = "Current to: ";
	for (uint32_t i = 0; i < p->nfiles; i++) {
		const char *path = p->files[i].path;
		if (!path || strncmp(path, lib, sizeof lib - 1) != 0)
			continue;
		for (size_t k = 0; k < stdlib_nfiles; k++) {
			const struct stdlib_file *sf = &stdlib_files[k];
			if (strcmp(sf->name, path + sizeof lib - 1) != 0)
				continue;
			/* in the header comment: the first 2 KiB */
			size_t n = sf->len < 2048 ? sf->len : 2048;
			const char *at = NULL;
			for (size_t j = 0; !at && j + sizeof key - 1 <= n; j++)
				if (memcmp(sf->data + j, key, sizeof key - 1) == 0)
					at = sf->data + j;
			rdate d;
			if (at && (size_t)(at - sf->data) + sizeof key - 1 + 10 <= sf->len &&
			    date_parse(at + sizeof key - 1, 10, &d) && (best == DATE_NONE || d < best))
				best = d;
		}
	}
	return best;
}

static void put_date(struct strbuf *sb, rdate d)
{
	char buf[11];
	date_format(d, buf);
	sb_puts(sb, buf);
}

static void html_begin(struct report *r)
{
	struct strbuf *sb = &r->ob;
	r->priv = xcalloc(1, sizeof(struct html));
	sb_puts(sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ");
	csp_hash(sb, style, sizeof style - 1);
	sb_puts(sb, "; script-src ");
	csp_hash(sb, script, sizeof script - 1);
	sb_puts(sb, "; base-uri 'none'; form-action 'none'\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		"<meta name=\"generator\" content=\"residency " RSD_VERSION "\">\n<title>residency: ");
	sb_puts(sb, r->passed ? "passed" : "failed");
	for (size_t i = 0; i < r->n; i++) {
		sb_puts(sb, i ? ", " : " \u2014 ");
		esc(sb, report_plan_name(r->results[i]));
	}
	sb_puts(sb, "</title>\n<style>");
	sb_puts(sb, style);
	sb_puts(sb, "</style>\n</head>\n<body>\n<header>\n<h1>residency report: ");
	sb_printf(sb, "<span class=\"verdict %s\">%s</span></h1>\n<p class=\"summary\">",
		  r->passed ? "pass" : "fail", r->passed ? "passed" : "failed");
	report_summary(sb, r, r->counts, r->waived, r->facts, r->n);
	sb_puts(sb, "</p>\n<dl class=\"meta\">");
	/* the as-of dates of the plans, once each */
	sb_puts(sb, "<div><dt>as of</dt><dd>");
	for (size_t i = 0; i < r->n; i++) {
		bool seen = false;
		for (size_t j = 0; j < i; j++)
			seen |= r->results[j]->date == r->results[i]->date;
		if (seen)
			continue;
		if (i)
			sb_puts(sb, ", ");
		put_date(sb, r->results[i]->date);
	}
	sb_puts(sb, "</dd></div>");
	rdate cur = library_currency(r->p);
	if (cur != DATE_NONE) {
		sb_puts(sb, "<div><dt>library current to</dt><dd>");
		put_date(sb, cur);
		sb_puts(sb, "</dd></div>");
	}
	sb_puts(sb, "<div><dt>policy</dt><dd>");
	const char *sep = "";
	for (uint32_t i = 0; i < r->p->nfiles; i++) {
		if (!r->p->files[i].root)
			continue;
		sb_puts(sb, sep);
		sb_puts(sb, "<code>");
		esc(sb, r->p->files[i].path);
		sb_puts(sb, "</code>");
		sep = ", ";
	}
	if (!*sep)
		sb_puts(sb, "the built-in library");
	sb_printf(sb, " (%u rules)</dd></div><div><dt>fail on</dt><dd>%s</dd></div></dl>\n</header>\n",
		  r->p->nrules, r->fail_on < 0 || r->fail_on > SEV_INFO ? "never" : report_sev_name(r->fail_on));
	sb_puts(sb, "<div id=\"filters\" hidden></div>\n");
}

/* Country tokens of a set, space-separated. */
static void put_countries(struct strbuf *sb, const struct bits *b)
{
	const char *sep = "";
	BITS_FOREACH(c, b) {
		sb_puts(sb, sep);
		sb_puts(sb, country_code(c));
		sep = " ";
	}
}

/* One finding as a row of its group's table: fact, classes, from -> to, file:line. */
static void finding_row(struct report *r, struct html *h, const struct finding *f)
{
	struct strbuf *sb = &r->ob;
	const struct rsd_result *res = h->res;
	/* the countries and country pairs it concerns */
	int64_t id = finding_fact(h, f);
	struct bits cs, src, dst;
	bits_clear(&cs);
	bits_clear(&src);
	bits_clear(&dst);
	if (id >= 0 && !is_transfer_fact(h, id)) {
		cs = h->primary[id];
	} else if (id >= 0) {
		transfer_ends(h, (uint32_t)id, &src, &dst);
		if (!f->npairs)
			cs = bits_or(src, dst);
	}
	const struct country_pair *pp = finding_pairs(f);
	for (uint32_t i = 0; i < f->npairs; i++) {
		bits_set(&cs, pp[i].from);
		bits_set(&cs, pp[i].to);
	}

	sb_puts(sb, "<tr data-k=\"");
	const char *sep = "";
	BITS_FOREACH(c, finding_classes(f)) {
		if ((uint32_t)c >= r->p->nclasses)
			continue;
		sb_puts(sb, sep);
		esc_attr(sb, r->p->classes[c].name);
		sep = " ";
	}
	sb_puts(sb, "\" data-c=\"");
	put_countries(sb, &cs);
	sb_puts(sb, "\" data-a=\"");
	sep = "";
	if (f->npairs) {
		for (uint32_t i = 0; i < f->npairs; i++) {
			if (pp[i].from == pp[i].to)
				continue;
			sb_printf(sb, "%s%s-%s", sep, country_code(pp[i].from), country_code(pp[i].to));
			sep = " ";
		}
	} else {
		BITS_FOREACH(s, &src) BITS_FOREACH(d, &dst) {
			if (s == d)
				continue;
			sb_printf(sb, "%s%s-%s", sep, country_code(s), country_code(d));
			sep = " ";
		}
	}
	sb_puts(sb, "\"><td>");
	/* fact, its address, the waiver; the tool's own message */
	esc(sb, f->fact);
	if (finding_address(f) && (!f->fact || strcmp(finding_address(f), f->fact) != 0)) {
		sb_puts(sb, "<small>");
		esc(sb, finding_address(f));
		sb_puts(sb, "</small>");
	}
	if (finding_message(f)) {
		sb_puts(sb, "<small>");
		esc(sb, finding_message(f));
		sb_puts(sb, "</small>");
	}
	if (finding_waiver(f)) {
		sb_puts(sb, f->status == FINDING_WAIVED ? "<small>waived: " : "<small>waiver: ");
		report_sb_reset(&r->tmp);
		report_waiver_text(&r->tmp, r, finding_waiver(f));
		esc(sb, r->tmp.s);
		sb_puts(sb, "</small>");
	}
	sb_puts(sb, "</td><td>");
	report_sb_reset(&r->tmp);
	report_classes(&r->tmp, r, f);
	esc(sb, r->tmp.s);
	sb_puts(sb, "</td><td>");
	/* from -> to: the pairs; a store's countries */
	if (f->npairs) {
		report_sb_reset(&r->tmp);
		report_pairs(&r->tmp, f);
		esc(sb, r->tmp.s);
	} else if (!bits_empty(&src) || !bits_empty(&dst)) {
		put_countries(sb, &src);
		sb_puts(sb, " \u2192 ");
		put_countries(sb, &dst);
	} else if (!bits_empty(&cs)) {
		sb_puts(sb, "at ");
		put_countries(sb, &cs);
	}
	sb_puts(sb, "</td><td>");
	report_sb_reset(&r->tmp);
	report_fact_loc(&r->tmp, res, f);
	esc(sb, r->tmp.s);
	sb_puts(sb, "</td></tr>\n");
}

/*
** Findings are shown in groups of the same rule, status and severity:
** the rule's texts once in the group's heading, then a table of its
** findings.  Worst first: violations before waived findings, errors
** before warnings, then by rule name; within a group, in the result's
** order (by position in the plan).
*/
struct grp_key {
	uint32_t at;	/* index in res->findings */
	uint8_t waived, sev;
	const char *rule;
};

static int cmp_grp(const void *x, const void *y)
{
	const struct grp_key *a = x, *b = y;
	if (a->waived != b->waived)
		return a->waived - b->waived;
	if (a->sev != b->sev)
		return a->sev - b->sev;
	int c = strcmp(a->rule, b->rule);
	if (c)
		return c;
	return a->at < b->at ? -1 : a->at > b->at;
}

/* Plans with more findings than this show their groups closed. */
#define OPEN_MAX 500

static void group_head(struct report *r, const struct finding *f, uint32_t n, bool open)
{
	struct strbuf *sb = &r->ob;
	const struct pol_rule *rule = report_rule(r, f);
	int sev = f->severity <= SEV_INFO ? (int)f->severity : SEV_INFO;
	bool waived = f->status == FINDING_WAIVED;
	sb_printf(sb, "<details class=\"grp v%d\" data-v=\"%s\" data-s=\"%s\" data-r=\"",
		  waived ? V_WAIVED : V_VIOLATION, waived ? "waived" : "violation", report_sev_name(sev));
	esc_attr(sb, report_rule_id(r, f));
	sb_printf(sb, "\"%s><summary><b>%s%s</b> <code>", open ? " open" : "", report_sev_name(sev),
		  waived ? " (waived)" : "");
	esc(sb, report_rule_id(r, f));
	sb_puts(sb, "</code> ");
	/* the rule's message; the tool's findings carry their own, in the rows */
	esc(sb, rule ? report_message(r, f) : report_title(r, f));
	sb_printf(sb, " <span class=\"n\">%u finding%s</span></summary>\n", n, n == 1 ? "" : "s");
	if (rule && (rule->cite || rule->remedy || report_policy_file(r, rule->loc))) {
		sb_puts(sb, "<dl class=\"rule\">");
		if (rule->title && rule->message) {
			sb_puts(sb, "<dt>rule</dt><dd>");
			esc(sb, rule->title);
			sb_puts(sb, "</dd>");
		}
		if (rule->cite) {
			sb_puts(sb, "<dt>citation</dt><dd>");
			esc(sb, rule->cite);
			sb_puts(sb, "</dd>");
		}
		if (rule->remedy) {
			sb_puts(sb, "<dt>remedy</dt><dd>");
			esc(sb, rule->remedy);
			sb_puts(sb, "</dd>");
		}
		const char *pf = report_policy_file(r, rule->loc);
		if (pf) {
			sb_puts(sb, "<dt>policy</dt><dd>");
			esc(sb, pf);
			sb_printf(sb, ":%u</dd>", rule->loc.line);
		}
		sb_puts(sb, "</dl>\n");
	}
	sb_puts(sb, "<table><colgroup><col class=\"c1\"><col class=\"c2\"><col class=\"c3\"><col class=\"c4\">"
		"</colgroup>\n<thead><tr><th>fact</th><th>classes</th><th>from \u2192 to</th><th>file:line</th>"
		"</tr></thead>\n<tbody>\n");
}

static void findings(struct report *r, struct html *h)
{
	const struct rsd_result *res = h->res;
	struct strbuf *sb = &r->ob;
	uint32_t n = res->nfindings;
	sb_printf(sb, "<div class=\"findings\">\n<h3>%u finding%s</h3>\n", n, n == 1 ? "" : "s");
	if (!n) {
		sb_puts(sb, "<p>No findings.</p>\n</div>\n");
		return;
	}
	struct grp_key *k = xmalloc(n * sizeof *k);
	for (uint32_t i = 0; i < n; i++) {
		const struct finding *f = &res->findings[i];
		k[i] = (struct grp_key){i, f->status == FINDING_WAIVED,
					(uint8_t)(f->severity <= SEV_INFO ? f->severity : SEV_INFO),
					report_rule_id(r, f)};
	}
	qsort(k, n, sizeof *k, cmp_grp);
	bool open = n <= OPEN_MAX;
	for (uint32_t i = 0; i < n;) {
		uint32_t j = i + 1;
		while (j < n && k[j].waived == k[i].waived && k[j].sev == k[i].sev &&
		       strcmp(k[j].rule, k[i].rule) == 0)
			j++;
		group_head(r, &res->findings[k[i].at], j - i, open);
		for (uint32_t m = i; m < j; m++) {
			if (m > i && (m - i) % CHUNK == 0)
				sb_puts(sb, "</tbody>\n<tbody>\n");
			finding_row(r, h, &res->findings[k[m].at]);
			report_spill(r);
		}
		sb_puts(sb, "</tbody>\n</table>\n</details>\n");
		i = j;
	}
	xfree(k);
	sb_puts(sb, "</div>\n");
}

static void html_plan(struct report *r, const struct rsd_result *res)
{
	struct html *h = r->priv;
	struct strbuf *sb = &r->ob;
	size_t index = h->plans++;	/* 0-based: the plan's place on the page */
	model_free(h);
	model_build(h, res);
	const struct rsd_plan *pl = res->plan;
	sb_printf(sb, "<section class=\"plan\" id=\"plan-%zu\">\n<h2><code>", index + 1);
	esc(sb, report_plan_name(res));
	sb_puts(sb, "</code>");
	if (pl->name && pl->file && *pl->file) {
		sb_puts(sb, " (");
		esc(sb, pl->name);
		sb_putc(sb, ')');
	}
	sb_printf(sb, ": %s</h2>\n<p>", report_result_passes(r, res) ? "passed" : "failed");
	sb_printf(sb, "%u store%s, %u flow%s, %u replica and backup transfer%s; as of ",
		  pl->nstores, pl->nstores == 1 ? "" : "s", pl->nflows, pl->nflows == 1 ? "" : "s",
		  h->nimpl, h->nimpl == 1 ? "" : "s");
	put_date(sb, res->date);
	sb_puts(sb, ". ");
	report_summary(sb, r, res->counts, res->nwaived, res->nfacts, 1);
	sb_puts(sb, ".</p>\n<div class=\"body\">\n");
	write_map(r, h, index + 1);
	findings(r, h);
	sb_puts(sb, "</div>\n</section>\n");
}

static void html_end(struct report *r)
{
	struct html *h = r->priv;
	struct strbuf *sb = &r->ob;
	model_free(h);
	xfree(h);
	r->priv = NULL;
	sb_puts(sb, "<footer>Made by residency " RSD_VERSION ". Reference material, not legal advice. "
		"The map: Natural Earth 1:110m countries (public domain), equirectangular; "
		"a country is shaded by the worst verdict of the stores in it and the transfers into it.</footer>\n"
		"<script>");
	sb_puts(sb, script);
	sb_puts(sb, "</script>\n</body>\n</html>\n");
}

const struct report_ops report_html_ops = {
	.name = "html",
	.begin = html_begin,
	.plan = html_plan,
	.end = html_end,
};
