#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Shell;
using DdnsAgent.Tests.Fakes;

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
        public void HelpSetListsEverySettableKeyAndMarksSecrets()
        {
            var rig = new ShellRig();
            string help = rig.Run("help set");
            Assert.AreEqual(0, help.IndexOf("  set KEY VALUE"), help);
            string[] keys = rig.Settings.Keys;
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.IsTrue(help.IndexOf("\r\n  " + keys[i] + "\r\n") >= 0 || help.IndexOf("\r\n  " + keys[i] + "  (secret") >= 0, "missing key " + keys[i]);
            }

            Assert.IsTrue(help.IndexOf("  password  (secret, shown masked)\r\n") >= 0, help);
            Assert.IsTrue(help.IndexOf("  hostnames\r\n") >= 0, help);
        }

        [TestMethod]
        public void HelpForAnUnknownCommandSaysWhatToDo()
        {
            var rig = new ShellRig();
            Assert.AreEqual("no command 'frobnicate'; type `help` for the list\r\nddns> ", rig.Run("help frobnicate "));
            Assert.AreEqual("usage: help [COMMAND], for example `help set`\r\nddns> ", rig.Run("help set password"));
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
            string[] plain = new string[] { "status", "show", "save", "check", "resume", "log", "reboot", "factory-reset" };
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
