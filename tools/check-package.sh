#!/usr/bin/env bash
# Proves that the packed FrenchNewsNer package works for a user:
#   1. the .nupkg in artifacts/packages has its own README (PACKAGE.md), NOTICE, CHANGELOG.md,
#      docs/FORMAT.md, the licence expression of the code and the embedded data, XML docs
#      for every target framework and SourceLink repository information; the .snupkg is there
#      and its PDBs carry a SourceLink map;
#   2. a brand-new console project, outside the repository, restores the package by
#      PackageReference from the local feed (never from a cached copy) and extracts entities
#      from a seed article with EntityExtractor.Default; zero entities is a failure.
#
# Usage: tools/check-package.sh [SEED.txt]   (default: seeds/000_a2e8c08d339cd56e.txt)
# Run `dotnet pack src/FrenchNewsNer -c Release -o artifacts/packages` first (.ci/run does).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
feed="$repo/artifacts/packages"
seed=$(realpath "${1:-$repo/seeds/000_a2e8c08d339cd56e.txt}")
tfms=(net8.0 net10.0)

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
ok() { echo "check-package: ok: $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/frenchnewsner-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

[ -f "$seed" ] || fail "seed not found: $seed"
version=$(sed -n 's:.*<Version>\([^<]*\)</Version>.*:\1:p;T;q' "$repo/Directory.Build.props")
[ -n "$version" ] || fail "no <Version> in Directory.Build.props"
nupkg="$feed/FrenchNewsNer.$version.nupkg"
snupkg="$feed/FrenchNewsNer.$version.snupkg"
[ -f "$nupkg" ] || fail "$nupkg not found (run dotnet pack first)"
[ -f "$snupkg" ] || fail "$snupkg not found (symbols package missing)"
echo "check-package: FrenchNewsNer $version from $feed"

# Zip helpers: unzip where installed, else Python's zipfile.
zip_list() {
  if command -v unzip >/dev/null 2>&1; then unzip -Z1 "$1"; else python3 -c 'import sys,zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi
}
zip_cat() {
  if command -v unzip >/dev/null 2>&1; then unzip -p "$1" "$2"; else python3 -c 'import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$1" "$2"; fi
}

# --- 1. Package contents ------------------------------------------------------------------
entries=$(zip_list "$nupkg")
has() { grep -qxF "$1" <<<"$entries" || fail "$(basename "$nupkg") lacks $1"; }
has PACKAGE.md
has NOTICE
has CHANGELOG.md
has docs/FORMAT.md
has FrenchNewsNer.nuspec
for tfm in "${tfms[@]}"; do
  has "lib/$tfm/FrenchNewsNer.dll"
  has "lib/$tfm/FrenchNewsNer.xml"
done
ok "nupkg holds PACKAGE.md, NOTICE, CHANGELOG.md, docs/FORMAT.md, lib/{$(IFS=,; echo "${tfms[*]}")}/FrenchNewsNer.dll and .xml docs"

nuspec=$(zip_cat "$nupkg" FrenchNewsNer.nuspec)
license=$(sed -n 's:.*<license type="expression">\([^<]*\)</license>.*:\1:p' <<<"$nuspec")
# The code's licence and every licence NOTICE gives for embedded data.
for id in MIT CC-BY-4.0 MPL-2.0 Unicode-DFS-2016 Unicode-3.0; do
  grep -Eq "(^| )$id( |$)" <<<"$license" || fail "nuspec licence expression '${license:-none}' lacks $id"
done
grep -q '<readme>PACKAGE.md</readme>' <<<"$nuspec" || fail "nuspec does not name PACKAGE.md as readme"
repo_line=$(grep -o '<repository [^>]*>' <<<"$nuspec" || true)
grep -Eq 'url="https://[^"]+"' <<<"$repo_line" || fail "nuspec has no repository url: ${repo_line:-none}"
grep -Eq 'commit="[0-9a-f]{40}"' <<<"$repo_line" || fail "nuspec repository has no commit (SourceLink off?): ${repo_line:-none}"
ok "nuspec: licence expression $license, readme PACKAGE.md, $repo_line"

sentries=$(zip_list "$snupkg")
for tfm in "${tfms[@]}"; do
  grep -qxF "lib/$tfm/FrenchNewsNer.pdb" <<<"$sentries" || fail "$(basename "$snupkg") lacks lib/$tfm/FrenchNewsNer.pdb"
  # The SourceLink map is stored as plain UTF-8 JSON inside the portable PDB. (Extracted to a file
  # first: `zip_cat | grep -q` would fail under pipefail when grep stops reading early.)
  zip_cat "$snupkg" "lib/$tfm/FrenchNewsNer.pdb" >"$work/FrenchNewsNer.$tfm.pdb"
  grep -aq 'raw.githubusercontent.com/' "$work/FrenchNewsNer.$tfm.pdb" \
    || fail "lib/$tfm/FrenchNewsNer.pdb has no SourceLink map"
done
ok "snupkg holds PDBs with a SourceLink map for ${tfms[*]}"

# --- 2. Consumption by a new project -------------------------------------------------------
export NUGET_PACKAGES="$work/nuget-packages"   # private: a stale cached copy of this version can never be used
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <!-- FrenchNewsNer only from the local feed, even if a registry had the same id and version. -->
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="FrenchNewsNer" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
EOF
# Keep the repository's Directory.Build.props and friends out of the consumer's build.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"

app="$work/Consumer"
dotnet new console -f net10.0 -n Consumer -o "$app" --no-restore >/dev/null
dotnet add "$app/Consumer.csproj" package FrenchNewsNer --version "$version" >"$work/add.log" 2>&1 \
  || { cat "$work/add.log" >&2; fail "dotnet add package FrenchNewsNer --version $version"; }

cat >"$app/Program.cs" <<'EOF'
using FrenchNewsNer;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Consumer ARTICLE.txt");
    return 2;
}

var text = File.ReadAllText(args[0]);
var result = EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17) });
Console.WriteLine($"entities: {result.Entities.Count}");
foreach (var entity in result.Entities.Take(10))
{
    Console.WriteLine($"  {entity.Kind,-12} {entity.Start,5}-{entity.End,-5} {entity.Text} => {entity.Canonical} {entity.Value}");
}

return result.Entities.Count > 0 ? 0 : 1;
EOF

# The package really came from the feed: the restored copy is byte-identical to the packed one.
restored="$NUGET_PACKAGES/frenchnewsner/$version/frenchnewsner.$version.nupkg"
[ -f "$restored" ] || fail "FrenchNewsNer $version was not restored into $NUGET_PACKAGES"
cmp -s "$restored" "$nupkg" || fail "restored FrenchNewsNer $version differs from $nupkg"
ok "new console project restored FrenchNewsNer $version from the local feed"

dotnet build "$app/Consumer.csproj" -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; fail "the consumer project does not build"; }
set +e
dotnet "$app/bin/Release/net10.0/Consumer.dll" "$seed"
status=$?
set -e
[ "$status" -eq 0 ] || fail "the consumer found no entity in $(basename "$seed") (exit $status)"
ok "the consumer extracted entities from $(basename "$seed") with EntityExtractor.Default"
