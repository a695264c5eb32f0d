#!/usr/bin/env python3
"""Generate the cloud location catalogs of the standard library.

Usage: scripts/gen-clouds.py [DATA_DIR]

DATA_DIR defaults to tests/data (in the repository) and must hold cloud-regions.csv and azure-region-pairs.csv (see their NOTES
files). Writes, relative to the repository root:

  policies/clouds/aws.rpl, gcp.rpl, azure.rpl, oci.rpl
  src/azure_pairs.c   (the Azure region-pair table for the Terraform loader)

The outputs are checked in; rerun this script when the CSV files change and
commit the result. The output is deterministic (rows sorted, no timestamps).
"""
import csv
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def default_data():
    # the copies kept in the repository (tests/data/README.md)
    return os.path.join(ROOT, "tests", "data")


DATA = sys.argv[1] if len(sys.argv) > 1 else default_data()
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
COUNTRY_TABLE = os.path.join(ROOT, "src", "country_table.c")

# The date the CSV files were compiled (their NOTES say so); the catalogs are
# current to it.
CURRENT_TO = "2026-11-28"

WIDTH = 80  # the line width of `residency fmt` (src/fmt.h FMT_WIDTH)
LOC_RE = re.compile(r"^[a-z][a-z0-9]*:[A-Za-z0-9][A-Za-z0-9_.-]*$")

PROVIDERS = {
    "aws": ("Amazon Web Services", "Amazon Web Services, Inc. (US)"),
    "gcp": ("Google Cloud", "Google LLC (US)"),
    "azure": ("Microsoft Azure", "Microsoft Corporation (US)"),
    "oci": ("Oracle Cloud Infrastructure", "Oracle Corporation (US)"),
}

KIND_ORDER = ["region", "multi-region", "dual-region", "sovereign", "gov"]
KIND_TITLE = {
    "region": "Public regions",
    "multi-region": "Multi-region locations (the set of countries the location may place data in)",
    "dual-region": "Predefined dual-regions",
    "sovereign": "Sovereign and separately operated clouds, dedicated realms",
    "gov": "Government-only regions and partitions",
}

# Locations whose operator differs from the provider's (US).
OPERATORS = {
    ("aws", "aws-cn"): ("CN", "AWS China partition: the CSV marks it a separately operated cloud; "
                        "operated by Chinese companies (Beijing: Sinnet, Ningxia: NWCD) — general "
                        "knowledge, not in the reference data (doubt)"),
    ("aws", "cn-north-1"): ("CN", "AWS China (Beijing), operated by Sinnet — general knowledge (doubt)"),
    ("aws", "cn-northwest-1"): ("CN", "AWS China (Ningxia), operated by NWCD — general knowledge (doubt)"),
    ("aws", "aws-eusc"): ("DE", "AWS European Sovereign Cloud partition, run by an EU-resident German "
                          "entity; its parent is a US company (doubt: reach of US law)"),
    ("aws", "eusc-de-east-1"): ("DE", "AWS European Sovereign Cloud, run by an EU-resident German "
                                "entity; its parent is a US company (doubt: reach of US law)"),
    ("azure", "chinaeast"): ("CN", "Azure China, operated by 21Vianet"),
    ("azure", "chinaeast2"): ("CN", "Azure China, operated by 21Vianet"),
    ("azure", "chinaeast3"): ("CN", "Azure China, operated by 21Vianet; access-restricted"),
    ("azure", "chinanorth"): ("CN", "Azure China, operated by 21Vianet"),
    ("azure", "chinanorth2"): ("CN", "Azure China, operated by 21Vianet"),
    ("azure", "chinanorth3"): ("CN", "Azure China, operated by 21Vianet"),
}

