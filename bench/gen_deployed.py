#!/usr/bin/env python3
"""Deterministic inputs of the deployed-state loaders, for bench/loaders.sh.

    gen_deployed.py tfstate N OUT.tfstate   a `terraform.tfstate` v4 of N resources
                                            (about 2.6 KB each: N=19000 is ~50 MB)
    gen_deployed.py pulumi N OUT.json       a `pulumi stack export` of N resources,
                                            AWS and Azure Native (N=21000 is ~50 MB)
    gen_deployed.py gcpasset N OUT.ndjson   a Cloud Asset Inventory export (`gcloud
                                            asset export --content-type=resource`,
                                            one asset a line; N=50000 is ~50 MB)

The shapes are those the loaders read and the fixtures pin (tests/tfstate,
tests/corpus/terraform-state, tests/pulumi, tests/gcp).  In each, about a
third of the resources hold data, tagged (labelled) with their
`data-classes` among a few other tags (about 5% carry none: `unclassified`);
the rest is the bulk a real estate carries.

- tfstate: `resources[]` with `instances[].attributes` as Terraform 1.9 and
  the AWS provider 6 write them (every regional resource records its
  `region`; an ARN too): S3 buckets and replication configurations,
  RDS instances and Aurora clusters, DynamoDB tables with replicas, EFS,
  KMS keys; IAM roles with policy documents, security groups, Lambda
  functions, instances; some resources with `count` (several instances),
  some in modules, a few data sources.  Indented by 2, as Terraform writes it.
- pulumi: `deployment.resources[]` with urn/type/inputs/outputs/parent/
  provider: the stack, AWS providers with a `region` input each and Azure
  Native ones with a `location`, resource groups; AWS buckets, RDS
  instances, DynamoDB tables with `replicas`, KMS keys and the same bulk as
  above (camelCase, `tags`/`tagsAll`); Azure Native storage accounts
  (GRS/RA-GRS/LRS), Cosmos DB accounts with locations, Key Vaults, SQL
  databases, plus virtual networks and web sites.  Indented by 4, as
  `pulumi stack export` writes it.
- gcpasset: storage buckets (regions, multi- and dual-regions), BigQuery
  datasets, Cloud SQL instances with backups (some read replicas of an
  earlier primary), Pub/Sub topics with persistence regions, Secret Manager
  secrets with user-managed replicas, Spanner instances; and compute
  instances, service accounts, firewalls, subnetworks (not modelled,
  unlabelled: skipped).  Labels are Google labels (one class a label).

Every location is a real one, so `residency check --fail-on never` reads
the whole file (exit 0 or 1).  The output depends only on the arguments.
"""
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gen_plan import Rng  # noqa: E402
import gen_tf  # noqa: E402

ACCOUNT = "123456789012"
AWS_REGIONS = gen_tf.REGIONS
CLASSES = gen_tf.CLASSES


# ---------------------------------------------------------------- tfstate
def tf_arn(typ, region, name):
    svc = {"aws_s3_bucket": None, "aws_db_instance": "rds", "aws_rds_cluster": "rds",
           "aws_dynamodb_table": "dynamodb", "aws_efs_file_system": "elasticfilesystem",
           "aws_kms_key": "kms", "aws_iam_role": None, "aws_security_group": "ec2",
           "aws_lambda_function": "lambda", "aws_instance": "ec2"}[typ]
    if typ == "aws_s3_bucket":
        return f"arn:aws:s3:::{name}"
    if typ == "aws_iam_role":
        return f"arn:aws:iam::{ACCOUNT}:role/{name}"
    return f"arn:aws:{svc}:{region}:{ACCOUNT}:{typ[4:]}/{name}"


