#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// The proof in DNS: after an update the zone's server is asked whether each name answers the new address, a
    /// bounded number of times; `status` and the log say what it found; and it never causes or stops an update.
    /// </summary>
    [TestClass]
    public class PublicationCheckTests
    {
        private const string Home = "home.example.org";

        [TestMethod]
        public void AfterAnRfc2136UpdateTheNameIsProvenPublished()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Tick();
            Assert.AreEqual(0, rig.Dns.Queries, "the first check waits a moment after the update");
            Assert.AreEqual(AgentRig.Start.AddSeconds(2), rig.NextTick, "and asks to be called for it");
            Expect.Contains(rig.Status(), "    published: checking at 2026-11-24 10:00:02Z\r\n");

            rig.RunFor(3);
            Assert.AreEqual(1, rig.Dns.Queries);
            Expect.Contains(rig.Status(), "  home.example.org IPv4 81.2.69.160, confirmed 2026-11-24 10:00:00Z, last answer NOERROR\r\n    published: yes (as of 2026-11-24 10:00:02Z)\r\n");
            Assert.IsTrue(rig.Logged("published: home.example.org: its DNS server answers 81.2.69.160"), rig.LogText());

            rig.RunFor(24 * 3600);
            Assert.AreEqual(1, rig.Dns.Queries, "proven once; asked again only after the next update");
        }

        [TestMethod]
        public void AnotherAddressInDnsIsAWarningWithBothAddressesAfterBoundedChecks()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.Tick();
            rig.Dns.SetAddress(Home, TestText.Ip("192.0.2.7")); // another writer of the zone
            rig.RunFor(15);
            Assert.AreEqual(2, rig.Dns.Queries, "checked at 2 s and again 10 s later");
            Expect.Contains(rig.Status(), "    published: not yet, its DNS server answers 192.0.2.7, not 81.2.69.160 (as of 2026-11-24 10:00:12Z); checking again at 2026-11-24 10:00:42Z\r\n");

            rig.RunFor(24 * 3600);
            Assert.AreEqual(PublicationCheckMax(), rig.Dns.Queries, "five checks in all");
            Assert.IsTrue(rig.Logged("not published: home.example.org: after 5 checks its DNS server answers 192.0.2.7, not 81.2.69.160"), rig.LogText());
            Expect.Contains(rig.Status(), "    published: no, its DNS server answers 192.0.2.7, not 81.2.69.160 (as of 2026-11-24 10:03:42Z)\r\n");

            // DNS never decides an update: the registered address stays, nothing is sent again, the LED stays good.
            Assert.AreEqual(1, rig.Dns.Updates);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void AServerThatDoesNotAnswerTheProofHoldsNothingUp()
        {
            Settings settings = AgentRig.Rfc2136Settings();
            settings.Hostnames = new string[] { "a.example.org", "b.example.org", "c.example.org", "d.example.org", "e.example.org", "f.example.org" };
            var rig = new AgentRig(settings);
            rig.Dns.SilentToQueries = true;
            rig.Tick();
            rig.RunFor(3);

            Assert.AreEqual(1, rig.Dns.Queries, "one unanswered question settles that check for all six names");
            rig.RunFor(24 * 3600);
            Assert.AreEqual(5, rig.Dns.Queries);
            Assert.IsTrue(rig.Logged("not published: f.example.org: after 5 checks its DNS server gave no usable answer (the DNS server did not answer in time); expected 81.2.69.160"), rig.LogText());
            Expect.Contains(rig.Status(), "    published: unknown, the DNS server did not answer in time (as of 2026-11-24 10:03:42Z)\r\n");
            Assert.AreEqual(1, rig.Dns.Updates);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void ARunAsksAtMostFourQuestions()
        {
            Settings settings = AgentRig.Rfc2136Settings();
            settings.Hostnames = new string[] { "a.example.org", "b.example.org", "c.example.org", "d.example.org", "e.example.org", "f.example.org" };
            var rig = new AgentRig(settings);
            rig.Tick();
            rig.Clock.AdvanceSeconds(2);
            rig.Tick();

            Assert.AreEqual(4, rig.Dns.Queries);
            Assert.AreEqual(rig.Clock.UtcNow, rig.NextTick, "the rest are due at once, in the next tick");
            rig.Tick();
            Assert.AreEqual(6, rig.Dns.Queries);
            Assert.IsTrue(rig.Logged("published: f.example.org: its DNS server answers 81.2.69.160"), rig.LogText());
        }

        [TestMethod]
        public void WithDyndns2TheProofNeedsADnsServer()
        {
            var off = new AgentRig();
            off.RunFor(3600);
            Assert.AreEqual(1, off.Provider.UpdateCount);
            Assert.AreEqual(0, off.Dns.Queries, "no dns.server: no proof");
            Assert.IsTrue(off.Status().IndexOf("published") < 0, off.Status());

            Settings settings = AgentRig.DefaultSettings();
            settings.DnsServer = "192.0.2.53";
            var on = new AgentRig(settings);
            on.Dns.SetAddress(Home, TestText.Ip("81.2.69.160")); // the provider publishes it on its own server
            on.RunFor(3600);
            Assert.AreEqual(1, on.Dns.Queries);
            Expect.Contains(on.Status(), "last answer good\r\n    published: yes (as of 2026-11-24 10:00:02Z)\r\n");
        }

        [TestMethod]
        public void AProviderThatHasNotPublishedYetIsCheckedAgain()
        {
            Settings settings = AgentRig.DefaultSettings();
            settings.DnsServer = "192.0.2.53";
            var rig = new AgentRig(settings);
            rig.RunFor(5);
            Assert.AreEqual(1, rig.Dns.Queries);
            Expect.Contains(rig.Status(), "    published: not yet, the name does not exist there (NXDOMAIN); expected 81.2.69.160 (as of 2026-11-24 10:00:02Z); checking again at 2026-11-24 10:00:12Z\r\n");

            rig.Dns.SetAddress(Home, TestText.Ip("81.2.69.160"));
            rig.RunFor(3600);
            Assert.AreEqual(2, rig.Dns.Queries);
            Expect.Contains(rig.Status(), "    published: yes (as of 2026-11-24 10:00:12Z)\r\n");
        }

        [TestMethod]
        public void VerifyNoTurnsTheProofOff()
        {
            Settings settings = AgentRig.Rfc2136Settings();
            settings.DnsVerify = false;
            var rig = new AgentRig(settings);
            rig.RunFor(3600);
            Assert.AreEqual(1, rig.Dns.Updates);
            Assert.AreEqual(0, rig.Dns.Queries);
        }

        [TestMethod]
        public void ARebootForgetsTheVerdictUntilTheNextUpdate()
        {
            var rig = new AgentRig(AgentRig.Rfc2136Settings());
            rig.RunFor(60);
            Expect.Contains(rig.Status(), "published: yes");
            rig.Boot();
            rig.RunFor(60);
            Assert.IsTrue(rig.Status().IndexOf("published") < 0, "kept in RAM only");
            Assert.AreEqual(1, rig.Dns.Queries);
        }

        private static int PublicationCheckMax()
        {
            return DdnsAgent.Engine.PublicationCheck.MaxChecks;
        }
    }
}
