#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Dns;
using DdnsAgent.Persistence;
using DdnsAgent.Rfc2136;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// The agent over RFC 2136 against a DNS server in memory that checks signatures as a real one does: what
    /// each answer makes the scheduler do, which messages carry which names, and what the user is told.
    /// </summary>
    [TestClass]
    public class Rfc2136RoundTests
    {
        private const string Home = "home.example.org";

        [TestMethod]
        public void TheFirstCheckWritesTheAddressIntoTheZone()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Tick();

            Assert.AreEqual(1, rig.Dns.Updates);
            Assert.AreEqual(TestText.Ip("81.2.69.160"), rig.Dns.AddressOf(Home, AddressFamilyKind.IPv4));
            Assert.AreEqual(0, rig.Provider.UpdateCount, "nothing went to a dyndns2 provider");
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("update home.example.org: NOERROR 81.2.69.160"), rig.LogText());
            string status = rig.Status();
            Expect.Contains(status, "  home.example.org IPv4 81.2.69.160, confirmed 2026-11-24 10:00:00Z, last answer NOERROR\r\n");
            Expect.Contains(status, "last answer: \"NOERROR\"\r\n");

            // Unchanged: nothing more is sent, however long it runs.
            rig.RunFor(24 * 3600);
            Assert.AreEqual(1, rig.Dns.Updates);
        }

        [TestMethod]
        public void AChangeReplacesTheRecordAndARebootRemembersIt()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Tick();
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.RunFor(600);

            Assert.AreEqual(2, rig.Dns.Updates);
            Assert.AreEqual(TestText.Ip("81.2.69.161"), rig.Dns.AddressOf(Home, AddressFamilyKind.IPv4));
            rig.Boot();
            rig.RunFor(3600);
            Assert.AreEqual(2, rig.Dns.Updates, "a reboot does not send again");
        }

        [TestMethod]
        public void HostsDueInTheSameFamiliesShareOneMessage()
        {
            Settings all = AgentRig.Rfc2136Settings();
            all.Hostnames = new string[] { "a.example.org", "b.example.org", "c.example.org" };
            all.IpSource = "auto";
            all.IPv6 = true;
            var rig = new AgentRig(all);
            rig.Network.SetInterfaceAddress("2a02:1234::5");
            Settings two = AgentRig.Rfc2136Settings();
            two.Hostnames = new string[] { "a.example.org", "b.example.org" };
            two.IpSource = "auto";
            two.IPv6 = true;
            rig.Apply(two);
            rig.Tick();

            Assert.AreEqual(1, rig.Dns.Updates, "two names, both families: one message");
            Assert.AreEqual(2, rig.Dns.LastUpdateNames);
            Assert.AreEqual(TestText.Ip("2a02:1234::5"), rig.Dns.AddressOf("b.example.org", AddressFamilyKind.IPv6));

            // a and b are due for IPv6 only, the new c for both: two messages, each carrying what its hosts need.
            rig.Network.SetInterfaceAddress("2a02:1234::6");
            rig.Clock.AdvanceSeconds(300);
            rig.Apply(all);
            rig.Tick();

            Assert.AreEqual(3, rig.Dns.Updates);
            Assert.AreEqual(1, rig.Dns.LastUpdateNames, "the last message carried c alone");
            Assert.AreEqual(TestText.Ip("2a02:1234::6"), rig.Dns.AddressOf("a.example.org", AddressFamilyKind.IPv6));
            Assert.AreEqual(TestText.Ip("81.2.69.160"), rig.Dns.AddressOf("c.example.org", AddressFamilyKind.IPv4));
            Assert.AreEqual(TestText.Ip("2a02:1234::6"), rig.Dns.AddressOf("c.example.org", AddressFamilyKind.IPv6));
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void ARefusalHaltsWithTheReasonAndNothingMoreIsSent()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Dns.ForcedRcode = DnsRcode.Refused;
            rig.Tick();
            rig.RunFor(24 * 3600);

            Assert.AreEqual(1, rig.Dns.Updates, "a halt sends nothing more");
            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("update halted: home.example.org: REFUSED: the DNS server refused the update"), rig.LogText());
            Expect.Contains(rig.Status(), "halted by: REFUSED: ");
            Assert.IsTrue(rig.Dns.AddressOf(Home, AddressFamilyKind.IPv4).IsNone);
        }

        [TestMethod]
        public void AWrongSecretHaltsUntilTheSecretChanges()
        {
            Settings wrong = AgentRig.Rfc2136Settings();
            wrong.DnsKeySecret = "AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
            var rig = new AgentRig(wrong);
            rig.Tick();
            rig.RunFor(3600);

            Assert.AreEqual(1, rig.Dns.Updates);
            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("home.example.org: BADSIG: the DNS server rejected the signature"), rig.LogText());
            Expect.Contains(rig.Status(), "last answer: \"NOTAUTH, TSIG error BADSIG\"\r\n");

            rig.Clock.AdvanceSeconds(300);
            rig.Apply(AgentRig.Rfc2136Settings());
            rig.Tick();
            Assert.AreEqual(2, rig.Dns.Updates, "a new secret lifts the halt");
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
            Assert.AreEqual(TestText.Ip("81.2.69.160"), rig.Dns.AddressOf(Home, AddressFamilyKind.IPv4));
        }

        [TestMethod]
        public void AnUnknownKeyHaltsNamingTheKey()
        {
            Settings wrong = AgentRig.Rfc2136Settings();
            wrong.DnsKeyName = "other-key.example.org";
            var rig = new AgentRig(wrong);
            rig.Tick();

            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("BADKEY: the DNS server does not know the key"), rig.LogText());
            Assert.IsTrue(rig.Logged("`set dns.key-name`"), rig.LogText());
        }

        [TestMethod]
        public void AServerFailureBacksOffAndThenSucceeds()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Dns.ForcedRcode = DnsRcode.ServFail;
            rig.Tick();
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("update: home.example.org: SERVFAIL: the DNS server failed to apply the update"), rig.LogText());

            rig.RunFor(299);
            Assert.AreEqual(1, rig.Dns.Updates, "a retry waits at least 5 minutes");
            rig.RunFor(76);
            Assert.AreEqual(2, rig.Dns.Updates, "once after 5 to 6.25 minutes");
            rig.RunFor(60);
            Assert.AreEqual(2, rig.Dns.Updates, "then again not before 5 minutes more");

            rig.Dns.ForcedRcode = DnsRcode.NoError;
            rig.RunFor(600);
            Assert.AreEqual(3, rig.Dns.Updates);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void ADeadServerBacksOffLikeAnyNetworkFailure()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Dns.Silent = true;
            rig.RunFor(3600);

            // Waits of 5, 5, 5, 8, 16 and then 30 minutes, each stretched by up to a quarter: 6 tries in the hour.
            Assert.AreEqual(6, rig.Dns.Updates, rig.LogText());
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("update: the DNS server did not answer in time; retrying in "), rig.LogText());
            Assert.IsTrue(rig.Dns.AddressOf(Home, AddressFamilyKind.IPv4).IsNone);
            Assert.IsTrue(rig.Dns.AddressOf(Home, AddressFamilyKind.IPv4).IsNone);
        }

        [TestMethod]
        public void ABadTimeNamesTheClockAndRetries()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Dns.ClockSkewSeconds = 3600;
            rig.Tick();

            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("BADTIME (the server's clock reads 2026-11-24 11:00:00Z, this device's 2026-11-24 10:00:00Z): the DNS server found this device's clock"), rig.LogText());
            string status = rig.Status();
            Expect.Contains(status, "state: a settings problem (see the last update problem below)");
            Expect.Contains(status, "check the clock");

            rig.RunFor(299);
            Assert.AreEqual(1, rig.Dns.Updates, "a settings problem waits at least 5 minutes");
            rig.Dns.ClockSkewSeconds = 0;
            rig.RunFor(3600);
            Assert.AreEqual(2, rig.Dns.Updates);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void AnUnsignedAnswerIsNotTakenAsSuccess()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Dns.Unsigned = true;
            rig.Tick();

            HostState record = StateOf(rig);
            Assert.IsTrue(record.Address.IsNone, "no address recorded on an answer nobody signed");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
            Assert.IsTrue(rig.Logged("not verified: the answer (NOERROR) is not signed though the request was"), rig.LogText());
        }

        [TestMethod]
        public void WithoutADnsTransportNothingIsSentAndTheUserIsTold()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            var ports = new DdnsAgent.Engine.AgentPorts { Clock = rig.Clock, Http = rig.Provider, Network = rig.Network, Blobs = new FakeBlobStore(), Indicator = rig.Indicator, Seed = 1 };
            var log = new EventLog();
            var agent = new DdnsAgent.Engine.Agent(ports, new DdnsAgent.Engine.AgentEvents(log, rig.Clock));
            Assert.IsTrue(DdnsAgent.Engine.AgentSetup.TryCreate(AgentRig.Rfc2136Settings(), "Test", Vocabulary.DeviceConsole, out DdnsAgent.Engine.AgentSetup setup, out string problem), problem);
            agent.Configure(setup);
            agent.Tick();

            Assert.AreEqual(0, rig.Dns.Updates);
            Expect.Contains(log.EntryAt(log.Count - 1).Message(Vocabulary.DeviceConsole), "this platform has no DNS transport");
        }

        [TestMethod]
        public void TheKeySecretIsNeverShown()
        {
            Settings wrong = AgentRig.Rfc2136Settings();
            wrong.DnsKeySecret = "AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
            var rig = new AgentRig(wrong);
            rig.Tick();
            string shown = string.Concat(rig.LogText(), rig.Status());
            var show = new RecordingTextSink();
            SettingsEditor.Describe(wrong, show, false);
            shown = string.Concat(shown, show.Text);

            Assert.IsTrue(shown.IndexOf(wrong.DnsKeySecret) < 0, shown);
            Assert.IsTrue(shown.IndexOf(FakeDnsServer.TestSecret) < 0, shown);
            Expect.Contains(show.Text, "dns.key-secret: ********\r\n");
        }

        [TestMethod]
        public void SettingItUpOnTheConsoleNeverEchoesTheSecret()
        {
            var rig = new RuntimeRig(null);
            string[] lines =
            {
                "set provider rfc2136", "set dns.server 192.0.2.53", "set dns.zone Example.org", "set dns.key-name ddns-key.example.org.",
                "set dns.key-secret " + FakeDnsServer.TestSecret, "set hostnames home.example.org", "save", "show",
            };
            for (int i = 0; i < lines.Length; i++)
            {
                string line = string.Concat(lines[i], "\r");
                for (int k = 0; k < line.Length; k++)
                {
                    rig.Runtime.Shell.Feed((byte)line[k]);
                }
            }

            string text = rig.Output.Text;
            Assert.IsTrue(text.IndexOf(FakeDnsServer.TestSecret) < 0, text);
            Expect.Contains(text, "set dns.key-secret ********************************************\r\n");
            Expect.Contains(text, "settings saved");
            Expect.Contains(text, "|   +-- dns.zone: example.org\r\n");
            Expect.Contains(text, "|   +-- dns.key-secret: ********\r\n");
            Assert.AreEqual(FakeDnsServer.TestSecret, rig.Runtime.Current.DnsKeySecret, "kept exactly");
        }

        private static HostState StateOf(AgentRig rig)
        {
            var snapshot = new AgentSnapshot();
            rig.Agent.Read(snapshot);
            return snapshot.Records.Find(Home, AddressFamilyKind.IPv4);
        }
    }
}
