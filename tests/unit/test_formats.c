/*
** test_formats.c — the registry's sniffers never tie: every real input of
** tests/corpus/ is claimed by exactly the loader of its format (or, for
** formats residency does not read, by none), and the fixtures written for
** the state and Pulumi loaders are claimed by theirs.  Also Pulumi's type
** token mapping onto the Terraform catalog.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fides.h"
#include "plan.h"
#include "plan_armext.h"
#include "plan_tfext.h"
#include "util.h"

enum { F_NONE = -1, F_TF, F_CFN, F_ARM, F_AWSCONFIG, F_FIDES, F_TFSTATE, F_PULUMI, F_N };
static const char *const fname[F_N] = {"terraform", "cloudformation", "arm", "aws-config", "fides",
					"terraform-state", "pulumi"};

static int claims(const char *data, size_t len, int *which)
{
	bool c[F_N] = {plan_is_terraform(data, len), plan_is_cfn(data, len), plan_is_arm(data, len),
		       plan_is_awsconfig(data, len), plan_is_fides(data, len), plan_is_tfstate(data, len),
		       plan_is_pulumi(data, len)};
	int n = 0;
	*which = F_NONE;
	for (int i = 0; i < F_N; i++)
		if (c[i]) {
			n++;
			*which = i;
		}
	return n;
}

/* The format a corpus file is in: by folder, and for mixed folders by name. */
static int expected(const char *dir, const char *name)
{
	if (strcmp(dir, "terraform") == 0)
		return F_TF;
	if (strcmp(dir, "terraform-state") == 0)
		return F_TFSTATE;
	if (strcmp(dir, "pulumi") == 0)
		return F_PULUMI;	/* the event log and update plan too: the loader refuses them by name */
	if (strcmp(dir, "cloudformation") == 0)
		return F_CFN;
	if (strcmp(dir, "fides") == 0)
		return F_FIDES;
	if (strcmp(dir, "azure") == 0)
		return strstr(name, ".json") ? F_ARM : F_NONE;	/* .bicep sources are not read */
	if (strcmp(dir, "inventory") == 0) {
		if (strstr(name, "awsconfig"))
			return F_AWSCONFIG;
		if (strstr(name, "resource-graph"))
			return F_ARM;
		return F_NONE;	/* Google Cloud Asset Inventory, VCR cassettes: not read */
	}
	return F_NONE;	/* kubernetes */
}

static void check_file(const char *path, int want)
{
	size_t len;
	char *data = read_file(path, &len, (size_t)1 << 26);
	assert_non_null(data);
	int got, n = claims(data, len, &got);
	if (n > 1 || got != want)
		fail_msg("%s: claimed by %d loaders (last %s), expected %s", path, n,
			 got == F_NONE ? "none" : fname[got], want == F_NONE ? "none" : fname[want]);
	xfree(data);
}

static void test_corpus_formats(void **state)
{
	(void)state;
	static const char *const dirs[] = {"terraform", "terraform-state", "pulumi", "cloudformation", "fides",
					   "azure", "inventory", "kubernetes"};
	size_t seen = 0;
	for (size_t i = 0; i < ARRAY_LEN(dirs); i++) {
		char path[1024];
		snprintf(path, sizeof path, "tests/corpus/%s", dirs[i]);
		DIR *dp = opendir(path);
		assert_non_null(dp);
		struct dirent *e;
		while ((e = readdir(dp))) {
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof path, "tests/corpus/%s/%s", dirs[i], e->d_name);
			check_file(path, expected(dirs[i], e->d_name));
			seen++;
		}
		closedir(dp);
	}
	assert_true(seen >= 60);
}

static void test_fixture_formats(void **state)
{
	(void)state;
	static const struct {
		const char *path;
		int want;
	} f[] = {
		{"tests/tfstate/replication.tfstate", F_TFSTATE},
		{"tests/tfstate/no-region.tfstate", F_TFSTATE},
		{"tests/pulumi/preview-replication.json", F_PULUMI},
		{"tests/pulumi/export-gcp-sql.json", F_PULUMI},
		{"tests/pulumi/export-azure-native.json", F_PULUMI},
		{"tests/tf/class-tag.json", F_TF},
		{"tests/cfn/orders.json", F_CFN},
	};
	for (size_t i = 0; i < ARRAY_LEN(f); i++)
		check_file(f[i].path, f[i].want);
}

