using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// The firmware builds only with the nanoFramework tools, which this machine lacks; DeviceBuild compiles it
    /// against nanoFramework's real mscorlib, Core's libraries and the checked API stubs of the other packages
    /// (Gate/nanoframework-device-api.cs.txt, Gate/nanoframework-system-text-api.cs.txt). These tests show that the
    /// stubs hold the firmware to nanoFramework's API (DeviceAssembliesTests checks that every device project compiles).
    /// </summary>
    [TestClass]
    public sealed class FirmwareGateTests
    {
        private static readonly CSharpParseOptions DeviceOptions = DeviceCompilation.Options("DEBUG");

        [TestMethod]
        public void TheFirmwareReferencesTheCoreLibrariesAndCompilesAgainstThem()
        {
            var firmware = DeviceBuild.Of("DdnsAgent/Firmware/DdnsAgent.nfproj");
            Assert.AreEqual(0, firmware.Errors.Count, string.Join("\n", firmware.Errors));
            foreach (string library in CoreLibraries.Projects)
            {
                Assert.IsTrue(firmware.Project.ProjectReferences.Any(p => p.EndsWith(library.Replace('/', System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal)),
                    "the firmware does not reference " + library);
            }

            Assert.IsFalse(firmware.Project.SharedImports.Any(), "the firmware compiles Core in again: " + string.Join(", ", firmware.Project.SharedImports));
        }

        [TestMethod]
        public void ALibraryMemberMissingFromTheApiDoesNotCompile()
        {
            // nanoFramework's File has no ReadAllText.
            var errors = Compile("public static class Probe { public static string Read() { return System.IO.File.ReadAllText(\"I:\\\\a.txt\"); } }");
            Assert.IsTrue(errors.Any(e => e.Contains("CS0117", StringComparison.Ordinal) && e.Contains("ReadAllText", StringComparison.Ordinal)),
                "expected CS0117 for File.ReadAllText, got:\n" + string.Join("\n", errors));
        }

        [TestMethod]
        public void AHostOnlyLibraryTypeDoesNotCompile()
        {
            // System.Net.Http.HttpClient is not declared in the API file.
            var errors = Compile("public static class Probe { public static object Make() { return new System.Net.Http.HttpClient(); } }");
            Assert.IsTrue(errors.Any(e => e.Contains("CS0234", StringComparison.Ordinal) && e.Contains("'Http'", StringComparison.Ordinal)),
                "expected CS0234 for System.Net.Http, got:\n" + string.Join("\n", errors));
        }

        [TestMethod]
        public void StreamIsNotInTheRealMscorlib()
        {
            // Why the device API file declares System.IO.Stream (package nanoFramework.System.IO.Streams).
            var (_, errors) = DeviceCompilation.Compile("Probe", new[] { CSharpSyntaxTree.ParseText("public static class Probe { public static System.IO.Stream S; }", DeviceOptions) });
            Assert.IsTrue(errors.Any(e => e.Contains("Stream", StringComparison.Ordinal)), string.Join("\n", errors));
        }

        [TestMethod]
        [DataRow("nanoFramework.DeviceLibraries")]
        [DataRow("nanoFramework.System.Text")]
        [DataRow("nanoFramework.TestFramework")]
        public void TheApiStubsCompileAgainstTheRealMscorlibWithoutGenerics(string package)
        {
            var stub = (PortableExecutableReference)DeviceBuild.PackageReference(package == "nanoFramework.DeviceLibraries" ? "any other package" : package);
            using var metadata = stub.GetMetadata() as AssemblyMetadata;
            Assert.IsNotNull(metadata);
            var image = metadata.GetModules()[0].GetMetadataReader();
            Assert.AreEqual(package, image.GetString(image.GetAssemblyDefinition().Name));
            Assert.AreEqual(0, image.TypeDefinitions.Select(h => image.GetTypeDefinition(h)).Count(t => t.GetGenericParameters().Count > 0));
        }

        private static List<string> Compile(string code)
        {
            var references = new[] { DeviceBuild.PackageReference("nanoFramework.Runtime.Native"), DeviceBuild.PackageReference("nanoFramework.System.Text") };
            return DeviceCompilation.Compile("Snippet", new[] { CSharpSyntaxTree.ParseText(code, DeviceOptions, "Probe.cs") }, references).Errors;
        }
    }
}
