#!/usr/bin/env python3
"""Deterministic CloudFormation templates and AWS Config snapshots.

    gen_cfn.py yaml N OUT.yaml     a template of N resources in YAML, with the
                                   short-form intrinsics (!Ref, !Sub, !GetAtt, ...)
    gen_cfn.py json N OUT.json     the same template as JSON (long forms,
                                   indented by 2 like `cdk synth` writes it)
    gen_cfn.py config N OUT.json   an AWS Config snapshot of N configuration
                                   items (one line, as Config delivers it)

About 1.9 KB of YAML per resource: N=26000 is ~50 MB (JSON: N=19000).

A template is what a large stack holds: Parameters with defaults, a region
Mappings table, Conditions, and Resources where about one in three holds
data (S3 buckets with encryption and same-stack replication, DynamoDB tables
and global tables with replicas in other regions, RDS instances and clusters,
some cross-region read replicas by ARN, EFS with replication, Secrets
Manager secrets with replica regions, SQS, Kinesis, log groups), each with
its `data-classes` tag among five or six others (about 5% carry none:
`unclassified`); the rest is the bulk a real template carries: KMS keys
with key policies, IAM roles with policy documents, Lambda functions with
environments, security groups with rules, a few backup plans whose
selections pick stores by tag.  Every region is a real AWS region, so a
check with `--region eu-central-1` reads the whole file (exit 0 or 1).
The output depends only on the arguments.
"""
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gen_plan import Rng  # noqa: E402

REGIONS = ("eu-west-1 eu-west-2 eu-west-3 eu-central-1 eu-north-1 eu-south-1 us-east-1 us-east-2 "
           "us-west-2 ca-central-1 sa-east-1 ap-south-1 ap-northeast-1 ap-southeast-1 "
           "ap-southeast-2").split()
CLASSES = ["personal", "personal", "personal,health", "payment personal", "trade_secret",
           "confidential_business", "public_data", "children+personal", "biometric"]
ACCOUNT = "123456789012"


# ---------------------------------------------------------------- intrinsics
# A value is a plain Python value or one of these; yaml() writes the short
# form, to_json() the long one.
class Fn:
    def __init__(self, name, arg):
        self.name, self.arg = name, arg


def ref(x):
    return Fn("Ref", x)


def getatt(res, attr):
    return Fn("GetAtt", f"{res}.{attr}")


def sub(s):
    return Fn("Sub", s)


