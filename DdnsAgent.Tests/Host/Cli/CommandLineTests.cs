using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>Help, wrong command lines and unusable files: clear words and documented exit codes.</summary>
    [TestClass]
    public sealed class CommandLineTests
    {
        [TestMethod]
        public void HelpListsTheCommandsOptionsAndExitCodes()
        {
            ProgramRun run = ProgramRun.Execute(null, CancellationToken.None, "--help");

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            foreach (string expected in new[] { "run ", "once ", "check ", "console ", "--config <FILE>", "--state <DIR>", "DDNS_AGENT_CONFIG", "Exit codes:", "  4   halted", "  64  " })
            {
                StringAssert.Contains(run.Output, expected);
            }
        }

        [TestMethod]
        public void OnceHelpShowsForce()
        {
            ProgramRun run = ProgramRun.Execute(null, CancellationToken.None, "once", "--help");

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "--force");
            StringAssert.Contains(run.Output, "Exit codes:");
        }

        [TestMethod]
        [DataRow("--frobnicate", "'--frobnicate'")]
        [DataRow("update", "'update'")]
        [DataRow("once --forse", "'--forse'")]
        [DataRow("check --config", "--config")]
        public void AWrongCommandLineExitsWith64AndSaysWhy(string commandLine, string named)
        {
            ProgramRun run = ProgramRun.Execute(null, CancellationToken.None, commandLine.Split(' '));

            Assert.AreEqual(64, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, "ddns-agent: ");
            StringAssert.Contains(run.Error, named);
            StringAssert.Contains(run.Error, "--help");
            Assert.AreEqual(string.Empty, run.Output, "nothing ran");
        }

        [TestMethod]
        public async Task AMissingSettingsFileExitsWithOneAndSaysWhatToDo()
        {
            await using CliRig rig = await CliRig.StartAsync();
            File.Delete(rig.ConfigFile);

            foreach (string command in new[] { "once", "check", "run" })
            {
                ProgramRun run = rig.Run(command);

                Assert.AreEqual(1, run.ExitCode, command + ": " + run);
                StringAssert.Contains(run.Output, rig.ConfigFile + " does not exist", command);
                StringAssert.Contains(run.Error, "no usable settings in " + rig.ConfigFile, command);
                StringAssert.Contains(run.Error, "ddns-agent console", command);
            }

            Assert.AreEqual(0, rig.UpdateRequests);
        }

        [TestMethod]
        public async Task InvalidSettingsExitWithOneNamingEveryProblem()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig(CliRig.Password, settings =>
            {
                settings["Hostnames"] = new[] { "not-qualified" };
                settings["CheckIntervalSeconds"] = 5;
            });

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(1, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "'not-qualified' is not a fully qualified name");
            StringAssert.Contains(run.Output, "5 seconds is too often");
            Assert.AreEqual(0, rig.UpdateRequests);
        }

        [TestMethod]
        public async Task AnUnusableStateDirectoryExitsWithOne()
        {
            await using CliRig rig = await CliRig.StartAsync();
            string notADirectory = Path.Combine(rig.Directory, "file");
            File.WriteAllText(notADirectory, "x");

            ProgramRun run = ProgramRun.Execute(null, CancellationToken.None, "once", "--config", rig.ConfigFile, "--state", notADirectory);

            Assert.AreEqual(1, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, "cannot use the state directory " + notADirectory);
        }

        [TestMethod]
        public async Task OptionsMayComeBeforeTheCommand()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun run = ProgramRun.Execute(null, CancellationToken.None, "-c", rig.ConfigFile, "-s", rig.StateDirectory, "check");

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "settings " + rig.ConfigFile + ", state " + rig.StateDirectory);
        }
    }
}