/* Keys, not values: a plan whose values mention the state's keys stays a plan. */
static void test_sniff_edges(void **state)
{
	(void)state;
	int w;
	const char *plan = "{\"format_version\":\"1.2\",\"planned_values\":{},\"prior_state\":"
			   "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{}}}}";
	assert_int_equal(claims(plan, strlen(plan), &w), 1);
	assert_int_equal(w, F_TF);
	const char *st = "{\"version\": 4, \"lineage\": \"x\", \"resources\": []}";
	assert_int_equal(claims(st, strlen(st), &w), 1);
	assert_int_equal(w, F_TFSTATE);
	const char *notkey = "{\"tags\": {\"a\": \"version\", \"b\": \"lineage\"}}";
	assert_false(plan_is_tfstate(notkey, strlen(notkey)));
	const char *show = "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[]}}}";
	assert_int_equal(claims(show, strlen(show), &w), 1);
	assert_int_equal(w, F_TFSTATE);
	const char *pu = "{\"steps\":[{\"op\":\"same\",\"urn\":\"urn:pulumi:a::b::pulumi:pulumi:Stack::b-a\"}]}";
	assert_int_equal(claims(pu, strlen(pu), &w), 1);
	assert_int_equal(w, F_PULUMI);
	assert_false(plan_is_pulumi("[\"urn:pulumi:\"]", 15));
}

/* Pulumi type tokens map to the catalog's Terraform types (renames included). */
static void test_pulumi_tokens(void **state)
{
	(void)state;
	static const char *const map[][2] = {
		{"aws:s3/bucket:Bucket", "aws_s3_bucket"},
		{"aws:s3/bucketV2:BucketV2", "aws_s3_bucket"},
		{"aws:s3/bucketReplicationConfig:BucketReplicationConfig", "aws_s3_bucket_replication_configuration"},
		{"aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
		 "aws_s3_bucket_server_side_encryption_configuration"},
		{"aws:s3/bucketObjectv2:BucketObjectv2", "aws_s3_object"},
		{"aws:dynamodb/table:Table", "aws_dynamodb_table"},
		{"aws:dynamodb/tableReplica:TableReplica", "aws_dynamodb_table_replica"},
		{"aws:rds/instance:Instance", "aws_db_instance"},
		{"aws:rds/cluster:Cluster", "aws_rds_cluster"},
		{"aws:rds/globalCluster:GlobalCluster", "aws_rds_global_cluster"},
		{"aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
		 "aws_db_instance_automated_backups_replication"},
		{"aws:rds/snapshotCopy:SnapshotCopy", "aws_db_snapshot_copy"},
		{"aws:kms/key:Key", "aws_kms_key"},
		{"aws:kms/replicaKey:ReplicaKey", "aws_kms_replica_key"},
		{"aws:backup/plan:Plan", "aws_backup_plan"},
		{"aws:backup/selection:Selection", "aws_backup_selection"},
		{"aws:efs/fileSystem:FileSystem", "aws_efs_file_system"},
		{"aws:efs/replicationConfiguration:ReplicationConfiguration", "aws_efs_replication_configuration"},
		{"aws:ebs/volume:Volume", "aws_ebs_volume"},
		{"aws:ec2/amiCopy:AmiCopy", "aws_ami_copy"},
		{"aws:fsx/openZfsFileSystem:OpenZfsFileSystem", "aws_fsx_openzfs_file_system"},
		{"aws:opensearch/serverlessCollection:ServerlessCollection", "aws_opensearchserverless_collection"},
		{"aws:cloudwatch/logGroup:LogGroup", "aws_cloudwatch_log_group"},
		{"aws:secretsmanager/secret:Secret", "aws_secretsmanager_secret"},
		{"gcp:storage/bucket:Bucket", "google_storage_bucket"},
		{"gcp:sql/databaseInstance:DatabaseInstance", "google_sql_database_instance"},
		{"gcp:bigquery/dataset:Dataset", "google_bigquery_dataset"},
		{"gcp:kms/cryptoKey:CryptoKey", "google_kms_crypto_key"},
		{"gcp:secretmanager/secret:Secret", "google_secret_manager_secret"},
		{"gcp:artifactregistry/repository:Repository", "google_artifact_registry_repository"},
		{"gcp:spanner/instance:Instance", "google_spanner_instance"},
		{"azure:storage/account:Account", "azurerm_storage_account"},
		{"azure:cosmosdb/account:Account", "azurerm_cosmosdb_account"},
		{"azure:keyvault/keyVault:KeyVault", "azurerm_key_vault"},
		{"azure:compute/managedDisk:ManagedDisk", "azurerm_managed_disk"},
		{"azure:containerservice/registry:Registry", "azurerm_container_registry"},
		{"azure:datalake/store:Store", "azurerm_data_lake_store"},
		{"azure:eventhub/eventHubNamespace:EventHubNamespace", "azurerm_eventhub_namespace"},
		{"azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace", "azurerm_log_analytics_workspace"},
	};
	char buf[128];
	for (size_t i = 0; i < ARRAY_LEN(map); i++) {
		if (!plan_pulumi_tf_type(map[i][0], buf, sizeof buf))
			fail_msg("%s maps to no catalog type", map[i][0]);
		assert_string_equal(buf, map[i][1]);
	}
	static const char *const none[] = {"aws:iam/role:Role", "azure-native:storage:StorageAccount",
					   "pulumi:providers:aws", "aws:s3:BucketEventSubscription", "aws", ""};
	for (size_t i = 0; i < ARRAY_LEN(none); i++)
		assert_false(plan_pulumi_tf_type(none[i], buf, sizeof buf));
}

