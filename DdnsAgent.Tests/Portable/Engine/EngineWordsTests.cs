#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Dyndns2;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;
using DdnsAgent.Shell;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// The engine's own messages (answer codes, the LED's words, setup problems) in the words of the surface they
    /// are read on: console keys and commands on a console, JSON keys and the command line for the host's
    /// settings file. One stored text serves every surface; the Vocabulary fills in the names.
    /// </summary>
    [TestClass]
    public class EngineWordsTests
    {
        private const string FileApply = " in the settings file";

        [TestMethod]
        public void FillNamesSettingsAndCommandsInEachSurfacesWords()
        {
            const string Template = "{ipv4}: fix {set username}, {set ipv4 yes} or {unset offline}{then save}; then {resume}, or {update --force}";
            Assert.AreEqual(
                "ipv4: fix `set username`, `set ipv4 yes` or type `unset offline`, then `save`; then `resume`, or `update --force`",
                Vocabulary.DeviceConsole.Fill(Template));
            Assert.AreEqual(
                "IPv4: fix `\"Username\"`, `\"IPv4\": true` or remove `\"Offline\"` in the settings file; then `resume` in `ddns-agent console`, or `ddns-agent once --force`",
                Vocabulary.SettingsFile.Fill(Template));
        }

        [TestMethod]
        public void FillLeavesOtherTextAsItIs()
        {
            const string Plain = "update: home.example.org: good 81.2.69.160";
            Assert.AreSame(Plain, Vocabulary.SettingsFile.Fill(Plain), "a text without a marker is not copied");
            Assert.AreEqual("{\"error\": 1} {nosuchkey} {set nosuchkey} {unset ipv4 yes} {open", Vocabulary.SettingsFile.Fill("{\"error\": 1} {nosuchkey} {set nosuchkey} {unset ipv4 yes} {open"));
            Assert.IsNull(Vocabulary.DeviceConsole.Fill(null));
        }

        [TestMethod]
        public void BadAuthNamesTheCredentialKeysOfTheSurface()
        {
            Assert.AreEqual(
                "the provider rejected the user name or password: fix them with `set username` and `set password`, then `save`",
                Dyndns2Codes.BadAuth.Meaning(Vocabulary.DeviceConsole));
            Assert.AreEqual(
                "the provider rejected the user name or password: fix them with `\"Username\"` and `\"Password\"` in the settings file",
                Dyndns2Codes.BadAuth.Meaning(Vocabulary.SettingsFile));
            Assert.AreEqual(
                "the server refused the credentials (HTTP 401): fix them with `\"Username\"` and `\"Password\"` in the settings file",
                ResultCode.Unauthorized.Meaning(Vocabulary.SettingsFile));
        }

        [TestMethod]
        public void NoHostAndAbuseSayWhereToActOnEachSurface()
        {
            Expect.Contains(Dyndns2Codes.NoHost.Meaning(Vocabulary.HostConsole), "fix it with `set hostnames`, then `save`");
            Expect.Contains(Dyndns2Codes.NoHost.Meaning(Vocabulary.SettingsFile), "fix it with `\"Hostnames\"` in the settings file");
            Assert.AreEqual(
                "the provider blocked the hostname for abuse: unblock it on the provider's web site, then `resume`",
                Dyndns2Codes.Abuse.Meaning(Vocabulary.DeviceConsole));
            Assert.AreEqual(
                "the provider blocked the hostname for abuse: unblock it on the provider's web site, then `resume` in `ddns-agent console`",
                Dyndns2Codes.Abuse.Meaning(Vocabulary.SettingsFile));
            Expect.Contains(Rfc2136Codes.BadSig.Meaning(Vocabulary.SettingsFile), "with `\"DnsKeySecret\"` in the settings file");
        }

        [TestMethod]
        public void ARefusedCertificateSaysHowEachSurfaceTakesTheCa()
        {
            Expect.Contains(ResultCode.CertificateRejected.Meaning(Vocabulary.DeviceConsole), "give the server's root certificate with `set tls.ca -`, then `save`;");
            Expect.Contains(ResultCode.CertificateRejected.Meaning(Vocabulary.HostConsole), "give the server's root certificate with `set tls.ca FILE` or `set tls.ca -`, then `save`;");
            Expect.Contains(ResultCode.CertificateRejected.Meaning(Vocabulary.SettingsFile),
                "give the server's root certificate with `\"CaCertificate\": \"FILE\"` (the path of a PEM file) in the settings file;");
        }

        [TestMethod]
        public void BothFamiliesOffIsToldInTheSurfacesWords()
        {
            Settings s = AgentRig.DefaultSettings();
            s.IPv4 = false;
            s.IPv6 = false;
            AgentSetup setup;
            string problem;
            Assert.IsFalse(AgentSetup.TryCreate(s, "Test", Vocabulary.SettingsFile, out setup, out problem));
            Assert.AreEqual("IPv4: IPv4 and IPv6 are both off, so nothing would be updated; turn one on: `\"IPv4\": true` or `\"IPv6\": true`", problem);
            Assert.IsFalse(AgentSetup.TryCreate(s, "Test", Vocabulary.DeviceConsole, out setup, out problem));
            Assert.AreEqual("ipv4: ipv4 and ipv6 are both off, so nothing would be updated; turn one on: `set ipv4 yes` or `set ipv6 yes`", problem);
        }

        [TestMethod]
        public void TheLedsWordsNameTheSurfacesCommands()
        {
            Assert.AreEqual("no configuration: give the settings, then `save`", LedStateText.Describe(LedState.NoConfiguration, Vocabulary.DeviceConsole));
            Assert.AreEqual("no configuration: give the settings in the settings file", LedStateText.Describe(LedState.NoConfiguration, Vocabulary.SettingsFile));
            Assert.AreEqual("halted: fix the settings, or fix the account and then `resume`", LedStateText.Describe(LedState.HaltedConfig, Vocabulary.HostConsole));
            Assert.AreEqual("halted: fix the settings, or fix the account and then `resume` in `ddns-agent console`", LedStateText.Describe(LedState.HaltedConfig, Vocabulary.SettingsFile));
            Expect.Contains(LedStateText.Describe(LedState.HaltedAbuse, Vocabulary.SettingsFile), "then `resume` in `ddns-agent console`");
        }

        [TestMethod]
        public void EveryAnswerCodeReadsWithoutMarkersAndTheFileWithoutConsoleWords()
        {
            for (int value = 0; value <= ResultCode.MaxValue; value++)
            {
                ResultCode code = ResultCode.Find(value);
                if (code == null)
                {
                    continue;
                }

                string device = code.Meaning(Vocabulary.DeviceConsole);
                string host = code.Meaning(Vocabulary.HostConsole);
                string file = code.Meaning(Vocabulary.SettingsFile);
                Assert.AreEqual(-1, device.IndexOf('{'), device);
                Assert.AreEqual(-1, host.IndexOf('{'), host);
                Assert.AreEqual(-1, file.IndexOf('{'), file);
                AssertFileWords(file);
            }
        }

        [TestMethod]
        public void TheHostsOnceReportSpeaksTheFilesWords()
        {
            var rig = new AgentRig();
            rig.Provider.Script(200, "badauth");
            var output = new RecordingTextSink();
            Assert.AreEqual(CycleOutcome.Halted, rig.RunOnce(false, output));
            string text = output.Take();
            Expect.Contains(text, "fix them with `\"Username\"` and `\"Password\"` in the settings file");
            AssertFileWords(text);

            rig = new AgentRig();
            rig.RunOnce(false, output);
            output.Take();
            Assert.AreEqual(CycleOutcome.UpToDate, rig.RunOnce(false, output));
            Expect.Contains(output.Take(), "nothing sent: the registered addresses are current (`ddns-agent once --force` sends them again)");
        }

        [TestMethod]
        public void TheLogReadsInTheReadersWords()
        {
            var rig = new AgentRig();
            rig.Provider.ScriptFailure(TransportFailure.CertificateRejected);
            rig.Tick();
            var file = new RecordingTextSink();
            var console = new RecordingTextSink();
            rig.Events.WriteTo(file, Vocabulary.SettingsFile);
            rig.Events.WriteTo(console, Vocabulary.DeviceConsole);
            Expect.Contains(file.Text, "`\"CaCertificate\": \"FILE\"` (the path of a PEM file) in the settings file");
            AssertFileWords(file.Text);
            Expect.Contains(console.Text, "`set tls.ca -`, then `save`");
        }

        // No console command and no console key (those with a dot or a dash: the others read like the JSON keys).
        private static void AssertFileWords(string text)
        {
            string[] console = new string[] { "`set ", "`unset ", "`save`", "`update", "`help" };
            for (int i = 0; i < console.Length; i++)
            {
                Assert.AreEqual(-1, text.IndexOf(console[i]), "console words " + console[i] + " in: " + text);
            }

            for (int i = 0; i < SettingKeys.Count; i++)
            {
                string key = SettingKeys.At(i).Name;
                if (key.IndexOf('.') >= 0 || key.IndexOf('-') >= 0)
                {
                    Assert.AreEqual(-1, text.IndexOf(key), "console key " + key + " in: " + text);
                }
            }
        }
    }
}
