using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DdnsAgent.Status;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>The everyday life of the agent against a real provider: register, stay quiet, follow a change.</summary>
    [TestClass]
    public sealed class UpdateScenarios
    {
        [TestMethod]
        public async Task TheFirstCheckRegistersTheDetectedAddress()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Boot(rig.DefaultSettings());
            Assert.IsTrue(rig.Started, string.Join("\n", rig.Events));

            rig.Tick();

            Assert.AreEqual(1, rig.UpdateRequests);
            Dyndns2Exchange exchange = rig.Emulator.Exchanges[0];
            Assert.AreEqual("GET", exchange.Method);
            Assert.IsTrue(exchange.IsHttps);
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=81.2.69.160", exchange.PathAndQuery);
            Assert.AreEqual(ScenarioRig.User, exchange.User, "the credentials were accepted");
            Assert.AreEqual("DdnsAgent - Linux - 1.0", exchange.UserAgent);
            Assert.AreEqual("good 81.2.69.160", exchange.Body);
            Assert.AreEqual(0, rig.Emulator.Violations.Count, string.Join("\n", rig.Emulator.Violations));
            Assert.AreEqual(IPAddress.Parse(TestAddresses.PublicIPv4), rig.Emulator.Addresses.Get(ScenarioRig.Hostname, AddressFamily.InterNetwork));
            Assert.AreEqual(LedState.AllGood, rig.Led);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);

            string status = rig.Status();
            StringAssert.Contains(status, "state: ");
            StringAssert.Contains(status, "detected IPv4: 81.2.69.160\r\n");
            StringAssert.Contains(status, "  home.example.org IPv4 81.2.69.160, confirmed ");
            StringAssert.Contains(status, "last answer: HTTP 200 \"good 81.2.69.160\"\r\n");
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task ChecksWithoutAChangeSendNoUpdate()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Boot(rig.DefaultSettings());
            rig.Tick();
            int reflectorRequests = rig.Reflector.RequestCount(ScenarioRig.IPv4Path);

            rig.RunFor(6 * 3600);

            Assert.IsTrue(rig.Reflector.RequestCount(ScenarioRig.IPv4Path) >= reflectorRequests + 60, "the agent kept checking every five minutes");
            Assert.AreEqual(1, rig.UpdateRequests, "an unchanged address is never sent again");
            Assert.AreEqual(LedState.AllGood, rig.Led);

            // A restart remembers what is registered: still nothing to send.
            rig.Boot();
            rig.RunFor(3600);
            Assert.AreEqual(1, rig.UpdateRequests, "a restart does not cause an update");
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task AnAddressChangeSendsExactlyOneUpdateWithTheNewAddress()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Boot(rig.DefaultSettings());
            rig.Tick();

            rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);
            rig.RunFor(3 * 3600);

            Assert.AreEqual(2, rig.UpdateRequests, "one update for the change, then quiet");
            Dyndns2Exchange change = rig.Emulator.Exchanges[1];
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=81.2.69.161", change.PathAndQuery);
            Assert.AreEqual("good 81.2.69.161", change.Body);
            Assert.AreEqual(IPAddress.Parse(TestAddresses.OtherPublicIPv4), rig.Emulator.Addresses.Get(ScenarioRig.Hostname, AddressFamily.InterNetwork));
            Assert.AreEqual(LedState.AllGood, rig.Led);
            StringAssert.Contains(rig.Status(), "  home.example.org IPv4 81.2.69.161, confirmed ");
            Assert.AreEqual(0, rig.Emulator.Violations.Count, string.Join("\n", rig.Emulator.Violations));
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
            ScenarioAssert.SecretNeverShown(rig);
        }
    }
}
