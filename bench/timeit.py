#!/usr/bin/env python3
"""Time a command: one warm-up run, then RUNS timed runs.

    timeit.py RUNS OUT.json COMMAND [ARGS...]

Standard output of the command goes to /dev/null, standard error to ours.
Every run must exit 0.  Writes OUT.json with the per-run wall times, CPU
times (user + system of the child, from wait4) and maximum resident sets,
and prints `wall_median cpu_median maxrss_kb_max` (seconds, seconds, KB).
CPU time is what the command cost on its core; wall time also counts the
time it waited for a core, which on a busy machine is not the command's.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def run(cmd):
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        p = subprocess.Popen(cmd, stdout=devnull)
        _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"timeit: {' '.join(cmd)} exited with {p.returncode}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    runs, out, cmd = int(argv[1]), argv[2], argv[3:]
    run(cmd)
    res = [run(cmd) for _ in range(runs)]
    walls, cpus, rss = [r[0] for r in res], [r[1] for r in res], [r[2] for r in res]
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"command": cmd, "wall": walls, "cpu": cpus, "maxrss_kb": rss}, f)
    print(f"{statistics.median(walls):.6f} {statistics.median(cpus):.6f} {max(rss)}")


if __name__ == "__main__":
    main(sys.argv)
