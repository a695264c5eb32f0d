/*
** lintdrv.c — a minimal stand-in for `residency lint` used by the golden
** cases until the CLI lands: lintdrv [-L DIR]... FILE...
** Compiles the files together, prints diagnostics to stderr, exits 0
** (clean) or 2 (errors).  With --dump, prints a summary of the policy.
*/
#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "policy.h"

int main(int argc, char **argv)
{
	const char *libs[64], *files[256];
	size_t nlibs = 0, nfiles = 0;
	int dump = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-L") == 0 && i + 1 < argc && nlibs < 64)
			libs[nlibs++] = argv[++i];
		else if (strcmp(argv[i], "--dump") == 0)
			dump = 1;
		else if (nfiles < 256)
			files[nfiles++] = argv[i];
	}
	struct rsd_diags d;
	diags_init(&d);
	struct compile_opts o = {libs, nlibs, true, true, NULL, NULL};
	struct rsd_policy *p = compile_policy(files, nfiles, NULL, NULL, 0, &o, &d);
	diag_print(&d, stderr, false);
	int rc = p ? 0 : 2;
	if (p && dump) {
		printf("files %u, sets %u, regions %u, locations %u, providers %u, classes %u, mechanisms %u, rules %u, tests %u\n",
		       p->nfiles, p->nsets, p->nregions, p->nlocations, p->nproviders, p->nclasses, p->nmechs,
		       p->nrules, p->ntests);
		for (uint32_t i = 0; i < p->nrules; i++)
			for (uint32_t j = 0; j < p->rules[i].nrequires; j++)
				printf("rule %s require: %s\n", p->rules[i].name, p->rules[i].requires[j].text);
		for (uint32_t i = 0; i < p->ntests; i++)
			for (uint32_t j = 0; j < p->tests[i].nfacts; j++)
				printf("test \"%s\" fact: %s\n", p->tests[i].name, p->tests[i].facts[j].text);
	}
	policy_free(p);
	diags_free(&d);
	return rc;
}
