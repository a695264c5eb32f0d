/* TEMPORARY: toolkit commands until their modules land */
#include "residency.h"
int rsd_diff(const rsd_policy *a, const rsd_policy *b, const char *pp, const rsd_plan_opts *po, rsd_date x, FILE *o, rsd_diags *d) { (void)a; (void)b; (void)pp; (void)po; (void)x; (void)o; rsd_diags_error(d, "diff: not implemented yet"); return -1; }
