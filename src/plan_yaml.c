/*
** plan_yaml.c — YAML plans (TOOL.md §1).  One pass over libyaml's event
** stream builds a struct rsd_plan directly: every key is checked against the
** schema tables below, every name resolved against the compiled policy, and
** every entry keeps its line and column.  There is no document tree and no
** second parse (docs/plans.md explains why); hands the plan to the evaluator,
** or NULL with the errors queued on the diags.
*/
#include "plan.h"

#include <math.h>
#include <sys/mman.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "country.h"
#include "diag.h"
#include "util.h"

/* Limits (docs/plans.md): plans are untrusted input. */
#define YP_MAX_DEPTH 64	/* nested mappings / sequences */
#define YP_MAX_SCALAR ((size_t)1 << 20)	/* bytes in one scalar */

/* ---------------------------------------------------------------- schema */

enum key {
	K_PLAN, K_AS_OF, K_STORES, K_FLOWS, K_WAIVERS,
	K_NAME, K_LOCATION, K_LOCATIONS, K_REPLICAS, K_BACKUPS, K_ORIGIN,
	K_CLASSES, K_ENC_AT_REST, K_ENC_IN_TRANSIT, K_PSEUDONYMIZED,
	K_ANONYMIZED, K_KEY_LOCATION, K_SUBJECTS, K_MECHANISMS, K_ATTRS,
	K_FROM, K_TO, K_RULE, K_TARGET, K_REASON, K_EXPIRES, K_APPROVED_BY,
	K_TYPE, K_REFERENCE, K_SUBPROCESSORS,
	K_COUNT
};

static const char *const key_names[K_COUNT] = {
	"plan", "as_of", "stores", "flows", "waivers",
	"name", "location", "locations", "replicas", "backups", "origin",
	"classes", "encrypted_at_rest", "encrypted_in_transit", "pseudonymized",
	"anonymized", "key_location", "subjects", "mechanisms", "attrs",
	"from", "to", "rule", "target", "reason", "expires", "approved_by",
	"type", "reference", "subprocessors",
};

#define KB(k) ((uint64_t)1 << (k))

/*
** The keys one kind of mapping accepts.
** @what: the mapping's name in messages ("store")
** @allowed: every key it accepts
** @required: keys that must be given (with a non-null value)
** @one_of: keys of which exactly one must be given (store locations)
*/
struct schema {
	const char *what;
	uint64_t allowed, required, one_of;
};

static const struct schema sch_top = {
	"plan", KB(K_PLAN) | KB(K_AS_OF) | KB(K_STORES) | KB(K_FLOWS) | KB(K_WAIVERS), 0, 0,
};
static const struct schema sch_store = {
	"store",
	KB(K_NAME) | KB(K_LOCATION) | KB(K_LOCATIONS) | KB(K_REPLICAS) | KB(K_BACKUPS) |
		KB(K_ORIGIN) | KB(K_CLASSES) | KB(K_ENC_AT_REST) | KB(K_ENC_IN_TRANSIT) |
		KB(K_PSEUDONYMIZED) | KB(K_ANONYMIZED) | KB(K_KEY_LOCATION) |
		KB(K_SUBJECTS) | KB(K_MECHANISMS) | KB(K_ATTRS) | KB(K_SUBPROCESSORS),
	KB(K_NAME) | KB(K_CLASSES),
	KB(K_LOCATION) | KB(K_LOCATIONS),
};
/* a sub-processor of a store: an onward transfer (docs/plans.md) */
static const struct schema sch_sub = {
	"subprocessor",
	KB(K_NAME) | KB(K_LOCATION) | KB(K_CLASSES) | KB(K_MECHANISMS),
	KB(K_NAME) | KB(K_LOCATION),
	0,
};
static const struct schema sch_flow = {
	"flow",
	KB(K_NAME) | KB(K_FROM) | KB(K_TO) | KB(K_CLASSES) | KB(K_MECHANISMS) |
		KB(K_ENC_IN_TRANSIT) | KB(K_PSEUDONYMIZED) | KB(K_ANONYMIZED) |
		KB(K_SUBJECTS) | KB(K_ATTRS) | KB(K_SUBPROCESSORS),
	KB(K_NAME) | KB(K_FROM) | KB(K_TO) | KB(K_CLASSES),
	0,
};
static const struct schema sch_waiver = {
	"waiver",
	KB(K_RULE) | KB(K_TARGET) | KB(K_REASON) | KB(K_EXPIRES) | KB(K_APPROVED_BY),
	KB(K_RULE) | KB(K_TARGET) | KB(K_REASON) | KB(K_EXPIRES),
	0,
};
static const struct schema sch_mech = {
	"mechanism", KB(K_TYPE) | KB(K_EXPIRES) | KB(K_REFERENCE), KB(K_TYPE), 0,
};

/* ---------------------------------------------------------------- state */

/* A store or flow name seen so far (duplicates, flow endpoints): 16 bytes,
   so that a large plan's table stays small; where the name was written
   (for the note of a duplicate) is kept per entry in name_tab.at. */
struct name_ent {
	const char *name;	/* NULL: empty slot */
	int32_t idx;
	uint32_t hash;	/* str_hash(name): probes compare it before the names */
};

struct name_at {
	struct plan_pos pos;
	uint32_t span;
};

struct name_tab {
	struct name_ent *v;
	uint32_t cap, n;	/* cap: a power of two */
	struct name_at *at;	/* by entry index: where its name was written */
	size_t capat;
};

/*
** A flow's name, for the duplicate check at the end of the plan
** (yp_flow_dups): flow names are never looked up while loading, so
** instead of a hash table written at random (and grown by rehashing:
** 40 bytes a flow at the peak, a cache miss per flow) they are appended
** here and sorted once.
*/
struct flow_name {
	uint32_t hash, idx;
};

/* A flow endpoint, resolved once every store is known. */
struct pend_ep {
	uint32_t flow;
	bool to;
	bool quiet;	/* a copy for a sub-processor's flow: the original reports */
	const char *name;
	struct plan_pos pos;
	uint32_t span;
};

/* A sub-processor of the store being read: a flow once the store is complete. */
struct pend_sub {
	const char *name;
	struct plan_pos pos, name_pos, classes_pos;
	uint32_t name_span;
	struct place place;
	bool has_place, has_classes;
	struct bits classes;
	struct plan_mech *mechs;
	uint32_t nmechs;
};

struct attr_pos {
	struct pol_attr a;
	struct plan_pos pos;
	uint32_t span;
	uint32_t order;
};

/*
** @text, @len: the file as registered with the diags (BOM included)
** @bom: bytes of a UTF-8 byte-order mark not handed to libyaml
** @ascii: no byte >= 0x80 after the BOM: libyaml's columns are byte columns
** @bad: the current event was already reported (alias, limit): consumers
**   skip it silently
** @str_tag: the current scalar carries an explicit !!str tag (read as quoted)
** @cline, @cchar, @cbyte, @cstart: column cache for non-ASCII files
** @sp, @sm, @sa: scratch arrays reused by every list (no per-entry malloc)
*/
struct yp {
	yaml_parser_t parser;
	yaml_event_t ev;
	bool have_ev, bad, str_tag, stop, failed, ascii;
	bool stores_done;	/* the plan's stores list was read: endpoints resolve at once */
	int depth;
	const struct rsd_policy *pol;
	struct rsd_plan *pl;
	struct rsd_diags *d;
	const struct src_file *file;
	const char *text;
	size_t len, bom;
	size_t cline, cchar, cbyte, cstart;
	bool cvalid;
	struct plan_placeref *sp;
	size_t nsp, capsp;
	struct plan_mech *sm;
	size_t nsm, capsm;
	struct attr_pos *sa;
	size_t nsa, capsa;
	const char **cands;
	size_t capcands;
	struct name_tab stores;
	struct flow_name *fnames;	/* yp_flow_dups */
	size_t nfnames, capfnames;
	struct name_at *fat;	/* by flow index: where its name was written */
	size_t capfat;
	struct pend_ep *eps;
	size_t neps, capeps;
	struct pend_sub *subs;	/* of the store being read */
	size_t nsubs, capsubs;
	char show[3][200];
	unsigned nshow;
	size_t maplen;	/* text is a file mapping (map_file): its length; 0: read */
	size_t released;	/* the mapping's first bytes given back (yp_release) */
};

/*
** One mapping being read.
** @seen: keys given (duplicates); @kpos: where each was given
** @pos: the mapping's first event (the entry's position)
*/
struct entry {
	const struct schema *sch;
	uint64_t seen;
	struct plan_pos kpos[K_COUNT];
	struct plan_pos pos;
	uint32_t idx;
	const char *name;
	struct plan_pos name_pos;
	uint32_t name_span;
	struct plan_mech mech;
};

/* ---------------------------------------------------------------- positions */

/*
** 1-based byte column of libyaml's (0-based, character-counting) mark.
** Non-ASCII files walk the line from a cached point, so a long line costs
** linear time overall: start marks arrive in order and move the cache (keep);
** end marks (caret spans) are computed from it without moving it, because
** the same start is often asked for again.
*/
static uint32_t yp_col_walk(struct yp *y, size_t line, size_t col, bool keep, size_t skip);