def to_json(v):
    if isinstance(v, Fn):
        if v.name == "Ref":
            return {"Ref": v.arg}
        if v.name == "GetAtt":
            return {"Fn::GetAtt": v.arg.split(".", 1)}
        return {"Fn::" + v.name: to_json(v.arg)}
    if isinstance(v, dict):
        return {k: to_json(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_json(x) for x in v]
    return v


PLAIN_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:")


def scalar(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    if s and all(c in PLAIN_OK for c in s) and s not in ("true", "false", "null", "yes", "no") \
            and not s[0].isdigit() and not s.startswith("-"):
        return s
    return json.dumps(s)  # double quoted: valid YAML


def yaml(v, ind, out):
    """v as block YAML at indentation ind (a mapping or a list), appended to out."""
    pad = " " * ind
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, Fn):
                out.append(f"{pad}{k}: {fn_inline(x)}\n")
            elif isinstance(x, (dict, list)) and x:
                out.append(f"{pad}{k}:\n")
                yaml(x, ind + 2, out)
            elif isinstance(x, dict):
                out.append(f"{pad}{k}: {{}}\n")
            elif isinstance(x, list):
                out.append(f"{pad}{k}: []\n")
            else:
                out.append(f"{pad}{k}: {scalar(x)}\n")
    else:
        for x in v:
            if isinstance(x, dict) and x:
                first = True
                sub_out = []
                yaml(x, ind + 2, sub_out)
                for line in sub_out:
                    if first:
                        out.append(f"{pad}- {line[ind + 2:]}")
                        first = False
                    else:
                        out.append(line)
            elif isinstance(x, Fn):
                out.append(f"{pad}- {fn_inline(x)}\n")
            elif isinstance(x, list):
                out.append(f"{pad}- {json.dumps(to_json(x))}\n")
            else:
                out.append(f"{pad}- {scalar(x)}\n")


def fn_inline(f):
    if isinstance(f.arg, str):
        return f"!{f.name} {scalar(f.arg)}"
    return f"!{f.name} {json.dumps(to_json(f.arg))}"


# ---------------------------------------------------------------- resources
def tags(r, name, classified):
    t = [{"Key": "Name", "Value": name}, {"Key": "env", "Value": r.pick(["prod", "staging", "dev"])},
         {"Key": "owner", "Value": f"team-{r.below(40)}"},
         {"Key": "cost-center", "Value": f"CC-{1000 + r.below(9000)}"},
         {"Key": "backup", "Value": r.pick(["daily", "weekly", "none", "none"])}]
    if classified:
        t.append({"Key": "data-classes", "Value": r.pick(CLASSES)})
    return t


def kms_key(r, name, ctx):
    return "AWS::KMS::Key", {
        "Description": sub(f"key for {name} in ${{AWS::Region}}"),
        "EnableKeyRotation": True, "PendingWindowInDays": 30,
        "KeyPolicy": {"Version": "2012-10-17", "Statement": [
            {"Sid": "root", "Effect": "Allow",
             "Principal": {"AWS": sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")},
             "Action": "kms:*", "Resource": "*"},
            {"Sid": "use", "Effect": "Allow", "Principal": {"Service": "logs.amazonaws.com"},
             "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                        "kms:Describe*"], "Resource": "*"}]},
        "Tags": tags(r, name, False)}


def key_of(r, ctx):
    if ctx["keys"] and r.chance(0.7):
        k = r.pick(ctx["keys"])
        return getatt(k, "Arn") if r.chance(0.5) else ref(k)
    if r.chance(0.5):
        return f"arn:aws:kms:{ctx['region']}:{ACCOUNT}:key/{r.next() & 0xffffffff:08x}-0000-4000-8000-000000000000"
    return None


def bucket(r, name, ctx):
    p = {"BucketName": sub(f"acme-{name.lower()}-${{AWS::AccountId}}-${{AWS::Region}}"),
         "VersioningConfiguration": {"Status": "Enabled"},
         "PublicAccessBlockConfiguration": {"BlockPublicAcls": True, "BlockPublicPolicy": True,
                                            "IgnorePublicAcls": True, "RestrictPublicBuckets": True},
         "LifecycleConfiguration": {"Rules": [
             {"Id": "archive", "Status": "Enabled", "Transitions": [
                 {"StorageClass": "GLACIER", "TransitionInDays": 90 + r.below(300)}]}]}}
    k = key_of(r, ctx)
    rule = {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms" if k else "AES256"}}
    if k:
        rule["ServerSideEncryptionByDefault"]["KMSMasterKeyID"] = k
    p["BucketEncryption"] = {"ServerSideEncryptionConfiguration": [rule]}
    if ctx["buckets"] and r.chance(0.15):
        p["ReplicationConfiguration"] = {
            "Role": getatt("ReplicationRole", "Arn"),
            "Rules": [{"Id": "all", "Status": "Enabled", "Priority": 1, "Filter": {"Prefix": ""},
                       "DeleteMarkerReplication": {"Status": "Enabled"},
                       "Destination": {"Bucket": getatt(r.pick(ctx["buckets"]), "Arn"),
                                       "StorageClass": "STANDARD_IA"}}]}
    ctx["buckets"].append(name)
    return "AWS::S3::Bucket", p


def table(r, name, ctx):
    p = {"TableName": sub(f"{name}-${{Env}}"), "BillingMode": "PAY_PER_REQUEST",
         "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                  {"AttributeName": "sk", "AttributeType": "S"}],
         "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"},
                       {"AttributeName": "sk", "KeyType": "RANGE"}],
         "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True}}
    k = key_of(r, ctx)
    if k:
        p["SSESpecification"] = {"SSEEnabled": True, "SSEType": "KMS", "KMSMasterKeyId": k}
    return "AWS::DynamoDB::Table", p


def global_table(r, name, ctx):
    reps = [ctx["region"]] + r.sample([x for x in REGIONS if x != ctx["region"]], 1 + r.below(2))
    p = {"TableName": name, "BillingMode": "PAY_PER_REQUEST",
         "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
         "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
         "StreamSpecification": {"StreamViewType": "NEW_AND_OLD_IMAGES"},
         "Replicas": [{"Region": ref("AWS::Region") if x == ctx["region"] else x,
                       "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True}}
                      for x in reps]}
    return "AWS::DynamoDB::GlobalTable", p


def rds(r, name, ctx):
    p = {"DBInstanceClass": r.pick(["db.r6g.large", "db.m6i.xlarge"]), "Engine": "postgres",
         "EngineVersion": "16.3", "AllocatedStorage": str(100 * (1 + r.below(10))),
         "StorageType": "gp3", "StorageEncrypted": True, "MultiAZ": r.chance(0.5),
         "BackupRetentionPeriod": 7, "DeletionProtection": True, "PubliclyAccessible": False,
         "MasterUsername": "app", "ManageMasterUserPassword": True,
         "DBSubnetGroupName": ref("DbSubnets"), "VPCSecurityGroups": [getatt("DbSecurityGroup", "GroupId")]}
    k = key_of(r, ctx)
    if k:
        p["KmsKeyId"] = k
    if r.chance(0.1):
        src = r.pick([x for x in REGIONS if x != ctx["region"]])
        p["SourceDBInstanceIdentifier"] = f"arn:aws:rds:{src}:{ACCOUNT}:db:primary-{r.below(100)}"
        p.pop("MasterUsername")
        p.pop("ManageMasterUserPassword")
    return "AWS::RDS::DBInstance", p


def cluster(r, name, ctx):
    p = {"Engine": "aurora-postgresql", "EngineVersion": "15.4", "DatabaseName": "app",
         "MasterUsername": "app", "ManageMasterUserPassword": True, "StorageEncrypted": True,
         "BackupRetentionPeriod": 14, "DBSubnetGroupName": ref("DbSubnets"),
         "VpcSecurityGroupIds": [getatt("DbSecurityGroup", "GroupId")]}
    k = key_of(r, ctx)
    if k:
        p["KmsKeyId"] = k
    return "AWS::RDS::DBCluster", p


def efs(r, name, ctx):
    p = {"Encrypted": True, "PerformanceMode": "generalPurpose", "ThroughputMode": "elastic",
         "BackupPolicy": {"Status": "ENABLED"},
         "FileSystemTags": [{"Key": "Name", "Value": name}]}
    if r.chance(0.3):
        p["ReplicationConfiguration"] = {"Destinations": [{"Region": r.pick(REGIONS)}]}
    return "AWS::EFS::FileSystem", p


def secret(r, name, ctx):
    p = {"Name": sub(f"/${{Env}}/{name}"), "Description": f"credentials of {name}",
         "GenerateSecretString": {"SecretStringTemplate": "{\"username\": \"app\"}",
                                  "GenerateStringKey": "password", "PasswordLength": 32,
                                  "ExcludeCharacters": "\"@/\\"}}
    k = key_of(r, ctx)
    if k:
        p["KmsKeyId"] = k
    if r.chance(0.3):
        p["ReplicaRegions"] = [{"Region": x} for x in r.sample(REGIONS, 1 + r.below(2))]
    return "AWS::SecretsManager::Secret", p


def queue(r, name, ctx):
    p = {"QueueName": sub(f"{name}-${{Env}}"), "VisibilityTimeout": 60, "MessageRetentionPeriod": 345600,
         "RedrivePolicy": {"deadLetterTargetArn": sub(f"arn:aws:sqs:${{AWS::Region}}:${{AWS::AccountId}}:{name}-dlq"),
                           "maxReceiveCount": 5}}
    k = key_of(r, ctx)
    if k:
        p["KmsMasterKeyId"] = k
    return "AWS::SQS::Queue", p


def stream(r, name, ctx):
    p = {"Name": name, "RetentionPeriodHours": 48, "StreamModeDetails": {"StreamMode": "ON_DEMAND"}}
    k = key_of(r, ctx)
    if k:
        p["StreamEncryption"] = {"EncryptionType": "KMS", "KeyId": k}
    return "AWS::Kinesis::Stream", p


def log_group(r, name, ctx):
    p = {"LogGroupName": sub(f"/aws/app/{name}"), "RetentionInDays": r.pick([30, 90, 365])}
    k = key_of(r, ctx)
    if k:
        p["KmsKeyId"] = k
    return "AWS::Logs::LogGroup", p


def role(r, name, ctx):
    return "AWS::IAM::Role", {
        "RoleName": sub(f"{name}-${{AWS::Region}}"), "Path": "/",
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": [r.pick(["lambda.amazonaws.com", "ec2.amazonaws.com",
                                                                  "ecs-tasks.amazonaws.com"])]},
             "Action": ["sts:AssumeRole"]}]},
        "ManagedPolicyArns": [sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")],
        "Policies": [{"PolicyName": "data", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
             "Resource": [getatt(r.pick(ctx["buckets"]), "Arn") if ctx["buckets"] else "*",
                          sub(f"arn:aws:s3:::acme-{name.lower()}/*")]},
            {"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"],
             "Resource": sub(f"arn:aws:dynamodb:${{AWS::Region}}:${{AWS::AccountId}}:table/{name}")}]}}],
        "Tags": tags(r, name, False)}


