#!/usr/bin/env python3
"""Deterministic Terraform plan JSON, shaped like `terraform show -json PLANFILE`.

    gen_tf.py N OUT.json      N resources (about 2.6 KB each, so N=20000 is ~50 MB)

format_version 1.2 with planned_values (root module and child modules),
resource_changes, prior_state-free `configuration` (provider_config with
aliases; each root resource's provider_config_key) — the parts a plan loader
reads — plus the bulk a real plan carries: non-data resources (IAM roles with
policy documents, security groups, Lambda functions, instances), tags_all,
after_unknown and sensitive-value maps.  Data-holding resources (aws_s3_bucket,
aws_db_instance, aws_rds_cluster, aws_dynamodb_table with replicas,
aws_efs_file_system, aws_s3_bucket_replication_configuration, aws_kms_key)
carry `tags = {"data-classes": ...}` (about 5% carry none: `unclassified`).
Regions are real AWS regions: on the resource (`region`, AWS provider v6) or
from the provider configuration through provider_config_key.  Terraform prints
the plan on one line; so does this.
"""
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gen_plan import Rng  # noqa: E402

REGIONS = ("eu-west-1 eu-west-2 eu-west-3 eu-central-1 eu-central-2 eu-north-1 eu-south-1 "
           "us-east-1 us-east-2 us-west-2 ca-central-1 sa-east-1 ap-south-1 "
           "ap-northeast-1 ap-southeast-1 ap-southeast-2").split()
PROVIDERS = {"aws": "eu-central-1", "aws.us": "us-east-1", "aws.ireland": "eu-west-1",
             "aws.tokyo": "ap-northeast-1", "aws.mumbai": "ap-south-1"}
CLASSES = ["personal", "personal", "personal,health", "payment personal", "trade_secret",
           "confidential_business", "public_data", "children+personal", "biometric"]
PNAME = "registry.terraform.io/hashicorp/aws"
ACCOUNT = "123456789012"


def tags(r, name, classified=True):
    t = {"Name": name, "env": r.pick(["prod", "staging", "dev"]),
         "owner": f"team-{r.below(40)}", "cost-center": f"CC-{1000 + r.below(9000)}"}
    if classified:
        t["data-classes"] = r.pick(CLASSES)
    return t


def s3(r, name, region, classified):
    t = tags(r, name, classified)
    v = {"bucket": f"acme-{name.replace('_', '-')}", "bucket_prefix": None, "force_destroy": False,
         "object_lock_enabled": False, "tags": t, "tags_all": dict(t), "timeouts": None}
    unknown = {k: True for k in ("acceleration_status", "arn", "bucket_domain_name",
                                 "bucket_regional_domain_name", "hosted_zone_id", "id", "policy",
                                 "request_payer", "website_domain", "website_endpoint")}
    unknown.update({"cors_rule": True, "grant": True, "lifecycle_rule": True, "logging": True,
                    "replication_configuration": True, "server_side_encryption_configuration": True,
                    "versioning": True, "website": True, "tags": {}, "tags_all": {}})
    return v, unknown


def db(r, name, region, classified):
    t = tags(r, name, classified)
    v = {"allocated_storage": 100 * (1 + r.below(10)), "engine": "postgres", "engine_version": "16.3",
         "identifier": name.replace("_", "-"), "instance_class": r.pick(["db.r6g.large", "db.m6i.xlarge"]),
         "multi_az": r.chance(0.5), "storage_encrypted": True, "storage_type": "gp3",
         "backup_retention_period": 7, "deletion_protection": True, "username": "app",
         "skip_final_snapshot": False, "publicly_accessible": False, "tags": t, "tags_all": dict(t),
         "timeouts": None, "iam_database_authentication_enabled": True,
         "performance_insights_enabled": True, "copy_tags_to_snapshot": True}
    unknown = {k: True for k in ("address", "arn", "availability_zone", "endpoint", "hosted_zone_id",
                                 "id", "kms_key_id", "latest_restorable_time", "port", "resource_id",
                                 "status", "db_subnet_group_name", "parameter_group_name")}
    return v, unknown


def rds_cluster(r, name, region, classified):
    t = tags(r, name, classified)
    v = {"cluster_identifier": name.replace("_", "-"), "engine": "aurora-postgresql",
         "engine_version": "15.4", "database_name": "app", "master_username": "app",
         "storage_encrypted": True, "backup_retention_period": 14, "tags": t, "tags_all": dict(t)}
    return v, {k: True for k in ("arn", "endpoint", "reader_endpoint", "id", "kms_key_id", "port")}


