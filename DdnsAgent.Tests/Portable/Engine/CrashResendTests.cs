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
    /// attempt tells the restart that the provider may have it. It may go once more, and the nochg that answers it is
    /// no repeat; when even that one is cut short, the next waits like an attempt without an answer.
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
        public void AfterACrashTheUpdateGoesOnceMoreAndItsNochgDoesNotCount()
        {
            var rig = new AgentRig();
            rig.Provider.Flash = rig.Blobs;
            rig.RunOnce(false, new RecordingTextSink());
            Crash(rig);

            rig.Clock.AdvanceSeconds(5);
            rig.Boot();
            Assert.IsTrue(rig.Logged("the last update has no recorded answer"), rig.LogText());
            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, new RecordingTextSink()));
            Assert.AreEqual(2, rig.Provider.UpdateCount, "sent once more");
            HostState record = Record(LoadFrom(rig.Blobs));
            Assert.AreEqual(0, record.ConsecutiveNoChange, "the nochg answered the crashed update, not a repeat");
            Assert.AreEqual(0, record.AttemptSends);

            rig.Clock.AdvanceSeconds(5);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.UpToDate, rig.RunOnce(false, new RecordingTextSink()));
            Assert.AreEqual(2, rig.Provider.UpdateCount);
        }

        [TestMethod]
        public void WhenTheResendIsCutShortTooTheNextWaits()
        {
            var rig = new AgentRig();
            rig.Provider.Flash = rig.Blobs;
            rig.RunOnce(false, new RecordingTextSink());
            Crash(rig);
            rig.Clock.AdvanceSeconds(5);
            rig.Boot();
            rig.RunOnce(false, new RecordingTextSink());
            Crash(rig);

            rig.Clock.AdvanceSeconds(5);
            rig.Boot();
            Assert.IsTrue(rig.Logged("no answer either"), rig.LogText());
            Assert.AreEqual(CycleOutcome.NotYet, rig.RunOnce(false, new RecordingTextSink()), "no second immediate re-send");
            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);

            rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds * 2);
            rig.Boot();
            Assert.AreEqual(CycleOutcome.Updated, rig.RunOnce(false, new RecordingTextSink()), "after the wait it goes");
            Assert.AreEqual(3, rig.Provider.UpdateCount);
            Assert.AreEqual(0, Record(LoadFrom(rig.Blobs)).ConsecutiveNoChange, "still no repeat of the user's");
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