# Rows the NOTES call uncertain, with the doubt in a few words.
DOUBTS = {
    ("aws", "eu-isoe-west-1"): "country inferred from the partition's DNS suffix (.uk); location not published",
    ("aws", "aws-iso-e"): "country inferred from the partition's DNS suffix (.uk); location not published",
    ("aws", "aws-iso"): "ISO partition; cities not public",
    ("aws", "aws-iso-b"): "ISO partition; cities not public",
    ("aws", "aws-iso-f"): "ISO partition; cities not public",
    ("aws", "us-iso-east-1"): "ISO region; city not public",
    ("aws", "us-iso-west-1"): "ISO region; city not public",
    ("aws", "us-isof-east-1"): "ISO region; city not public",
    ("aws", "us-isof-south-1"): "ISO region; city not public",
    ("aws", "aws-eusc"): "EU-scoped by design, but only one region (DE) in the data; grows if AWS adds EU regions",
    ("aws", "aws"): "union of the 34 commercial regions, opt-in regions included",
    ("aws", "ca-central-1"): "city from general knowledge",
    ("aws", "eu-west-1"): "city from general knowledge",
    ("aws", "eu-south-2"): "city from general knowledge",
    ("aws", "ap-southeast-6"): "city from general knowledge",
    ("aws", "mx-central-1"): "city from general knowledge",
    ("aws", "eusc-de-east-1"): "city from general knowledge",
    ("gcp", "EU"): "all 27 EU states (Google commits to 'data centers within member states of the EU'); GB and CH excluded by Google",
    ("gcp", "ASIA"): "interpretation: the Asian countries with a Google Cloud region; indicative, especially TH",
    ("gcp", "EUR5"): "second member region from general knowledge of the GCS docs",
    ("gcp", "EUR7"): "second member region from general knowledge of the GCS docs",
    ("gcp", "EUR8"): "second member region from general knowledge of the GCS docs",
    ("gcp", "ASIA1"): "one member region corroborated by a public test file",
    ("gcp", "eur3"): "Firestore/Datastore; includes the witness region in Finland",
    ("gcp", "nam5"): "Firestore/Datastore; includes us-central2, a non-public region",
    ("gcp", "nam7"): "Firestore/Datastore; includes us-central2, a non-public region",
    ("gcp", "us-central2"): "restricted or non-public region",
    ("gcp", "us-east2"): "restricted or non-public region",
    ("gcp", "us-east7"): "restricted or non-public region",
    ("azure", "denmarkeast"): "'coming soon' in the 2025-09-23 list; may not accept deployments yet",
    ("azure", "swedensouth"): "restricted region, from location-name lists; city general knowledge",
    ("azure", "jioindiawest"): "restricted region, from location-name lists; city general knowledge",
    ("azure", "jioindiacentral"): "restricted region, from location-name lists; city general knowledge",
    ("azure", "eastus2euap"): "canary (early-access) region, from location-name lists",
    ("azure", "centraluseuap"): "canary (early-access) region, from location-name lists",
    ("azure", "usgovarizona"): "name not confirmed on SDK reference pages; state general knowledge",
    ("azure", "usgovvirginia"): "state from general knowledge",
    ("azure", "usgovtexas"): "state from general knowledge",
    ("azure", "usdodeast"): "state from general knowledge",
    ("azure", "usdodcentral"): "state from general knowledge",
    ("azure", "chinaeast"): "city general knowledge (docs.azure.cn says only 'China')",
    ("azure", "chinaeast2"): "city general knowledge (docs.azure.cn says only 'China')",
    ("azure", "chinanorth"): "city general knowledge (docs.azure.cn says only 'China')",
    ("azure", "chinanorth2"): "city general knowledge (docs.azure.cn says only 'China')",
    ("azure", "asia"): "given the same set as asiapacific by assumption",
    ("oci", "eu-dcc-rating-1"): "taken to be Ratingen, Germany",
    ("oci", "eu-dcc-rating-2"): "taken to be Ratingen, Germany",
    ("oci", "us-tacoma-1"): "realm OC5; purpose unknown",
    ("oci", "us-sanjose-2"): "realm OC16; purpose unknown",
    ("oci", "us-westjordan-1"): "realm OC16; purpose unknown",
    ("oci", "ap-chiyoda-1"): "realm OC8; purpose (Japanese government or dedicated customer) not stated",
    ("oci", "ap-ibaraki-1"): "realm OC8; purpose (Japanese government or dedicated customer) not stated",
    ("oci", "eu-dcc-rome-1"): "Italy PSN realm (OC22), treated as government",
    ("oci", "eu-milan-2"): "Italy PSN realm (OC22), treated as government",
}