def tfstate(n, out):
    r = Rng(6_000_000 + n)
    provider = 'provider["registry.terraform.io/hashicorp/aws"]'
    res, buckets = [], []
    i = 0
    while i < n:
        typ, make, _ = r.pick(gen_tf.KINDS)
        if buckets and r.chance(0.04):
            typ, make = "aws_s3_bucket_replication_configuration", None
        name = f"{typ[4:]}_{i:06d}"
        count = 1 + r.below(3) if r.chance(0.1) else 0  # `count`: instances with index_key
        mod = f"module.app_{r.below(max(1, n // 200)):03d}" if r.chance(0.3) else None
        insts = []
        for k in range(max(count, 1)):
            region = r.pick(AWS_REGIONS)
            classified = not r.chance(0.05)
            if make is None:
                src, dst = r.pick(buckets), r.pick(buckets)
                region = src[1]
                attrs = {"bucket": src[0], "id": src[0],
                         "role": f"arn:aws:iam::{ACCOUNT}:role/replication",
                         "rule": [{"id": "all", "status": "Enabled", "priority": 1, "prefix": "",
                                   "delete_marker_replication": [{"status": "Enabled"}],
                                   "destination": [{"bucket": f"arn:aws:s3:::{dst[0]}",
                                                    "storage_class": "STANDARD", "account": "",
                                                    "access_control_translation": [],
                                                    "encryption_configuration": [], "metrics": [],
                                                    "replication_time": []}],
                                   "existing_object_replication": [], "filter": [{"prefix": "", "tag": [],
                                                                                  "and": []}],
                                   "source_selection_criteria": []}], "token": None}
            else:
                attrs, unknown = make(r, f"{name}_{k}" if count else name, region, classified)
                ident = attrs.get("bucket") or attrs.get("identifier") or attrs.get("cluster_identifier") \
                    or attrs.get("function_name") or attrs.get("name") or f"{typ[4:]}-{r.next() & 0xffffffff:08x}"
                if typ == "aws_s3_bucket" and count:
                    ident = f"{ident}-{k}"
                    attrs["bucket"] = ident
                # what apply filled in: the computed attributes, as strings
                for key, v in unknown.items():
                    if v is True and key not in attrs:
                        attrs[key] = "" if key in ("policy", "kms_key_id") else f"{key}-{r.next() & 0xffffffff:08x}"
                attrs["id"] = ident
                attrs["arn"] = tf_arn(typ, region, ident)
                if typ == "aws_s3_bucket":
                    buckets.append((ident, region))
                    attrs["bucket_regional_domain_name"] = f"{ident}.s3.{region}.amazonaws.com"
            attrs["region"] = region
            inst = {"schema_version": 0, "attributes": attrs, "sensitive_attributes": [],
                    "private": "eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ=="}
            if count:
                inst = {"index_key": k, **inst}
            insts.append(inst)
        entry = {"mode": "managed", "type": typ, "name": name, "provider": provider, "instances": insts}
        if mod:
            entry = {"module": mod, **entry}
        if r.chance(0.02):
            res.append({"mode": "data", "type": "aws_caller_identity", "name": f"current_{i}",
                        "provider": provider,
                        "instances": [{"schema_version": 0, "attributes": {
                            "account_id": ACCOUNT, "arn": f"arn:aws:iam::{ACCOUNT}:user/deploy",
                            "id": ACCOUNT, "user_id": "AIDAEXAMPLE"}, "sensitive_attributes": []}]})
        res.append(entry)
        i += 1
    state = {"version": 4, "terraform_version": "1.9.8", "serial": 1 + n // 100,
             "lineage": "5f0c1f0e-8d2a-4b7e-9c3e-2a6d1b0e7f41", "outputs": {}, "resources": res,
             "check_results": None}
    with open(out, "w", encoding="ascii") as f:
        json.dump(state, f, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- pulumi
def camel(k):
    parts = k.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def pulumi_vals(v):
    """Terraform attributes as the bridge writes them: camelCase keys, one-item
    blocks flattened to an object, tag maps as written."""
    if isinstance(v, dict):
        return {(k if k in ("tags", "tagsAll") else camel(k)):
                (x if k in ("tags", "tags_all") else pulumi_vals(x)) for k, x in v.items()}
    if isinstance(v, list):
        if len(v) == 1 and isinstance(v[0], dict):
            return pulumi_vals(v[0])
        return [pulumi_vals(x) for x in v]
    return v


AWS_TOKENS = {"aws_s3_bucket": "aws:s3/bucketV2:BucketV2", "aws_db_instance": "aws:rds/instance:Instance",
              "aws_rds_cluster": "aws:rds/cluster:Cluster", "aws_dynamodb_table": "aws:dynamodb/table:Table",
              "aws_efs_file_system": "aws:efs/fileSystem:FileSystem", "aws_kms_key": "aws:kms/key:Key",
              "aws_iam_role": "aws:iam/role:Role", "aws_security_group": "aws:ec2/securityGroup:SecurityGroup",
              "aws_lambda_function": "aws:lambda/function:Function", "aws_instance": "aws:ec2/instance:Instance"}
AZ_REGIONS = ("westeurope northeurope germanywestcentral francecentral swedencentral uksouth eastus "
              "eastus2 westus2 canadacentral brazilsouth centralindia japaneast southeastasia "
              "australiaeast").split()


def az_tags(r, classified=True):
    t = {"env": r.pick(["prod", "staging", "dev"]), "owner": f"team-{r.below(40)}",
         "cost-center": f"CC-{1000 + r.below(9000)}"}
    if classified:
        t["data-classes"] = r.pick(CLASSES)
    return t


def az_resource(r, kind, name, rg, loc):
    """(token, inputs, extra outputs, ARM type) of an Azure Native resource."""
    tags = az_tags(r, kind in ("storage", "cosmos", "vault", "sqldb") and not r.chance(0.05))
    if kind == "storage":
        sku = r.pick(["Standard_LRS", "Standard_GRS", "Standard_RAGRS", "Standard_ZRS"])
        acct = f"st{name.replace('_', '')}"[:24]
        return ("azure-native:storage:StorageAccount",
                {"accountName": acct, "kind": "StorageV2", "location": loc, "resourceGroupName": rg,
                 "sku": {"name": sku}, "enableHttpsTrafficOnly": True, "minimumTlsVersion": "TLS1_2",
                 "allowBlobPublicAccess": False, "tags": tags},
                {"primaryEndpoints": {"blob": f"https://{acct}.blob.core.windows.net/",
                                      "dfs": f"https://{acct}.dfs.core.windows.net/"},
                 "provisioningState": "Succeeded", "creationTime": "2026-11-20T08:10:43.000Z"},
                "Microsoft.Storage/storageAccounts")
    if kind == "cosmos":
        locs = [loc] + r.sample([x for x in AZ_REGIONS if x != loc], r.below(3))
        return ("azure-native:documentdb:DatabaseAccount",
                {"accountName": name.replace("_", "-"), "databaseAccountOfferType": "Standard",
                 "location": loc, "resourceGroupName": rg,
                 "locations": [{"locationName": x, "failoverPriority": j, "isZoneRedundant": False}
                               for j, x in enumerate(locs)],
                 "consistencyPolicy": {"defaultConsistencyLevel": "Session"}, "tags": tags},
                {"documentEndpoint": f"https://{name.replace('_', '-')}.documents.azure.com:443/",
                 "provisioningState": "Succeeded"},
                "Microsoft.DocumentDB/databaseAccounts")
    if kind == "vault":
        return ("azure-native:keyvault:Vault",
                {"vaultName": f"kv-{name[-12:]}".replace("_", "-"), "location": loc, "resourceGroupName": rg,
                 "properties": {"tenantId": "00000000-0000-0000-0000-000000000001", "sku": {"family": "A",
                                                                                           "name": "standard"},
                                "enableSoftDelete": True, "enablePurgeProtection": True,
                                "accessPolicies": []}, "tags": tags},
                {"provisioningState": "Succeeded"}, "Microsoft.KeyVault/vaults")
    if kind == "sqldb":
        return ("azure-native:sql:Database",
                {"databaseName": name.replace("_", "-"), "serverName": f"sql-{rg}", "location": loc,
                 "resourceGroupName": rg, "sku": {"name": "GP_Gen5_2", "tier": "GeneralPurpose"},
                 "requestedBackupStorageRedundancy": r.pick(["Local", "Zone", "Geo"]), "tags": tags},
                {"status": "Online", "currentServiceObjectiveName": "GP_Gen5_2"},
                "Microsoft.Sql/servers/databases")
    if kind == "vnet":
        return ("azure-native:network:VirtualNetwork",
                {"virtualNetworkName": name.replace("_", "-"), "location": loc, "resourceGroupName": rg,
                 "addressSpace": {"addressPrefixes": [f"10.{r.below(256)}.0.0/16"]},
                 "subnets": [{"name": f"snet-{j}", "addressPrefix": f"10.{r.below(256)}.{j}.0/24"}
                             for j in range(3)], "tags": tags},
                {"provisioningState": "Succeeded", "resourceGuid": f"{r.next():016x}"},
                "Microsoft.Network/virtualNetworks")
    return ("azure-native:web:WebApp",
            {"name": name.replace("_", "-"), "location": loc, "resourceGroupName": rg,
             "httpsOnly": True, "siteConfig": {"alwaysOn": True, "linuxFxVersion": "PYTHON|3.12",
                                               "appSettings": [{"name": "LOG_LEVEL", "value": "info"},
                                                               {"name": "TABLE", "value": f"t{r.below(999)}"}]},
             "tags": tags},
            {"defaultHostName": f"{name.replace('_', '-')}.azurewebsites.net", "state": "Running"},
            "Microsoft.Web/sites")


def pulumi(n, out):
    r = Rng(7_000_000 + n)
    pre = "urn:pulumi:prod::estate::"
    stack = pre + "pulumi:pulumi:Stack::estate-prod"
    t0 = "2026-11-20T08:10:43.000Z"
    res = [{"urn": stack, "custom": False, "type": "pulumi:pulumi:Stack", "created": t0, "modified": t0}]
    provs = []
    for reg in AWS_REGIONS[:8]:
        urn = pre + f"pulumi:providers:aws::aws-{reg}"
        pid = f"{r.next():016x}-aws"
        res.append({"urn": urn, "custom": True, "id": pid, "type": "pulumi:providers:aws",
                    "inputs": {"region": reg, "version": "6.60.0"}, "outputs": {"region": reg, "version": "6.60.0"},
                    "parent": stack, "created": t0, "modified": t0})
        provs.append((f"{urn}::{pid}", reg))
    azp = pre + "pulumi:providers:azure-native::default_2_73_0"
    azpid = "d2b0c4b6-0e27-4c59-a4c1-5d9a3f7e2b18"
    res.append({"urn": azp, "custom": True, "id": azpid, "type": "pulumi:providers:azure-native",
                "inputs": {"location": "westeurope", "version": "2.73.0"},
                "outputs": {"location": "westeurope", "version": "2.73.0"}, "created": t0, "modified": t0})
    azprov = f"{azp}::{azpid}"
    sub = "/subscriptions/00000000-0000-0000-0000-000000000000"
    rgs = []
    for j in range(max(1, n // 500)):
        loc = r.pick(AZ_REGIONS)
        rg = f"rg-{j:04d}"
        res.append({"urn": pre + f"azure-native:resources:ResourceGroup::{rg}", "custom": True,
                    "id": f"{sub}/resourceGroups/{rg}", "type": "azure-native:resources:ResourceGroup",
                    "inputs": {"location": loc, "resourceGroupName": rg},
                    "outputs": {"location": loc, "name": rg, "provisioningState": "Succeeded",
                                "type": "Microsoft.Resources/resourceGroups"},
                    "parent": stack, "provider": azprov, "created": t0, "modified": t0})
        rgs.append((rg, loc))
    az_kinds = ["storage"] * 3 + ["cosmos", "vault", "sqldb"] + ["vnet"] * 3 + ["web"] * 3
    for i in range(n):
        t = f"{t0[:-5]}{i % 1000:03d}Z"
        if r.chance(0.35):  # Azure Native
            kind = r.pick(az_kinds)
            name = f"{kind}_{i:06d}"
            rg, rgloc = r.pick(rgs)
            loc = rgloc if r.chance(0.5) else r.pick(AZ_REGIONS)
            token, inputs, extra, armtype = az_resource(r, kind, name, rg, loc)
            arm_id = f"{sub}/resourceGroups/{rg}/providers/{armtype}/{name.replace('_', '-')}"
            outputs = {k: v for k, v in inputs.items() if k != "resourceGroupName"}
            outputs.update(extra)
            outputs.update({"id": arm_id, "name": name.replace("_", "-"), "type": armtype})
            res.append({"urn": pre + f"{token}::{name}", "custom": True, "id": arm_id, "type": token,
                        "inputs": inputs, "outputs": outputs, "parent": stack, "provider": azprov,
                        "created": t, "modified": t})
            continue
        typ, make, _ = r.pick(gen_tf.KINDS)
        name = f"{typ[4:]}_{i:06d}"
        prov, region = r.pick(provs)
        values, unknown = make(r, name, region, not r.chance(0.05))
        values.pop("timeouts", None)
        ident = values.get("bucket") or values.get("identifier") or values.get("cluster_identifier") \
            or values.get("function_name") or values.get("name") or f"{typ[4:]}-{r.next() & 0xffffffff:08x}"
        inputs = pulumi_vals(values)
        inputs.pop("tagsAll", None)
        inputs["__defaults"] = []
        computed = {k: f"{k}-{r.next() & 0xffffffff:08x}" for k, v in unknown.items()
                    if v is True and k not in values and k not in ("arn", "id", "policy", "kms_key_id")}
        outputs = pulumi_vals({**values, **computed})
        outputs["id"] = ident
        outputs["arn"] = tf_arn(typ, region, ident)
        if typ == "aws_s3_bucket":
            outputs["region"] = region
            outputs["bucketRegionalDomainName"] = f"{ident}.s3.{region}.amazonaws.com"
        res.append({"urn": pre + f"{AWS_TOKENS[typ]}::{name}", "custom": True, "id": ident,
                    "type": AWS_TOKENS[typ], "inputs": inputs, "outputs": outputs, "parent": stack,
                    "provider": prov, "propertyDependencies": {k: [] for k in inputs if k != "__defaults"},
                    "created": t, "modified": t})
    export = {"version": 3, "deployment": {
        "manifest": {"time": "2026-11-21T15:02:11.082214Z", "magic": "0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b",
                     "version": "v3.140.0"},
        "secrets_providers": {"type": "service", "state": {"url": "https://api.pulumi.com", "owner": "acme",
                                                           "project": "estate", "stack": "prod"}},
        "resources": res}}
    with open(out, "w", encoding="ascii") as f:
        json.dump(export, f, indent=4)
        f.write("\n")


# ---------------------------------------------------------------- gcpasset
GCP_REGIONS = ("europe-west1 europe-west2 europe-west3 europe-west4 europe-north1 europe-southwest1 "
               "us-central1 us-east1 us-east4 us-west1 northamerica-northeast1 southamerica-east1 "
               "asia-south1 asia-northeast1 asia-southeast1 australia-southeast1").split()
GCP_CLASSES = ["personal", "personal", "health", "payment", "trade_secret", "confidential_business",
               "public_data", "children", "biometric"]


def gcp_labels(r, classified):
    lab = {"env": r.pick(["prod", "staging", "dev"]), "owner": f"team-{r.below(40)}",
           "cost-center": f"cc-{1000 + r.below(9000)}"}
    if classified:
        lab["data-classes"] = r.pick(GCP_CLASSES)
        if r.chance(0.5):
            lab["data-origin"] = r.pick(["de", "fr", "de-fr", "us", "in", "br"])
    return lab


def gcpasset(n, out):
    r = Rng(8_000_000 + n)
    sqls = []  # (project, instance, region) of Cloud SQL primaries
    kinds = ["bucket"] * 4 + ["dataset"] * 2 + ["sql"] * 2 + ["topic", "secret", "spanner"] + \
            ["vm"] * 4 + ["sa"] * 3 + ["firewall"] * 3 + ["subnet"] * 3
    with open(out, "w", encoding="ascii") as f:
        for i in range(n):
            kind = r.pick(kinds)
            proj = f"acme-{r.pick(['prod', 'data', 'web', 'ml'])}-{r.below(20):02d}"
            pnum = 100000000000 + r.below(20) * 7919
            region = r.pick(GCP_REGIONS)
            classified = not r.chance(0.05)
            name = f"{kind}-{i:06d}"
            loc = region
            if kind == "bucket":
                loc = r.pick([region, region, "EU", "US", "ASIA", "EUR4", "NAM4"])
                typ, disc, ver = "storage.googleapis.com/Bucket", "Bucket", "v1"
                aname = f"//storage.googleapis.com/projects/_/buckets/{name}"
                data = {"id": name, "kind": "storage#bucket", "labels": gcp_labels(r, classified),
                        "location": loc, "locationType": "region" if loc == region else
                        "dual-region" if loc.endswith("4") else "multi-region",
                        "name": name, "projectNumber": str(pnum), "storageClass": "STANDARD",
                        "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": True},
                                             "publicAccessPrevention": "enforced"},
                        "versioning": {"enabled": r.chance(0.5)}, "timeCreated": "2026-01-12T09:00:00.000Z",
                        "selfLink": f"https://www.googleapis.com/storage/v1/b/{name}", "etag": "CAE="}
                loc = loc.lower()
            elif kind == "dataset":
                loc = r.pick([region, "EU", "US"])
                typ, disc, ver = "bigquery.googleapis.com/Dataset", "Dataset", "v2"
                aname = f"//bigquery.googleapis.com/projects/{proj}/datasets/{name.replace('-', '_')}"
                data = {"datasetReference": {"datasetId": name.replace("-", "_"), "projectId": proj},
                        "id": f"{proj}:{name.replace('-', '_')}", "kind": "bigquery#dataset",
                        "labels": gcp_labels(r, classified), "location": loc,
                        "creationTime": "1733000000000", "lastModifiedTime": "1733000000000",
                        "defaultTableExpirationMs": "5184000000"}
                loc = loc.lower()
            elif kind == "sql":
                typ, disc, ver = "sqladmin.googleapis.com/Instance", "DatabaseInstance", "v1beta4"
                aname = f"//cloudsql.googleapis.com/projects/{proj}/instances/{name}"
                settings = {"tier": "db-custom-2-7680", "availabilityType": r.pick(["ZONAL", "REGIONAL"]),
                            "dataDiskSizeGb": str(100 * (1 + r.below(5))), "dataDiskType": "PD_SSD",
                            "ipConfiguration": {"ipv4Enabled": False, "requireSsl": True},
                            "userLabels": gcp_labels(r, classified)}
                data = {"backendType": "SECOND_GEN", "connectionName": f"{proj}:{region}:{name}",
                        "databaseVersion": r.pick(["POSTGRES_15", "POSTGRES_16", "MYSQL_8_0"]),
                        "gceZone": f"{region}-b", "instanceType": "CLOUD_SQL_INSTANCE", "kind": "sql#instance",
                        "name": name, "project": proj, "region": region, "state": "RUNNABLE"}
                if sqls and r.chance(0.15):
                    mp, mi, _ = r.pick(sqls)
                    data["masterInstanceName"] = f"{mp}:{mi}"
                    data["instanceType"] = "READ_REPLICA_INSTANCE"
                else:
                    backup = {"enabled": True, "pointInTimeRecoveryEnabled": True}
                    # the nearest multi-region is documented for europe-, us- and asia- only
                    if r.chance(0.3) or not region.startswith(("europe-", "us-", "asia-")):
                        backup["location"] = r.pick(["eu", "us", region])
                    settings["backupConfiguration"] = backup
                    if classified:  # a replica of an unclassified primary fails closed
                        sqls.append((proj, name, region))
                data["settings"] = settings
            elif kind == "topic":
                regs = r.sample(GCP_REGIONS, 1 + r.below(3))
                typ, disc, ver = "pubsub.googleapis.com/Topic", "Topic", "v1"
                aname = f"//pubsub.googleapis.com/projects/{proj}/topics/{name}"
                data = {"labels": gcp_labels(r, classified), "messageStoragePolicy": {
                        "allowedPersistenceRegions": regs}, "name": f"projects/{proj}/topics/{name}"}
                loc = None
            elif kind == "secret":
                regs = r.sample(GCP_REGIONS, 1 + r.below(3))
                typ, disc, ver = "secretmanager.googleapis.com/Secret", "Secret", "v1"
                aname = f"//secretmanager.googleapis.com/projects/{pnum}/secrets/{name}"
                data = {"createTime": "2026-01-12T09:00:00.000Z", "labels": gcp_labels(r, classified),
                        "name": f"projects/{pnum}/secrets/{name}",
                        "replication": {"userManaged": {"replicas": [{"location": x} for x in regs]}}}
                loc = None
            elif kind == "spanner":
                cfg = r.pick([f"regional-{region}", f"regional-{region}", "eur3"])
                typ, disc, ver = "spanner.googleapis.com/Instance", "Instance", "v1"
                aname = f"//spanner.googleapis.com/projects/{proj}/instances/{name}"
                data = {"config": f"projects/{proj}/instanceConfigs/{cfg}", "displayName": name,
                        "labels": gcp_labels(r, classified), "name": f"projects/{proj}/instances/{name}",
                        "nodeCount": 1 + r.below(3), "processingUnits": 1000, "state": "READY"}
                loc = None
            elif kind == "vm":
                zone = f"{region}-{r.pick('abc')}"
                typ, disc, ver = "compute.googleapis.com/Instance", "Instance", "v1"
                aname = f"//compute.googleapis.com/projects/{proj}/zones/{zone}/instances/{name}"
                base = f"https://www.googleapis.com/compute/v1/projects/{proj}"
                data = {"id": str(r.next() >> 1), "name": name, "zone": f"{base}/zones/{zone}",
                        "machineType": f"{base}/zones/{zone}/machineTypes/{r.pick(['e2-medium', 'n2-standard-4'])}",
                        "status": "RUNNING", "canIpForward": False, "deletionProtection": False,
                        "disks": [{"autoDelete": True, "boot": True, "deviceName": "persistent-disk-0",
                                   "diskSizeGb": "50", "interface": "SCSI", "mode": "READ_WRITE",
                                   "source": f"{base}/zones/{zone}/disks/{name}", "type": "PERSISTENT"}],
                        "networkInterfaces": [{"name": "nic0", "network": f"{base}/global/networks/default",
                                               "networkIP": f"10.{r.below(256)}.{r.below(256)}.{r.below(256)}",
                                               "subnetwork": f"{base}/regions/{region}/subnetworks/default"}],
                        "scheduling": {"automaticRestart": True, "onHostMaintenance": "MIGRATE",
                                       "preemptible": False},
                        "serviceAccounts": [{"email": f"app@{proj}.iam.gserviceaccount.com",
                                             "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}],
                        "labels": gcp_labels(r, False), "selfLink": f"{base}/zones/{zone}/instances/{name}"}
                loc = zone
            elif kind == "sa":
                typ, disc, ver = "iam.googleapis.com/ServiceAccount", "ServiceAccount", "v1"
                email = f"{name}@{proj}.iam.gserviceaccount.com"
                aname = f"//iam.googleapis.com/projects/{proj}/serviceAccounts/{r.next() >> 1}"
                data = {"email": email, "name": f"projects/{proj}/serviceAccounts/{email}",
                        "oauth2ClientId": str(r.next() >> 1), "projectId": proj, "uniqueId": str(r.next() >> 1),
                        "displayName": f"service account {name}"}
                loc = "global"
            elif kind == "firewall":
                typ, disc, ver = "compute.googleapis.com/Firewall", "Firewall", "v1"
                aname = f"//compute.googleapis.com/projects/{proj}/global/firewalls/{name}"
                data = {"allowed": [{"IPProtocol": "tcp", "ports": [str(p) for p in r.sample([22, 80, 443, 5432,
                                                                                              8080], 2)]}],
                        "direction": "INGRESS", "disabled": False, "name": name,
                        "network": f"https://www.googleapis.com/compute/v1/projects/{proj}/global/networks/default",
                        "priority": 1000, "sourceRanges": [f"10.{r.below(256)}.0.0/16"],
                        "logConfig": {"enable": False}}
                loc = "global"
            else:
                typ, disc, ver = "compute.googleapis.com/Subnetwork", "Subnetwork", "v1"
                aname = f"//compute.googleapis.com/projects/{proj}/regions/{region}/subnetworks/{name}"
                data = {"gatewayAddress": f"10.{r.below(256)}.0.1", "ipCidrRange": f"10.{r.below(256)}.0.0/20",
                        "name": name, "privateIpGoogleAccess": True, "purpose": "PRIVATE", "stackType": "IPV4_ONLY",
                        "region": f"https://www.googleapis.com/compute/v1/projects/{proj}/regions/{region}"}
            resource = {"version": ver,
                        "discovery_document_uri": f"https://{typ.split('/')[0]}/$discovery/rest?version={ver}",
                        "discovery_name": disc,
                        "parent": f"//cloudresourcemanager.googleapis.com/projects/{pnum}", "data": data}
            if loc:
                resource["location"] = loc
            asset = {"name": aname, "asset_type": typ, "resource": resource,
                     "ancestors": [f"projects/{pnum}", "folders/445566778899", "organizations/987654321098"],
                     "update_time": f"2026-11-30T10:{i // 60 % 60:02d}:{i % 60:02d}.000Z"}
            f.write(json.dumps(asset, separators=(",", ":")))
            f.write("\n")


def main(argv):
    modes = {"tfstate": tfstate, "pulumi": pulumi, "gcpasset": gcpasset}
    if len(argv) != 4 or argv[1] not in modes:
        sys.exit("usage: gen_deployed.py tfstate|pulumi|gcpasset N OUT")
    modes[argv[1]](int(argv[2]), argv[3])


if __name__ == "__main__":
    main(sys.argv)
