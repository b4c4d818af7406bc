using System;
using DdnsAgent.Addressing;
using DdnsAgent.Protocol;

namespace DdnsAgent.Persistence
{
    /// <summary>
    /// The binary form of an <see cref="AgentState"/>: a small header, fixed-size records, tagged sections and a
    /// CRC-32, all little-endian, encoded into and decoded from caller-owned buffers without allocating.
    /// <code>
    /// header  0 magic "DDST" | 4 version u16 | 6 record count u16 | 8 sequence u32
    /// record  0 name hash u32 | 4 family u8 | 5 address family u8 | 6 flags u8 (bit 0 halted) | 7 last result u8
    ///         8 halt code u8 | 9 nochg count u8 | 10 failure count u8 | 11 reserved (0) | 12 config fingerprint u32
    ///         16 address high u64 | 24 address low u64 | 32 last success ticks i64 | 40 last attempt ticks i64
    /// section 0 tag u16 | 2 body length u16 | 4 body          (format 2: after the records, each tag at most once)
    /// trailer CRC-32 of every byte before it
    /// </code>
    /// Format 1 (records only) is still read; format 2 is written, with the sections "SC" (<see cref="ScheduleSection"/>:
    /// the seed and the address histories, always) and "AT" (<see cref="AttemptSection"/>: updates sent whose answers
    /// are not recorded yet, only while there are any). A section is one concern's own part of the state: a new
    /// concern adds a tag, its body's size and checks, not fields in the records. A known tag whose body has the
    /// wrong size or an impossible value, or a tag that comes twice, makes the record implausible; an unknown tag
    /// is skipped (its length still has to fit), so that an agent reading the state of a newer one keeps what it
    /// understands instead of starting empty.
    /// Result codes are stored by <see cref="ResultCode.Value"/>; a value no code has makes the record implausible.
    /// Every future version must keep the magic, the version field and the trailing CRC where they are, so that
    /// a damaged record is told apart from one written by a newer firmware.
    /// </summary>
    public static class StateCodec
    {
        /// <summary>The format written; <see cref="RecordsOnlyVersion"/> is still read.</summary>
        public const int Version = 2;

        /// <summary>The first format: the header, the records and the CRC, no sections.</summary>
        public const int RecordsOnlyVersion = 1;

        public const int HeaderSize = 12;
        public const int RecordSize = 48;
        public const int SectionHeaderSize = 4;
        public const int ChecksumSize = 4;

        /// <summary>Where the 32-bit sequence number sits in the header.</summary>
        public const int SequenceOffset = 8;

        private const byte Magic0 = (byte)'D';
        private const byte Magic1 = (byte)'D';
        private const byte Magic2 = (byte)'S';
        private const byte Magic3 = (byte)'T';
        private const byte HaltedFlag = 1;

        /// <summary>The most bytes records records need, in the format written (with every section): the size of a buffer.</summary>
        public static int MaxSizeFor(int records)
        {
            return SizeFor(records) + SectionHeaderSize + AttemptSection.BodySize(records);
        }

        /// <summary>The bytes of records records in the format written while no update waits for its answer.</summary>
        public static int SizeFor(int records)
        {
            return RecordsEnd(records) + SectionHeaderSize + ScheduleSection.BodySize(records) + ChecksumSize;
        }

        /// <summary>The bytes of records records in format 1 (records only).</summary>
        public static int RecordsOnlySizeFor(int records)
        {
            return RecordsEnd(records) + ChecksumSize;
        }

        /// <summary>Writes state with the given sequence number into buffer; returns the length written.</summary>
        public static int Encode(AgentState state, uint sequence, byte[] buffer)
        {
            int count = state.Count;
            buffer[0] = Magic0;
            buffer[1] = Magic1;
            buffer[2] = Magic2;
            buffer[3] = Magic3;
            LittleEndian.WriteUInt16(buffer, 4, Version);
            LittleEndian.WriteUInt16(buffer, 6, count);
            LittleEndian.WriteUInt32(buffer, SequenceOffset, sequence);
            for (int i = 0; i < count; i++)
            {
                EncodeRecord(state[i], buffer, HeaderSize + (i * RecordSize));
            }

            int end = RecordsEnd(count);
            end += WriteSection(ScheduleSection.Tag, ScheduleSection.Encode(state, buffer, end + SectionHeaderSize), buffer, end);
            if (AttemptSection.IsNeeded(state))
            {
                end += WriteSection(AttemptSection.Tag, AttemptSection.Encode(state, buffer, end + SectionHeaderSize), buffer, end);
            }

            LittleEndian.WriteUInt32(buffer, end, Crc32.Compute(buffer, 0, end));
            return end + ChecksumSize;
        }

