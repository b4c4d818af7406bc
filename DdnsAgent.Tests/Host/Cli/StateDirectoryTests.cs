using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Host.Cli;
using DdnsAgent.Host.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>The state directory on the host: one agent at a time, odd files refused by name, private modes.</summary>
    [TestClass]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public sealed class StateDirectoryTests
    {
        [TestMethod]
        [DataRow("once")]
        [DataRow("check")]
        [DataRow("run")]
        [DataRow("console")]
        public async Task ASecondAgentOnTheSameStateDirectoryExitsNamingTheHolder(string command)
        {
            await using CliRig rig = await CliRig.StartAsync();
            Directory.CreateDirectory(rig.StateDirectory);
            Assert.IsTrue(StateDirectoryLock.TryTake(rig.StateDirectory, out StateDirectoryLock held, out string problem), problem);
            using (held)
            {
                ProgramRun second = rig.Run(command);

                Assert.AreEqual(ExitCodes.SettingsProblem, second.ExitCode, second.ToString());
                StringAssert.Contains(second.Error, "another agent (PID " + Environment.ProcessId + ") is using the state directory " + rig.StateDirectory);
                StringAssert.Contains(second.Error, "two agents must not share one state directory");
                Assert.AreEqual(0, rig.UpdateRequests, "the second agent sent nothing");
            }
        }

        [TestMethod]
        public async Task ARunningAgentKeepsTheLockUntilItStops()
        {
            await using CliRig rig = await CliRig.StartAsync();
            using var stop = new CancellationTokenSource();
            Task<ProgramRun> running = Task.Run(() => ProgramRun.Execute(string.Empty, stop.Token, rig.WithPaths("run")));
            string lockFile = Path.Combine(rig.StateDirectory, StateDirectoryLock.FileName);
            var watch = Stopwatch.StartNew();
            while (rig.UpdateRequests == 0 && watch.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(50);
            }

            ProgramRun second = rig.Run("once");
            stop.Cancel();
            ProgramRun first = await running;

            Assert.AreEqual(ExitCodes.SettingsProblem, second.ExitCode, second.ToString());
            StringAssert.Contains(second.Error, "(PID " + Environment.ProcessId + ")");
            Assert.AreEqual(ExitCodes.Ok, first.ExitCode, first.ToString());
            Assert.AreEqual(1, rig.UpdateRequests);
            Assert.AreEqual(ExitCodes.Ok, rig.Run("once").ExitCode, "the lock went with the agent that held it");
        }

        [TestMethod]
        public async Task ADirectoryNamedLikeAStateFileIsAClearError()
        {
            await using CliRig rig = await CliRig.StartAsync();
            string odd = Path.Combine(rig.StateDirectory, "state.a");
            Directory.CreateDirectory(odd);

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(ExitCodes.SettingsProblem, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, odd + " is a directory, not a state file: move it away");
            Assert.IsFalse(run.AllText.Contains("internal error") || run.AllText.Contains("   at "), "no stack trace: " + run);
            Assert.AreEqual(0, rig.UpdateRequests);
        }

        [TestMethod]
        [DataRow("state.b")]
        [DataRow("state.a.new")]
        public async Task ANamedPipeInTheStateDirectoryNeverBlocks(string name)
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("named pipes in a folder are a Unix thing");
            }

            await using CliRig rig = await CliRig.StartAsync();
            Directory.CreateDirectory(rig.StateDirectory);
            string pipe = Path.Combine(rig.StateDirectory, name);
            using (Process mkfifo = Process.Start("mkfifo", pipe))
            {
                Assert.IsTrue(mkfifo.WaitForExit(10000) && mkfifo.ExitCode == 0, "mkfifo");
            }

            var watch = Stopwatch.StartNew();
            ProgramRun run = rig.Run("once");

            Assert.IsTrue(watch.Elapsed < TimeSpan.FromSeconds(20), "bounded: " + watch.Elapsed);
            if (name == "state.b")
            {
                Assert.AreEqual(ExitCodes.SettingsProblem, run.ExitCode, run.ToString());
                StringAssert.Contains(run.Error, pipe + " is not a regular file (a named pipe or a device), not a state file");
            }
            else
            {
                // A leftover under the temporary name is replaced by the next write.
                Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
            }
        }

        [TestMethod]
        public async Task TheStateDirectoryAndItsFilesArePrivate()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("Unix modes");
            }

            await using CliRig rig = await CliRig.StartAsync();

            Assert.AreEqual(ExitCodes.Ok, rig.Run("once").ExitCode);

            const UnixFileMode Owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            Assert.AreEqual(Owner | UnixFileMode.UserExecute, File.GetUnixFileMode(rig.StateDirectory));
            string[] files = Directory.GetFiles(rig.StateDirectory);
            Assert.IsTrue(files.Length >= 2, "the state and the lock file");
            foreach (string file in files)
            {
                Assert.AreEqual(Owner, File.GetUnixFileMode(file), file);
            }
        }

        [TestMethod]
        public async Task ASettingsFileEveryoneCanReadIsWarnedAboutOnceWithTheFix()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("Unix modes");
            }

            await using CliRig rig = await CliRig.StartAsync();
            File.SetUnixFileMode(rig.ConfigFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            ProgramRun first = rig.Run("once");
            ProgramRun second = rig.Run("check");

            string expected = rig.ConfigFile + " holds the password and every user of this machine can read it; make it private: chmod 600 " + rig.ConfigFile;
            StringAssert.Contains(first.Output, expected);
            Assert.IsFalse(second.Output.Contains("holds the password"), "once per process: " + second);
        }

        [TestMethod]
        public async Task APrivateOrGroupReadableSettingsFileIsNotWarnedAbout()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("Unix modes");
            }

            await using CliRig rig = await CliRig.StartAsync();
            File.SetUnixFileMode(rig.ConfigFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
            Assert.IsFalse(run.AllText.Contains("holds the password"), run.ToString());
            Assert.IsNull(SettingsFileMode.Warning(rig.ConfigFile, new DdnsAgent.Configuration.Settings()), "no password, no warning");
        }
    }
}
