#!/usr/bin/env python3
"""Deterministic Azure inputs: ARM templates, what-if results, Resource Graph results.

    gen_arm.py template N OUT.json   an ARM template (what `bicep build` writes:
                                     2-space indented JSON) of N resources
    gen_arm.py whatif N OUT.json     `az deployment group what-if` JSON of N changes
    gen_arm.py graph N OUT.json      an Azure Resource Graph result of N resources

About 2 KB per resource: N=25000 is ~50 MB.

A template holds parameters with defaults, variables, and resources where
about one in three holds data (storage accounts, GRS/RA-GRS among them,
Cosmos DB accounts with several locations, SQL databases with geo backups,
PostgreSQL/MySQL flexible servers, Key Vaults, container registries with
replications), each with a `data-classes` tag among five others (about 5%
carry none: `unclassified`); the rest is the bulk a real deployment
carries: web sites with app settings, network security groups with rules,
virtual networks with subnets, role assignments.  Locations are literals,
parameters('location') or resourceGroup().location, so a check with
`--region westeurope` reads the whole file.  The output depends only on the
arguments.
"""
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from gen_plan import Rng  # noqa: E402

REGIONS = ("westeurope northeurope germanywestcentral francecentral swedencentral uksouth eastus "
           "eastus2 westus2 japaneast centralindia australiaeast").split()
CLASSES = ["personal", "personal", "personal,health", "payment personal", "trade_secret",
           "confidential_business", "public_data", "children+personal", "biometric"]
SUB = "00000000-0000-4000-8000-000000000000"


def tags(r, name, classified):
    t = {"Name": name, "env": r.pick(["prod", "staging", "dev"]), "owner": f"team-{r.below(40)}",
         "cost-center": f"CC-{1000 + r.below(9000)}", "managed-by": "bicep"}
    if classified:
        t["data-classes"] = r.pick(CLASSES)
    return t


def loc(r, literal):
    if literal:
        return r.pick(REGIONS)
    return r.pick(["[parameters('location')]", "[resourceGroup().location]", "[variables('primary')]"])


