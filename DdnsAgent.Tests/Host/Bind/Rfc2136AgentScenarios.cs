using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using DdnsAgent.Tests.Integration;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>
    /// The whole agent (AgentRuntime on the host's adapters: HTTPS detection, the host's DNS transport, state and
    /// settings files) over RFC 2136 against the real BIND: what the zone then serves is asked with dig. The
    /// agent's clock starts a little before the real time, so that the simulated minutes stay within the 5 minutes
    /// BIND allows between its clock and a signature's.
    /// </summary>
    [TestClass]
    public sealed class Rfc2136AgentScenarios
    {
        [TestMethod]
        public async Task TheAgentWritesTheDetectedAddressesIntoTheZoneAndProvesThem()
        {
            BindServer bind = BindServer.Require();
            await using ScenarioRig rig = await ScenarioRig.StartAsync(clockStart: DateTime.UtcNow.AddSeconds(-240));
            string name = Hostname(bind, "agent");
            string sibling = Hostname(bind, "sibling");
            bind.NsUpdate("update add " + sibling + ". 300 A 192.0.2.99");
            Settings settings = Settings(rig, bind, name);
            settings.IPv6 = true;
            rig.Boot(settings);
            Assert.IsTrue(rig.Started, string.Join("\n", rig.Events));

            rig.Tick();
            CollectionAssert.AreEqual(new[] { TestAddresses.PublicIPv4 }, bind.Dig(name, "A"));
            CollectionAssert.AreEqual(new[] { TestAddresses.PublicIPv6 }, bind.Dig(name, "AAAA"));
            string[] record = bind.Dig(name, "A", wholeRecords: true).Single().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            Assert.AreEqual("120", record[1], "the TTL of dns.ttl");
            Assert.AreEqual(1, rig.Dns.Updates().Count, "one message for both families");
            Assert.AreEqual(LedState.AllGood, rig.Led);
            Assert.IsTrue(rig.Events.Any(e => e.Contains("update " + name + ": NOERROR " + TestAddresses.PublicIPv4 + "," + TestAddresses.PublicIPv6)), string.Join("\n", rig.Events));

            rig.RunFor(5);
            Assert.AreEqual(2, rig.Dns.Queries().Count, "the proof asked once per record");
            string status = rig.Status();
            StringAssert.Contains(status, "  " + name + " IPv4 " + TestAddresses.PublicIPv4 + ", confirmed ");
            StringAssert.Contains(status, ", last answer NOERROR\r\n    published: yes (as of ");
            StringAssert.Contains(status, "last answer: \"NOERROR\"\r\n");
            Assert.IsTrue(rig.Events.Any(e => e.Contains("published: " + name + ": its DNS server answers " + TestAddresses.PublicIPv6)), string.Join("\n", rig.Events));

            // A new address replaces the old one: the name answers it alone.
            rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);
            rig.RunFor(340); // the check interval, give or take 10 %
            CollectionAssert.AreEqual(new[] { TestAddresses.OtherPublicIPv4 }, bind.Dig(name, "A"));
            CollectionAssert.AreEqual(new[] { TestAddresses.PublicIPv6 }, bind.Dig(name, "AAAA"), "an IPv4 change leaves AAAA alone");
            Assert.AreEqual(2, rig.Dns.Updates().Count);

            // Nothing else was touched: every exchange went to the test server, the zone's other names are as they were.
            Assert.IsTrue(rig.Dns.Calls.All(c => c.Server == bind.Address && c.Port == bind.Port), string.Join("\n", rig.Dns.Calls));
            Assert.IsTrue(rig.Transport.Calls.All(c => c.Host == "127.0.0.1" || c.Host == "localhost"), string.Join("\n", rig.Transport.Calls.Select(c => c.Host)));
            CollectionAssert.AreEqual(new[] { "192.0.2.99" }, bind.Dig(sibling, "A"));
            CollectionAssert.AreEqual(new[] { "127.0.0.1" }, bind.Dig("ns." + bind.Zone, "A"));
            AssertKeySecretNeverShown(rig, bind.KeySecret);
        }

        [TestMethod]
        public async Task AWrongSecretHaltsWithTheReason()
        {
            BindServer bind = BindServer.Require();
            await using ScenarioRig rig = await ScenarioRig.StartAsync(clockStart: DateTime.UtcNow);
            string name = Hostname(bind, "badsig");
            Settings settings = Settings(rig, bind, name);
            settings.DnsKeySecret = bind.OtherKeySecret; // the right key's name, another key's secret
            rig.Boot(settings);

            rig.Tick();
            rig.RunFor(24 * 3600);

            Assert.AreEqual(1, rig.Dns.Updates().Count, "a halt sends nothing more");
            Assert.AreEqual(LedState.HaltedConfig, rig.Led);
            StringAssert.Contains(rig.Status(), "halted by: BADSIG: the DNS server rejected the signature (BADSIG): the key secret is not the server's");
            StringAssert.Contains(rig.Status(), "last answer: \"NOTAUTH, TSIG error BADSIG\"\r\n");
            Assert.AreEqual(0, bind.Dig(name, "A").Length, "nothing was written");
            AssertKeySecretNeverShown(rig, bind.OtherKeySecret);

            // A reboot keeps the halt: it is in the state file.
            rig.Boot();
            rig.RunFor(3600);
            Assert.AreEqual(1, rig.Dns.Updates().Count);
        }

        [TestMethod]
        public async Task AKeyThePolicyDoesNotGrantOrTheServerDoesNotKnowHalts()
        {
            BindServer bind = BindServer.Require();
            await using ScenarioRig rig = await ScenarioRig.StartAsync(clockStart: DateTime.UtcNow);
            string name = Hostname(bind, "refused");
            Settings settings = Settings(rig, bind, name);
            settings.DnsKeyName = bind.OtherKeyName;
            settings.DnsKeySecret = bind.OtherKeySecret;
            rig.Boot(settings);
            rig.Tick();

            Assert.AreEqual(LedState.HaltedConfig, rig.Led);
            StringAssert.Contains(rig.Status(), "halted by: REFUSED: the DNS server refused the update (REFUSED): its policy does not let this key change these names");

            settings.DnsKeyName = "no-such-key." + bind.Zone;
            rig.Clock.AdvanceSeconds(300);
            rig.Boot(settings);
            rig.Tick();

            Assert.AreEqual(2, rig.Dns.Updates().Count, "the changed key lifted the halt");
            Assert.AreEqual(LedState.HaltedConfig, rig.Led);
            StringAssert.Contains(rig.Status(), "halted by: BADKEY: the DNS server does not know the key (BADKEY)");
            Assert.AreEqual(0, bind.Dig(name, "A").Length);
        }

        [TestMethod]
        public async Task AClockBindDoesNotAcceptIsNamedAndRetried()
        {
            BindServer bind = BindServer.Require();
            await using ScenarioRig rig = await ScenarioRig.StartAsync(clockStart: DateTime.UtcNow.AddHours(1));
            string name = Hostname(bind, "badtime");
            rig.Boot(Settings(rig, bind, name));
            rig.Tick();

            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            string status = rig.Status();
            StringAssert.Contains(status, "state: a settings problem (see the last update problem below)");
            StringAssert.Contains(status, "last update problem: " + name + ": BADTIME (the server's clock reads ");
            StringAssert.Contains(status, "check the clock");
            rig.RunFor(299);
            Assert.AreEqual(1, rig.Dns.Updates().Count, "retried not sooner than 5 minutes");
            Assert.AreEqual(0, bind.Dig(name, "A").Length);
        }

        [TestMethod]
        public async Task AServerThatIsDownBacksOff()
        {
            BindServer bind = BindServer.Require();
            await using ScenarioRig rig = await ScenarioRig.StartAsync(clockStart: DateTime.UtcNow);
            string name = Hostname(bind, "down");
            Settings settings = Settings(rig, bind, name);
            settings.DnsPort = ClosedUdpPort();
            rig.Boot(settings);

            rig.Tick();
            rig.RunFor(3600);

            // 1, 2, 4, 8, 16 and then 30 minutes between tries, each stretched by up to a quarter.
            System.Collections.Generic.List<DnsCall> tries = rig.Dns.Updates();
            Assert.IsTrue(tries.Count >= 6 && tries.Count <= 7, tries.Count + " tries");
            Assert.IsTrue(tries.All(t => t.Failure == DdnsAgent.Http.TransportFailure.ConnectFailed), string.Join("\n", tries));
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            Assert.IsTrue(rig.Events.Any(e => e.Contains("nothing answers DNS at 127.0.0.1:" + settings.DnsPort + " (connection refused)")), string.Join("\n", rig.Events));
            StringAssert.Contains(rig.Status(), "next update allowed: ");
            Assert.AreEqual(0, rig.Dns.Queries().Count, "no proof without an update");
            Assert.AreEqual(0, bind.Dig(name, "A").Length);
        }

        private static string Hostname(BindServer bind, string label) => bind.UniqueName(label).TrimEnd('.');

        private static Settings Settings(ScenarioRig rig, BindServer bind, string name)
        {
            return new Settings
            {
                Provider = "rfc2136",
                DnsServer = bind.Address,
                DnsPort = bind.Port,
                DnsZone = bind.Zone,
                DnsKeyName = bind.KeyName,
                DnsKeySecret = bind.KeySecret,
                DnsTtl = 120,
                Hostnames = new[] { name },
                IPv4 = true,
                IPv6 = false,
                IpSource = "web",
                Reflectors = new[] { rig.ReflectorUrl(ScenarioRig.IPv4Path), rig.ReflectorUrl(ScenarioRig.IPv6Path) },
                CheckIntervalSeconds = 300,
                StartDelaySeconds = 0,
                ChangeDelaySeconds = 0,
            };
        }

        // A loopback UDP port with nothing on it: the kernel answers "port unreachable", as for a server that is down.
        private static int ClosedUdpPort()
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            return ((IPEndPoint)socket.LocalEndPoint).Port;
        }

        private static void AssertKeySecretNeverShown(ScenarioRig rig, string secret)
        {
            rig.Command("status");
            rig.Command("show");
            rig.Command("log");
            string shown = rig.EverythingShown();
            Assert.IsFalse(shown.Contains(secret, StringComparison.Ordinal), "the key secret was shown:\n" + shown);
            StringAssert.Contains(shown, "dns.key-secret: ********");
        }
    }
}
