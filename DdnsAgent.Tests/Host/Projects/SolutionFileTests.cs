using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Projects
{
    /// <summary>
    /// DdnsAgent.sln opens in Visual Studio with the nanoFramework extension: it lists every project of the
    /// repository with its project type and GUID, every shared-project import (SharedMSBuildProjectFiles: 13 for the
    /// shared project itself, 5 for an SDK-style project importing it, 4 for an old-style one such as an .nfproj), and
    /// the configurations to build (and, for the firmware and the device tests, to deploy). DdnsAgent.Host.slnf is the
    /// same solution without the nanoFramework projects. Checked against the project files themselves, so a project
    /// added, moved or removed without its solution entries fails here.
    /// </summary>
    [TestClass]
    public sealed class SolutionFileTests
    {
        private const string SdkCSharp = "9A19103F-16F7-4668-BE54-9A1E7A4F7556";
        private const string NanoFramework = "11A8DD76-328B-46DF-9F39-F559912D0360";
        private const string SharedProject = "D954291E-2A0B-460D-934E-DC6B0785DB48";
        private const string SolutionFolder = "2150E333-8FDC-42A3-9474-1A3956D46DE8";
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly Regex ProjectLine = new Regex("^Project\\(\"\\{(?<type>[^}]+)\\}\"\\) = \"(?<name>[^\"]+)\", \"(?<path>[^\"]+)\", \"\\{(?<guid>[^}]+)\\}\"", RegexOptions.Multiline);
        private static readonly string Solution = File.ReadAllText(Path.Combine(Repository.Root, "DdnsAgent.sln")).Replace("\r\n", "\n");

        [TestMethod]
        public void EveryProjectIsListedWithItsTypeAndGuid()
        {
            var listed = Listed().Where(p => p.Type != SolutionFolder).ToList();
            var onDisk = ProjectFiles().ToList();
            CollectionAssert.AreEquivalent(onDisk.Select(RelativeWindowsPath).ToList(), listed.Select(p => p.Path).ToList(), "DdnsAgent.sln and the project files on disk differ");

            foreach (var project in listed)
            {
                string file = Path.Combine(Repository.Root, project.Path.Replace('\\', Path.DirectorySeparatorChar));
                Assert.AreEqual(TypeOf(file), project.Type, project.Path + ": project type GUID");
                Assert.AreEqual(Path.GetFileNameWithoutExtension(file), project.Name, project.Path + ": project name");
                string declared = DeclaredGuid(file);
                if (declared != null)
                {
                    Assert.AreEqual(declared, project.Guid, project.Path + ": the GUID in the solution is not the project's ProjectGuid");
                }
            }

            var names = listed.Select(p => p.Name).ToList();
            Assert.AreEqual(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count(), "two projects share a name: " + string.Join(", ", names));
        }

        [TestMethod]
        public void EverySharedProjectImportIsListed()
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var project in Listed().Where(p => p.Type != SolutionFolder))
            {
                string file = Path.Combine(Repository.Root, project.Path.Replace('\\', Path.DirectorySeparatorChar));
                string kind = project.Type == SharedProject ? "13" : project.Type == SdkCSharp ? "5" : "4";
                foreach (string projitems in SharedImports(file))
                {
                    expected.Add(RelativeWindowsPath(projitems) + "*{" + project.Guid.ToLowerInvariant() + "}*SharedItemsImports = " + kind);
                }
            }

            var section = Regex.Match(Solution, @"GlobalSection\(SharedMSBuildProjectFiles\) = preSolution\n(?<lines>.*?)\tEndGlobalSection", RegexOptions.Singleline);
            Assert.IsTrue(section.Success, "DdnsAgent.sln has no SharedMSBuildProjectFiles section");
            var actual = section.Groups["lines"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            CollectionAssert.AreEquivalent(expected.ToList(), actual, "SharedMSBuildProjectFiles: expected\n" + string.Join("\n", expected));
        }

        [TestMethod]
        public void EveryBuildableProjectBuildsAndTheDeviceAppsDeploy()
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var project in Listed().Where(p => p.Type == SdkCSharp || p.Type == NanoFramework))
            {
                var document = XDocument.Load(Path.Combine(Repository.Root, project.Path.Replace('\\', Path.DirectorySeparatorChar)));
                string outputType = document.Descendants(MsBuild + "OutputType").Select(e => e.Value).FirstOrDefault();
                bool deploys = project.Type == NanoFramework && (outputType == "Exe" || document.Descendants(MsBuild + "IsTestProject").Any(e => e.Value == "true"));
                foreach (string configuration in new[] { "Debug", "Release" })
                {
                    string prefix = "{" + project.Guid + "}." + configuration + "|Any CPU.";
                    expected.Add(prefix + "ActiveCfg = " + configuration + "|Any CPU");
                    expected.Add(prefix + "Build.0 = " + configuration + "|Any CPU");
                    if (deploys)
                    {
                        expected.Add(prefix + "Deploy.0 = " + configuration + "|Any CPU");
                    }
                }
            }

            var section = Regex.Match(Solution, @"GlobalSection\(ProjectConfigurationPlatforms\) = postSolution\n(?<lines>.*?)\tEndGlobalSection", RegexOptions.Singleline);
            var actual = section.Groups["lines"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            CollectionAssert.AreEquivalent(expected.ToList(), actual, "ProjectConfigurationPlatforms: expected\n" + string.Join("\n", expected));
        }

        [TestMethod]
        public void EveryProjectSitsInASolutionFolderThatExists()
        {
            var guids = Listed().Select(p => p.Guid).ToHashSet();
            foreach (Match nested in Regex.Matches(Solution, @"^\t\t\{(?<child>[^}]+)\} = \{(?<parent>[^}]+)\}$", RegexOptions.Multiline))
            {
                Assert.IsTrue(guids.Contains(nested.Groups["child"].Value), "NestedProjects names an unknown project " + nested.Groups["child"].Value);
                Assert.IsTrue(Listed().Any(p => p.Guid == nested.Groups["parent"].Value && p.Type == SolutionFolder), "NestedProjects names an unknown folder " + nested.Groups["parent"].Value);
            }
        }

        [TestMethod]
        public void TheHostSolutionFilterHoldsEverySdkProjectAndNoNanoFrameworkProject()
        {
            using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "DdnsAgent.Host.slnf")));
            var projects = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(e => e.GetString()).ToList();
            var sdk = Listed().Where(p => p.Type == SdkCSharp).Select(p => p.Path).ToList();
            CollectionAssert.AreEquivalent(sdk, projects, "DdnsAgent.Host.slnf must list exactly the SDK-style projects of DdnsAgent.sln");
        }

        private static IEnumerable<(string Type, string Name, string Path, string Guid)> Listed() =>
            ProjectLine.Matches(Solution).Select(m => (m.Groups["type"].Value.ToUpperInvariant(), m.Groups["name"].Value, m.Groups["path"].Value, m.Groups["guid"].Value.ToUpperInvariant()));

        private static IEnumerable<string> ProjectFiles() =>
            new[] { "*.csproj", "*.nfproj", "*.shproj" }
                .SelectMany(pattern => Directory.GetFiles(Repository.Root, pattern, SearchOption.AllDirectories))
                .Where(path => !Repository.IsGenerated(path));

        private static string TypeOf(string file) => Path.GetExtension(file) switch
        {
            ".csproj" => SdkCSharp,
            ".nfproj" => NanoFramework,
            ".shproj" => SharedProject,
            _ => "unknown",
        };

        private static string DeclaredGuid(string file)
        {
            var guid = XDocument.Load(file).Descendants().FirstOrDefault(e => e.Name.LocalName == "ProjectGuid");
            return guid?.Value.Trim('{', '}').ToUpperInvariant();
        }

        private static IEnumerable<string> SharedImports(string file) =>
            XDocument.Load(file).Descendants()
                .Where(e => e.Name.LocalName == "Import" && (string)e.Attribute("Label") == "Shared")
                .Select(e => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file), ((string)e.Attribute("Project")).Replace('\\', Path.DirectorySeparatorChar))));

        private static string RelativeWindowsPath(string path) => Path.GetRelativePath(Repository.Root, path).Replace('/', '\\');
    }
}