def function(r, name, ctx):
    return "AWS::Lambda::Function", {
        "FunctionName": sub(f"{name}-${{Env}}"), "Runtime": "python3.12", "Handler": "app.handler",
        "MemorySize": r.pick([256, 512, 1024]), "Timeout": 30, "Architectures": ["arm64"],
        "Role": getatt("ReplicationRole", "Arn"),
        "Code": {"S3Bucket": ref("ArtifactBucket"), "S3Key": f"build/{name}.zip"},
        "Environment": {"Variables": {"LOG_LEVEL": "info", "TABLE": f"t{r.below(999)}",
                                      "REGION": ref("AWS::Region"),
                                      "STAGE": ref("Env")}},
        "TracingConfig": {"Mode": "Active"},
        "Tags": tags(r, name, False)}


def security_group(r, name, ctx):
    return "AWS::EC2::SecurityGroup", {
        "GroupDescription": f"security group {name}", "VpcId": ref("VpcId"),
        "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": p, "ToPort": p,
                                  "CidrIp": f"10.{r.below(256)}.0.0/16", "Description": "app"}
                                 for p in r.sample([22, 80, 443, 5432, 6379, 8080], 3)],
        "SecurityGroupEgress": [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}],
        "Tags": tags(r, name, False)}


DATA = [(bucket, 5), (table, 2), (global_table, 1), (rds, 2), (cluster, 1), (efs, 1), (secret, 1),
        (queue, 1), (stream, 1), (log_group, 1)]
