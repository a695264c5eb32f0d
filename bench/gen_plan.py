#!/usr/bin/env python3
"""Deterministic generators of benchmark inputs for the standard library.

    gen_plan.py estate N OUT.yaml   N stores and 4N flows (replicas, backups,
                                    chains of transfers between stores, waivers)
    gen_plan.py chain N OUT.yaml    one origin chain s0 -> s1 -> ... -> sN: N+1
                                    stores, N flows between consecutive stores,
                                    written in reverse order
    gen_plan.py flows N OUT.tsv     N flows between places (countries, single-
                                    and multi-country locations) in the flows
                                    format of bench/decisions.c

Every name used is one the standard library declares (docs/policies.md):
classes of core.rpl, catalog locations of clouds/*.rpl, GDPR mechanisms and
the rule eu_gdpr_transfer.  The output depends only on the arguments (a fixed
seed and the PRNG below), never on the machine or the day.
"""
import sys

# splitmix64: tiny, fast and identical everywhere.
class Rng:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def chance(self, p):
        return self.next() < p * 18446744073709551616

    def pick(self, xs):
        return xs[self.next() % len(xs)]

    def sample(self, xs, k):
        """k distinct values of xs (xs may repeat a value to weight it)."""
        xs = list(xs)
        out = []
        while xs and len(out) < k:
            v = xs.pop(self.next() % len(xs))
            if v not in out:
                out.append(v)
        return out


AWS = ("eu-west-1 eu-west-2 eu-west-3 eu-central-1 eu-central-2 eu-north-1 eu-south-1 "
       "eu-south-2 us-east-1 us-east-2 us-west-1 us-west-2 ca-central-1 sa-east-1 "
       "ap-south-1 ap-northeast-1 ap-northeast-2 ap-southeast-1 ap-southeast-2 "
       "af-south-1 me-central-1 il-central-1").split()
GCP = "europe-west1 europe-west3 europe-west4 us-central1 asia-south1 asia-northeast1".split()
GCP_MULTI = "EU US ASIA EUR4".split()
AZURE = "westeurope northeurope germanywestcentral eastus westus2 japaneast centralindia uksouth".split()
COUNTRIES = ("DE FR IE NL SE PL IT ES AT BE DK FI CZ PT GR NO IS LI CH GB US CA JP KR "
             "AU NZ IN CN RU BR MX SG ZA AE IL TR AR UY VN").split()

LOCS = ([f"aws:{r}" for r in AWS] * 3 + [f"gcp:{r}" for r in GCP] +
        [f"azure:{r}" for r in AZURE] + COUNTRIES)
MULTI = [f"gcp:{r}" for r in GCP_MULTI]
CLASSES = ["personal", "personal", "personal", "health", "payment", "children",
           "biometric", "trade_secret", "confidential_business", "public_data",
           "export_controlled", "criminal_records"]
MECHS = ["EU_SCC", "EU_SCC", "EU_BCR", "EU_DPF", "UK_IDTA", "CH_SCC"]
AS_OF = "2026-11-28"


def expiry(r):
    return f"20{27 + r.below(3)}-{1 + r.below(12):02d}-{1 + r.below(28):02d}"


def mechs_yaml(r):
    ms = r.sample(MECHS, 1 + r.below(2))
    parts = []
    for m in ms:
        e = f", expires: {expiry(r)}" if r.chance(0.5) else ""
        ref = f", reference: DPA-{r.below(10000):04d}" if r.chance(0.3) else ""
        parts.append("{type: %s%s%s}" % (m, e, ref))
    return "[" + ", ".join(parts) + "]"


def flow_flags(r, w):
    if r.chance(0.7):
        w("    encrypted_in_transit: true\n")
    if r.chance(0.1):
        w("    pseudonymized: true\n")
    if r.chance(0.3):
        w("    mechanisms: %s\n" % mechs_yaml(r))
    if r.chance(0.4):
        w(f"    subjects: {r.below(5_000_000)}\n")


