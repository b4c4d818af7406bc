using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DdnsAgent.Tests.Support;
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
        // DEBUG too: a debug build keeps the firmware's Debug.WriteLine calls, so they are checked as well.
        private static readonly CSharpParseOptions DeviceOptions = DeviceCompilation.Options("DEBUG");

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
                        string folder = Repository.PathOf("DdnsAgent", "Firmware");
            var listed = new HashSet<string>(FirmwareProjectSources().Select(Path.GetFullPath), StringComparer.Ordinal);
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

        private static (byte[] Image, List<string> Errors) Compile(string name, IEnumerable<SyntaxTree> trees) => DeviceCompilation.Compile(name, trees);

        private static IEnumerable<string> FirmwareSources()
        {
            return Repository.CompileItems("DdnsAgent/Core/DdnsAgent.Core.projitems")
                .Concat(FirmwareProjectSources())
                .Append(ApiPath());
        }

        /// <summary>The files DdnsAgent.nfproj compiles, from its Compile items.</summary>
        private static IEnumerable<string> FirmwareProjectSources() => Repository.CompileItems("DdnsAgent/Firmware/DdnsAgent.nfproj");

        private static SyntaxTree Parse(string path) => CSharpSyntaxTree.ParseText(File.ReadAllText(path), DeviceOptions, path);

        private static SyntaxTree DeviceSnippet(string code) => CSharpSyntaxTree.ParseText(code, DeviceOptions, "Probe.cs");

        private static ISet<string> Allowlist() =>
            NanoFrameworkGate.LoadAllowlist(Path.Combine(AppContext.BaseDirectory, "Gate", "nanoframework-allowlist.txt"));

        private static string ApiPath() => Repository.PathOf("DdnsAgent.Tests", "Host", "Gate", "nanoframework-device-api.cs.txt");
    }
}