OTHER = [(kms_key, 3), (role, 6), (function, 7), (security_group, 6)]
KINDS = [k for k, w in DATA + OTHER for _ in range(w)]
DATA_KINDS = {k for k, _ in DATA}


def template(n):
    r = Rng(7_000_000 + n)
    ctx = {"region": "eu-central-1", "keys": [], "buckets": []}
    res = {
        "ReplicationRole": {"Type": "AWS::IAM::Role", "Properties": {
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Principal": {"Service": ["s3.amazonaws.com"]},
                 "Action": ["sts:AssumeRole"]}]}}},
        "ArtifactBucket": {"Type": "AWS::S3::Bucket", "Properties": {
            "BucketName": sub("artifacts-${AWS::AccountId}"),
            "Tags": [{"Key": "data-classes", "Value": "public_data"}]}},
        "DbSecurityGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
            "GroupDescription": "databases", "VpcId": ref("VpcId")}},
        "DbSubnets": {"Type": "AWS::RDS::DBSubnetGroup", "Properties": {
            "DBSubnetGroupDescription": "databases", "SubnetIds": ref("SubnetIds")}},
        "BackupVault": {"Type": "AWS::Backup::BackupVault", "Properties": {"BackupVaultName": "main"}},
    }
    ctx["buckets"].append("ArtifactBucket")
    for i, (freq, copy) in enumerate([("daily", "eu-west-1"), ("weekly", "eu-north-1")]):
        res[f"BackupPlan{i}"] = {"Type": "AWS::Backup::BackupPlan", "Properties": {"BackupPlan": {
            "BackupPlanName": f"{freq}-plan", "BackupPlanRule": [{
                "RuleName": freq, "TargetBackupVault": ref("BackupVault"),
                "ScheduleExpression": "cron(0 3 * * ? *)",
                "Lifecycle": {"DeleteAfterDays": 35},
                "CopyActions": [{"DestinationBackupVaultArn":
                                 f"arn:aws:backup:{copy}:{ACCOUNT}:backup-vault:copies"}]}]}}}
        res[f"BackupSelection{i}"] = {"Type": "AWS::Backup::BackupSelection", "Properties": {
            "BackupPlanId": ref(f"BackupPlan{i}"),
            "BackupSelection": {"SelectionName": freq, "IamRoleArn": getatt("ReplicationRole", "Arn"),
                                "ListOfTags": [{"ConditionType": "STRINGEQUALS", "ConditionKey": "backup",
                                                "ConditionValue": freq}]}}}
    for i in range(n):
        make = r.pick(KINDS)
        name = f"{make.__name__.title().replace('_', '')}{i:06d}"
        typ, props = make(r, name, ctx)
        if make in DATA_KINDS:
            t = tags(r, name, not r.chance(0.05))
            if typ == "AWS::EFS::FileSystem":
                props["FileSystemTags"] = t
                props["Tags"] = t
            else:
                props["Tags"] = t
        if make is kms_key:
            ctx["keys"].append(name)
        props = {k: v for k, v in props.items() if v is not None}
        body = {"Type": typ}
        if r.chance(0.05):
            body["DependsOn"] = ["ReplicationRole"]
        body["Properties"] = props
        if typ in ("AWS::S3::Bucket", "AWS::RDS::DBInstance", "AWS::DynamoDB::Table"):
            body["DeletionPolicy"] = "Retain"
            body["UpdateReplacePolicy"] = "Retain"
        res[name] = body
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Description": f"generated stack of {n} resources (bench/gen_cfn.py)",
        "Parameters": {
            "Env": {"Type": "String", "Default": "prod", "AllowedValues": ["prod", "staging", "dev"]},
            "VpcId": {"Type": "AWS::EC2::VPC::Id", "Default": "vpc-0123456789abcdef0"},
            "SubnetIds": {"Type": "List<AWS::EC2::Subnet::Id>", "Default": "subnet-0a,subnet-0b"},
            "ReplicaRegion": {"Type": "String", "Default": "eu-west-1"},
        },
        "Mappings": {"RegionMap": {x: {"Short": x.replace("-", "")[:6]} for x in REGIONS}},
        "Conditions": {"IsProd": {"Fn::Equals": [ref("Env"), "prod"]}},
        "Resources": res,
        "Outputs": {"ArtifactBucketName": {"Value": ref("ArtifactBucket")}},
    }


