using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// What a nanoFramework project file (.nfproj) builds: its assembly name and kind, the sources it compiles
    /// (its own Compile items and those of the shared projects it imports), the nanoFramework projects it
    /// references and the packages its references point into. Read from the file itself, so that the host tests
    /// compile exactly what Visual Studio would.
    /// </summary>
    public sealed class NanoProject
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static readonly Regex PackageHintPath = new Regex(@"\\packages\\(?<id>[A-Za-z0-9.]+?)\.\d+\.\d+\.\d+\\lib\\");

        private NanoProject(string path)
        {
            Path = System.IO.Path.GetFullPath(path);
            var document = XDocument.Load(Path);
            string Property(string name) => document.Descendants(MsBuild + name).Select(e => e.Value.Trim()).FirstOrDefault();

            Name = System.IO.Path.GetFileNameWithoutExtension(Path);
            RelativePath = System.IO.Path.GetRelativePath(Repository.Root, Path).Replace('\\', '/');
            AssemblyName = Property("AssemblyName");
            OutputType = Property("OutputType");
            ProjectGuid = Property("ProjectGuid")?.Trim('{', '}').ToUpperInvariant();
            IsTestProject = string.Equals(Property("IsTestProject"), "true", StringComparison.OrdinalIgnoreCase);

            OwnSources = document.Descendants(MsBuild + "Compile").Select(e => Resolve((string)e.Attribute("Include"))).ToList();
            SharedImports = document.Descendants(MsBuild + "Import")
                .Where(e => (string)e.Attribute("Label") == "Shared")
                .Select(e => Resolve((string)e.Attribute("Project")))
                .ToList();
            ProjectReferences = document.Descendants(MsBuild + "ProjectReference").Select(e => Resolve((string)e.Attribute("Include"))).ToList();
            Packages = document.Descendants(MsBuild + "HintPath")
                .Select(e => PackageHintPath.Match(e.Value))
                .Where(m => m.Success)
                .Select(m => m.Groups["id"].Value)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        public string Path { get; }

        /// <summary>The project file's name without extension, e.g. DdnsAgent.Tests.Device.Engine.</summary>
        public string Name { get; }

        /// <summary>The path from the repository root, with forward slashes.</summary>
        public string RelativePath { get; }

        public string AssemblyName { get; }

        public string OutputType { get; }

        public string ProjectGuid { get; }

        public bool IsTestProject { get; }

        public IReadOnlyList<string> OwnSources { get; }

        /// <summary>The .projitems files the project imports, as full paths.</summary>
        public IReadOnlyList<string> SharedImports { get; }

        /// <summary>The .nfproj files the project references, as full paths.</summary>
        public IReadOnlyList<string> ProjectReferences { get; }

        /// <summary>The ids of the packages its references' HintPaths point into.</summary>
        public IReadOnlyList<string> Packages { get; }

        /// <summary>Every file the project compiles: its own, then each imported shared project's.</summary>
        public IEnumerable<string> Sources => OwnSources.Concat(SharedImports.SelectMany(SharedProjectSources));

        /// <summary>Every nanoFramework project in the repository (outside build output and packages).</summary>
        public static IReadOnlyList<NanoProject> All()
        {
            return Directory.GetFiles(Repository.Root, "*.nfproj", SearchOption.AllDirectories)
                .Where(path => !Repository.IsGenerated(path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(Load)
                .ToList();
        }

        public static NanoProject Load(string path) => new NanoProject(path);

        /// <summary>The files a shared project (.projitems) compiles, as full paths.</summary>
        public static IEnumerable<string> SharedProjectSources(string projitems) =>
            Repository.CompileItems(System.IO.Path.GetRelativePath(Repository.Root, projitems));

        public override string ToString() => RelativePath;

        private string Resolve(string msbuildPath) =>
            System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path), msbuildPath.Replace('\\', System.IO.Path.DirectorySeparatorChar)));
    }
}
