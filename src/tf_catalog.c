/*
** tf_catalog.c — the Terraform resource catalog (see tf_catalog.h): one row
** per modelled type, sorted by type.  To model a type: add its row here
** (location, encryption, key, replicas, Azure pair, copy source), a row to
** docs/terraform.md's resource table, and a plan in tests/tf/catalog/.
** Rows marked bespoke are built by plan_tf.c's own routines.
*/
#include "tf_catalog.h"

#include <stdlib.h>
#include <string.h>

static const struct cat_row rows[] = {
	{.type = "aws_ami_copy", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "encrypted", .key_path = "kms_key_id", .copy = COPY_REGION, .copy_path = "source_ami_region"},
	{.type = "aws_backup_plan", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_backup_selection", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_backup_vault", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_cloudwatch_log_group", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_dax_cluster", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "server_side_encryption.enabled"},
	{.type = "aws_db_instance", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "storage_encrypted", .key_path = "kms_key_id"},
	{.type = "aws_db_instance_automated_backups_replication", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_db_snapshot_copy", .role = CAT_STORE, .loc = LOC_ATTR, .loc_path = "destination_region", .enc = ENC_TRUE, .enc_path = "encrypted", .key_path = "kms_key_id", .copy = COPY_ARN, .copy_path = "source_db_snapshot_identifier"},
	{.type = "aws_docdb_cluster", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "storage_encrypted", .key_path = "kms_key_id"},
	{.type = "aws_docdb_elastic_cluster", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_dynamodb_global_table", .role = CAT_STORE, .loc = LOC_LIST, .loc_path = "replica.region_name", .enc = ENC_ALWAYS},
	{.type = "aws_dynamodb_table", .role = CAT_STORE, .bespoke = true},
	{.type = "aws_dynamodb_table_replica", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_ebs_snapshot_copy", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "encrypted", .key_path = "kms_key_id", .copy = COPY_REGION, .copy_path = "source_region"},
	{.type = "aws_ebs_volume", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "encrypted", .key_path = "kms_key_id"},
	{.type = "aws_ecr_repository", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "encryption_configuration.kms_key"},
	{.type = "aws_efs_file_system", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "encrypted", .key_path = "kms_key_id"},
	{.type = "aws_efs_replication_configuration", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_elasticache_cluster", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "at_rest_encryption_enabled"},
	{.type = "aws_elasticache_replication_group", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "at_rest_encryption_enabled", .key_path = "kms_key_id"},
	{.type = "aws_elasticache_serverless_cache", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_elasticsearch_domain", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "encrypt_at_rest.enabled", .key_path = "encrypt_at_rest.kms_key_id"},
	{.type = "aws_fsx_lustre_file_system", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_fsx_ontap_file_system", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_fsx_openzfs_file_system", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_fsx_windows_file_system", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_glacier_vault", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "aws_keyspaces_table", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "encryption_specification.kms_key_identifier"},
	{.type = "aws_kinesis_firehose_delivery_stream", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "server_side_encryption.enabled", .key_path = "server_side_encryption.key_arn"},
	{.type = "aws_kinesis_stream", .role = CAT_STORE, .enc = ENC_EQ, .enc_path = "encryption_type", .enc_value = "KMS", .key_path = "kms_key_id"},
	{.type = "aws_kms_external_key", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_kms_key", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_kms_replica_external_key", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_kms_replica_key", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_lightsail_database", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "aws_memorydb_cluster", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_arn"},
	{.type = "aws_mq_broker", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "encryption_options.kms_key_id"},
	{.type = "aws_msk_cluster", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "encryption_info.encryption_at_rest_kms_key_arn"},
	{.type = "aws_msk_serverless_cluster", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "aws_neptune_cluster", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "storage_encrypted", .key_path = "kms_key_arn"},
	{.type = "aws_opensearch_domain", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "encrypt_at_rest.enabled", .key_path = "encrypt_at_rest.kms_key_id"},
	{.type = "aws_opensearchserverless_collection", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "aws_qldb_ledger", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key"},
	{.type = "aws_rds_cluster", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "storage_encrypted", .key_path = "kms_key_id"},
	{.type = "aws_rds_cluster_snapshot_copy", .role = CAT_STORE, .loc = LOC_ATTR, .loc_path = "destination_region", .enc = ENC_TRUE, .enc_path = "storage_encrypted", .key_path = "kms_key_id", .copy = COPY_ARN, .copy_path = "source_db_cluster_snapshot_identifier"},
	{.type = "aws_rds_global_cluster", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_redshift_cluster", .role = CAT_STORE, .enc = ENC_TRUE, .enc_path = "encrypted", .key_path = "kms_key_id"},
	{.type = "aws_redshiftserverless_namespace", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_s3_bucket", .role = CAT_STORE, .bespoke = true},
	{.type = "aws_s3_bucket_replication_configuration", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_s3_bucket_server_side_encryption_configuration", .role = CAT_HELPER, .bespoke = true},
	{.type = "aws_s3_object", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "aws_secretsmanager_secret", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id", .replicas = "replica.region"},
	{.type = "aws_sns_topic", .role = CAT_STORE, .enc = ENC_SET, .enc_path = "kms_master_key_id", .key_path = "kms_master_key_id"},
	{.type = "aws_sqs_queue", .role = CAT_STORE, .bespoke = true},
	{.type = "aws_ssm_parameter", .role = CAT_STORE, .enc = ENC_EQ, .enc_path = "type", .enc_value = "SecureString", .key_path = "key_id"},
	{.type = "aws_timestreamwrite_database", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_id"},
	{.type = "azurerm_container_registry", .role = CAT_STORE, .enc = ENC_ALWAYS, .replicas = "georeplications.location"},
	{.type = "azurerm_cosmosdb_account", .role = CAT_STORE, .bespoke = true},
	{.type = "azurerm_cosmosdb_postgresql_cluster", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_data_lake_store", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_eventhub_namespace", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_key_vault", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_REPLICA, .pair_path = NULL},
	{.type = "azurerm_kusto_cluster", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_log_analytics_workspace", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_managed_disk", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_mariadb_server", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_BACKUP_TRUE, .pair_path = "geo_redundant_backup_enabled"},
	{.type = "azurerm_mssql_database", .role = CAT_STORE, .bespoke = true},
	{.type = "azurerm_mssql_managed_instance", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_BACKUP_GRS, .pair_path = "storage_account_type"},
	{.type = "azurerm_mysql_flexible_server", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_BACKUP_TRUE, .pair_path = "geo_redundant_backup_enabled"},
	{.type = "azurerm_mysql_server", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_BACKUP_TRUE, .pair_path = "geo_redundant_backup_enabled"},
	{.type = "azurerm_postgresql_flexible_server", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_BACKUP_TRUE, .pair_path = "geo_redundant_backup_enabled"},
	{.type = "azurerm_postgresql_server", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_BACKUP_TRUE, .pair_path = "geo_redundant_backup_enabled"},
	{.type = "azurerm_redis_cache", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_search_service", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_servicebus_namespace", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "azurerm_storage_account", .role = CAT_STORE, .enc = ENC_ALWAYS, .pair = PAIR_REPLICA_GEO, .pair_path = "account_replication_type"},
	{.type = "azurerm_synapse_workspace", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "google_alloydb_cluster", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "encryption_config.kms_key_name"},
	{.type = "google_artifact_registry_repository", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "kms_key_name"},
	{.type = "google_bigquery_dataset", .role = CAT_STORE, .bespoke = true},
	{.type = "google_bigtable_instance", .role = CAT_STORE, .loc = LOC_LIST, .loc_path = "cluster.zone", .enc = ENC_ALWAYS, .key_path = "cluster.kms_key_name"},
	{.type = "google_compute_disk", .role = CAT_STORE, .loc = LOC_ZONE, .loc_path = "zone", .enc = ENC_ALWAYS, .key_path = "disk_encryption_key.kms_key_self_link"},
	{.type = "google_compute_region_disk", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "disk_encryption_key.kms_key_name"},
	{.type = "google_dataproc_metastore_service", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "encryption_config.kms_key"},
	{.type = "google_filestore_instance", .role = CAT_STORE, .loc = LOC_ZONE, .loc_path = "location", .enc = ENC_ALWAYS, .key_path = "kms_key_name"},
	{.type = "google_firestore_database", .role = CAT_STORE, .bespoke = true},
	{.type = "google_healthcare_dataset", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "google_kms_crypto_key", .role = CAT_HELPER, .bespoke = true},
	{.type = "google_logging_project_bucket_config", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "cmek_settings.kms_key_name"},
	{.type = "google_memcache_instance", .role = CAT_STORE, .enc = ENC_ALWAYS},
	{.type = "google_pubsub_topic", .role = CAT_STORE, .bespoke = true},
	{.type = "google_redis_instance", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "customer_managed_key"},
	{.type = "google_secret_manager_secret", .role = CAT_STORE, .bespoke = true},
	{.type = "google_spanner_instance", .role = CAT_STORE, .bespoke = true},
	{.type = "google_spanner_instance_config", .role = CAT_HELPER, .bespoke = true},
	{.type = "google_sql_database_instance", .role = CAT_STORE, .bespoke = true},
	{.type = "google_storage_bucket", .role = CAT_STORE, .bespoke = true},
	{.type = "google_vertex_ai_dataset", .role = CAT_STORE, .enc = ENC_ALWAYS, .key_path = "encryption_spec.kms_key_name"},
};

static int cmp_row(const void *k, const void *r)
{
	return strcmp((const char *)k, ((const struct cat_row *)r)->type);
}

const struct cat_row *tf_catalog_find(const char *type)
{
	return bsearch(type, rows, sizeof rows / sizeof rows[0], sizeof rows[0], cmp_row);
}

const struct cat_row *tf_catalog_rows(size_t *n)
{
	*n = sizeof rows / sizeof rows[0];
	return rows;
}
