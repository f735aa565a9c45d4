#!/usr/bin/env bash
# Cold start of `perfeval score` on the Yangxi sample, against a hello-world console app, measured in the same run.
#
#   benchmarks/startup/run.sh [N]          N cold runs of each (default 20, at least 10), alternating
#
# It builds, into $WORK (default a fresh folder under /tmp):
#   hello     a hello-world console app, `dotnet publish -c Release` (framework-dependent, JIT): the floor
#   jit       the CLI as it shipped before 0.2: `dotnet publish -c Release -p:PublishReadyToRun=false` (framework-dependent, JIT)
#   r2r       the CLI as its ReadyToRun package is for the platforms without Native AOT (osx, win, linux-arm64,
#             linux-musl-x64): `dotnet publish -c Release -r <this RID> -p:PublishAot=false` (framework-dependent, ReadyToRun)
#   shipped   what a user installs: `dotnet pack` (the RID-specific tool packages: Native AOT for linux-x64, ReadyToRun
#             elsewhere), then `dotnet tool install --tool-path`, run through the installed `perfeval` command
# Each is run once to warm the file cache, then N times each in turn (hello, jit, r2r, shipped, hello, ...); every run is
# a new process. Prints min/median/max wall time per program, each median's ratio to hello's, and the min/median/max of
# the per-round ratios (each run against the hello run of the same round). Not run by CI.
set -euo pipefail

N=${1:-20}
if (( N < 10 )); then echo "N must be at least 10" >&2; exit 1; fi
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/perfeval-startup.XXXXXX)}
VERSION=0.0.0-startup.$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "building into $WORK" >&2
mkdir -p "$WORK/hello"
cat > "$WORK/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("Hello, World!");' > "$WORK/hello/Program.cs"
# An empty Directory.Build.props keeps the repository's settings out of the hello-world app.
echo '<Project />' > "$WORK/Directory.Build.props"
echo '<Project />' > "$WORK/Directory.Packages.props"
dotnet publish "$WORK/hello/hello.csproj" -c Release -o "$WORK/hello/out" -v q -nologo >&2
dotnet publish "$ROOT/src/PerfEval.Cli" -c Release -p:PublishReadyToRun=false -o "$WORK/jit" -v q -nologo >&2
RID=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish "$ROOT/src/PerfEval.Cli" -c Release -r "$RID" -p:PublishAot=false -o "$WORK/r2r" -v q -nologo >&2
dotnet pack "$ROOT/src/PerfEval.Cli" -c Release -o "$WORK/feed" -p:Version="$VERSION" -v q -nologo >&2
dotnet tool install PerfEval.Cli --tool-path "$WORK/tool" --add-source "$WORK/feed" --version "$VERSION" >&2

RULES="$ROOT/rules/yangxi-2023.yaml"
INPUT="$ROOT/samples/yangxi-2023.json"
python3 - "$N" "$WORK/hello/out/hello" "$WORK/jit/PerfEval.Cli" "$WORK/r2r/PerfEval.Cli" "$WORK/tool/perfeval" "$RULES" "$INPUT" <<'PY'
import os, statistics, subprocess, sys, time
n = int(sys.argv[1]); hello, jit, r2r, shipped, rules, data = sys.argv[2:8]
score = ["score", "--rules", rules, "--input", data]
kind = "Native AOT" if not os.path.exists(os.path.join(os.path.dirname(os.path.realpath(shipped)), "PerfEval.Cli.dll")) else "ReadyToRun"
programs = [("hello", [hello]), ("perfeval score, JIT (before 0.2)", [jit] + score),
            ("perfeval score, ReadyToRun", [r2r] + score), (f"perfeval score, as installed ({kind})", [shipped] + score)]
def run(argv):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        sys.exit(f"{argv[0]} failed ({done.returncode}): {done.stderr.decode()}")
    return elapsed, done.stdout
for name, argv in programs:
    _, out = run(argv)
    if name != "hello" and b"92.76" not in out:
        sys.exit(f"{name} did not score 92.76")
times = {name: [] for name, _ in programs}
for _ in range(n):
    for name, argv in programs:
        times[name].append(run(argv)[0])
floor = statistics.median(times["hello"])
print(f"{n} cold runs each, alternating; wall time in ms; ratios against hello (per round: each run / that round's hello run)")
print("| program | min | median | max | median / hello median | per-round ratio min | median | max |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, _ in programs:
    t = times[name]
    ratios = [a / b for a, b in zip(t, times["hello"])]
    print(f"| {name} | {min(t):.0f} | {statistics.median(t):.0f} | {max(t):.0f} | {statistics.median(t) / floor:.2f}x"
          f" | {min(ratios):.2f}x | {statistics.median(ratios):.2f}x | {max(ratios):.2f}x |")
PY
