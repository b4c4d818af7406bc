#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>The words of each surface, and the validator speaking them.</summary>
    [TestClass]
    public class VocabularyTests
    {
        [TestMethod]
        public void TheConsoleNamesConsoleKeysAndCommands()
        {
            Vocabulary words = Vocabulary.DeviceConsole;
            Assert.AreEqual("interval", words.Key(SettingId.CheckIntervalSeconds));
            Assert.AreEqual("ip.source web", words.Setting(SettingId.IpSource, "web"));
            Assert.AreEqual("type `set ipv6 no`", words.ToSet(SettingId.IPv6, "no"));
            Assert.AreEqual("type `unset mx`", words.ToUnset(SettingId.Mx));
            Assert.AreEqual("`set hostnames`", words.Change(SettingId.Hostnames));
            Assert.AreEqual(", then `save`", words.ThenApply);
            Assert.AreEqual("`update --force`", words.Command(CommandWord.ForceUpdate));
            Assert.AreEqual("`resume`", words.Command(CommandWord.Resume));
            Assert.AreEqual("`save`", words.Command(CommandWord.Save));
            Assert.AreEqual("`help set`", words.Command(CommandWord.ListSettings));
            Assert.AreEqual("`set ipv6 yes`", words.Assignment(SettingId.IPv6, "yes"));
            Assert.IsTrue(words.ForDevice);
            Assert.IsFalse(Vocabulary.HostConsole.ForDevice);
            Assert.AreEqual("interval", Vocabulary.HostConsole.Key(SettingId.CheckIntervalSeconds));
            Assert.AreSame(Vocabulary.HostConsole, Vocabulary.ConsoleOf(false));
        }

        [TestMethod]
        public void TheSettingsFileNamesJsonKeysAndTheCommandLine()
        {
            Vocabulary words = Vocabulary.SettingsFile;
            Assert.AreEqual("CheckIntervalSeconds", words.Key(SettingId.CheckIntervalSeconds));
            Assert.AreEqual("\"IpSource\": \"web\"", words.Setting(SettingId.IpSource, "web"));
            Assert.AreEqual("write `\"AllowPlainHttp\": true`", words.ToSet(SettingId.AllowPlainHttp, "yes"));
            Assert.AreEqual("write `\"CheckIntervalSeconds\": 600`", words.ToSet(SettingId.CheckIntervalSeconds, "600"));
            Assert.AreEqual("write `\"Reflectors\": [\"URL\", \"URL\"]`", words.ToSet(SettingId.Reflectors, "URL, URL"));
            Assert.AreEqual("write `\"Username\": \"a \\\"b\\\" c\\\\d\"`", words.ToSet(SettingId.Username, "a \"b\" c\\d"));
            Assert.AreEqual("remove `\"Mx\"`", words.ToUnset(SettingId.Mx));
            Assert.AreEqual("`\"IPv6\": true`", words.Assignment(SettingId.IPv6, "yes"));
            Assert.AreEqual("`\"Hostnames\"`", words.Change(SettingId.Hostnames));
            Assert.AreEqual(" in the settings file", words.ThenApply);
            Assert.AreEqual("`ddns-agent once --force`", words.Command(CommandWord.ForceUpdate));
            Assert.AreEqual("`resume` in `ddns-agent console`", words.Command(CommandWord.Resume));
            Assert.IsFalse(words.ForDevice);
        }

        [TestMethod]
        public void TheValidatorSpeaksTheSettingsFilesWords()
        {
            Settings s = SettingsSamples.Valid();
            s.CheckIntervalSeconds = 30;
            s.Provider = "custom";
            s.ServerUrl = "http://dyn.example.net/nic/update";
            s.IPv4 = false;
            s.RequireAgreement = true;
            s.IpSource = "interface";
            ValidationReport report = SettingsValidator.Validate(s, Vocabulary.SettingsFile);
            string text = report.ToString();

            Expect.Contains(text, "CheckIntervalSeconds: 30 seconds is too often");
            Expect.Contains(text, "ServerUrl: 'http://dyn.example.net/nic/update' would send the password unencrypted; use https://, or first write `\"AllowPlainHttp\": true` if you accept that risk");
            Expect.Contains(text, "IPv4: IPv4 and IPv6 are both off, so nothing would be updated; write `\"IPv4\": true` or `\"IPv6\": true`");
            Expect.Contains(text, "RequireAgreement: has no effect with \"IpSource\": \"interface\" (no reflector is asked); write `\"RequireAgreement\": false` or `\"IpSource\": \"auto\"`");
            Assert.IsTrue(report.Concerns("CheckIntervalSeconds"));
            Assert.IsTrue(report.Concerns(SettingId.CheckIntervalSeconds));
            Assert.IsFalse(report.Concerns("interval"), "no console key for the file");
            Assert.AreEqual(-1, text.IndexOf("`set "), text);
            Assert.AreEqual(-1, text.IndexOf("tls.allow-http"), text);
        }

        [TestMethod]
        public void MissingSettingsAreAskedForInTheFilesForm()
        {
            ValidationReport report = SettingsValidator.Validate(new Settings(), Vocabulary.SettingsFile);
            string text = report.ToString();
            Expect.Contains(text, "Username: not set; write `\"Username\": \"NAME\"` with the account name your provider expects");
            Expect.Contains(text, "Password: not set; write `\"Password\": \"SECRET\"` with the password or update token");
            Expect.Contains(text, "Hostnames: none given; give at least one fully qualified name, e.g. write `\"Hostnames\": [\"home.example.com\"]`");
            Assert.IsFalse(report.Concerns("WifiSsid"), "the host has no Wi-Fi");
        }

        [TestMethod]
        public void ChangedKeysAreNamedInTheSurfacesWords()
        {
            Settings a = SettingsSamples.Valid();
            Settings b = SettingsSamples.Valid();
            Assert.IsNull(SettingsCompare.ChangedKeys(a, b, Vocabulary.HostConsole));
            b.CheckIntervalSeconds = 600;
            b.Password = "other";
            b.Hostnames = new string[] { "home.example.com" };
            Assert.AreEqual("password, hostnames, interval", SettingsCompare.ChangedKeys(a, b, Vocabulary.HostConsole));
            Assert.AreEqual("Password, Hostnames, CheckIntervalSeconds", SettingsCompare.ChangedKeys(a, b, Vocabulary.SettingsFile));

            a.UserAgent = "";
            a.Reflectors = new string[0];
            Assert.IsNull(SettingsCompare.ChangedKeys(a, new Settings { WifiSsid = a.WifiSsid, WifiPassword = a.WifiPassword, Provider = a.Provider, Username = a.Username, Password = a.Password, Hostnames = a.Hostnames }, Vocabulary.HostConsole), "empty and not set are the same");
        }
    }
}