def dynamo(r, name, region, classified):
    t = tags(r, name, classified)
    reps = [{"region_name": x, "kms_key_arn": None, "point_in_time_recovery": True,
             "propagate_tags": True} for x in r.sample([x for x in REGIONS if x != region], r.below(3))]
    v = {"name": name, "billing_mode": "PAY_PER_REQUEST", "hash_key": "pk", "range_key": "sk",
         "attribute": [{"name": "pk", "type": "S"}, {"name": "sk", "type": "S"}],
         "replica": reps, "server_side_encryption": [{"enabled": True}],
         "point_in_time_recovery": [{"enabled": True}], "stream_enabled": bool(reps),
         "stream_view_type": "NEW_AND_OLD_IMAGES" if reps else None, "tags": t, "tags_all": dict(t)}
    return v, {"arn": True, "id": True, "stream_arn": True, "stream_label": True,
               "replica": [{"arn": True, "stream_arn": True} for _ in reps]}


def efs(r, name, region, classified):
    t = tags(r, name, classified)
    v = {"creation_token": name, "encrypted": True, "performance_mode": "generalPurpose",
         "throughput_mode": "elastic", "tags": t, "tags_all": dict(t)}
    return v, {"arn": True, "id": True, "dns_name": True, "kms_key_id": True, "size_in_bytes": True}


def kms(r, name, region, classified):
    t = tags(r, name, False)
    v = {"description": f"key for {name}", "key_usage": "ENCRYPT_DECRYPT", "multi_region": False,
         "enable_key_rotation": True, "deletion_window_in_days": 30, "tags": t, "tags_all": dict(t)}
    return v, {"arn": True, "id": True, "key_id": True, "policy": True}


def iam_role(r, name, region, classified):
    doc = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": r.pick(["lambda.amazonaws.com", "ec2.amazonaws.com",
                                                             "s3.amazonaws.com"])},
         "Action": "sts:AssumeRole"}]}
    t = tags(r, name, False)
    v = {"name": name, "path": "/", "assume_role_policy": json.dumps(doc, separators=(",", ":")),
         "max_session_duration": 3600, "force_detach_policies": False, "description": f"role {name}",
         "permissions_boundary": None, "tags": t, "tags_all": dict(t)}
    return v, {"arn": True, "create_date": True, "id": True, "managed_policy_arns": True,
               "unique_id": True, "inline_policy": True}


def sg(r, name, region, classified):
    rules = [{"cidr_blocks": [f"10.{r.below(256)}.0.0/16"], "description": "app", "from_port": p,
              "to_port": p, "protocol": "tcp", "ipv6_cidr_blocks": [], "prefix_list_ids": [],
              "security_groups": [], "self": False} for p in r.sample([22, 80, 443, 5432, 6379, 8080], 3)]
    t = tags(r, name, False)
    v = {"name": name, "description": f"security group {name}", "ingress": rules,
         "egress": [{"cidr_blocks": ["0.0.0.0/0"], "description": "", "from_port": 0, "to_port": 0,
                     "protocol": "-1", "ipv6_cidr_blocks": [], "prefix_list_ids": [],
                     "security_groups": [], "self": False}],
         "revoke_rules_on_delete": False, "vpc_id": f"vpc-{r.next() & 0xffffffff:08x}",
         "tags": t, "tags_all": dict(t), "timeouts": None}
    return v, {"arn": True, "id": True, "owner_id": True, "name_prefix": True}


def lam(r, name, region, classified):
    t = tags(r, name, False)
    v = {"function_name": name, "runtime": "python3.12", "handler": "app.handler", "memory_size": 512,
         "timeout": 30, "architectures": ["arm64"], "package_type": "Zip",
         "environment": [{"variables": {"LOG_LEVEL": "info", "TABLE": f"t{r.below(999)}"}}],
         "filename": "build/app.zip", "publish": False, "tags": t, "tags_all": dict(t)}
    return v, {"arn": True, "id": True, "invoke_arn": True, "last_modified": True, "qualified_arn": True,
               "role": True, "source_code_hash": True, "version": True}


def instance(r, name, region, classified):
    t = tags(r, name, False)
    v = {"ami": f"ami-{r.next() & 0xffffffffffff:012x}", "instance_type": r.pick(["t3.micro", "m6i.large"]),
         "monitoring": True, "ebs_optimized": True, "tags": t, "tags_all": dict(t),
         "root_block_device": [{"encrypted": True, "volume_size": 50, "volume_type": "gp3",
                                "delete_on_termination": True}],
         "metadata_options": [{"http_tokens": "required", "http_endpoint": "enabled",
                               "http_put_response_hop_limit": 1}]}
    return v, {"arn": True, "id": True, "private_ip": True, "public_ip": True, "subnet_id": True,
               "availability_zone": True, "primary_network_interface_id": True}


DATA = [("aws_s3_bucket", s3, 5), ("aws_db_instance", db, 3), ("aws_rds_cluster", rds_cluster, 1),
        ("aws_dynamodb_table", dynamo, 2), ("aws_efs_file_system", efs, 1), ("aws_kms_key", kms, 1)]
