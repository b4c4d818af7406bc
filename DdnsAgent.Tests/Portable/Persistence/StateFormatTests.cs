#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Persistence;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Persistence
{
    /// <summary>
    /// Format 2 adds the schedule section (the seed and the address histories) after the records; format 1,
    /// as the first release wrote it, still loads, and the next save writes format 2.
    /// </summary>
    [TestClass]
    public class StateFormatTests
    {
        // StateSamples.WithoutSchedule() with sequence 9, as format 1 wrote it (made by an independent encoder).
        private const string Format1Sample =
            "4444535401000300090000006FBED9B404040001000000000000000000000000" +
            "00000000076433C60000000000208C108A77DE0800208C108A77DE086FBED9B4" +
            "06060002000100000000000001000000B80D0120420000000000000000664F34" +
            "8A77DE0800664F348A77DE08D7D70F4204000103030003007856341200000000" +
            "000000000000000000000000000000000000000000AC12588A77DE081DF1789E";

        [TestMethod]
        public void Format1BytesStillLoad()
        {
            byte[] bytes = Hex.Bytes(Format1Sample);
            Assert.AreEqual(StateCodec.RecordsOnlySizeFor(3), bytes.Length);
            AgentState decoded = StateSamples.Old();
            uint sequence;
            string problem;
            Assert.IsTrue(StateCodec.TryDecode(bytes, bytes.Length, decoded, out sequence, out problem), problem);
            Assert.AreEqual(9u, sequence);
            Assert.IsNull(StateSamples.Difference(StateSamples.WithoutSchedule(), decoded), "the records as saved; no seed, no history");
        }

        [TestMethod]
        public void AFormat1StateIsLoadedAndTheNextSaveWritesFormat2()
        {
            FakeBlobStore blobs = new FakeBlobStore();
            blobs.SetContent(StateStore.SlotA, Hex.Bytes(Format1Sample));
            StateStore store = new StateStore(blobs);
            AgentState state = new AgentState();
            string problem;
            Assert.IsTrue(store.TryLoad(state, out problem), problem);
            Assert.IsNull(problem);

            state.Seed = StateSamples.Seed;
            Assert.IsTrue(store.SaveIfChanged(state));
            byte[] written = blobs.GetContent(StateStore.SlotB);
            Assert.AreEqual(StateCodec.Version, LittleEndian.ReadUInt16(written, 4));
            Assert.AreEqual(10u, StateCodec.ReadSequence(written), "it follows the format-1 copy");
            StateStoreTests.AssertLoads(blobs, state);
        }

        [TestMethod]
        public void TheSeedAndTheHistoriesRoundTrip()
        {
            AgentState original = StateSamples.New();
            Assert.AreEqual(3, original[0].History.Count);
            byte[] buffer = new byte[StateCodec.SizeFor(AgentState.DefaultCapacity)];
            int length = StateCodec.Encode(original, 3, buffer);
            Assert.AreEqual(StateCodec.SizeFor(3), length);

            AgentState decoded = new AgentState();
            uint sequence;
            string problem;
            Assert.IsTrue(StateCodec.TryDecode(buffer, length, decoded, out sequence, out problem), problem);
            Assert.IsNull(StateSamples.Difference(original, decoded));
            Assert.AreEqual(StateSamples.Seed, decoded.Seed);
        }

        [TestMethod]
        public void ImpossibleScheduleValuesAreRefusedEvenWithAValidChecksum()
        {
            int section = StateCodec.HeaderSize + (3 * StateCodec.RecordSize);
            int body = section + StateCodec.SectionHeaderSize;
            int firstEntry = body + 4;
            int secondEntry = firstEntry + ScheduleSection.EntrySize;

            AssertRefused(section + 2, 0x01, "a body of the wrong size");
            AssertRefused(firstEntry, 9, "more entries than a history holds");
            AssertRefused(firstEntry + 1, 1, "a reserved byte set");
            AssertRefused(secondEntry + 4, 1, "a used slot past the count");
            AssertRefused(firstEntry + 11, 0xFF, "the first change after the second (time going backwards)");
        }

        [TestMethod]
        public void AnUnansweredAttemptRoundTripsInItsOwnSection()
        {
            AgentState original = StateSamples.WithAttempt();
            byte[] buffer = new byte[StateCodec.MaxSizeFor(AgentState.DefaultCapacity)];
            int length = StateCodec.Encode(original, 3, buffer);
            Assert.AreEqual(StateCodec.SizeFor(3) + StateCodec.SectionHeaderSize + AttemptSection.BodySize(3), length);
            Assert.AreEqual(AttemptSection.Tag, LittleEndian.ReadUInt16(buffer, StateCodec.SizeFor(3) - StateCodec.ChecksumSize));

            AgentState decoded = new AgentState();
            uint sequence;
            string problem;
            Assert.IsTrue(StateCodec.TryDecode(buffer, length, decoded, out sequence, out problem), problem);
            Assert.IsNull(StateSamples.Difference(original, decoded));
            Assert.AreEqual(1, decoded[0].AttemptSends);
        }

        [TestMethod]
        public void WithoutAnAttemptTheSectionIsNotWritten()
        {
            byte[] buffer = new byte[StateCodec.MaxSizeFor(AgentState.DefaultCapacity)];
            Assert.AreEqual(StateCodec.SizeFor(3), StateCodec.Encode(StateSamples.New(), 3, buffer), "a state at rest reads in firmware that knows only SC");
        }

        [TestMethod]
        public void ImpossibleAttemptValuesAreRefusedEvenWithAValidChecksum()
        {
            int body = StateCodec.SizeFor(3) - StateCodec.ChecksumSize + StateCodec.SectionHeaderSize;
            AssertAttemptRefused(body + 1, 0, "an attempt without an address family");
            AssertAttemptRefused(body + 2, 1, "a reserved byte set");
            AssertAttemptRefused(body + 8, 1, "an IPv4 address with high bits");
            AssertAttemptRefused(body + AttemptSection.EntrySize + 1, 4, "an empty entry with a family");
            AssertAttemptRefused(body - 2, 0x10, "a body of the wrong size");
        }

        [TestMethod]
        public void AnUnknownSectionIsSkippedAndTheRestLoads()
        {
            // A newer agent's section "ZZ" of 5 bytes after the known ones: this agent keeps what it understands.
            byte[] buffer = new byte[StateCodec.MaxSizeFor(AgentState.DefaultCapacity) + 16];
            int length = StateCodec.Encode(StateSamples.WithAttempt(), 4, buffer) - StateCodec.ChecksumSize;
            LittleEndian.WriteUInt16(buffer, length, 0x5A5A);
            LittleEndian.WriteUInt16(buffer, length + 2, 5);
            for (int i = 0; i < 5; i++)
            {
                buffer[length + 4 + i] = (byte)(0xA0 + i);
            }

            length += 9;
            LittleEndian.WriteUInt32(buffer, length, Crc32.Compute(buffer, 0, length));
            length += StateCodec.ChecksumSize;

            AgentState decoded = new AgentState();
            uint sequence;
            string problem;
            Assert.IsTrue(StateCodec.TryDecode(buffer, length, decoded, out sequence, out problem), problem);
            Assert.IsNull(StateSamples.Difference(StateSamples.WithAttempt(), decoded));

            // Its length must still fit: one that runs past the end is a damaged record.
            LittleEndian.WriteUInt16(buffer, length - StateCodec.ChecksumSize - 7, 6);
            LittleEndian.WriteUInt32(buffer, length - 4, Crc32.Compute(buffer, 0, length - 4));
            Assert.IsFalse(StateCodec.TryCheck(buffer, length, AgentState.DefaultCapacity, out sequence, out problem));
            Expect.Contains(problem, "cut short");
        }

        [TestMethod]
        public void ASecondScheduleSectionIsRefused()
        {
            AgentState state = new AgentState(1);
            state.Seed = 7;
            byte[] buffer = new byte[64];
            int length = StateCodec.Encode(state, 1, buffer);
            int section = StateCodec.HeaderSize;
            int sectionLength = length - StateCodec.ChecksumSize - section;
            byte[] doubled = new byte[length + sectionLength];
            Array.Copy(buffer, doubled, length - StateCodec.ChecksumSize);
            Array.Copy(buffer, section, doubled, length - StateCodec.ChecksumSize, sectionLength);
            LittleEndian.WriteUInt32(doubled, doubled.Length - 4, Crc32.Compute(doubled, 0, doubled.Length - 4));

            uint sequence;
            string problem;
            Assert.IsFalse(StateCodec.TryCheck(doubled, doubled.Length, 1, out sequence, out problem));
            Expect.Contains(problem, "holds an impossible value");
        }

        private static void AssertAttemptRefused(int offset, byte value, string what)
        {
            string problem = Refusal(StateSamples.WithAttempt(), offset, value, what);
            Assert.IsTrue(problem.IndexOf("impossible value") >= 0 || problem.IndexOf("wrong length") >= 0 || problem.IndexOf("cut short") >= 0, what + ": " + problem);
        }

        private static void AssertRefused(int offset, byte value, string what)
        {
            string problem = Refusal(StateSamples.Old(), offset, value, what);
            Assert.IsTrue(problem.IndexOf("impossible value") >= 0 || problem.IndexOf("wrong length") >= 0, what + ": " + problem);
        }

        // Encodes sample, sets one byte, fixes the CRC (so only the content is wrong) and returns why the check refused it.
        private static string Refusal(AgentState sample, int offset, byte value, string what)
        {
            byte[] buffer = new byte[StateCodec.MaxSizeFor(AgentState.DefaultCapacity)];
            int length = StateCodec.Encode(sample, 5, buffer);
            buffer[offset] = value;
            LittleEndian.WriteUInt32(buffer, length - 4, Crc32.Compute(buffer, 0, length - 4));
            uint sequence;
            string problem;
            Assert.IsFalse(StateCodec.TryCheck(buffer, length, AgentState.DefaultCapacity, out sequence, out problem), what);
            return problem;
        }
    }
}