def config_snapshot(n):
    r = Rng(8_000_000 + n)
    items = []
    types = [("AWS::S3::Bucket", 5), ("AWS::RDS::DBInstance", 2), ("AWS::DynamoDB::Table", 2),
             ("AWS::EC2::Volume", 2), ("AWS::EC2::Instance", 4), ("AWS::IAM::Role", 4),
             ("AWS::Lambda::Function", 3), ("AWS::EC2::SecurityGroup", 3)]
    kinds = [t for t, w in types for _ in range(w)]
    for i in range(n):
        typ = r.pick(kinds)
        region = r.pick(REGIONS)
        rid = f"r-{i:07d}-{r.next() & 0xffffff:06x}"
        name = f"{typ.split('::')[-1].lower()}-{i:07d}"
        t = {"Name": name, "env": r.pick(["prod", "staging", "dev"]), "owner": f"team-{r.below(40)}",
             "cost-center": f"CC-{1000 + r.below(9000)}"}
        data = typ in ("AWS::S3::Bucket", "AWS::RDS::DBInstance", "AWS::DynamoDB::Table", "AWS::EC2::Volume")
        if data and not r.chance(0.05):
            t["data-classes"] = r.pick(CLASSES)
        conf = {"name": name, "arn": f"arn:aws:x:{region}:{ACCOUNT}:{rid}",
                "creationDate": "2025-03-01T10:00:00.000Z"}
        if typ == "AWS::RDS::DBInstance":
            conf.update({"dBInstanceClass": "db.r6g.large", "engine": "postgres", "storageEncrypted": True,
                         "kmsKeyId": f"arn:aws:kms:{region}:{ACCOUNT}:key/{rid}", "multiAZ": True,
                         "allocatedStorage": 100, "backupRetentionPeriod": 7,
                         "endpoint": {"address": f"{name}.abc.{region}.rds.amazonaws.com", "port": 5432}})
        elif typ == "AWS::EC2::Volume":
            conf.update({"encrypted": r.chance(0.8), "size": 100, "volumeType": "gp3",
                         "availabilityZone": f"{region}a", "attachments": [{"instanceId": "i-0abc"}]})
        elif typ == "AWS::DynamoDB::Table":
            conf.update({"tableName": name, "tableStatus": "ACTIVE", "itemCount": r.below(100000),
                         "keySchema": [{"attributeName": "pk", "keyType": "HASH"}]})
        else:
            conf.update({"description": f"resource {name}", "settings": {"a": 1, "b": [1, 2, 3], "c": "x" * 40}})
        supp = {}
        if typ == "AWS::S3::Bucket":
            supp = {"BucketVersioningConfiguration": {"status": "Enabled"},
                    "ServerSideEncryptionConfiguration": {"rules": [{"applyServerSideEncryptionByDefault":
                                                                     {"sseAlgorithm": "AES256"}}]},
                    "PublicAccessBlockConfiguration": {"blockPublicAcls": True, "ignorePublicAcls": True}}
        items.append({
            "relatedEvents": [], "relationships": [{"resourceType": "AWS::EC2::VPC", "resourceId": "vpc-0a",
                                                    "relationshipName": "Is contained in Vpc"}],
            "configuration": conf, "supplementaryConfiguration": supp, "tags": t,
            "configurationItemVersion": "1.3", "configurationItemCaptureTime": "2026-11-27T08:00:00.000Z",
            "configurationStateId": 1700000000000 + i, "awsAccountId": ACCOUNT,
            "configurationItemStatus": r.pick(["OK", "ResourceDiscovered", "OK"]),
            "resourceType": typ, "resourceId": rid, "resourceName": name,
            "ARN": f"arn:aws:x:{region}:{ACCOUNT}:{rid}", "awsRegion": region,
            "availabilityZone": f"{region}a", "configurationStateMd5Hash": "",
            "resourceCreationTime": "2025-03-01T10:00:00.000Z"})
    return {"fileVersion": "1.0", "configSnapshotId": "5f7b1c5e-0000-4000-8000-000000000000",
            "configurationItems": items}


def main(argv):
    if len(argv) != 4 or argv[1] not in ("yaml", "json", "config"):
        sys.exit("usage: gen_cfn.py yaml|json|config N OUT")
    n = int(argv[2])
    with open(argv[3], "w", encoding="ascii") as f:
        if argv[1] == "config":
            json.dump(config_snapshot(n), f, separators=(",", ":"))
        elif argv[1] == "json":
            json.dump(to_json(template(n)), f, indent=2)
        else:
            out = []
            yaml(template(n), 0, out)
            f.write("".join(out))
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
