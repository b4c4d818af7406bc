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
    /// Core is compiled for the device, as its three libraries (CoreLibraries), against nanoFramework's real mscorlib
    /// (DeviceBuild; DdnsAgent/Core.Nano does the same as MSBuild projects), so a member nanoFramework lacks does not
    /// compile. What a compile cannot catch is checked here: generics (the compiler accepts them, the metadata
    /// processor refuses them), and calls that bind to another member on the host than on the device, which would
    /// make the host tests run other library code than the board.
    /// </summary>
    [TestClass]
    public sealed class NanoFrameworkGateTests
    {
        private static readonly ISet<string> Allowlist =
            NanoFrameworkGate.LoadAllowlist(Path.Combine(AppContext.BaseDirectory, "Gate", "nanoframework-allowlist.txt"));

        [TestMethod]
        public void CoreCompilesAgainstTheRealMscorlibWithoutGenerics()
        {
            foreach (var library in CoreLibraries.Built())
            {
                Assert.AreEqual(0, library.Errors.Count, library.DisplayName + " does not compile against nanoFramework's mscorlib and the libraries below it:\n"
                    + string.Join("\n", library.Errors));
                var findings = NanoFrameworkGate.Inspect(library.Image, null);
                Assert.AreEqual(0, findings.Count, library.DisplayName + " is not nanoFramework 1.x code:\n" + string.Join("\n", findings));
            }
        }

        [TestMethod]
        public void TheHostBuildOfCoreBindsWhatTheDeviceBuildBinds()
        {
            // The host compiles the three libraries into one assembly: compare it with what the three bind together.
            byte[] host = File.ReadAllBytes(typeof(DdnsAgent.Http.HttpRequest).Assembly.Location);
            var findings = NanoFrameworkGate.HostOnlyBindings(host, DeviceReferences(), Allowlist);
            Assert.AreEqual(0, findings.Count, "Core binds other members on the host than on the device (see the notes in "
                + "Gate/nanoframework-allowlist.txt for the usual traps):\n" + string.Join("\n", findings));
        }

        [TestMethod]
        public void EveryAllowlistEntryIsStillNeeded()
        {
            // An entry the host build no longer needs is proven, or obsolete: it goes.
            byte[] host = File.ReadAllBytes(typeof(DdnsAgent.Http.HttpRequest).Assembly.Location);
            var hostReferences = NanoFrameworkGate.ExternalReferences(host);
            var device = DeviceReferences();
            var stale = Allowlist.Where(entry => !hostReferences.Contains(entry) || device.Contains(entry)).ToList();
            Assert.AreEqual(0, stale.Count, "allowlist entries the compile proves or Core no longer uses:\n" + string.Join("\n", stale));
        }

        [TestMethod]
        public void AMemberNanoFrameworkLacksDoesNotCompile()
        {
            var errors = DeviceErrors("public static class Bad { public static string Glue(string[] parts) { return string.Join(\",\", parts); } }");
            Assert.IsTrue(errors.Any(e => e.Contains("CS0117", StringComparison.Ordinal) && e.Contains("Join", StringComparison.Ordinal)), string.Join("\n", errors));
        }

        [TestMethod]
        public void BclGenericsDoNotCompile()
        {
            var errors = DeviceErrors("public static class Bad { public static int Count() { var list = new System.Collections.Generic.List<int>(); return list.Count; } }");
            Assert.IsTrue(errors.Any(e => e.Contains("List<", StringComparison.Ordinal) || e.Contains("'Generic'", StringComparison.Ordinal)), string.Join("\n", errors));
        }

        [TestMethod]
        public void DateTimeNowDoesNotCompile()
        {
            var errors = DeviceErrors("public static class Bad { public static long Ticks() { return System.DateTime.Now.Ticks; } }");
            Assert.IsTrue(errors.Any(e => e.Contains("CS0117", StringComparison.Ordinal) && e.Contains("Now", StringComparison.Ordinal)), string.Join("\n", errors));
        }

        [TestMethod]
        public void OwnGenericDefinitionsCompileAndAreFindings()
        {
            var (image, errors) = DeviceCompilation.Compile("Snippet", new[] { Device("public class Box<T> { public T Value; } public static class User { public static int M<T>(T x) { return 0; } }") });
            Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
            var findings = NanoFrameworkGate.Inspect(image, null);
            AssertFinding(findings, "defines generic type Box`1");
            AssertFinding(findings, "defines generic method User::M");
        }

        [TestMethod]
        public void PortableCodeWithoutGenericsPasses()
        {
            var (image, errors) = DeviceCompilation.Compile("Snippet", new[] { Device(
                "public delegate string Namer(); public class Ok { public string Value { get; set; } "
                + "public static string Name(int x) { Namer n = () => string.Concat(\"a\", \"b\"); return n(); } }") });
            Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
            Assert.AreEqual(0, NanoFrameworkGate.Inspect(image, null).Count);
        }

        [TestMethod]
        public void AHostOverloadTheDeviceDoesNotBindIsAFinding()
        {
            // string.Format("{0}", x) binds to Format(String, Object) on the host and to Format(String, Object[]) on the device.
            const string source = "public static class Say { public static string It(int x) { return string.Format(\"{0}\", x); } }";
            var findings = NanoFrameworkGate.HostOnlyBindings(HostImage(source), DeviceImage(source), Allowlist);
            AssertFinding(findings, "System.String System.String::Format(System.String,System.Object)");
        }

        [TestMethod]
        public void TheSameBindingOnBothIsNoFinding()
        {
            const string source = "public static class Say { public static string It(int x) { return string.Format(\"{0}\", new object[] { x }); } }";
            var findings = NanoFrameworkGate.HostOnlyBindings(HostImage(source), DeviceImage(source), Allowlist);
            Assert.AreEqual(0, findings.Count, string.Join("\n", findings));
        }

        /// <summary>The library types and members Core's three device libraries reference, together.</summary>
        private static ISet<string> DeviceReferences()
        {
            var references = new HashSet<string>(StringComparer.Ordinal);
            foreach (var library in CoreLibraries.Built())
            {
                Assert.IsNotNull(library.Image, library.DisplayName + " does not compile:\n" + string.Join("\n", library.Errors));
                references.UnionWith(NanoFrameworkGate.ExternalReferences(library.Image));
            }

            return references;
        }

        private static void AssertFinding(IReadOnlyList<string> findings, string expected)
        {
            Assert.IsTrue(findings.Any(f => f.Contains(expected, StringComparison.Ordinal)),
                "expected a finding naming '" + expected + "', got:\n" + string.Join("\n", findings));
        }

        private static SyntaxTree Device(string source) => CSharpSyntaxTree.ParseText(source, DeviceCompilation.Options());

        private static List<string> DeviceErrors(string source) => DeviceCompilation.Compile("Snippet", new[] { Device(source) }).Errors;

        private static byte[] DeviceImage(string source)
        {
            var (image, errors) = DeviceCompilation.Compile("Snippet", new[] { Device(source) });
            Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
            return image;
        }

        private static byte[] HostImage(string source)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES"))
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
                .Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create(
                "Snippet",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics));
            return image.ToArray();
        }
    }
}