OTHER = [("aws_iam_role", iam_role, 3), ("aws_security_group", sg, 3), ("aws_lambda_function", lam, 2),
         ("aws_instance", instance, 2)]
KINDS = [k for k in DATA for _ in range(k[2])] + [k for k in OTHER for _ in range(k[2])]


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: gen_tf.py N OUT.json")
    n = int(argv[1])
    r = Rng(5_000_000 + n)
    root_res, root_cfg, changes = [], [], []
    modules = {}  # module name -> ([planned], [config])
    buckets = []  # (bucket name, region) of S3 buckets, for replication configurations
    for i in range(n):
        typ, make, _ = r.pick(KINDS)
        if buckets and r.chance(0.04):
            typ, make = "aws_s3_bucket_replication_configuration", None
        name = f"{typ[4:]}_{i:06d}"
        in_module = r.chance(0.3)
        key = r.pick(list(PROVIDERS))
        region = PROVIDERS[key]
        explicit = in_module or r.chance(0.4)  # AWS provider v6: `region` on the resource
        if explicit:
            region = r.pick(REGIONS)
        classified = not r.chance(0.05)
        if make is None:
            src, dst = r.pick(buckets), r.pick(buckets)
            values = {"bucket": src[0], "role": f"arn:aws:iam::{ACCOUNT}:role/replication",
                      "rule": [{"id": "all", "status": "Enabled", "priority": 1,
                                "delete_marker_replication": [{"status": "Enabled"}],
                                "destination": [{"bucket": f"arn:aws:s3:::{dst[0]}",
                                                 "storage_class": "STANDARD", "account": None}],
                                "filter": [{"prefix": ""}]}], "token": None}
            unknown = {"id": True}
            region = src[1] if explicit else region
        else:
            values, unknown = make(r, name, region, classified)
        if explicit:
            values["region"] = region
        if typ == "aws_s3_bucket":
            buckets.append((values["bucket"], region))
        mod = f"module.app_{r.below(max(1, n // 200)):03d}" if in_module else None
        addr = f"{mod}.{typ}.{name}" if mod else f"{typ}.{name}"
        planned = {"address": addr, "mode": "managed", "type": typ, "name": name,
                   "provider_name": PNAME, "schema_version": 0, "values": values,
                   "sensitive_values": {"tags": {}, "tags_all": {}} if "tags" in values else {}}
        changes.append({"address": addr, "module_address": mod, "mode": "managed", "type": typ,
                        "name": name, "provider_name": PNAME,
                        "change": {"actions": ["create"], "before": None, "after": values,
                                   "after_unknown": unknown, "before_sensitive": False,
                                   "after_sensitive": planned["sensitive_values"]}})
        if mod is None:
            planned.pop("module_address", None)
        cfg = {"address": f"{typ}.{name}", "mode": "managed", "type": typ, "name": name,
               "provider_config_key": key if mod is None else f"{mod[7:]}:aws",
               "expressions": {k: {"constant_value": v} for k, v in values.items()
                               if isinstance(v, (str, int, bool)) and k != "region"},
               "schema_version": 0}
        if mod is None:
            root_res.append(planned)
            root_cfg.append(cfg)
        else:
            m = modules.setdefault(mod, ([], []))
            m[0].append(planned)
            m[1].append(cfg)
        if mod is None:
            changes[-1].pop("module_address")
    provider_config = {}
    for key, reg in PROVIDERS.items():
        pc = {"name": "aws", "full_name": PNAME, "version_constraint": "~> 6.0",
              "expressions": {"region": {"constant_value": reg}}}
        if "." in key:
            pc["alias"] = key.split(".", 1)[1]
        provider_config[key] = pc
    for mod in sorted(modules):
        provider_config[f"{mod[7:]}:aws"] = {"name": "aws", "full_name": PNAME, "module_address": mod,
                                             "expressions": {"region": {"constant_value": "eu-central-1"}}}
    plan = {
        "format_version": "1.2",
        "terraform_version": "1.9.8",
        "planned_values": {"root_module": {
            "resources": root_res,
            "child_modules": [{"address": m, "resources": modules[m][0]} for m in sorted(modules)]}},
        "resource_changes": changes,
        "configuration": {
            "provider_config": provider_config,
            "root_module": {
                "resources": root_cfg,
                "module_calls": {m[7:]: {"source": "./modules/app", "module": {"resources": modules[m][1]}}
                                 for m in sorted(modules)}}},
        "timestamp": "2026-11-28T00:00:00Z",
        "applyable": True,
        "complete": True,
        "errored": False,
    }
    with open(argv[2], "w", encoding="ascii") as f:
        json.dump(plan, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
