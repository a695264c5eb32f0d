#!/usr/bin/env python3
"""Generate src/world_map.c: the world map of the HTML report.

Usage: scripts/gen-world.py WORLD_ATLAS_DIR [ISO_3166_JSON] > src/world_map.c

WORLD_ATLAS_DIR holds countries-110m.json and countries-50m.json of the npm
package world-atlas (TopoJSON of the public-domain Natural Earth country
shapes); `make world-map` installs it with npm into build/npm and runs this
script.  ISO_3166_JSON (default: Debian's iso-codes,
/usr/share/iso-codes/json/iso_3166-1.json) maps the ISO numeric ids of the
shapes to the alpha-2 codes of src/country_table.c.

What it writes, for each of the 249 countries in the order of
country_table.c (alphabetical by code):
  - the SVG path of its 1:110m shape (NULL when 1:110m has none): the
    TopoJSON arcs decoded, projected (equirectangular, latitudes 84 N to
    60 S, WORLD_W units for 360 degrees), simplified arc by arc with
    Douglas-Peucker (shared borders stay shared), quantised to whole units
    and written as relative moves; islands smaller than a unit or two are
    left out, except a country's largest ring;
  - a point inside it (markers and arc ends): from 1:110m, else from the
    1:50m shapes (small countries and territories), else none (-1, -1);
and the shapes that have no ISO code (N. Cyprus, Somaliland, Kosovo) as one
path of land.  Antarctica is left out (below the map).

The output is checked in and deterministic; rerun when world-atlas changes.
"""
import json
import math
import os
import sys

W = 2000                # map width in units (360 degrees)
LAT_TOP, LAT_BOTTOM = 84.0, -60.0
K = W / 360.0
H = round((LAT_TOP - LAT_BOTTOM) * K)
TOLERANCE = 0.9         # Douglas-Peucker tolerance, in map units
MIN_RING = 2.5          # rings whose bounding box is smaller (both sides) go


# Points (longitude, latitude) of the countries and territories that have
# no shape of their own at 1:110m or 1:50m (parts of another country's shape
# there, or left out): approximate centres, general knowledge.  Antarctica
# sits at the bottom edge of the map.
EXTRA_POINTS = {
    "AQ": (0.0, -59.0), "BQ": (-68.3, 12.2), "BV": (3.4, -54.4),
    "CC": (96.8, -12.2), "CX": (105.6, -10.5), "GF": (-53.1, 3.9),
    "GI": (-5.35, 36.14), "GP": (-61.5, 16.2), "MQ": (-61.0, 14.6),
    "RE": (55.5, -21.1), "SJ": (16.0, 78.0), "TK": (-171.8, -9.2),
    "TV": (179.2, -8.5), "UM": (166.6, 19.3), "YT": (45.1, -12.8),
}


