using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// The firmware (DdnsAgent/Firmware) builds only with the nanoFramework tools, which this machine lacks. This test
    /// does the nearest thing: it compiles Core and the firmware sources, as DdnsAgent.Core.projitems and
    /// DdnsAgent.nfproj list them, with C# 9 and NANOFRAMEWORK_1_0, against the host's core library alone plus
    /// Gate/nanoframework-device-api.cs.txt, which declares the nanoFramework library members the firmware uses,
    /// each checked against nanoFramework's sources. A library member the firmware uses that is not declared
    /// there fails to compile; every core-library member it uses goes through the nanoFramework gate.
    /// </summary>
    [TestClass]
    public sealed class FirmwareGateTests
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        // DEBUG too: a debug build keeps the firmware's Debug.WriteLine calls, so they are checked as well.
        private static readonly CSharpParseOptions DeviceOptions =
            new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0", "DEBUG" });

        // Compiling Core and the firmware takes seconds: the two firmware tests share one compilation.
        private static readonly Lazy<(byte[] Image, List<string> Errors)> Firmware =
            new Lazy<(byte[] Image, List<string> Errors)>(() => Compile("DdnsAgent", FirmwareSources().Select(Parse)));

        [TestMethod]
        public void FirmwareCompilesAgainstTheNanoFrameworkApi()
        {
            var (image, errors) = Firmware.Value;
            Assert.AreEqual(0, errors.Count, "the firmware does not compile against nanoframework-device-api.cs.txt:\n" + string.Join("\n", errors));
            Assert.IsNotNull(image);
        }

        [TestMethod]
        public void FirmwareUsesOnlyWhatNanoFrameworkHas()
        {
            var (image, errors) = Firmware.Value;
            Assert.AreEqual(0, errors.Count, "see FirmwareCompilesAgainstTheNanoFrameworkApi:\n" + string.Join("\n", errors));

            var findings = NanoFrameworkGate.Inspect(image, Allowlist());
            Assert.AreEqual(0, findings.Count, "the firmware is not nanoFramework 1.x code:\n" + string.Join("\n", findings));
        }

        [TestMethod]
        public void TheFirmwareFileListIsComplete()
        {
            // Every .cs file in the firmware folder is compiled by the nfproj, so none escapes this check.
            string root = RepositoryRoot();
            string folder = Path.Combine(root, "DdnsAgent", "Firmware");
            var listed = new HashSet<string>(FirmwareProjectSources(root).Select(Path.GetFullPath), StringComparer.Ordinal);
            var onDisk = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(Path.GetFullPath)
                .ToList();
            var missing = onDisk.Where(path => !listed.Contains(path)).ToList();
            Assert.AreEqual(0, missing.Count, "firmware sources not in DdnsAgent.nfproj's Compile items:\n" + string.Join("\n", missing));
            Assert.IsTrue(listed.Count > 10, "the nfproj lists " + listed.Count + " sources");
        }

        [TestMethod]
        public void ALibraryMemberMissingFromTheApiDoesNotCompile()
        {
            // nanoFramework's File has no ReadAllText, and the host's File must not stand in for it.
            var (_, errors) = Compile("Snippet", new[]
            {
                Parse(ApiPath()),
                DeviceSnippet("public static class Probe { public static string Read() { return System.IO.File.ReadAllText(\"I:\\\\a.txt\"); } }"),
            });

            Assert.IsTrue(errors.Any(e => e.Contains("CS0117", StringComparison.Ordinal) && e.Contains("ReadAllText", StringComparison.Ordinal)),
                "expected CS0117 for File.ReadAllText, got:\n" + string.Join("\n", errors));
        }

        [TestMethod]
        public void AHostOnlyLibraryTypeDoesNotCompile()
        {
            // System.Net.Http.HttpClient lives outside the host's core library and is not declared in the API file.
            var (_, errors) = Compile("Snippet", new[]
            {
                Parse(ApiPath()),
                DeviceSnippet("public static class Probe { public static object Make() { return new System.Net.Http.HttpClient(); } }"),
            });

            Assert.IsTrue(errors.Any(e => e.Contains("CS0234", StringComparison.Ordinal) && e.Contains("'Http'", StringComparison.Ordinal)),
                "expected CS0234 for System.Net.Http, got:\n" + string.Join("\n", errors));
        }

        [TestMethod]
        public void ACoreLibraryMemberNanoFrameworkLacksIsAFinding()
        {
            // Compiles fine, but binds to String.Format(String, Object), which nanoFramework's mscorlib does not have.
            var (image, errors) = Compile("Snippet", new[]
            {
                Parse(ApiPath()),
                DeviceSnippet("public static class Probe { public static string Say() { return string.Format(\"{0}\", nanoFramework.Hardware.Esp32.HighResTimer.GetCurrent()); } }"),
            });
            Assert.AreEqual(0, errors.Count, string.Join("\n", errors));

            var findings = NanoFrameworkGate.Inspect(image, Allowlist());
            Assert.IsTrue(findings.Any(f => f.Contains("System.String System.String::Format(System.String,System.Object)", StringComparison.Ordinal)
                    && f.Contains("Probe::Say", StringComparison.Ordinal)),
                "expected a finding for String.Format(String, Object), got:\n" + string.Join("\n", findings));
        }

        [TestMethod]
        public void TheApiFileItselfPassesTheGate()
        {
            // The stubs' own references (base types and constructors) are mscorlib members too.
            var (image, errors) = Compile("Api", new[] { Parse(ApiPath()) });
            Assert.AreEqual(0, errors.Count, string.Join("\n", errors));

            var findings = NanoFrameworkGate.Inspect(image, Allowlist());
            Assert.AreEqual(0, findings.Count, string.Join("\n", findings));
        }

        private static (byte[] Image, List<string> Errors) Compile(string name, IEnumerable<SyntaxTree> trees)
        {
            // The host's core library stands in for nanoFramework's mscorlib; every other library type must come
            // from the API file, so no other assembly is referenced.
            string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var references = new[]
            {
                MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll")),
            };

            var compilation = CSharpCompilation.Create(
                name,
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            var errors = result.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString())
                .ToList();
            return (result.Success ? image.ToArray() : null, errors);
        }

        private static IEnumerable<string> FirmwareSources()
        {
            string root = RepositoryRoot();
            return SharedSources(root, "DdnsAgent/Core/DdnsAgent.Core.projitems")
                .Concat(FirmwareProjectSources(root))
                .Append(ApiPath());
        }

        /// <summary>The files DdnsAgent.nfproj compiles, from its Compile items.</summary>
        private static IEnumerable<string> FirmwareProjectSources(string root)
        {
            string folder = Path.Combine(root, "DdnsAgent", "Firmware");
            return XDocument.Load(Path.Combine(folder, "DdnsAgent.nfproj"))
                .Descendants(MsBuild + "Compile")
                .Select(e => Path.Combine(folder, ((string)e.Attribute("Include")).Replace('\\', Path.DirectorySeparatorChar)));
        }

        /// <summary>The files a shared project compiles, from its Compile items.</summary>
        private static IEnumerable<string> SharedSources(string root, string projitems)
        {
            string folder = Path.GetDirectoryName(Path.Combine(root, projitems));
            return XDocument.Load(Path.Combine(root, projitems))
                .Descendants(MsBuild + "Compile")
                .Select(e => ((string)e.Attribute("Include")).Replace("$(MSBuildThisFileDirectory)", string.Empty))
                .Select(relative => Path.Combine(folder, relative.Replace('\\', Path.DirectorySeparatorChar)));
        }

        private static SyntaxTree Parse(string path) => CSharpSyntaxTree.ParseText(File.ReadAllText(path), DeviceOptions, path);

        private static SyntaxTree DeviceSnippet(string code) => CSharpSyntaxTree.ParseText(code, DeviceOptions, "Probe.cs");

        private static ISet<string> Allowlist() =>
            NanoFrameworkGate.LoadAllowlist(Path.Combine(AppContext.BaseDirectory, "Gate", "nanoframework-allowlist.txt"));

        private static string ApiPath() => Path.Combine(RepositoryRoot(), "DdnsAgent.Tests", "Host", "Gate", "nanoframework-device-api.cs.txt");

        private static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "DdnsAgent.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("DdnsAgent.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
