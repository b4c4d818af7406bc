#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Shell;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>`set KEY -` collects a pasted PEM block until its END line.</summary>
    [TestClass]
    public class PasteModeTests
    {
        private const string Body = "MIIBszCCAVmgAwIBAgIUQ2Vy dGlmaWNhdGUgZm9yIHRlc3Rz";

        [TestMethod]
        public void APastedCertificateBecomesOneValue()
        {
            var rig = new ShellRig();
            Assert.AreEqual("paste the PEM text now, ending with its -----END line; Ctrl-C cancels\r\n", rig.Run("set tls.ca -"));

            Assert.AreEqual(string.Empty, rig.Run("-----BEGIN CERTIFICATE-----"));
            Assert.AreEqual(string.Empty, rig.Run("  " + Body + "  "));
            Assert.AreEqual(string.Empty, rig.Run(""));
            string done = rig.Run("-----END CERTIFICATE-----");

            string pem = "-----BEGIN CERTIFICATE-----\n" + Body + "\n-----END CERTIFICATE-----\n";
            Assert.AreEqual(pem, rig.Settings.ValueOf("tls.ca"));
            Assert.AreEqual("tls.ca set (" + pem.Length.ToString() + " characters); type `save` to keep it\r\nddns> ", done);
            Assert.AreEqual(1, rig.Settings.SetCount);
        }

        [TestMethod]
        public void LinesOfAPasteAreNotCommands()
        {
            var rig = new ShellRig();
            rig.Run("set tls.ca -");
            rig.Run("reboot");
            rig.Run("factory-reset");
            rig.Run("-----END CERTIFICATE-----");
            Assert.AreEqual(0, rig.Platform.RebootCount);
            Assert.AreEqual("reboot\nfactory-reset\n-----END CERTIFICATE-----\n", rig.Settings.ValueOf("tls.ca"));
            Assert.AreEqual(0, rig.Run("status").IndexOf(FakeAgentControl.StatusText));
        }

        [TestMethod]
        public void TypedPasteWorksThroughTheLineEditor()
        {
            var rig = new ShellRig();
            rig.Type("set tls.ca -\r\n-----BEGIN CERTIFICATE-----\r\n" + Body + "\r\n-----END CERTIFICATE-----\r\n");
            Assert.AreEqual("-----BEGIN CERTIFICATE-----\n" + Body + "\n-----END CERTIFICATE-----\n", rig.Settings.ValueOf("tls.ca"));
        }

        [TestMethod]
        public void CtrlCAbandonsThePaste()
        {
            var rig = new ShellRig();
            rig.Type("set tls.ca -\r-----BEGIN CERTIFICATE-----\r" + Body);
            string output = rig.Type("\x03");
            Assert.AreEqual("^C\r\npaste cancelled; tls.ca unchanged\r\nddns> ", output);
            Assert.AreEqual(0, rig.Settings.SetCount);

            rig.Type("check\r");
            Assert.AreEqual(1, rig.Agent.CheckCount);
        }

        [TestMethod]
        public void AnOversizedPasteIsConsumedToItsEndAndRefused()
        {
            var rig = new ShellRig();
            rig.Run("set tls.ca -");
            rig.Run("-----BEGIN CERTIFICATE-----");
            int lines = (ConsoleShell.MaxPasteLength / 65) + 5;
            for (int i = 0; i < lines; i++)
            {
                Assert.AreEqual(string.Empty, rig.Run("A123456789B123456789C123456789D123456789E123456789F123456789G123"));
            }

            string output = rig.Run("-----END CERTIFICATE-----");

            Assert.AreEqual("too long: at most 4096 characters; tls.ca unchanged\r\nddns> ", output);
            Assert.AreEqual(0, rig.Settings.SetCount);
            Assert.AreEqual("ddns> ", rig.Run(""));
        }

        [TestMethod]
        public void APasteRefusedByTheSettingsSaysWhy()
        {
            var rig = new ShellRig();
            rig.Settings.Refusal = "is not a PEM certificate";
            rig.Run("set tls.ca -");
            string output = rig.Run("-----END CERTIFICATE-----");
            Assert.AreEqual("cannot set tls.ca: is not a PEM certificate\r\nddns> ", output);
        }

        [TestMethod]
        public void OnlyTlsCaIsPastedADashForAnotherKeyIsRefused()
        {
            var rig = new ShellRig();
            Assert.AreEqual("cannot set password: `-` starts a paste only for tls.ca; type the value itself\r\nddns> ", rig.Run("set password -"));
            Assert.AreEqual("cannot set username: `-` starts a paste only for tls.ca; type the value itself\r\nddns> ", rig.Run("set USERNAME  -  "));
            Assert.AreEqual(0, rig.Settings.SetCount);
            Assert.AreEqual(0, rig.Run("status").IndexOf(FakeAgentControl.StatusText), "no paste was begun");
        }

        [TestMethod]
        public void ALineOfThePasteThatCannotBeUsedCancelsIt()
        {
            var rig = new ShellRig();
            rig.Type("set tls.ca -\r-----BEGIN CERTIFICATE-----\r");
            string output = rig.Type(new string('A', 300) + "\r");
            Expect.Contains(output, "line too long (max 256 characters)");
            Expect.Contains(output, "paste cancelled (a line of it was refused); tls.ca unchanged\r\nddns> ");
            Assert.AreEqual(0, rig.Settings.SetCount);

            rig.Run("set tls.ca -");
            output = rig.Run("-----BEGIN CERTIFICATE----- " + new string('B', 300));
            Expect.Contains(output, "paste cancelled (a line of it was refused); tls.ca unchanged");
        }

        [TestMethod]
        public void ADashInsideAValueIsNotAPaste()
        {
            var rig = new ShellRig();
            Assert.AreEqual("username set; type `save` to keep it\r\nddns> ", rig.Run("set username - x"));
            Assert.AreEqual("- x", rig.Settings.ValueOf("username"));
        }
    }
}
