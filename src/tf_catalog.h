/*
** tf_catalog.h — what a Terraform resource type means, as data: where its
** location, encryption, key, replicas, backups and copies come from.  One
** row per type (tf_catalog.c), read by the Terraform loader's one generic
** store builder; the few types whose meaning is code (S3 replication,
** AWS Backup, Cosmos DB priorities…) are rows flagged `bespoke`, built by
** the loader's own routines.  docs/terraform.md's resource table lists
** every row (a unit test checks it).  See docs/internals.md, "Resource
** catalog".
*/
#ifndef RSD_TF_CATALOG_H
#define RSD_TF_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum cat_role {
	CAT_STORE,	/* holds data: becomes a store */
	CAT_HELPER,	/* holds none of its own: places or copies a store's (keys, backup plans, replication) */
};

enum cat_loc {
	LOC_HOME,	/* the cloud's default: AWS region (resource, else provider), Google location/region
			   (else provider), Azure location */
	LOC_ATTR,	/* loc_path if set (an AWS region / Google location), else LOC_HOME */
	LOC_ZONE,	/* loc_path holds a Google zone (europe-west1-b) or region: its region */
	LOC_LIST,	/* loc_path "block.field": one location per block; the first is the primary,
			   the others are replicas (copies) */
};

enum cat_enc {
	ENC_NEVER,
	ENC_ALWAYS,	/* the service always encrypts at rest */
	ENC_TRUE,	/* enc_path is true */
	ENC_SET,	/* enc_path is set (or unknown until apply) */
	ENC_EQ,	/* enc_path equals enc_value */
};

enum cat_pair {
	PAIR_NONE,
	PAIR_REPLICA,	/* Azure replicates the data to the paired region (always) */
	PAIR_BACKUP_TRUE,	/* a backup in the paired region when pair_path is true (unknown: unknown-location) */
	PAIR_BACKUP_GRS,	/* a backup in the paired region unless pair_path names LRS or ZRS storage */
	PAIR_REPLICA_GEO,	/* a replica in the paired region when pair_path names geo-redundant storage
				   (GRS, RAGRS, GZRS, RAGZRS, any case; unknown: unknown-location) */
};

enum cat_copy {
	COPY_NONE,
	COPY_REGION,	/* copy_path names the source AWS region: a flow from there to the store */
	COPY_ARN,	/* copy_path holds the source's ARN: a flow from its region */
};

struct cat_row {
	const char *type;
	uint8_t role, loc, enc, pair, copy;
	bool bespoke;	/* built by the loader's own code, not from this row */
	const char *loc_path, *enc_path, *enc_value;
	const char *key_path;	/* dotted path of the key (ARN / id / Cloud KMS name); NULL: no key attribute */
	const char *replicas;	/* "block.field": each block's region/location is a replica */
	const char *pair_path, *copy_path;
};

/* The row of type, or NULL when the type is not modelled (binary search). */
const struct cat_row *tf_catalog_find(const char *type);
/* Every row, sorted by type. */
const struct cat_row *tf_catalog_rows(size_t *n);

#endif
