#!/usr/bin/env bash
# Rewrites the Compile lists of the two shared projects from the .cs files on disk.
# Run it after adding, moving or deleting a portable source file; a test fails when they drift.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

write_projitems() { # folder, file name, shared GUID, root namespace
  local dir="$root/$1" file="$root/$1/$2"
  {
    printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' \
      '<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">' \
      '  <PropertyGroup>' \
      "    <MSBuildAllProjects Condition=\"'\$(MSBuildVersion)' == '' Or '\$(MSBuildVersion)' &lt; '16.0'\">\$(MSBuildAllProjects);\$(MSBuildThisFileFullPath)</MSBuildAllProjects>" \
      '    <HasSharedItems>true</HasSharedItems>' \
      "    <SharedGUID>$3</SharedGUID>" \
      '  </PropertyGroup>' \
      '  <PropertyGroup Label="Configuration">' \
      "    <Import_RootNamespace>$4</Import_RootNamespace>" \
      '  </PropertyGroup>' \
      '  <ItemGroup>'
    (cd "$dir" && find . -name '*.cs' -not -path './bin/*' -not -path './obj/*' | sed 's|^\./||' | LC_ALL=C sort) |
      while read -r f; do printf '    <Compile Include="$(MSBuildThisFileDirectory)%s" />\n' "${f//\//\\}"; done
    printf '%s\n' '  </ItemGroup>' '</Project>'
  } > "$file.tmp"
  mv "$file.tmp" "$file"
}

write_projitems DdnsAgent/Core DdnsAgent.Core.projitems 2139abfc-da06-4a54-a3bf-26df32833f67 DdnsAgent
write_projitems DdnsAgent.Tests/Portable DdnsAgent.Tests.Portable.projitems 1d6c9766-0378-44da-96ab-ab498b6f7fe1 DdnsAgent.Tests
