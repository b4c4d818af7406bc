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
    /// The device test project (DdnsAgent.Tests/Device) compiles the portable tests and Core for nanoFramework,
    /// which this machine cannot build. This test does the nearest thing: it compiles the same files, as the two
    /// shared projects list them, with NANOFRAMEWORK_1_0 defined and against the API of nanoFramework.TestFramework
    /// (Gate/nanoframework-testframework-api.cs.txt), then runs the nanoFramework gate over the result, so that a
    /// portable test using an assertion or a BCL member the device lacks fails here.
    /// </summary>
    [TestClass]
    public sealed class PortableTestsGateTests
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        // Compiling Core and the portable tests takes seconds: both tests share one compilation.
        private static readonly Lazy<(byte[] Image, List<string> Errors)> Device = new Lazy<(byte[] Image, List<string> Errors)>(CompileForDevice);

        [TestMethod]
        public void PortableTestsCompileForNanoFramework()
        {
            var (image, errors) = Device.Value;
            Assert.AreEqual(0, errors.Count, "the portable tests do not compile against nanoFramework.TestFramework:\n" + string.Join("\n", errors));
            Assert.IsNotNull(image);
        }

        [TestMethod]
        public void PortableTestsUseOnlyWhatNanoFrameworkHas()
        {
            var (image, errors) = Device.Value;
            Assert.AreEqual(0, errors.Count, "see PortableTestsCompileForNanoFramework:\n" + string.Join("\n", errors));

            var allowlist = NanoFrameworkGate.LoadAllowlist(Path.Combine(AppContext.BaseDirectory, "Gate", "nanoframework-allowlist.txt"));
            var findings = NanoFrameworkGate.Inspect(image, allowlist);
            Assert.AreEqual(0, findings.Count, "the portable tests are not nanoFramework 1.x code:\n" + string.Join("\n", findings));
        }

        private static (byte[] Image, List<string> Errors) CompileForDevice()
        {
            string root = RepositoryRoot();
            var options = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });
            var trees = SharedSources(root, "DdnsAgent/Core/DdnsAgent.Core.projitems")
                .Concat(SharedSources(root, "DdnsAgent.Tests/Portable/DdnsAgent.Tests.Portable.projitems"))
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
                .ToList();
            string api = Path.Combine(root, "DdnsAgent.Tests", "Host", "Gate", "nanoframework-testframework-api.cs.txt");
            trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(api), options, api));

            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES"))
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
                .Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create(
                "NFUnitTest",
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

        /// <summary>The files a shared project compiles, from its Compile items.</summary>
        private static IEnumerable<string> SharedSources(string root, string projitems)
        {
            string folder = Path.GetDirectoryName(Path.Combine(root, projitems));
            return XDocument.Load(Path.Combine(root, projitems))
                .Descendants(MsBuild + "Compile")
                .Select(e => ((string)e.Attribute("Include")).Replace("$(MSBuildThisFileDirectory)", string.Empty))
                .Select(relative => Path.Combine(folder, relative.Replace('\\', Path.DirectorySeparatorChar)));
        }

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