        /// <summary>
        /// Checks that the first length bytes of buffer are an intact record of this version holding at most
        /// maxRecords hosts. On failure, problem says what is wrong in plain words.
        /// </summary>
        public static bool TryCheck(byte[] buffer, int length, int maxRecords, out uint sequence, out string problem)
        {
            sequence = 0;
            if (length < HeaderSize + ChecksumSize)
            {
                problem = length <= 0
                    ? "empty: a write was cut before it began"
                    : "truncated: only " + length.ToString() + " bytes, a write was cut short";
                return false;
            }

            if (buffer[0] != Magic0 || buffer[1] != Magic1 || buffer[2] != Magic2 || buffer[3] != Magic3)
            {
                problem = "wrong magic: this is not an agent state record";
                return false;
            }

            int count = LittleEndian.ReadUInt16(buffer, 6);
            if (LittleEndian.ReadUInt32(buffer, length - ChecksumSize) != Crc32.Compute(buffer, 0, length - ChecksumSize))
            {
                int announced = LittleEndian.ReadUInt16(buffer, 4) == RecordsOnlyVersion ? RecordsOnlySizeFor(count) : SizeFor(count);
                problem = length < announced
                    ? "truncated: " + length.ToString() + " of " + announced.ToString() + " bytes, a write was cut short"
                    : "checksum mismatch: the record was damaged (interrupted write or flash fault)";
                return false;
            }

            int version = LittleEndian.ReadUInt16(buffer, 4);
            if (version != Version && version != RecordsOnlyVersion)
            {
                problem = "wrong version: written in format " + version.ToString() + ", this agent reads formats 1 and " + Version.ToString();
                return false;
            }

            int sectionsEnd = length - ChecksumSize;
            if (version == RecordsOnlyVersion ? length != RecordsOnlySizeFor(count) : length < RecordsOnlySizeFor(count))
            {
                problem = "wrong length: " + length.ToString() + " bytes for " + count.ToString() + " records";
                return false;
            }

            if (count > maxRecords)
            {
                problem = "too many records: " + count.ToString() + ", this agent keeps at most " + maxRecords.ToString();
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                int at = HeaderSize + (i * RecordSize);
                if (!IsPlausibleRecord(buffer, at) || IsDuplicate(buffer, at, i))
                {
                    problem = "record " + (i + 1).ToString() + " holds an impossible value";
                    return false;
                }
            }

            problem = CheckSections(buffer, RecordsEnd(count), sectionsEnd, count);
            if (problem != null)
            {
                return false;
            }

            sequence = LittleEndian.ReadUInt32(buffer, SequenceOffset);
            problem = null;
            return true;
        }

        /// <summary>Checks buffer (see <see cref="TryCheck"/>) and, only if it is intact, replaces the content of into with it.</summary>
        public static bool TryDecode(byte[] buffer, int length, AgentState into, out uint sequence, out string problem)
        {
            if (!TryCheck(buffer, length, into.Capacity, out sequence, out problem))
            {
                return false;
            }

            into.Clear();
            into.Seed = 0;
            int count = LittleEndian.ReadUInt16(buffer, 6);
            for (int i = 0; i < count; i++)
            {
                DecodeRecord(buffer, HeaderSize + (i * RecordSize), into);
            }

            // Checked already: every known tag has its size; unknown ones are passed over.
            int at = RecordsEnd(count);
            while (at < length - ChecksumSize)
            {
                int tag = LittleEndian.ReadUInt16(buffer, at);
                if (tag == ScheduleSection.Tag)
                {
                    ScheduleSection.Decode(buffer, at + SectionHeaderSize, into);
                }
                else if (tag == AttemptSection.Tag)
                {
                    AttemptSection.Decode(buffer, at + SectionHeaderSize, into);
                }

                at += SectionHeaderSize + LittleEndian.ReadUInt16(buffer, at + 2);
            }

            return true;
        }

        private static int RecordsEnd(int records)
        {
            return HeaderSize + (records * RecordSize);
        }

        private static int WriteSection(int tag, int bodyLength, byte[] buffer, int at)
        {
            LittleEndian.WriteUInt16(buffer, at, tag);
            LittleEndian.WriteUInt16(buffer, at + 2, bodyLength);
            return SectionHeaderSize + bodyLength;
        }

        // Null when the sections between at and end each fit, and each known one comes once, of its size and plausible.
        private static string CheckSections(byte[] buffer, int at, int end, int records)
        {
            bool schedule = false;
            bool attempts = false;
            while (at < end)
            {
                if (end - at < SectionHeaderSize)
                {
                    return "wrong length: a section is cut short";
                }

                int tag = LittleEndian.ReadUInt16(buffer, at);
                int size = LittleEndian.ReadUInt16(buffer, at + 2);
                if (size > end - at - SectionHeaderSize)
                {
                    return "wrong length: a section is cut short";
                }

                bool bad;
                if (tag == ScheduleSection.Tag)
                {
                    bad = schedule || size != ScheduleSection.BodySize(records) || !ScheduleSection.IsPlausible(buffer, at + SectionHeaderSize, records);
                    schedule = true;
                }
                else if (tag == AttemptSection.Tag)
                {
                    bad = attempts || size != AttemptSection.BodySize(records) || !AttemptSection.IsPlausible(buffer, at + SectionHeaderSize, records);
                    attempts = true;
                }
                else
                {
                    bad = false; // a newer agent's concern: skipped
                }

                if (bad)
                {
                    return "the section at byte " + at.ToString() + " holds an impossible value";
                }

                at += SectionHeaderSize + size;
            }

            return null;
        }

