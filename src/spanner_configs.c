/*
** spanner_configs.c — Spanner base dual- and multi-region configurations.
**
** Source: Google Cloud, "Regional, dual-region, and multi-region
** configurations", https://cloud.google.com/spanner/docs/instance-configurations
** (tables "Available configurations" of the dual-region and multi-region
** sections: read-write regions, the default leader marked L, read-only
** regions, witness region), and "Region types",
** https://cloud.google.com/spanner/docs/region-types.  Current to 2026-11-28.
**
** Only configurations whose every region could be stated with confidence are
** listed (nam8, nam9, nam12, nam13, nam15, nam16, eur7, asia2,
** nam-eur-asia3… are not): a configuration missing here is unknown-location
** (fail closed), never a guess.  A dual-region configuration keeps both its
** read-write regions in one country and has its witness replicas inside
** them; its leader is the first region named by Google.  Regions are the
** gcp: location names of policies/clouds/gcp.rpl.  Sorted by name (binary
** search); a unit test checks the order.
*/
#include "spanner_configs.h"

#include <stdlib.h>
#include <string.h>

static const struct spanner_config rows[] = {
	{"asia1", "asia-northeast1", "asia-northeast2", "", "asia-northeast3"},
	{"dual-region-australia1", "australia-southeast1", "australia-southeast2", "", ""},
	{"dual-region-germany1", "europe-west3", "europe-west10", "", ""},
	{"dual-region-india1", "asia-south1", "asia-south2", "", ""},
	{"dual-region-japan1", "asia-northeast1", "asia-northeast2", "", ""},
	{"eur3", "europe-west1", "europe-west4", "", "europe-north1"},
	{"eur5", "europe-west2", "europe-west1", "", "europe-west4"},
	{"eur6", "europe-west4", "europe-west3", "", "europe-west6"},
	{"nam-eur-asia1", "us-central1", "us-central2", "europe-west1 asia-east1", "us-east1"},
	{"nam10", "us-central1", "us-west3", "", "us-central2"},
	{"nam11", "us-central1", "us-east1", "", "us-central2"},
	{"nam14", "us-east4", "northamerica-northeast1", "", "us-central1"},
	{"nam3", "us-east4", "us-east1", "", "us-central1"},
	{"nam6", "us-central1", "us-east1", "us-west1 us-west2", "us-east4"},
	{"nam7", "us-central1", "us-east4", "", "us-central2"},
};

static int cmp_row(const void *k, const void *r)
{
	return strcmp((const char *)k, ((const struct spanner_config *)r)->name);
}

const struct spanner_config *spanner_config_find(const char *name)
{
	return bsearch(name, rows, sizeof rows / sizeof rows[0], sizeof rows[0], cmp_row);
}

const struct spanner_config *spanner_config_rows(size_t *n)
{
	*n = sizeof rows / sizeof rows[0];
	return rows;
}
