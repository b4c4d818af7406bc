#!/usr/bin/env bash
# Rewrites the Compile lists of the shared projects from the .cs files on disk: DdnsAgent/Core (one shared project
# per device library, from the folder table below) and each folder of DdnsAgent.Tests/Portable (one shared project
# per folder, e.g. Portable/Engine/DdnsAgent.Tests.Engine.projitems). A new portable test folder gets its shared
# project (.shproj and .projitems, with a new GUID); then import it in the host test project and in exactly one
# device test project (DdnsAgent.Tests/Device/*), and add it to DdnsAgent.sln: a host test fails until that is done.
# A new Core folder goes into the table first (the script stops, naming a folder that is in no library).
# Run it after adding, moving or deleting a portable source file; a test fails when the lists drift.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

new_guid() {
  if [ -r /proc/sys/kernel/random/uuid ]; then cat /proc/sys/kernel/random/uuid; else uuidgen | tr 'A-Z' 'a-z'; fi
}

write_projitems() { # folder, projitems name (without extension), root namespace, shproj name (default: the same), subfolders (default: all)
  local dir="$root/$1" file="$root/$1/$2.projitems" shproj="$root/$1/${4:-$2}.shproj" subfolders="${5:-.}" guid
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
    # shellcheck disable=SC2086 # the subfolders are a word list
    (cd "$dir" && find $subfolders -name '*.cs' -not -path './bin/*' -not -path './obj/*' | sed 's|^\./||' | LC_ALL=C sort) |
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
    if [ "$1" = DdnsAgent/Core ]; then
      echo "new shared project $1/${4:-$2}.shproj ($guid): import it in its .nfproj, in DdnsAgent/Core.Net and DdnsAgent/Core.Nano, and add it to DdnsAgent.sln"
    else
      echo "new shared project $1/${4:-$2}.shproj ($guid): import it in DdnsAgent.Tests/Host/DdnsAgent.Tests.csproj and in one device test project, and add it to DdnsAgent.sln"
    fi
  fi
}

# Core's folders and the device library each one builds into, one row per library, bottom first: code in a folder may
# use the types of its own row and of the rows before it, never of a row after it (README, "Portable code rules").
# Every folder of DdnsAgent/Core is in exactly one row. Each library has its shared project in DdnsAgent/Core
# (DdnsAgent.<Library>.projitems, and DdnsAgent.<Library>.Shared.shproj for Visual Studio: DdnsAgent.<Library> is
# the name of its .nfproj).
core_libraries=(
  "Core:    Properties Addressing Text Http Crypto Dns DnsUpdate Ports Detection"
  "Engine:  Protocol Dyndns2 Rfc2136 Configuration Persistence Status Engine"
  "Console: Shell Runtime"
)

core="$root/DdnsAgent/Core"
assigned=" "
for entry in "${core_libraries[@]}"; do
  read -r library folders <<<"${entry/:/ }"
  for name in $folders; do
    if [[ "$assigned" == *" $name "* ]]; then
      echo "DdnsAgent/Core/$name is in two rows of core_libraries in tools/update-projitems.sh: a folder is in one library" >&2
      exit 1
    fi
    if [ ! -d "$core/$name" ]; then
      echo "DdnsAgent/Core/$name is in core_libraries in tools/update-projitems.sh but not on disk: remove it from the table" >&2
      exit 1
    fi
    assigned="$assigned$name "
  done
done
for folder in "$core"/*/; do
  name=$(basename "$folder")
  case "$name" in bin|obj) continue ;; esac
  if [ -n "$(find "$folder" -name '*.cs' -print -quit)" ] && [[ "$assigned" != *" $name "* ]]; then
    echo "DdnsAgent/Core/$name is in no device library: add it to core_libraries in tools/update-projitems.sh" >&2
    exit 1
  fi
done
loose=$(find "$core" -maxdepth 1 -name '*.cs')
if [ -n "$loose" ]; then
  echo "Core sources live in a folder (each folder is in one device library): $loose" >&2
  exit 1
fi
for entry in "${core_libraries[@]}"; do
  read -r library folders <<<"${entry/:/ }"
  write_projitems DdnsAgent/Core "DdnsAgent.$library" DdnsAgent "DdnsAgent.$library.Shared" "$folders"
done
for folder in "$root"/DdnsAgent.Tests/Portable/*/; do
  name=$(basename "$folder")
  case "$name" in bin|obj) continue ;; esac
  write_projitems "DdnsAgent.Tests/Portable/$name" "DdnsAgent.Tests.$name" DdnsAgent.Tests
done
