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
