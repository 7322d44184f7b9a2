#!/usr/bin/env bash
# Records the public API of the libraries in their PublicAPI.Unshipped.txt after a deliberate change:
# the build fails with RS0016/RS0017 until those files agree with the code. The hand-written API is
# added by dotnet format's fix for RS0016. dotnet format cannot fix symbols of source-generated files,
# and SinoRussia.Dataset's Meetings, Officials, ... and Topic are generated (one member per record), so
# their lines are written from the generated sources by build/generated-public-api.py and replace the
# earlier lines of those types. Needs the .NET SDK and python3. Usage: bash build/update-public-api.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
library="$root/src/SinoRussia.Dataset"
api="$library/PublicAPI.Unshipped.txt"
generated="$(mktemp -d)"
trap 'rm -rf "$generated"' EXIT

dotnet build "$library/SinoRussia.Dataset.csproj" --no-incremental -nologo -v:q -p:EmitCompilerGeneratedFiles=true \
  -p:CompilerGeneratedFilesOutputPath="$generated" -p:TreatWarningsAsErrors=false > /dev/null || true
types='SinoRussia\.Dataset\.(Mechanisms|Meetings|Officials|Organisations|Quotes|Sources|Topics|Topic)\b'
{
  grep -vE "^(static )?$types" "$api"
  python3 "$root/build/generated-public-api.py" "$generated"
} | { read -r header; echo "$header"; LC_ALL=C sort -u; } > "$api.new"
mv "$api.new" "$api"

for project in SinoRussia.Dataset SinoRussia.Dataset.Export; do
  dotnet format analyzers "$root/src/$project/$project.csproj" --diagnostics RS0016 RS0017 --severity info -v q
done
echo "PublicAPI.Unshipped.txt files updated; review the diff."