static inline uint32_t yp_col(struct yp *y, size_t line, size_t col, bool keep)
{
	size_t skip = line == 0 ? y->bom : 0;
	if (y->ascii)	/* libyaml's character columns are byte columns */
		return (uint32_t)(skip + col + 1);
	return yp_col_walk(y, line, col, keep, skip);
}

static uint32_t yp_col_walk(struct yp *y, size_t line, size_t col, bool keep, size_t skip)
{
	size_t b, c, start;
	if (y->cvalid && y->cline == line && y->cchar <= col) {
		b = y->cbyte;
		c = y->cchar;
		start = y->cstart;
	} else {
		size_t n;
		const char *ls = src_line(y->file, (uint32_t)line + 1, &n);
		if (ls < y->text || ls > y->text + y->len)
			return (uint32_t)(col + 1);
		start = (size_t)(ls - y->text);
		b = start + skip;
		c = 0;
	}
	const unsigned char *t = (const unsigned char *)y->text;
	while (c < col && b < y->len) {
		unsigned char ch = t[b];
		b += ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
		c++;
	}
	if (b > y->len)
		b = y->len;
	if (!keep)
		return (uint32_t)(b - start + 1);
	y->cvalid = true;
	y->cline = line;
	y->cchar = c;
	y->cbyte = b;
	y->cstart = start;
	return (uint32_t)(b - start + 1);
}

static inline struct plan_pos yp_pos(struct yp *y, yaml_mark_t m)
{
	struct plan_pos p = {(uint32_t)m.line + 1, yp_col(y, m.line, m.column, true)};
	return p;
}

static inline struct plan_pos yp_here(struct yp *y)
{
	return yp_pos(y, y->ev.start_mark);
}

/* Columns under the caret for the current event: a one-line scalar's width. */
static inline uint32_t yp_span(struct yp *y)
{
	if (y->ev.type != YAML_SCALAR_EVENT || y->ev.start_mark.line != y->ev.end_mark.line)
		return 1;
	if (y->ascii) {
		size_t a = y->ev.start_mark.column, b = y->ev.end_mark.column;
		return b > a ? (uint32_t)(b - a) : 1;
	}
	uint32_t a = yp_col(y, y->ev.start_mark.line, y->ev.start_mark.column, true);
	uint32_t b = yp_col(y, y->ev.end_mark.line, y->ev.end_mark.column, false);
	return b > a ? b - a : 1;
}

/* ---------------------------------------------------------------- errors */

static void yp_verr(struct yp *y, enum diag_severity sev, struct plan_pos p, uint32_t span,
		    const char *fmt, va_list ap)
{
	struct src_loc loc = {y->file, p.line, p.col, span};
	diag_vadd(y->d, sev, &loc, fmt, ap);
	if (sev == DIAG_ERROR) {
		y->failed = true;
		if (diag_full(y->d))
			y->stop = true;
	}
}

__attribute__((format(printf, 4, 5)))
static void yp_err(struct yp *y, struct plan_pos p, uint32_t span, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	yp_verr(y, DIAG_ERROR, p, span, fmt, ap);
	va_end(ap);
}

__attribute__((format(printf, 4, 5)))
static void yp_note(struct yp *y, struct plan_pos p, uint32_t span, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	yp_verr(y, DIAG_NOTE, p, span, fmt, ap);
	va_end(ap);
}

/* An error at the current event. */
__attribute__((format(printf, 2, 3)))
static void yp_err_ev(struct yp *y, const char *fmt, ...)
{
	struct plan_pos p = yp_here(y);
	uint32_t span = yp_span(y);
	va_list ap;
	va_start(ap, fmt);
	yp_verr(y, DIAG_ERROR, p, span, fmt, ap);
	va_end(ap);
}

/*
** A user's value, made safe to quote in a message: control bytes escaped,
** cut after 60 bytes (at a character boundary).  Three buffers rotate, so
** one message may show a value and a did-you-mean hint.
*/
static const char *yp_show(struct yp *y, const char *s, size_t n)
{
	char *out = y->show[y->nshow++ % 3];
	size_t o = 0, i = 0;
	for (; i < n && o < 60; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(out + o, 8, "\\x%02X", c);
		else
			out[o++] = (char)c;
	}
	if (i < n) {
		while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80)
			o--;	/* drop a cut multi-byte tail */
		if (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0xC0)
			o--;
		memcpy(out + o, "...", 4);
	} else {
		out[o] = '\0';
	}
	return out;
}

/* The current scalar's text, shown safely. */
static const char *yp_show_ev(struct yp *y)
{
	return yp_show(y, (const char *)y->ev.data.scalar.value, y->ev.data.scalar.length);
}

static void yp_syntax_error(struct yp *y)
{
	yaml_parser_t *p = &y->parser;
	const char *problem = p->problem ? p->problem : "unknown error";
	if (p->error == YAML_MEMORY_ERROR) {
		fputs("residency: error: out of memory\n", stderr);
		exit(RSD_EXIT_OOM);
	}
	if (p->error == YAML_READER_ERROR) {
		struct src_loc l = src_loc_at(y->file, y->bom + p->problem_offset, 1);
		struct plan_pos pos = {l.line, l.col};
		if (strstr(problem, "control characters"))
			yp_err(y, pos, 1, "invalid character U+%04X: control characters are not allowed",
			       (unsigned)p->problem_value);
		else
			yp_err(y, pos, 1, "invalid UTF-8: %s", problem);
		return;
	}
	yp_err(y, yp_pos(y, p->problem_mark), 1, "YAML syntax error: %s", problem);
	if (p->context)
		yp_note(y, yp_pos(y, p->context_mark), 1, "%s", p->context);
}

/* ---------------------------------------------------------------- events */

