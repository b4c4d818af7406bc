#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Persistence
{
    /// <summary>
    /// A power cut at any byte of any write, and any flipped bit in flash, must leave the agent with the old
    /// state or the new one: never garbage, never without the last registered address.
    /// </summary>
    [TestClass]
    public class StateStorePowerCutTests
    {
        [TestMethod]
        public void ACutAtEveryByteLeavesTheOldOrTheNewState()
        {
            CutAtEveryByte(BothSlotsWritten(), TornWrite.KeepPrefix);
            CutAtEveryByte(BothSlotsWritten(), TornWrite.OverwritePrefix);
        }

        [TestMethod]
        public void ACutWhileSavingAnAttemptLeavesTheOldStateOrTheAttempt()
        {
            CutAtEveryByte(BothSlotsWritten(), TornWrite.KeepPrefix, StateSamples.Old(), StateSamples.WithAttempt());
            CutAtEveryByte(BothSlotsWritten(), TornWrite.OverwritePrefix, StateSamples.Old(), StateSamples.WithAttempt());
        }

        [TestMethod]
        public void ACutWhileSavingTheAnswerLeavesTheAttemptOrTheAnswer()
        {
            FakeBlobStore blobs = BothSlotsWritten();
            Assert.IsTrue(new StateStore(blobs).SaveIfChanged(StateSamples.WithAttempt()));
            CutAtEveryByte(blobs, TornWrite.KeepPrefix, StateSamples.WithAttempt(), StateSamples.New());
            CutAtEveryByte(blobs, TornWrite.OverwritePrefix, StateSamples.WithAttempt(), StateSamples.New());
        }

        [TestMethod]
        public void ACutDuringTheSecondEverSaveKeepsTheFirst()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            new StateStore(blobs).SaveIfChanged(StateSamples.Old());
            CutAtEveryByte(blobs, TornWrite.KeepPrefix);
            CutAtEveryByte(blobs, TornWrite.OverwritePrefix);
        }

        [TestMethod]
        public void AfterACutWithoutRestartTheNextSaveSucceeds()
        {
            int length = StateCodec.SizeFor(3);
            for (int offset = 0; offset < length; offset += 7)
            {
                FakeBlobStore blobs = BothSlotsWritten();
                StateStore store = new StateStore(blobs);
                AgentState state = Load(blobs, store);
                StateSamples.ApplyNewAddress(state);
                blobs.CutNextWrite(offset, TornWrite.OverwritePrefix);
                Assert.IsFalse(store.SaveIfChanged(state), "offset " + offset.ToString());
                Assert.IsTrue(store.SaveIfChanged(state), "offset " + offset.ToString());
                StateStoreTests.AssertLoads(blobs, StateSamples.New());
            }
        }

        [TestMethod]
        public void EveryFlippedBitInTheNewestSlotFallsBackToTheOlderOne()
        {
            FakeBlobStore prepared = NewestInSlotB();
            int bits = prepared.GetContent(StateStore.SlotB).Length * 8;
            for (int bit = 0; bit < bits; bit++)
            {
                FakeBlobStore blobs = prepared.Clone();
                blobs.FlipBit(StateStore.SlotB, bit);
                AssertLoadsWithProblem(blobs, StateSamples.Old(), "state.b ignored", bit);
            }
        }

        [TestMethod]
        public void EveryFlippedBitInTheOlderSlotKeepsTheNewest()
        {
            FakeBlobStore prepared = NewestInSlotB();
            int bits = prepared.GetContent(StateStore.SlotA).Length * 8;
            for (int bit = 0; bit < bits; bit++)
            {
                FakeBlobStore blobs = prepared.Clone();
                blobs.FlipBit(StateStore.SlotA, bit);
                AssertLoadsWithProblem(blobs, StateSamples.New(), "state.a ignored", bit);
            }
        }

        [TestMethod]
        public void PairsOfFlippedBitsAreCaught()
        {
            FakeBlobStore prepared = NewestInSlotB();
            int bits = prepared.GetContent(StateStore.SlotB).Length * 8;
            for (int first = 0; first < bits; first++)
            {
                int second = (first + 1 + ((first * 37) % (bits - 1))) % bits;
                if (second == first)
                {
                    continue;
                }

                FakeBlobStore blobs = prepared.Clone();
                blobs.FlipBit(StateStore.SlotB, first);
                blobs.FlipBit(StateStore.SlotB, second);
                AssertLoadsWithProblem(blobs, StateSamples.Old(), "state.b ignored", first);
            }
        }

        [TestMethod]
        public void ADamagedSlotIsRewrittenAndTheIntactOneIsLeftAlone()
        {
            FakeBlobStore blobs = NewestInSlotB();
            blobs.FlipBit(StateStore.SlotB, 100);
            byte[] intact = blobs.GetContent(StateStore.SlotA);

            StateStore store = new StateStore(blobs);
            AgentState state = Load(blobs, store);
            state[1].ConsecutiveNoChange = 5;
            Assert.IsTrue(store.SaveIfChanged(state));
            CollectionAssert.AreEqual(intact, blobs.GetContent(StateStore.SlotA));
            StateStoreTests.AssertLoads(blobs, state);
        }

        // Slot a holds a state of the same size as Old (so in-place tearing mixes two records), slot b holds Old.
        private static FakeBlobStore BothSlotsWritten()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            StateStore store = new StateStore(blobs);
            AgentState older = StateSamples.Old();
            older[2].ConsecutiveFailures = 1;
            store.SaveIfChanged(older);
            store.SaveIfChanged(StateSamples.Old());
            return blobs;
        }

        // Slot a holds Old, slot b holds New.
        private static FakeBlobStore NewestInSlotB()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            StateStore store = new StateStore(blobs);
            store.SaveIfChanged(StateSamples.Old());
            store.SaveIfChanged(StateSamples.New());
            return blobs;
        }

        private static void CutAtEveryByte(FakeBlobStore prepared, TornWrite model)
        {
            CutAtEveryByte(prepared, model, StateSamples.Old(), StateSamples.New());
        }

        // prepared holds older as its newest state; the save of newer is cut at every byte.
        private static void CutAtEveryByte(FakeBlobStore prepared, TornWrite model, AgentState older, AgentState newer)
        {
            byte[] encoded = new byte[StateCodec.MaxSizeFor(AgentState.DefaultCapacity)];
            int length = StateCodec.Encode(newer, 1, encoded);
            for (int offset = 0; offset <= length; offset++)
            {
                FakeBlobStore blobs = prepared.Clone();
                StateStore store = new StateStore(blobs);
                AgentState state = Load(blobs, store);
                Assert.IsNull(StateSamples.Difference(older, state));
                state = newer;
                blobs.CutNextWrite(offset, model);
                Assert.IsFalse(store.SaveIfChanged(state), "a cut write is not reported as saved");
                Assert.IsTrue(blobs.PowerWasCut);

                // Restart: a new store and a new state, as after a reboot.
                AgentState reloaded = new AgentState();
                string problem;
                Assert.IsTrue(new StateStore(blobs).TryLoad(reloaded, out problem), "offset " + offset.ToString() + ": " + problem);
                string fromOld = StateSamples.Difference(older, reloaded);
                string fromNew = StateSamples.Difference(newer, reloaded);
                Assert.IsTrue(fromOld == null || fromNew == null, "offset " + offset.ToString() + ": neither old nor new: " + fromOld);
                if (offset < length && model == TornWrite.KeepPrefix)
                {
                    Assert.IsNull(fromOld, "offset " + offset.ToString() + ": a shortened record is never taken for the new one");
                }

                if (offset == length)
                {
                    Assert.IsNull(fromNew, "a write cut after its last byte is complete");
                }

                Assert.IsFalse(reloaded.Find("home.example.com", AddressFamilyKind.IPv4).Address.IsNone, "the registered address survives");
            }
        }

        private static AgentState Load(FakeBlobStore blobs, StateStore store)
        {
            AgentState state = new AgentState();
            string problem;
            Assert.IsTrue(store.TryLoad(state, out problem), problem);
            return state;
        }

        private static void AssertLoadsWithProblem(FakeBlobStore blobs, AgentState expected, string problemStart, int bit)
        {
            AgentState loaded = new AgentState();
            string problem;
            Assert.IsTrue(new StateStore(blobs).TryLoad(loaded, out problem), "bit " + bit.ToString());
            string difference = StateSamples.Difference(expected, loaded);
            Assert.IsNull(difference, "bit " + bit.ToString() + ": " + difference);
            Assert.IsTrue(problem != null && problem.IndexOf(problemStart) == 0, "bit " + bit.ToString() + ": " + problem);
        }
    }
}
