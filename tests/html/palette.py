#!/usr/bin/env python3
"""Check the verdict colours of an HTML report for colour blindness and grey scale.

Usage: tests/html/palette.py REPORT.html

Reads the four verdict colours (--v0 no data, --v1 passed, --v2 waived,
--v3 violation) from the page's style sheet and requires, for every pair:
  - a CIE76 colour difference of at least 20 (in CIELAB) for normal vision
    and for full protanopia, deuteranopia and tritanopia, simulated with the
    matrices of Machado, Oliveira and Fernandes (2009, severity 1.0) on
    linear RGB;
  - a lightness difference (L*) of at least 10, so they stay apart printed
    in grey scale.
Prints "ok: ..." or "FAIL: ..." lines; exits 1 on a failure.
"""
import itertools
import math
import re
import sys

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}


def linear(c):
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def lab(rgb):
    r, g, b = rgb
    x = 0.4124 * r + 0.3576 * g + 0.1805 * b
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = 0.0193 * r + 0.1192 * g + 0.9505 * b

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    fx, fy, fz = f(x / 0.95047), f(y), f(z / 1.08883)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def simulate(rgb, m):
    return tuple(max(0.0, min(1.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3))


def main(argv):
    page = open(argv[1], encoding="utf-8").read()
    cols = dict(re.findall(r"--(v[0-3]):#([0-9a-fA-F]{6})", page))
    if sorted(cols) != ["v0", "v1", "v2", "v3"]:
        print("FAIL: the four verdict colours are not in the style sheet: %s" % cols)
        return 1
    rgb = {k: tuple(linear(int(v[i:i + 2], 16)) for i in (0, 2, 4)) for k, v in cols.items()}
    failed = 0
    for vision, m in [("normal vision", None)] + sorted(MACHADO.items()):
        worst = min((math.dist(lab(rgb[a] if m is None else simulate(rgb[a], m)),
                               lab(rgb[b] if m is None else simulate(rgb[b], m))), a, b)
                    for a, b in itertools.combinations(sorted(rgb), 2))
        ok = worst[0] >= 20
        failed += not ok
        print("%s: %s: closest pair %s/%s, difference %.1f (at least 20)"
              % ("ok" if ok else "FAIL", vision, worst[1], worst[2], worst[0]))
    worst = min((abs(lab(rgb[a])[0] - lab(rgb[b])[0]), a, b)
                for a, b in itertools.combinations(sorted(rgb), 2))
    ok = worst[0] >= 10
    failed += not ok
    print("%s: grey scale: closest pair %s/%s, lightness difference %.1f (at least 10)"
          % ("ok" if ok else "FAIL", worst[1], worst[2], worst[0]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
