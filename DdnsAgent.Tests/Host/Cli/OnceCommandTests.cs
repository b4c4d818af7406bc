using System.Linq;
using System.Threading.Tasks;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Persistence;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>`ddns-agent once` against a real HTTPS dyndns2 provider and reflector on 127.0.0.1.</summary>
    [TestClass]
    public sealed class OnceCommandTests
    {
        [TestMethod]
        public async Task TheFirstRunUpdatesAndTheSecondSendsNothing()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun first = rig.Run("once");
            Assert.AreEqual(0, first.ExitCode, first.ToString());
            Assert.AreEqual(1, rig.UpdateRequests, first.ToString());
            Assert.AreEqual("good " + TestAddresses.PublicIPv4, rig.Emulator.Exchanges[0].Body);
            StringAssert.Contains(first.Output, "updated: the provider answered \"good " + TestAddresses.PublicIPv4 + "\"");
            Assert.AreEqual(TestAddresses.PublicIPv4, rig.Emulator.Addresses.Find(CliRig.Home).IPv4.ToString());
            Assert.AreEqual(0, rig.Emulator.Violations.Count, string.Join("; ", rig.Emulator.Violations));
            StringAssert.StartsWith(rig.Emulator.Exchanges[0].UserAgent, "DdnsAgent - ");

            ProgramRun second = rig.Run("once");
            Assert.AreEqual(0, second.ExitCode, second.ToString());
            Assert.AreEqual(1, rig.UpdateRequests, "the second run must send nothing: " + second);
            StringAssert.Contains(second.Output, "nothing sent: the registered addresses are current");
        }

        [TestMethod]
        public async Task AWrongPasswordHaltsAndTheHaltOutlivesTheRun()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig("not-the-password");

            ProgramRun refused = rig.Run("once");
            Assert.AreEqual(4, refused.ExitCode, refused.ToString());
            Assert.AreEqual(1, rig.UpdateRequests);
            StringAssert.Contains(refused.Output, "badauth");
            StringAssert.Contains(refused.Output, "updates stay halted");

            ProgramRun again = rig.Run("once");
            Assert.AreEqual(4, again.ExitCode, again.ToString());
            ProgramRun forced = rig.Run("once", "--force");
            Assert.AreEqual(4, forced.ExitCode, forced.ToString());
            Assert.AreEqual(1, rig.UpdateRequests, "nothing may be sent while halted, even across runs and forced");
            StringAssert.Contains(again.Output, "updates are halted (badauth)");
            foreach (ProgramRun run in new[] { refused, again, forced })
            {
                Assert.IsFalse(run.AllText.Contains("not-the-password"), "the password was printed: " + run);
            }
        }

        [TestMethod]
        public async Task ARefusalIsExplainedInTheSettingsFilesWords()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig("not-the-password");

            ProgramRun refused = rig.Run("once");
            ProgramRun again = rig.Run("once");

            Assert.AreEqual(1, rig.UpdateRequests, refused.ToString());
            StringAssert.Contains(refused.Output, "badauth: the provider rejected the user name or password: fix them with `\"Username\"` and `\"Password\"` in the settings file");
            StringAssert.Contains(refused.Output, "updates stay halted until the settings change, or until `resume` in `ddns-agent console`");
            StringAssert.Contains(again.Output, "updates are halted (badauth): the provider rejected the user name or password: fix them with `\"Username\"` and `\"Password\"` in the settings file");
            foreach (ProgramRun run in new[] { refused, again })
            {
                foreach (string console in new[] { "`set ", "`unset ", "`save`", "then `resume`\n", "`update" })
                {
                    Assert.IsFalse(run.AllText.Contains(console), "console words " + console + " in: " + run);
                }
            }
        }

        [TestMethod]
        public async Task TheHostKeepsOneSeedInItsStateAcrossRuns()
        {
            await using CliRig rig = await CliRig.StartAsync();
            Assert.AreEqual(0, rig.Run("once").ExitCode);
            int first = StoredSeed(rig);
            Assert.AreEqual(0, rig.Run("once").ExitCode);
            Assert.AreEqual(0, rig.Run("check").ExitCode);

            Assert.AreNotEqual(0, first, "a seed was made and stored");
            Assert.AreNotEqual(System.Environment.ProcessId, first, "not the PID");
            Assert.AreEqual(first, StoredSeed(rig), "later runs (new processes) keep it");
        }

        [TestMethod]
        public async Task ChangedSettingsLiftTheHaltButTheSpacingHolds()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig("not-the-password");
            Assert.AreEqual(4, rig.Run("once").ExitCode);

            rig.WriteConfig(CliRig.Password);
            ProgramRun fixedRun = rig.Run("once");

            Assert.AreEqual(3, fixedRun.ExitCode, "retry later: the last attempt was under five minutes ago: " + fixedRun);
            Assert.AreEqual(1, rig.UpdateRequests);
            StringAssert.Contains(fixedRun.Output, "the halt is lifted");
            StringAssert.Contains(fixedRun.Output, "not yet, to protect the account: change to 81.2.69.160 seen; sending at ");
            StringAssert.Contains(fixedRun.Output, "(the last attempt did not succeed: a retry waits 5 minutes after it)");
        }

        [TestMethod]
        public async Task AProviderOutageMeansRetryLater()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Code911());

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(3, run.ExitCode, run.ToString());
            Assert.AreEqual(1, rig.UpdateRequests);
            StringAssert.Contains(run.Output, "911");
        }

        [TestMethod]
        public async Task AFailedDetectionSendsNothing()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.Reflector.ServeFault(CliRig.ReflectorPath, ServerFault.Status(503));

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(2, run.ExitCode, run.ToString());
            Assert.AreEqual(0, rig.UpdateRequests);
            StringAssert.Contains(run.Output, "nothing sent: no public address was detected");
        }

        [TestMethod]
        public async Task EveryEventIsALogLineWithATimestamp()
        {
            await using CliRig rig = await CliRig.StartAsync();

            ProgramRun run = rig.Run("once");

            string[] events = run.OutputLines.Where(line => line.Contains("  info  ") || line.Contains("  warn  ") || line.Contains("  error ")).ToArray();
            Assert.IsTrue(events.Length >= 3, run.ToString());
            foreach (string line in events)
            {
                Assert.IsTrue(ProgramRun.LogLine.IsMatch(line), "not a timestamped log line: " + line);
            }

            Assert.IsTrue(events.Any(line => line.EndsWith("  info  settings in force")), run.ToString());
            Assert.IsTrue(events.Any(line => line.EndsWith("  info  update " + CliRig.Home + ": good " + TestAddresses.PublicIPv4)), run.ToString());
        }

        [TestMethod]
        public async Task TheCaFileMustExist()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig(CliRig.Password, settings => settings["CaCertificate"] = "missing-ca.pem");

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(1, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "CaCertificate: the CA file " + System.IO.Path.Combine(rig.Directory, "missing-ca.pem") + " does not exist");
            Assert.AreEqual(0, rig.UpdateRequests);
        }

        [TestMethod]
        public async Task WithoutTheCaTheProviderIsNotTrustedAndNothingIsSent()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig(CliRig.Password, settings => settings.Remove("CaCertificate"));

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(2, run.ExitCode, "the reflector is not trusted either: " + run);
            Assert.AreEqual(0, rig.UpdateRequests);
            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count, "no request may reach an untrusted server");
        }

        private static int StoredSeed(CliRig rig)
        {
            var state = new AgentState();
            Assert.IsTrue(new StateStore(new FileBlobStore(rig.StateDirectory)).TryLoad(state, out string problem), problem);
            return state.Seed;
        }
    }
}
