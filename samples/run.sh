#!/usr/bin/env bash
# Packs SinoRussia.Dataset, SinoRussia.Dataset.Export and the curation tool into artifacts/packages under a fresh version and runs the sample against
# those packages, as a user would consume them. Arguments go to the sample: --json, --export DIR
# (JSON, CSV with datapackage.json, Parquet, the events table), --timeline FILE (the SVG timeline) or
# --site DIR [--sources DIR] (the static website of the shipped data and the sample's extension).
# Build output goes to stderr, so `bash samples/run.sh --json > dataset.json` gives clean JSON.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$root/artifacts/packages"
# A fresh version each run: restore never reuses a stale copy from the global packages folder.
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$feed"
rm -f "$feed"/SinoRussia.Dataset.*.nupkg "$feed"/SinoRussia.Dataset.*.snupkg
for project in SinoRussia.Dataset SinoRussia.Dataset.Export SinoRussia.Dataset.Tool; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$feed" \
    -p:SinoRussiaDatasetVersion="$version" -nologo -v:q >&2
done
dotnet build "$root/samples/SinoRussia.Dataset.Sample/SinoRussia.Dataset.Sample.csproj" -c Release \
  -p:SinoRussiaDatasetPackageVersion="$version" -nologo -v:q >&2
dotnet run --project "$root/samples/SinoRussia.Dataset.Sample/SinoRussia.Dataset.Sample.csproj" -c Release --no-build \
  -p:SinoRussiaDatasetPackageVersion="$version" -- "$@"
