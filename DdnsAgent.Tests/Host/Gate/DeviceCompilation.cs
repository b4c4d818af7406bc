using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Compiles sources as a nanoFramework project would (C# 9, NANOFRAMEWORK_1_0 defined), with the host's
    /// core library standing in for nanoFramework's mscorlib and nothing else referenced: every other library
    /// type must come from an API file among the sources. The image then goes through the nanoFramework gate.
    /// </summary>
    internal static class DeviceCompilation
    {
        public static CSharpParseOptions Options(params string[] extraSymbols) =>
            new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" }.Concat(extraSymbols));

        public static SyntaxTree ParseFile(string path, CSharpParseOptions options) =>
            CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path);

        public static (byte[] Image, List<string> Errors) Compile(string assemblyName, IEnumerable<SyntaxTree> trees)
        {
            string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var references = new[]
            {
                MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll")),
            };

            var compilation = CSharpCompilation.Create(
                assemblyName,
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
    }
}
