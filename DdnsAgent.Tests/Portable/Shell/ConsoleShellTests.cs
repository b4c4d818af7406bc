#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Engine;
using DdnsAgent.Shell;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>The shell as a whole: greeting, prompts, help, unknown input, typing through the line editor.</summary>
    [TestClass]
    public class ConsoleShellTests
    {
        private static readonly string[] Commands = new string[]
        {
            "help", "status", "show", "set", "unset", "save", "check", "update", "resume", "log", "reboot", "factory-reset",
        };

        [TestMethod]
        public void StartGreetsAndPrompts()
        {
            var rig = new ShellRig();
            rig.Shell.Start();
            Assert.AreEqual("DdnsAgent console; type `help` for the commands\r\nddns> ", rig.Output.Take());
        }

        [TestMethod]
        public void HelpListsEveryCommandWithADescription()
        {
            string help = new ShellRig().Run("help");
            string[] lines = help.Split(new char[] { '\n' });
            for (int i = 0; i < Commands.Length; i++)
            {
                bool found = false;
                for (int j = 0; j < lines.Length; j++)
                {
                    // "  name ... description": the command first, then at least two spaces and words.
                    string line = lines[j];
                    if (line.StartsWith("  " + Commands[i] + " ") && line.IndexOf("  ", 2 + Commands[i].Length) > 0)
                    {
                        found = true;
                    }
                }

                Assert.IsTrue(found, "help does not describe " + Commands[i] + ":\n" + help);
            }

            Assert.IsTrue(help.EndsWith("\r\nddns> "), help);
        }

        [TestMethod]
        public void HelpForOneCommandShowsItsUsage()
        {
            var rig = new ShellRig();
            Assert.AreEqual(0, rig.Run("help update").IndexOf("  update [--force]"));
            Assert.AreEqual(0, rig.Run("HELP Factory-Reset").IndexOf("  factory-reset"));
        }

        [TestMethod]
        public void HelpSetListsEverySettableKeyWithWhatItTakes()
        {
            var rig = new ShellRig();
            string help = rig.Run("help set");
            Assert.AreEqual(0, help.IndexOf("  set KEY VALUE"), help);
            string[] keys = rig.Settings.Keys;
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.IsTrue(help.IndexOf("\r\n  " + keys[i] + " ") >= 0, "missing key " + keys[i] + ":\n" + help);
            }

            Expect.Contains(help, "  password           account password or update token; sent as UTF-8; secret\r\n");
            Expect.Contains(help, "  wifi.password      Wi-Fi passphrase, 8 to 63 bytes in UTF-8; when not set: open network; secret\r\n");
            Expect.Contains(help, "  hostnames          names to keep updated, comma-separated, at most 20; ASCII (xn-- form for other letters)\r\n");
        }

        [TestMethod]
        public void HelpForASettingSaysWhatItTakesItsRangeAndItsDefault()
        {
            var rig = new ShellRig();
            Assert.AreEqual(
                "interval: seconds between address checks, 60 to 86400\r\n  value: a whole number\r\n  default 300\r\nddns> ",
                rig.Run("help Interval"));
            Assert.AreEqual(
                "ip.source: auto (own address when public, else web), interface or web\r\n  value: text\r\n  default auto\r\nddns> ",
                rig.Run("help ip.source"));
            Expect.Contains(rig.Run("help password"), "  secret: `show` masks it, and it is echoed as * while typed\r\n");
            Assert.AreEqual(-1, rig.Run("help interval").IndexOf("settings file"), "the device has no settings file to name");
        }

        [TestMethod]
        public void HelpForAnUnknownCommandSaysWhatToDo()
        {
            var rig = new ShellRig();
            Assert.AreEqual("no command or setting 'frobnicate'; type `help` for the commands, `help set` for the settings\r\nddns> ", rig.Run("help frobnicate "));
            Assert.AreEqual("usage: help [COMMAND|KEY], for example `help set` or `help interval`\r\nddns> ", rig.Run("help set password"));
        }

        [TestMethod]
        public void TheHostsHelpLeavesOutWhatOnlyTheDeviceHas()
        {
            var rig = new ShellRig().OnTheHost();
            string help = rig.Run("help");
            Expect.Contains(help, "  exit                leave the console and stop the agent (asks first if changes are not saved)\r\n");
            Expect.Contains(help, "  reboot              read the settings file and the state again (this computer is not restarted)\r\n");
            Assert.AreEqual(-1, help.IndexOf("restart the device"), help);

            string keys = rig.Run("help set");
            Assert.AreEqual(-1, keys.IndexOf("wifi."), keys);
            Expect.Contains(keys, "  tls.ca ");
            Expect.Contains(keys, "the Wi-Fi, LED and console-pin keys are for the ESP32 firmware and not listed here\r\n");

            string ssid = rig.Run("help wifi.ssid");
            Expect.Contains(ssid, "  only the ESP32 firmware uses it; this agent ignores it\r\n");
            Expect.Contains(ssid, "  in the settings file: \"WifiSsid\"\r\n");
            Expect.Contains(rig.Run("help interval"), "  in the settings file: \"CheckIntervalSeconds\"\r\n");
            Expect.Contains(rig.Run("help tls.ca"), "  here also the path of a PEM file, e.g. `set tls.ca /etc/ssl/my-ca.pem`\r\n");

            Assert.AreEqual(FakeAgentControl.StatusText + "ddns> ", rig.Run("status"), "no free memory line on the host");
        }

        [TestMethod]
        public void TheDevicesHelpHasNoExitAndSaysSo()
        {
            var rig = new ShellRig();
            Assert.AreEqual(-1, rig.Run("help").IndexOf("  exit"));
            Assert.AreEqual("the device console has no exit: close the terminal program; the agent keeps running\r\nddns> ", rig.Run("exit"));
            Expect.Contains(rig.Run("status"), "free memory: ");
        }

        [TestMethod]
        public void AnUnknownCommandIsNamedWithTheWayOut()
        {
            Assert.AreEqual("unknown command 'stauts'; type `help` for the list\r\nddns> ", new ShellRig().Run("stauts"));
        }

        [TestMethod]
        public void AnUnknownCommandDoesNotRepeatWhatFollowsIt()
        {
            string output = new ShellRig().Run("passwd hunter2");
            Assert.AreEqual(-1, output.IndexOf("hunter2"), output);
        }

        [TestMethod]
        public void CommandsIgnoreCaseAndSurroundingSpaces()
        {
            var rig = new ShellRig();
            rig.Run("  STATUS ");
            rig.Run("Check");
            rig.Run("\tcheck\t");
            Assert.AreEqual(3, rig.Agent.ReadCount, "status reads the agent once, and so does each check");
            Assert.AreEqual(2, rig.Agent.CheckCount);
        }

        [TestMethod]
        public void AnEmptyLineJustPromptsAgain()
        {
            var rig = new ShellRig();
            Assert.AreEqual("ddns> ", rig.Run(""));
            Assert.AreEqual("ddns> ", rig.Run("   "));
            Assert.AreEqual("ddns> ", rig.Run(null));
        }

        [TestMethod]
        public void ExtraArgumentsAreRefusedWithTheRightForm()
        {
            var rig = new ShellRig();
            string[] plain = new string[] { "status", "show", "save", "check", "resume", "log", "reboot", "factory-reset", "exit" };
            for (int i = 0; i < plain.Length; i++)
            {
                string output = rig.Run(plain[i] + " now");
                Assert.AreEqual("`" + plain[i] + "` takes no arguments; type just `" + plain[i] + "`\r\nddns> ", output, plain[i]);
            }

            Assert.AreEqual(0, rig.Agent.ReadCount + rig.Agent.CheckCount + rig.Agent.ResumeCount);
            Assert.AreEqual(0, rig.Platform.RebootCount + rig.Storage.SaveAttempts + rig.Storage.FactoryResetCount);
        }

        [TestMethod]
        public void TypedBytesRunCommandsThroughTheLineEditor()
        {
            var rig = new ShellRig();
            string output = rig.Type("stat\x1b[Dus\r\n");
            Assert.AreEqual(1, rig.Agent.ReadCount);
            Assert.AreEqual("status\r\n" + FakeAgentControl.StatusText + "free memory: unknown\r\nddns> ", output);
        }

        [TestMethod]
        public void CtrlCGivesAFreshPrompt()
        {
            var rig = new ShellRig();
            Assert.AreEqual("reb^C\r\nddns> ", rig.Type("reb\x03"));
            Assert.AreEqual(0, rig.Platform.RebootCount);
        }

        [TestMethod]
        public void TypingASecretNeverShowsIt()
        {
            var rig = new ShellRig();
            string output = rig.Type("set password hunter2\r");
            Assert.AreEqual(-1, output.IndexOf("hunter2"), output);
            Assert.AreEqual("set password *******\r\npassword set; type `save` to keep it\r\nddns> ", output);
            Assert.AreEqual("hunter2", rig.Settings.ValueOf("password"));
        }

        [TestMethod]
        public void ACommandThatThrowsIsReportedAndTheShellCarriesOn()
        {
            var output = new RecordingTextSink();
            var shell = new ConsoleShell(output, new ThrowingAgent(), new FakeSettingsConsole(), new FakeStorageControl(), new FakePlatform(), new DdnsAgent.Status.EventLog());

            shell.Execute("check");

            Assert.AreEqual("that failed unexpectedly (no route); try again, or `reboot` if it keeps failing\r\nddns> ", output.Take());
            shell.Execute("show");
            Assert.IsTrue(output.Text.StartsWith("wifi.ssid = (not set)"), output.Text);
        }

        [TestMethod]
        public void MissingCollaboratorsAreRefused()
        {
            var sink = new RecordingTextSink();
            var agent = new FakeAgentControl();
            var settings = new FakeSettingsConsole();
            var storage = new FakeStorageControl();
            var platform = new FakePlatform();
            var log = new DdnsAgent.Status.EventLog();
            DdnsAgent.Tests.Support.Expect.Throws(typeof(ArgumentNullException), () => new ConsoleShell(null, agent, settings, storage, platform, log));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(ArgumentNullException), () => new ConsoleShell(sink, null, settings, storage, platform, log));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(ArgumentNullException), () => new ConsoleShell(sink, agent, null, storage, platform, log));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(ArgumentNullException), () => new ConsoleShell(sink, agent, settings, null, platform, log));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(ArgumentNullException), () => new ConsoleShell(sink, agent, settings, storage, null, log));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(ArgumentNullException), () => new ConsoleShell(sink, agent, settings, storage, platform, null));
        }

        private sealed class ThrowingAgent : IAgentControl
        {
            public void Read(DdnsAgent.Status.AgentSnapshot snapshot)
            {
                throw new InvalidOperationException("no route");
            }

            public bool Check()
            {
                throw new InvalidOperationException("no route");
            }

            public DdnsAgent.Engine.CycleOutcome Update(bool force)
            {
                throw new InvalidOperationException("no route");
            }

            public bool Resume()
            {
                throw new InvalidOperationException("no route");
            }
        }
    }
}
