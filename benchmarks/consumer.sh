#!/usr/bin/env bash
# A consumer project with N meetings of its own (default 100000), as a user extends the package:
# packs the library under a fresh version into a local feed, writes a console app that references
# it (fresh NUGET_PACKAGES), copies the synthetic YAML and source texts into its SinoRussiaData/,
# builds it (wall time, peak memory in MiB) and runs it (counts from ExtendedDataset; first-access time,
# the median of RUNS fresh processes, 7 by default).
# Usage: bash benchmarks/consumer.sh [N]   Results: artifacts/benchmarks/consumer-N.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-100000}"
# Outside the repository, so that its Directory.*.props (central package versions) do not apply.
root="${TMPDIR:-/tmp}/srd-consumer-$n"
mkdir -p artifacts/benchmarks
rm -rf "$root"
mkdir -p "$root/feed" "$root/packages" "$root/app/SinoRussiaData"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$root/packages"
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
dotnet pack src/SinoRussia.Dataset/SinoRussia.Dataset.csproj -c Release -o "$root/feed" -p:SinoRussiaDatasetVersion="$version" -nologo -v:q > /dev/null
dotnet build benchmarks/SinoRussia.Dataset.Benchmarks -c Release -v:q -nologo > /dev/null
dotnet benchmarks/SinoRussia.Dataset.Benchmarks/bin/Release/net10.0/SinoRussia.Dataset.Benchmarks.dll generate "$n" "$root/app/SinoRussiaData"
mv "$root/app/SinoRussiaData/sources/"*.txt "$root/app/SinoRussiaData/" && rmdir "$root/app/SinoRussiaData/sources"
cat > "$root/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="local" value="$root/feed" /></packageSources></configuration>
XML
cat > "$root/app/ScaleConsumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><RootNamespace>ScaleConsumer</RootNamespace></PropertyGroup>
  <ItemGroup><PackageReference Include="SinoRussia.Dataset" Version="$version" /></ItemGroup>
</Project>
XML
cat > "$root/app/Program.cs" <<'CS'
var clock = System.Diagnostics.Stopwatch.StartNew();
var meetings = ScaleConsumer.ExtendedDataset.Meetings.All;
var years = System.Linq.Enumerable.Count(System.Linq.Enumerable.GroupBy(meetings, m => m.Date.Year));
var quotes = ScaleConsumer.ExtendedDataset.Quotes.All.Count;
var elapsed = clock.Elapsed.TotalMilliseconds;
var shipped = SinoRussia.Dataset.Meetings.All.Count;
var wangYi = ScaleConsumer.ExtendedDataset.Officials.ById("wang-yi") == SinoRussia.Dataset.Officials.WangYi;
var last = ScaleConsumer.ExtendedDataset.Quotes.ById("synthetic-quote-" + (meetings.Count - shipped - 1).ToString("D6") + "-b");
System.Console.WriteLine($"meetings={meetings.Count} shipped={shipped} years={years} quotes={quotes} first-access={elapsed:F1}ms same-wang-yi={wangYi} last-speaker={last.Speaker.Name}");
CS
/usr/bin/time -f "%e %M" -o "$root/time.txt" dotnet build "$root/app" -c Release -nologo -v:d -p:ReportAnalyzer=true > "$root/build.log" 2>&1 || { tail -30 "$root/build.log"; exit 1; }
read -r wall peak < "$root/time.txt"
generator=$(grep -E '^\s+[0-9.]+\s+[0-9<]+\s+SinoRussia.Dataset.Generator.Pipeline.DatasetGenerator' "$root/build.log" | awk '{print $1}' | head -1 || true)
info=$(grep -o 'SRD0021[^[]*' "$root/build.log" | sort -u | head -2 | tr '\n' ' ' || true)
run=$(dotnet "$root/app/bin/Release/net10.0/ScaleConsumer.dll")
# First access: the median of RUNS fresh processes (7 by default), as run.sh times the library.
runs="${RUNS:-7}"
median=$(for _ in $(seq "$runs"); do dotnet "$root/app/bin/Release/net10.0/ScaleConsumer.dll" | grep -o 'first-access=[0-9.]*' | cut -d= -f2; done \
  | sort -n | awk '{v[NR]=$1} END {printf "%.1fms (min %.1f, max %.1f, %d fresh processes)", v[int((NR+1)/2)], v[1], v[NR], NR}')
nupkg=$(stat -c %s "$root/feed/SinoRussia.Dataset.$version.nupkg")
echo "consumer n=$n build=${wall}s peak=$((peak / 1024))MiB generator=${generator:-?}s dll=$(stat -c %s "$root/app/bin/Release/net10.0/ScaleConsumer.dll") nupkg=$nupkg | $run | first-access median $median | $info" | tee "artifacts/benchmarks/consumer-$n.txt"
