/*
** sema.h — semantic analysis of parsed RPL files: one namespace for
** regions, classes, mechanisms, rules and levels (locations and providers
** have their own), name resolution, cycles, counts and kinds (LANGUAGE.md
** §2–§4).  Fills the resolved indexes into the AST; lower.c then builds
** the compiled policy from it.
*/
#ifndef RSD_SEMA_H
#define RSD_SEMA_H

#include "ast.h"

enum sym_kind { SYM_REGION, SYM_CLASS, SYM_MECH, SYM_RULE, SYM_LEVEL, SYM_LOCATION, SYM_PROVIDER };

/* A declared name.  @loc: where it was declared (for duplicate notes). */
struct sym {
	const char *name;
	uint32_t hash;
	enum sym_kind kind;
	struct ast_decl *decl;
	struct ast_loc loc;
	int32_t idx;
};

/* Open-addressing hash table of symbols (power-of-two capacity). */
struct symtab {
	struct sym *v;
	uint32_t cap, n;
};

struct sym *sym_find(const struct symtab *t, const char *name);

/* A growable array of declarations. */
struct decl_vec {
	struct ast_decl **v;
	size_t n, cap;
};

/* A growable array of names (did-you-mean candidates). */
struct name_vec {
	const char **v;
	size_t n, cap;
};

/*
** The state of one analysis.
** @main: regions, classes, mechanisms, rules and declared levels
** @locations: sorted by name after sema_check (index = policy index)
** @levels: the declared `levels`, NULL: the default scale
** @level_names: the scale in use, lowest first
** @class_order: classes, parents before children (valid when no errors)
** @class_sens: effective sensitivity of each class
** @nslots: set slots assigned so far (regions and locations come first, in
**   dependency order, then provider and location operators)
*/
struct sema {
	struct arena *arena;
	struct rsd_diags *d;
	struct symtab main, locs, provs, tests;
	struct decl_vec regions, classes, mechs, rules, locations, providers, tests_v;
	struct ast_decl *levels;
	const char **level_names;
	uint32_t nlevels;
	struct name_vec region_names, class_names, mech_names, rule_names, loc_names;
	int32_t *class_order;
	int32_t *class_sens;
	uint32_t nslots;
	int32_t *rnode_slot;	/* internal: region graph */
};

/*
** Analyse the declarations of nfiles files (lists in load order).  Errors
** go to S->d; the caller lowers only when none was recorded.  Memory: the
** arena (AST's) plus xmalloc'd tables released by sema_free.
*/
void sema_check(struct sema *S, struct arena *a, struct rsd_diags *d, struct ast_decl *const *files,
		size_t nfiles);
void sema_free(struct sema *S);

/* ---------------------------------------------------------------- facts */

enum sema_ns { NS_CLASS, NS_LOCATION, NS_MECH, NS_RULE };

/*
** How facts find names: in a compilation, sema's tables; for `explain`
** and `where`, a compiled policy (compile_fact).
** @find: index or -1
** @names: did-you-mean candidates (xmalloc'd array; caller frees)
*/
struct sema_lookup {
	int (*find)(void *ctx, enum sema_ns ns, const char *name);
	const char **(*names)(void *ctx, enum sema_ns ns, size_t *n);
	void *ctx;
};

/*
** Check one fact (LANGUAGE.md §4) and fill its resolved indexes: classes,
** places, mechanisms; transfer endpoints may name a store among the
** earlier facts of the same test (earlier[0..nearlier), fact indexes; NULL:
** no test, endpoints are places).  names: the earlier facts' names → fact
** index (NULL: scan earlier).  Records errors on d; returns the number
** recorded.
*/
size_t sema_check_fact(struct rsd_diags *d, const struct sema_lookup *lk, struct ast_fact *f,
		       struct ast_fact *const *earlier, size_t nearlier, const struct symtab *names);

/* "unknown KIND 'NAME'" plus a did-you-mean among cands when one is close. */
void sema_unknown(struct rsd_diags *d, const struct ast_loc *loc, const char *kind, const char *name,
		  const char *const *cands, size_t n);

#endif