def storage(r, name, literal):
    return {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01",
            "name": f"st{name.lower()}", "location": loc(r, literal),
            "sku": {"name": r.pick(["Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS"])},
            "kind": "StorageV2",
            "properties": {"minimumTlsVersion": "TLS1_2", "supportsHttpsTrafficOnly": True,
                           "allowBlobPublicAccess": False,
                           "encryption": {"keySource": "Microsoft.Storage",
                                          "services": {"blob": {"enabled": True}, "file": {"enabled": True}}},
                           "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}}}


def cosmos(r, name, literal):
    locs = r.sample(REGIONS, 1 + r.below(3))
    return {"type": "Microsoft.DocumentDB/databaseAccounts", "apiVersion": "2024-05-15",
            "name": f"cosmos-{name.lower()}", "location": locs[0], "kind": "GlobalDocumentDB",
            "properties": {"databaseAccountOfferType": "Standard",
                           "consistencyPolicy": {"defaultConsistencyLevel": "Session"},
                           "locations": [{"locationName": x, "failoverPriority": i, "isZoneRedundant": False}
                                         for i, x in enumerate(locs)],
                           "enableAutomaticFailover": True, "disableLocalAuth": True}}


def sqldb(r, name, literal):
    return {"type": "Microsoft.Sql/servers/databases", "apiVersion": "2023-08-01-preview",
            "name": f"sql-main/{name.lower()}", "location": loc(r, literal),
            "sku": {"name": "GP_S_Gen5", "tier": "GeneralPurpose", "family": "Gen5", "capacity": 2},
            "properties": {"collation": "SQL_Latin1_General_CP1_CI_AS", "maxSizeBytes": 34359738368,
                           "zoneRedundant": False,
                           "requestedBackupStorageRedundancy": r.pick(["Geo", "Local", "Zone"])}}


def flex(r, name, literal):
    return {"type": r.pick(["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforMySQL/flexibleServers"]),
            "apiVersion": "2023-06-01-preview", "name": f"db-{name.lower()}", "location": loc(r, literal),
            "sku": {"name": "Standard_D2ds_v4", "tier": "GeneralPurpose"},
            "properties": {"version": "16", "administratorLogin": "app",
                           "storage": {"storageSizeGB": 128, "autoGrow": "Enabled"},
                           "backup": {"backupRetentionDays": 7,
                                      "geoRedundantBackup": r.pick(["Enabled", "Disabled"])},
                           "highAvailability": {"mode": "Disabled"}}}


def vault(r, name, literal):
    return {"type": "Microsoft.KeyVault/vaults", "apiVersion": "2023-07-01", "name": f"kv-{name.lower()}",
            "location": loc(r, literal),
            "properties": {"tenantId": "[subscription().tenantId]", "sku": {"family": "A", "name": "standard"},
                           "enableRbacAuthorization": True, "enableSoftDelete": True,
                           "softDeleteRetentionInDays": 90, "enablePurgeProtection": True}}


def registry(r, name, literal):
    return {"type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01",
            "name": f"cr{name.lower()}", "location": loc(r, literal), "sku": {"name": "Premium"},
            "properties": {"adminUserEnabled": False, "publicNetworkAccess": "Disabled",
                           "zoneRedundancy": "Disabled"}}


def site(r, name, literal):
    return {"type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": f"app-{name.lower()}",
            "location": loc(r, literal), "kind": "app,linux", "identity": {"type": "SystemAssigned"},
            "properties": {"serverFarmId": "[resourceId('Microsoft.Web/serverfarms', 'plan-main')]",
                           "httpsOnly": True,
                           "siteConfig": {"linuxFxVersion": "PYTHON|3.12", "minTlsVersion": "1.2",
                                          "ftpsState": "Disabled", "alwaysOn": True,
                                          "appSettings": [{"name": k, "value": v} for k, v in
                                                          [("LOG_LEVEL", "info"), ("STAGE", "[parameters('env')]"),
                                                           ("TABLE", f"t{r.below(999)}"),
                                                           ("WEBSITE_RUN_FROM_PACKAGE", "1")]]}}}


def nsg(r, name, literal):
    return {"type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2023-11-01",
            "name": f"nsg-{name.lower()}", "location": loc(r, literal),
            "properties": {"securityRules": [
                {"name": f"allow-{p}", "properties": {
                    "protocol": "Tcp", "sourcePortRange": "*", "destinationPortRange": str(p),
                    "sourceAddressPrefix": f"10.{r.below(256)}.0.0/16", "destinationAddressPrefix": "*",
                    "access": "Allow", "priority": 100 + i, "direction": "Inbound"}}
                for i, p in enumerate(r.sample([22, 80, 443, 1433, 5432, 6379], 3))]}}


def vnet(r, name, literal):
    return {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-11-01",
            "name": f"vnet-{name.lower()}", "location": loc(r, literal),
            "properties": {"addressSpace": {"addressPrefixes": [f"10.{r.below(256)}.0.0/16"]},
                           "subnets": [{"name": f"snet-{i}", "properties": {
                               "addressPrefix": f"10.0.{i}.0/24",
                               "privateEndpointNetworkPolicies": "Disabled"}} for i in range(3)]}}


def role(r, name, literal):
    return {"type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01",
            "name": f"[guid(resourceGroup().id, '{name}')]",
            "properties": {"roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', "
                                               "'ba92f5b4-2d11-453d-a403-e96b0029c9fe')]",
                           "principalId": f"{r.next() & 0xffffffff:08x}-0000-4000-8000-000000000000",
                           "principalType": "ServicePrincipal"}}


DATA = [(storage, 5), (cosmos, 2), (sqldb, 2), (flex, 2), (vault, 2), (registry, 1)]
OTHER = [(site, 8), (nsg, 6), (vnet, 4), (role, 4)]
KINDS = [k for k, w in DATA + OTHER for _ in range(w)]
DATA_KINDS = {k for k, _ in DATA}


def resources(n, seed, literal):
    r = Rng(seed + n)
    out = []
    for i in range(n):
        make = r.pick(KINDS)
        name = f"{make.__name__}{i:06d}"
        res = make(r, name, literal)
        if make is not role:
            res["tags"] = tags(r, name, make in DATA_KINDS and not r.chance(0.05))
        if make is registry and r.chance(0.5):
            res["resources"] = [{"type": "replications", "apiVersion": "2023-07-01", "name": x,
                                 "location": x, "properties": {}, "dependsOn": [res["name"]]}
                                for x in r.sample(REGIONS, 1 + r.below(2))]
        if r.chance(0.2):
            res["dependsOn"] = [f"[resourceId('Microsoft.Network/virtualNetworks', 'vnet-main')]"]
        out.append(res)
    return out


def template(n):
    return {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
            "contentVersion": "1.0.0.0",
            "metadata": {"_generator": {"name": "bicep", "version": "0.30.23.60470",
                                        "templateHash": "1234567890123456789"}},
            "parameters": {"location": {"type": "string", "defaultValue": "[resourceGroup().location]"},
                           "env": {"type": "string", "defaultValue": "prod",
                                   "allowedValues": ["prod", "staging", "dev"]}},
            "variables": {"primary": "[parameters('location')]", "prefix": "[concat('acme-', parameters('env'))]"},
            "resources": resources(n, 9_000_000, False),
            "outputs": {"count": {"type": "int", "value": n}}}


def whatif(n):
    changes = []
    rg = f"/subscriptions/{SUB}/resourceGroups/rg-main"
    for i, res in enumerate(resources(n, 9_100_000, True)):
        res.pop("dependsOn", None)
        res.pop("resources", None)
        rid = f"{rg}/providers/{res['type']}/{res['name']}"
        after = dict(res, id=rid)
        kind = "Create" if i % 7 else "Modify"
        changes.append({"resourceId": rid, "changeType": kind, "before": None if kind == "Create" else after,
                        "after": after, "delta": None if kind == "Create" else [
                            {"path": "tags.owner", "propertyChangeType": "Modify", "before": "team-0",
                             "after": res.get("tags", {}).get("owner")}]})
    return {"status": "Succeeded", "error": None, "changes": changes, "potentialChanges": None}


def graph(n):
    data = []
    for res in resources(n, 9_200_000, True):
        res.pop("dependsOn", None)
        res.pop("resources", None)
        res.pop("apiVersion", None)
        rid = f"/subscriptions/{SUB}/resourceGroups/rg-main/providers/{res['type']}/{res['name']}"
        data.append(dict(res, id=rid, resourceGroup="rg-main", subscriptionId=SUB,
                         tenantId=SUB, managedBy="", zones=None, plan=None, identity=res.get("identity"),
                         extendedLocation=None))
    return {"totalRecords": n, "count": n, "data": data, "facets": [], "resultTruncated": "false"}


def main(argv):
    if len(argv) != 4 or argv[1] not in ("template", "whatif", "graph"):
        sys.exit("usage: gen_arm.py template|whatif|graph N OUT.json")
    n = int(argv[2])
    doc = {"template": template, "whatif": whatif, "graph": graph}[argv[1]](n)
    with open(argv[3], "w", encoding="ascii") as f:
        if argv[1] == "graph":
            json.dump(doc, f, separators=(",", ":"))  # az graph query -o json: compact enough
        else:
            json.dump(doc, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
