#!/usr/bin/env bash
# Records the public API of the libraries in their PublicAPI.Unshipped.txt after a deliberate change:
# the build fails with RS0016/RS0017 until those files agree with the code. dotnet format applies the
# analyzer's own fix. The generated classes (Meetings, Officials, ..., Topic: one member per record)
# are not tracked: they follow the data, and the generator's output turns RS0016/RS0017 off for them.
# Usage: bash build/update-public-api.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in SinoRussia.Dataset SinoRussia.Dataset.Export; do
  dotnet format analyzers "$root/src/$project/$project.csproj" --diagnostics RS0016 RS0017 --severity info -v q
done
echo "PublicAPI.Unshipped.txt files updated; review the diff."
