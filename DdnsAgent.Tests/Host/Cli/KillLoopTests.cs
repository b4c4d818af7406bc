using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DdnsAgent.Addressing;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Persistence;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>
    /// kill -9 during an update: the real `ddns-agent once` against the loopback provider, which takes the update
    /// and answers late, killed with SIGKILL at seeded random moments, then run again to its end. Each round starts
    /// from an empty state with a new address. The attempt saved before sending tells the restart that the provider
    /// may have the update: the restart never sends it again at once (it waits the spacing, exit 3, and then goes
    /// once more), and no nochg is ever counted towards the nochg guard.
    /// The default is a small loop; the full measurement takes DDNS_AGENT_KILLS (e.g. 320),
    /// DDNS_AGENT_ANSWER_DELAY_MS (the provider's answer delay, default 200), DDNS_AGENT_KILL_MOMENTS ("FROM-TO" in
    /// ms after the start; default from 0 to the length of an undisturbed run) and DDNS_AGENT_KILL_SEED.
    /// </summary>
    [TestClass]
    public sealed class KillLoopTests
    {
        [TestMethod]
        [Timeout(7200000)] // the full measurement (DDNS_AGENT_KILLS=320) takes many minutes
        public async Task KilledAtRandomMomentsARestartNeverResendsAtOnceAndNeverCountsANochg()
        {
            int kills = Setting("DDNS_AGENT_KILLS", 20);
            int delay = Setting("DDNS_AGENT_ANSWER_DELAY_MS", 200);
            var random = new Random(Setting("DDNS_AGENT_KILL_SEED", 20261206));
            await using CliRig rig = await CliRig.StartAsync();
            rig.Emulator.Options.AnswerDelay = TimeSpan.FromMilliseconds(delay);
            rig.Emulator.Options.NochgLimit = 0; // counted here instead of blocking

            // An undisturbed round (after one that warms the caches) sets the window of the kill moments.
            Assert.AreEqual(0, RunToEnd(rig, AddressOf(kills)), "a first undisturbed round");
            var clock = Stopwatch.StartNew();
            Assert.AreEqual(0, RunToEnd(rig, AddressOf(kills + 1)), "an undisturbed round");
            (int from, int to) = Window(Environment.GetEnvironmentVariable("DDNS_AGENT_KILL_MOMENTS"), (int)clock.ElapsedMilliseconds);

            int endedFirst = 0;
            int takenBeforeKill = 0;
            int resends = 0;
            int nochgAnswers = 0;
            int nochgCounted = 0;
            int held = 0;
            for (int round = 0; round < kills; round++)
            {
                string address = AddressOf(round);
                Directory.Delete(rig.StateDirectory, true);
                rig.Reflector.Serve(CliRig.ReflectorPath, ReflectorFormat.PlainText, address);
                using (ChildAgent first = ChildAgent.Start(null, rig.WithPaths("once")))
                {
                    Thread.Sleep(random.Next(from, to + 1));
                    endedFirst += first.HasExited ? 1 : 0;
                    first.KillHard();
                }

                takenBeforeKill += Math.Min(1, UpdatesOf(rig, address).Length);
                int code = RunToEnd(rig, null);
                HostState record = LoadRecord(rig.StateDirectory);
                if (code == 3)
                {
                    // The kill came after the attempt was saved: the update counts as sent and waits the spacing.
                    held++;
                    Assert.AreEqual(address, record.AttemptAddress.ToString(), "round " + round + ": held for the unanswered attempt");
                }
                else
                {
                    Assert.AreEqual(0, code, "round " + round + ": the restart completes");
                    Assert.AreEqual(address, record.Address.ToString(), "round " + round + ": the state holds the address");
                }

                Dyndns2Exchange[] updates = UpdatesOf(rig, address);
                resends += Math.Max(0, updates.Length - 1);
                nochgAnswers += updates.Count(u => u.Body != null && u.Body.StartsWith("nochg", StringComparison.Ordinal));
                nochgCounted += record.ConsecutiveNoChange;
            }

            string figures = "kills " + kills + " (ended before the kill " + endedFirst + "), answer delay " + delay + " ms, moments "
                + from + "-" + to + " ms: provider had the update at the kill " + takenBeforeKill + ", immediate re-sends of an address the provider had "
                + resends + ", nochg answers " + nochgAnswers + ", nochg counted " + nochgCounted + ", restarts that held the update for the spacing " + held;
            Console.WriteLine(figures);
            string report = Environment.GetEnvironmentVariable("DDNS_AGENT_KILL_REPORT");
            if (!string.IsNullOrEmpty(report))
            {
                File.AppendAllText(report, figures + "\n");
            }

            Assert.AreEqual(0, resends, figures);
            Assert.AreEqual(0, nochgCounted, figures);
        }

        // 81.2.x.y, a new public address per round (the state is empty each round, so none is a repeat).
        private static string AddressOf(int round)
        {
            return "81.2." + (70 + (round / 200)) + "." + (20 + (round % 200));
        }

        private static int RunToEnd(CliRig rig, string address)
        {
            if (address != null)
            {
                rig.Reflector.Serve(CliRig.ReflectorPath, ReflectorFormat.PlainText, address);
            }

            using ChildAgent run = ChildAgent.Start(null, rig.WithPaths("once"));
            int code = run.WaitForExit();
            if (code != 0 && code != 3)
            {
                Console.WriteLine(run.Output);
            }

            return code;
        }

        private static Dyndns2Exchange[] UpdatesOf(CliRig rig, string address)
        {
            return rig.Emulator.Exchanges.Where(e => e.MyIp == address).ToArray();
        }

        private static HostState LoadRecord(string stateDirectory)
        {
            var state = new AgentState();
            Assert.IsTrue(new StateStore(new FileBlobStore(stateDirectory)).TryLoad(state, out string problem), problem);
            return state.Find(CliRig.Home, AddressFamilyKind.IPv4);
        }

        private static (int From, int To) Window(string text, int undisturbed)
        {
            if (string.IsNullOrEmpty(text))
            {
                return (0, undisturbed);
            }

            string[] parts = text.Split('-');
            return (int.Parse(parts[0]), int.Parse(parts[1]));
        }

        private static int Setting(string name, int fallback)
        {
            string text = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrEmpty(text) ? fallback : int.Parse(text);
        }
    }
}
