#!/usr/bin/env bash
# Rewrites the Compile lists of the shared projects from the .cs files on disk: DdnsAgent/Core (one shared
# project) and each folder of DdnsAgent.Tests/Portable (one shared project per folder, e.g.
# Portable/Engine/DdnsAgent.Tests.Engine.projitems). A new portable folder gets its shared project (.shproj and
# .projitems, with a new GUID); then import it in the host test project and in exactly one device test project
# (DdnsAgent.Tests/Device/*), and add it to DdnsAgent.sln: a host test fails until that is done.
# Run it after adding, moving or deleting a portable source file; a test fails when the lists drift.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

new_guid() {
  if [ -r /proc/sys/kernel/random/uuid ]; then cat /proc/sys/kernel/random/uuid; else uuidgen | tr 'A-Z' 'a-z'; fi
}

write_projitems() { # folder, projitems name (without extension), root namespace, shproj name (default: the same)
  local dir="$root/$1" file="$root/$1/$2.projitems" shproj="$root/$1/${4:-$2}.shproj" guid
  if [ -f "$file" ]; then
    guid=$(sed -n 's|.*<SharedGUID>\(.*\)</SharedGUID>.*|\1|p' "$file")
  else
    guid=$(new_guid)
  fi
  {
    printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' \
      '<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">' \
      '  <PropertyGroup>' \
      "    <MSBuildAllProjects Condition=\"'\$(MSBuildVersion)' == '' Or '\$(MSBuildVersion)' &lt; '16.0'\">\$(MSBuildAllProjects);\$(MSBuildThisFileFullPath)</MSBuildAllProjects>" \
      '    <HasSharedItems>true</HasSharedItems>' \
      "    <SharedGUID>$guid</SharedGUID>" \
      '  </PropertyGroup>' \
      '  <PropertyGroup Label="Configuration">' \
      "    <Import_RootNamespace>$3</Import_RootNamespace>" \
      '  </PropertyGroup>' \
      '  <ItemGroup>'
    (cd "$dir" && find . -name '*.cs' -not -path './bin/*' -not -path './obj/*' | sed 's|^\./||' | LC_ALL=C sort) |
      while read -r f; do printf '    <Compile Include="$(MSBuildThisFileDirectory)%s" />\n' "${f//\//\\}"; done
    printf '%s\n' '  </ItemGroup>' '</Project>'
  } > "$file.tmp"
  mv "$file.tmp" "$file"
  if [ ! -f "$shproj" ]; then
    printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' \
      '<Project ToolsVersion="15.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">' \
      '  <PropertyGroup Label="Globals">' \
      "    <ProjectGuid>$guid</ProjectGuid>" \
      '    <MinimumVisualStudioVersion>14.0</MinimumVisualStudioVersion>' \
      '  </PropertyGroup>' \
      "  <Import Project=\"\$(MSBuildExtensionsPath)\\\$(MSBuildToolsVersion)\\Microsoft.Common.props\" Condition=\"Exists('\$(MSBuildExtensionsPath)\\\$(MSBuildToolsVersion)\\Microsoft.Common.props')\" />" \
      "  <Import Project=\"\$(MSBuildExtensionsPath32)\\Microsoft\\VisualStudio\\v\$(VisualStudioVersion)\\CodeSharing\\Microsoft.CodeSharing.Common.Default.props\" />" \
      "  <Import Project=\"\$(MSBuildExtensionsPath32)\\Microsoft\\VisualStudio\\v\$(VisualStudioVersion)\\CodeSharing\\Microsoft.CodeSharing.Common.props\" />" \
      '  <PropertyGroup />' \
      "  <Import Project=\"$2.projitems\" Label=\"Shared\" />" \
      "  <Import Project=\"\$(MSBuildExtensionsPath32)\\Microsoft\\VisualStudio\\v\$(VisualStudioVersion)\\CodeSharing\\Microsoft.CodeSharing.CSharp.targets\" />" \
      '</Project>' > "$shproj"
    echo "new shared project $1/${4:-$2}.shproj ($guid): import it in DdnsAgent.Tests/Host/DdnsAgent.Tests.csproj and in one device test project, and add it to DdnsAgent.sln"
  fi
}

# Core's shared project is DdnsAgent.Core.Shared.shproj: DdnsAgent.Core is the device library (DdnsAgent.Core.nfproj).
write_projitems DdnsAgent/Core DdnsAgent.Core DdnsAgent DdnsAgent.Core.Shared
for folder in "$root"/DdnsAgent.Tests/Portable/*/; do
  name=$(basename "$folder")
  case "$name" in bin|obj) continue ;; esac
  write_projitems "DdnsAgent.Tests/Portable/$name" "DdnsAgent.Tests.$name" DdnsAgent.Tests
done