AZURE_LOGICAL_UNSURE = {"taiwan", "indonesia", "malaysia", "mexico", "newzealand", "spain",
                        "italy", "israel", "poland", "qatar"}

# Regions Microsoft lists as nonpaired (azure-region-pairs.NOTES.md).
AZURE_NONPAIRED = {"austriaeast", "belgiumcentral", "chilecentral", "denmarkeast",
                   "indonesiacentral", "israelcentral", "italynorth", "malaysiawest",
                   "mexicocentral", "newzealandnorth", "polandcentral", "qatarcentral",
                   "spaincentral"}

HEADERS = {
    "aws": """\
# Sources: boto/botocore botocore/data/partitions.json, commit
# c870f2c199fe36e2bed3afa8f8b5282a739cb711 (partitions aws, aws-cn, aws-us-gov,
# aws-iso*, aws-eusc). Partition rows (aws:aws, aws:aws-cn, ...) are
# multi-region locations holding the union of their regions' countries.
# Not included: the pseudo-regions aws-global, aws-cn-global, ...; Local Zones,
# Wavelength Zones and Outposts; regions announced after that commit.""",
    "gcp": """\
# Sources: GoogleCloudPlatform/region-carbon-info data/yearly/2025.csv (commit
# 74d9bf818f1c6ea5111e26f2d1d4d4c788169129) with city labels from the Google
# Cloud locations pages; GCS bucket locations (multi- and dual-regions, page
# updated 2025-07-31); Firestore/Datastore locations (eur3, nam5, nam7).
# BigQuery's US and EU use the GCS rows (gcp:US, gcp:EU).
# Not included: europe-west5 (country unknown); Spanner multi-region
# configurations; KMS/Artifact Registry multi-regions; partner sovereign clouds
# (S3NS, T-Systems) and Google Distributed Cloud air-gapped.""",
    "azure": """\
# Sources: MicrosoftDocs/reliability-docs articles/reliability/regions-list.md
# (ms.date 2025-09-23); az account list-locations captures (restricted and
# logical names); Azure Government names from SDK reference pages; docs.azure.cn
# regions list (Azure China, operated by 21Vianet).
# Region pairs (GRS, RA-GRS, GZRS, RA-GZRS secondaries) from
# azure-region-pairs.csv: regions-list.md 2025-09-23, the ARM list-locations
# cache, regions-paired.md 2025-01-13 and docs.azure.cn. The language has no
# pair construct, so each location carries a comment "# pair: A -> B" (read in
# one direction only: B's pair need not be A), and src/azure_pairs.c carries
# the same table for the Terraform loader, which writes the pair as a replica.
# Nonpaired regions have no geo-redundant secondary (a 2022 statement, not
# re-verified for 2025). Pairs that cross a border: brazilsouth -> southcentralus
# (BR -> US), northeurope <-> westeurope (IE <-> NL), eastasia <-> southeastasia
# (HK <-> SG). Doubts: the US Government direction (usgovarizona -> usgovtexas
# may be symmetric), swedensouth -> swedencentral (one source), the Jio and EUAP
# pairs (ARM cache only).
# Not included: staging regions, brazilus, retired regions (usgoviowa, Azure
# Germany), Azure Government Secret/Top Secret, regions launched after
# 2025-09-23 (for example Taiwan North), the logical location 'global'.""",
    "oci": """\
# Sources: oracle/oci-python-sdk src/oci/regions_definitions.py (commit
# bec6ad0ed2c5062991bc225507e6436b653b19e0); the OCI .NET SDK Region class
# (ap-batam-1, us-dallas-1, us-abilene-1); oracle/nosql-python-sdk
# src/borneo/config.py (realm membership and descriptions). OCI has no
# multi-region identifiers. Rows found only in the NoSQL SDK may be restricted,
# private or not yet generally available; their country comes from the city in
# the identifier. Most 'sovereign' rows are private dedicated or national
# realms, included so that an identifier seen in the wild resolves.
# The OCI EU Sovereign Cloud (OC19: eu-frankfurt-2, eu-madrid-2) is run by
# Oracle's EU entities; the data does not say so, so it keeps the provider's
# operator (US) — doubt.
# Not included: realm OC0 and the lab/test realms; identifiers whose country
# cannot be told (us-somerset-1, us-thames-1, ap-olympic-1/2, me-sabahiya-1).""",
}