static bool yp_is_null(const struct yp *y)
{
	if (y->ev.type != YAML_SCALAR_EVENT || y->str_tag ||
	    y->ev.data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return false;
	const char *s = (const char *)y->ev.data.scalar.value;
	size_t n = y->ev.data.scalar.length;
	if (n == 0)
		return true;
	if (n == 1)
		return s[0] == '~';
	return n == 4 && (s[0] == 'n' || s[0] == 'N') &&
	       (memcmp(s, "null", 5) == 0 || memcmp(s, "Null", 5) == 0 || memcmp(s, "NULL", 5) == 0);
}

static bool yp_plain(const struct yp *y)
{
	return !y->str_tag && y->ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
}

/* Bytes of a word below 0x20, equal to 0x7f or to 0xC2 (a C1 control's
   lead byte): nonzero when some byte of x may need a closer look. */
static inline uint64_t yp_suspect(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	uint64_t lt20 = (x - ones * 0x20) & ~x & high;
	uint64_t d7f = x ^ (ones * 0x7f), dc2 = x ^ (ones * 0xC2);
	uint64_t eq7f = (d7f - ones) & ~d7f & high;
	uint64_t eqc2 = (dc2 - ones) & ~dc2 & high;
	return lt20 | eq7f | eqc2;
}

/* Reject control characters (and C1 controls) produced by escapes. */
static bool yp_scalar_clean(const unsigned char *s, size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {	/* skip clean words */
		uint64_t x;
		memcpy(&x, s + i, 8);
		if (yp_suspect(x))
			break;
	}
	for (; i < n; i++) {
		unsigned char c = s[i];
		if (c < 0x20) {
			if (c != '\t' && c != '\n')
				return false;
		} else if (c == 0x7f || (c == 0xC2 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)) {
			return false;
		}
	}
	return true;
}

/*
** A mapped plan (map_file) need not stay resident: the pages the parser has
** left behind, up to keep bytes before its position, are given back
** (MADV_DONTNEED on a private read-only file mapping drops only the page
** table entries; a later read, such as an error's source line, maps the
** same bytes again from the page cache).  So a large plan's text costs
** little of the peak memory, which the plan being built takes instead.
*/
#define YP_RELEASE_STEP ((size_t)1 << 20)
static void yp_release(struct yp *y, size_t keep)
{
	if (!y->maplen)
		return;
	size_t upto = keep == 0 ? y->maplen : y->parser.offset + y->bom > keep ? y->parser.offset + y->bom - keep : 0;
	upto &= ~(size_t)0xFFFFF;	/* whole MiBs: page-aligned */
	if (upto > y->released) {
		madvise((char *)y->text + y->released, upto - y->released, MADV_DONTNEED);
		y->released = keep == 0 ? 0 : upto;
	}
}

/*
** Advance to the next event.  Checks what no consumer should see: aliases,
** anchors, tags, nesting and scalar limits.  false: stop (a syntax error, a
** limit, or the diags are full); the error is queued.
*/
static bool yp_next(struct yp *y)
{
	if (y->have_ev) {
		yaml_event_delete(&y->ev);
		y->have_ev = false;
	}
	if (y->stop)
		return false;
	if (y->maplen && y->parser.offset + y->bom >= y->released + 2 * YP_RELEASE_STEP)
		yp_release(y, YP_RELEASE_STEP);
	if (!yaml_parser_parse(&y->parser, &y->ev)) {
		yp_syntax_error(y);
		y->stop = true;
		return false;
	}
	y->have_ev = true;
	y->bad = y->str_tag = false;
	const unsigned char *anchor = NULL, *tag = NULL;
	switch (y->ev.type) {
	case YAML_ALIAS_EVENT:
		yp_err_ev(y, "YAML aliases are not allowed in plans");
		y->bad = true;
		break;
	case YAML_SCALAR_EVENT:
		anchor = y->ev.data.scalar.anchor;
		tag = y->ev.data.scalar.tag;
		if (y->ev.data.scalar.length > YP_MAX_SCALAR) {
			yp_err(y, yp_here(y), 1, "value too long: %zu bytes (the limit is 1 MiB)",
			       y->ev.data.scalar.length);
			y->bad = true;
		} else if (y->ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
			   !yp_scalar_clean(y->ev.data.scalar.value, y->ev.data.scalar.length)) {
			/* only escapes make control characters: libyaml's reader
			   rejects them in the text (and yp_prescan lone CRs and NEL) */
			yp_err_ev(y, "control characters are not allowed in plan values");
			y->bad = true;
		}
		if (tag && strcmp((const char *)tag, YAML_STR_TAG) == 0) {
			y->str_tag = true;
			tag = NULL;
		}
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (y->ev.type == YAML_SEQUENCE_START_EVENT) {
			anchor = y->ev.data.sequence_start.anchor;
			tag = y->ev.data.sequence_start.tag;
		} else {
			anchor = y->ev.data.mapping_start.anchor;
			tag = y->ev.data.mapping_start.tag;
		}
		if (++y->depth > YP_MAX_DEPTH) {
			yp_err_ev(y, "nesting too deep: more than %d levels", YP_MAX_DEPTH);
			y->stop = true;
			return false;
		}
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		y->depth--;
		break;
	default:
		break;
	}
	if (anchor)
		yp_err(y, yp_here(y), 1, "YAML anchors are not allowed in plans: '&%s'",
		       yp_show(y, (const char *)anchor, strlen((const char *)anchor)));
	if (tag)
		yp_err(y, yp_here(y), 1, "YAML tags are not allowed in plans: '%s'",
		       yp_show(y, (const char *)tag, strlen((const char *)tag)));
	return !y->stop;
}

/* Consume the node that starts at the current event (it ends current). */
static bool yp_skip(struct yp *y)
{
	if (y->ev.type != YAML_SEQUENCE_START_EVENT && y->ev.type != YAML_MAPPING_START_EVENT)
		return !y->stop;
	int base = y->depth - 1;
	while (y->depth > base)
		if (!yp_next(y))
			return false;
	return true;
}

/*
** The current event as a non-null scalar; otherwise report "expected
** <what>" (unless already reported), consume the node and return false.
*/
static bool yp_want_scalar(struct yp *y, const char *what)
{
	if (y->ev.type == YAML_SCALAR_EVENT && !y->bad && !yp_is_null(y))
		return true;
	if (!y->bad)
		yp_err_ev(y, "expected %s", what);
	yp_skip(y);
	return false;
}

static const char *yp_sv(const struct yp *y)
{
	return (const char *)y->ev.data.scalar.value;
}

/* ---------------------------------------------------------------- did you mean */

static const char **yp_cands(struct yp *y, size_t n)
{
	y->cands = xgrow(y->cands, &y->capcands, n + 1, sizeof *y->cands);
	return y->cands;
}

/* "; did you mean 'x'?" or "" */
static const char *yp_hint(struct yp *y, const char *word, const char *const *cands, size_t n)
{
	const char *s = str_suggest(word, cands, n);
	if (!s)
		return "";
	const char *shown = yp_show(y, s, strlen(s));
	char *out = y->show[y->nshow++ % 3];
	snprintf(out, sizeof y->show[0], "; did you mean '%s'?", shown);
	return out;
}

/* Places to suggest for word: locations; country codes only for short
   words ("de" -> "DE"), so "mars" is not answered with "AR". */
static size_t yp_add_places(struct yp *y, const char *word, const char **c, size_t n)
{
	for (uint32_t i = 0; i < y->pol->nlocations; i++)
		c[n++] = y->pol->locations[i].name;
	if (strlen(word) <= 3)
		for (int i = 0; i < COUNTRY_COUNT; i++)
			c[n++] = country_code(i);
	return n;
}

/* ---------------------------------------------------------------- values */

/* Non-null string: copied into the plan's arena. */
static bool yp_str_in(struct yp *y, struct arena *a, const char **out)
{
	if (!yp_want_scalar(y, "a string"))
		return false;
	*out = arena_strndup(a, yp_sv(y), y->ev.data.scalar.length);
	return true;
}

static bool yp_str(struct yp *y, const char **out)
{
	return yp_str_in(y, &y->pl->arena, out);
}

static bool yp_blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n')
			return false;
	return true;
}

/* A string that must hold something other than blanks. */
static bool yp_nonempty_str_in(struct yp *y, struct arena *a, enum key k, const char **out)
{
	struct plan_pos p = yp_here(y);
	uint32_t span = yp_span(y);
	if (!yp_str_in(y, a, out))
		return false;
	if (yp_blank(*out)) {
		yp_err(y, p, span, "'%s' must not be empty", key_names[k]);
		*out = NULL;
		return false;
	}
	return true;
}

static bool yp_nonempty_str(struct yp *y, enum key k, const char **out)
{
	return yp_nonempty_str_in(y, &y->pl->arena, k, out);
}

static bool yp_bool(struct yp *y, bool *out)
{
	if (y->ev.type == YAML_SCALAR_EVENT && !y->bad && yp_plain(y)) {
		const char *s = yp_sv(y);
		if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE")) {
			*out = true;
			return true;
		}
		if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE")) {
			*out = false;
			return true;
		}
	}
	if (!y->bad)
		yp_err_ev(y, "expected true or false");
	yp_skip(y);
	return false;
}

static bool yp_date(struct yp *y, rdate *out)
{
	if (!yp_want_scalar(y, "a date (YYYY-MM-DD)"))
		return false;
	if (!date_parse(yp_sv(y), y->ev.data.scalar.length, out)) {
		yp_err_ev(y, "invalid date '%s' (expected YYYY-MM-DD)", yp_show_ev(y));
		return false;
	}
	return true;
}

/*
** Classify a plain scalar as a YAML number (decimal only):
** 0 not a number, 1 integer, 2 float.
*/
static int yp_num_kind(const char *s, size_t n)
{
	size_t i = 0, digits = 0;
	int kind = 1;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < n && s[i] == '.') {
		kind = 2;
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (!digits)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		kind = 2;
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		size_t ed = 0;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, ed++;
		if (!ed)
			return 0;
	}
	return i == n ? kind : 0;
}

/* An integer literal (sign, digits) beyond 2^53 in magnitude?  Decided on the
   digits: strtod would round 2^53 + 1 down to 2^53. */
static bool yp_int_too_big(const char *s, size_t n)
{
	if (n && (s[0] == '+' || s[0] == '-'))
		s++, n--;
	while (n > 1 && s[0] == '0')
		s++, n--;
	return n > 16 || (n == 16 && memcmp(s, "9007199254740992", 16) > 0);
}

/* subjects: an integer 0 .. 2^53 */
static bool yp_count(struct yp *y, double *out)
{
	if (!yp_want_scalar(y, "an integer"))
		return false;
	const char *s = yp_sv(y);
	if (!yp_plain(y)) {
		yp_err_ev(y, "expected an integer, not a quoted string");
		return false;
	}
	if (yp_num_kind(s, y->ev.data.scalar.length) != 1) {
		yp_err_ev(y, "expected an integer, not '%s'", yp_show_ev(y));
		return false;
	}
	double v = strtod(s, NULL);
	if ((s[0] == '-' && v != 0) || yp_int_too_big(s, y->ev.data.scalar.length)) {
		yp_err_ev(y, "number out of range: '%s' (expected 0 to 9007199254740992)",
			  yp_show_ev(y));
		return false;
	}
	*out = v;
	return true;
}

/* Resolve the current scalar as a place, reporting unknown names. */
static bool yp_place_here(struct yp *y, struct place *out)
{
	if (!yp_want_scalar(y, "a location or country code"))
		return false;
	const char *s = yp_sv(y);
	if (place_resolve(y->pol, s, out))
		return true;
	const char **c = yp_cands(y, y->pol->nlocations + COUNTRY_COUNT);
	size_t n = yp_add_places(y, s, c, 0);
	yp_err_ev(y, "unknown location '%s'%s", yp_show_ev(y), yp_hint(y, s, c, n));
	return false;
}

/*
** A list of places into the scratch array y->sp (positions kept).
** @what: "locations" etc. for the empty-list message (NULL: may be empty)
** Returns false when the value was not a list or an entry was bad.
*/
static bool yp_place_list(struct yp *y, const char *empty_key)
{
	y->nsp = 0;
	struct plan_pos start = yp_here(y);
	if (y->ev.type != YAML_SEQUENCE_START_EVENT) {
		if (!y->bad)
			yp_err_ev(y, "expected a list of locations or country codes");
		yp_skip(y);
		return false;
	}
	bool ok = true;
	for (;;) {
		if (!yp_next(y))
			return false;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		struct plan_placeref r;
		r.pos = yp_here(y);
		if (yp_place_here(y, &r.place))
			*VEC_PUSH(y->sp, y->nsp, y->capsp) = r;
		else
			ok = false;
	}
	if (ok && empty_key && y->nsp == 0) {
		yp_err(y, start, 1, "'%s' must list at least one place", empty_key);
		return false;
	}
	return ok;
}

