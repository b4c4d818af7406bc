using System.Collections.Generic;
using System.IO;
using DdnsAgent.Host.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    [TestClass]
    public sealed class HostPathsTests
    {
        private static readonly Dictionary<string, string> Environment = new Dictionary<string, string>
        {
            [HostPaths.ConfigVariable] = "/etc/ddns-agent/ddns-agent.json",
            [HostPaths.StateVariable] = "/var/lib/ddns-agent",
        };

        [TestMethod]
        public void OptionsComeFirst()
        {
            HostPaths paths = HostPaths.Resolve("/srv/a.json", "/srv/state", name => Environment[name]);

            Assert.AreEqual(Path.GetFullPath("/srv/a.json"), paths.ConfigFile);
            Assert.AreEqual(Path.GetFullPath("/srv/state"), paths.StateDirectory);
        }

        [TestMethod]
        public void TheEnvironmentComesNext()
        {
            HostPaths paths = HostPaths.Resolve(null, " ", name => Environment[name]);

            Assert.AreEqual(Path.GetFullPath("/etc/ddns-agent/ddns-agent.json"), paths.ConfigFile);
            Assert.AreEqual(Path.GetFullPath("/var/lib/ddns-agent"), paths.StateDirectory);
        }

        [TestMethod]
        public void TheWorkingDirectoryIsTheDefault()
        {
            HostPaths paths = HostPaths.Resolve(null, null, name => null);

            Assert.AreEqual(Path.GetFullPath("ddns-agent.json"), paths.ConfigFile);
            Assert.AreEqual(Path.GetFullPath("state"), paths.StateDirectory);
        }
    }
}
