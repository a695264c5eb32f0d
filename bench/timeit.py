#!/usr/bin/env python3
"""Time a command, or two commands in alternation.

    timeit.py RUNS OUT.json COMMAND [ARGS...]
    timeit.py --pair RUNS OUT.json COMMAND_A [ARGS...] -- COMMAND_B [ARGS...]

Standard output of the commands goes to /dev/null, standard error to ours.
Every run must exit 0 (or a status listed in TIMEIT_OK, e.g. TIMEIT_OK=0,2).  CPU time is the child's user + system time (from
wait4): what the command cost on its core; wall time also counts the time
it waited for a core, which on a busy machine is not the command's.

One command: one warm-up run, then RUNS timed runs.  Writes OUT.json with
the per-run wall times, CPU times and maximum resident sets, and prints
`wall_median cpu_median maxrss_kb_max` (seconds, seconds, KB).

--pair: one warm-up run of each, then RUNS rounds of A then B.  A ratio
of A to B is taken within each round, when both ran on the same machine
in the same state, and the printed ratios are the medians of those
per-round ratios: on a machine whose speed drifts from second to second
(other tenants, frequency changes), timing all the A runs and then all
the B runs would compare different machines.  Prints
`wall_a cpu_a maxrss_a wall_b cpu_b maxrss_b wall_ratio cpu_ratio
wall_ratio_min wall_ratio_max` (medians, then the lowest and highest
per-round wall ratio; ratios are A / B).
"""
import json
import os
import statistics
import subprocess
import sys
import time

# TIMEIT_OK=0,2: the exit statuses that count as success (default 0)
OK_STATUS = {int(x) for x in os.environ.get("TIMEIT_OK", "0").split(",")}


def run(cmd):
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        p = subprocess.Popen(cmd, stdout=devnull)
        _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in OK_STATUS:
        sys.exit(f"timeit: {' '.join(cmd)} exited with {p.returncode}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss


def columns(res):
    return [r[0] for r in res], [r[1] for r in res], [r[2] for r in res]


def single(runs, out, cmd):
    run(cmd)
    walls, cpus, rss = columns([run(cmd) for _ in range(runs)])
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"command": cmd, "wall": walls, "cpu": cpus, "maxrss_kb": rss}, f)
    print(f"{statistics.median(walls):.6f} {statistics.median(cpus):.6f} {max(rss)}")


def pair(runs, out, a, b):
    run(a)
    run(b)
    ra, rb = [], []
    for _ in range(runs):
        ra.append(run(a))
        rb.append(run(b))
    wa, ca, ma = columns(ra)
    wb, cb, mb = columns(rb)
    wr = [x / y for x, y in zip(wa, wb)]
    cr = [x / y for x, y in zip(ca, cb)]
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"a": {"command": a, "wall": wa, "cpu": ca, "maxrss_kb": ma},
                   "b": {"command": b, "wall": wb, "cpu": cb, "maxrss_kb": mb},
                   "wall_ratio": wr, "cpu_ratio": cr}, f)
    med = statistics.median
    print(f"{med(wa):.6f} {med(ca):.6f} {max(ma)} {med(wb):.6f} {med(cb):.6f} {max(mb)} "
          f"{med(wr):.6f} {med(cr):.6f} {min(wr):.6f} {max(wr):.6f}")


def main(argv):
    if len(argv) >= 2 and argv[1] == "--pair":
        if len(argv) < 7 or "--" not in argv[4:]:
            sys.exit(__doc__)
        cut = argv.index("--", 4)
        a, b = argv[4:cut], argv[cut + 1:]
        if not a or not b:
            sys.exit(__doc__)
        pair(int(argv[2]), argv[3], a, b)
        return
    if len(argv) < 4:
        sys.exit(__doc__)
    single(int(argv[1]), argv[2], argv[3:])


if __name__ == "__main__":
    main(sys.argv)
