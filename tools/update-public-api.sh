#!/usr/bin/env bash
# Rewrites src/FrenchNewsNer/PublicAPI.Unshipped.txt from the code, then the package-validation
# suppressions, so that the declared API is exactly what the library makes public:
#   - PublicAPI.Shipped.txt is 0.1.0's API and is never touched here;
#   - every public symbol that Shipped lacks goes into Unshipped (RS0016, through the analyzer's own
#     code fix run by `dotnet format`);
#   - every symbol of Shipped that is gone goes into Unshipped as `*REMOVED*symbol` (RS0017);
#   - src/FrenchNewsNer/CompatibilitySuppressions.xml lists the breaks against the 0.1.0 package
#     (eng/package-baseline/), so that `dotnet pack` passes: review it — each break must also be
#     named under "Breaking" in CHANGELOG.md.
# Run it after adding, removing or changing public API (after a merge, say), then review
# `git diff src/FrenchNewsNer/PublicAPI.Unshipped.txt src/FrenchNewsNer/CompatibilitySuppressions.xml`.
#
# Usage: tools/update-public-api.sh            (about 3 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

project=src/FrenchNewsNer/FrenchNewsNer.csproj
unshipped=src/FrenchNewsNer/PublicAPI.Unshipped.txt
work=$(mktemp -d "${TMPDIR:-/tmp}/frenchnewsner-api.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en

echo "update-public-api: restore"
dotnet restore "$project" >/dev/null

echo "update-public-api: additions (RS0016)"
printf '#nullable enable\n' >"$unshipped"
# The code fix adds every undeclared public symbol to PublicAPI.Unshipped.txt.
dotnet format analyzers "$project" --diagnostics RS0016 --severity warn --no-restore >"$work/format.log" 2>&1 \
  || { cat "$work/format.log" >&2; exit 1; }

echo "update-public-api: removals (RS0017)"
# Build without failing on warnings, to read which declared symbols no longer exist.
dotnet build "$project" -c Release --no-restore -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= \
  -p:NoWarn=CS1591 -consoleLoggerParameters:NoSummary >"$work/build.log" 2>&1 || true
sed -n "s/.*RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" "$work/build.log" \
  | sort -u >"$work/removed.txt"
{
  echo '#nullable enable'
  { grep -v '^#nullable' "$unshipped" || true; sed 's/^/*REMOVED*/' "$work/removed.txt"; } | LC_ALL=C sort -u
} >"$work/unshipped.txt"
mv "$work/unshipped.txt" "$unshipped"
echo "update-public-api: $(($(wc -l <"$unshipped") - 1)) lines in $unshipped ($(wc -l <"$work/removed.txt") removed)"

echo "update-public-api: build with warnings as errors"
dotnet build "$project" -c Release --no-restore -warnaserror >"$work/check.log" 2>&1 \
  || { grep -E 'error|RS00' "$work/check.log" | sort -u >&2; echo "update-public-api: the declared API still does not match" >&2; exit 1; }

echo "update-public-api: package validation suppressions against 0.1.0"
dotnet pack "$project" -c Release --no-build -o "$work/pack" -p:GenerateCompatibilitySuppressionFile=true >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; exit 1; }
dotnet pack "$project" -c Release --no-build -o "$work/pack" >"$work/pack2.log" 2>&1 \
  || { cat "$work/pack2.log" >&2; echo "update-public-api: package validation still fails" >&2; exit 1; }
echo "update-public-api: done; review: git diff $unshipped src/FrenchNewsNer/CompatibilitySuppressions.xml"
