using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>`ddns-agent console`: the shell on stdin/stdout while the agent runs in the background.</summary>
    [TestClass]
    public sealed class ConsoleCommandTests
    {
        [TestMethod]
        public async Task StatusShowSetAndSaveFromAScript()
        {
            await using CliRig rig = await CliRig.StartAsync();
            string script = "status\nshow\nset interval 600\nsave\nshow\n";

            ProgramRun run = ProgramRun.Execute(script, CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "DdnsAgent console; type `help` for the commands");
            StringAssert.Contains(run.Output, "state: ");
            StringAssert.Contains(run.Output, "********");
            StringAssert.Contains(run.Output, "interval set");
            StringAssert.Contains(run.Output, "settings saved");
            StringAssert.EndsWith(run.OutputLines.Last(), "  info  stopped");
            Assert.IsFalse(run.AllText.Contains(CliRig.Password), "the password was printed: " + run);

            using JsonDocument saved = JsonDocument.Parse(File.ReadAllText(rig.ConfigFile));
            Assert.AreEqual(600, saved.RootElement.GetProperty("CheckIntervalSeconds").GetInt32());
            Assert.AreEqual(rig.CaFile, saved.RootElement.GetProperty("CaCertificate").GetString(), "the CA stays a file name");
            Assert.AreEqual(CliRig.Password, saved.RootElement.GetProperty("Password").GetString());
            if (!OperatingSystem.IsWindows())
            {
                Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(rig.ConfigFile));
            }
        }

        [TestMethod]
        public async Task ProvisionsAMissingConfigurationWithAPastedCa()
        {
            await using CliRig rig = await CliRig.StartAsync();
            File.Delete(rig.ConfigFile);
            string pem = File.ReadAllText(rig.CaFile).Trim().Replace("\r\n", "\n");
            string script = string.Join("\n",
                "set provider custom",
                "set server " + rig.Emulator.UpdateUrl,
                "set username " + CliRig.User,
                "set password " + CliRig.Password,
                "set hostnames " + CliRig.Home,
                "set ip.source web",
                "set reflectors " + rig.Reflector.Url(CliRig.ReflectorPath),
                "set tls.ca -",
                pem,
                "save",
                "");

            ProgramRun run = ProgramRun.Execute(script, CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "no settings in force yet");
            StringAssert.Contains(run.Output, "settings saved");
            Assert.IsFalse(run.AllText.Contains(CliRig.Password), "the password was printed: " + run);
            Assert.IsTrue(File.Exists(rig.ConfigFile));

            ProgramRun once = rig.Run("once");
            Assert.AreEqual(0, once.ExitCode, once.ToString());
            Assert.IsTrue(rig.UpdateRequests >= 1, "the saved settings reach the provider");
        }

        [TestMethod]
        public async Task KeysFromATerminalEchoThePasswordAsStars()
        {
            await using CliRig rig = await CliRig.StartAsync();
            const string typed = "Typed-Secret-9";
            var keyboard = new ScriptedKeyboard("set password " + typed + "\rshow\rexit\r");

            ProgramRun run = ProgramRun.Execute(new StringReader(string.Empty), keyboard, CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.IsTrue(keyboard.Began && keyboard.Ended, "the terminal is given back");
            StringAssert.Contains(run.Output, "set password " + new string('*', typed.Length));
            Assert.IsFalse(run.AllText.Contains(typed), "the typed password was echoed: " + run);
            StringAssert.Contains(run.Output, "password set");
        }

        [TestMethod]
        public async Task CtrlCCancelsAPendingConfirmation()
        {
            await using CliRig rig = await CliRig.StartAsync();
            var keyboard = new ScriptedKeyboard("factory-reset\r\u0003");

            ProgramRun run = ProgramRun.Execute(new StringReader(string.Empty), keyboard, CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "factory reset cancelled; nothing was erased");
            Assert.IsTrue(File.Exists(rig.ConfigFile));
        }

        [TestMethod]
        public async Task RebootBuildsTheAgentAgainFromTheFiles()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun run = ProgramRun.Execute("reboot\nstatus\n", CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "rebooting...");
            Assert.AreEqual(2, run.OutputLines.Count(line => line.Contains("  info  DdnsAgent 1.0 on ")), run.ToString());
            StringAssert.Contains(run.Output, "state: ");
        }

        [TestMethod]
        public async Task StopEndsTheConsoleWhileItWaitsForInput()
        {
            await using CliRig rig = await CliRig.StartAsync();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var neverEnding = new BlockingReader();

            ProgramRun run = ProgramRun.Execute(neverEnding, null, stop.Token, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.EndsWith(run.OutputLines.Last(), "  info  stopped");
            neverEnding.Release();
        }

        [TestMethod]
        public async Task ExitWithUnsavedChangesAsksFirst()
        {
            await using CliRig rig = await CliRig.StartAsync();
            string before = File.ReadAllText(rig.ConfigFile);
            var keyboard = new ScriptedKeyboard("set interval 600\rexit\rno\rexit\ryes\rset interval 900\r");

            ProgramRun run = ProgramRun.Execute(new StringReader(string.Empty), keyboard, CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.AreEqual(2, CountOf(run.Output, "unsaved changes to interval; `save` keeps them."), run.ToString());
            StringAssert.Contains(run.Output, "still here; `save` keeps the changes");
            Assert.AreEqual(1, CountOf(run.Output, "interval set"), "`yes` left: nothing after it ran: " + run);
            Assert.AreEqual(before, File.ReadAllText(rig.ConfigFile), "nothing was saved");
        }

        [TestMethod]
        public async Task CtrlDWithUnsavedChangesAsksAndASecondLeaves()
        {
            await using CliRig rig = await CliRig.StartAsync();
            var keyboard = new ScriptedKeyboard("set ipv6 yes\r\u0004\u0004");

            ProgramRun run = ProgramRun.Execute(new StringReader(string.Empty), keyboard, CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.AreEqual(1, CountOf(run.Output, "unsaved changes to ipv6"), run.ToString());
            StringAssert.EndsWith(run.OutputLines.Last(), "  info  stopped");
        }

        [TestMethod]
        public async Task ExitAfterSaveLeavesAtOnce()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun run = ProgramRun.Execute("set interval 600\nsave\nexit\nset interval 900\n", CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "settings saved");
            Assert.IsFalse(run.AllText.Contains("unsaved"), run.ToString());
            Assert.AreEqual(1, CountOf(run.Output, "interval set"), "exit left before the next line: " + run);
        }

        [TestMethod]
        public async Task TheEndOfPipedInputNamesTheChangesNotSaved()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun run = ProgramRun.Execute("set interval 600\nset hostnames nas.example.org\n", CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, "the input ended with unsaved changes to hostnames, interval; nothing of them was saved");
        }

        [TestMethod]
        public async Task AUnicodePasswordTypedOnTheTerminalIsSavedAndSentExactly()
        {
            await using CliRig rig = await CliRig.StartAsync();
            var keyboard = new ScriptedKeyboard(
                "set username " + CliRig.UnicodeUser + "\rset password " + CliRig.UnicodePassword + "\rset hostnames " + CliRig.UnicodeHome + "\rsave\rexit\r");

            ProgramRun console = ProgramRun.Execute(new StringReader(string.Empty), keyboard, CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, console.ExitCode, console.ToString());
            StringAssert.Contains(console.Output, "set username " + CliRig.UnicodeUser, "echoed as typed");
            StringAssert.Contains(console.Output, "set password " + new string('*', CliRig.UnicodePassword.Length));
            Assert.IsFalse(console.AllText.Contains(CliRig.UnicodePassword), console.ToString());
            using (JsonDocument saved = JsonDocument.Parse(File.ReadAllText(rig.ConfigFile)))
            {
                Assert.AreEqual(CliRig.UnicodeUser, saved.RootElement.GetProperty("Username").GetString());
                Assert.AreEqual(CliRig.UnicodePassword, saved.RootElement.GetProperty("Password").GetString());
            }

            // The agent ran while the console was open, so the saved settings were sent already.
            ProgramRun once = rig.Run("once");
            Assert.AreEqual(0, once.ExitCode, once.ToString());
            Assert.IsTrue(rig.UpdateRequests >= 1);
            Assert.IsTrue(rig.Emulator.Exchanges.All(exchange => exchange.Body.StartsWith("good ", StringComparison.Ordinal)), "the provider took the credentials as typed");
        }

        [TestMethod]
        public async Task ANameOutsideAsciiIsRefusedWithItsXnForm()
        {
            await using CliRig rig = await CliRig.StartAsync();
            var keyboard = new ScriptedKeyboard("set hostnames h\u00f6m\u00e9.example.net\rshow\rexit\r");

            ProgramRun run = ProgramRun.Execute(new StringReader(string.Empty), keyboard, CancellationToken.None, rig.WithPaths("console"));

            StringAssert.Contains(run.Output, "cannot set hostnames: 'h\u00f6m\u00e9.example.net' is not ASCII: a DNS name is given in its xn-- form, here xn--hm-cja4c.example.net");
            StringAssert.Contains(run.Output, "hostnames: " + CliRig.Home, "the old value is kept");
            Assert.IsFalse(run.Output.Contains("hm.example.net"), "never changed silently: " + run);
        }

        [TestMethod]
        public async Task AnOverlongTypedLineIsDiscardedWhole()
        {
            await using CliRig rig = await CliRig.StartAsync();
            var keyboard = new ScriptedKeyboard("set username " + new string('a', 300) + "\rshow\rexit\r");

            ProgramRun run = ProgramRun.Execute(new StringReader(string.Empty), keyboard, CancellationToken.None, rig.WithPaths("console"));

            StringAssert.Contains(run.Output, "line too long (max 256 characters): the whole line is discarded");
            StringAssert.Contains(run.Output, "username: " + CliRig.User);
            Assert.IsFalse(run.Output.Contains("username set"), run.ToString());
        }

        [TestMethod]
        public async Task TheConsoleTakesACaFilePathAndSavesIt()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig(CliRig.Password, settings => settings.Remove("CaCertificate"));

            ProgramRun run = ProgramRun.Execute("set tls.ca " + rig.CaFile + "\nsave\n", CancellationToken.None, rig.WithPaths("console"));

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "tls.ca set from " + rig.CaFile + " (");
            StringAssert.Contains(run.Output, "settings saved");
            using (JsonDocument saved = JsonDocument.Parse(File.ReadAllText(rig.ConfigFile)))
            {
                Assert.AreEqual(rig.CaFile, saved.RootElement.GetProperty("CaCertificate").GetString(), "the file's path, not its text");
            }

            ProgramRun once = rig.Run("once");
            Assert.AreEqual(0, once.ExitCode, "the CA now makes the provider trusted: " + once);
        }

        [TestMethod]
        public async Task ARefusalIsExplainedInTheConsolesWords()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig("not-the-password");

            ProgramRun run = ProgramRun.Execute("update\nstatus\n", CancellationToken.None, rig.WithPaths("console"));

            StringAssert.Contains(run.Output, "updates are halted (badauth): the provider rejected the user name or password: fix them with `set username` and `set password`, then `save`");
            StringAssert.Contains(run.Output, "state: halted: fix the settings, or fix the account and then `resume`\n");
            Assert.IsFalse(run.AllText.Contains("\"Username\""), "no JSON key on the console: " + run);
            Assert.IsFalse(run.AllText.Contains("ddns-agent console`"), "the console need not be named inside it: " + run);
        }

        [TestMethod]
        public async Task TheHostsHelpLeavesOutTheDevicesKeys()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun run = ProgramRun.Execute("help\nhelp set\nstatus\n", CancellationToken.None, rig.WithPaths("console"));

            StringAssert.Contains(run.Output, "  exit ");
            StringAssert.Contains(run.Output, "  interval           seconds between address checks, 60 to 86400; default 300");
            Assert.IsFalse(run.Output.Contains("wifi.ssid"), run.ToString());
            Assert.IsFalse(run.Output.Contains("free memory"), run.ToString());
            Assert.IsFalse(run.Output.Contains("restart the device"), run.ToString());
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        /// <summary>A stdin that never sends a line until released.</summary>
        private sealed class BlockingReader : TextReader
        {
            private readonly ManualResetEventSlim _released = new ManualResetEventSlim();

            public void Release()
            {
                _released.Set();
            }

            public override string ReadLine()
            {
                _released.Wait(TimeSpan.FromMinutes(1));
                return null;
            }
        }
    }
}
