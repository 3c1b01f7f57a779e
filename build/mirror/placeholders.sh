#!/usr/bin/env bash
# Builds empty packages for the five ids the package mirror lacks into build/mirror/feed.
# Any code path that loads one of them throws FileNotFoundException; Ita.Micro takes none of them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
feed="$here/feed"
ids=("System.IO.Hashing:7.0.0" "Mono.TextTemplating:3.0.0" "Microsoft.VisualStudio.SolutionPersistence:1.0.52"
     "Microsoft.SqlServer.Server:1.0.0" "Microsoft.Identity.Client.Broker:4.84.2")
mkdir -p "$feed"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for entry in "${ids[@]}"; do
  id=${entry%%:*}; version=${entry##*:}
  lower=$(echo "$id" | tr '[:upper:]' '[:lower:]')
  [ -f "$feed/$lower.$version.nupkg" ] && continue
  mkdir -p "$work/$id/lib/netstandard2.0"
  touch "$work/$id/lib/netstandard2.0/_._"
  cat > "$work/$id/p.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <PackageId>$id</PackageId>
    <Version>$version</Version>
    <Authors>Ita.Micro placeholder</Authors>
    <Description>Empty placeholder for a package the local mirror lacks.</Description>
    <IncludeBuildOutput>false</IncludeBuildOutput>
    <SuppressDependenciesWhenPacking>true</SuppressDependenciesWhenPacking>
    <NoWarn>NU5128</NoWarn>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <None Include="lib/netstandard2.0/_._" Pack="true" PackagePath="lib/netstandard2.0/" />
  </ItemGroup>
</Project>
XML
  (cd "$work/$id" && dotnet pack p.csproj -o "$feed" --nologo -v q /p:NuGetAudit=false >/dev/null)
  echo "placeholder package: $id $version"
done
