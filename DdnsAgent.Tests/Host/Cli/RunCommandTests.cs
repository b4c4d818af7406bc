using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>`ddns-agent run`, the daemon: it updates, keeps running, and stops cleanly when told to.</summary>
    [TestClass]
    public sealed class RunCommandTests
    {
        private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(15);

        [TestMethod]
        [DataRow("run")]
        [DataRow("")]
        public async Task UpdatesThenStopsCleanlyOnCancellation(string command)
        {
            await using CliRig rig = await CliRig.StartAsync();
            using var stop = new CancellationTokenSource();
            string[] args = command.Length == 0 ? rig.WithPaths() : rig.WithPaths(command);

            Task<ProgramRun> running = Task.Run(() => ProgramRun.Execute(null, stop.Token, args));
            await WaitFor(() => rig.UpdateRequests > 0 || running.IsCompleted, TimeSpan.FromSeconds(30));
            Assert.IsFalse(running.IsCompleted, "run ended by itself: " + (running.IsCompleted ? running.Result.ToString() : null));
            var stopping = Stopwatch.StartNew();
            stop.Cancel();
            Assert.IsTrue(await Task.WhenAny(running, Task.Delay(StopLimit)) == running, "run did not stop within " + StopLimit);
            ProgramRun run = await running;

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.IsTrue(stopping.Elapsed < StopLimit);
            Assert.AreEqual(1, rig.UpdateRequests, run.ToString());
            string[] lines = run.OutputLines;
            Assert.IsTrue(lines.Any(line => line.EndsWith("  info  status: all good")), "status changes are logged when stdout is not a terminal: " + run);
            StringAssert.EndsWith(lines[lines.Length - 1], "  info  stopped");
            Assert.IsTrue(lines.All(line => ProgramRun.LogLine.IsMatch(line)), "every line of the daemon is a timestamped log line: " + run);
            Assert.AreEqual(string.Empty, run.Error);

            ProgramRun after = rig.Run("once");
            Assert.AreEqual(0, after.ExitCode, "the state was saved: " + after);
            Assert.AreEqual(1, rig.UpdateRequests);
        }

        [TestMethod]
        public async Task StopsCleanlyWhileHalted()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig("wrong");
            using var stop = new CancellationTokenSource();

            Task<ProgramRun> running = Task.Run(() => ProgramRun.Execute(null, stop.Token, rig.WithPaths("run")));
            await WaitFor(() => rig.UpdateRequests > 0 || running.IsCompleted, TimeSpan.FromSeconds(30));
            await Task.Delay(300);
            stop.Cancel();
            Assert.IsTrue(await Task.WhenAny(running, Task.Delay(StopLimit)) == running, "run did not stop within " + StopLimit);
            ProgramRun run = await running;

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.AreEqual(1, rig.UpdateRequests, "halted: one request only");
            StringAssert.Contains(run.Output, "status: halted");
            Assert.IsFalse(run.AllText.Contains("wrong"), "the password was printed: " + run);
        }

        [TestMethod]
        public async Task OnATerminalTheStatusIsALineOnStderrAndTheLogStaysClean()
        {
            await using CliRig rig = await CliRig.StartAsync();
            using var stop = new CancellationTokenSource();

            Task<ProgramRun> running = Task.Run(() => ProgramRun.Execute(new System.IO.StringReader(string.Empty), null, true, stop.Token, rig.WithPaths("run")));
            await WaitFor(() => rig.UpdateRequests > 0 || running.IsCompleted, TimeSpan.FromSeconds(30));
            await Task.Delay(200);
            stop.Cancel();
            Assert.IsTrue(await Task.WhenAny(running, Task.Delay(StopLimit)) == running, "run did not stop within " + StopLimit);
            ProgramRun run = await running;

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.IsFalse(run.Output.Contains("status:"), "no status log lines on a terminal: " + run);
            Assert.IsTrue(run.OutputLines.All(line => ProgramRun.LogLine.IsMatch(line)), run.ToString());
            StringAssert.Contains(run.Error, "status: all good\r\u001b[K");
            StringAssert.EndsWith(run.Error, "\r\u001b[K", "the status line is removed at exit");
        }

        private static async Task WaitFor(Func<bool> condition, TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            while (!condition())
            {
                if (clock.Elapsed > limit)
                {
                    Assert.Fail("gave up waiting after " + limit);
                }

                await Task.Delay(50);
            }
        }
    }
}
