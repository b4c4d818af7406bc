#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// A state that cannot be saved is an error: nothing is sent that the state could not record (the attempt is
    /// written first), the agent says so once with the file and the cause, shows it on the LED and in `status`,
    /// tries a write now and then, and resumes when one works.
    /// </summary>
    [TestClass]
    public class StorageFaultTests
    {
        [TestMethod]
        public void OnceSendsNothingWhenTheStateCannotBeWritten()
        {
            var rig = new AgentRig();
            rig.Blobs.RefuseWrites = true;
            var output = new RecordingTextSink();

            Assert.AreEqual(CycleOutcome.StorageFault, rig.RunOnce(false, output));
            Assert.AreEqual(0, rig.Provider.UpdateCount, "nothing sent that the state could not record");
            Assert.AreEqual(LedState.StorageFault, rig.Indicator.Current);
            Expect.Contains(output.Text, "no update is sent until the state can be saved: cannot write state.b: read-only file system");
            Assert.IsTrue(rig.Logged("state cannot be saved, so no update is sent: cannot write state.b: read-only file system"), rig.LogText());
            Expect.Contains(rig.Status(), "no update is sent until the state can be saved: cannot write state.b: read-only file system");
        }

        [TestMethod]
        public void TheDaemonStopsUpdatingTellsItOnceAndResumesWhenAWriteWorks()
        {
            var rig = new AgentRig();
            rig.RunFor(60);
            Assert.AreEqual(1, rig.Provider.UpdateCount);

            rig.Blobs.RefuseWrites = true;
            rig.Blobs.RefusalCause = "no space left on device";
            rig.Provider.PublicIPv4 = "81.2.69.161";
            int writes = rig.Blobs.WriteCount;
            rig.RunFor(3600);
            Assert.AreEqual(1, rig.Provider.UpdateCount, "nothing sent for an hour of failed writes");
            Assert.AreEqual(LedState.StorageFault, rig.Indicator.Current);
            Assert.AreEqual(1, CountLogged(rig, "state cannot be saved"), "one line per episode, not per tick: " + rig.LogText());
            int tries = rig.Blobs.WriteCount - writes;
            Assert.IsTrue(tries >= 50 && tries <= 62, "a write is tried about once a minute, not at every tick: " + tries.ToString());
            Expect.Contains(rig.Status(), "no space left on device");

            rig.Blobs.RefuseWrites = false;
            rig.RunFor(120);
            Assert.IsTrue(rig.Logged("state: saved again; updates resume"), rig.LogText());
            Assert.AreEqual(2, rig.Provider.UpdateCount, "the change went once the state could record it");
            Assert.AreEqual("81.2.69.161", FakeProvider.QueryValue(rig.Provider.LastUpdateTarget, "myip"));
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
            Assert.IsTrue(rig.Status().IndexOf("until the state can be saved") < 0, rig.Status());

            rig.Boot();
            Assert.AreEqual(CycleOutcome.UpToDate, rig.RunOnce(false, new RecordingTextSink()), "the answer was saved");
        }

        [TestMethod]
        public void AnUnchangedStateNeedsNoWriteAndSendsNothing()
        {
            var rig = new AgentRig();
            rig.RunOnce(false, new RecordingTextSink());
            rig.Clock.AdvanceSeconds(600);
            rig.Boot();
            rig.Blobs.RefuseWrites = true;
            Assert.AreEqual(CycleOutcome.UpToDate, rig.RunOnce(false, new RecordingTextSink()), "nothing to record, nothing to refuse");
            Assert.AreEqual(1, rig.Provider.UpdateCount);
        }

        private static int CountLogged(AgentRig rig, string text)
        {
            int count = 0;
            for (int i = 0; i < rig.Events.Count; i++)
            {
                if (rig.Events.EntryAt(i).Message(Vocabulary.DeviceConsole).IndexOf(text) >= 0)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
