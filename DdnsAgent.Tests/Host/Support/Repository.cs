using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DdnsAgent.Tests.Support
{
    /// <summary>Where the repository is, for tests that read its project files, sources and README.</summary>
    internal static class Repository
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        public static readonly string Root = FindRoot();

        public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        /// <summary>The files a project compiles (a shared project's projitems or an nfproj), as full paths.</summary>
        public static IEnumerable<string> CompileItems(string projectFile)
        {
            string path = Path.Combine(Root, projectFile);
            string folder = Path.GetDirectoryName(path);
            return XDocument.Load(path)
                .Descendants(MsBuild + "Compile")
                .Select(e => ((string)e.Attribute("Include")).Replace("$(MSBuildThisFileDirectory)", string.Empty))
                .Select(relative => Path.GetFullPath(Path.Combine(folder, relative.Replace('\\', Path.DirectorySeparatorChar))))
                .ToList();
        }

        /// <summary>True for a path inside build output or restored packages (bin, obj, packages, TestResults).</summary>
        public static bool IsGenerated(string path)
        {
            string relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
            return relative.StartsWith("packages/", StringComparison.Ordinal)
                || relative.Split('/').Any(part => part == "bin" || part == "obj" || part == "TestResults");
        }

        private static string FindRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "DdnsAgent.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("the repository root (DdnsAgent.sln) was not found above " + AppContext.BaseDirectory);
        }
    }
}
