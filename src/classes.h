/*
** classes.h — the --classes file, shared by every plan front end
** (Terraform, CloudFormation and CDK, ARM / what-if / Resource Graph, AWS
** Config, Google Cloud Asset Inventory).
**
** The file maps resource addresses (globs) to what the resources hold:
** classes, and what the law asks besides (origin, mechanisms, subjects,
** attrs, encrypted_in_transit), for the store and its implicit transfers;
** its waivers target the same addresses.  Each loader decides what a
** resource's address is (docs/classes-file.md lists them) and asks:
**   cf_load      read and check the file against the policy, waivers
**                added to the plan (once per plan);
**   cf_match     the first entry whose glob matches an address (marked used);
**   cf_names_type  an entry that names one resource of an unmodelled type
**                (its match names the type, or is the address itself);
**   cf_store_facts / cf_flow_facts  apply an entry to a store or flow;
**   cf_unused    `unused-classes-entry` notes for entries that matched nothing;
**   cf_free.
*/
#ifndef RSD_CLASSES_H
#define RSD_CLASSES_H

#include "plan.h"

/* A compiled glob: '*' any run, '?' one character (see classes.c). */
struct gseg {
	uint32_t off, len, w;
	uint8_t slot[256];	/* 0: the character is not in the segment */
	uint64_t *masks;	/* (nslots + 1) x w: slot 0 holds the '?' positions */
};

struct glob {
	const char *p;
	uint32_t nseg;
	bool star;	/* at least one '*' */
	struct gseg *seg;
};

/* An entry of the --classes file: what the resources it matches hold. */
struct cf_entry {
	const char *match;
	uint32_t line, col;	/* of match, in the classes file */
	struct bits classes;
	struct place *origin;
	uint32_t norigin;
	struct plan_mech *mechs;
	uint32_t nmechs;
	struct pol_attr *attrs;
	uint32_t nattrs;
	double subjects;
	bool has_subjects;
	int8_t in_transit;	/* -1: not set */
	bool used;
	struct glob glob;
};

/*
** A loaded --classes file.  Entries' facts (origin, mechanisms, attrs) and
** the waivers live in the plan's arena; globs and the file's text in the
** map's own arena.
*/
struct cf_map {
	struct cf_entry *v;
	size_t n;
	struct src_file *file;	/* registered on the diagnostics */
	struct arena work;
};

/* Read path into m against p; waivers go to pl.  false: errors on d (file:line:col). */
bool cf_load(struct cf_map *m, const struct rsd_policy *p, struct rsd_plan *pl, const char *path,
	     struct rsd_diags *d);
void cf_free(struct cf_map *m);

bool glob_match(const struct glob *g, const char *s);

/* The first entry whose glob matches addr (marked used), or NULL (m may be NULL). */
struct cf_entry *cf_match(struct cf_map *m, const char *addr);
/* The same over several names of one resource (an ARN, an id, a name), tried in order per entry. */
struct cf_entry *cf_match_any(struct cf_map *m, const char *const *addrs, size_t n);

/*
** An entry that classifies one resource of a type the loader does not
** model (marked used), or NULL: its glob matches one of the resource's
** addresses and either its match contains the type's name or it has no
** wildcard (it names that very resource).  "*" or "module.db.*" classify
** the data stores among many resources and do not count.
*/
struct cf_entry *cf_names_type(struct cf_map *m, const char *type, const char *const *addrs, size_t n);

/* An entry's origin, mechanisms, subjects, attrs and encrypted_in_transit on a store (attrs appended). */
void cf_store_facts(const struct cf_entry *e, struct plan_store *s, struct arena *a);
/* The same on a flow of the resource's own (its implicit transfer). */
void cf_flow_facts(const struct cf_entry *e, struct rsd_plan *pl, struct plan_flow *f);

/* An `unused-classes-entry` warning on pl for every entry that matched nothing. */
void cf_unused(struct cf_map *m, struct rsd_plan *pl);

/* Did-you-mean for a data class name, or NULL. */
const char *class_suggest_name(const struct rsd_policy *p, const char *name);

#endif
