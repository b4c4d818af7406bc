using System.Collections.Generic;
using System.Linq;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// Core's device libraries, bottom to top: on the device the Core folders build into three nanoFramework class
    /// libraries (tools/update-projitems.sh assigns each folder to one), and a library references exactly the ones
    /// below it. On the host, DdnsAgent.Core.Net compiles all three shared projects into one assembly.
    /// </summary>
    public static class CoreLibraries
    {
        /// <summary>The libraries' projects, bottom first, as paths from the repository root.</summary>
        public static readonly IReadOnlyList<string> Projects = new[]
        {
            "DdnsAgent/Core/DdnsAgent.Core.nfproj",
            "DdnsAgent/Engine/DdnsAgent.Engine.nfproj",
            "DdnsAgent/Console/DdnsAgent.Console.nfproj",
        };

        /// <summary>Each library's assembly name, bottom first: DdnsAgent.Core, DdnsAgent.Engine, DdnsAgent.Console.</summary>
        public static IReadOnlyList<string> Names => Projects.Select(p => System.IO.Path.GetFileNameWithoutExtension(p)).ToList();

        /// <summary>The shared project that holds a library's sources: DdnsAgent/Core/&lt;name&gt;.projitems.</summary>
        public static string SharedProjectOf(string name) => "DdnsAgent/Core/" + name + ".projitems";

        /// <summary>The libraries' projects, loaded, bottom first.</summary>
        public static IReadOnlyList<NanoProject> Load() =>
            Projects.Select(p => NanoProject.Load(DdnsAgent.Tests.Support.Repository.PathOf(p))).ToList();

        /// <summary>The libraries compiled for the device, bottom first (an image is null when its library does not compile).</summary>
        public static IReadOnlyList<DeviceAssembly> Built() => Projects.Select(DeviceBuild.Of).ToList();
    }
}
