using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DdnsAgent.Tests.Gate;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Projects
{
    /// <summary>
    /// The portable tests run twice: all of them in the MSTest host project, and on the device split over several
    /// nanoFramework test projects (DdnsAgent.Tests/Device/*), each small enough for nanoFramework's per-assembly
    /// tables. Each folder of DdnsAgent.Tests/Portable is a shared project; the host project imports them all, and
    /// each device test project imports the helpers (the folders without tests, such as Support and Fakes) and some
    /// test folders. So every test file must be compiled by exactly one device test project, and every helper by all.
    /// </summary>
    [TestClass]
    public sealed class DeviceTestSplitTests
    {
        private static readonly string Portable = Path.Combine(Repository.Root, "DdnsAgent.Tests", "Portable");

        [TestMethod]
        public void EveryPortableTestFileIsInExactlyOneDeviceTestProject()
        {
            var problems = SplitProblems(NanoProject.All().Where(p => p.IsTestProject).ToList());
            Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        }

        [TestMethod]
        public void AFolderNoDeviceTestProjectImportsIsReported()
        {
            // Leave out the device test project that runs the Engine tests: each Engine test file must be reported.
            var projects = NanoProject.All().Where(p => p.IsTestProject).ToList();
            var engine = projects.Single(p => p.SharedImports.Any(i => i.EndsWith("DdnsAgent.Tests.Engine.projitems", StringComparison.Ordinal)));
            var problems = SplitProblems(projects.Where(p => p != engine).ToList());
            var engineTests = PortableFiles().Where(f => FolderOf(f) == "Engine" && HasTests(f)).ToList();
            Assert.IsTrue(engineTests.Count > 0);
            foreach (string file in engineTests)
            {
                Assert.IsTrue(problems.Any(p => p.Contains(Path.GetFileName(file), StringComparison.Ordinal) && p.Contains("is in no device test project", StringComparison.Ordinal)),
                    file + " not reported:\n" + string.Join("\n", problems));
            }
        }

        private static List<string> SplitProblems(IReadOnlyList<NanoProject> testProjects)
        {
            var problems = new List<string>();
            foreach (string file in PortableFiles())
            {
                var compiledBy = testProjects.Where(p => p.Sources.Contains(file)).Select(p => p.RelativePath).ToList();
                string name = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
                string sharedProject = "DdnsAgent.Tests/Portable/" + FolderOf(file) + "/DdnsAgent.Tests." + FolderOf(file) + ".projitems";
                if (compiledBy.Count == 0)
                {
                    problems.Add(name + " is in no device test project: import " + sharedProject + " in one of DdnsAgent.Tests/Device/*/*.nfproj"
                        + " (or run tools/update-projitems.sh if the file is new)");
                }
                else if (compiledBy.Count > 1 && HasTests(file))
                {
                    problems.Add(name + " holds tests and is in " + compiledBy.Count + " device test projects (" + string.Join(", ", compiledBy)
                        + "): its tests would run more than once; import " + sharedProject + " in one only");
                }
                else if (compiledBy.Count > 1 && compiledBy.Count < testProjects.Count)
                {
                    problems.Add(name + " is a helper in some device test projects only (" + string.Join(", ", compiledBy) + "): import " + sharedProject + " in all of them");
                }
            }

            return problems;
        }

        [TestMethod]
        public void TheHostTestProjectImportsEveryPortableFolder()
        {
            string csproj = Path.Combine(Repository.Root, "DdnsAgent.Tests", "Host", "DdnsAgent.Tests.csproj");
            var imported = XDocument.Load(csproj).Descendants("Import")
                .Where(e => (string)e.Attribute("Label") == "Shared")
                .Select(e => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(csproj), ((string)e.Attribute("Project")).Replace('\\', Path.DirectorySeparatorChar))))
                .ToHashSet();
            var missing = Directory.GetFiles(Portable, "*.projitems", SearchOption.AllDirectories)
                .Where(p => !Repository.IsGenerated(p) && !imported.Contains(Path.GetFullPath(p)))
                .ToList();
            Assert.AreEqual(0, missing.Count, "DdnsAgent.Tests.csproj does not import: " + string.Join(", ", missing));
        }

        [TestMethod]
        public void EveryDeviceTestProjectHasTestsAndTheHelpers()
        {
            foreach (var project in NanoProject.All().Where(p => p.IsTestProject))
            {
                var portable = project.Sources.Where(f => f.StartsWith(Portable, StringComparison.Ordinal)).ToList();
                Assert.IsTrue(portable.Any(HasTests), project + " compiles no portable test");
                StringAssert.Contains(string.Join("\n", project.Sources), Path.Combine("Portable", "Support", "Expect.cs"), project + " lacks the helpers");
            }
        }

        private static IEnumerable<string> PortableFiles() =>
            Directory.GetFiles(Portable, "*.cs", SearchOption.AllDirectories).Where(f => !Repository.IsGenerated(f)).Select(Path.GetFullPath);

        private static string FolderOf(string file) => Path.GetRelativePath(Portable, file).Split(Path.DirectorySeparatorChar)[0];

        private static bool HasTests(string file) => File.ReadAllText(file).Contains("[TestClass]", StringComparison.Ordinal);
    }
}