def estate(n, out):
    r = Rng(20261128 + n)
    w = out.write
    w(f"# residency benchmark estate: {n} stores, {4 * n} flows (bench/gen_plan.py)\n")
    w(f"plan: bench-estate-{n}\nas_of: {AS_OF}\nstores:\n")
    store_classes = []
    for i in range(n):
        cls = r.sample(CLASSES, 1 + r.below(3))
        store_classes.append(cls)
        w(f"  - name: store-{i:06d}\n")
        if r.chance(0.9):
            w(f"    location: {r.pick(LOCS)}\n")
        else:
            w(f"    locations: [{', '.join(r.sample(LOCS, 2))}]\n")
        if r.chance(0.3):
            w(f"    replicas: [{', '.join(r.sample(LOCS, 1 + r.below(2)))}]\n")
        if r.chance(0.3):
            w(f"    backups: [{r.pick(LOCS)}]\n")
        if r.chance(0.15):
            w(f"    origin: [{', '.join(r.sample(COUNTRIES, 1 + r.below(3)))}]\n")
        w(f"    classes: [{', '.join(cls)}]\n")
        if r.chance(0.7):
            w("    encrypted_at_rest: true\n")
        if r.chance(0.6):
            w("    encrypted_in_transit: true\n")
        if r.chance(0.05):
            w("    pseudonymized: true\n")
        if r.chance(0.3):
            w(f"    key_location: {r.pick(LOCS)}\n")
        if r.chance(0.5):
            w(f"    subjects: {r.below(10_000_000)}\n")
        if r.chance(0.2):
            w(f"    mechanisms: {mechs_yaml(r)}\n")
        if r.chance(0.3):
            w(f"    attrs: {{owner: team-{r.below(50)}, tier: {1 + r.below(3)}}}\n")
    w("flows:\n")
    for j in range(4 * n):
        w(f"  - name: flow-{j:07d}\n")
        u = r.next() / 18446744073709551616
        if u < 0.5:
            # a chain: store i feeds one of the next few stores
            a = r.below(n)
            b = min(n - 1, a + 1 + r.below(3))
            src, dst = f"store-{a:06d}", f"store-{b:06d}"
            cls = r.sample(store_classes[a], 1 + r.below(2))
        elif u < 0.8:
            a = r.below(n)
            src, dst = f"store-{a:06d}", r.pick(LOCS + MULTI)
            cls = r.sample(store_classes[a], 1)
        else:
            b = r.below(n)
            src, dst = r.pick(LOCS), f"store-{b:06d}"
            cls = r.sample(store_classes[b], 1)
        w(f"    from: {src}\n    to: {dst}\n    classes: [{', '.join(cls)}]\n")
        flow_flags(r, w)
        if r.chance(0.1):
            w(f"    attrs: {{tia: approved, ticket: PRIV-{r.below(1000)}}}\n")
    w("waivers:\n")
    for k in range(max(1, n // 100)):
        w(f"  - rule: eu_gdpr_transfer\n    target: flow-{r.below(4 * n):07d}\n"
          f"    reason: \"Approved by the DPO, ticket PRIV-{k}\"\n"
          f"    expires: {expiry(r)}\n")


def chain(n, out):
    w = out.write
    w(f"# residency benchmark origin chain s0 -> ... -> s{n} (bench/gen_plan.py)\n")
    w(f"plan: bench-chain-{n}\nas_of: {AS_OF}\nstores:\n")
    for i in range(n + 1):
        w(f"  - name: s{i}\n    location: {LOCS[(i * 7) % len(LOCS)]}\n"
          f"    classes: [personal]\n    encrypted_at_rest: true\n")
    w("flows:\n")
    # reverse order: a pass-until-nothing-changes origin propagation needs N
    # passes here; a worklist needs one visit per flow
    for i in range(n - 1, -1, -1):
        w(f"  - name: s{i}-to-s{i + 1}\n    from: s{i}\n    to: s{i + 1}\n"
          f"    classes: [personal]\n    encrypted_in_transit: true\n")
        if i % 2:
            w("    mechanisms: [{type: EU_SCC}]\n")


def flows(n, out):
    r = Rng(424242 + n)
    w = out.write
    w(f"# {n} flows between places for bench/decisions.c (bench/gen_plan.py)\n")
    w("# classes\tfrom\tto\tmechanisms\tencrypted\n")
    places = LOCS + MULTI * 4
    for _ in range(n):
        cls = ",".join(r.sample(CLASSES, 1 + r.below(3)))
        ms = ",".join(r.sample(MECHS, r.below(3))) or "-"
        w(f"{cls}\t{r.pick(places)}\t{r.pick(places)}\t{ms}\t{1 if r.chance(0.7) else 0}\n")


def main(argv):
    if len(argv) != 4 or argv[1] not in ("estate", "chain", "flows"):
        sys.exit(__doc__)
    n = int(argv[2])
    with open(argv[3], "w", encoding="ascii") as out:
        {"estate": estate, "chain": chain, "flows": flows}[argv[1]](n, out)


if __name__ == "__main__":
    main(sys.argv)
