using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Gate
{
    /// <summary>
    /// A lower library of Core never uses a type of a higher one (CoreLibraries; README, "Portable code rules").
    /// The device compile of each library against the ones below it (DeviceAssembliesTests, DdnsAgent/Core.Nano) is the
    /// proof; LibraryLayering names the file and the type, and checks documentation crefs too.
    /// </summary>
    [TestClass]
    public sealed class LibraryLayeringTests
    {
        [TestMethod]
        public void EachCoreLibraryUsesOnlyItsOwnTypesAndThoseOfTheLibrariesBelow()
        {
            var findings = LibraryLayering.Check(CoreLibraries.Load());
            Assert.AreEqual(0, findings.Count, string.Join("\n", findings));
        }

        [TestMethod]
        public void EachUseOfAHigherLibraryIsNamedWithTheFileTheTypeAndTheLibrary()
        {
            var findings = LibraryLayering.Check(
                CoreLibraries.Load(),
                ("DdnsAgent.Core", "DdnsAgent/Core/Text/UsesTheEngine.cs",
                    "namespace DdnsAgent.Text\n{\n    public static class UsesTheEngine\n    {\n        public static DdnsAgent.Engine.Agent Held;\n    }\n}\n"),
                ("DdnsAgent.Core", "DdnsAgent/Core/Dns/ImportsTheShell.cs",
                    "using DdnsAgent.Shell;\n\nnamespace DdnsAgent.Dns\n{\n    public static class ImportsTheShell\n    {\n    }\n}\n"),
                ("DdnsAgent.Engine", "DdnsAgent/Core/Engine/PointsAtTheRuntime.cs",
                    "namespace DdnsAgent.Engine\n{\n    /// <summary>Built by <see cref=\"DdnsAgent.Runtime.AgentRuntime.Start\"/>.</summary>\n    public static class PointsAtTheRuntime\n    {\n    }\n}\n"),
                ("DdnsAgent.Console", "DdnsAgent/Core/Shell/UsesBothBelow.cs",
                    "namespace DdnsAgent.Shell\n{\n    /// <summary>Reads <see cref=\"DdnsAgent.Text.Ascii\"/>.</summary>\n    public static class UsesBothBelow\n    {\n"
                    + "        public static DdnsAgent.Engine.Agent Held;\n        public static DdnsAgent.Addressing.IpAddress Address;\n    }\n}\n"));

            AssertFinding(findings, "DdnsAgent/Core/Text/UsesTheEngine.cs:5: DdnsAgent.Core uses DdnsAgent.Engine.Agent (DdnsAgent/Core/Engine/Agent.cs), a type of DdnsAgent.Engine, which DdnsAgent.Core does not reference");
            AssertFinding(findings, "DdnsAgent/Core/Dns/ImportsTheShell.cs:1: DdnsAgent.Core imports the namespace DdnsAgent.Shell, which only DdnsAgent.Console declares");
            AssertFinding(findings, "DdnsAgent/Core/Engine/PointsAtTheRuntime.cs:3: DdnsAgent.Engine uses DdnsAgent.Runtime.AgentRuntime (DdnsAgent/Core/Runtime/AgentRuntime.cs), a type of DdnsAgent.Console");
            Assert.IsFalse(findings.Any(f => f.Contains("UsesBothBelow", StringComparison.Ordinal)), "a use of a lower library is no finding:\n" + string.Join("\n", findings));
            Assert.AreEqual(3, findings.Count, string.Join("\n", findings));
        }

        private static void AssertFinding(System.Collections.Generic.IReadOnlyList<string> findings, string expected)
        {
            Assert.IsTrue(findings.Any(f => f.StartsWith(expected, StringComparison.Ordinal)), "expected a finding starting with\n" + expected + "\ngot:\n" + string.Join("\n", findings));
        }
    }
}
