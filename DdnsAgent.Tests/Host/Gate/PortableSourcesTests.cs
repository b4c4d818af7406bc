using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Collections.Generic;
using System.Xml.Linq;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Checks on the portable sources that the compiled-Core gate cannot see: the shared projects list every
    /// file, and the portable tests use only what both MSTest and nanoFramework.TestFramework offer.
    /// </summary>
    [TestClass]
    public sealed class PortableSourcesTests
    {
        private static readonly string Root = Repository.Root;

        // Test-framework members and language features one of the two test builds lacks.
        private static readonly (Regex Pattern, string Why)[] ForbiddenInPortableTests =
        {
            (new Regex(@"\bStringAssert\."), "nanoFramework.TestFramework has no StringAssert: use Expect.Contains(text, part)"),
            (new Regex(@"\bAssert\.(ThrowsExactly|Throws|ThrowsException)\b"), "expect exceptions through Expect.Throws, the one shim between the frameworks"),
            (new Regex(@"\[(TestInitialize|TestCleanup|ClassInitialize|ClassCleanup|DataTestMethod|Setup|Cleanup)\b"), "set-up attributes differ between the frameworks: build state in each test"),
            (new Regex(@"\bAssert\.(Inconclusive|SkipTest|Fail|Contains)\b"), "not in both frameworks: use Expect.Fail or Expect.Contains"),
            (new Regex(@"\basync\b|\bawait\b|\bTask\b"), "nanoFramework has no async"),
            (new Regex(@"\b(List|Dictionary|IEnumerable|Nullable|Span|ReadOnlySpan)<"), "no generics on nanoFramework"),
            (new Regex(@"\$"""), "string interpolation lowers to members nanoFramework lacks"),
            (new Regex(@"\byield\b"), "no iterators on nanoFramework"),
            (new Regex(@"\block\s*\("), "use Monitor.Enter/Exit: lock lowers to an overload nanoFramework lacks"),
        };

        [TestMethod]
        public void EveryPortableTestSharedProjectListsExactlyTheFilesOnDisk()
        {
            // The portable tests are one shared project per folder (tools/update-projitems.sh writes them all).
            foreach (string folder in Directory.GetDirectories(Path.Combine(Root, "DdnsAgent.Tests", "Portable")).Where(f => !Repository.IsGenerated(f)))
            {
                string projitems = Path.Combine(folder, "DdnsAgent.Tests." + Path.GetFileName(folder) + ".projitems");
                Assert.IsTrue(File.Exists(projitems), projitems + " is missing: run tools/update-projitems.sh");
                CollectionAssert.AreEqual(SourcesUnder(folder), Listed(projitems), Path.GetFileName(projitems) + " is out of date: run tools/update-projitems.sh");
            }
        }

        [TestMethod]
        public void CoreSharedProjectsListEveryCoreFileOnceAndEachFolderInOneLibrary()
        {
            // Core is one shared project per device library, all in DdnsAgent/Core; tools/update-projitems.sh writes them
            // from its table of folders.
            string core = Path.Combine(Root, "DdnsAgent", "Core");
            var libraryOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var libraryOfFolder = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string name in CoreLibraries.Names)
            {
                foreach (string file in Listed(Repository.PathOf(CoreLibraries.SharedProjectOf(name))))
                {
                    Assert.IsFalse(libraryOf.ContainsKey(file), file + " is in " + libraryOf.GetValueOrDefault(file) + " and in " + name + ": run tools/update-projitems.sh");
                    libraryOf[file] = name;
                    string folder = file.Contains('/', StringComparison.Ordinal) ? file.Substring(0, file.IndexOf('/', StringComparison.Ordinal)) : "(no folder)";
                    Assert.AreEqual(libraryOfFolder.GetValueOrDefault(folder, name), name,
                        "DdnsAgent/Core/" + folder + " is split between " + libraryOfFolder.GetValueOrDefault(folder) + " and " + name + ": a folder belongs to one library (tools/update-projitems.sh)");
                    libraryOfFolder[folder] = name;
                }
            }

            CollectionAssert.AreEqual(SourcesUnder(core), libraryOf.Keys.OrderBy(p => p, StringComparer.Ordinal).ToArray(),
                "Core's shared projects (DdnsAgent.Core/Engine/Console.projitems) are out of date: run tools/update-projitems.sh");
        }

        private static string[] Listed(string projitems) =>
            XDocument.Load(projitems).Descendants()
                .Where(e => e.Name.LocalName == "Compile")
                .Select(e => e.Attribute("Include").Value.Replace("$(MSBuildThisFileDirectory)", "").Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal).ToArray();

        private static string[] SourcesUnder(string directory) =>
            Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(p => !Repository.IsGenerated(p))
                .Select(p => Path.GetRelativePath(directory, p).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal).ToArray();

        [TestMethod]
        public void NoPortableSourceLiesOutsideAFolder()
        {
            var loose = Directory.GetFiles(Path.Combine(Root, "DdnsAgent.Tests", "Portable"), "*.cs").ToList();
            Assert.AreEqual(0, loose.Count, "portable tests live in a folder (one shared project per folder): " + string.Join(", ", loose));
        }

        [TestMethod]
        public void PortableTestsUseOnlyWhatBothTestFrameworksHave()
        {
            var problems = new System.Collections.Generic.List<string>();
            foreach (string file in Directory.GetFiles(Path.Combine(Root, "DdnsAgent.Tests", "Portable"), "*.cs", SearchOption.AllDirectories))
            {
                string name = Path.GetRelativePath(Root, file).Replace('\\', '/');
                if (name.EndsWith("Support/Expect.cs", StringComparison.Ordinal))
                {
                    continue; // the shim itself is where the two frameworks differ
                }

                string[] lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    string code = StripCommentsAndStrings(lines[i]);
                    foreach (var (pattern, why) in ForbiddenInPortableTests)
                    {
                        if (pattern.IsMatch(pattern.ToString().Contains("\\$") ? lines[i] : code))
                        {
                            problems.Add(name + ":" + (i + 1) + ": " + why);
                        }
                    }
                }

                string text = string.Join("\n", lines);
                if (text.Contains("Assert.", StringComparison.Ordinal) && !text.Contains("#if NANOFRAMEWORK_1_0", StringComparison.Ordinal))
                {
                    problems.Add(name + ": uses Assert without the NANOFRAMEWORK_1_0 using switch");
                }
            }

            Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        }

        [TestMethod]
        public void TheCheckCatchesAForbiddenAssertion()
        {
            string line = StripCommentsAndStrings("            StringAssert.Contains(text, \"x\"); // fine in MSTest only");
            Assert.IsTrue(ForbiddenInPortableTests.Any(f => f.Pattern.IsMatch(line)));
            Assert.IsFalse(ForbiddenInPortableTests.Any(f => f.Pattern.IsMatch(StripCommentsAndStrings("Expect.Contains(text, \"lock (x)\"); // Task"))));
        }

        private static string StripCommentsAndStrings(string line)
        {
            string noStrings = Regex.Replace(line, "\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
            int comment = noStrings.IndexOf("//", StringComparison.Ordinal);
            return comment >= 0 ? noStrings.Substring(0, comment) : noStrings;
        }
    }
}
