using System.Threading.Tasks;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    [TestClass]
    public sealed class CheckCommandTests
    {
        [TestMethod]
        public async Task PrintsThePublicAddressAndSendsNoUpdate()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun run = rig.Run("check");

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "detected IPv4: " + TestAddresses.PublicIPv4);
            Assert.AreEqual(1, rig.Reflector.RequestCount(CliRig.ReflectorPath));
            Assert.AreEqual(0, rig.UpdateRequests);
        }

        [TestMethod]
        public async Task ExitsWithTwoWhenNoPublicAddressIsFound()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.Reflector.Serve(CliRig.ReflectorPath, ReflectorFormat.PlainText, TestAddresses.PrivateIPv4);

            ProgramRun run = rig.Run("check");

            Assert.AreEqual(2, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "detected IPv4: not found");
            Assert.AreEqual(0, rig.UpdateRequests);
        }
    }
}
