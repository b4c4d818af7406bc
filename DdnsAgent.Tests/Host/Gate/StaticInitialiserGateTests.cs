using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// No static initialiser in Core may read another type's static data: nanoCLR does not order them
    /// (see <see cref="StaticInitialiserGate"/>). Core is checked here as the host builds it, all three device
    /// libraries in one assembly, so a read across libraries is found too (the gate follows calls within one
    /// assembly). Each device library, the firmware and the portable tests are checked where they are compiled for
    /// the device (DeviceAssembliesTests).
    /// </summary>
    [TestClass]
    public sealed class StaticInitialiserGateTests
    {
        [TestMethod]
        public void CoreStaticInitialisersReadOnlyTheirOwnType()
        {
            var assembly = typeof(DdnsAgent.Http.HttpRequest).Assembly;
            Assert.AreSame(assembly, typeof(DdnsAgent.Engine.Agent).Assembly, "the host's Core holds DdnsAgent.Engine's sources");
            Assert.AreSame(assembly, typeof(DdnsAgent.Runtime.AgentRuntime).Assembly, "the host's Core holds DdnsAgent.Console's sources");
            string core = assembly.Location;
            var findings = StaticInitialiserGate.Inspect(File.ReadAllBytes(core));
            Assert.AreEqual(0, findings.Count, "Core's static initialisers depend on an order nanoCLR does not keep:\n" + string.Join("\n", findings));
        }

        [TestMethod]
        public void CatchesAStaticPropertyOfAnotherType()
        {
            // The shape that broke the console on nanoCLR: a key table whose text reads another class's list.
            var findings = Inspect(
                "public static class Catalog { static readonly string[] Ids = { \"a\", \"b\" }; public static string IdList => string.Concat(Ids[0], Ids[1]); }"
                + " public static class Keys { static readonly string[] Table = { string.Concat(\"one of \", Catalog.IdList) }; public static int Count => Table.Length; }");
            AssertOneFinding(findings, "Keys's static initialiser reads Catalog.Ids", "Keys::.cctor -> Catalog::get_IdList");
        }

        [TestMethod]
        public void CatchesADirectFieldLoad()
        {
            var findings = Inspect(
                "public static class Source { public static readonly int[] Values = { 1, 2 }; }"
                + " public static class Copy { static readonly int First = Source.Values[0]; public static int Get() => First; }");
            AssertOneFinding(findings, "Copy's static initialiser reads Source.Values", "Copy::.cctor");
        }

        [TestMethod]
        public void CatchesAReadBehindAConstructor()
        {
            var findings = Inspect(
                "public static class Source { public static readonly string Name = \"x\"; }"
                + " public sealed class Holder { public readonly string Text; public Holder() { Text = Source.Name; } }"
                + " public static class User { static readonly Holder Made = new Holder(); public static string Get() => Made.Text; }");
            AssertOneFinding(findings, "User's static initialiser reads Source.Name", "User::.cctor -> Holder::.ctor");
        }

        [TestMethod]
        public void CatchesAnExplicitStaticConstructor()
        {
            var findings = Inspect(
                "public static class Source { public static readonly object Lock = new object(); }"
                + " public static class User { static object _copy; static User() { _copy = Source.Lock; } public static object Get() => _copy; }");
            AssertOneFinding(findings, "User's static initialiser reads Source.Lock", "User::.cctor");
        }

        [TestMethod]
        public void OwnDataConstantsEnumsPureHelpersAndLazyTablesPass()
        {
            var findings = Inspect(
                "public enum Kind { A, B } public static class Names { public const string First = \"first\"; }"
                + " public static class Pure { public static int Twice(int x) => x * 2; }"
                + " public static class Source { public static readonly string[] Items = { \"a\" }; }"
                + " public sealed class Entry { public readonly string Name; public readonly Kind Kind; public Entry(string name, Kind kind) { Name = name; Kind = kind; } }"
                + " public static class Table {"
                + "   static readonly int[] Sizes = { Pure.Twice(2), 3 };"
                + "   static readonly Entry[] Entries = { new Entry(Names.First, Kind.B), new Entry(\"second\", Kind.A) };"
                + "   static readonly int Total = Sizes[0] + Sizes[1];"
                + "   static string[] _lazy;"
                + "   public static string[] Lazy { get { if (_lazy == null) { _lazy = new string[] { Source.Items[0] }; } return _lazy; } }"
                + "   public static int Count => Entries.Length + Total; }");
            Assert.AreEqual(0, findings.Count, string.Join("\n", findings));
        }

        [TestMethod]
        public void CatchesStaticDataOfAnotherProjectAssembly()
        {
            // nanoCLR runs assemblies' initialisers in the order they were deployed: a library's rows may still be null.
            byte[] lower = Emit("Lower", "public sealed class Row { public readonly int Value; public Row(int v) { Value = v; } }"
                + " public static class Rows { public static readonly Row First = new Row(1); public static Row Pick() => First; public static int Twice(int x) => x * 2; }");
            byte[] upper = Emit("Upper", "public static class Direct { static readonly Row[] Table = { Rows.First }; public static int Count => Table.Length; }"
                + " public static class Called { static readonly Row Chosen = Rows.Pick(); public static Row Get() => Chosen; }"
                + " public static class Pure { static readonly int Four = Rows.Twice(2); public static int Get() => Four; }", lower);
            var projects = new Dictionary<string, byte[]> { ["Lower"] = lower, ["Upper"] = upper };

            var findings = StaticInitialiserGate.Inspect(upper, projects);

            Assert.AreEqual(2, findings.Count, string.Join("\n", findings));
            StringAssert.Contains(findings[0], "Called's static initialiser reads Rows.First (assembly Lower)");
            StringAssert.Contains(findings[0], "in Called::.cctor -> Rows::Pick");
            StringAssert.Contains(findings[1], "Direct's static initialiser reads Rows.First of assembly Lower");
            Assert.AreEqual(0, StaticInitialiserGate.Inspect(upper).Count, "without the other assembly there is nothing to follow");
        }

        private static void AssertOneFinding(IReadOnlyList<string> findings, string what, string path)
        {
            Assert.AreEqual(1, findings.Count, string.Join("\n", findings));
            StringAssert.Contains(findings[0], what);
            StringAssert.Contains(findings[0], "in " + path);
        }

        private static byte[] Emit(string name, string source, params byte[][] references)
        {
            var all = new List<MetadataReference> { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
            foreach (byte[] reference in references)
            {
                all.Add(MetadataReference.CreateFromImage(reference));
            }

            var compilation = CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                all,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics));
            return image.ToArray();
        }

        private static IReadOnlyList<string> Inspect(string source)
        {
            var compilation = CSharpCompilation.Create(
                "StaticSample",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics));
            return StaticInitialiserGate.Inspect(image.ToArray());
        }
    }
}