static struct place *yp_places_copy(struct yp *y)
{
	struct place *v = arena_alloc(&y->pl->arena, (y->nsp ? y->nsp : 1) * sizeof *v);
	for (size_t i = 0; i < y->nsp; i++)
		v[i] = y->sp[i].place;
	return v;
}

static bool yp_classes(struct yp *y, struct bits *out)
{
	struct plan_pos start = yp_here(y);
	if (y->ev.type != YAML_SEQUENCE_START_EVENT) {
		if (!y->bad)
			yp_err_ev(y, "expected a list of class names");
		yp_skip(y);
		return false;
	}
	bool ok = true, any = false;
	for (;;) {
		if (!yp_next(y))
			return false;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if (!yp_want_scalar(y, "a class name")) {
			ok = false;
			continue;
		}
		any = true;
		int c = policy_find_class(y->pol, yp_sv(y));
		if (c >= 0) {
			bits_set(out, (unsigned)c);
			continue;
		}
		const char **cv = yp_cands(y, y->pol->nclasses);
		for (uint32_t i = 0; i < y->pol->nclasses; i++)
			cv[i] = y->pol->classes[i].name;
		yp_err_ev(y, "unknown class '%s'%s", yp_show_ev(y),
			  yp_hint(y, yp_sv(y), cv, y->pol->nclasses));
		ok = false;
	}
	if (ok && !any) {
		yp_err(y, start, 1, "'classes' must list at least one class");
		return false;
	}
	return ok;
}

/* The current scalar as a mechanism name. */
static bool yp_mech_name(struct yp *y, int32_t *out)
{
	if (!yp_want_scalar(y, "a mechanism name"))
		return false;
	int m = policy_find_mech(y->pol, yp_sv(y));
	if (m >= 0) {
		*out = m;
		return true;
	}
	const char **cv = yp_cands(y, y->pol->nmechs);
	for (uint32_t i = 0; i < y->pol->nmechs; i++)
		cv[i] = y->pol->mechs[i].name;
	yp_err_ev(y, "unknown mechanism '%s'%s", yp_show_ev(y),
		  yp_hint(y, yp_sv(y), cv, y->pol->nmechs));
	return false;
}

/* ---------------------------------------------------------------- mappings */

typedef bool (*key_fn)(struct yp *y, struct entry *e, enum key k);

static void entry_init(struct yp *y, struct entry *e, const struct schema *sch)
{
	memset(e, 0, sizeof *e);
	e->sch = sch;
	e->pos = yp_here(y);
}

/* The keys by length, each as key + 1 (0 ends a list): a key is found by
   comparing the bytes of at most 5 names. */
static const unsigned char key_by_len[21][6] = {
	[2] = { K_TO + 1 },
	[4] = { K_PLAN + 1, K_NAME + 1, K_FROM + 1, K_RULE + 1, K_TYPE + 1 },
	[5] = { K_AS_OF + 1, K_FLOWS + 1, K_ATTRS + 1 },
	[6] = { K_STORES + 1, K_ORIGIN + 1, K_TARGET + 1, K_REASON + 1 },
	[7] = { K_WAIVERS + 1, K_BACKUPS + 1, K_CLASSES + 1, K_EXPIRES + 1 },
	[8] = { K_LOCATION + 1, K_REPLICAS + 1, K_SUBJECTS + 1 },
	[9] = { K_LOCATIONS + 1, K_REFERENCE + 1 },
	[10] = { K_ANONYMIZED + 1, K_MECHANISMS + 1 },
	[11] = { K_APPROVED_BY + 1 },
	[12] = { K_KEY_LOCATION + 1 },
	[13] = { K_PSEUDONYMIZED + 1, K_SUBPROCESSORS + 1 },
	[17] = { K_ENC_AT_REST + 1 },
	[20] = { K_ENC_IN_TRANSIT + 1 },
};

/* Index of key s (n bytes) among the schema's keys, or -1. */
static int yp_key_find(const struct schema *sch, const char *s, size_t n)
{
	if (n == 0 || n >= sizeof key_by_len / sizeof key_by_len[0])
		return -1;
	const unsigned char *c = key_by_len[n];
	for (int j = 0; c[j]; j++) {
		int k = c[j] - 1;
		if (key_names[k][0] == s[0] && memcmp(key_names[k], s, n) == 0)
			return (sch->allowed & KB(k)) ? k : -1;
	}
	return -1;
}

/*
** Walk the mapping that starts at the current event: each key is checked
** (a scalar, known to e->sch, not given twice); a null value for an optional
** key counts as absent; otherwise fn consumes the value.
*/
static bool yp_map(struct yp *y, struct entry *e, key_fn fn)
{
	for (;;) {
		if (!yp_next(y))
			return false;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			return true;
		if (y->ev.type != YAML_SCALAR_EVENT || y->bad) {
			if (!y->bad)
				yp_err_ev(y, "expected a key (a name such as 'name')");
			if (!yp_skip(y) || !yp_next(y) || !yp_skip(y))
				return false;
			continue;
		}
		struct plan_pos kp = yp_here(y);
		uint32_t kspan = yp_span(y);
		int k = yp_key_find(e->sch, yp_sv(y), y->ev.data.scalar.length);
		if (k < 0) {
			const char *c[K_COUNT];
			size_t n = 0;
			for (int i = 0; i < K_COUNT; i++)
				if (e->sch->allowed & KB(i))
					c[n++] = key_names[i];
			yp_err(y, kp, kspan, "unknown key '%s' in %s%s", yp_show_ev(y), e->sch->what,
			       yp_hint(y, yp_sv(y), c, n));
			if (!yp_next(y) || !yp_skip(y))
				return false;
			continue;
		}
		if (e->seen & KB(k)) {
			yp_err(y, kp, kspan, "duplicate key '%s' in %s", key_names[k], e->sch->what);
			yp_note(y, e->kpos[k], (uint32_t)strlen(key_names[k]), "first given here");
			if (!yp_next(y) || !yp_skip(y))
				return false;
			continue;
		}
		e->seen |= KB(k);
		e->kpos[k] = kp;
		if (!yp_next(y))
			return false;
		if (yp_is_null(y)) {
			if ((e->sch->required | e->sch->one_of) & KB(k))
				yp_err(y, kp, kspan, "missing value for '%s'", key_names[k]);
			continue;
		}
		if (!fn(y, e, k))
			return false;
	}
}

/* After a mapping: report required keys that were not given. */
static void yp_required(struct yp *y, struct entry *e)
{
	const char *what = e->sch->what;
	char named[200] = "";
	uint64_t missing = e->sch->required & ~e->seen;
	if (!missing && (!e->sch->one_of || (e->seen & e->sch->one_of)))
		return;
	if (e->name)
		snprintf(named, sizeof named, " '%s'", yp_show(y, e->name, strlen(e->name)));
	for (int k = 0; k < K_COUNT; k++)
		if ((e->sch->required & KB(k)) && !(e->seen & KB(k)))
			yp_err(y, e->pos, 1, "missing required key '%s' in %s%s", key_names[k], what, named);
	if (e->sch->one_of && !(e->seen & e->sch->one_of))
		yp_err(y, e->pos, 1, "missing required key 'location' or 'locations' in %s%s", what, named);
}

/* Read a name value (into arena a): kept in the entry with its position. */
static bool yp_entry_name_in(struct yp *y, struct arena *a, struct entry *e, const char **out)
{
	e->name_pos = yp_here(y);
	e->name_span = yp_span(y);
	if (!yp_nonempty_str_in(y, a, K_NAME, out))
		return false;
	e->name = *out;
	return true;
}

static bool yp_entry_name(struct yp *y, struct entry *e, const char **out)
{
	return yp_entry_name_in(y, &y->pl->arena, e, out);
}

static struct name_ent *tab_slot_h(struct name_tab *t, const char *name, uint32_t hash)
{
	uint32_t h = hash & (t->cap - 1);
	while (t->v[h].name && (t->v[h].hash != hash || strcmp(t->v[h].name, name) != 0))
		h = (h + 1) & (t->cap - 1);
	return &t->v[h];
}

static struct name_ent *tab_slot(struct name_tab *t, const char *name)
{
	return tab_slot_h(t, name, str_hash(name));
}

static const struct name_ent *tab_find(const struct name_tab *t, const char *name)
{
	if (!t->cap)
		return NULL;
	struct name_ent *s = tab_slot((struct name_tab *)t, name);
	return s->name ? s : NULL;
}

