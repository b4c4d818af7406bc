using System;
using System.IO;
using System.Reflection;
using DdnsAgent.Configuration;
using DdnsAgent.Host.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Configuration
{
    [TestClass]
    public sealed class SettingsJsonTests
    {
        private static string GoldenPath => Path.Combine(AppContext.BaseDirectory, "Configuration", "settings.golden.json");

        [TestMethod]
        public void SerializingTheFixedSettingsGivesTheGoldenText()
        {
            string golden = File.ReadAllText(GoldenPath);
            Assert.AreEqual(golden, SettingsJson.Serialize(GoldenSettings.Create()));
        }

        [TestMethod]
        public void ReadingTheGoldenTextGivesTheFixedSettings()
        {
            Assert.IsTrue(SettingsJson.TryParse(File.ReadAllText(GoldenPath), "golden", out Settings read, out string problem), problem);
            GoldenSettings.AssertEqual(GoldenSettings.Create(), read);
        }

        [TestMethod]
        public void TheGoldenTextNamesEverySetting()
        {
            // A new Settings property must reach the golden file, so that its JSON name is pinned too.
            string golden = File.ReadAllText(GoldenPath);
            foreach (PropertyInfo property in typeof(Settings).GetProperties())
            {
                StringAssert.Contains(golden, "\n  \"" + property.Name + "\": ", property.Name);
            }
        }

        [TestMethod]
        public void AFileWithoutServerDualStackReadsAsPerFamily()
        {
            // Files written before the setting existed: null, which the agent takes as one request per family.
            string json = "{ \"Provider\": \"custom\", \"ServerUrl\": \"https://dyn.example.net/nic/update\" }";
            Assert.IsTrue(SettingsJson.TryParse(json, "old.json", out Settings read, out string problem), problem);
            Assert.IsNull(read.ServerDualStack);
            Assert.IsTrue(SettingsJson.TryParse("{ \"ServerDualStack\": \"separate\" }", "new.json", out read, out problem), problem);
            Assert.AreEqual("separate", read.ServerDualStack);
        }

        [TestMethod]
        public void NullValuesAreLeftOutAndDefaultsComeBack()
        {
            string json = SettingsJson.Serialize(new Settings());
            Assert.IsFalse(json.Contains("null"), json);
            Assert.IsFalse(json.Contains("Password"), json);
            Assert.IsTrue(SettingsJson.TryParse(json, "x", out Settings read, out string problem), problem);
            GoldenSettings.AssertEqual(new Settings(), read);
            Assert.IsTrue(SettingsJson.TryParse("{}", "x", out read, out problem), problem);
            GoldenSettings.AssertEqual(new Settings(), read);
        }

        [TestMethod]
        public void CommentsAndTrailingCommasAreAccepted()
        {
            string json = "{\n  // the account\n  \"Provider\": \"noip\", /* preset */\n  \"Hostnames\": [\"a.example.com\",],\n}\n";
            Assert.IsTrue(SettingsJson.TryParse(json, "x", out Settings read, out string problem), problem);
            Assert.AreEqual("noip", read.Provider);
            Assert.AreEqual("a.example.com", read.Hostnames[0]);
        }

        [TestMethod]
        public void AnUnknownPropertyIsNamedWithItsLine()
        {
            string json = "{\n  \"Provider\": \"noip\",\n  \"Pasword\": \"x\"\n}";
            Assert.IsFalse(SettingsJson.TryParse(json, "ddns-agent.json", out _, out string problem));
            Assert.AreEqual("ddns-agent.json: unknown setting \"Pasword\" (line 3, column 13); remove it or correct its spelling", problem);
        }

        [TestMethod]
        public void AWronglyCasedPropertyIsExplained()
        {
            Assert.IsFalse(SettingsJson.TryParse("{ \"password\": \"x\" }", "f.json", out _, out string problem));
            Assert.IsTrue(problem.StartsWith("f.json: unknown setting \"password\" (line 1", StringComparison.Ordinal), problem);
            Assert.IsTrue(problem.EndsWith("(names are case-sensitive: \"Password\")", StringComparison.Ordinal), problem);
            Assert.IsFalse(problem.Contains("\"x\""), "the value is never repeated");
        }

        [TestMethod]
        public void AWrongTypeSaysWhatIsExpected()
        {
            string[] json = { "{ \"IPv4\": \"yes\" }", "{ \"CheckIntervalSeconds\": \"300\" }", "{ \"Hostnames\": \"a.example.com\" }", "{ \"Provider\": 5 }" };
            string[] expected = { "\"IPv4\" must be true or false", "\"CheckIntervalSeconds\" must be a whole number", "\"Hostnames\" must be a list of texts", "\"Provider\" must be a text in double quotes" };
            for (int i = 0; i < json.Length; i++)
            {
                Assert.IsFalse(SettingsJson.TryParse(json[i], "f.json", out _, out string problem), json[i]);
                Assert.IsTrue(problem.StartsWith("f.json: " + expected[i], StringComparison.Ordinal), problem);
            }
        }

        [TestMethod]
        public void ADuplicatePropertyIsRefused()
        {
            Assert.IsFalse(SettingsJson.TryParse("{ \"Password\": \"a\", \"Password\": \"b\" }", "f.json", out _, out string problem));
            Assert.IsTrue(problem.StartsWith("f.json: \"Password\" appears twice", StringComparison.Ordinal), problem);
        }

        [TestMethod]
        public void ATornFileGivesAProblemAtEveryCutAndNeverThrows()
        {
            string golden = File.ReadAllText(GoldenPath);
            string end = golden.TrimEnd();
            for (int length = 0; length < end.Length; length++)
            {
                bool ok = SettingsJson.TryParse(golden.Substring(0, length), "f.json", out Settings read, out string problem);
                Assert.IsFalse(ok, "a file cut at " + length + " was accepted");
                Assert.IsNull(read);
                Assert.IsTrue(problem.StartsWith("f.json", StringComparison.Ordinal), problem);
                Assert.IsFalse(problem.Contains("wörd"), "a cut inside a secret never shows it: " + problem);
            }
        }

        [TestMethod]
        public void GarbageGivesAProblem()
        {
            string[] texts = { "", "   \n", "null", "[1, 2]", "\"text\"", "{ \"Provider\": ", "\u0000\u0001binary\uFFFD", "{ \"Hostnames\": [1, 2] }" };
            foreach (string text in texts)
            {
                Assert.IsFalse(SettingsJson.TryParse(text, "f.json", out _, out string problem), text);
                Assert.IsTrue(problem.StartsWith("f.json", StringComparison.Ordinal), problem);
            }

            SettingsJson.TryParse("", "f.json", out _, out string empty);
            Assert.AreEqual("f.json is empty (a write may have been cut short); write the settings again", empty);
            SettingsJson.TryParse("[1, 2]", "f.json", out _, out string array);
            Assert.IsTrue(array.StartsWith("f.json must hold one JSON object { ... } with the settings", StringComparison.Ordinal), array);
        }
    }
}
