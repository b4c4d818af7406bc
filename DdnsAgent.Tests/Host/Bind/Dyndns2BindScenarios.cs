using System.Linq;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using DdnsAgent.Tests.Integration;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>
    /// The dyndns2 path proves itself in real DNS: the emulated provider publishes what it accepts into the test
    /// BIND over RFC 2136 (with nsupdate), so after `good` the name must resolve to the new address, asked with dig;
    /// and the agent, given the zone's server as dns.server, proves the same on its own.
    /// </summary>
    [TestClass]
    public sealed class Dyndns2BindScenarios
    {
        [TestMethod]
        public async Task AfterGoodTheNameResolvesToTheNewAddress()
        {
            BindServer bind = BindServer.Require();
            string name = bind.UniqueName("dyn").TrimEnd('.');
            var provider = new Dyndns2EmulatorOptions().AddAccount(ScenarioRig.User, ScenarioRig.Password, name).PublishTo(new BindZonePublisher(bind));
            await using ScenarioRig rig = await ScenarioRig.StartAsync(provider);
            Settings settings = rig.DefaultSettings();
            settings.Hostnames = new[] { name };
            settings.DnsServer = bind.Address;
            settings.DnsPort = bind.Port;
            rig.Boot(settings);

            rig.Tick();
            Assert.AreEqual("good " + TestAddresses.PublicIPv4, rig.Emulator.Exchanges.Single().Body);
            CollectionAssert.AreEqual(new[] { TestAddresses.PublicIPv4 }, bind.Dig(name, "A"));

            rig.RunFor(5);
            Assert.AreEqual(1, rig.Dns.Queries().Count);
            StringAssert.Contains(rig.Status(), "last answer good\r\n    published: yes (as of ");
            Assert.IsTrue(rig.Events.Any(e => e.Contains("published: " + name + ": its DNS server answers " + TestAddresses.PublicIPv4)), string.Join("\n", rig.Events));

            rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);
            rig.RunFor(600);
            Assert.AreEqual("good " + TestAddresses.OtherPublicIPv4, rig.Emulator.Exchanges.Last().Body);
            CollectionAssert.AreEqual(new[] { TestAddresses.OtherPublicIPv4 }, bind.Dig(name, "A"));
            StringAssert.Contains(rig.Status(), "  " + name + " IPv4 " + TestAddresses.OtherPublicIPv4 + ", confirmed ");
            StringAssert.Contains(rig.Status(), "    published: yes (as of ");
            Assert.AreEqual(0, rig.Dns.Updates().Count, "a dyndns2 agent only asks DNS, never updates it");
            Assert.IsTrue(rig.Dns.Calls.All(c => c.Server == bind.Address && c.Port == bind.Port));
            Assert.AreEqual(0, rig.Emulator.PublishFailures.Count, string.Join("\n", rig.Emulator.PublishFailures));
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task WhenTheProvidersDnsRefusesTheAgentWaitsHalfAnHour()
        {
            BindServer bind = BindServer.Require();
            string outside = "dyn-outside.not-the-zone.test"; // BIND serves no such zone: NOTAUTH, so the provider answers dnserr
            var provider = new Dyndns2EmulatorOptions().AddAccount(ScenarioRig.User, ScenarioRig.Password, outside).PublishTo(new BindZonePublisher(bind));
            await using ScenarioRig rig = await ScenarioRig.StartAsync(provider);
            Settings settings = rig.DefaultSettings();
            settings.Hostnames = new[] { outside };
            rig.Boot(settings);

            rig.Tick();
            rig.RunFor(29 * 60);

            Assert.AreEqual("dnserr", rig.Emulator.Exchanges.Single().Body);
            StringAssert.StartsWith(rig.Emulator.PublishFailures.Single(), outside + ": ");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            rig.RunFor(10 * 60);
            Assert.AreEqual(2, rig.Emulator.Exchanges.Count, "tried again after 30 minutes");
        }
    }
}
