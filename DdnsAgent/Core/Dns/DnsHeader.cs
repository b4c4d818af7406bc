namespace DdnsAgent.Dns
{
    /// <summary>
    /// The 12-byte message header (RFC 1035, 4.1.1; RFC 2136, 2.2 renames the counts for UPDATE): ID, flags,
    /// then four 16-bit record counts, all in network order. Readers check the length first; none of these
    /// members looks past byte 11.
    /// </summary>
    public static class DnsHeader
    {
        public const int Size = 12;

        public const int OpcodeQuery = 0;
        public const int OpcodeUpdate = 5;

        // Flag bits of the second 16-bit word.
        public const int FlagResponse = 0x8000;
        public const int FlagAuthoritative = 0x0400;
        public const int FlagTruncated = 0x0200;
        public const int FlagRecursionDesired = 0x0100;

        // Offsets of the four counts: questions (zones), answers (prerequisites), authority (updates), additional.
        public const int QuestionCountOffset = 4;
        public const int AnswerCountOffset = 6;
        public const int AuthorityCountOffset = 8;
        public const int AdditionalCountOffset = 10;

        /// <summary>Writes a header with the opcode and flags at buffer[0..12); the buffer must hold 12 bytes.</summary>
        public static void Write(byte[] buffer, int id, int opcode, int flags, int questions, int answers, int authority, int additional)
        {
            WriteUInt16(buffer, 0, id);
            WriteUInt16(buffer, 2, (flags & ~0x7800) | ((opcode & 0xF) << 11));
            WriteUInt16(buffer, QuestionCountOffset, questions);
            WriteUInt16(buffer, AnswerCountOffset, answers);
            WriteUInt16(buffer, AuthorityCountOffset, authority);
            WriteUInt16(buffer, AdditionalCountOffset, additional);
        }

        public static int Id(byte[] message)
        {
            return ReadUInt16(message, 0);
        }

        public static int Flags(byte[] message)
        {
            return ReadUInt16(message, 2);
        }

        public static int Opcode(byte[] message)
        {
            return (message[2] >> 3) & 0xF;
        }

        /// <summary>The header's 4-bit RCODE.</summary>
        public static DnsRcode Rcode(byte[] message)
        {
            return (DnsRcode)(message[3] & 0xF);
        }

        public static bool IsResponse(byte[] message)
        {
            return (message[2] & 0x80) != 0;
        }

        /// <summary>True when the message has a whole header and its TC bit is set: the answer did not fit in UDP.</summary>
        public static bool IsTruncated(byte[] message, int length)
        {
            return message != null && length >= Size && length <= message.Length && (message[2] & 0x02) != 0;
        }

        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return (buffer[offset] << 8) | buffer[offset + 1];
        }

        public static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value >> 8);
            buffer[offset + 1] = (byte)value;
        }
    }
}
