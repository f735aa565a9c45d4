#!/usr/bin/env bash
# `perfeval batch` over a generated JSON Lines file under runtime settings, each run a new process, alternating.
#
#   benchmarks/startup/batch.sh PERFEVAL [RECORDS] [RUNS]     (defaults 20000 records, 5 runs)
#
# PERFEVAL is the command to time (e.g. the `perfeval` that run.sh installs). The records are the Yangxi sample under
# RECORDS subjects. Settings are given as DOTNET_ environment variables, which are the runtimeconfig knobs' twins:
# tiered compilation and PGO on one CPU (taskset -c 0) and on two, and Server / non-concurrent GC for --threads 2
# against --threads 1. Prints min/median/max wall and CPU seconds per setting. Not run by CI.
set -euo pipefail
PERFEVAL=$1; RECORDS=${2:-20000}; RUNS=${3:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/perfeval-batch.XXXXXX)}
mkdir -p "$WORK"
python3 "$ROOT/benchmarks/startup/records.py" "$ROOT/samples/yangxi-2023.json" "$WORK/records.jsonl" "$RECORDS"
python3 - "$PERFEVAL" "$ROOT/rules/yangxi-2023.yaml" "$WORK/records.jsonl" "$WORK/scores.csv" "$RUNS" <<'PY'
import os, statistics, subprocess, sys, time
perfeval, rules, records, scores, runs = sys.argv[1:6]
cases = [
    ("2 cores, defaults, --threads 2", [], {}, 2),
    ("2 cores, TieredPGO=0", [], {"DOTNET_TieredPGO": "0"}, 2),
    ("2 cores, TieredCompilation=0", [], {"DOTNET_TieredCompilation": "0"}, 2),
    ("1 CPU, defaults", ["taskset", "-c", "0"], {}, 1),
    ("1 CPU, TC_DelaySingleProcMultiplier=1", ["taskset", "-c", "0"], {"DOTNET_TC_DelaySingleProcMultiplier": "1"}, 1),
    ("1 CPU, TieredPGO=0", ["taskset", "-c", "0"], {"DOTNET_TieredPGO": "0"}, 1),
    ("1 CPU, TieredCompilation=0", ["taskset", "-c", "0"], {"DOTNET_TieredCompilation": "0"}, 1),
    ("2 cores, --threads 1", [], {}, "1"),
    ("2 cores, --threads 2, gcServer=1", [], {"DOTNET_gcServer": "1"}, 2),
    ("2 cores, --threads 2, gcConcurrent=0", [], {"DOTNET_gcConcurrent": "0"}, 2),
    ("2 cores, --threads 1, gcConcurrent=0", [], {"DOTNET_gcConcurrent": "0"}, "1"),
]
def run(prefix, env, threads):
    argv = prefix + [perfeval, "batch", "--rules", rules, "--input", records, "--out", scores, "--threads", str(threads)]
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env})
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        sys.exit(f"{' '.join(argv)} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime
results = {name: [] for name, *_ in cases}
for _ in range(int(runs)):
    for name, prefix, env, threads in cases:
        results[name].append(run(prefix, env, threads))
print(f"{runs} runs each, alternating; seconds")
print("| setting | wall min | wall median | wall max | CPU median |")
print("|---|---:|---:|---:|---:|")
for name, *_ in cases:
    wall = [w for w, _ in results[name]]; cpu = [c for _, c in results[name]]
    print(f"| {name} | {min(wall):.2f} | {statistics.median(wall):.2f} | {max(wall):.2f} | {statistics.median(cpu):.2f} |")
PY
