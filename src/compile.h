/*
** compile.h — the compiler driver: loads the root files and their imports
** (library path: -L dirs, RESIDENCY_PATH, the built-in library), parses,
** analyses and lowers them into one struct rsd_policy.
*/
#ifndef RSD_COMPILE_H
#define RSD_COMPILE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "policy.h"

/*
** @libdirs: `-L DIR` in order
** @use_env: then each directory of RESIDENCY_PATH (colon-separated)
** @use_builtin: then the standard library built into the binary
*/
struct compile_view;
struct compile_opts {
	const char *const *libdirs;
	size_t nlibdirs;
	bool use_env;
	bool use_builtin;
	/* called once after analysis, before the syntax trees are freed
	   (the language server's index); NULL: none */
	void (*inspect)(void *ctx, const struct compile_view *v);
	void *inspect_ctx;
};

/*
** What a compilation read, for @inspect: every file in load order, with
** its path as shown ("<lib>/laws/eu_gdpr.rpl" for built-in files), its
** text and its declarations (analysed: names resolved where they could be).
*/
struct compile_view {
	size_t nfiles;
	const char *const *paths;
	const bool *builtin;
	const char *const *texts;
	const size_t *lens;
	struct ast_decl *const *decls;
};

/*
** Compile root files (paths[0..npaths)) or one in-memory source (name,
** src, len; paths NULL).  Diagnostics are queued on d (in source order, at
** most d->max_errors errors).  Returns the policy (caller frees with
** policy_free), or NULL when any error was recorded.
*/
struct rsd_policy *compile_policy(const char *const *paths, size_t npaths, const char *name, const char *src,
				  size_t len, const struct compile_opts *o, struct rsd_diags *d);

/*
** Parse one fact in test syntax ("store of personal at DE with …",
** "transfer of personal from DE to US with mechanism EU_SCC") against a
** compiled policy (names resolved with policy_find_*), allocating the fact
** in a.  Returns NULL with errors on d (file "<fact>", columns in text).
** Transfer endpoints must be places (there are no stores to refer to).
*/
struct pol_fact *compile_fact(const struct rsd_policy *p, const char *text, struct arena *a,
			      struct rsd_diags *d);

#endif
