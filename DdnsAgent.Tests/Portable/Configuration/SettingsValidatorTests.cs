#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Detection;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Configuration
{
    [TestClass]
    public class SettingsValidatorTests
    {
        [TestMethod]
        public void TheSampleAndTheDefaultsOfOptionalKeysAreValid()
        {
            ValidationReport report = SettingsValidator.Validate(SettingsSamples.Valid(), true);
            Assert.IsTrue(report.IsValid, report.ToString());
        }

        [TestMethod]
        public void EmptySettingsReportEveryMissingValueAtOnce()
        {
            ValidationReport report = SettingsValidator.Validate(new Settings(), true);
            AssertProblem(report, "wifi.ssid", "not set; type `set wifi.ssid NAME`");
            AssertProblem(report, "provider", "not set; choose one of dyn, noip, desec, dynu, he, dynv6, ovh, strato, freedns, changeip, dnsomatic, selfhost, inwx, custom");
            AssertProblem(report, "username", "not set");
            AssertProblem(report, "password", "not set");
            AssertProblem(report, "hostnames", "none given; give at least one fully qualified name");
            Assert.AreEqual(5, report.Count, report.ToString());
        }

        [TestMethod]
        public void WifiIsJudgedOnlyForTheDevice()
        {
            Settings s = SettingsSamples.Valid();
            s.WifiSsid = null;
            s.WifiPassword = "short";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid);
            ValidationReport report = SettingsValidator.Validate(s, true);
            AssertProblem(report, "wifi.ssid", "not set");
            AssertProblem(report, "wifi.password", "must be 8 to 63 bytes in UTF-8");
            Assert.IsTrue(report.ToString().IndexOf("short") < 0, "a secret is never repeated");
        }

        [TestMethod]
        public void WifiLimits()
        {
            Settings s = SettingsSamples.Valid();
            s.WifiSsid = "123456789012345678901234567890123";
            s.WifiPassword = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
            ValidationReport report = SettingsValidator.Validate(s, true);
            AssertProblem(report, "wifi.ssid", "must be 1 to 32 bytes long");
            Assert.AreEqual(1, report.Count, "64 hexadecimal digits are a valid Wi-Fi key: " + report.ToString());
        }

        [TestMethod]
        public void UnknownProviderListsTheChoices()
        {
            Settings s = SettingsSamples.Valid();
            s.Provider = "xyz";
            AssertProblem(SettingsValidator.Validate(s, false), "provider", "'xyz' is unknown; choose one of dyn, noip,");
            s.Provider = "NoIP";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "provider ids ignore case");
        }

        [TestMethod]
        public void CustomNeedsAServerUrl()
        {
            Settings s = SettingsSamples.Valid();
            s.Provider = "custom";
            AssertProblem(SettingsValidator.Validate(s, false), "server", "the custom provider needs its update URL; type `set server https://HOST/nic/update`");
            s.ServerUrl = "https://dyn.example.net/nic/update";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid);
        }

        [TestMethod]
        public void ACustomServerTakesEachDualStackStyle()
        {
            Settings s = SettingsSamples.Valid();
            s.Provider = "custom";
            s.ServerUrl = "https://dyn.example.net/nic/update";
            s.IPv6 = true;
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "not set: per-family");
            string[] styles = new string[] { "per-family", "combined", "separate", "Separate", "" };
            for (int i = 0; i < styles.Length; i++)
            {
                s.ServerDualStack = styles[i];
                ValidationReport report = SettingsValidator.Validate(s, false);
                Assert.IsTrue(report.IsValid, "'" + styles[i] + "': " + report.ToString());
            }

            s.ServerDualStack = "myipv6";
            ValidationReport bad = SettingsValidator.Validate(s, false);
            Assert.AreEqual(1, bad.Count, bad.ToString());
            AssertProblem(bad, "server.dual-stack", "'myipv6' is not valid; use per-family (one request per family, each with myip), combined (myip=V4,V6) or separate (myip=V4 and myipv6=V6)");
        }

        [TestMethod]
        public void APresetRefusesADualStackStyle()
        {
            // A preset carries its own style, so the setting would silently do nothing: refused, with the fix.
            Settings s = SettingsSamples.Valid();
            s.ServerDualStack = "combined";
            ValidationReport report = SettingsValidator.Validate(s, false);
            Assert.AreEqual(1, report.Count, report.ToString());
            AssertProblem(report, "server.dual-stack", "is used only with provider custom (the noip preset has its own); type `unset server.dual-stack`");
            s.ServerDualStack = "per-family";
            Assert.IsTrue(SettingsValidator.Validate(s, false).Concerns("server.dual-stack"), "any value, the default's name too");
            s.ServerDualStack = "";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "empty counts as not set");
        }

        [TestMethod]
        public void CredentialsNeverGoOverPlainHttpUnlessAllowed()
        {
            Settings s = SettingsSamples.Valid();
            s.Provider = "custom";
            s.ServerUrl = "http://dyn.example.net/nic/update";
            AssertProblem(SettingsValidator.Validate(s, false), "server", "'http://dyn.example.net/nic/update' would send the password unencrypted; use https://, or first type `set tls.allow-http yes`");
            s.AllowPlainHttp = true;
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid);
        }

        [TestMethod]
        public void MalformedServerUrls()
        {
            string[] urls = new string[] { "ftp://x.example", "https://", "https://bad host/", "https://x.example:0/", "https://x.example:99999/", "https://[::1/" };
            string[] expected = new string[] { "must start with https://", "has no host name", "space or control character", "port must be", "port must be", "[IPv6] host is not closed" };
            for (int i = 0; i < urls.Length; i++)
            {
                Settings s = SettingsSamples.Valid();
                s.ServerUrl = urls[i];
                ValidationReport report = SettingsValidator.Validate(s, false);
                Assert.AreEqual(1, report.Count, urls[i]);
                Assert.AreEqual("server", report[0].Key);
                Assert.IsTrue(report[0].Message.IndexOf("'" + urls[i] + "' is not a URL: ") == 0, report[0].Message);
                Assert.IsTrue(report[0].Message.IndexOf(expected[i]) > 0, report[0].Message);
            }
        }

        private static readonly string[] UrlSamples = new string[]
        {
            "https://dyn.example.net/nic/update", "http://192.0.2.10:8080/update", "https://my_router.lan/nic/update?",
            "https://dyn.example.net:8245/nic/update?system=dyndns", "https://[2001:db8::1]/nic/update", "https://dyn.example.net/#top",
            "https://dyn.example.net/a<b", "https://dyn.example.net/%zz", "https://-dyn.example.net/", "https://dyn.example.net:65536/",
            "https://dyn.example.net/" + new string('a', 300), "https://api_ipify.org/", "https://api.ipify.org?format=json",
        };

        [TestMethod]
        public void AUrlPassesValidationExactlyWhenTheAgentCanUseIt()
        {
            foreach (string url in UrlSamples)
            {
                Settings s = SettingsSamples.Valid();
                s.Provider = "custom";
                s.ServerUrl = url;
                s.Reflectors = new string[] { url };
                s.AllowPlainHttp = true;
                ValidationReport report = SettingsValidator.Validate(s, false);

                UpdateEndpoint endpoint;
                string error;
                bool serverWorks = UpdateEndpoint.TryFromUrl(url, "user", "pass", null, DualStackStyle.CombinedMyIp, out endpoint, out error);
                Assert.AreEqual(!serverWorks, report.Concerns("server"), "server " + url + ": " + report.ToString());

                Reflector reflector;
                bool reflectorWorks = Reflector.TryParse(url, AddressFamilyKind.None, out reflector, out error);
                Assert.AreEqual(!reflectorWorks, report.Concerns("reflectors"), "reflector " + url + ": " + report.ToString());
            }
        }

        [TestMethod]
        public void AUrlWithCredentialsIsRefusedWithoutRepeatingThem()
        {
            Settings s = SettingsSamples.Valid();
            s.ServerUrl = "https://bob:hunter2@dyn.example.net/nic/update";
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "server", "the URL holds a user name or password; put them in username and password instead");
            Assert.IsTrue(report.ToString().IndexOf("hunter2") < 0);
        }

        [TestMethod]
        public void UsernameRules()
        {
            Settings s = SettingsSamples.Valid();
            s.Username = "ali:ce";
            AssertProblem(SettingsValidator.Validate(s, false), "username", "must not contain ':'");
            s.Username = null;
            s.Provider = "he";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "Hurricane Electric uses each hostname as user name");
        }

        [TestMethod]
        public void ControlCharactersInAPasswordAreReportedWithoutTheValue()
        {
            Settings s = SettingsSamples.Valid();
            s.Password = "sec\r\nret";
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "password", "contains a line break or control character; type it again");
            Assert.IsTrue(report.ToString().IndexOf("sec") < 0 && report.ToString().IndexOf("ret") < 0, report.ToString());
        }

        [TestMethod]
        public void EveryBadHostnameIsNamed()
        {
            Settings s = SettingsSamples.Valid();
            s.Hostnames = new string[] { "foo", "ok.example.com", "-bad.example.com", "a..b.com", "under_score.example.com", "OK.example.com" };
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "hostnames", "'foo' is not a fully qualified name: give the whole name, e.g. foo.example.com");
            AssertProblem(report, "hostnames", "'-bad.example.com' is not a fully qualified name: a label starts or ends with a hyphen");
            AssertProblem(report, "hostnames", "'a..b.com' is not a fully qualified name: it has an empty label");
            AssertProblem(report, "hostnames", "'under_score.example.com' is not a fully qualified name: use only letters, digits, hyphens and dots");
            AssertProblem(report, "hostnames", "'OK.example.com' is listed twice; remove one");
            Assert.AreEqual(5, report.Count, report.ToString());
        }

        [TestMethod]
        public void HostnameLengthLimits()
        {
            string label63 = "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abc";
            Assert.IsTrue(Hostnames.IsFullyQualified(label63 + ".example.com"));
            Assert.IsFalse(Hostnames.IsFullyQualified(label63 + "d.example.com"));
            string name253 = label63 + "." + label63 + "." + label63 + "." + label63.Substring(0, 61);
            Assert.AreEqual(253, name253.Length);
            Assert.IsTrue(Hostnames.IsFullyQualified(name253));
            Assert.IsFalse(Hostnames.IsFullyQualified(name253 + "x"));
            Assert.IsFalse(Hostnames.IsFullyQualified("example.com."), "a trailing dot is refused");
        }

        [TestMethod]
        public void AtMostTwentyHostnames()
        {
            Settings s = SettingsSamples.Valid();
            s.Hostnames = new string[21];
            for (int i = 0; i < s.Hostnames.Length; i++)
            {
                s.Hostnames[i] = "h" + i.ToString() + ".example.com";
            }

            AssertProblem(SettingsValidator.Validate(s, false), "hostnames", "21 given, at most 20 are allowed (the dyndns2 limit per request)");
        }

        [TestMethod]
        public void ProviderTraitsAreChecked()
        {
            Settings s = SettingsSamples.Valid();
            s.Provider = "dynv6";
            s.IPv6 = true;
            AssertProblem(SettingsValidator.Validate(s, false), "ipv6", "the dynv6 update endpoint takes IPv4 only; type `set ipv6 no`");
            s.Provider = "inwx";
            AssertProblem(SettingsValidator.Validate(s, false), "hostnames", "an inwx account is bound to one hostname");
        }

        [TestMethod]
        public void EveryCatalogProviderIsAcceptedWithItsTraits()
        {
            // The validator knows the providers only through ProviderCatalog: a new preset needs no change here.
            for (int i = 0; i < ProviderCatalog.Count; i++)
            {
                ProviderPreset preset = ProviderCatalog.Get(i);
                if (preset.UsesServerSetting || preset.Protocol == Rfc2136Protocol.Name)
                {
                    continue; // "custom" is checked below, rfc2136 in the RFC 2136 tests
                }

                Settings s = SettingsSamples.Valid();
                s.Provider = Ascii.ToUpper(preset.Id);
                s.Username = null;
                s.IPv6 = true;
                ValidationReport report = SettingsValidator.Validate(s, false);
                Assert.IsFalse(report.Concerns("provider"), preset.Id + ": " + report.ToString());
                Assert.AreEqual(!preset.UsernameIsHostname, report.Concerns("username"), preset.Id + ": user name needed");
                Assert.AreEqual(!preset.SupportsIPv6, report.Concerns("ipv6"), preset.Id + ": IPv6 refused");
                Assert.AreEqual(!preset.SendsHostname, report.Concerns("hostnames"), preset.Id + ": one hostname only");
                Assert.IsTrue(ProviderCatalog.IdList.IndexOf(preset.Id + ", ") >= 0, preset.Id + " listed in " + ProviderCatalog.IdList);
            }

            string ids = ProviderCatalog.IdList;
            Assert.AreEqual(ids.Length - ", custom, rfc2136".Length, ids.IndexOf(", custom"), ids);
            Settings custom = SettingsSamples.Valid();
            custom.Provider = "Custom";
            custom.ServerUrl = "https://dyn.example.net/nic/update";
            Assert.IsTrue(SettingsValidator.Validate(custom, false).IsValid, "custom");
        }

        [TestMethod]
        public void MissingCredentialsSayWhatTheProviderCallsThem()
        {
            Settings s = SettingsSamples.Valid();
            s.Provider = "desec";
            s.Username = "";
            s.Password = "";
            ValidationReport report = SettingsValidator.Validate(s, false);
            string hint = "(deSEC: " + ProviderCatalog.Find("desec").CredentialsHint + ")";
            AssertProblem(report, "username", "not set; type `set username NAME`");
            Assert.IsTrue(report.ToString().IndexOf("username: not set; type `set username NAME` with the account name your provider expects " + hint) >= 0, report.ToString());
            Assert.IsTrue(report.ToString().IndexOf("password: not set; type `set password SECRET` with the password or update token " + hint) >= 0, report.ToString());
        }

        [TestMethod]
        public void UserAgentFollowsTheRuleOfTheRequest()
        {
            Settings s = SettingsSamples.Valid();
            s.UserAgent = "DdnsAgent édition";
            AssertProblem(SettingsValidator.Validate(s, false), "user-agent", "may hold only printable ASCII characters");
            s.UserAgent = new string('a', AgentIdentity.MaxUserAgentLength + 1);
            AssertProblem(SettingsValidator.Validate(s, false), "user-agent", "is longer than 128 characters");
            s.UserAgent = new string('a', AgentIdentity.MaxUserAgentLength);
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "128 characters are fine");
        }

        [TestMethod]
        public void AtLeastOneAddressFamily()
        {
            Settings s = SettingsSamples.Valid();
            s.IPv4 = false;
            AssertProblem(SettingsValidator.Validate(s, false), "ipv4", "ipv4 and ipv6 are both off, so nothing would be updated");
        }

        [TestMethod]
        public void AddressDetectionChoices()
        {
            Settings s = SettingsSamples.Valid();
            s.IpSource = "dns";
            s.Reflectors = new string[] { "https://api.ipify.org", "ipv4.icanhazip.com" };
            s.RequireAgreement = true;
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "ip.source", "'dns' is not valid; use auto, interface or web");
            AssertProblem(report, "reflectors", "'ipv4.icanhazip.com' is not a URL: it must start with https:// (or http://)");

            s = SettingsSamples.Valid();
            s.Reflectors = new string[] { "http://checkip.dyndns.org/" };
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "a reflector carries no credentials, http is fine");
            s.RequireAgreement = true;
            AssertProblem(SettingsValidator.Validate(s, false), "ip.agree", "needs at least two reflectors to compare");
        }

        [TestMethod]
        public void TimingLimitsExplainWhy()
        {
            Settings s = SettingsSamples.Valid();
            s.CheckIntervalSeconds = 30;
            s.ForceRefreshDays = 31;
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "interval", "30 seconds is too often: providers block accounts that check more than once a minute; use 60 or more");
            AssertProblem(report, "refresh.days", "31 is out of range; use 1 to 30 days (providers expire names that see no update for about 30 days");

            s.CheckIntervalSeconds = 86401;
            s.ForceRefreshDays = 0;
            report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "interval", "86401 seconds is more than a day; use at most 86400");
            AssertProblem(report, "refresh.days", "0 is out of range");

            s.CheckIntervalSeconds = 60;
            s.ForceRefreshDays = 30;
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid);
        }

        [TestMethod]
        public void SpreadAndDampingTakeTheirRangesAndZeroTurnsTheSpreadOff()
        {
            Settings s = SettingsSamples.Valid();
            s.StartDelaySeconds = 601;
            s.ChangeDelaySeconds = -1;
            s.MaxChangesPerHour = 9;
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "start.delay", "601 is out of range; use 0 to 600 seconds (0 checks at once after a start; 90 is usual)");
            AssertProblem(report, "change.delay", "-1 is out of range; use 0 to 120 seconds (0 sends at once; 20 is usual)");
            AssertProblem(report, "change.limit", "9 is out of range; use 1 to 8 changes per hour (4 is usual)");

            s.MaxChangesPerHour = 0;
            AssertProblem(SettingsValidator.Validate(s, Vocabulary.SettingsFile), "MaxChangesPerHour", "0 is out of range");

            s.StartDelaySeconds = 0;
            s.ChangeDelaySeconds = 0;
            s.MaxChangesPerHour = 1;
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid);
            s.StartDelaySeconds = 600;
            s.ChangeDelaySeconds = 120;
            s.MaxChangesPerHour = 8;
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid);
        }

        [TestMethod]
        public void OptionalParametersTakeOnlyTheirValues()
        {
            Settings s = SettingsSamples.Valid();
            s.Wildcard = "maybe";
            s.Mx = "not a host";
            s.BackMx = "sometimes";
            s.Offline = "NOCHG";
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "wildcard", "'maybe' is not valid; use ON, OFF or NOCHG");
            AssertProblem(report, "mx", "'not a host' is neither a fully qualified host name nor NOCHG");
            AssertProblem(report, "backmx", "'sometimes' is not valid; use YES, NO or NOCHG");
            AssertProblem(report, "offline", "'NOCHG' is not valid; use YES or NO");

            s.Wildcard = "nochg";
            s.Mx = "mail.example.com";
            s.BackMx = "YES";
            s.Offline = "";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, SettingsValidator.Validate(s, false).ToString());
        }

        [TestMethod]
        public void PinsAndSpeed()
        {
            Settings s = SettingsSamples.Valid();
            s.LedPin = 40;
            s.ConsoleTxPin = 35;
            s.ConsoleRxPin = 7;
            s.ConsoleBaudRate = 12345;
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "led.pin", "40 is not an ESP32 GPIO; use 0 to 33");
            AssertProblem(report, "console.tx", "GPIO 35 can only be an input on the ESP32");
            AssertProblem(report, "console.rx", "GPIO 7 drives the flash chip");
            AssertProblem(report, "console.baud", "12345 is not a usual serial speed");

            s = SettingsSamples.Valid();
            s.ConsoleRxPin = 36;
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid, "an input-only pin can receive");
            s.LedPin = 36;
            AssertProblem(SettingsValidator.Validate(s, false), "led.pin", "GPIO 36 can only be an input");
            s.LedPin = 17;
            AssertProblem(SettingsValidator.Validate(s, false), "led.pin", "GPIO 17 is also a console pin");
            s.LedPin = 2;
            s.ConsoleTxPin = 36;
            s.ConsoleRxPin = 16;
            s.ConsoleTxPin = 16;
            AssertProblem(SettingsValidator.Validate(s, false), "console.tx", "is the same GPIO as console.rx");
        }

        [TestMethod]
        public void HttpAndTlsValues()
        {
            Settings s = SettingsSamples.Valid();
            s.CaCertificate = "MIIB...";
            s.UserAgent = "Agent\t1";
            ValidationReport report = SettingsValidator.Validate(s, false);
            AssertProblem(report, "tls.ca", "is not a PEM certificate");
            AssertProblem(report, "user-agent", "contains a line break or control character");

            s.CaCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
            s.UserAgent = "DdnsAgent - ESP32 - 1.0";
            Assert.IsTrue(SettingsValidator.Validate(s, false).IsValid);
        }

        [TestMethod]
        public void ProblemsReadAsKeyColonMessage()
        {
            Settings s = SettingsSamples.Valid();
            s.CheckIntervalSeconds = 10;
            ValidationReport report = SettingsValidator.Validate(s, false);
            Assert.AreEqual(1, report.Count);
            Assert.AreEqual("interval", report[0].Key);
            Assert.AreEqual("interval: " + report[0].Message + "\r\n", report.ToString());
            Assert.IsTrue(report.Concerns("interval"));
            Assert.IsFalse(report.Concerns("hostnames"));
        }

        [TestMethod]
        public void TheOneLineSummaryNamesEachKey()
        {
            Settings s = SettingsSamples.Valid();
            s.CheckIntervalSeconds = 10;
            s.Hostnames = new string[] { "foo" };
            ValidationReport report = SettingsValidator.Validate(s, false);
            Assert.AreEqual(2, report.Count, report.ToString());
            Assert.AreEqual("hostnames: " + report[0].Message + "; interval: " + report[1].Message, report.SummaryText());
            Assert.AreEqual(report[0].Message + "; " + report[1].Message, report.MessagesText());
        }

        internal static void AssertProblem(ValidationReport report, string key, string messageStart)
        {
            for (int i = 0; i < report.Count; i++)
            {
                if (report[i].Key == key && report[i].Message.IndexOf(messageStart) == 0)
                {
                    return;
                }
            }

            DdnsAgent.Tests.Support.Expect.Fail("expected '" + key + ": " + messageStart + "...' among:\r\n" + report.ToString());
        }
    }
}
