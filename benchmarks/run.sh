#!/usr/bin/env bash
# Scale benchmarks (docs/performance.md). Usage: bash benchmarks/run.sh [SIZES...] (default: 0 1000 10000 100000; 0 is the curated data alone; RUNS fresh processes per figure, 7 by default)
# For each size: writes the synthetic dataset, builds the library with it (wall time, compiler peak
# memory, generator time, DLL size), exports the same data as JSON, and times first access in fresh
# processes (compiled / System.Text.Json source-gen / YamlDotNet). At the largest size it also runs the
# BenchmarkDotNet query benchmarks. Results go to artifacts/benchmarks/. Needs the .NET SDK and GNU time
# (/usr/bin/time) for the memory figure. Leaves src/SinoRussia.Dataset/bin/Release holding the last size:
# rebuild without -p:SinoRussiaExtraData before packing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("${@:-0 1000 10000 100000}")   # 0: the curated data alone
read -r -a sizes <<< "${sizes[*]}"
out="$PWD/artifacts/benchmarks"
mkdir -p "$out"
runs="${RUNS:-7}"
bench=benchmarks/SinoRussia.Dataset.Benchmarks
dll="$bench/bin/Release/net10.0/SinoRussia.Dataset.Benchmarks.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$bench" -c Release -v:q -nologo > /dev/null
for n in "${sizes[@]}"; do
  data="$out/synthetic-$n"
  rm -rf "$data"
  mkdir -p "$data"
  [ "$n" -gt 0 ] && dotnet "$dll" generate "$n" "$data"
  yaml_mb=$( (cat data/*.yaml "$data"/*.yaml 2>/dev/null || true) | wc -c | awk '{printf "%.2f", $1 / 1e6}')
  log="$out/build-$n.log"
  /usr/bin/time -f "%e %M" -o "$out/time-$n.txt" dotnet build src/SinoRussia.Dataset -c Release --no-incremental \
    $( [ "$n" -gt 0 ] && echo -p:SinoRussiaExtraData="$data" ) -p:ReportAnalyzer=true -v:d > "$log" 2>&1
  read -r wall peak < "$out/time-$n.txt"
  generator=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+SinoRussia.Dataset.Generator.Pipeline.DatasetGenerator' "$log" | awk '{print $1}' | head -1)
  size=$(stat -c %s src/SinoRussia.Dataset/bin/Release/net8.0/SinoRussia.Dataset.dll)
  dotnet build "$bench" -c Release -v:q -nologo $( [ "$n" -gt 0 ] && echo -p:SinoRussiaExtraData="$data" ) > /dev/null
  dotnet "$dll" export-json "$out/synthetic-$n.json"
  json=$(stat -c %s "$out/synthetic-$n.json")
  echo "size=$n yaml=${yaml_mb}MB build=${wall}s peak=$((peak / 1024))MiB generator=${generator}s dll=$size json=$json" | tee "$out/build-$n.txt"
  dotnet "$dll" first-access-report "$runs" "$out/synthetic-$n.json" "$data" data | tee "$out/first-access-$n.txt"
done
if [ "${QUERIES:-1}" != 0 ]; then   # QUERIES=0 skips the BenchmarkDotNet query benchmarks
  dotnet "$dll" queries --filter '*' --exporters markdown --artifacts "$out/queries" | tail -20
fi
