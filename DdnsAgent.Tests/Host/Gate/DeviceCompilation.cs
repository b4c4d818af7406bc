using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Compiles sources as a nanoFramework project would: C# 9, NANOFRAMEWORK_1_0 defined, against nanoFramework's
    /// real mscorlib (package nanoFramework.CoreLibrary 1.17.11, restored by the test project) and nothing else but
    /// the API stubs of the nanoFramework packages that cannot be restored here (Gate/*-api.cs.txt), each compiled
    /// into its own reference assembly. A member nanoFramework lacks therefore fails to compile.
    /// </summary>
    internal static class DeviceCompilation
    {
        private static readonly ConcurrentDictionary<string, Lazy<MetadataReference>> Stubs = new ConcurrentDictionary<string, Lazy<MetadataReference>>();

        /// <summary>nanoFramework's mscorlib.dll (from the test project's PackageDownload).</summary>
        public static string MscorlibPath { get; } = typeof(DeviceCompilation).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NanoFrameworkMscorlib").Value;

        public static MetadataReference Mscorlib { get; } = MetadataReference.CreateFromFile(MscorlibPath);

        public static CSharpParseOptions Options(params string[] extraSymbols) =>
            new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" }.Concat(extraSymbols));

        public static SyntaxTree ParseFile(string path, CSharpParseOptions options) =>
            CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path);

        /// <summary>Compiles a library (or, with exe, an application) against mscorlib plus the given references.</summary>
        public static (byte[] Image, List<string> Errors) Compile(string assemblyName, IEnumerable<SyntaxTree> trees,
            IEnumerable<MetadataReference> references = null, bool exe = false, bool optimize = false)
        {
            var compilation = CSharpCompilation.Create(
                assemblyName,
                trees,
                new[] { Mscorlib }.Concat(references ?? Enumerable.Empty<MetadataReference>()),
                new CSharpCompilationOptions(
                    exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Disable,
                    optimizationLevel: optimize ? OptimizationLevel.Release : OptimizationLevel.Debug));

            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            var errors = result.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString())
                .ToList();
            return (result.Success ? image.ToArray() : null, errors);
        }

        /// <summary>
        /// An API stub file (under DdnsAgent.Tests/Host/Gate) compiled into a reference assembly of the given name,
        /// with the stubs it builds on. Compiled once per test run.
        /// </summary>
        public static MetadataReference Stub(string assemblyName, string stubFile, params MetadataReference[] dependencies)
        {
            return Stubs.GetOrAdd(assemblyName, _ => new Lazy<MetadataReference>(() =>
            {
                string path = Repository.PathOf("DdnsAgent.Tests", "Host", "Gate", stubFile);
                var (image, errors) = Compile(assemblyName, new[] { ParseFile(path, Options()) }, dependencies);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException(stubFile + " does not compile against nanoFramework's mscorlib:\n" + string.Join("\n", errors));
                }

                return MetadataReference.CreateFromImage(image);
            })).Value;
        }
    }
}
