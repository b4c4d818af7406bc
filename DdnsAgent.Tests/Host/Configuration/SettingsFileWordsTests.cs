using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using DdnsAgent.Configuration;
using DdnsAgent.Host.Configuration;
using DdnsAgent.Protocol;
using DdnsAgent.Status;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>
    /// Problems of the settings file speak its words: JSON keys that exist, snippets that are valid JSON and that
    /// the file accepts, and never a console key or a console command.
    /// </summary>
    [TestClass]
    public sealed class SettingsFileWordsTests
    {
        [TestMethod]
        public void EveryJsonKeyIsASettingsProperty()
        {
            foreach (SettingId id in Enum.GetValues<SettingId>())
            {
                string key = JsonKeys.Of(id);
                Assert.IsNotNull(typeof(Settings).GetProperty(key, BindingFlags.Public | BindingFlags.Instance), key);
                Assert.AreEqual(id.ToString(), key, "the enum and the property share the name");
            }

            Assert.AreEqual(typeof(Settings).GetProperties().Length, Enum.GetValues<SettingId>().Length, "one id per property");
        }

        [TestMethod]
        public void FileMessagesNameOnlyWhatTheFileHas()
        {
            foreach (Settings s in Samples())
            {
                ValidationReport report = SettingsValidator.Validate(s, Vocabulary.SettingsFile);
                Assert.IsFalse(report.IsValid);
                for (int i = 0; i < report.Count; i++)
                {
                    SettingProblem problem = report[i];
                    Assert.AreEqual(JsonKeys.Of(problem.Id), problem.Key);
                    string text = problem.ToString();
                    StringAssert.DoesNotMatch(text, new Regex(@"`(set|unset|save|help)\b"), "a console command in: " + text);
                    foreach (string consoleKey in SettingsEditor.Keys.Where(k => k.Contains('.') || k.Contains('-')))
                    {
                        Assert.IsFalse(text.Contains(consoleKey, StringComparison.Ordinal), "console key " + consoleKey + " in: " + text);
                    }

                    foreach (Match snippet in Regex.Matches(text, "`(\"[^`]*)`"))
                    {
                        AssertSnippetIsAcceptedByTheFile(snippet.Groups[1].Value, text);
                    }
                }
            }
        }

        [TestMethod]
        public void AnswerCodesAndTheLedTellTheFileInItsWords()
        {
            var texts = Enumerable.Range(0, ResultCode.MaxValue + 1).Select(ResultCode.Find).Where(code => code != null)
                .Select(code => code!.Meaning(Vocabulary.SettingsFile))
                .Concat(Enum.GetValues<LedState>().Select(state => LedStateText.Describe(state, Vocabulary.SettingsFile)));
            foreach (string text in texts)
            {
                StringAssert.DoesNotMatch(text, new Regex(@"`(set|unset|save|help|update)\b|[{}]"), "a console command or a marker in: " + text);
                foreach (Match snippet in Regex.Matches(text, "`(\"[^`]*)`"))
                {
                    AssertSnippetIsAcceptedByTheFile(snippet.Groups[1].Value, text);
                }
            }
        }

        // A snippet such as "IPv6": true is a member of the settings object that the file reads (placeholders aside).
        private static void AssertSnippetIsAcceptedByTheFile(string snippet, string message)
        {
            if (!snippet.Contains(':'))
            {
                Assert.IsNotNull(typeof(Settings).GetProperty(snippet.Trim('"')), "not a key: " + snippet + " in: " + message);
                return;
            }

            string json = "{ " + snippet + " }";
            using (JsonDocument.Parse(json))
            {
            }

            Assert.IsTrue(SettingsJson.TryParse(json, "snippet", out Settings _, out string problem), problem + " for " + snippet + " in: " + message);
        }

        private static Settings[] Samples()
        {
            Settings empty = new Settings();

            Settings custom = SettingsSamples.Valid();
            custom.Provider = "custom";
            custom.ServerUrl = "http://dyn.example.net/nic/update";
            custom.ServerDualStack = "both";
            custom.IPv4 = false;
            custom.RequireAgreement = true;
            custom.Reflectors = new[] { "https://api.ipify.org" };
            custom.CheckIntervalSeconds = 30;
            custom.UserAgent = new string('a', 129);

            Settings preset = SettingsSamples.Valid();
            preset.Provider = "dynv6";
            preset.IPv6 = true;
            preset.ServerDualStack = "combined";
            preset.RequireAgreement = true;
            preset.IpSource = "interface";
            preset.Hostnames = new[] { "h\u00f6me.example.com", "a.example.com" };
            preset.Username = "bad\ufffd";
            preset.CaCertificate = "not a certificate";
            Settings rfc2136 = SettingsSamples.Valid();
            rfc2136.Provider = "rfc2136";
            rfc2136.DnsServer = "dns://ns1.example.net";
            rfc2136.DnsPort = 0;
            rfc2136.DnsKeySecret = "short";
            rfc2136.DnsTtl = -1;

            Settings dyndns2 = SettingsSamples.Valid();
            dyndns2.DnsServer = "ns1.example.net";
            dyndns2.DnsVerify = false;
            dyndns2.DnsZone = "example.com";
            dyndns2.DnsTtl = 300;

            Settings unsetServer = SettingsSamples.Valid();
            unsetServer.DnsPort = 5353;

            Settings outside = SettingsSamples.Valid();
            outside.Provider = "rfc2136";
            outside.Username = null;
            outside.Password = null;
            outside.DnsServer = "192.0.2.53";
            outside.DnsZone = "example.org";
            outside.DnsKeyName = "key";
            outside.DnsKeySecret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
            return new[] { empty, custom, preset, rfc2136, dyndns2, unsetServer, outside };
        }
    }
}