/* Record a store or flow name; a second one is an error with a note at the first. */
static void yp_register(struct yp *y, struct name_tab *t, const char *what, struct entry *e)
{
	if (t->n * 2 + 2 > t->cap) {
		struct name_tab nt = {NULL, t->cap ? t->cap * 2 : 64, t->n, t->at, t->capat};
		nt.v = xcalloc(nt.cap, sizeof *nt.v);
		for (uint32_t i = 0; i < t->cap; i++)
			if (t->v[i].name) {	/* names are distinct: the first free slot */
				uint32_t h = t->v[i].hash & (nt.cap - 1);
				while (nt.v[h].name)
					h = (h + 1) & (nt.cap - 1);
				nt.v[h] = t->v[i];
			}
		xfree(t->v);
		*t = nt;
	}
	uint32_t hash = str_hash(e->name);
	struct name_ent *s = tab_slot_h(t, e->name, hash);
	if (s->name) {
		const char *shown = yp_show(y, e->name, strlen(e->name));
		yp_err(y, e->name_pos, e->name_span, "duplicate %s name '%s'", what, shown);
		yp_note(y, t->at[s->idx].pos, t->at[s->idx].span, "'%s' first declared here", shown);
		return;
	}
	s->name = e->name;
	s->hash = hash;
	s->idx = (int32_t)e->idx;
	t->at = xgrow(t->at, &t->capat, (size_t)e->idx + 1, sizeof *t->at);
	t->at[e->idx] = (struct name_at){ e->name_pos, e->name_span };
	t->n++;
}

/* ---------------------------------------------------------------- lists */

static bool yp_mech_key(struct yp *y, struct entry *e, enum key k)
{
	switch (k) {
	case K_TYPE:
		yp_mech_name(y, &e->mech.mech);
		break;
	case K_EXPIRES:
		yp_date(y, &e->mech.expires);
		break;
	case K_REFERENCE:
		yp_str(y, &e->mech.reference);
		break;
	default:
		yp_skip(y);
		break;
	}
	return !y->stop;
}

/*
** mechanisms: a list of {type, expires, reference} mappings; a bare name
** stands for {type: NAME}.  Collected in y->sm.
*/
static bool yp_mechs(struct yp *y)
{
	y->nsm = 0;
	if (y->ev.type != YAML_SEQUENCE_START_EVENT) {
		if (!y->bad)
			yp_err_ev(y, "expected a list of mechanisms");
		yp_skip(y);
		return false;
	}
	bool ok = true;
	for (;;) {
		if (!yp_next(y))
			return false;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		struct plan_mech m = {-1, DATE_MAX, NULL, yp_here(y)};
		if (y->ev.type == YAML_MAPPING_START_EVENT && !y->bad) {
			struct entry e;
			entry_init(y, &e, &sch_mech);
			e.mech = m;
			if (!yp_map(y, &e, yp_mech_key))
				return false;
			yp_required(y, &e);
			m = e.mech;
		} else if (y->ev.type == YAML_SCALAR_EVENT && !y->bad && !yp_is_null(y)) {
			yp_mech_name(y, &m.mech);
		} else {
			if (!y->bad)
				yp_err_ev(y, "expected a mechanism (a mapping with 'type', or a name)");
			if (!yp_skip(y))
				return false;
		}
		if (m.mech >= 0)
			*VEC_PUSH(y->sm, y->nsm, y->capsm) = m;
		else
			ok = false;
	}
	return ok;
}

static int cmp_attr_pos(const void *a, const void *b)
{
	const struct attr_pos *x = a, *z = b;
	int c = strcmp(x->a.name, z->a.name);
	return c ? c : (x->order > z->order) - (x->order < z->order);
}

static int cmp_attr_order(const void *a, const void *b)
{
	const struct attr_pos *x = a, *z = b;
	return (x->order > z->order) - (x->order < z->order);
}

static bool yp_is_word(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(s, *words) == 0)
			return true;
	return false;
}

/*
** A plain scalar that YAML 1.1 or 1.2 reads as a number, but not in the one
** decimal form this loader takes: 0x1F, 0o17, 0b101, 017 (octal in 1.1),
** 1_000, 1:30 (base 60 in 1.1), .inf, -.Inf, .nan.  Read as a string it
** would compare as a string (`retention_days: 1_000` passing a rule
** `not attr retention_days > 30`), so it is refused: fail closed.
*/
static bool yp_other_number(const char *s)
{
	const char *u = s + (s[0] == '+' || s[0] == '-');
	if (u[0] == '0' && strchr("xXoObB", u[1]) && u[1] && u[2])
		return true;
	if (u[0] == '.') {
		static const char *const special[] = {"inf", "Inf", "INF", "nan", "NaN", "NAN", NULL};
		return yp_is_word(u + 1, special);
	}
	if (u[0] < '0' || u[0] > '9')
		return false;
	bool sep = false, digits_only = true;
	for (const char *p = u; *p; p++) {
		if (*p == '_' || *p == ':')
			sep = true;
		else if (*p != '.' && (*p < '0' || *p > '9'))
			return false;
		if (*p < '0' || *p > '9')
			digits_only = false;
	}
	return sep || (digits_only && u[0] == '0' && u[1]);
}

/*
** An attribute value: quoted scalars are strings; plain ones are booleans
** (true/false), decimal numbers, or strings.  YAML 1.1 booleans (yes/no/on/
** off) and numbers in any other form (yp_other_number) are rejected as
** ambiguous.
*/
static bool yp_attr_value(struct yp *y, struct value *v)
{
	if (!yp_want_scalar(y, "a string, number or boolean"))
		return false;
	const char *s = yp_sv(y);
	size_t n = y->ev.data.scalar.length;
	if (!yp_plain(y)) {
		v->kind = VAL_STR;
		v->s = arena_strndup(&y->pl->arena, s, n);
		return true;
	}
	static const char *const yes[] = {"true", "True", "TRUE", NULL};
	static const char *const no[] = {"false", "False", "FALSE", NULL};
	static const char *const ambiguous[] = {
		"yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
		"y", "Y", "n", "N", NULL,
	};
	if (yp_is_word(s, yes) || yp_is_word(s, no)) {
		v->kind = VAL_BOOL;
		v->b = s[0] == 't' || s[0] == 'T';
		return true;
	}
	if (yp_is_word(s, ambiguous)) {
		yp_err_ev(y, "ambiguous value '%s': write true or false, or quote it for a string",
			  yp_show_ev(y));
		return false;
	}
	if (yp_other_number(s)) {
		yp_err_ev(y, "unsupported number '%s': write it in decimal, or quote it for a string",
			  yp_show_ev(y));
		return false;
	}
	int kind = yp_num_kind(s, n);
	if (kind) {
		double d = strtod(s, NULL);
		if (!isfinite(d) || (kind == 1 && yp_int_too_big(s, n))) {
			yp_err_ev(y, "number out of range: '%s'", yp_show_ev(y));
			return false;
		}
		v->kind = VAL_NUM;
		v->n = d;
		return true;
	}
	v->kind = VAL_STR;
	v->s = arena_strndup(&y->pl->arena, s, n);
	return true;
}

/* attrs: a mapping of names to scalars, collected in y->sa. */
static bool yp_attrs(struct yp *y)
{
	y->nsa = 0;
	if (y->ev.type != YAML_MAPPING_START_EVENT) {
		if (!y->bad)
			yp_err_ev(y, "expected a mapping of attributes");
		yp_skip(y);
		return false;
	}
	bool ok = true;
	for (;;) {
		if (!yp_next(y))
			return false;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			break;
		struct attr_pos a = {{NULL, {VAL_NONE, NULL, 0, false}}, yp_here(y), yp_span(y), 0};
		if (yp_want_scalar(y, "an attribute name")) {
			if (yp_blank(yp_sv(y))) {
				yp_err_ev(y, "attribute names must not be empty");
				ok = false;
			} else {
				a.a.name = arena_strndup(&y->pl->arena, yp_sv(y), y->ev.data.scalar.length);
			}
		} else {
			ok = false;
		}
		if (!yp_next(y))
			return false;
		if (!yp_attr_value(y, &a.a.val))
			ok = false;
		else if (a.a.name) {
			a.order = (uint32_t)y->nsa;
			*VEC_PUSH(y->sa, y->nsa, y->capsa) = a;
		}
	}
	if (y->nsa > 1) {
		/* duplicates: sort by name (n log n), report each later one */
		qsort(y->sa, y->nsa, sizeof *y->sa, cmp_attr_pos);
		for (size_t i = 1; i < y->nsa; i++)
			if (strcmp(y->sa[i].a.name, y->sa[i - 1].a.name) == 0) {
				size_t first = i - 1;
				while (first > 0 && strcmp(y->sa[first - 1].a.name, y->sa[i].a.name) == 0)
					first--;
				yp_err(y, y->sa[i].pos, y->sa[i].span, "duplicate attribute '%s'",
				       yp_show(y, y->sa[i].a.name, strlen(y->sa[i].a.name)));
				yp_note(y, y->sa[first].pos, y->sa[first].span, "first given here");
				ok = false;
			}
		qsort(y->sa, y->nsa, sizeof *y->sa, cmp_attr_order);
	}
	return ok;
}

/* A copy of n scratch entries in the plan's arena (at least one slot; the
   scratch array is NULL while nothing was ever pushed to it). */
static void *yp_dup(struct yp *y, const void *v, size_t n, size_t size)
{
	void *r = arena_alloc(&y->pl->arena, (n ? n : 1) * size);
	if (n)
		memcpy(r, v, n * size);
	return r;
}

