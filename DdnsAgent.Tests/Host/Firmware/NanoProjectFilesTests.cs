using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Firmware
{
    /// <summary>
    /// The nanoFramework projects cannot be built on a machine without the nanoFramework toolchain, so these
    /// tests check what can be checked here: every file they name exists, every reference matches a package of
    /// the same version, the shared projects are imported, the sources parse as C# 9, and the hand-written
    /// resource id equals the one Visual Studio's generator computes.
    /// </summary>
    [TestClass]
    public sealed class NanoProjectFilesTests
    {
        private const string FirmwareProject = "DdnsAgent/Firmware/DdnsAgent.nfproj";
        private const string DeviceTestProject = "DdnsAgent.Tests/Device/DdnsAgent.Tests.Device.nfproj";
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly string Root = Repository.Root;
        private static readonly Regex HintPathPattern = new Regex(@"^\.\.\\\.\.\\packages\\(?<id>[A-Za-z0-9.]+?)\.(?<version>\d+\.\d+\.\d+)\\lib\\[^\\]+\.(dll|exe)$");

        [TestMethod]
        [DataRow(FirmwareProject)]
        [DataRow(DeviceTestProject)]
        public void EveryFileTheProjectNamesExists(string project)
        {
            XDocument document = Load(project);
            var named = document.Descendants()
                .Where(e => e.Name == MsBuild + "Compile" || e.Name == MsBuild + "None" || e.Name == MsBuild + "EmbeddedResource")
                .Select(e => (string)e.Attribute("Include"));
            var missing = named.Where(path => !File.Exists(Resolve(project, path))).ToList();
            Assert.AreEqual(0, missing.Count, project + " names missing files: " + string.Join(", ", missing));
        }

        [TestMethod]
        public void EveryFirmwareSourceIsCompiled()
        {
            string folder = Path.Combine(Root, "DdnsAgent", "Firmware");
            var compiled = Load(FirmwareProject).Descendants(MsBuild + "Compile")
                .Select(e => Path.GetFullPath(Resolve(FirmwareProject, (string)e.Attribute("Include"))))
                .ToHashSet();
            var forgotten = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f) && !compiled.Contains(Path.GetFullPath(f)))
                .ToList();
            Assert.AreEqual(0, forgotten.Count, "not in " + FirmwareProject + ": " + string.Join(", ", forgotten));
        }

        [TestMethod]
        [DataRow(FirmwareProject)]
        [DataRow(DeviceTestProject)]
        public void EveryReferenceIsAPackageOfTheSameVersion(string project)
        {
            var packages = Packages(project);
            var referenced = new HashSet<string>();
            foreach (var hint in Load(project).Descendants(MsBuild + "HintPath").Select(e => e.Value))
            {
                Match match = HintPathPattern.Match(hint);
                Assert.IsTrue(match.Success, project + ": HintPath not of the form ..\\..\\packages\\<Id>.<Version>\\lib\\<file>: " + hint);
                string id = match.Groups["id"].Value;
                Assert.IsTrue(packages.ContainsKey(id), project + ": " + id + " is referenced but not in packages.config");
                Assert.AreEqual(packages[id], match.Groups["version"].Value, project + ": version of " + id);
                referenced.Add(id);
            }

            var unused = packages.Keys.Where(id => !referenced.Contains(id)).ToList();
            Assert.AreEqual(0, unused.Count, project + ": packages.config lists packages no reference uses: " + string.Join(", ", unused));
        }

        [TestMethod]
        public void BothProjectsUseTheSameVersionOfEverySharedPackage()
        {
            var firmware = Packages(FirmwareProject);
            foreach (var package in Packages(DeviceTestProject).Where(p => firmware.ContainsKey(p.Key)))
            {
                Assert.AreEqual(firmware[package.Key], package.Value, "version of " + package.Key);
            }
        }

        [TestMethod]
        [DataRow(FirmwareProject, "DdnsAgent/Core/DdnsAgent.Core.projitems")]
        [DataRow(DeviceTestProject, "DdnsAgent/Core/DdnsAgent.Core.projitems")]
        [DataRow(DeviceTestProject, "DdnsAgent.Tests/Portable/DdnsAgent.Tests.Portable.projitems")]
        public void ImportsTheSharedProject(string project, string projitems)
        {
            var imports = Load(project).Descendants(MsBuild + "Import")
                .Where(e => (string)e.Attribute("Label") == "Shared")
                .Select(e => Path.GetFullPath(Resolve(project, (string)e.Attribute("Project"))));
            Assert.IsTrue(imports.Contains(Path.GetFullPath(Path.Combine(Root, projitems))), project + " does not import " + projitems);
        }

        [TestMethod]
        [DataRow(FirmwareProject)]
        [DataRow(DeviceTestProject)]
        public void TheSolutionListsTheProjectWithItsGuid(string project)
        {
            string guid = Load(project).Descendants(MsBuild + "ProjectGuid").Single().Value.Trim('{', '}').ToUpperInvariant();
            string solution = File.ReadAllText(Path.Combine(Root, "DdnsAgent.sln"));
            string entry = "\"" + project.Replace('/', '\\') + "\", \"{" + guid + "}\"";
            StringAssert.Contains(solution, entry);
        }

        [TestMethod]
        public void TheTestAssemblyHasTheNameTheLauncherLoads()
        {
            // nanoFramework.UnitTestLauncher runs Assembly.Load("NFUnitTest").
            Assert.AreEqual("NFUnitTest", Load(DeviceTestProject).Descendants(MsBuild + "AssemblyName").Single().Value);
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
        [DataRow(FirmwareProject)]
        [DataRow(DeviceTestProject)]
        public void SourcesParseAsCSharp9(string project)
        {
            var options = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });
            var sources = Load(project).Descendants(MsBuild + "Compile")
                .Select(e => Resolve(project, (string)e.Attribute("Include")))
                .Where(File.Exists);
            foreach (string source in sources)
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

        private static Dictionary<string, string> Packages(string project)
        {
            string config = Path.Combine(Path.GetDirectoryName(Path.Combine(Root, project)), "packages.config");
            var packages = new Dictionary<string, string>();
            foreach (var package in XDocument.Load(config).Root.Elements("package"))
            {
                Assert.AreEqual("netnano1.0", (string)package.Attribute("targetFramework"), config);
                packages.Add((string)package.Attribute("id"), (string)package.Attribute("version"));
            }

            return packages;
        }

        private static XDocument Load(string project)
        {
            return XDocument.Load(Path.Combine(Root, project));
        }

        private static string Resolve(string project, string msbuildPath)
        {
            return Path.Combine(Path.GetDirectoryName(Path.Combine(Root, project)), ToLocalPath(msbuildPath));
        }

        private static string ToLocalPath(string msbuildPath)
        {
            return msbuildPath.Replace('\\', Path.DirectorySeparatorChar);
        }

        private static bool IsBuildOutput(string path)
        {
            string separator = Path.DirectorySeparatorChar.ToString();
            return path.Contains(separator + "bin" + separator) || path.Contains(separator + "obj" + separator);
        }
    }
}
