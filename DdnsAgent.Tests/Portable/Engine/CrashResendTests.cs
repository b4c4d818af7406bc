#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Engine;
using DdnsAgent.Persistence;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// A crash (power cut, kill -9) after the provider took an update but before its answer was saved: the saved
    /// attempt tells the restart that the provider may have it. It counts as sent, as an attempt without an answer:
    /// it goes once more after the spacing (never at once), and the nochg that answers it is no repeat.
    /// </summary>
    [TestClass]
    public class CrashResendTests
    {
        [TestMethod]
        public void TheAttemptIsSavedBeforeTheUpdateGoes()
        {
            var rig = new AgentRig();
            rig.Provider.Flash = rig.Blobs;
            rig.RunOnce(false, new RecordingTextSink());

            HostState atUpdate = Record(LoadFrom(rig.Provider.FlashAtLastUpdate));
            Assert.AreEqual(1, atUpdate.AttemptSends);
            Assert.AreEqual("81.2.69.160", atUpdate.AttemptAddress.ToString());
            Assert.IsTrue(atUpdate.Address.IsNone, "not yet confirmed");

            HostState after = Record(LoadFrom(rig.Blobs));
            Assert.AreEqual(0, after.AttemptSends, "cleared with the answer");
            Assert.AreEqual("81.2.69.160", after.Address.ToString());
        }

        [TestMethod]
        public void AfterACrashTheUpdateCountsAsSentAndGoesOnceMoreAfterTheSpacingWithoutCountingItsNochg()
        {
            var rig = new AgentRig();
            rig.Provider.Flash = rig.Blobs;
            rig.RunOnce(false, new RecordingTextSink());
            Crash(rig);

            rig.Clock.AdvanceSeconds(5);
            rig.Boot();
            Assert.IsTrue(rig.Logged("the agent stopped before the last update's answer"), rig.LogText());
            var output = new RecordingTextSink();
            Assert.AreEqual(CycleOutcome.NotYet, rig.RunOnce(false, output), "no immediate re-send: the provider may have it");
            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.IsTrue(output.Text.IndexOf("not yet") >= 0, output.Text);

            rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds + 100);
            rig.Boot();
            Assert.IsFalse(rig.Logged("the agent stopped before"), "adopted once: " + rig.LogText());
            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, new RecordingTextSink()));
            Assert.AreEqual(2, rig.Provider.UpdateCount, "sent once more");
            Assert.IsTrue(rig.Provider.LastAnswerWasNoChange(), "the provider had it");
            HostState record = Record(LoadFrom(rig.Blobs));
            Assert.AreEqual(0, record.ConsecutiveNoChange, "the nochg answered the crashed update, not a repeat");
            Assert.AreEqual(0, record.AttemptSends);
            Assert.AreEqual("81.2.69.160", record.Address.ToString());

            rig.Clock.AdvanceSeconds(5);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.UpToDate, rig.RunOnce(false, new RecordingTextSink()));
            Assert.AreEqual(2, rig.Provider.UpdateCount);
        }

        [TestMethod]
        public void WhenTheResendIsCutShortTooTheNextWaitsAgain()
        {
            var rig = new AgentRig();
            rig.Provider.Flash = rig.Blobs;
            rig.RunOnce(false, new RecordingTextSink());
            Crash(rig);
            rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds + 100);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, new RecordingTextSink()));
            Assert.AreEqual(2, Record(LoadFrom(rig.Provider.FlashAtLastUpdate)).AttemptSends, "the re-send is known as one");
            Crash(rig);

            rig.Clock.AdvanceSeconds(5);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.NotYet, rig.RunOnce(false, new RecordingTextSink()), "the re-send counts as sent too: the spacing holds again");
            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(2, Record(LoadFrom(rig.Blobs)).ConsecutiveFailures, "two attempts without an answer: the back-off grows");

            rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds + 100);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, new RecordingTextSink()), "after the wait it goes");
            Assert.AreEqual(3, rig.Provider.UpdateCount);
            Assert.AreEqual(0, Record(LoadFrom(rig.Blobs)).ConsecutiveNoChange, "no repeat of the user's");
        }

        [TestMethod]
        public void AnUpdateWithoutAnAnswerLeavesNoAttemptBehind()
        {
            var rig = new AgentRig();
            rig.Provider.ScriptFailure(Http.TransportFailure.Timeout);
            rig.RunOnce(false, new RecordingTextSink());
            HostState record = Record(LoadFrom(rig.Blobs));
            Assert.AreEqual(0, record.AttemptSends, "a transport failure is an answer recorded: nothing stays unanswered");
        }

        // The answer never reached the flash: it holds what it held when the provider took the update.
        private static void Crash(AgentRig rig)
        {
            rig.Blobs.RestoreFrom(rig.Provider.FlashAtLastUpdate);
        }

        private static AgentState LoadFrom(FakeBlobStore blobs)
        {
            var state = new AgentState();
            string problem;
            Assert.IsTrue(new StateStore(blobs.Clone()).TryLoad(state, out problem), problem);
            return state;
        }

        private static HostState Record(AgentState state)
        {
            return state.Find("home.example.org", AddressFamilyKind.IPv4);
        }
    }
}