static void yp_attrs_copy(struct yp *y, struct pol_attr **out, uint32_t *n)
{
	*out = arena_alloc(&y->pl->arena, (y->nsa ? y->nsa : 1) * sizeof **out);
	for (size_t i = 0; i < y->nsa; i++)
		(*out)[i] = y->sa[i].a;
	*n = (uint32_t)y->nsa;
}

static void yp_mechs_copy(struct yp *y, struct plan_mech **out, uint32_t *n)
{
	*out = yp_dup(y, y->sm, y->nsm, sizeof *y->sm);
	*n = (uint32_t)y->nsm;
}

/* ---------------------------------------------------------------- sub-processors */

static bool yp_sub_key(struct yp *y, struct entry *e, enum key k)
{
	struct pend_sub *u = &y->subs[y->nsubs - 1];
	switch (k) {
	case K_NAME:
		if (yp_entry_name(y, e, &u->name)) {
			u->name_pos = e->name_pos;
			u->name_span = e->name_span;
		}
		break;
	case K_LOCATION:
		u->has_place = yp_place_here(y, &u->place);
		break;
	case K_CLASSES:
		u->classes_pos = yp_here(y);
		u->has_classes = yp_classes(y, &u->classes);
		break;
	case K_MECHANISMS:
		if (yp_mechs(y))
			yp_mechs_copy(y, &u->mechs, &u->nmechs);
		break;
	default:
		yp_skip(y);
		break;
	}
	return !y->stop;
}

/* subprocessors: a list of {name, location, classes?, mechanisms?} into y->subs. */
static bool yp_subs(struct yp *y)
{
	if (y->ev.type != YAML_SEQUENCE_START_EVENT || y->bad) {
		if (!y->bad)
			yp_err_ev(y, "expected a list of subprocessors");
		return yp_skip(y);
	}
	for (;;) {
		if (!yp_next(y))
			return false;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			return true;
		if (y->ev.type != YAML_MAPPING_START_EVENT || y->bad) {
			if (!y->bad)
				yp_err_ev(y, "expected a subprocessor (a mapping with name and location)");
			if (!yp_skip(y))
				return false;
			continue;
		}
		struct entry e;
		entry_init(y, &e, &sch_sub);
		struct pend_sub *u = VEC_PUSH(y->subs, y->nsubs, y->capsubs);
		memset(u, 0, sizeof *u);
		u->pos = e.pos;
		if (!yp_map(y, &e, yp_sub_key))
			return false;
		yp_required(y, &e);
	}
}

/*
** The store (or flow) at idx is complete: each of its sub-processors
** becomes a flow named "HOLDER (subprocessor NAME)", carrying the given
** classes or all the holder's, and its subjects and pseudonymized/
** anonymized flags.  A store's start from the store, so its data keeps the
** store's origin; a flow's (a vendor's sub-processors, the vendor being a
** place) start where the flow starts, so they carry the flow's origin.
*/
static void yp_subs_done(struct yp *y, uint32_t idx, bool of_flow)
{
	const char *what = of_flow ? "flow" : "store";
	size_t neps0 = y->neps;	/* the flow's pending endpoints are the last ones */
	for (size_t i = 0; i < y->nsubs; i++) {
		struct pend_sub *u = &y->subs[i];
		const char *hname = of_flow ? y->pl->flows[idx].name : y->pl->stores[idx].name;
		struct bits hcls = of_flow ? *plan_flow_classes(y->pl, &y->pl->flows[idx]) : y->pl->stores[idx].classes;
		bool dup = false;
		for (size_t j = 0; j < i && u->name; j++)
			if (y->subs[j].name && strcmp(y->subs[j].name, u->name) == 0) {
				const char *shown = yp_show(y, u->name, strlen(u->name));
				yp_err(y, u->name_pos, u->name_span, "duplicate subprocessor name '%s'", shown);
				yp_note(y, y->subs[j].name_pos, y->subs[j].name_span,
					"'%s' first declared here", shown);
				dup = true;
				break;
			}
		if (u->has_classes && hname) {
			BITS_FOREACH(c, &u->classes)
				if (!bits_has(&hcls, c)) {
					yp_err(y, u->classes_pos, 1,
					       "subprocessor '%s' receives class '%s', which %s '%s' does not hold",
					       u->name ? yp_show(y, u->name, strlen(u->name)) : "?",
					       y->pol->classes[c].name, what, yp_show(y, hname, strlen(hname)));
					u->has_classes = false;
					dup = true;
					break;
				}
		}
		if (dup || !u->name || !u->has_place || !hname || y->failed)
			continue;
		size_t n = strlen(hname) + strlen(u->name) + 20;
		char *name = arena_alloc(&y->pl->arena, n);
		snprintf(name, n, "%s (subprocessor %s)", hname, u->name);
		struct plan_endpoint from = {(int32_t)idx, {0, 0, -1}};
		double subjects;
		bool pseudo, anon;
		if (of_flow) {
			const struct plan_flow *h = &y->pl->flows[idx];
			from = h->from;
			subjects = plan_flow_subjects(y->pl, h);
			pseudo = h->pseudonymized;
			anon = h->anonymized;
		} else {
			const struct plan_store *h = &y->pl->stores[idx];
			subjects = h->subjects;
			pseudo = h->pseudonymized;
			anon = h->anonymized;
		}
		uint32_t fi = y->pl->nflows;
		struct plan_flow *f = plan_add_flow(y->pl);
		f->name = name;
		f->pos = u->pos;
		f->from = from;
		f->to.place = u->place;
		plan_flow_set_classes(y->pl, f, u->has_classes ? &u->classes : &hcls);
		plan_flow_set_mechs(y->pl, f, u->mechs, u->nmechs);
		plan_flow_set_subjects(y->pl, f, subjects);
		f->pseudonymized = pseudo;
		f->anonymized = anon;
		for (size_t k = 0; of_flow && k < neps0; k++)	/* a `from` still to resolve */
			if (y->eps[k].flow == idx && !y->eps[k].to) {
				struct pend_ep p = y->eps[k];
				p.flow = fi;
				p.quiet = true;
				*VEC_PUSH(y->eps, y->neps, y->capeps) = p;
				break;
			}
	}
	y->nsubs = 0;
}

/* ---------------------------------------------------------------- entries */

static bool yp_store_key(struct yp *y, struct entry *e, enum key k)
{
	struct plan_store *s = &y->pl->stores[e->idx];
	if ((k == K_LOCATION && (e->seen & KB(K_LOCATIONS))) ||
	    (k == K_LOCATIONS && (e->seen & KB(K_LOCATION)))) {
		yp_err(y, e->kpos[k], (uint32_t)strlen(key_names[k]),
		       "a store has either 'location' or 'locations', not both");
		return yp_skip(y);
	}
	switch (k) {
	case K_NAME:
		yp_entry_name_in(y, &y->pl->names, e, &s->name);
		break;
	case K_LOCATION:
		s->primary = arena_alloc(&y->pl->arena, sizeof *s->primary);
		if (yp_place_here(y, s->primary))
			s->nprimary = 1;
		break;
	case K_LOCATIONS:
		if (yp_place_list(y, "locations")) {
			s->primary = yp_places_copy(y);
			s->nprimary = (uint32_t)y->nsp;
		}
		break;
	case K_REPLICAS:
	case K_BACKUPS:
		if (yp_place_list(y, NULL)) {
			struct plan_placeref *v = y->nsp ? arena_memdup(&y->pl->arena, y->sp, y->nsp * sizeof *y->sp)
							 : arena_alloc(&y->pl->arena, sizeof *y->sp);
			if (k == K_REPLICAS) {
				s->replicas = v;
				s->nreplicas = (uint32_t)y->nsp;
			} else {
				s->backups = v;
				s->nbackups = (uint32_t)y->nsp;
			}
		}
		break;
	case K_ORIGIN:
		if (yp_place_list(y, "origin")) {
			s->origin = yp_places_copy(y);
			s->norigin = (uint32_t)y->nsp;
			s->has_origin = true;
		}
		break;
	case K_CLASSES:
		yp_classes(y, &s->classes);
		break;
	case K_ENC_AT_REST:
		yp_bool(y, &s->enc_at_rest);
		break;
	case K_ENC_IN_TRANSIT:
		yp_bool(y, &s->enc_in_transit);
		break;
	case K_PSEUDONYMIZED:
		yp_bool(y, &s->pseudonymized);
		break;
	case K_ANONYMIZED:
		yp_bool(y, &s->anonymized);
		break;
	case K_KEY_LOCATION:
		if (yp_place_here(y, &s->key))
			s->has_key = true;
		break;
	case K_SUBJECTS:
		s->has_subjects = yp_count(y, &s->subjects);
		break;
	case K_MECHANISMS:
		if (yp_mechs(y))
			yp_mechs_copy(y, &s->mechs, &s->nmechs);
		break;
	case K_ATTRS:
		if (yp_attrs(y))
			yp_attrs_copy(y, &s->attrs, &s->nattrs);
		break;
	case K_SUBPROCESSORS:
		yp_subs(y);
		break;
	default:
		yp_skip(y);
		break;
	}
	return !y->stop;
}

