using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    [TestClass]
    public sealed class NanoFrameworkGateTests
    {
        private static readonly ISet<string> Allowlist =
            NanoFrameworkGate.LoadAllowlist(Path.Combine(AppContext.BaseDirectory, "Gate", "nanoframework-allowlist.txt"));

        [TestMethod]
        public void CoreUsesOnlyWhatNanoFrameworkHas()
        {
            string core = typeof(DdnsAgent.Http.HttpRequest).Assembly.Location;
            var findings = NanoFrameworkGate.Inspect(File.ReadAllBytes(core), Allowlist);
            Assert.AreEqual(0, findings.Count, "Core is not nanoFramework 1.x code:\n" + string.Join("\n", findings));
        }

        [TestMethod]
        public void PortableCodeWithinTheAllowlistPasses()
        {
            // Auto-properties and lambdas make the host compiler add CompilerGeneratedAttribute, which it leaves
            // out against nanoFramework's mscorlib: the gate must not count it.
            var findings = Inspect("public delegate string Namer(); public class Ok { public string Value { get; set; } "
                + "public static string Name(int x) { Namer n = () => string.Concat(\"a\", \"b\"); return n(); } }");
            Assert.AreEqual(0, findings.Count, string.Join("\n", findings));
        }

        [TestMethod]
        public void CatchesAGenericList()
        {
            var findings = Inspect("public static class Bad { public static int Count() { var list = new System.Collections.Generic.List<int>(); list.Add(1); return list.Count; } }");
            AssertFinding(findings, "System.Collections.Generic.List`1<System.Int32>");
            AssertFinding(findings, "Bad::Count");
        }

        [TestMethod]
        public void CatchesStringJoin()
        {
            var findings = Inspect("public static class Bad { public static string Glue(string[] parts) { return string.Join(\",\", parts); } }");
            AssertFinding(findings, "System.String System.String::Join(System.String,System.String[])");
            AssertFinding(findings, "Bad::Glue");
        }

        [TestMethod]
        public void CatchesStringFormatWithoutAnObjectArray()
        {
            var findings = Inspect("public static class Bad { public static string Say(int x) { return string.Format(\"{0}\", x); } }");
            AssertFinding(findings, "System.String System.String::Format(System.String,System.Object)");
        }

        [TestMethod]
        public void AcceptsStringFormatWithAnObjectArray()
        {
            var findings = Inspect("public static class Ok { public static string Say(int x) { return string.Format(\"{0}\", new object[] { x }); } }");
            Assert.IsFalse(findings.Any(f => f.Contains("Format")), string.Join("\n", findings));
        }

        [TestMethod]
        public void CatchesGenericDefinitionsAndGenericLocals()
        {
            var findings = Inspect("public class Box<T> { public T Value; } public static class User { public static int M<T>(T x) { return 0; } }");
            AssertFinding(findings, "defines generic type Box`1");
            AssertFinding(findings, "defines generic method User::M");
        }

        [TestMethod]
        public void CatchesConstructsThatLowerToMissingMembers()
        {
            var findings = Inspect("public static class Bad { static object Gate = new object(); public static string M(int x, char c) { lock (Gate) { return $\"{x}\" + c; } } }");
            AssertFinding(findings, "System.Threading.Monitor::Enter(System.Object,System.Boolean&)");
            AssertFinding(findings, "DefaultInterpolatedStringHandler");
        }

        [TestMethod]
        public void CatchesDateTimeNow()
        {
            var findings = Inspect("public static class Bad { public static long Ticks() { return System.DateTime.Now.Ticks; } }");
            AssertFinding(findings, "System.DateTime System.DateTime::get_Now()");
        }

        private static void AssertFinding(IReadOnlyList<string> findings, string expected)
        {
            Assert.IsTrue(findings.Any(f => f.Contains(expected, StringComparison.Ordinal)),
                "expected a finding naming '" + expected + "', got:\n" + string.Join("\n", findings));
        }

        private static IReadOnlyList<string> Inspect(string source)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES"))
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
                .Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create(
                "GateSample",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics));
            return NanoFrameworkGate.Inspect(image.ToArray(), Allowlist);
        }
    }
}
