#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>
    /// Every setting is kept exactly as given or refused with its key: names and URLs are ASCII (the message
    /// gives their xn-- form), user names, passwords and the Wi-Fi name may be any text of the Basic
    /// Multilingual Plane, and nothing keeps a control character, a character beyond U+FFFF or U+FFFD.
    /// </summary>
    [TestClass]
    public class NonAsciiSettingsTests
    {
        [TestMethod]
        public void AHostnameOutsideAsciiIsRefusedWithItsXnForm()
        {
            Settings s = new Settings();
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(s, "hostnames", "h\u00f6m\u00e9.example.net", out error));
            Assert.AreEqual("'h\u00f6m\u00e9.example.net' is not ASCII: a DNS name is given in its xn-- form, here xn--hm-cja4c.example.net (check it with your provider)", error);
            Assert.IsNull(s.Hostnames, "nothing is kept, neither changed nor cut");

            Assert.IsTrue(SettingsEditor.TrySet(s, "hostnames", "xn--hm-cja4c.example.net", out error), error);
            Assert.AreEqual("xn--hm-cja4c.example.net", s.Hostnames[0]);

            Assert.IsFalse(SettingsEditor.TrySet(s, "mx", "mail.b\u00fccher.example", out error));
            Expect.Contains(error, "mail.xn--bcher-kva.example");
        }

        [TestMethod]
        public void AUrlOutsideAsciiIsRefusedWithItsAsciiForm()
        {
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "server", "https://dyn.m\u00fcnchen.example/nic/upd\u00e4te?x=\u00e9", out error));
            Assert.AreEqual("'https://dyn.m\u00fcnchen.example/nic/upd\u00e4te?x=\u00e9' is not ASCII: a URL is given with its host name in the xn-- form and other characters percent-encoded, here https://dyn.xn--mnchen-3ya.example/nic/upd%C3%A4te?x=%C3%A9", error);
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "reflectors", "https://ip.example.org, https://\u00fcber.example/ip", out error));
            Expect.Contains(error, "here https://xn--ber-goa.example/ip");
        }

        [TestMethod]
        public void UserNamesAndPasswordsAreKeptExactlyAsUnicodeText()
        {
            Settings s = new Settings();
            string error;
            Assert.IsTrue(SettingsEditor.TrySet(s, "username", "j\u00fcrgen", out error), error);
            Assert.AreEqual("j\u00fcrgen", s.Username);
            Assert.IsTrue(SettingsEditor.TrySet(s, "password", "p\u00e4ss w\u00f6rd \u20ac", out error), error);
            Assert.AreEqual("p\u00e4ss w\u00f6rd \u20ac", s.Password);
            Assert.IsTrue(SettingsEditor.TrySet(s, "wifi.ssid", "Caf\u00e9 \u00e0 la gare", out error), error);
            Assert.AreEqual("Caf\u00e9 \u00e0 la gare", s.WifiSsid);
        }

        [TestMethod]
        public void CharactersBeyondTheBmpAreRefusedNamingTheKey()
        {
            Settings s = SettingsSamples.Valid();
            s.Username = "me\ud83d\ude00";
            s.Password = "pw\ud83d\ude00pw";
            s.WifiSsid = "Net\ud83d\ude00";
            s.Hostnames = new string[] { "a\ud83d\ude00.example.com" };
            ValidationReport report = SettingsValidator.Validate(s, true);
            string[] keys = new string[] { "username", "password", "wifi.ssid", "hostnames" };
            for (int i = 0; i < keys.Length; i++)
            {
                SettingsValidatorTests.AssertProblem(report, keys[i], "has a character beyond U+FFFF (such as an emoji), which the agent cannot keep exactly; leave it out");
            }

            Assert.AreEqual(-1, report.ToString().IndexOf("pw"), "a secret is never quoted");
            report = SettingsValidator.Validate(s, Vocabulary.SettingsFile);
            SettingsValidatorTests.AssertProblem(report, "Password", "has a character beyond U+FFFF");
        }

        [TestMethod]
        public void TheMarkOfBytesThatWereNotUtf8IsRefusedNamingTheKey()
        {
            Settings s = SettingsSamples.Valid();
            s.Username = "j\ufffdrgen";
            s.Password = "p\ufffdss";
            ValidationReport report = SettingsValidator.Validate(s, Vocabulary.SettingsFile);
            SettingsValidatorTests.AssertProblem(report, "Username", "holds U+FFFD, the mark of bytes that were not UTF-8, so the value is already lost; save the settings file as UTF-8 and write the value again");
            SettingsValidatorTests.AssertProblem(report, "Password", "holds U+FFFD");

            string error;
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "password", "p\ufffdss", out error));
            Assert.AreEqual("holds U+FFFD, the mark of bytes that were not UTF-8, so the value is already lost; set the terminal to UTF-8 and type it again", error);
        }

        [TestMethod]
        public void C1ControlCharactersAreControlCharacters()
        {
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "username", "al\u009bice", out error));
            Assert.AreEqual("contains a line break or control character; type it again", error);
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "hostnames", "a\u0085b.example.com", out error));
        }

        [TestMethod]
        public void TheWifiPassphraseIsCountedInBytes()
        {
            string error;
            Assert.IsTrue(SettingsEditor.TrySet(new Settings(), "wifi.password", "\u00e4\u00e4\u00e4\u00e4", out error), "4 characters, 8 bytes: " + error);
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "wifi.password", new string('\u00e4', 32), out error), "32 characters, 64 bytes");
            Assert.AreEqual("must be 8 to 63 bytes in UTF-8 (8 to 63 characters without accents), or 64 hexadecimal digits; `unset wifi.password` for an open network", error);
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "wifi.ssid", new string('\u20ac', 11), out error), "33 bytes");
        }

        [TestMethod]
        public void AsciiOnlySettingsSaySo()
        {
            string error;
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "user-agent", "ag\u00e9nt", out error));
            Assert.AreEqual("may hold only printable ASCII characters (no line breaks or accents)", error);
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "provider", "d\u00ffn", out error));
            Expect.Contains(error, "'d\u00ffn' is unknown; choose one of");
        }
    }
}
