/*
** check.c — residency's C API in one page: compile the standard library,
** build a plan in code, check it, walk the findings.
**
**   cc -o check check.c $(pkg-config --cflags --libs residency)
**   ./check            # exit status 0 pass, 1 findings, 2 error, like the CLI
*/
#include <stdio.h>

#include <residency.h>

static const char *severity_name(int s)
{
	return s == RSD_ERROR ? "error" : s == RSD_WARNING ? "warning" : "info";
}

/* Print the diagnostics of an operation, if any; return how many errors. */
static size_t report(rsd_diags *d)
{
	rsd_diags_print(d, stderr, 0);
	return rsd_diags_errors(d);
}

int main(void)
{
	int status = 2;
	rsd_diags *d = rsd_diags_new();
	rsd_compile_opts co;
	rsd_compile_opts_init(&co);

	/* 1. The policy: the standard library built into libresidency. */
	rsd_policy *policy = rsd_policy_default(&co, d);
	if (!policy || report(d))
		goto out;
	printf("policy: %zu rules\n", rsd_policy_rule_count(policy));

	/* 2. A plan: a CRM in Frankfurt backed up to Virginia, and a nightly
	 *    export to India under the EU SCCs (which expire soon). */
	rsd_plan *plan = rsd_plan_new(policy, "in-code");
	const char *crm_where[] = {"aws:eu-central-1"};
	const char *crm_backups[] = {"aws:us-east-1"};
	const char *personal[] = {"personal"};
	rsd_store_spec crm = {
		.name = "crm",
		.locations = crm_where, .nlocations = 1,
		.backups = crm_backups, .nbackups = 1,
		.classes = personal, .nclasses = 1,
		.encrypted_at_rest = 1,
		.subjects = 250000,
	};
	rsd_date expires;
	rsd_date_parse("2026-12-20", &expires);
	rsd_mechanism_spec scc = {.type = "EU_SCC", .expires = expires, .reference = "DPA-7"};
	rsd_flow_spec export = {
		.name = "nightly-export",
		.from = "crm", .to = "IN",
		.classes = personal, .nclasses = 1,
		.encrypted_in_transit = 1,
		.mechanisms = &scc, .nmechanisms = 1,
	};
	if (rsd_plan_add_store(plan, policy, &crm, d) != 0 ||
	    rsd_plan_add_flow(plan, policy, &export, d) != 0) {
		report(d);
		rsd_plan_free(plan);
		goto out;
	}

	/* 3. Check it on a fixed date (default: the plan's as_of, else today). */
	rsd_check_opts opts;
	rsd_check_opts_init(&opts);
	rsd_date_parse("2026-11-28", &opts.as_of);
	rsd_result *result = rsd_check(policy, plan, &opts);

	/* 4. Walk the findings: sorted, each with its rule, fact and message. */
	for (size_t i = 0; i < rsd_result_count(result); i++)
		printf("%s%s [%s] %s: %s\n",
		       rsd_finding_waived(result, i) ? "waived " : "",
		       severity_name(rsd_finding_severity(result, i)),
		       rsd_finding_rule(result, i), rsd_finding_fact(result, i),
		       rsd_finding_message(result, i));
	int passes = rsd_result_passes(result, RSD_ERROR);
	printf("%s\n", passes ? "pass" : "fail");
	status = passes ? 0 : 1;

	rsd_result_free(result);
	rsd_plan_free(plan);
out:
	rsd_policy_free(policy);
	rsd_diags_free(d);
	return status;
}
