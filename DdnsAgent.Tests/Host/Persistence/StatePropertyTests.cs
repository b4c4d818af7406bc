using System;
using System.Linq;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Protocol;
using DdnsAgent.Tests.Fakes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Persistence
{
    /// <summary>Properties of the state format and store over random states, random cuts and random flips.</summary>
    [TestClass]
    public sealed class StatePropertyTests
    {
        private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

        /// <summary>A random state as a seed and a record count; built deterministically from them.</summary>
        private static readonly Arbitrary<(int Seed, int Count)> States = StatesOf(0);

        /// <summary>Non-empty states, so that the three states of a run differ and both slots get written.</summary>
        private static readonly Arbitrary<(int Seed, int Count)> NonEmptyStates = StatesOf(1);

        [TestMethod]
        public void EveryStateSurvivesEncodeAndDecode()
        {
            Check.One(Runs, Prop.ForAll(States, input =>
            {
                AgentState original = Build(input.Seed, input.Count);
                byte[] buffer = new byte[StateCodec.SizeFor(AgentState.DefaultCapacity)];
                int length = StateCodec.Encode(original, (uint)input.Seed, buffer);
                AgentState decoded = new AgentState();
                bool ok = StateCodec.TryDecode(buffer, length, decoded, out uint sequence, out string problem);
                Assert.IsTrue(ok, problem);
                Assert.AreEqual((uint)input.Seed, sequence);
                Assert.IsNull(StateSamples.Difference(original, decoded));

                byte[] again = new byte[buffer.Length];
                Assert.AreEqual(length, StateCodec.Encode(decoded, (uint)input.Seed, again));
                CollectionAssert.AreEqual(buffer.Take(length).ToArray(), again.Take(length).ToArray(), "encoding is canonical");
            }));
        }

        [TestMethod]
        public void ARandomCutOrFlipLeavesTheOldOrTheNewState()
        {
            Check.One(Runs, Prop.ForAll(NonEmptyStates, input =>
            {
                var random = new Random(input.Seed);
                FakeBlobStore blobs = new FakeBlobStore();
                StateStore store = new StateStore(blobs);
                AgentState older = Build(input.Seed, input.Count);
                AgentState newer = Build(input.Seed ^ 0x5A5A5A5A, input.Count);
                store.SaveIfChanged(Build(input.Seed + 1, input.Count));
                store.SaveIfChanged(older);

                // One fault per run: a cut write, or a flipped bit after a complete write. Two faults at once
                // (both copies damaged) cannot be survived by any two-slot scheme.
                if (random.Next(2) == 0)
                {
                    int length = StateCodec.SizeFor(newer.Count);
                    blobs.CutNextWrite(random.Next(length + 1), random.Next(2) == 0 ? TornWrite.KeepPrefix : TornWrite.OverwritePrefix);
                    store.SaveIfChanged(newer);
                }
                else
                {
                    Assert.IsTrue(store.SaveIfChanged(newer));
                    string slot = random.Next(2) == 0 && blobs.Exists(StateStore.SlotB) ? StateStore.SlotB : StateStore.SlotA;
                    blobs.FlipBit(slot, random.Next(blobs.GetContent(slot).Length * 8));
                }

                AgentState loaded = new AgentState();
                bool ok = new StateStore(blobs).TryLoad(loaded, out string problem);
                Assert.IsTrue(ok, problem);
                Assert.IsTrue(
                    StateSamples.Difference(older, loaded) == null || StateSamples.Difference(newer, loaded) == null,
                    "loaded a state that was never saved; " + problem);
            }));
        }

        [TestMethod]
        public void TheFormatKnowsEveryResultCode()
        {
            // The codec stores codes by value in one byte and refuses a value no code has.
            Assert.IsTrue(Codes.Length >= 23, "the agent's rows and the dyndns2 rows");
            foreach (ResultCode code in Codes)
            {
                Assert.AreSame(code, ResultCode.Find(code.Value));
            }
        }

        private static ResultCode[] Codes => Enumerable.Range(0, ResultCode.MaxValue + 1).Select(ResultCode.Find).Where(code => code != null).ToArray();

        private static Arbitrary<(int Seed, int Count)> StatesOf(int minimumCount) =>
            Gen.Choose(0, int.MaxValue - 1)
                .SelectMany(seed => Gen.Choose(minimumCount, AgentState.DefaultCapacity), (seed, count) => (seed, count))
                .ToArbitrary();

        internal static AgentState Build(int seed, int count)
        {
            var random = new Random(seed);
            AgentState state = new AgentState();
            for (int i = 0; i < count; i++)
            {
                var family = random.Next(2) == 0 ? AddressFamilyKind.IPv4 : AddressFamilyKind.IPv6;
                HostState host = state.GetOrAdd("h" + i + "-" + seed + ".example.com", family);
                host.Address = random.Next(3) switch
                {
                    0 => IpAddress.None,
                    1 => IpAddress.FromIPv4((uint)random.NextInt64(0, 1L << 32)),
                    _ => IpAddress.FromIPv6((ulong)random.NextInt64(), (ulong)random.NextInt64()),
                };
                host.LastSuccessUtc = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks));
                host.LastAttemptUtc = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks));
                host.LastResult = Codes[random.Next(Codes.Length)];
                host.ConsecutiveNoChange = random.Next(300);
                host.ConsecutiveFailures = random.Next(300);
                if (random.Next(2) == 0)
                {
                    host.Halt(Codes[random.Next(Codes.Length)], (uint)random.NextInt64(0, 1L << 32));
                }
            }

            return state;
        }
    }
}
