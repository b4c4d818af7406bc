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
    [TestClass]
    public class StateStoreTests
    {
        [TestMethod]
        public void AnEmptyMediumMeansFirstStart()
        {
            AgentState state = StateSamples.Old();
            string problem;
            Assert.IsFalse(new StateStore(new FakeBlobStore()).TryLoad(state, out problem));
            Assert.AreEqual("no saved state yet (first start)", problem);
            Assert.AreEqual(0, state.Count, "the target is emptied");
        }

        [TestMethod]
        public void WhatIsSavedIsLoadedAfterARestart()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            Assert.IsTrue(new StateStore(blobs).SaveIfChanged(StateSamples.Old()));

            AgentState loaded = new AgentState();
            string problem;
            Assert.IsTrue(new StateStore(blobs).TryLoad(loaded, out problem), problem);
            Assert.IsNull(problem, "one slot missing after the first save is normal");
            Assert.IsNull(StateSamples.Difference(StateSamples.Old(), loaded));
        }

        [TestMethod]
        public void NothingIsWrittenWithoutAChange()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            StateStore store = new StateStore(blobs);
            AgentState state = StateSamples.Old();
            Assert.IsTrue(store.SaveIfChanged(state));
            Assert.AreEqual(1, blobs.WriteCount);
            for (int i = 0; i < 100; i++)
            {
                Assert.IsTrue(store.SaveIfChanged(state));
            }

            Assert.AreEqual(1, blobs.WriteCount, "unchanged state is never rewritten");

            state[0].ConsecutiveNoChange = 2;
            Assert.IsTrue(store.SaveIfChanged(state));
            Assert.AreEqual(2, blobs.WriteCount, "any changed field is written");
        }

        [TestMethod]
        public void NothingIsWrittenAfterARestartWithoutAChange()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            new StateStore(blobs).SaveIfChanged(StateSamples.Old());

            StateStore restarted = new StateStore(blobs);
            AgentState loaded = new AgentState();
            string problem;
            Assert.IsTrue(restarted.TryLoad(loaded, out problem), problem);
            Assert.IsTrue(restarted.SaveIfChanged(loaded));
            Assert.AreEqual(1, blobs.WriteCount);
        }

        [TestMethod]
        public void SavesAlternateSlotsWithGrowingSequence()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            StateStore store = new StateStore(blobs);
            AgentState state = StateSamples.Old();
            string[] expectedSlot = new string[] { StateStore.SlotA, StateStore.SlotB, StateStore.SlotA, StateStore.SlotB };
            for (int i = 0; i < expectedSlot.Length; i++)
            {
                state[0].ConsecutiveNoChange = i + 1;
                Assert.IsTrue(store.SaveIfChanged(state));
                Assert.AreEqual((uint)(i + 1), store.Sequence);
                Assert.AreEqual((uint)(i + 1), StateCodec.ReadSequence(blobs.GetContent(expectedSlot[i])), "save " + i.ToString());
            }
        }

        [TestMethod]
        public void SavingBeforeLoadingNeverOverwritesTheNewestCopy()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            StateStore first = new StateStore(blobs);
            AgentState state = StateSamples.Old();
            first.SaveIfChanged(state);
            state[0].ConsecutiveFailures = 1;
            first.SaveIfChanged(state); // slot b is newest now
            byte[] newest = blobs.GetContent(StateStore.SlotB);

            new StateStore(blobs).SaveIfChanged(StateSamples.New());
            CollectionAssert.AreEqual(newest, blobs.GetContent(StateStore.SlotB));
            Assert.AreEqual(3u, StateCodec.ReadSequence(blobs.GetContent(StateStore.SlotA)));
        }

        [TestMethod]
        public void TheSequenceMayWrapAround()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            blobs.SetContent(StateStore.SlotA, Encode(StateSamples.Old(), 0xFFFFFFFF));
            blobs.SetContent(StateStore.SlotB, Encode(StateSamples.New(), 0));

            StateStore store = new StateStore(blobs);
            AgentState loaded = new AgentState();
            string problem;
            Assert.IsTrue(store.TryLoad(loaded, out problem), problem);
            Assert.IsNull(StateSamples.Difference(StateSamples.New(), loaded), "0 follows 0xFFFFFFFF");

            loaded[0].ConsecutiveNoChange = 9;
            Assert.IsTrue(store.SaveIfChanged(loaded));
            Assert.AreEqual(1u, StateCodec.ReadSequence(blobs.GetContent(StateStore.SlotA)), "the older slot is overwritten");
        }

        [TestMethod]
        public void ABadSlotIsIgnoredWithItsReason()
        {
            string[] expected = new string[] { "wrong magic", "wrong version", "truncated", "checksum mismatch" };
            for (int c = 0; c < expected.Length; c++)
            {
                FakeBlobStore blobs = new FakeBlobStore();
                blobs.SetContent(StateStore.SlotA, Encode(StateSamples.Old(), 1));
                byte[] bad = Encode(StateSamples.New(), 2);
                if (c == 0)
                {
                    bad[1] = (byte)'Z';
                }
                else if (c == 1)
                {
                    bad[4] = 7;
                    LittleEndian.WriteUInt32(bad, bad.Length - 4, Crc32.Compute(bad, 0, bad.Length - 4));
                }
                else if (c == 2)
                {
                    byte[] cut = new byte[bad.Length - 10];
                    for (int i = 0; i < cut.Length; i++)
                    {
                        cut[i] = bad[i];
                    }

                    bad = cut;
                }
                else
                {
                    bad[20] ^= 1;
                }

                blobs.SetContent(StateStore.SlotB, bad);
                AgentState loaded = new AgentState();
                string problem;
                Assert.IsTrue(new StateStore(blobs).TryLoad(loaded, out problem), expected[c]);
                Assert.IsNull(StateSamples.Difference(StateSamples.Old(), loaded), expected[c]);
                Assert.IsTrue(problem.IndexOf("state.b ignored: " + expected[c]) == 0, problem);
                Assert.IsTrue(problem.IndexOf("using state.a") > 0, problem);
            }
        }

        [TestMethod]
        public void TwoBadSlotsAreBothExplained()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            blobs.SetContent(StateStore.SlotA, new byte[] { 1, 2, 3 });
            byte[] b = Encode(StateSamples.Old(), 4);
            b[0] = 0;
            blobs.SetContent(StateStore.SlotB, b);

            string problem;
            Assert.IsFalse(new StateStore(blobs).TryLoad(new AgentState(), out problem));
            Assert.AreEqual("no intact saved state: state.a truncated: only 3 bytes, a write was cut short; state.b wrong magic: this is not an agent state record", problem);
        }

        [TestMethod]
        public void ARefusedWriteKeepsTheOldCopyAndIsRetried()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            StateStore store = new StateStore(blobs);
            AgentState state = StateSamples.Old();
            store.SaveIfChanged(state);

            StateSamples.ApplyNewAddress(state);
            blobs.RefuseWrites = true;
            Assert.IsFalse(store.SaveIfChanged(state));
            Assert.IsFalse(store.SaveIfChanged(state), "still different, so it tries again");
            Assert.AreEqual(3, blobs.WriteCount);
            AssertLoads(blobs, StateSamples.Old());

            blobs.RefuseWrites = false;
            Assert.IsTrue(store.SaveIfChanged(state));
            AssertLoads(blobs, StateSamples.New());
        }

        [TestMethod]
        public void ALoadedStateCanBeSavedAgainAfterAChange()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            new StateStore(blobs).SaveIfChanged(StateSamples.Old());

            StateStore store = new StateStore(blobs);
            AgentState state = new AgentState();
            string problem;
            store.TryLoad(state, out problem);
            state.GetOrAdd("new.example.com", AddressFamilyKind.IPv6);
            Assert.IsTrue(store.SaveIfChanged(state));
            AssertLoads(blobs, state);
        }

        internal static byte[] Encode(AgentState state, uint sequence)
        {
            byte[] buffer = new byte[StateCodec.SizeFor(state.Count)];
            StateCodec.Encode(state, sequence, buffer);
            return buffer;
        }

        internal static void AssertLoads(FakeBlobStore blobs, AgentState expected)
        {
            AgentState loaded = new AgentState();
            string problem;
            Assert.IsTrue(new StateStore(blobs).TryLoad(loaded, out problem), problem);
            string difference = StateSamples.Difference(expected, loaded);
            Assert.IsNull(difference, difference);
        }
    }
}
