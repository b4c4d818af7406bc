using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Core's layering, name by name: each type a library's sources name, in code or in a documentation cref, and each
    /// DdnsAgent namespace they import, must be the library's own or come from a library its project references. The
    /// device compile (DeviceBuild, DdnsAgent/Core.Nano) refuses the same code with a compiler error about a missing
    /// name; this check says which file uses which type of which library, and it also reads crefs, which no device
    /// build compiles. All the libraries are compiled together here (as on the host), so every name binds.
    /// </summary>
    public static class LibraryLayering
    {
        /// <summary>One line per use of a type or namespace that the using library's project does not reference.</summary>
        /// <param name="libraries">The libraries' projects; each compiles the shared projects it imports.</param>
        /// <param name="extra">More sources, each in the library of the given assembly name (for this check's own tests).</param>
        public static IReadOnlyList<string> Check(IReadOnlyList<NanoProject> libraries, params (string Library, string Path, string Source)[] extra)
        {
            var options = DeviceCompilation.Options("DEBUG").WithDocumentationMode(DocumentationMode.Parse);
            var libraryOf = new Dictionary<SyntaxTree, NanoProject>();
            foreach (var library in libraries)
            {
                foreach (string path in library.SharedImports.SelectMany(NanoProject.SharedProjectSources))
                {
                    libraryOf[DeviceCompilation.ParseFile(path, options)] = library;
                }
            }

            foreach (var (name, path, source) in extra)
            {
                libraryOf[CSharpSyntaxTree.ParseText(source, options, Repository.PathOf(path))] = libraries.Single(l => l.AssemblyName == name);
            }

            var compilation = CSharpCompilation.Create("Layering", libraryOf.Keys, new[] { DeviceCompilation.Mscorlib },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var namespacesOf = libraries.ToDictionary(l => l, l => new HashSet<string>(StringComparer.Ordinal));
            foreach (var (tree, library) in libraryOf)
            {
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
                {
                    // A namespace exists in a library when it, or one inside it, declares a type there.
                    for (string name = declaration.Name.ToString(); name.Length > 0; name = name.Contains('.', StringComparison.Ordinal) ? name.Substring(0, name.LastIndexOf('.')) : "")
                    {
                        namespacesOf[library].Add(name);
                    }
                }
            }

            var findings = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (tree, library) in libraryOf)
            {
                bool Sees(NanoProject other) => other == library || library.ProjectReferences.Contains(other.Path);
                var model = compilation.GetSemanticModel(tree);
                string file = Relative(tree.FilePath);
                foreach (var node in tree.GetRoot().DescendantNodes(descendIntoTrivia: true))
                {
                    int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    if (node is UsingDirectiveSyntax directive && directive.Alias == null && directive.StaticKeyword.RawKind == 0)
                    {
                        string name = directive.Name.ToString();
                        if (name.StartsWith("DdnsAgent", StringComparison.Ordinal) && !namespacesOf.Any(n => Sees(n.Key) && n.Value.Contains(name)))
                        {
                            var owners = namespacesOf.Where(n => n.Value.Contains(name)).Select(n => n.Key.AssemblyName);
                            findings.Add(file + ":" + line + ": " + library.AssemblyName + " imports the namespace " + name + ", which only "
                                + string.Join(" and ", owners) + " declares, and " + library.AssemblyName + " does not reference it" + Advice(library));
                        }

                        continue;
                    }

                    if (node is not SimpleNameSyntax && node is not CrefSyntax)
                    {
                        continue;
                    }

                    var info = model.GetSymbolInfo(node);
                    var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                    if (symbol == null && node is CrefSyntax && !node.Ancestors().OfType<CrefSyntax>().Any())
                    {
                        // On the host no build reads documentation either: a cref that names nothing is found here only.
                        findings.Add(file + ":" + line + ": the cref \"" + node + "\" names no type or member (did one move to another namespace?)");
                        continue;
                    }

                    var type = TypeOf(symbol);
                    var declaredIn = type?.DeclaringSyntaxReferences
                        .Select(r => r.SyntaxTree)
                        .Where(libraryOf.ContainsKey)
                        .OrderBy(t => Path.GetFileNameWithoutExtension(t.FilePath) == type.Name ? 0 : 1) // a partial type: its main file
                        .ThenBy(t => t.FilePath, StringComparer.Ordinal)
                        .FirstOrDefault();
                    if (declaredIn == null || Sees(libraryOf[declaredIn]))
                    {
                        continue;
                    }

                    findings.Add(file + ":" + line + ": " + library.AssemblyName + " uses " + type.ToDisplayString() + " (" + Relative(declaredIn.FilePath)
                        + "), a type of " + libraryOf[declaredIn].AssemblyName + ", which " + library.AssemblyName + " does not reference" + Advice(library));
                }
            }

            return findings.ToList();
        }

        private static string Advice(NanoProject library) =>
            ": a library uses only its own types and those of the libraries below it (README, \"Portable code rules\"); move the type down to a folder of "
            + library.AssemblyName + " or below, or the code up";

        /// <summary>The type a name stands for: the type itself, or the type that declares the member it names.</summary>
        private static INamedTypeSymbol TypeOf(ISymbol symbol)
        {
            var type = symbol switch
            {
                IAliasSymbol alias => alias.Target as INamedTypeSymbol,
                INamedTypeSymbol named => named,
                IMethodSymbol or IFieldSymbol or IPropertySymbol or IEventSymbol => symbol.ContainingType,
                _ => null,
            };
            while (type?.ContainingType != null)
            {
                type = type.ContainingType;
            }

            return type?.OriginalDefinition;
        }

        private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
    }
}