/* from / to: a name kept for resolution at the end of the stream. */
static void yp_endpoint(struct yp *y, struct entry *e, bool to)
{
	struct pend_ep p = {e->idx, to, false, NULL, yp_here(y), yp_span(y)};
	if (!yp_want_scalar(y, "a store name, a location or a country code"))
		return;
	if (y->stores_done) {	/* every store is known: resolve it now, as
				   yp_resolve_endpoints would (no pending copy) */
		struct plan_flow *f = &y->pl->flows[e->idx];
		struct plan_endpoint *ep = to ? &f->to : &f->from;
		const struct name_ent *s = tab_find(&y->stores, yp_sv(y));
		if (s) {
			ep->store = s->idx;
			return;
		}
		if (place_resolve(y->pol, yp_sv(y), &ep->place))
			return;
	}
	p.name = arena_strndup(&y->pl->arena, yp_sv(y), y->ev.data.scalar.length);
	*VEC_PUSH(y->eps, y->neps, y->capeps) = p;
}

static bool yp_flow_key(struct yp *y, struct entry *e, enum key k)
{
	struct plan_flow *f = &y->pl->flows[e->idx];
	switch (k) {
	case K_NAME:
		yp_entry_name(y, e, &f->name);
		break;
	case K_FROM:
	case K_TO:
		yp_endpoint(y, e, k == K_TO);
		break;
	case K_CLASSES: {
		struct bits cl = *plan_flow_classes(y->pl, f);
		yp_classes(y, &cl);
		plan_flow_set_classes(y->pl, f, &cl);
		break;
	}
	case K_MECHANISMS:
		if (yp_mechs(y))
			plan_flow_copy_mechs(y->pl, f, y->sm, (uint32_t)y->nsm);
		break;
	case K_ENC_IN_TRANSIT:
		yp_bool(y, &f->enc_in_transit);
		break;
	case K_PSEUDONYMIZED:
		yp_bool(y, &f->pseudonymized);
		break;
	case K_ANONYMIZED:
		yp_bool(y, &f->anonymized);
		break;
	case K_SUBJECTS: {
		double v = 0;
		f->has_subjects = yp_count(y, &v);
		plan_flow_set_subjects(y->pl, f, v);
		break;
	}
	case K_ATTRS:
		if (yp_attrs(y)) {
			struct plan_flow_cold *c = plan_flow_cold_mut(y->pl, f);
			yp_attrs_copy(y, &c->attrs, &c->nattrs);
		}
		break;
	case K_SUBPROCESSORS:
		yp_subs(y);
		break;
	default:
		yp_skip(y);
		break;
	}
	return !y->stop;
}

static bool yp_waiver_key(struct yp *y, struct entry *e, enum key k)
{
	struct plan_waiver *w = &y->pl->waivers[e->idx];
	switch (k) {
	case K_RULE:
		if (yp_want_scalar(y, "a rule name")) {
			int r = policy_find_rule(y->pol, yp_sv(y));
			if (r >= 0) {
				w->rule = r;
				break;
			}
			/* the findings a plan loader makes (Terraform, templates):
			   waived by resource address, for a plan given beside */
			static const char *const tool_ids[] = {"unknown-location", "unclassified",
							       "unmodelled-resource"};
			for (size_t i = 0; i < ARRAY_LEN(tool_ids); i++)
				if (strcmp(yp_sv(y), tool_ids[i]) == 0) {
					w->tool_id = tool_ids[i];
					w->rule = -1;
				}
			if (w->tool_id)
				break;
			const char **cv = yp_cands(y, y->pol->nrules);
			for (uint32_t i = 0; i < y->pol->nrules; i++)
				cv[i] = y->pol->rules[i].name;
			yp_err_ev(y, "unknown rule '%s'%s", yp_show_ev(y),
				  yp_hint(y, yp_sv(y), cv, y->pol->nrules));
		}
		break;
	case K_TARGET:
		yp_nonempty_str(y, k, &w->target);
		break;
	case K_REASON:
		yp_nonempty_str(y, k, &w->reason);
		break;
	case K_EXPIRES:
		yp_date(y, &w->expires);
		break;
	case K_APPROVED_BY:
		yp_str(y, &w->approved_by);
		break;
	default:
		yp_skip(y);
		break;
	}
	return !y->stop;
}

static bool yp_store(struct yp *y)
{
	if (y->ev.type != YAML_MAPPING_START_EVENT || y->bad) {
		if (!y->bad)
			yp_err_ev(y, "expected a store (a mapping with name, location and classes)");
		return yp_skip(y);
	}
	struct entry e;
	entry_init(y, &e, &sch_store);
	e.idx = y->pl->nstores;
	plan_add_store(y->pl)->pos = e.pos;
	y->nsubs = 0;
	if (!yp_map(y, &e, yp_store_key))
		return false;
	yp_required(y, &e);
	if (e.name)
		yp_register(y, &y->stores, "store", &e);
	if (y->nsubs)
		yp_subs_done(y, e.idx, false);
	return !y->stop;
}

static bool yp_flow(struct yp *y)
{
	if (y->ev.type != YAML_MAPPING_START_EVENT || y->bad) {
		if (!y->bad)
			yp_err_ev(y, "expected a flow (a mapping with name, from, to and classes)");
		return yp_skip(y);
	}
	struct entry e;
	entry_init(y, &e, &sch_flow);
	e.idx = y->pl->nflows;
	plan_add_flow(y->pl)->pos = e.pos;
	y->nsubs = 0;
	if (!yp_map(y, &e, yp_flow_key))
		return false;
	yp_required(y, &e);
	if (e.name) {
		*VEC_PUSH(y->fnames, y->nfnames, y->capfnames) = (struct flow_name){str_hash(e.name), e.idx};
		y->fat = xgrow(y->fat, &y->capfat, (size_t)e.idx + 1, sizeof *y->fat);
		y->fat[e.idx] = (struct name_at){e.name_pos, e.name_span};
	}
	if (y->nsubs)
		yp_subs_done(y, e.idx, true);
	return !y->stop;
}

static bool yp_waiver(struct yp *y)
{
	if (y->ev.type != YAML_MAPPING_START_EVENT || y->bad) {
		if (!y->bad)
			yp_err_ev(y, "expected a waiver (a mapping with rule, target, reason and expires)");
		return yp_skip(y);
	}
	struct entry e;
	entry_init(y, &e, &sch_waiver);
	e.idx = y->pl->nwaivers;
	struct plan_waiver *w = plan_add_waiver(y->pl);
	w->pos = e.pos;
	w->expires = DATE_NONE;
	if (!yp_map(y, &e, yp_waiver_key))
		return false;
	yp_required(y, &e);
	w = &y->pl->waivers[e.idx];
	if (w->tool_id && w->target && strcmp(w->target, "*") == 0 && !y->stop)
		yp_err(y, e.pos, 1, "a waiver of %s must name the resource address, not \"*\"", w->tool_id);
	return !y->stop;
}

/* stores / flows / waivers: a list of entries, each read by fn. */
static bool yp_entries(struct yp *y, const char *what, bool (*fn)(struct yp *))
{
	if (y->ev.type != YAML_SEQUENCE_START_EVENT || y->bad) {
		if (!y->bad)
			yp_err_ev(y, "expected a list of %s", what);
		return yp_skip(y);
	}
	for (;;) {
		if (!yp_next(y))
			return false;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			return true;
		if (!fn(y))
			return false;
	}
}

static bool yp_top_key(struct yp *y, struct entry *e, enum key k)
{
	(void)e;
	switch (k) {
	case K_PLAN:
		yp_str(y, &y->pl->name);
		break;
	case K_AS_OF:
		yp_date(y, &y->pl->as_of);
		break;
	case K_STORES:
		yp_entries(y, "stores", yp_store);
		y->stores_done = true;
		break;
	case K_FLOWS:
		yp_entries(y, "flows", yp_flow);
		break;
	case K_WAIVERS:
		yp_entries(y, "waivers", yp_waiver);
		break;
	default:
		yp_skip(y);
		break;
	}
	return !y->stop;
}

/* ---------------------------------------------------------------- stream */

struct named {
	const char *name;
	uint32_t idx;
};