def load_countries():
    names = {}
    if os.path.exists(ISO_JSON):
        with open(ISO_JSON, encoding="utf-8") as f:
            for r in json.load(f)["3166-1"]:
                names[r["alpha_2"]] = r.get("common_name", r["name"])
    else:
        with open(COUNTRY_TABLE, encoding="utf-8") as f:
            for m in re.finditer(r'\{"([A-Z]{2})", "((?:[^"\\]|\\.)*)"\}', f.read()):
                names[m.group(1)] = m.group(2)
    if len(names) != 249:
        sys.exit("gen-clouds: expected 249 country codes, found %d" % len(names))
    return names


def fits_flat(line, text):
    """`residency fmt` keeps a brace group on its line when it fits within
    WIDTH, or when it would start at or past WIDTH anyway (src/fmt.c)."""
    start = len(line) + 1
    return start >= WIDTH or start + len(text) <= WIDTH


def layout(head, codes, opc):
    """The lines of `HEAD = VALUE [{ operator OPC }]` in the canonical layout of
    `residency fmt`, so the generated catalogs pass `fmt --check`."""
    if len(codes) == 1:
        lines = ["%s = %s" % (head, codes[0])]
    else:
        flat = "{ " + ", ".join(codes) + " }"
        if fits_flat(head + " =", flat):
            lines = ["%s = %s" % (head, flat)]
        else:
            lines, cur = ["%s = {" % head], " "
            for c in codes:
                if len(cur) > 1 and len(cur) + 1 + len(c) + 1 > WIDTH:
                    lines.append(cur)
                    cur = " "
                cur += " " + c + ","
            lines += [cur, "}"]
    if opc:
        body = "{ operator %s }" % opc
        if fits_flat(lines[-1], body):
            lines[-1] += " " + body
        else:
            lines[-1] += " {"
            lines += ["  operator %s" % opc, "}"]
    return lines


def rpl_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def title(row, names):
    codes = row["countries"].split()
    city = row["city"].strip()
    kind = row["kind"]
    if kind in ("multi-region", "dual-region"):
        label = ("Dual-region " if kind == "dual-region" else "Multi-region ") + row["region"]
        return label + (" (%s)" % city if city else "")
    where = names[codes[0]] if len(codes) == 1 else " + ".join(names[c] for c in codes)
    text = "%s, %s" % (city, where) if city and city != where else where
    if kind == "gov":
        text += " (government)"
    elif kind == "sovereign":
        text += " (sovereign/dedicated)"
    return text


