#!/usr/bin/env bash
# `perfeval batch --threads 2` against `--threads 1`, as a user runs it: each run a new process, the two alternating.
#
#   benchmarks/startup/threads.sh PERFEVAL [RECORDS] [RUNS]     (defaults 100000 records, 10 runs)
#
# PERFEVAL is the command to time (e.g. the `perfeval` that run.sh installs: Native AOT on linux-x64). The records are
# the Yangxi sample under RECORDS subjects, as batch.sh makes them. Prints the min/median/max wall seconds of each and
# the min/median/max of the per-round speed-ups (the --threads 1 run over the --threads 2 run of the same round, which
# cancels some of the machine's load swings). Not run by CI.
set -euo pipefail
PERFEVAL=$1; RECORDS=${2:-100000}; RUNS=${3:-10}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/perfeval-threads.XXXXXX)}
mkdir -p "$WORK"
python3 "$ROOT/benchmarks/startup/records.py" "$ROOT/samples/yangxi-2023.json" "$WORK/records.jsonl" "$RECORDS"
python3 - "$PERFEVAL" "$ROOT/rules/yangxi-2023.yaml" "$WORK/records.jsonl" "$WORK/scores.csv" "$RUNS" "$RECORDS" <<'PY'
import os, statistics, subprocess, sys, time
perfeval, rules, records, scores, runs, count = sys.argv[1:7]
def run(threads):
    argv = [perfeval, "batch", "--rules", rules, "--input", records, "--out", scores, "--threads", str(threads)]
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        sys.exit(f"{' '.join(argv)} failed")
    with open(scores, encoding="utf-8-sig") as f:
        rows = sum(1 for _ in f) - 1
    if rows != int(count):
        sys.exit(f"--threads {threads} wrote {rows} rows, not {count}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime
run(1); run(2)  # warm the file cache
one, two, ratios = [], [], []
for _ in range(int(runs)):
    a = run(1); b = run(2)
    one.append(a); two.append(b); ratios.append(a[0] / b[0])
def stats(xs): return f"{min(xs):.2f} / {statistics.median(xs):.2f} / {max(xs):.2f}"
print(f"{runs} rounds of {count} records, each run a new process; wall seconds min / median / max")
print("| run | wall | CPU (median) |")
print("|---|---:|---:|")
print(f"| --threads 1 | {stats([w for w, _ in one])} | {statistics.median([c for _, c in one]):.2f} |")
print(f"| --threads 2 | {stats([w for w, _ in two])} | {statistics.median([c for _, c in two]):.2f} |")
print(f"| speed-up per round (--threads 1 / --threads 2) | {stats(ratios)} | |")
PY
