using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>One nanoFramework project compiled on the host: its image, or the compiler's errors.</summary>
    public sealed class DeviceAssembly
    {
        public DeviceAssembly(NanoProject project, byte[] image, IReadOnlyList<string> errors)
        {
            Project = project;
            Image = image;
            Errors = errors;
        }

        public NanoProject Project { get; }

        public byte[] Image { get; }

        public IReadOnlyList<string> Errors { get; }

        /// <summary>The project's name and assembly name, e.g. "DdnsAgent.Tests.Device.Engine (NFUnitTest.dll)".</summary>
        public string DisplayName => Project.Name + " (" + Project.AssemblyName + (Project.OutputType == "Exe" ? ".exe)" : ".dll)");
    }

    /// <summary>
    /// Builds every nanoFramework project of the repository the way the nanoFramework tools would, as far as this
    /// machine can: the sources the project file names, against nanoFramework's real mscorlib, the assemblies of
    /// the nanoFramework projects it references (built first), and the checked API stubs of the packages it
    /// references that cannot be restored here. Debug configuration (DEBUG defined, no optimisation), as Visual
    /// Studio builds by default. Each project is compiled once per test run.
    /// </summary>
    public static class DeviceBuild
    {
        private static readonly ConcurrentDictionary<string, Lazy<DeviceAssembly>> Built = new ConcurrentDictionary<string, Lazy<DeviceAssembly>>(StringComparer.Ordinal);

        /// <summary>Every nanoFramework project in the repository, built.</summary>
        public static IReadOnlyList<DeviceAssembly> All() => NanoProject.All().Select(Of).ToList();

        /// <summary>The project at a path relative to the repository root, built.</summary>
        public static DeviceAssembly Of(string relativePath) => Of(NanoProject.Load(DdnsAgent.Tests.Support.Repository.PathOf(relativePath)));

        public static DeviceAssembly Of(NanoProject project) =>
            Built.GetOrAdd(project.Path, _ => new Lazy<DeviceAssembly>(() => Compile(project))).Value;

        /// <summary>The reference assembly that stands in for a nanoFramework package; null for mscorlib and for packages of tools.</summary>
        public static MetadataReference PackageReference(string packageId)
        {
            switch (packageId)
            {
                case "nanoFramework.CoreLibrary":
                    return null; // the real one, always referenced
                case "nanoFramework.System.Text":
                    return SystemText;
                case "nanoFramework.TestFramework":
                    return DeviceCompilation.Stub("nanoFramework.TestFramework", "nanoframework-testframework-api.cs.txt");
                default:
                    // Every other package the firmware uses is declared in one checked API file.
                    return DeviceCompilation.Stub("nanoFramework.DeviceLibraries", "nanoframework-device-api.cs.txt", SystemText);
            }
        }

        private static MetadataReference SystemText => DeviceCompilation.Stub("nanoFramework.System.Text", "nanoframework-system-text-api.cs.txt");

        private static DeviceAssembly Compile(NanoProject project)
        {
            var references = new List<MetadataReference>();
            foreach (string referenced in project.ProjectReferences)
            {
                var dependency = Of(NanoProject.Load(referenced));
                if (dependency.Image == null)
                {
                    return new DeviceAssembly(project, null, new[] { "the referenced project " + dependency.Project + " does not compile:" }.Concat(dependency.Errors).ToList());
                }

                references.Add(MetadataReference.CreateFromImage(dependency.Image));
            }

            references.AddRange(project.Packages.Select(PackageReference).Where(r => r != null).Distinct());
            var options = DeviceCompilation.Options("DEBUG");
            var (image, errors) = DeviceCompilation.Compile(
                project.AssemblyName,
                project.Sources.Select(path => DeviceCompilation.ParseFile(path, options)),
                references,
                exe: project.OutputType == "Exe");
            return new DeviceAssembly(project, image, errors);
        }
    }
}
