#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Protocol;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>
    /// Every command a message tells the user to type (between backticks) is one the console runs: a known
    /// command, a real setting key, and a value that `set` accepts unless it is a placeholder such as NAME.
    /// </summary>
    [TestClass]
    public class CommandHintsTests
    {
        [TestMethod]
        public void ResultCodeDescriptionsNameWorkingCommands()
        {
            for (int value = 0; value <= ResultCode.MaxValue; value++)
            {
                ResultCode code = ResultCode.Find(value);
                if (code != null)
                {
                    AssertHintsWork(code.Meaning(Vocabulary.DeviceConsole), "code " + value.ToString());
                }
            }
        }

        [TestMethod]
        public void ValidatorMessagesNameWorkingCommands()
        {
            AssertReportHintsWork(new Settings());

            Settings s = SettingsSamples.Valid();
            s.Provider = "custom";
            s.ServerUrl = "http://dyn.example.net/nic/update";
            s.ServerDualStack = "both";
            s.IPv4 = false;
            s.RequireAgreement = true;
            s.Reflectors = new string[] { "https://api.ipify.org" };
            s.WifiPassword = "short";
            AssertReportHintsWork(s);

            s = SettingsSamples.Valid();
            s.Provider = "dynv6";
            s.Username = null;
            s.Password = null;
            s.IPv6 = true;
            s.ServerDualStack = "combined";
            s.RequireAgreement = true;
            s.IpSource = "interface";
            AssertReportHintsWork(s);

            s = SettingsSamples.Valid();
            s.Provider = "rfc2136";
            s.DnsPort = 0;
            s.DnsZone = "example.org";
            AssertReportHintsWork(s);

            s = SettingsSamples.Valid();
            s.DnsServer = "ns1.example.net";
            s.DnsVerify = false;
            s.DnsKeyName = "key";
            s.DnsTtl = 300;
            AssertReportHintsWork(s);

            s = SettingsSamples.Valid();
            s.DnsPort = 5353;
            AssertReportHintsWork(s);

            s = SettingsSamples.Valid();
            s.Provider = "inwx";
            s.Hostnames = new string[] { "foo", "a.example.com" };
            s.UserAgent = "an agent text that is far too long: 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789";
            AssertReportHintsWork(s);
        }

        [TestMethod]
        public void SetupAndEditorMessagesNameWorkingCommands()
        {
            Settings s = SettingsSamples.Valid();
            s.Provider = "dynv6";
            s.IPv6 = true;
            AssertSetupHintsWork(s);

            s = SettingsSamples.Valid();
            s.IPv4 = false;
            AssertSetupHintsWork(s);

            s = SettingsSamples.Valid();
            s.Provider = "nosuch";
            AssertSetupHintsWork(s);

            s = SettingsSamples.Valid();
            s.UserAgent = "ag\u00e9nt";
            AssertSetupHintsWork(s);

            string error;
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "hostnames", " ", out error));
            AssertHintsWork(error, "empty value");
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "pasword", "x", out error));
            AssertHintsWork(error, "unknown key");
            Assert.IsFalse(SettingsEditor.TrySet(new Settings(), "wifi.password", "short", out error));
            AssertHintsWork(error, "wifi.password");
        }

        [TestMethod]
        public void TheCheckerRefusesBrokenHints()
        {
            Assert.IsNotNull(HintProblem("type `set useragent X`"), "unknown key");
            Assert.IsNotNull(HintProblem("type `configure ipv4`"), "unknown command");
            Assert.IsNotNull(HintProblem("type `set ipv4 maybe`"), "a value set refuses");
            Assert.IsNotNull(HintProblem("an open `backtick"), "unbalanced backticks");
            Assert.IsNull(HintProblem("type `set wifi.ssid NAME`, `unset mx`, `update --force` or `help set`"));
        }

        private static void AssertReportHintsWork(Settings s)
        {
            ValidationReport report = SettingsValidator.Validate(s, true);
            Assert.IsFalse(report.IsValid, "the sample settings should have problems");
            for (int i = 0; i < report.Count; i++)
            {
                AssertHintsWork(report[i].ToString(), report[i].Key);
            }
        }

        private static void AssertSetupHintsWork(Settings s)
        {
            AgentSetup setup;
            string problem;
            Assert.IsFalse(AgentSetup.TryCreate(s, "Test", Vocabulary.DeviceConsole, out setup, out problem), "the settings should not build");
            AssertHintsWork(problem, problem);
        }

        private static void AssertHintsWork(string message, string context)
        {
            Assert.IsNotNull(message, context);
            string problem = HintProblem(message);
            Assert.IsNull(problem, context + ": " + problem + " in: " + message);
        }

        // Null when every `...` span in message is a command the console runs, else what is wrong.
        private static string HintProblem(string message)
        {
            ShellRig rig = new ShellRig();
            int open = message.IndexOf('`');
            while (open >= 0)
            {
                int close = message.IndexOf('`', open + 1);
                if (close < 0)
                {
                    return "an unbalanced backtick";
                }

                string problem = CommandProblem(rig, message.Substring(open + 1, close - open - 1));
                if (problem != null)
                {
                    return problem;
                }

                open = message.IndexOf('`', close + 1);
            }

            return null;
        }

        private static string CommandProblem(ShellRig rig, string command)
        {
            string[] words = command.Split(new char[] { ' ' });
            string help = rig.Run("help " + words[0]);
            if (help.IndexOf("  " + words[0]) != 0)
            {
                return "'" + words[0] + "' is not a console command";
            }

            bool set = words[0] == "set";
            if ((!set && words[0] != "unset") || words.Length < 2 || IsPlaceholder(words[1]))
            {
                return null;
            }

            if (SettingKeys.Find(words[1]) == null)
            {
                return "'" + words[1] + "' is not a setting key";
            }

            string value = words.Length > 2 ? command.Substring(command.IndexOf(words[1]) + words[1].Length + 1) : null;
            string error;
            if (set && value != null && value != "-" && !IsPlaceholder(value) && !SettingsEditor.TrySet(new Settings(), words[1], value, out error))
            {
                return "`" + command + "` is refused: " + error;
            }

            return null;
        }

        // NAME, SECRET, URL, URL: words in capitals stand for what the user types.
        private static bool IsPlaceholder(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!((c >= 'A' && c <= 'Z') || c == ',' || c == ' '))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
