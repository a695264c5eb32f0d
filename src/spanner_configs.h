/*
** spanner_configs.h — Google Cloud Spanner base instance configurations
** (dual- and multi-region): where each keeps copies of an instance's data.
** The table (spanner_configs.c) transcribes Google's "Regional, dual-region,
** and multi-region configurations" page,
** https://cloud.google.com/spanner/docs/instance-configurations
** (see docs/terraform.md, "Spanner").  A configuration not in the table is
** not guessed: the Terraform loader reports it as unknown-location.
*/
#ifndef RSD_SPANNER_CONFIGS_H
#define RSD_SPANNER_CONFIGS_H

#include <stddef.h>

struct spanner_config {
	const char *name;	/* "eur3", "nam-eur-asia1", "dual-region-germany1" */
	const char *leader;	/* the default leader region: the primary */
	const char *read_write;	/* the other read-write regions, ' '-separated ("" none) */
	const char *read_only;	/* read-only replica regions, ' '-separated */
	const char *witness;	/* witness regions, ' '-separated */
};

/* The base configuration name (case-sensitive, as the API spells it), or NULL. */
const struct spanner_config *spanner_config_find(const char *name);
/* Every row, sorted by name. */
const struct spanner_config *spanner_config_rows(size_t *n);

#endif