def main():
    names = load_countries()
    rows = []
    with open(os.path.join(DATA, "cloud-regions.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(r)
    pairs = {}
    with open(os.path.join(DATA, "azure-region-pairs.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["region"] in pairs:
                sys.exit("gen-clouds: duplicate pair row for %s" % r["region"])
            pairs[r["region"]] = (r["paired_region"], r["source"])

    seen = set()
    by_provider = {p: [] for p in PROVIDERS}
    azure_country = {}
    for r in rows:
        p, reg = r["provider"], r["region"]
        if p not in PROVIDERS:
            sys.exit("gen-clouds: unknown provider %r" % p)
        if (p, reg) in seen:
            sys.exit("gen-clouds: duplicate row %s:%s" % (p, reg))
        seen.add((p, reg))
        if not LOC_RE.match("%s:%s" % (p, reg)):
            sys.exit("gen-clouds: %s:%s is not a valid location token" % (p, reg))
        codes = r["countries"].split()
        if not codes:
            sys.exit("gen-clouds: %s:%s has no country" % (p, reg))
        for c in codes:
            if c not in names:
                sys.exit("gen-clouds: %s:%s: unknown country code %s" % (p, reg, c))
        if r["kind"] not in KIND_ORDER:
            sys.exit("gen-clouds: %s:%s: unknown kind %s" % (p, reg, r["kind"]))
        by_provider[p].append(r)
        if p == "azure":
            azure_country[reg] = r["countries"]
    for a, (b, _) in pairs.items():
        if a not in azure_country or b not in azure_country:
            sys.exit("gen-clouds: pair %s -> %s names a region missing from cloud-regions.csv" % (a, b))

    for p, (ptitle, who) in PROVIDERS.items():
        write_catalog(p, ptitle, who, by_provider[p], pairs, azure_country, names)
    write_pairs_c(pairs)


def write_catalog(p, ptitle, who, rows, pairs, azure_country, names):
    out = []
    w = out.append
    w("# clouds/%s.rpl — %s: every region as a location." % (p, ptitle))
    w("#")
    w("# GENERATED by scripts/gen-clouds.py from tests/data/cloud-regions.csv%s;" %
      (" and azure-region-pairs.csv" if p == "azure" else ""))
    w("# do not edit: fix the data or the script and regenerate.")
    w("# Part of the residency standard library: reference material, not legal advice.")
    w("# Current to: %s (the date the data files were compiled; see" % CURRENT_TO)
    w("# tests/data/cloud-regions.NOTES.md for sources, dates and doubtful rows).")
    w("#")
    for line in HEADERS[p].splitlines():
        w(line)
    w("#")
    w("# A location's countries are every country it may place data in (for multi-")
    w("# and dual-regions: every member region, witness regions included). Rows the")
    w("# NOTES call uncertain are kept, with the doubt in a comment.")
    w("")
    w("provider %s %s { operator US }  # %s" % (p, rpl_str(ptitle), who))
    counts = {}
    for kind in KIND_ORDER:
        krows = sorted((r for r in rows if r["kind"] == kind), key=lambda r: r["region"])
        if not krows:
            continue
        counts[kind] = len(krows)
        w("")
        w("# ---- %s (%d)" % (KIND_TITLE[kind], len(krows)))
        for r in krows:
            reg = r["region"]
            codes = r["countries"].split()
            notes = []
            lead = []
            key = (p, reg)
            if key in DOUBTS:
                notes.append("doubt: " + DOUBTS[key])
            if p == "azure" and r["kind"] == "multi-region" and reg in AZURE_LOGICAL_UNSURE:
                notes.append("doubt: least certain logical location name")
            if p == "oci" and r["source"] == "oracle nosql-python-sdk config.py" and r["kind"] == "region":
                notes.append("doubt: NoSQL SDK only; may be restricted or not GA")
            opc = None
            if key in OPERATORS:
                opc, why = OPERATORS[key]
                lead.append("# operator %s: %s" % (opc, why))
            if p == "azure" and r["kind"] != "multi-region":
                if reg in pairs:
                    b = pairs[reg][0]
                    pn = "pair: %s -> %s" % (reg, b)
                    if azure_country[reg] != azure_country[b]:
                        pn += " (crosses a border: %s -> %s)" % (azure_country[reg], azure_country[b])
                    if pairs.get(b, (None,))[0] != reg:
                        pn += " (one-directional)"
                    notes.insert(0, pn)
                elif reg in AZURE_NONPAIRED:
                    notes.insert(0, "pair: none (nonpaired region: no geo-redundant secondary)")
                else:
                    notes.insert(0, "pair: none known")
            head = "location %s:%s %s" % (p, reg, rpl_str(title(r, names)))
            decl = layout(head, codes, opc)
            if notes:
                decl[-1] += "  # " + "; ".join(notes)
            if len(decl) > 1 and out[-1] != "" and not out[-1].startswith("# ----"):
                w("")
            out.extend(lead + decl)
            if len(decl) > 1:
                w("")
        if out[-1] == "":
            out.pop()
    # The catalog imports nothing, so that a policy with its own `levels` can
    # use it; without classes a test can hold no facts. The country of the
    # locations is pinned by the tests of default.rpl and the law packs.
    w("")
    w("# No classes are declared here (the catalog imports nothing, so a policy")
    w("# with its own sensitivity levels can use it), so the test holds no facts:")
    w("# it pins that the catalog compiles on its own. default.rpl's tests pin the")
    w("# countries of the locations.")
    w("test %s {" % rpl_str("%s catalog compiles on its own" % p))
    w("  expect pass")
    w("}")
    path = os.path.join(ROOT, "policies", "clouds", "%s.rpl" % p)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %s (%s)" % (os.path.relpath(path, ROOT),
                              ", ".join("%d %s" % (counts[k], k) for k in counts)), file=sys.stderr)


def write_pairs_c(pairs):
    out = []
    w = out.append
    w("/*")
    w("** azure_pairs.c — Azure region -> paired region (the GRS/RA-GRS/GZRS secondary).")
    w("** GENERATED by scripts/gen-clouds.py from tests/data/azure-region-pairs.csv")
    w("** (current to %s); do not edit. One row per direction, sorted by region." % CURRENT_TO)
    w("*/")
    w('#include "azure_pairs.h"')
    w("")
    w("#include <ctype.h>")
    w("#include <stddef.h>")
    w("#include <string.h>")
    w("")
    w("static const struct {")
    w("\tconst char *region;")
    w("\tconst char *pair;")
    w("} pairs[] = {")
    for a in sorted(pairs):
        w("\t{%s, %s},  /* %s */" % (c_str(a), c_str(pairs[a][0]), pairs[a][1]))
    w("};")
    w("")
    w("/*")
    w("** Normalise an Azure location as azurerm does: drop spaces, lower-case.")
    w("** Returns 0 when the name does not fit in @buf.")
    w("*/")
    w("static int normalise(const char *in, char *buf, size_t size)")
    w("{")
    w("\tsize_t n = 0;")
    w("")
    w("\tfor (; *in; in++) {")
    w("\t\tif (*in == ' ')")
    w("\t\t\tcontinue;")
    w("\t\tif (n + 1 >= size)")
    w("\t\t\treturn 0;")
    w("\t\tbuf[n++] = (char)tolower((unsigned char)*in);")
    w("\t}")
    w("\tbuf[n] = '\\0';")
    w("\treturn n > 0;")
    w("}")
    w("")
    w("/*")
    w("** The paired region of @region, or NULL (contract in azure_pairs.h).")
    w("** Binary search over the sorted table after normalising the name.")
    w("*/")
    w("const char *azure_pair(const char *region)")
    w("{")
    w("\tchar key[64];")
    w("\tsize_t lo = 0, hi = sizeof pairs / sizeof pairs[0];")
    w("")
    w("\tif (!region || !normalise(region, key, sizeof key))")
    w("\t\treturn NULL;")
    w("\twhile (lo < hi) {")
    w("\t\tsize_t mid = lo + (hi - lo) / 2;")
    w("\t\tint c = strcmp(key, pairs[mid].region);")
    w("")
    w("\t\tif (c == 0)")
    w("\t\t\treturn pairs[mid].pair;")
    w("\t\tif (c < 0)")
    w("\t\t\thi = mid;")
    w("\t\telse")
    w("\t\t\tlo = mid + 1;")
    w("\t}")
    w("\treturn NULL;")
    w("}")
    path = os.path.join(ROOT, "src", "azure_pairs.c")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote src/azure_pairs.c (%d pairs)" % len(pairs), file=sys.stderr)


if __name__ == "__main__":
    main()