        /// <summary>The sequence number field of an encoded record (not checked).</summary>
        public static uint ReadSequence(byte[] buffer)
        {
            return LittleEndian.ReadUInt32(buffer, SequenceOffset);
        }

        private static void EncodeRecord(HostState host, byte[] buffer, int at)
        {
            IpAddress address = host.Address;
            bool v4 = address.Family == AddressFamilyKind.IPv4;
            LittleEndian.WriteUInt32(buffer, at, host.NameHash);
            buffer[at + 4] = (byte)host.Family;
            buffer[at + 5] = (byte)address.Family;
            buffer[at + 6] = host.IsHalted ? HaltedFlag : (byte)0;
            buffer[at + 7] = host.LastResult.Value;
            buffer[at + 8] = host.HaltCode.Value;
            buffer[at + 9] = (byte)host.ConsecutiveNoChange;
            buffer[at + 10] = (byte)host.ConsecutiveFailures;
            buffer[at + 11] = 0;
            LittleEndian.WriteUInt32(buffer, at + 12, host.ConfigFingerprint);
            LittleEndian.WriteUInt64(buffer, at + 16, v4 ? 0 : address.High);
            LittleEndian.WriteUInt64(buffer, at + 24, v4 ? (uint)address.Low : address.Low);
            LittleEndian.WriteUInt64(buffer, at + 32, (ulong)host.LastSuccessUtc.Ticks);
            LittleEndian.WriteUInt64(buffer, at + 40, (ulong)host.LastAttemptUtc.Ticks);
        }

        private static void DecodeRecord(byte[] buffer, int at, AgentState into)
        {
            HostState host = into.GetOrAdd(LittleEndian.ReadUInt32(buffer, at), (AddressFamilyKind)buffer[at + 4]);
            ulong high = LittleEndian.ReadUInt64(buffer, at + 16);
            ulong low = LittleEndian.ReadUInt64(buffer, at + 24);
            switch ((AddressFamilyKind)buffer[at + 5])
            {
                case AddressFamilyKind.IPv4:
                    host.Address = IpAddress.FromIPv4((uint)low);
                    break;
                case AddressFamilyKind.IPv6:
                    host.Address = IpAddress.FromIPv6(high, low);
                    break;
                default:
                    host.Address = IpAddress.None;
                    break;
            }

            host.LastResult = ResultCode.Find(buffer[at + 7]);
            if ((buffer[at + 6] & HaltedFlag) != 0)
            {
                host.Halt(ResultCode.Find(buffer[at + 8]), LittleEndian.ReadUInt32(buffer, at + 12));
            }

            host.ConsecutiveNoChange = buffer[at + 9];
            host.ConsecutiveFailures = buffer[at + 10];
            host.LastSuccessUtc = new DateTime((long)LittleEndian.ReadUInt64(buffer, at + 32));
            host.LastAttemptUtc = new DateTime((long)LittleEndian.ReadUInt64(buffer, at + 40));
        }

        // A record that passed its CRC can still be impossible if a newer firmware wrote it under the same
        // version by mistake; reject it rather than act on nonsense.
        private static bool IsPlausibleRecord(byte[] buffer, int at)
        {
            byte family = buffer[at + 4];
            byte addressFamily = buffer[at + 5];
            byte flags = buffer[at + 6];
            if ((family != (byte)AddressFamilyKind.IPv4 && family != (byte)AddressFamilyKind.IPv6)
                || (addressFamily != 0 && addressFamily != (byte)AddressFamilyKind.IPv4 && addressFamily != (byte)AddressFamilyKind.IPv6)
                || (flags & ~HaltedFlag) != 0
                || ResultCode.Find(buffer[at + 7]) == null
                || ResultCode.Find(buffer[at + 8]) == null
                || buffer[at + 11] != 0)
            {
                return false;
            }

            if (addressFamily == (byte)AddressFamilyKind.IPv4
                && (LittleEndian.ReadUInt64(buffer, at + 16) != 0 || LittleEndian.ReadUInt64(buffer, at + 24) > 0xFFFFFFFF))
            {
                return false;
            }

            return IsTime(buffer, at + 32) && IsTime(buffer, at + 40);
        }

        private static bool IsTime(byte[] buffer, int at)
        {
            long ticks = (long)LittleEndian.ReadUInt64(buffer, at);
            return ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;
        }

        private static bool IsDuplicate(byte[] buffer, int at, int index)
        {
            uint hash = LittleEndian.ReadUInt32(buffer, at);
            byte family = buffer[at + 4];
            for (int j = 0; j < index; j++)
            {
                int other = HeaderSize + (j * RecordSize);
                if (LittleEndian.ReadUInt32(buffer, other) == hash && buffer[other + 4] == family)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
