/* TEMPORARY: toolkit commands until their modules land */
#include "residency.h"
int rsd_lint(const rsd_policy *p, rsd_date as_of, rsd_diags *d) { (void)p; (void)as_of; (void)d; return 0; }
int rsd_where(const rsd_policy *p, const char *q, rsd_date a, FILE *o, rsd_diags *d) { (void)p; (void)q; (void)a; (void)o; rsd_diags_error(d, "where: not implemented yet"); return -1; }
int rsd_diff(const rsd_policy *a, const rsd_policy *b, const char *pp, const rsd_plan_opts *po, rsd_date x, FILE *o, rsd_diags *d) { (void)a; (void)b; (void)pp; (void)po; (void)x; (void)o; rsd_diags_error(d, "diff: not implemented yet"); return -1; }
int rsd_graph(const rsd_result *r, const char *f, FILE *o) { (void)r; (void)f; (void)o; return -1; }
size_t rsd_locations(const rsd_policy *p, const char *pr, rsd_date a, FILE *o) { (void)p; (void)pr; (void)a; (void)o; return 0; }
