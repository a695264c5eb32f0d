#!/usr/bin/env python3
"""Write tests/tf/catalog-{aws,google,azure}.json: one resource per type
modelled by a row of src/tf_catalog.c (not the bespoke ones), in the format
of `terraform show -json`, with the attributes each row reads (provider
schemas: registry.terraform.io aws 5.x/6.x, google 5.x, azurerm 3.x).
Run from the repository root: python3 tests/tf/gen_catalog.py"""
import json

KEY_FRA = "arn:aws:kms:eu-central-1:111122223333:key/0b1c"

aws = {
    "aws_elasticache_replication_group": {"at_rest_encryption_enabled": True, "kms_key_id": KEY_FRA},
    "aws_elasticache_cluster": {"at_rest_encryption_enabled": False},
    "aws_elasticache_serverless_cache": {},
    "aws_memorydb_cluster": {"kms_key_arn": KEY_FRA},
    "aws_dax_cluster": {"server_side_encryption": [{"enabled": True}]},
    "aws_redshiftserverless_namespace": {"region": "us-east-1"},
    "aws_docdb_elastic_cluster": {},
    "aws_keyspaces_table": {"encryption_specification": [{"kms_key_identifier": KEY_FRA, "type": "CUSTOMER_MANAGED_KMS_KEY"}]},
    "aws_timestreamwrite_database": {},
    "aws_qldb_ledger": {},
    "aws_fsx_lustre_file_system": {},
    "aws_fsx_windows_file_system": {},
    "aws_fsx_ontap_file_system": {},
    "aws_fsx_openzfs_file_system": {},
    "aws_ecr_repository": {"encryption_configuration": [{"encryption_type": "KMS", "kms_key": KEY_FRA}]},
    "aws_cloudwatch_log_group": {},
    "aws_kinesis_firehose_delivery_stream": {"server_side_encryption": [{"enabled": True, "key_arn": KEY_FRA}]},
    "aws_msk_cluster": {"encryption_info": [{"encryption_at_rest_kms_key_arn": KEY_FRA}]},
    "aws_msk_serverless_cluster": {},
    "aws_mq_broker": {},
    "aws_sns_topic": {"kms_master_key_id": "alias/aws/sns"},
    "aws_glacier_vault": {},
    "aws_s3_object": {},
    "aws_ssm_parameter": {"type": "SecureString"},
    "aws_opensearchserverless_collection": {},
    "aws_dynamodb_global_table": {"replica": [{"region_name": "eu-west-1"}, {"region_name": "us-east-1"}]},
    "aws_db_snapshot_copy": {"source_db_snapshot_identifier": "arn:aws:rds:us-west-2:111122223333:snapshot:s1", "encrypted": True},
    "aws_rds_cluster_snapshot_copy": {"source_db_cluster_snapshot_identifier": "c1", "destination_region": "eu-central-1", "storage_encrypted": True},
    "aws_ebs_snapshot_copy": {"source_region": "eu-central-1", "encrypted": False},
    "aws_ami_copy": {"source_ami_region": "ap-south-1", "encrypted": True},
    "aws_lightsail_database": {},
}
google = {
    "google_bigtable_instance": {"cluster": [{"cluster_id": "a", "zone": "europe-west1-b"}, {"cluster_id": "b", "zone": "us-central1-c"}]},
    "google_redis_instance": {"region": "europe-west3", "customer_managed_key": "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k"},
    "google_memcache_instance": {"region": "europe-west1"},
    "google_filestore_instance": {"location": "europe-west4-a"},
    "google_alloydb_cluster": {"location": "us-central1"},
    "google_artifact_registry_repository": {"location": "europe-west2"},
    "google_logging_project_bucket_config": {"location": "europe-west1"},
    "google_compute_disk": {"zone": "europe-north1-a", "disk_encryption_key": [{"kms_key_self_link": "projects/p/locations/europe-north1/keyRings/r/cryptoKeys/k"}]},
    "google_compute_region_disk": {"region": "europe-west6"},
    "google_healthcare_dataset": {"location": "europe-west2"},
    "google_vertex_ai_dataset": {"region": "europe-west4"},
    "google_dataproc_metastore_service": {"location": "europe-west1"},
}
azure = {
    "azurerm_redis_cache": {"location": "West Europe"},
    "azurerm_mysql_server": {"location": "northeurope", "geo_redundant_backup_enabled": True},
    "azurerm_mariadb_server": {"location": "westeurope", "geo_redundant_backup_enabled": False},
    "azurerm_mssql_managed_instance": {"location": "germanywestcentral"},
    "azurerm_synapse_workspace": {"location": "francecentral"},
    "azurerm_key_vault": {"location": "swedencentral"},
    "azurerm_eventhub_namespace": {"location": "westeurope"},
    "azurerm_servicebus_namespace": {"location": "westeurope"},
    "azurerm_log_analytics_workspace": {"location": "westeurope"},
    "azurerm_container_registry": {"location": "westeurope", "georeplications": [{"location": "eastus"}]},
    "azurerm_kusto_cluster": {"location": "northeurope"},
    "azurerm_search_service": {"location": "northeurope"},
    "azurerm_managed_disk": {"location": "northeurope"},
    "azurerm_cosmosdb_postgresql_cluster": {"location": "westeurope"},
    "azurerm_data_lake_store": {"location": "northeurope"},
}

def plan(types, provider, region_expr, labels_key):
    rcs, cfg = [], []
    for t, after in types.items():
        a = dict(after)
        a[labels_key] = {"data-classes": "personal"}
        rcs.append({"address": t + ".x", "mode": "managed", "type": t, "name": "x",
                    "provider_name": "registry.terraform.io/hashicorp/" + provider,
                    "change": {"actions": ["create"], "after": a, "after_unknown": {}}})
        cfg.append({"address": t + ".x", "mode": "managed", "type": t, "name": "x",
                    "provider_config_key": provider, "expressions": {}})
    pc = {provider: {"name": provider, "expressions": region_expr}}
    return {"format_version": "1.2", "terraform_version": "1.9.5", "resource_changes": rcs,
            "configuration": {"provider_config": pc, "root_module": {"resources": cfg}}}

for name, types, prov, reg, lk in [
        ("aws", aws, "aws", {"region": {"constant_value": "eu-west-1"}}, "tags"),
        ("google", google, "google", {"region": {"constant_value": "europe-west1"}}, "labels"),
        ("azure", azure, "azurerm", {}, "tags")]:
    with open("tests/tf/catalog-%s.json" % name, "w") as f:
        json.dump(plan(types, prov, reg, lk), f, indent=1)
        f.write("\n")
