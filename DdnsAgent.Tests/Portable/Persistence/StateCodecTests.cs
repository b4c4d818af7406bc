#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Persistence
{
    [TestClass]
    public class StateCodecTests
    {
        [TestMethod]
        public void DecodingTheEncodingGivesTheSameState()
        {
            AgentState original = StateSamples.Old();
            byte[] buffer = new byte[StateCodec.SizeFor(AgentState.DefaultCapacity)];
            int length = StateCodec.Encode(original, 41, buffer);
            Assert.AreEqual(StateCodec.SizeFor(3), length);

            AgentState decoded = new AgentState();
            uint sequence;
            string problem;
            Assert.IsTrue(StateCodec.TryDecode(buffer, length, decoded, out sequence, out problem), problem);
            Assert.IsNull(problem);
            Assert.AreEqual(41u, sequence);
            Assert.IsNull(StateSamples.Difference(original, decoded));
        }

        [TestMethod]
        public void AnEmptyStateEncodesToHeaderTheScheduleSeedAndChecksum()
        {
            byte[] buffer = new byte[StateCodec.SizeFor(1)];
            int length = StateCodec.Encode(new AgentState(1), 1, buffer);
            Assert.AreEqual(StateCodec.HeaderSize + StateCodec.SectionHeaderSize + 4 + StateCodec.ChecksumSize, length);
            AgentState decoded = StateSamples.Old();
            uint sequence;
            string problem;
            Assert.IsTrue(StateCodec.TryDecode(buffer, length, decoded, out sequence, out problem), problem);
            Assert.AreEqual(0, decoded.Count);
        }

        [TestMethod]
        public void ADamagedRecordLeavesTheTargetUntouched()
        {
            byte[] buffer = new byte[StateCodec.SizeFor(3)];
            int length = StateCodec.Encode(StateSamples.New(), 2, buffer);
            buffer[length / 2] ^= 0x10;

            AgentState target = StateSamples.Old();
            uint sequence;
            string problem;
            Assert.IsFalse(StateCodec.TryDecode(buffer, length, target, out sequence, out problem));
            Assert.IsTrue(problem.IndexOf("checksum mismatch") >= 0, problem);
            Assert.IsNull(StateSamples.Difference(StateSamples.Old(), target));
        }

        [TestMethod]
        public void WrongMagicIsNamed()
        {
            byte[] buffer = Encoded(StateSamples.Old(), out int length);
            buffer[0] = (byte)'X';
            AssertProblem(buffer, length, "wrong magic");
        }

        [TestMethod]
        public void WrongVersionIsNamedEvenWithAValidChecksum()
        {
            byte[] buffer = Encoded(StateSamples.Old(), out int length);
            LittleEndian.WriteUInt16(buffer, 4, 3);
            Reseal(buffer, length);
            AssertProblem(buffer, length, "wrong version: written in format 3, this agent reads formats 1 and 2");
        }

        [TestMethod]
        public void TruncatedRecordsAreNamed()
        {
            byte[] buffer = Encoded(StateSamples.Old(), out int length);
            AssertProblem(buffer, 0, "empty");
            AssertProblem(buffer, 7, "truncated: only 7 bytes");
            AssertProblem(buffer, length - 1, "truncated: " + (length - 1).ToString() + " of " + length.ToString() + " bytes");
        }

        [TestMethod]
        public void MoreRecordsThanTheCapacityAreRefused()
        {
            byte[] buffer = Encoded(StateSamples.Old(), out int length);
            AgentState small = new AgentState(2);
            uint sequence;
            string problem;
            Assert.IsFalse(StateCodec.TryDecode(buffer, length, small, out sequence, out problem));
            Assert.IsTrue(problem.IndexOf("too many records: 3") >= 0, problem);
        }

        [TestMethod]
        public void ImpossibleValuesAreRefusedEvenWithAValidChecksum()
        {
            int[] offsets = new int[] { 4, 5, 6, 7, 8, 11 };
            for (int i = 0; i < offsets.Length; i++)
            {
                byte[] buffer = Encoded(StateSamples.Old(), out int length);
                buffer[StateCodec.HeaderSize + offsets[i]] = 0xEE;
                Reseal(buffer, length);
                AssertProblem(buffer, length, "record 1 holds an impossible value");
            }
        }

        [TestMethod]
        public void DuplicateRecordsAreRefused()
        {
            byte[] buffer = Encoded(StateSamples.Old(), out int length);
            for (int i = 0; i < 5; i++)
            {
                buffer[StateCodec.HeaderSize + StateCodec.RecordSize + i] = buffer[StateCodec.HeaderSize + i];
            }

            Reseal(buffer, length);
            AssertProblem(buffer, length, "record 2 holds an impossible value");
        }

        [TestMethod]
        public void EveryResultCodeIsStoredByItsValue()
        {
            for (int value = 0; value <= ResultCode.MaxValue; value++)
            {
                ResultCode code = ResultCode.Find(value);
                if (code == null)
                {
                    continue;
                }

                AgentState state = new AgentState(1);
                HostState host = state.GetOrAdd("a.example.com", AddressFamilyKind.IPv4);
                host.LastResult = code;
                host.Halt(code, 5);
                byte[] buffer = Encoded(state, out int length);
                AgentState decoded = new AgentState(1);
                uint sequence;
                string problem;
                Assert.IsTrue(StateCodec.TryDecode(buffer, length, decoded, out sequence, out problem), problem);
                Assert.AreSame(code, decoded[0].LastResult, "last result " + value.ToString());
                Assert.AreSame(code, decoded[0].HaltCode, "halt code " + value.ToString());
            }
        }

        private static byte[] Encoded(AgentState state, out int length)
        {
            byte[] buffer = new byte[StateCodec.SizeFor(AgentState.DefaultCapacity)];
            length = StateCodec.Encode(state, 9, buffer);
            return buffer;
        }

        private static void Reseal(byte[] buffer, int length)
        {
            LittleEndian.WriteUInt32(buffer, length - 4, Crc32.Compute(buffer, 0, length - 4));
        }

        private static void AssertProblem(byte[] buffer, int length, string expected)
        {
            uint sequence;
            string problem;
            Assert.IsFalse(StateCodec.TryCheck(buffer, length, AgentState.DefaultCapacity, out sequence, out problem), expected);
            Assert.IsTrue(problem.IndexOf(expected) >= 0, "expected '" + expected + "' in '" + problem + "'");
        }
    }
}