/* Azure Native tokens: the ARM loader's types, API-version modules too; single servers and other types none. */
static void test_pulumi_azure_native_tokens(void **state)
{
	(void)state;
	static const char *const map[][2] = {
		{"azure-native:storage:StorageAccount", "Microsoft.Storage/storageAccounts"},
		{"azure-native:storage/v20230101:StorageAccount", "Microsoft.Storage/storageAccounts"},
		{"azure-native:documentdb:DatabaseAccount", "Microsoft.DocumentDB/databaseAccounts"},
		{"azure-native:cosmosdb:DatabaseAccount", "Microsoft.DocumentDB/databaseAccounts"},
		{"azure-native:sql:Database", "Microsoft.Sql/servers/databases"},
		{"azure-native:dbforpostgresql:Server", "Microsoft.DBforPostgreSQL/flexibleServers"},
		{"azure-native:dbforpostgresql/v20221201:Server", "Microsoft.DBforPostgreSQL/flexibleServers"},
		{"azure-native:dbformysql:Server", "Microsoft.DBforMySQL/flexibleServers"},
		{"azure-native:keyvault:Vault", "Microsoft.KeyVault/vaults"},
		{"azure-native:containerregistry:Registry", "Microsoft.ContainerRegistry/registries"},
		{"azure-native:containerregistry:Replication", "Microsoft.ContainerRegistry/registries/replications"},
		{"azure-native:cache:Redis", "Microsoft.Cache/Redis"},
		{"azure-native:redis:Redis", "Microsoft.Cache/Redis"},
		{"azure-native:eventhub:Namespace", "Microsoft.EventHub/namespaces"},
		{"azure-native:servicebus:Namespace", "Microsoft.ServiceBus/namespaces"},
		{"azure-native:operationalinsights:Workspace", "Microsoft.OperationalInsights/workspaces"},
		{"azure-native:synapse:Workspace", "Microsoft.Synapse/workspaces"},
	};
	char buf[128];
	for (size_t i = 0; i < ARRAY_LEN(map); i++) {
		if (!plan_pulumi_arm_type(map[i][0], buf, sizeof buf))
			fail_msg("%s maps to no ARM type", map[i][0]);
		assert_string_equal(buf, map[i][1]);
		assert_true(plan_arm_models(buf));
	}
	static const char *const none[] = {"azure-native:sql:Server", "azure-native:dbforpostgresql/v20171201:Server",
					   "azure-native:dbformysql/v20180601:Server", "azure-native:web:WebApp",
					   "azure-native:resources:ResourceGroup", "azure:storage/account:Account",
					   "azure-native:", "azure-native:storage", "azure-native:storage:", ""};
	for (size_t i = 0; i < ARRAY_LEN(none); i++)
		assert_false(plan_pulumi_arm_type(none[i], buf, sizeof buf));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_corpus_formats),
		cmocka_unit_test(test_fixture_formats),
		cmocka_unit_test(test_sniff_edges),
		cmocka_unit_test(test_pulumi_tokens),
		cmocka_unit_test(test_pulumi_azure_native_tokens),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
