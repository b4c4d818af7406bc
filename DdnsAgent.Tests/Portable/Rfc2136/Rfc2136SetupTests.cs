#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Rfc2136
{
    /// <summary>Building the RFC 2136 protocol from settings, and the rules of the DNS settings' values.</summary>
    [TestClass]
    public class Rfc2136SetupTests
    {
        private const string Secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

        [TestMethod]
        public void ValidSettingsMakeTheProtocol()
        {
            Assert.IsTrue(Rfc2136Setup.TryCreate(Provider(), Valid(), out IUpdateProtocol protocol, out string problem), problem);
            var rfc2136 = protocol as Rfc2136Protocol;
            Assert.IsNotNull(rfc2136);
            Assert.AreEqual("192.0.2.53", rfc2136.Server);
            Assert.AreEqual(5353, rfc2136.Port);
            Assert.AreEqual("example.org", rfc2136.Zone);
            Assert.AreEqual(120, rfc2136.Ttl);
        }

        [TestMethod]
        public void EachMissingOrWrongSettingIsNamedByItsKey()
        {
            AssertProblem(s => s.DnsServer = null, "dns.server: not set");
            AssertProblem(s => s.DnsServer = "192.0.2.53:5353", "dns.server: '192.0.2.53:5353' is not an IP address or a host name");
            AssertProblem(s => s.DnsPort = 0, "dns.port: 0 is not a port");
            AssertProblem(s => s.DnsZone = "", "dns.zone: not set");
            AssertProblem(s => s.DnsZone = "exa mple.org", "dns.zone: 'exa mple.org' is not a zone");
            AssertProblem(s => s.DnsKeyName = null, "dns.key-name: not set");
            AssertProblem(s => s.DnsKeySecret = "AAEC", "dns.key-secret: is shorter than 16 bytes");
            AssertProblem(s => s.DnsKeySecret = "not base64!", "dns.key-secret: contains a character that is not base64");
            AssertProblem(s => s.DnsTtl = -1, "dns.ttl: -1 is out of range");
            AssertProblem(s => s.Hostnames = new string[] { "home.example.org", "home.example.net" }, "hostnames: 'home.example.net' is not in the zone example.org");
        }

        [TestMethod]
        public void NoProblemQuotesTheSecret()
        {
            string[] secrets = { "short-but-secret", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "c2Vj" };
            for (int i = 0; i < secrets.Length; i++)
            {
                Settings s = Valid();
                s.DnsKeySecret = secrets[i];
                Assert.IsFalse(Rfc2136Setup.TryCreate(Provider(), s, out _, out string problem), secrets[i]);
                Assert.IsTrue(problem.IndexOf(secrets[i]) < 0, problem);
                string rule = Rfc2136Settings.SecretProblem(secrets[i]);
                Assert.IsNotNull(rule, secrets[i]);
                Assert.IsTrue(rule.IndexOf(secrets[i]) < 0, rule);
            }
        }

        [TestMethod]
        public void ServersAreAddressesOrHostNames()
        {
            Assert.IsNull(Rfc2136Settings.ServerProblem("192.0.2.53"));
            Assert.IsNull(Rfc2136Settings.ServerProblem("2001:db8::53"));
            Assert.IsNull(Rfc2136Settings.ServerProblem("ns1.example.net"));
            Assert.IsNull(Rfc2136Settings.ServerProblem("localhost"));
            Expect.Contains(Rfc2136Settings.ServerProblem("dns://ns1.example.net"), "give the address or name alone");
            Expect.Contains(Rfc2136Settings.ServerProblem("[2001:db8::53]"), "the port is a setting of its own");
            Expect.Contains(Rfc2136Settings.ServerProblem("ns1..example.net"), "empty part");
            Expect.Contains(Rfc2136Settings.ServerProblem("*.example.net"), "'*'");
        }

        [TestMethod]
        public void ZonesAndKeyNamesAreDnsNames()
        {
            Assert.IsNull(Rfc2136Settings.ZoneProblem("example.org"));
            Assert.IsNull(Rfc2136Settings.ZoneProblem("example.org."));
            Assert.IsNull(Rfc2136Settings.ZoneProblem("lan"));
            Expect.Contains(Rfc2136Settings.ZoneProblem("*.example.org"), "'*'");
            Assert.IsNull(Rfc2136Settings.KeyNameProblem("ddns-key."));
            Expect.Contains(Rfc2136Settings.KeyNameProblem("my key"), "is not a key name");
            Assert.IsNull(Rfc2136Settings.OutsideZoneProblem("example.org", "example.org"), "the apex is in its zone");
            Assert.IsNull(Rfc2136Settings.OutsideZoneProblem("Home.Example.org", "example.org."));
            Expect.Contains(Rfc2136Settings.OutsideZoneProblem("home.notexample.org", "example.org"), "is not in the zone");
        }

        [TestMethod]
        public void PortAndTtlRanges()
        {
            Assert.IsNull(Rfc2136Settings.PortProblem(1));
            Assert.IsNull(Rfc2136Settings.PortProblem(65535));
            Assert.IsNotNull(Rfc2136Settings.PortProblem(65536));
            Assert.IsNull(Rfc2136Settings.TtlProblem(0));
            Assert.IsNull(Rfc2136Settings.TtlProblem(86400));
            Expect.Contains(Rfc2136Settings.TtlProblem(86401), "use 0 to 86400 seconds");
        }

        private static void AssertProblem(SettingsChange change, string expected)
        {
            Settings s = Valid();
            change(s);
            Assert.IsFalse(Rfc2136Setup.TryCreate(Provider(), s, out IUpdateProtocol protocol, out string problem), expected);
            Assert.IsNull(protocol);
            problem = Vocabulary.DeviceConsole.Fill(problem);
            Assert.IsTrue(problem.IndexOf(expected) == 0, problem);
        }

        private static ProviderPreset Provider()
        {
            return ProviderCatalog.Find(Rfc2136Protocol.Name);
        }

        private static Settings Valid()
        {
            return new Settings
            {
                Provider = "rfc2136",
                DnsServer = "192.0.2.53",
                DnsPort = 5353,
                DnsZone = "example.org",
                DnsKeyName = "ddns-key.example.org",
                DnsKeySecret = Secret,
                DnsTtl = 120,
                Hostnames = new string[] { "home.example.org", "example.org" },
            };
        }

        private delegate void SettingsChange(Settings s);
    }
}
