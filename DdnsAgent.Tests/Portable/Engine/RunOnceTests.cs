#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>Agent.Update as the host's `once` uses it: one round per program run (cron), each run a fresh agent on the same saved state.</summary>
    [TestClass]
    public class RunOnceTests
    {
        [TestMethod]
        public void TheFirstRunUpdatesAndTheNextRunSendsNothing()
        {
            var rig = new AgentRig();
            var output = new RecordingTextSink();

            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, output));
            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.IsTrue(output.Take().IndexOf("updated: the provider answered \"good 81.2.69.160\"") >= 0);

            rig.Clock.AdvanceSeconds(60);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.UpToDate, rig.RunOnce(false, output), "within the spacing, but nothing is due");
            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.IsTrue(output.Take().IndexOf("nothing sent: the registered addresses are current") >= 0);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void ANewAddressGoesAtOnceButOneFlappingBackWaitsTheSpacingAcrossRuns()
        {
            var rig = new AgentRig();
            var output = new RecordingTextSink();
            rig.RunOnce(false, output);
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.Clock.AdvanceSeconds(60);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, output), "a new address a minute after an update");

            rig.Provider.PublicIPv4 = "81.2.69.160";
            rig.Clock.AdvanceSeconds(60);
            rig.Boot();
            output.Take();
            Assert.AreEqual(CycleOutcome.NotYet, rig.RunOnce(false, output), "the history of the last hour outlives the run");
            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.IsTrue(output.Take().IndexOf("not yet, to protect the account: change to 81.2.69.160 seen; sending at 2026-11-24 10:06:00Z") >= 0);

            rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, output));
            Assert.AreEqual("81.2.69.160", FakeProvider.QueryValue(rig.Provider.LastUpdateTarget, "myip"));
        }

        [TestMethod]
        public void ADetectionFailureSendsNothing()
        {
            var rig = new AgentRig();
            rig.Provider.PublicIPv4 = null;
            var output = new RecordingTextSink();

            Assert.AreEqual(CycleOutcome.DetectionFailed, rig.RunOnce(false, output));
            Assert.AreEqual(0, rig.Provider.UpdateCount);
            Assert.IsTrue(output.Text.IndexOf("nothing sent: no public address was detected") >= 0);
        }

        [TestMethod]
        public void A911AnswerAndATransportFailureMeanRetryLater()
        {
            var rig = new AgentRig();
            rig.Provider.Script(500, "911");
            var output = new RecordingTextSink();
            Assert.AreEqual(CycleOutcome.RetryLater, rig.RunOnce(false, output));
            Assert.IsTrue(output.Take().IndexOf("911") >= 0);

            rig.Clock.AdvanceSeconds(38 * 60); // 30 minutes plus up to a quarter
            rig.Boot();
            rig.Provider.ScriptFailure(TransportFailure.ConnectFailed);
            Assert.AreEqual(CycleOutcome.RetryLater, rig.RunOnce(false, output));
            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
        }

        [TestMethod]
        public void ARejectedCertificateIsASettingsProblem()
        {
            var rig = new AgentRig();
            rig.Provider.ScriptFailure(TransportFailure.CertificateRejected);
            var output = new RecordingTextSink();
            Assert.AreEqual(CycleOutcome.SettingsProblem, rig.RunOnce(false, output));
            Assert.IsTrue(output.Take().IndexOf("a settings problem: the server's certificate was not accepted") >= 0);

            rig.Clock.AdvanceSeconds(299);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.NotYet, rig.RunOnce(false, output), "the wait after it holds across runs");
            Assert.AreEqual(1, rig.Provider.UpdateCount);
        }

        [TestMethod]
        public void AHardStopHaltsAndTheHaltOutlivesTheRun()
        {
            var rig = new AgentRig();
            rig.Provider.Script(401, "badauth");
            var output = new RecordingTextSink();
            Assert.AreEqual(CycleOutcome.Halted, rig.RunOnce(false, output));
            Assert.IsTrue(output.Take().IndexOf("badauth") >= 0);

            rig.Clock.AdvanceSeconds(3600);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.Halted, rig.RunOnce(true, output), "even forced, nothing is sent while halted");
            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.IsTrue(output.Take().IndexOf("updates are halted (badauth)") >= 0);
            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);
        }

        [TestMethod]
        public void ForcingResendsUntilTheProviderSaidNochgTwice()
        {
            var rig = new AgentRig();
            var output = new RecordingTextSink();
            rig.RunOnce(false, output);
            for (int run = 1; run <= 2; run++)
            {
                rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds + 1);
                rig.Boot();
                Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(true, output), "forced run " + run.ToString());
            }

            rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds + 1);
            rig.Boot();
            output.Take();
            Assert.AreEqual(CycleOutcome.UpToDate, rig.RunOnce(true, output));
            Assert.AreEqual(3, rig.Provider.UpdateCount);
            Assert.IsTrue(output.Text.IndexOf("twice in a row") >= 0);
        }

        [TestMethod]
        public void WithoutSettingsNothingHappens()
        {
            var rig = new AgentRig();
            rig.Agent.Unconfigure(false);
            var output = new RecordingTextSink();

            Assert.AreEqual(CycleOutcome.NotConfigured, rig.RunOnce(false, output));
            Assert.AreEqual(0, rig.Provider.ReflectorRequests);
            Assert.IsTrue(output.Text.IndexOf("not configured yet") >= 0);
        }
    }
}
