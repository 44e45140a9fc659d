#!/usr/bin/env bash
# Installs a .NET 8 runtime (Microsoft.NETCore.App) into the running SDK's dotnet root, so that the
# test project's net8.0 build runs on .NET 8 itself rather than rolled forward to a newer runtime.
#
#   tools/install-dotnet8-runtime.sh [VERSION]     (default 8.0.34)
#
# No Debian package carries .NET here, but NuGet serves the runtime pack
# Microsoft.NETCore.App.Runtime.linux-x64: its managed assemblies (runtimes/linux-x64/lib/net8.0) and
# native host and runtime (runtimes/linux-x64/native) together are the shared framework's files. The
# pack is fetched with the ordinary NuGet client (a PackageDownload restore) and copied to
# <dotnet root>/shared/Microsoft.NETCore.App/VERSION. Nothing happens when an 8.0 runtime is present.
# Linux x64 only; elsewhere install .NET 8 the usual way.
set -euo pipefail
version=${1:-8.0.34}

if dotnet --list-runtimes | grep -q '^Microsoft.NETCore.App 8\.'; then
  dotnet --list-runtimes | grep '^Microsoft.NETCore.App 8\.'
  exit 0
fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "no .NET 8 runtime, and this script only knows linux-x64; the net8.0 tests will need one" >&2
  exit 1
fi

root=$(dirname "$(readlink -f "$(command -v dotnet)")")
target=$root/shared/Microsoft.NETCore.App/$version
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/download.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Microsoft.NETCore.App.Runtime.linux-x64" Version="[$version]" /></ItemGroup>
</Project>
XML
dotnet restore "$work/download.csproj" --nologo -v q
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')
pack=$packages/microsoft.netcore.app.runtime.linux-x64/$version/runtimes/linux-x64
test -f "$pack/lib/net8.0/System.Private.CoreLib.dll"

staging=$target.partial
rm -rf "$staging"
mkdir -p "$staging"
cp "$pack"/lib/net8.0/* "$pack"/native/* "$staging"/
rm -rf "$target"
mv "$staging" "$target"
dotnet --list-runtimes | grep "^Microsoft.NETCore.App $version"
