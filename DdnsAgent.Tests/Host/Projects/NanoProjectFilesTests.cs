using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DdnsAgent.Tests.Gate;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Projects
{
    /// <summary>
    /// The nanoFramework projects cannot be built on a machine without the nanoFramework toolchain, so these
    /// tests check what can be checked here, for every .nfproj in the repository: the project format nanoFramework's
    /// own projects use, every file and project they name exists, every reference matches a package of the same
    /// version, Core's three libraries are layered and the firmware and the device tests reference them instead of
    /// compiling Core again, the
    /// test projects are what nanoFramework.TestFramework runs, and the hand-written resource id equals the one Visual
    /// Studio's generator computes. (DeviceAssembliesTests compiles them; SolutionFileTests checks the solution.)
    /// </summary>
    [TestClass]
    public sealed class NanoProjectFilesTests
    {
        private const string FirmwareProject = "DdnsAgent/Firmware/DdnsAgent.nfproj";
        private const string ProjectTypeGuids = "{11A8DD76-328B-46DF-9F39-F559912D0360};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly string Root = Repository.Root;
        private static readonly Regex HintPathPattern = new Regex(@"^(\.\.\\)+packages\\(?<id>[A-Za-z0-9.]+?)\.(?<version>\d+\.\d+\.\d+)\\lib\\[^\\]+\.(dll|exe)$");

        [TestMethod]
        public void TheDeviceProjectsAreTheCoreLibrariesTheFirmwareAndTheTestProjects()
        {
            var projects = NanoProject.All();
            foreach (string library in CoreLibraries.Projects)
            {
                Assert.AreEqual("Library", Single(projects, library).OutputType, library);
                Assert.AreEqual(Path.GetFileNameWithoutExtension(library), Single(projects, library).AssemblyName, library);
            }

            Assert.AreEqual("Exe", Single(projects, FirmwareProject).OutputType);
            var others = projects.Where(p => !CoreLibraries.Projects.Contains(p.RelativePath) && p.RelativePath != FirmwareProject).ToList();
            Assert.IsTrue(others.Count >= 2, "expected several device test projects, found: " + string.Join(", ", others));
            foreach (var project in others)
            {
                Assert.IsTrue(project.IsTestProject, project + " is neither one of Core's libraries, the firmware nor a test project");
                StringAssert.StartsWith(project.RelativePath, "DdnsAgent.Tests/Device/", project.RelativePath);
            }
        }

        [TestMethod]
        public void EveryProjectHasTheNanoFrameworkProjectFormat()
        {
            foreach (var project in NanoProject.All())
            {
                var document = Load(project);
                string Property(string name) => document.Descendants(MsBuild + name).Select(e => e.Value).FirstOrDefault();
                Assert.AreEqual(ProjectTypeGuids, Property("ProjectTypeGuids"), project + ": ProjectTypeGuids");
                Assert.AreEqual(@"$(MSBuildExtensionsPath)\nanoFramework\v1.0\", Property("NanoFrameworkProjectSystemPath"), project + ": NanoFrameworkProjectSystemPath");
                Assert.AreEqual("v1.0", Property("TargetFrameworkVersion"), project + ": TargetFrameworkVersion");
                Assert.AreEqual("9.0", Property("LangVersion"), project + ": LangVersion");
                Assert.IsTrue(Guid.TryParse(project.ProjectGuid, out _), project + ": ProjectGuid");

                // The project system's three imports, conditional, in this order, the C# targets after everything else it imports.
                var imports = document.Root.Elements(MsBuild + "Import").Select(e => (string)e.Attribute("Project")).ToList();
                var system = imports.Where(i => i.StartsWith("$(NanoFrameworkProjectSystemPath)", StringComparison.Ordinal)).ToList();
                CollectionAssert.AreEqual(
                    new[] { "$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props", "$(NanoFrameworkProjectSystemPath)NFProjectSystem.props", "$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets" },
                    system, project + ": project system imports");
                Assert.AreEqual(system[2], imports.Last(), project + ": NFProjectSystem.CSharp.targets must be the last import");
                foreach (var import in document.Root.Elements(MsBuild + "Import").Where(e => ((string)e.Attribute("Project")).StartsWith("$(NanoFrameworkProjectSystemPath)", StringComparison.Ordinal)))
                {
                    Assert.AreEqual("Exists('" + (string)import.Attribute("Project") + "')", (string)import.Attribute("Condition"), project + ": condition of " + (string)import.Attribute("Project"));
                }
            }
        }

        [TestMethod]
        public void EveryFileAndProjectTheProjectNamesExists()
        {
            foreach (var project in NanoProject.All())
            {
                var named = Load(project).Descendants()
                    .Where(e => e.Name == MsBuild + "Compile" || e.Name == MsBuild + "None" || e.Name == MsBuild + "EmbeddedResource")
                    .Select(e => Resolve(project, (string)e.Attribute("Include")))
                    .Concat(project.SharedImports)
                    .Concat(project.ProjectReferences)
                    .Concat(project.Sources);
                var missing = named.Where(path => !File.Exists(path)).ToList();
                Assert.AreEqual(0, missing.Count, project + " names missing files: " + string.Join(", ", missing));
            }
        }

        [TestMethod]
        public void EveryFirmwareSourceIsCompiled()
        {
            string folder = Path.Combine(Root, "DdnsAgent", "Firmware");
            var compiled = NanoProject.Load(Path.Combine(Root, FirmwareProject)).Sources.Select(Path.GetFullPath).ToHashSet();
            var forgotten = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !Repository.IsGenerated(f) && !compiled.Contains(Path.GetFullPath(f)))
                .ToList();
            Assert.AreEqual(0, forgotten.Count, "not in " + FirmwareProject + ": " + string.Join(", ", forgotten));
        }

        [TestMethod]
        public void EveryReferenceIsAPackageOfTheSameVersion()
        {
            foreach (var project in NanoProject.All())
            {
                var packages = Packages(project);
                var referenced = new HashSet<string>();
                foreach (var hint in Load(project).Descendants(MsBuild + "HintPath").Select(e => e.Value))
                {
                    Match match = HintPathPattern.Match(hint);
                    Assert.IsTrue(match.Success, project + ": HintPath not of the form ..\\(..\\)packages\\<Id>.<Version>\\lib\\<file>: " + hint);
                    string packagesFolder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project.Path), ToLocalPath(hint.Substring(0, hint.IndexOf("packages", StringComparison.Ordinal)))));
                    Assert.AreEqual(Root.TrimEnd(Path.DirectorySeparatorChar), packagesFolder.TrimEnd(Path.DirectorySeparatorChar),
                        project + ": HintPath must point into the packages folder beside the solution: " + hint);
                    string id = match.Groups["id"].Value;
                    Assert.IsTrue(packages.ContainsKey(id), project + ": " + id + " is referenced but not in packages.config");
                    Assert.AreEqual(packages[id], match.Groups["version"].Value, project + ": version of " + id);
                    referenced.Add(id);
                }

                var unused = packages.Keys.Where(id => !referenced.Contains(id)).ToList();
                Assert.AreEqual(0, unused.Count, project + ": packages.config lists packages no reference uses: " + string.Join(", ", unused));
            }
        }

        [TestMethod]
        public void AllProjectsUseTheSameVersionOfEveryPackage()
        {
            var versions = new Dictionary<string, (string Version, NanoProject Project)>();
            foreach (var project in NanoProject.All())
            {
                foreach (var package in Packages(project))
                {
                    if (versions.TryGetValue(package.Key, out var seen))
                    {
                        Assert.AreEqual(seen.Version, package.Value, "version of " + package.Key + " in " + project + " and " + seen.Project);
                    }
                    else
                    {
                        versions[package.Key] = (package.Value, project);
                    }
                }
            }
        }

        [TestMethod]
        public void EachCoreLibraryCompilesItsSharedProjectOnTopOfTheLibrariesBelow()
        {
            var below = new List<string>();
            foreach (var library in CoreLibraries.Load())
            {
                string name = library.AssemblyName;
                CollectionAssert.AreEqual(new[] { Path.GetFullPath(Repository.PathOf(CoreLibraries.SharedProjectOf(name))) }, library.SharedImports.ToList(),
                    library + " must import " + CoreLibraries.SharedProjectOf(name) + ", and no other shared project");
                CollectionAssert.AreEqual(below, library.ProjectReferences.ToList(),
                    library + " must reference exactly the libraries below it, bottom first (a lower library never references a higher one)");
                CollectionAssert.AreEqual(new[] { "nanoFramework.CoreLibrary" }, library.Packages.ToList(), library + " references mscorlib only");
                AssertPlainProjectReferences(library);
                below.Add(library.Path);
            }
        }

        [TestMethod]
        public void TheFirmwareAndTheDeviceTestsReferenceTheCoreLibraries()
        {
            var libraries = CoreLibraries.Projects.Select(p => Path.GetFullPath(Repository.PathOf(p))).ToList();
            var sharedProjects = CoreLibraries.Names.Select(n => Path.GetFullPath(Repository.PathOf(CoreLibraries.SharedProjectOf(n)))).ToList();
            foreach (var project in NanoProject.All().Where(p => !libraries.Contains(p.Path)))
            {
                // An old-style project compiles against the projects it references, not what they reference: all three.
                CollectionAssert.AreEquivalent(libraries, project.ProjectReferences.ToList(), project + " must reference Core's three libraries: " + string.Join(", ", CoreLibraries.Projects));
                var compiledAgain = project.SharedImports.Intersect(sharedProjects).ToList();
                Assert.AreEqual(0, compiledAgain.Count, project + " compiles Core's sources again: " + string.Join(", ", compiledAgain));
                AssertPlainProjectReferences(project);
            }
        }

        [TestMethod]
        public void TheTestProjectsAreWhatTheTestFrameworkRuns()
        {
            foreach (var project in NanoProject.All().Where(p => p.IsTestProject))
            {
                var document = Load(project);
                string Property(string name) => document.Descendants(MsBuild + name).Select(e => e.Value).FirstOrDefault();

                // nanoFramework.UnitTestLauncher runs Assembly.Load("NFUnitTest"): every test project names its assembly so,
                // as nanoFramework's own repositories do with several test projects (e.g. CoreLibrary's Tests folder).
                Assert.AreEqual("NFUnitTest", project.AssemblyName, project + ": AssemblyName");
                Assert.AreEqual("Library", project.OutputType, project + ": OutputType");
                Assert.AreEqual("UnitTest", Property("TestProjectType"), project + ": TestProjectType");
                Assert.AreEqual(@"$(MSBuildProjectDirectory)\nano.runsettings", Property("RunSettingsFilePath"), project + ": RunSettingsFilePath");
                Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(project.Path), "nano.runsettings")), project + ": nano.runsettings");
                Assert.IsTrue(document.Descendants(MsBuild + "ProjectCapability").Any(e => (string)e.Attribute("Include") == "TestContainer"), project + ": ProjectCapability TestContainer");
                var references = document.Descendants(MsBuild + "Reference").Select(e => (string)e.Attribute("Include")).ToList();
                CollectionAssert.IsSubsetOf(new[] { "nanoFramework.TestFramework", "nanoFramework.UnitTestLauncher" }, references, project + ": references");
                var settings = XDocument.Load(Path.Combine(Path.GetDirectoryName(project.Path), "nano.runsettings"));
                Assert.AreEqual("False", settings.Descendants("IsRealHardware").Single().Value, project + ": nano.runsettings runs on nanoCLR unless a board is named");
            }

            var folders = NanoProject.All().Where(p => p.IsTestProject).Select(p => Path.GetDirectoryName(p.Path)).ToList();
            Assert.AreEqual(folders.Count, folders.Distinct().Count(), "each test project needs its own folder: they all build NFUnitTest.dll into bin/");
        }

        [TestMethod]
        public void TheReadmeRunsEveryDeviceTestProject()
        {
            string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
            foreach (var project in NanoProject.All().Where(p => p.IsTestProject))
            {
                Assert.IsTrue(readme.Contains(project.RelativePath, StringComparison.Ordinal), "README.md does not name " + project.RelativePath + " in its device test section");
                string assembly = Path.GetDirectoryName(project.RelativePath).Replace('/', '\\') + "\\bin\\Release\\NFUnitTest.dll";
                Assert.IsTrue(readme.Contains(assembly, StringComparison.Ordinal), "README.md's device test command does not run " + assembly);
            }
        }

        [TestMethod]
        public void TheResourceIdIsTheOneTheGeneratorComputes()
        {
            var resx = XDocument.Load(Path.Combine(Root, "DdnsAgent", "Firmware", "Resources.resx"));
            string designer = File.ReadAllText(Path.Combine(Root, "DdnsAgent", "Firmware", "Resources.Designer.cs"));
            foreach (var data in resx.Root.Elements("data"))
            {
                string name = (string)data.Attribute("name");
                string file = data.Element("value").Value.Split(';')[0];
                Assert.IsTrue(File.Exists(Path.Combine(Root, "DdnsAgent", "Firmware", ToLocalPath(file))), "resource file missing: " + file);
                StringAssert.Contains(designer, name + " = " + GeneratorId(name) + ",");
            }
        }

        [TestMethod]
        public void TheGeneratorHashMatchesAKnownSample()
        {
            // nanoframework/Samples HttpWebRequest_Wifi/Resources.Designer.cs: DigiCertGlobalRootCA = 1766.
            Assert.AreEqual((short)1766, GeneratorId("DigiCertGlobalRootCA"));
        }

        [TestMethod]
        public void SourcesParseAsCSharp9()
        {
            var options = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });
            foreach (string source in NanoProject.All().SelectMany(p => p.Sources).Distinct().Where(File.Exists))
            {
                var errors = CSharpSyntaxTree.ParseText(File.ReadAllText(source), options)
                    .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.AreEqual(0, errors.Count, source + ": " + string.Join("; ", errors));
            }
        }

        /// <summary>nFResXFileCodeGenerator's resource id: a 16-bit fold of a two-lane string hash.</summary>
        private static short GeneratorId(string name)
        {
            unchecked
            {
                int hash1 = (5381 << 16) + 5381;
                int hash2 = hash1;
                for (int i = 0; i < name.Length; i++)
                {
                    if (i % 2 == 0)
                    {
                        hash1 = ((hash1 << 5) + hash1) ^ name[i];
                    }
                    else
                    {
                        hash2 = ((hash2 << 5) + hash2) ^ name[i];
                    }
                }

                int hash = hash1 + (hash2 * 1566083941);
                return (short)((short)(hash >> 16) ^ (short)hash);
            }
        }

        private static void AssertPlainProjectReferences(NanoProject project)
        {
            foreach (var element in Load(project).Descendants(MsBuild + "ProjectReference"))
            {
                Assert.IsFalse(element.HasElements, project + ": a ProjectReference as nanoFramework's own projects write it: <ProjectReference Include=\"...nfproj\" />");
            }
        }

        private static NanoProject Single(IEnumerable<NanoProject> projects, string relativePath)
        {
            var project = projects.SingleOrDefault(p => p.RelativePath == relativePath);
            Assert.IsNotNull(project, relativePath + " is missing");
            return project;
        }

        private static Dictionary<string, string> Packages(NanoProject project)
        {
            string config = Path.Combine(Path.GetDirectoryName(project.Path), "packages.config");
            Assert.IsTrue(File.Exists(config), project + ": packages.config is missing");
            var packages = new Dictionary<string, string>();
            foreach (var package in XDocument.Load(config).Root.Elements("package"))
            {
                Assert.AreEqual("netnano1.0", (string)package.Attribute("targetFramework"), config);
                packages.Add((string)package.Attribute("id"), (string)package.Attribute("version"));
            }

            return packages;
        }

        private static XDocument Load(NanoProject project) => XDocument.Load(project.Path);

        private static string Resolve(NanoProject project, string msbuildPath) =>
            Path.Combine(Path.GetDirectoryName(project.Path), ToLocalPath(msbuildPath));

        private static string ToLocalPath(string msbuildPath) => msbuildPath.Replace('\\', Path.DirectorySeparatorChar);
    }
}
