using System;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Persistence;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    /// <summary>The scheduler saves and looks up state on every tick: those paths must not allocate.</summary>
    [TestClass]
    public sealed class StateStoreAllocationTests
    {
        private const int Iterations = 10_000;

        [TestMethod]
        public void SaveIfChangedWithoutAChangeAllocatesNothing()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            StateStore store = new StateStore(blobs);
            AgentState state = StatePropertyTests.Build(7, AgentState.DefaultCapacity);
            Assert.IsTrue(store.SaveIfChanged(state));
            Assert.IsTrue(store.SaveIfChanged(state)); // warm-up

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Iterations; i++)
            {
                store.SaveIfChanged(state);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated);
            Assert.AreEqual(1, blobs.WriteCount);
        }

        [TestMethod]
        public void LookingUpAndUpdatingRecordsAllocatesNothing()
        {
            AgentState state = new AgentState();
            string[] names = new string[20];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = "host" + i + ".example.com";
            }

            Touch(state, names, 0); // warm-up, and every record created
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Iterations / 10; i++)
            {
                Touch(state, names, i);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [TestMethod]
        public void EncodingAndCheckingAllocateNothing()
        {
            AgentState state = StatePropertyTests.Build(11, AgentState.DefaultCapacity);
            byte[] buffer = new byte[StateCodec.SizeFor(AgentState.DefaultCapacity)];
            AgentState into = new AgentState();
            int length = StateCodec.Encode(state, 1, buffer);
            StateCodec.TryDecode(buffer, length, into, out _, out _); // warm-up

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Iterations / 10; i++)
            {
                length = StateCodec.Encode(state, (uint)i, buffer);
                StateCodec.TryDecode(buffer, length, into, out _, out _);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        private static void Touch(AgentState state, string[] names, int round)
        {
            for (int n = 0; n < names.Length; n++)
            {
                HostState v4 = state.GetOrAdd(names[n], AddressFamilyKind.IPv4);
                HostState v6 = state.GetOrAdd(names[n], AddressFamilyKind.IPv6);
                v4.ConsecutiveNoChange = round & 7;
                v6.LastAttemptUtc = new DateTime(DateTime.MinValue.Ticks + round);
                state.Find(names[n], AddressFamilyKind.IPv4);
            }
        }
    }
}
