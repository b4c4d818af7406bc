#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>The DNS settings: what rfc2136 needs, what each protocol does not use, and every problem named by its key.</summary>
    [TestClass]
    public class DnsSettingsTests
    {
        private const string Secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

        [TestMethod]
        public void Rfc2136NeedsNoAccountButItsServerZoneAndKey()
        {
            Assert.IsTrue(SettingsValidator.Validate(Rfc2136(), false).IsValid, SettingsValidator.Validate(Rfc2136(), false).ToString());

            Settings s = new Settings();
            s.Provider = "rfc2136";
            s.Hostnames = new string[] { "home.example.org" };
            ValidationReport report = SettingsValidator.Validate(s, false);
            Assert.IsFalse(report.Concerns("username"), report.ToString());
            Assert.IsFalse(report.Concerns("password"), report.ToString());
            AssertProblem(report, "dns.server", "provider rfc2136 needs the zone's primary DNS server, where the updates go; type `set dns.server ADDRESS`");
            AssertProblem(report, "dns.zone", "provider rfc2136 needs the zone the hostnames are in; type `set dns.zone example.org`");
            AssertProblem(report, "dns.key-name", "type `set dns.key-name NAME`");
            AssertProblem(report, "dns.key-secret", "the TSIG key's secret, the base64 text tsig-keygen printed; type `set dns.key-secret SECRET`");
            Assert.AreEqual(4, report.Count, report.ToString());
        }

        [TestMethod]
        public void EveryBadValueIsNamedByItsKey()
        {
            Settings s = Rfc2136();
            s.DnsServer = "https://ns1.example.net";
            s.DnsPort = 70000;
            s.DnsZone = "ex ample.org";
            s.DnsKeyName = "b\u00fcro-key";
            s.DnsKeySecret = "c2VjcmV0";
            s.DnsTtl = 100000;
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "dns.server", "'https://ns1.example.net' is not an IP address or a host name");
            AssertProblem(report, "dns.port", "70000 is not a port; use 1 to 65535");
            AssertProblem(report, "dns.zone", "'ex ample.org' is not a zone");
            AssertProblem(report, "dns.key-name", "is not ASCII: a DNS name is given in its xn-- form");
            AssertProblem(report, "dns.key-secret", "is shorter than 16 bytes");
            AssertProblem(report, "dns.ttl", "100000 is out of range; use 0 to 86400 seconds");
            Assert.IsTrue(report.ToString().IndexOf("c2VjcmV0") < 0, "the secret is never quoted");
        }

        [TestMethod]
        public void Rfc2136NamesMustBeInItsZone()
        {
            Settings s = Rfc2136();
            s.Hostnames = new string[] { "home.example.org", "nas.example.net" };
            AssertProblem(SettingsValidator.Validate(s, false), "hostnames", "'nas.example.net' is not in the zone example.org (dns.zone); give only names inside it, or fix the zone with `set dns.zone`, then `save`");
            AssertProblem(SettingsValidator.Validate(s, Vocabulary.SettingsFile), "Hostnames", "(DnsZone); give only names inside it, or fix the zone with `\"DnsZone\"` in the settings file");
        }

        [TestMethod]
        public void WhatRfc2136DoesNotUseIsRefusedRatherThanIgnored()
        {
            Settings s = Rfc2136();
            s.Username = "alice";
            s.Password = "secret";
            s.ServerUrl = "https://dyn.example.net/nic/update";
            s.Wildcard = "ON";
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "username", "is not used with provider rfc2136, which signs its updates with the TSIG key; type `unset username`");
            AssertProblem(report, "password", "type `unset password`");
            AssertProblem(report, "server", "type `unset server`");
            AssertProblem(report, "wildcard", "type `unset wildcard`");
            Assert.AreEqual(4, report.Count, report.ToString());
        }

        [TestMethod]
        public void Dyndns2UsesTheDnsServerOnlyForTheProof()
        {
            Settings s = SettingsSamples.Valid();
            s.DnsServer = "ns1.example.net";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "a dyndns2 provider with a server to prove against");

            s.DnsVerify = false;
            AssertProblem(SettingsValidator.Validate(s, false), "dns.server", "with a dyndns2 provider it serves only the proof in DNS, which dns.verify no turns off; type `unset dns.server`, or `set dns.verify yes`");

            s = SettingsSamples.Valid();
            s.DnsZone = "example.com";
            s.DnsKeyName = "key";
            s.DnsKeySecret = Secret;
            s.DnsTtl = 300;
            s.DnsPort = 5353;
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "dns.zone", "is used only with provider rfc2136; type `unset dns.zone`");
            AssertProblem(report, "dns.key-name", "is used only with provider rfc2136");
            AssertProblem(report, "dns.key-secret", "is used only with provider rfc2136");
            AssertProblem(report, "dns.ttl", "a dyndns2 provider sets its own TTL");
            AssertProblem(report, "dns.port", "is used only with dns.server; type `unset dns.port`, or give the server with `set dns.server ADDRESS`");
        }

        [TestMethod]
        public void TheSettingsFileNamesItsOwnKeys()
        {
            Settings s = new Settings();
            s.Provider = "rfc2136";
            s.Hostnames = new string[] { "home.example.org" };
            s.DnsPort = 0;
            ValidationReport report = SettingsValidator.Validate(s, Vocabulary.SettingsFile);
            AssertProblem(report, "DnsServer", "write `\"DnsServer\": \"ADDRESS\"`");
            AssertProblem(report, "DnsKeySecret", "write `\"DnsKeySecret\": \"SECRET\"`");
            AssertProblem(report, "DnsPort", "0 is not a port");
        }

        [TestMethod]
        public void TheConsoleSetsAndShowsTheDnsKeys()
        {
            Settings s = new Settings();
            string error;
            Assert.IsTrue(SettingsEditor.TrySet(s, "dns.zone", "Example.ORG", out error), error);
            Assert.AreEqual("example.org", s.DnsZone, "names are kept in lower case");
            Assert.IsTrue(SettingsEditor.TrySet(s, "dns.key-secret", Secret, out error), error);
            Assert.AreEqual(Secret, s.DnsKeySecret);
            Assert.AreEqual(SettingsEditor.Mask, SettingsEditor.Display(s, "dns.key-secret"));
            Assert.IsFalse(SettingsEditor.TrySet(s, "dns.key-secret", "c2VjcmV0", out error));
            Assert.IsTrue(error.IndexOf("c2VjcmV0") < 0, error);
            Assert.AreEqual(Secret, s.DnsKeySecret, "the old value is kept");
            Assert.IsTrue(SettingsEditor.TrySet(s, "dns.port", "5353", out error), error);
            Assert.IsFalse(SettingsEditor.TrySet(s, "dns.ttl", "-5", out error));
            Assert.IsTrue(SettingsEditor.TrySet(s, "dns.verify", "no", out error), error);
            Assert.IsFalse(s.DnsVerify);
            Assert.IsTrue(SettingsEditor.TryUnset(s, "dns.port", out error));
            Assert.AreEqual(53, s.DnsPort);
        }

        [TestMethod]
        public void TheKeysTheUpdateDependsOnMakeTheFingerprint()
        {
            Settings s = Rfc2136();
            uint before = SettingsFingerprint.Compute(s);
            s.DnsKeySecret = "AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
            Assert.AreNotEqual(before, SettingsFingerprint.Compute(s), "a new secret lifts a BADSIG halt");
            s = Rfc2136();
            s.DnsZone = "org";
            Assert.AreNotEqual(before, SettingsFingerprint.Compute(s));
            s = Rfc2136();
            s.DnsVerify = false;
            Assert.AreEqual(before, SettingsFingerprint.Compute(s), "the proof does not shape an update");

            // Settings saved before the DNS keys existed keep their fingerprint, and with it a recorded halt.
            Settings old = SettingsSamples.Valid();
            Settings same = SettingsSamples.Valid();
            same.DnsPort = 53;
            same.DnsTtl = 60;
            same.DnsServer = "";
            Assert.AreEqual(SettingsFingerprint.Compute(old), SettingsFingerprint.Compute(same));
        }

        private static Settings Rfc2136()
        {
            Settings s = new Settings();
            s.Provider = "rfc2136";
            s.DnsServer = "192.0.2.53";
            s.DnsZone = "example.org";
            s.DnsKeyName = "ddns-key.example.org";
            s.DnsKeySecret = Secret;
            s.Hostnames = new string[] { "home.example.org", "example.org" };
            s.IPv6 = true;
            return s;
        }

        private static void AssertProblem(ValidationReport report, string key, string text)
        {
            for (int i = 0; i < report.Count; i++)
            {
                if (report[i].Key == key && report[i].Message.IndexOf(text) >= 0)
                {
                    return;
                }
            }

            Expect.Fail(key + ": '" + text + "' not in:\r\n" + report.ToString());
        }
    }
}