def project(lon, lat):
    return ((lon + 180.0) * K, (LAT_TOP - lat) * K)


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append(project(x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def douglas_peucker(pts, tol):
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, at = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            if norm == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > best:
                best, at = d, i
        if at >= 0 and best > tol:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(pts, keep) if k]


def ring_points(arcs, ring):
    out = []
    for i in ring:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def unwrap(ring):
    """Rings that cross the antimeridian (Russia, Fiji) jump by about W
    between two points: shift the points after a jump by W so that the ring
    stays in one piece (it then reaches past the map's edge)."""
    out, shift = [], 0.0
    for i, (x, y) in enumerate(ring):
        if i:
            px = ring[i - 1][0]
            if x - px > W / 2:
                shift -= W
            elif px - x > W / 2:
                shift += W
        out.append((x + shift, y))
    return out


def polygons(geom):
    if geom["type"] == "Polygon":
        return [geom["arcs"]]
    if geom["type"] == "MultiPolygon":
        return geom["arcs"]
    return []


def area_centroid(ring):
    a = cx = cy = 0.0
    for i in range(len(ring) - 1):
        x0, y0 = ring[i]
        x1, y1 = ring[i + 1]
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(a) / 2, (cx / (3 * a), cy / (3 * a))


def crossings(ring, y):
    xs = []
    for i in range(len(ring) - 1):
        (x0, y0), (x1, y1) = ring[i], ring[i + 1]
        if (y0 <= y < y1) or (y1 <= y < y0):
            xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def inside_point(ring):
    """A point inside the ring: its centroid when inside, else the middle
    of the widest inside stretch of a horizontal line through it (or near)."""
    _, (cx, cy) = area_centroid(ring)
    ys = [p[1] for p in ring]
    lo, hi = min(ys), max(ys)
    best = None
    for k in range(0, 41):
        # the centroid's line first, then lines further and further away
        off = (k + 1) // 2 * (hi - lo) / 42.0 * (1 if k % 2 else -1)
        y = cy + off
        if not lo < y < hi:
            continue
        xs = crossings(ring, y)
        for a, b in zip(xs[0::2], xs[1::2]):
            if a <= cx <= b and k == 0:
                return cx, cy
            if best is None or b - a > best[0]:
                best = (b - a, (a + b) / 2, y)
        if best and k >= 6:
            break
    return (best[1], best[2]) if best else (cx, cy)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    atlas = argv[1]
    iso = argv[2] if len(argv) > 2 else "/usr/share/iso-codes/json/iso_3166-1.json"
    rows = sorted(load(iso)["3166-1"], key=lambda r: r["alpha_2"])
    if len(rows) != 249:
        sys.exit("expected 249 codes, found %d" % len(rows))
    by_num = {r["numeric"]: r["alpha_2"] for r in rows}

    t110 = load(os.path.join(atlas, "countries-110m.json"))
    t50 = load(os.path.join(atlas, "countries-50m.json"))
    a110 = decode_arcs(t110)
    a50 = decode_arcs(t50)
    simple = [douglas_peucker(a, TOLERANCE) for a in a110]

    paths, points, land = {}, {}, []
    unmapped = []
    for g in t110["objects"]["countries"]["geometries"]:
        code = by_num.get(g.get("id"))
        if code == "AQ":
            continue
        polys = polygons(g)
        # the largest exterior ring (unsimplified) gives the inside point
        full = [unwrap(ring_points(a110, p[0])) for p in polys]
        areas = [area_centroid(r)[0] for r in full]
        big = max(range(len(full)), key=lambda i: areas[i]) if full else -1
        d = []
        for pi, poly in enumerate(polys):
            for ri, ring in enumerate(poly):
                pts = [(round(x), round(y)) for x, y in unwrap(ring_points(simple, ring))]
                q = []
                for p in pts:
                    if not q or q[-1] != p:
                        q.append(p)
                xs = [p[0] for p in q]
                ys = [p[1] for p in q]
                if not (pi == big and ri == 0):
                    if max(xs) - min(xs) < MIN_RING and max(ys) - min(ys) < MIN_RING:
                        continue
                if len(q) < 4:
                    if pi == big and ri == 0:
                        # a tiny country: a small diamond around its point
                        cx, cy = round(sum(xs) / len(xs)), round(sum(ys) / len(ys))
                        q = [(cx, cy - 1), (cx + 1, cy), (cx, cy + 1), (cx - 1, cy), (cx, cy - 1)]
                    else:
                        continue
                rest = "l" + "".join(rel(q[i][0] - q[i - 1][0], q[i][1] - q[i - 1][1], i == 1)
                                     for i in range(1, len(q) - 1)) + "z"
                d.append("M%d %d" % q[0] + rest)
                # a ring reaching past an edge is drawn a second time, a
                # map's width over, so both of its ends show
                if min(xs) < 0:
                    d.append("M%d %d" % (q[0][0] + W, q[0][1]) + rest)
                if max(xs) > W:
                    d.append("M%d %d" % (q[0][0] - W, q[0][1]) + rest)
        if code is None:
            unmapped.append(g["properties"]["name"])
            land.extend(d)
            continue
        paths[code] = "".join(d)
        x, y = inside_point(full[big])
        points[code] = (round(x) % W, round(y))
    for g in t50["objects"]["countries"]["geometries"]:
        code = by_num.get(g.get("id"))
        if code is None or code in points or code == "AQ":
            continue
        full = [unwrap(ring_points(a50, p[0])) for p in polygons(g)]
        if not full:
            continue
        big = max(full, key=lambda r: area_centroid(r)[0])
        x, y = inside_point(big)
        points[code] = (round(x) % W, round(y))

    for code, (lon, lat) in EXTRA_POINTS.items():
        if code not in points:
            points[code] = tuple(round(v) for v in project(lon, max(lat, LAT_BOTTOM + 1)))

    out = sys.stdout
    w = out.write
    w("/*\n** world_map.c — the world map of the HTML report (world_map.h).\n")
    w("** GENERATED by scripts/gen-world.py from the npm package world-atlas\n")
    w("** (Natural Earth 1:110m and 1:50m country shapes, public domain); do not edit.\n")
    w("** %d shapes, %d points; no shape: %s.\n*/\n"
      % (len(paths), len(points),
         " ".join(r["alpha_2"] for r in rows if r["alpha_2"] not in paths)))
    w('#include "world_map.h"\n\n')
    w("_Static_assert(WORLD_W == %d && WORLD_H == %d, \"world_map.h matches the generator\");\n\n" % (W, H))
    w("const struct world_country world_countries[COUNTRY_COUNT] = {\n")
    for r in rows:
        c = r["alpha_2"]
        x, y = points.get(c, (-1, -1))
        p = paths.get(c)
        w("\t{\"%s\", %d, %d, %s},\n" % (c, x, y, cstr_wrapped(p) if p else "NULL"))
    w("};\n\n")
    w("/* shapes without an ISO code: %s */\n" % ", ".join(sorted(unmapped)))
    w("const char world_land[] = %s;\n" % cstr_wrapped("".join(land)))


def rel(dx, dy, first):
    s = "%d" % dx if first or dx < 0 else " %d" % dx
    return s + ("%d" % dy if dy < 0 else " %d" % dy)


def cstr_wrapped(s):
    # paths hold only digits, spaces, '-' and letters: nothing to escape
    parts = [s[i:i + 90] for i in range(0, len(s), 90)] or [""]
    return "\n\t\t".join('"%s"' % p for p in parts)


if __name__ == "__main__":
    main(sys.argv)