static int cmp_named(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int cmp_dup(const void *a, const void *b)
{
	const uint32_t *x = a, *y = b;	/* {duplicate, first} */
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/*
** Duplicate flow names, once every flow is read: the (hash, index) pairs
** sorted by hash (a stable radix sort, so indexes stay in order within a
** hash), and the names compared only within a run of equal hashes (sorted
** by name there: many flows of one name cost n log n, not n^2).  Each
** duplicate is an error at its name with a note at the first flow of that
** name, in the order of the flows.
*/
static void yp_flow_dups(struct yp *y)
{
	size_t n = y->nfnames;
	if (n < 2)
		return;
	struct flow_name *a = y->fnames, *b = xmalloc(n * sizeof *b);
	size_t *cnt = xmalloc(65537 * sizeof *cnt);
	for (int shift = 0; shift < 32; shift += 16) {
		memset(cnt, 0, 65537 * sizeof *cnt);
		for (size_t i = 0; i < n; i++)
			cnt[((a[i].hash >> shift) & 0xFFFF) + 1]++;
		for (size_t k = 0; k < 65536; k++)
			cnt[k + 1] += cnt[k];
		for (size_t i = 0; i < n; i++)
			b[cnt[(a[i].hash >> shift) & 0xFFFF]++] = a[i];
		struct flow_name *t = a;
		a = b;
		b = t;
	}
	xfree(cnt);
	uint32_t (*dup)[2] = NULL;
	size_t ndup = 0, capdup = 0;
	struct named *run = NULL;
	size_t caprun = 0;
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && a[j].hash == a[i].hash; j++)
			;
		if (j - i < 2)
			continue;
		run = xgrow(run, &caprun, j - i, sizeof *run);
		for (size_t k = i; k < j; k++)
			run[k - i] = (struct named){y->pl->flows[a[k].idx].name, a[k].idx};
		qsort(run, j - i, sizeof *run, cmp_named);
		for (size_t k = 1, first = 0; k < j - i; k++) {
			if (strcmp(run[k].name, run[first].name) != 0) {
				first = k;
				continue;
			}
			dup = xgrow(dup, &capdup, ndup + 1, sizeof *dup);
			dup[ndup][0] = run[k].idx;
			dup[ndup++][1] = run[first].idx;
		}
	}
	xfree(run);
	xfree(a);
	xfree(b);
	y->fnames = NULL;
	if (ndup > 1)
		qsort(dup, ndup, sizeof *dup, cmp_dup);
	for (size_t k = 0; k < ndup && !y->stop; k++) {
		const struct name_at *at = &y->fat[dup[k][0]], *first = &y->fat[dup[k][1]];
		const char *name = y->pl->flows[dup[k][0]].name;
		const char *shown = yp_show(y, name, strlen(name));
		yp_err(y, at->pos, at->span, "duplicate %s name '%s'", "flow", shown);
		yp_note(y, first->pos, first->span, "'%s' first declared here", shown);
	}
	xfree(dup);
}

/* Flow endpoints: a store of the plan (declared anywhere), else a place. */
static void yp_resolve_endpoints(struct yp *y)
{
	for (size_t i = 0; i < y->neps && !y->stop; i++) {
		struct pend_ep *p = &y->eps[i];
		struct plan_flow *f = &y->pl->flows[p->flow];
		struct plan_endpoint *ep = p->to ? &f->to : &f->from;
		const struct name_ent *s = tab_find(&y->stores, p->name);
		if (s) {
			ep->store = s->idx;
			continue;
		}
		if (place_resolve(y->pol, p->name, &ep->place) || p->quiet)
			continue;
		/* rebuilt per unknown endpoint: at most max_errors times */
		const char **c = yp_cands(y, y->stores.n + y->pol->nlocations + COUNTRY_COUNT);
		size_t nc = 0;
		for (uint32_t j = 0; j < y->stores.cap; j++)
			if (y->stores.v[j].name)
				c[nc++] = y->stores.v[j].name;
		nc = yp_add_places(y, p->name, c, nc);
		yp_err(y, p->pos, p->span,
		       "unknown flow endpoint '%s': not a store of the plan, a location or a country code%s",
		       yp_show(y, p->name, strlen(p->name)), yp_hint(y, p->name, c, nc));
	}
}

/* What a non-mapping node is, for the top-level message. */
static const char *yp_node_kind(const struct yp *y)
{
	switch (y->ev.type) {
	case YAML_SEQUENCE_START_EVENT:
		return "a list";
	case YAML_SCALAR_EVENT:
		return "a single value";
	default:
		return "an alias";
	}
}

static void yp_stream(struct yp *y)
{
	if (!yp_next(y) || !yp_next(y))	/* STREAM-START, then the document */
		return;
	if (y->ev.type == YAML_STREAM_END_EVENT) {
		struct plan_pos p = {1, 1};
		yp_err(y, p, 1, "empty plan: expected a mapping with 'stores', 'flows' or 'waivers'");
		return;
	}
	if (!yp_next(y))	/* the root node */
		return;
	if (yp_is_null(y)) {
		yp_err(y, yp_here(y), 1, "empty plan: expected a mapping with 'stores', 'flows' or 'waivers'");
	} else if (y->ev.type != YAML_MAPPING_START_EVENT) {
		if (!y->bad)
			yp_err_ev(y, "the top level of a plan must be a mapping, not %s", yp_node_kind(y));
		if (!yp_skip(y))
			return;
	} else {
		struct entry e;
		entry_init(y, &e, &sch_top);
		if (!yp_map(y, &e, yp_top_key))
			return;
	}
	if (!yp_next(y) || !yp_next(y))	/* DOCUMENT-END, then STREAM-END */
		return;
	if (y->ev.type == YAML_DOCUMENT_START_EVENT) {
		yp_err_ev(y, "a plan file must hold exactly one YAML document");
		y->stop = true;
		return;
	}
	yp_resolve_endpoints(y);
	yp_flow_dups(y);
}

/* Reject line breaks that libyaml counts but the caret printer does not. */
static bool yp_prescan(struct yp *y)
{
	const unsigned char *t = (const unsigned char *)y->text;
	const unsigned char *cr = memchr(t + y->bom, '\r', y->len - y->bom);
	for (; cr; cr = memchr(cr + 1, '\r', (size_t)(t + y->len - cr - 1))) {
		size_t i = (size_t)(cr - t);
		if (i + 1 == y->len || t[i + 1] != '\n') {
			struct src_loc l = src_loc_at(y->file, i, 1);
			yp_err(y, (struct plan_pos){l.line, l.col}, 1,
			       "unsupported line break (a lone carriage return): use LF or CRLF");
			return false;
		}
	}
	uint64_t acc = 0;
	size_t w = y->bom;
	for (; w + 8 <= y->len; w += 8) {
		uint64_t x;
		memcpy(&x, t + w, 8);
		acc |= x;
	}
	for (; w < y->len; w++)
		acc |= t[w];
	y->ascii = !(acc & 0x8080808080808080u);
	if (y->ascii)
		return true;
	for (size_t i = y->bom; i + 1 < y->len; i++) {
		bool nel = t[i] == 0xC2 && t[i + 1] == 0x85;
		bool lsps = i + 2 < y->len && t[i] == 0xE2 && t[i + 1] == 0x80 &&
			    (t[i + 2] == 0xA8 || t[i + 2] == 0xA9);
		if (nel || lsps) {
			struct src_loc l = src_loc_at(y->file, i, 1);
			yp_err(y, (struct plan_pos){l.line, l.col}, 1,
			       "unsupported line break (U+%04X): use LF or CRLF",
			       nel ? 0x85u : t[i + 2] == 0xA8 ? 0x2028u : 0x2029u);
			return false;
		}
	}
	return true;
}

/*
** Load a YAML plan.  The text is copied and registered with d (so errors
** can show its lines); names are resolved against p.  Returns the plan (the
** caller frees it with plan_free), or NULL when any error was queued on d.
*/
struct rsd_plan *plan_load_yaml(const struct rsd_policy *p, const char *file,
				const char *data, size_t len, struct rsd_diags *d)
{
	return plan_load_yaml_owned(p, file, xstrndup(data, len), len, d);
}

/*
** The same for text that d takes over (xmalloc'd, NUL-terminated at len):
** no copy of the file is made.
*/
struct rsd_plan *plan_load_yaml_owned(const struct rsd_policy *p, const char *file,
				      char *text, size_t len, struct rsd_diags *d)
{
	return plan_load_yaml_mapped(p, file, text, len, 0, d);
}

struct rsd_plan *plan_load_yaml_mapped(const struct rsd_policy *p, const char *file,
				       char *text, size_t len, size_t maplen, struct rsd_diags *d)
{
	struct yp y;
	memset(&y, 0, sizeof y);
	y.pol = p;
	y.d = d;
	y.pl = plan_new(file);
	struct src_file *sf = diag_add_file(d, file, text, len);
	sf->mapped = maplen;
	y.file = sf;
	y.maplen = maplen;
	y.text = y.file->text;
	y.len = len;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		y.bom = 3;
	if (yp_prescan(&y)) {
		if (!yaml_parser_initialize(&y.parser)) {
			fputs("residency: error: out of memory\n", stderr);
			exit(RSD_EXIT_OOM);
		}
		yaml_parser_set_input_string(&y.parser, (const unsigned char *)y.text + y.bom,
					     len - y.bom);
		yaml_parser_set_encoding(&y.parser, YAML_UTF8_ENCODING);
		yp_release(&y, 0);	/* the prescan's pages: the parser maps them again */
		yp_stream(&y);
		if (y.have_ev)
			yaml_event_delete(&y.ev);
		yaml_parser_delete(&y.parser);
	}
	xfree(y.sp);
	xfree(y.sm);
	xfree(y.sa);
	xfree(y.cands);
	xfree(y.stores.v);
	xfree(y.stores.at);
	xfree(y.fnames);
	xfree(y.fat);
	xfree(y.eps);
	xfree(y.subs);
	if (y.failed) {
		plan_free(y.pl);
		return NULL;
	}
	plan_shrink(y.pl);
	return y.pl;
}
