#!/usr/bin/env bash
# Rewrites src/FrenchNewsNer/PublicAPI.Unshipped.txt from the code, then the package-validation
# suppressions, so that the declared API is exactly what the library makes public:
#   - PublicAPI.Shipped.txt is 0.1.0's API and is never touched here;
#   - every public symbol that Shipped lacks goes into Unshipped (the analyzer's RS0016);
#   - every symbol of Shipped that is gone goes into Unshipped as `*REMOVED*symbol` (RS0017);
#   - src/FrenchNewsNer/CompatibilitySuppressions.xml lists the breaks against the 0.1.0 package
#     (tools/package-baseline/), so that `dotnet pack` passes: review it — each break must also be
#     named under "Breaking" in docs/CHANGELOG.md.
# Run it after adding, removing or changing public API (after a merge, say), then review
# `git diff src/FrenchNewsNer/PublicAPI.Unshipped.txt src/FrenchNewsNer/CompatibilitySuppressions.xml`.
#
# Usage: tools/update-public-api.sh            (two builds and a pack of the library)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

project=src/FrenchNewsNer/FrenchNewsNer.csproj
unshipped=src/FrenchNewsNer/PublicAPI.Unshipped.txt
work=$(mktemp -d "${TMPDIR:-/tmp}/frenchnewsner-api.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en

echo "update-public-api: restore"
dotnet restore "$project" >/dev/null

# Start from empty Unshipped lists and let the analyzer say what differs from Shipped: RS0016
# names each public symbol that is not declared, RS0017 each declared symbol that is gone, both in
# the exact line format of the files. (A build, not `dotnet format`'s code fix: the same answer in
# a third of the time, and nothing is written that the analyzer did not name.)
# The System.Text.Json source generator annotates its context's members for nullability on net8.0
# and not on net10.0, so those members go to PublicAPI/<tfm>/PublicAPI.Unshipped.txt, one per target.
generated='FrenchNewsNerJsonContext\.[A-Za-z]*\.get -> System\.Text\.Json\.Serialization\.Metadata\.JsonTypeInfo<'
frameworks=$(sed -n 's:.*<TargetFrameworks>\(.*\)</TargetFrameworks>.*:\1:p' "$project" | tr ';' ' ')
printf '#nullable enable\n' >"$unshipped"
for tfm in $frameworks; do
  mkdir -p "src/FrenchNewsNer/PublicAPI/$tfm"
  printf '#nullable enable\n' >"src/FrenchNewsNer/PublicAPI/$tfm/PublicAPI.Unshipped.txt"
done
: >"$work/added.txt"
: >"$work/removed.txt"
for tfm in $frameworks; do
  echo "update-public-api: build $tfm to list the differences from PublicAPI.Shipped.txt"
  dotnet build "$project" -c Release -f "$tfm" --no-restore -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= \
    -consoleLoggerParameters:NoSummary >"$work/build-$tfm.log" 2>&1 || true
  sed -n "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" "$work/build-$tfm.log" | sort -u >"$work/added-$tfm.txt"
  sed -n "s/.*RS0017: Symbol '\(.*\)' is part of the declared API.*/\1/p" "$work/build-$tfm.log" | sort -u >>"$work/removed.txt"
  # The generated context's members, as this target declares them; oblivious ones take the '~' prefix.
  grep -E "$generated" "$work/added-$tfm.txt" >"$work/generated-$tfm.txt" || true
  sed -n "s/.*RS0041: Symbol '\(.*\)' uses some oblivious.*/\1/p" "$work/build-$tfm.log" | sort -u >"$work/oblivious-$tfm.txt"
  {
    echo '#nullable enable'
    cat "$work/generated-$tfm.txt"
  } >"src/FrenchNewsNer/PublicAPI/$tfm/PublicAPI.Unshipped.txt"
  grep -vE "$generated" "$work/added-$tfm.txt" >>"$work/added.txt" || true
done
{
  echo '#nullable enable'
  { sort -u "$work/added.txt"; sort -u "$work/removed.txt" | grep -vE "$generated" | sed 's/^/*REMOVED*/'; } | LC_ALL=C sort -u
} >"$unshipped"
echo "update-public-api: $(sort -u "$work/added.txt" | wc -l) added, $(sort -u "$work/removed.txt" | wc -l) removed since 0.1.0"
echo "update-public-api: if the build below still names generated members, declare them as it says in src/FrenchNewsNer/PublicAPI/<tfm>/"

echo "update-public-api: build with warnings as errors"
dotnet build "$project" -c Release --no-restore -warnaserror >"$work/check.log" 2>&1 \
  || { grep -E 'error|RS00' "$work/check.log" | sort -u >&2; echo "update-public-api: the declared API still does not match" >&2; exit 1; }

echo "update-public-api: package validation suppressions against 0.1.0"
dotnet pack "$project" -c Release --no-build -o "$work/pack" -p:GenerateCompatibilitySuppressionFile=true >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; exit 1; }
dotnet pack "$project" -c Release --no-build -o "$work/pack" >"$work/pack2.log" 2>&1 \
  || { cat "$work/pack2.log" >&2; echo "update-public-api: package validation still fails" >&2; exit 1; }
echo "update-public-api: done; review: git diff $unshipped src/FrenchNewsNer/CompatibilitySuppressions.xml"
