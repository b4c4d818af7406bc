using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Every nanoFramework project of the repository (Core's three libraries, the firmware, each device test project),
    /// found by its .nfproj and compiled by DeviceBuild as the nanoFramework tools would: it compiles against
    /// nanoFramework's real mscorlib and the checked API stubs, uses no generics, runs no static initialiser that
    /// depends on another type's, and keeps its string and bytecode tables within the budget.
    /// </summary>
    [TestClass]
    public sealed class DeviceAssembliesTests
    {
        [TestMethod]
        public void TheRepositoryHasTheDeviceProjectsItShould()
        {
            var names = DeviceBuild.All().Select(a => a.Project.Name).ToList();
            CollectionAssert.IsSubsetOf(CoreLibraries.Names.Concat(new[] { "DdnsAgent" }).ToList(), names);
            Assert.IsTrue(names.Count(n => n.StartsWith("DdnsAgent.Tests.Device.", StringComparison.Ordinal)) >= 2, string.Join(", ", names));
        }

        [TestMethod]
        public void EveryDeviceProjectCompiles()
        {
            var problems = DeviceBuild.All()
                .Where(a => a.Errors.Count > 0)
                .Select(a => a.DisplayName + " does not compile for nanoFramework:\n  " + string.Join("\n  ", a.Errors))
                .ToList();
            Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        }

        [TestMethod]
        public void NoDeviceAssemblyUsesGenerics()
        {
            var problems = Compiled().SelectMany(a => NanoFrameworkGate.Inspect(a.Image, null).Select(f => a.DisplayName + ": " + f)).ToList();
            Assert.AreEqual(0, problems.Count, "not nanoFramework 1.x code:\n" + string.Join("\n", problems));
        }

        [TestMethod]
        public void NoStaticInitialiserDependsOnAnotherType()
        {
            // Across assemblies too: nanoCLR runs their initialisers in the order they were deployed.
            var all = Compiled().ToList();
            var byName = all.GroupBy(a => a.Project.AssemblyName).ToDictionary(g => g.Key, g => g.First().Image);
            var problems = all.SelectMany(a => StaticInitialiserGate.Inspect(a.Image, byName).Select(f => a.DisplayName + ": " + f)).ToList();
            Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        }

        /// <summary>
        /// The budget is 75 % of the 64 KiB limit per table. The estimate's margin of error (NanoTableEstimate, calibrated
        /// on the sources of 5d5a527): 1.1 % on the firmware's measured string table, 0 % on its bytecode table, and at
        /// worst 27 % too low (the test assembly's approximate "about 102 KB"), so an assembly within the budget stays
        /// under the limit (75 % x 1.27 = 96 %).
        /// </summary>
        [TestMethod]
        public void EveryDeviceAssemblyStaysWithinTheTableBudget()
        {
            var report = new StringBuilder();
            var problems = new List<string>();
            var measured = new List<string>();
            foreach (var assembly in Compiled())
            {
                var (strings, byteCode) = NanoTableEstimate.Estimate(assembly.Image);
                report.AppendLine(assembly.DisplayName + ": strings " + strings + ", bytecode " + byteCode);
                problems.AddRange(NanoTableBudget.Check(assembly.DisplayName, assembly.Image));
                measured.Add(assembly.Project.Name);
            }

            Console.WriteLine(report);
            // Core's libraries and the firmware by name: one that does not compile would otherwise escape the budget.
            foreach (string name in CoreLibraries.Names.Concat(new[] { "DdnsAgent" }))
            {
                CollectionAssert.Contains(measured, name, name + " was not measured (does it compile? see EveryDeviceProjectCompiles)");
            }

            Assert.AreEqual(0, problems.Count, string.Join("\n", problems) + "\nsplit the assembly (see README, Tests) or make it smaller.\nAll:\n" + report);
        }

        [TestMethod]
        public void AnAssemblyOverTheStringBudgetIsNamedWithTheTableAndTheExcess()
        {
            // 120 literals of 500 distinct characters: about 60 KB of strings, little bytecode.
            var source = new StringBuilder("public static class Big { public static int Sum() { int n = 0;");
            for (int i = 0; i < 120; i++)
            {
                source.Append(" n += \"").Append(i.ToString("D3")).Append(new string('x', 497)).Append("\".Length;");
            }

            source.Append(" return n; } }");
            var problems = NanoTableBudget.Check("Big.dll", CompileSnippet(source.ToString()));
            Assert.AreEqual(1, problems.Count, string.Join("\n", problems));
            StringAssert.Contains(problems[0], "Big.dll");
            StringAssert.Contains(problems[0], "string table");
            StringAssert.Matches(problems[0], new System.Text.RegularExpressions.Regex(@"\d[\d,]* bytes over the budget of 49,152"));
        }

        [TestMethod]
        public void AnAssemblyOverTheBytecodeBudgetIsNamedWithTheTableAndTheExcess()
        {
            // 6,000 statements of about 9 bytes each: about 54 KB of bytecode, few strings.
            var source = new StringBuilder("public static class Long { public static int Run(int[] a) { int n = 0;");
            for (int i = 0; i < 6000; i++)
            {
                source.Append(" n += a[").Append(i % 7).Append("] * ").Append(i % 100 + 3).Append(';');
            }

            source.Append(" return n; } }");
            var problems = NanoTableBudget.Check("Long.dll", CompileSnippet(source.ToString()));
            Assert.AreEqual(1, problems.Count, string.Join("\n", problems));
            StringAssert.Contains(problems[0], "Long.dll");
            StringAssert.Contains(problems[0], "bytecode table");
        }

        [TestMethod]
        public void TheBytecodeEstimateCountsTheNarrowerOperands()
        {
            var image = CompileSnippet("public static class One { public static string F(int x) { return string.Concat(\"x\", x.ToString()); } }", optimize: true);
            var (_, byteCode) = NanoTableEstimate.Estimate(image);
            // ldstr "x" (1 + a 2-byte token instead of 4), ldarga.s 0 (2), call ToString (3), call Concat (3), ret (1) = 12
            Assert.AreEqual(12, byteCode);
        }

        private static IEnumerable<DeviceAssembly> Compiled() => DeviceBuild.All().Where(a => a.Image != null);

        private static byte[] CompileSnippet(string source, bool optimize = false)
        {
            var (image, errors) = DeviceCompilation.Compile("Snippet", new[] { CSharpSyntaxTree.ParseText(source, DeviceCompilation.Options()) }, optimize: optimize);
            Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
            return image;
        }
    }
}
