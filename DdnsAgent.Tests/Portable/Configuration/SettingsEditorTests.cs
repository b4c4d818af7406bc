#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;

namespace DdnsAgent.Tests.Configuration
{
    [TestClass]
    public class SettingsEditorTests
    {
        [TestMethod]
        public void EveryKeyIsListedOnceInShowOrder()
        {
            string[] keys = SettingsEditor.Keys;
            Assert.AreEqual(37, keys.Length);
            Assert.AreEqual("wifi.ssid", keys[0]);
            Assert.AreEqual("console.baud", keys[keys.Length - 1]);
            for (int i = 0; i < keys.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    Assert.AreNotEqual(keys[j], keys[i]);
                }
            }
        }

        [TestMethod]
        public void OnlyPasswordsAreSecret()
        {
            string[] keys = SettingsEditor.Keys;
            int secrets = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                secrets += SettingsEditor.IsSecret(keys[i]) ? 1 : 0;
            }

            Assert.AreEqual(3, secrets);
            Assert.IsTrue(SettingsEditor.IsSecret("password"));
            Assert.IsTrue(SettingsEditor.IsSecret("dns.key-secret"));
            Assert.IsFalse(SettingsEditor.IsSecret("dns.key-name"));
            Assert.IsTrue(SettingsEditor.IsSecret("wifi.password"));
            Assert.IsFalse(SettingsEditor.IsSecret("username"));
            Assert.IsFalse(SettingsEditor.IsSecret("nonsense"));
        }

        [TestMethod]
        public void SetParsesEachKindOfValue()
        {
            Settings s = new Settings();
            Set(s, "provider", "DeSEC");
            Set(s, "hostnames", " Home.Example.com , nas.example.com,, ");
            Set(s, "ipv6", "YES");
            Set(s, "ipv4", "off");
            Set(s, "interval", "600");
            Set(s, "wildcard", "nochg");
            Set(s, "mx", "NoChg");
            Set(s, "reflectors", "https://api.ipify.org, https://ipv4.icanhazip.com");
            Set(s, "password", " spaced secret ");

            Assert.AreEqual("desec", s.Provider);
            Assert.AreEqual(2, s.Hostnames.Length);
            Assert.AreEqual("home.example.com", s.Hostnames[0]);
            Assert.AreEqual("nas.example.com", s.Hostnames[1]);
            Assert.IsTrue(s.IPv6);
            Assert.IsFalse(s.IPv4);
            Assert.AreEqual(600, s.CheckIntervalSeconds);
            Assert.AreEqual("NOCHG", s.Wildcard);
            Assert.AreEqual("NOCHG", s.Mx);
            Assert.AreEqual("https://ipv4.icanhazip.com", s.Reflectors[1]);
            Assert.AreEqual(" spaced secret ", s.Password, "a secret is kept exactly as typed");
        }

        [TestMethod]
        public void AnInvalidValueIsRefusedAndTheOldOneKept()
        {
            Settings s = new Settings();
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(s, "interval", "30", out error));
            Assert.AreEqual(300, s.CheckIntervalSeconds);
            Assert.IsTrue(error.IndexOf("30 seconds is too often") == 0, error);

            Assert.IsFalse(SettingsEditor.TrySet(s, "interval", "5m", out error));
            Assert.AreEqual("'5m' is not a whole number; seconds between address checks, 60 to 86400", error);

            Assert.IsFalse(SettingsEditor.TrySet(s, "ipv6", "maybe", out error));
            Assert.AreEqual("'maybe' is not yes or no", error);

            Assert.IsFalse(SettingsEditor.TrySet(s, "hostnames", "foo", out error));
            Assert.IsNull(s.Hostnames);
            Assert.AreEqual("'foo' is not a fully qualified name: give the whole name, e.g. foo.example.com", error);

            Assert.IsFalse(SettingsEditor.TrySet(s, "provider", "xyz", out error));
            Assert.IsNull(s.Provider);
        }

        [TestMethod]
        public void ServerDualStackTakesItsStylesInAnyCase()
        {
            Settings s = new Settings();
            Assert.AreEqual("(not set: per-family for custom; presets have their own)", SettingsEditor.Display(s, "server.dual-stack"));
            Set(s, "server.dual-stack", "Combined");
            Assert.AreEqual("combined", s.ServerDualStack, "accepted before provider is set, stored in lower case");
            Set(s, "server.dual-stack", " SEPARATE ");
            Assert.AreEqual("separate", s.ServerDualStack);
            Set(s, "server.dual-stack", "per-family");
            Assert.AreEqual("per-family", SettingsEditor.Display(s, "server.dual-stack"));

            string error;
            Assert.IsFalse(SettingsEditor.TrySet(s, "server.dual-stack", "both", out error));
            Assert.AreEqual("'both' is not valid; use per-family (one request per family, each with myip), combined (myip=V4,V6) or separate (myip=V4 and myipv6=V6)", error);
            Assert.AreEqual("per-family", s.ServerDualStack, "the old value is kept");

            Assert.IsTrue(SettingsEditor.TryUnset(s, "server.dual-stack", out error), error);
            Assert.IsNull(s.ServerDualStack);
        }

        [TestMethod]
        public void PlainHttpNeedsPermissionFirst()
        {
            Settings s = new Settings();
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(s, "server", "http://dyn.example.net/nic/update", out error));
            Assert.IsTrue(error.IndexOf("first type `set tls.allow-http yes`") > 0, error);
            Set(s, "tls.allow-http", "yes");
            Set(s, "server", "http://dyn.example.net/nic/update");
        }

        [TestMethod]
        public void ErrorsForSecretsNeverRepeatTheValue()
        {
            Settings s = new Settings();
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(s, "wifi.password", "short1", out error));
            Assert.IsTrue(error.IndexOf("short1") < 0, error);
            Assert.IsFalse(SettingsEditor.TrySet(s, "password", "abc\u0007def", out error));
            Assert.IsTrue(error.IndexOf("abc") < 0, error);
            Assert.IsNull(s.Password);
        }

        [TestMethod]
        public void UnknownKeysSuggestTheClosestOne()
        {
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "pasword", "x", out error));
            Assert.AreEqual("unknown key 'pasword' (did you mean password?); type `help set` to list keys", error);
            Assert.IsFalse(SettingsEditor.TryUnset(new Settings(), "colour", out error));
            Assert.AreEqual("unknown key 'colour'; type `help set` to list keys", error);
        }

        [TestMethod]
        public void AnEmptyValueSaysHowToUnset()
        {
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "mx", "  ", out error));
            Assert.AreEqual("no value given; type `set mx VALUE`, or `unset mx` to return it to its default", error);
        }

        [TestMethod]
        public void UnsetRestoresEachDefault()
        {
            Settings s = SettingsSamples.Valid();
            Set(s, "interval", "900");
            Set(s, "ipv4", "no");
            Set(s, "ip.source", "web");
            string error;
            string[] keys = SettingsEditor.Keys;
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.IsTrue(SettingsEditor.TryUnset(s, keys[i], out error), keys[i]);
                Assert.IsNull(error);
            }

            Settings defaults = new Settings();
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.AreEqual(SettingsEditor.Display(defaults, keys[i]), SettingsEditor.Display(s, keys[i]), keys[i]);
            }

            Assert.IsNull(s.Password);
            Assert.IsTrue(s.IPv4);
            Assert.AreEqual(300, s.CheckIntervalSeconds);
            Assert.AreEqual("auto", s.IpSource);
        }

        [TestMethod]
        public void DisplayMasksSecretsAndExplainsUnsetValues()
        {
            Settings s = SettingsSamples.Valid();
            Assert.AreEqual(SettingsEditor.Mask, SettingsEditor.Display(s, "password"));
            Assert.AreEqual(SettingsEditor.Mask, SettingsEditor.Display(s, "wifi.password"));
            s.Password = null;
            Assert.AreEqual("(not set)", SettingsEditor.Display(s, "password"));
            Assert.AreEqual("(not set: the built-in list)", SettingsEditor.Display(s, "reflectors"));
            Assert.AreEqual("home.example.com, nas.example.com", SettingsEditor.Display(s, "hostnames"));
            Assert.AreEqual("yes", SettingsEditor.Display(s, "ipv4"));
            Assert.AreEqual("115200", SettingsEditor.Display(s, "console.baud"));
            s.CaCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";
            Assert.AreEqual("PEM certificate, 58 characters", SettingsEditor.Display(s, "tls.ca"));
            Assert.IsNull(SettingsEditor.Display(s, "nonsense"));
        }

        [TestMethod]
        public void DescribeWritesATreeWithSecretsMasked()
        {
            Settings s = SettingsSamples.Valid();
            SettingsSamples.Capture output = new SettingsSamples.Capture();
            SettingsEditor.Describe(s, output);
            string expected =
                "settings\r\n" +
                "+-- Wi-Fi\r\n" +
                "|   +-- wifi.ssid: HomeNet\r\n" +
                "|   `-- wifi.password: ********\r\n" +
                "+-- Account\r\n" +
                "|   +-- provider: noip\r\n" +
                "|   +-- server: (not set: the provider's own server)\r\n" +
                "|   +-- server.dual-stack: (not set: per-family for custom; presets have their own)\r\n" +
                "|   +-- username: alice\r\n" +
                "|   `-- password: ********\r\n" +
                "+-- Names\r\n" +
                "|   +-- hostnames: home.example.com, nas.example.com\r\n" +
                "|   +-- ipv4: yes\r\n" +
                "|   `-- ipv6: no\r\n" +
                "+-- Update options\r\n" +
                "|   +-- wildcard: (not set: left out of the request)\r\n" +
                "|   +-- mx: (not set: left out of the request)\r\n" +
                "|   +-- backmx: (not set: left out of the request)\r\n" +
                "|   `-- offline: (not set: left out of the request)\r\n" +
                "+-- DNS server\r\n" +
                "|   +-- dns.server: (not set: needed by rfc2136; with dyndns2, no proof)\r\n" +
                "|   +-- dns.port: 53\r\n" +
                "|   +-- dns.zone: (not set: needed by rfc2136)\r\n" +
                "|   +-- dns.key-name: (not set: needed by rfc2136)\r\n" +
                "|   +-- dns.key-secret: (not set: needed by rfc2136)\r\n" +
                "|   +-- dns.ttl: 60\r\n" +
                "|   `-- dns.verify: yes\r\n" +
                "+-- Address detection\r\n" +
                "|   +-- ip.source: auto\r\n" +
                "|   +-- reflectors: (not set: the built-in list)\r\n" +
                "|   `-- ip.agree: no\r\n" +
                "+-- Timing\r\n" +
                "|   +-- interval: 300\r\n" +
                "|   +-- refresh.days: 25\r\n" +
                "|   +-- start.delay: 90\r\n" +
                "|   +-- change.delay: 20\r\n" +
                "|   `-- change.limit: 4\r\n" +
                "+-- HTTP and TLS\r\n" +
                "|   +-- user-agent: (not set: the agent's own)\r\n" +
                "|   +-- tls.ca: (not set: the platform's trusted roots)\r\n" +
                "|   `-- tls.allow-http: no\r\n" +
                "`-- Device\r\n" +
                "    +-- led.pin: 2\r\n" +
                "    +-- led.active-low: no\r\n" +
                "    +-- console.rx: 16\r\n" +
                "    +-- console.tx: 17\r\n" +
                "    `-- console.baud: 115200\r\n";
            Assert.AreEqual(expected, output.Text);
            Assert.IsTrue(output.Text.IndexOf(s.Password) < 0);
            Assert.IsTrue(output.Text.IndexOf(s.WifiPassword) < 0);
        }

        [TestMethod]
        public void DescribeForTheHostLeavesOutDeviceKeys()
        {
            SettingsSamples.Capture output = new SettingsSamples.Capture();
            SettingsEditor.Describe(SettingsSamples.Valid(), output, false);
            Assert.IsTrue(output.Text.IndexOf("wifi.") < 0);
            Assert.IsTrue(output.Text.IndexOf("led.pin") < 0);
            Assert.IsTrue(output.Text.IndexOf("|   `-- tls.allow-http: no\r\n") < 0, output.Text);
            Assert.IsTrue(output.Text.IndexOf("`-- HTTP and TLS\r\n") > 0, output.Text);
            Assert.IsTrue(output.Text.IndexOf("    `-- tls.allow-http: no\r\n") > 0, output.Text);
        }

        [TestMethod]
        public void DescribeKeysGivesALineOfHelpPerKey()
        {
            SettingsSamples.Capture output = new SettingsSamples.Capture();
            SettingsEditor.DescribeKeys(output);
            Assert.IsTrue(output.Text.IndexOf("  interval: seconds between address checks, 60 to 86400\r\n") >= 0, output.Text);
            Assert.IsTrue(output.Text.IndexOf("  server.dual-stack: how the custom server takes IPv4 and IPv6 together: per-family (one request each), combined (myip=V4,V6) or separate (myip and myipv6)\r\n") >= 0, output.Text);
            int lines = 0;
            for (int i = 0; i < output.Text.Length; i++)
            {
                lines += output.Text[i] == '\n' ? 1 : 0;
            }

            Assert.AreEqual(SettingsEditor.Keys.Length, lines);
        }

        private static void Set(Settings s, string key, string value)
        {
            string error;
            Assert.IsTrue(SettingsEditor.TrySet(s, key, value, out error), key + ": " + error);
            Assert.IsNull(error, key);
        }
    }
}
