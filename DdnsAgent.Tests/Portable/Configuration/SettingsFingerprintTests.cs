#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;

namespace DdnsAgent.Tests.Configuration
{
    [TestClass]
    public class SettingsFingerprintTests
    {
        // Keys whose change may fix a hard error (badauth, nohost, !donator, badagent...), with a new value.
        private static readonly string[] Relevant = new string[]
        {
            "provider", "dyn",
            "server", "https://other.example.net/nic/update",
            "server.dual-stack", "combined",
            "username", "bob",
            "password", "another secret",
            "hostnames", "home.example.com",
            "ipv4", "no",
            "ipv6", "yes",
            "wildcard", "ON",
            "mx", "mail.example.com",
            "backmx", "YES",
            "offline", "NO",
            "user-agent", "Example - Agent - 2.0",
        };

        // Keys that change nothing in an update request.
        private static readonly string[] Irrelevant = new string[]
        {
            "wifi.ssid", "OtherNet",
            "wifi.password", "other-wifi-secret",
            "server.dual-stack", "per-family", // the default, named
            "ip.source", "web",
            "interval", "900",
            "refresh.days", "10",
            "tls.allow-http", "yes",
            "led.pin", "4",
            "console.baud", "9600",
        };

        [TestMethod]
        public void EveryRelevantChangeChangesTheFingerprint()
        {
            uint original = SettingsFingerprint.Compute(SettingsSamples.Valid());
            for (int i = 0; i < Relevant.Length; i += 2)
            {
                Settings s = SettingsSamples.Valid();
                string error;
                Assert.IsTrue(SettingsEditor.TrySet(s, Relevant[i], Relevant[i + 1], out error), Relevant[i] + ": " + error);
                Assert.AreNotEqual(original, SettingsFingerprint.Compute(s), Relevant[i]);
            }
        }

        [TestMethod]
        public void OtherChangesKeepTheFingerprint()
        {
            uint original = SettingsFingerprint.Compute(SettingsSamples.Valid());
            for (int i = 0; i < Irrelevant.Length; i += 2)
            {
                Settings s = SettingsSamples.Valid();
                string error;
                Assert.IsTrue(SettingsEditor.TrySet(s, Irrelevant[i], Irrelevant[i + 1], out error), Irrelevant[i] + ": " + error);
                Assert.AreEqual(original, SettingsFingerprint.Compute(s), Irrelevant[i]);
            }
        }

        [TestMethod]
        public void TheSameSettingsGiveTheSameFingerprint()
        {
            Assert.AreEqual(SettingsFingerprint.Compute(SettingsSamples.Valid()), SettingsFingerprint.Compute(SettingsSamples.Valid()));
        }

        [TestMethod]
        public void HostnameCaseDoesNotCountButOrderAndBoundariesDo()
        {
            Settings a = SettingsSamples.Valid();
            Settings b = SettingsSamples.Valid();
            b.Hostnames = new string[] { "HOME.example.com", "nas.EXAMPLE.com" };
            Assert.AreEqual(SettingsFingerprint.Compute(a), SettingsFingerprint.Compute(b));

            b.Hostnames = new string[] { "nas.example.com", "home.example.com" };
            Assert.AreNotEqual(SettingsFingerprint.Compute(a), SettingsFingerprint.Compute(b));

            a.Username = "ab";
            a.Password = "c";
            b = SettingsSamples.Valid();
            b.Username = "a";
            b.Password = "bc";
            Assert.AreNotEqual(SettingsFingerprint.Compute(a), SettingsFingerprint.Compute(b), "characters moved between fields");
        }

        [TestMethod]
        public void PasswordCaseCounts()
        {
            Settings a = SettingsSamples.Valid();
            Settings b = SettingsSamples.Valid();
            b.Password = a.Password.ToUpper();
            Assert.AreNotEqual(SettingsFingerprint.Compute(a), SettingsFingerprint.Compute(b));
        }
    }
}
