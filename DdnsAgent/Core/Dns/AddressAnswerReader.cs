using DdnsAgent.Addressing;

namespace DdnsAgent.Dns
{
    /// <summary>
    /// Reads the answer to a <see cref="DnsQuery"/> for A or AAAA: checks the ID, flags and the echoed
    /// question, then collects the addresses of the asked type whose owner is the asked name. Never throws and
    /// never reads past length, whatever the bytes; allocates only in the constructor.
    /// </summary>
    public sealed class AddressAnswerReader
    {
        private readonly DnsReader _reader = new DnsReader();

        /// <summary>
        /// Reads answer[0, length) to the query (expectedId, name, type) and copies up to addresses.Length
        /// addresses into addresses (which may be empty).
        /// </summary>
        public AddressAnswer Parse(byte[] answer, int length, int expectedId, string name, int type, IpAddress[] addresses)
        {
            if (answer == null || length < DnsHeader.Size || length > answer.Length)
            {
                return new AddressAnswer(AnswerProblem.TooShort, DnsRcode.NoError, false, 0, false);
            }

            DnsRcode rcode = DnsHeader.Rcode(answer);
            bool authoritative = (DnsHeader.Flags(answer) & DnsHeader.FlagAuthoritative) != 0;
            AnswerProblem problem = CheckHeader(answer, length, expectedId);
            if (problem != AnswerProblem.None)
            {
                return new AddressAnswer(problem, rcode, authoritative, 0, false);
            }

            DnsReader r = _reader;
            r.Reset(answer, length);
            r.Skip(DnsHeader.Size);
            bool sameQuestion = r.ReadNameEquals(name);
            sameQuestion &= r.ReadUInt16() == type;
            sameQuestion &= r.ReadUInt16() == DnsClass.IN;
            if (r.Failed)
            {
                return new AddressAnswer(AnswerProblem.Malformed, rcode, authoritative, 0, false);
            }

            if (!sameQuestion)
            {
                return new AddressAnswer(AnswerProblem.QuestionMismatch, rcode, authoritative, 0, false);
            }

            int count = 0;
            bool alias = false;
            int dataLength = type == DnsType.A ? 4 : (type == DnsType.AAAA ? 16 : -1);
            int records = DnsHeader.ReadUInt16(answer, DnsHeader.AnswerCountOffset);
            for (int i = 0; i < records && !r.Failed; i++)
            {
                bool owner = r.ReadNameEquals(name);
                int rrType = r.ReadUInt16();
                int rrClass = r.ReadUInt16();
                r.ReadUInt32();
                int rdLength = r.ReadUInt16();
                int dataAt = r.Position;
                r.Skip(rdLength);
                if (r.Failed || !owner || rrClass != DnsClass.IN)
                {
                    continue;
                }

                if (rrType == DnsType.CNAME)
                {
                    alias = true;
                }
                else if (rrType == type && rdLength == dataLength)
                {
                    if (addresses != null && count < addresses.Length)
                    {
                        addresses[count] = ReadAddress(answer, dataAt, rdLength);
                    }

                    count++;
                }
            }

            // The authority and additional sections are not needed; the answer section must be whole.
            return r.Failed
                ? new AddressAnswer(AnswerProblem.Malformed, rcode, authoritative, 0, false)
                : new AddressAnswer(AnswerProblem.None, rcode, authoritative, count, alias);
        }

        /// <summary>Whether address is among the first count entries of addresses.</summary>
        public static bool Contains(IpAddress[] addresses, int count, IpAddress address)
        {
            int limit = addresses == null ? 0 : (count < addresses.Length ? count : addresses.Length);
            for (int i = 0; i < limit; i++)
            {
                if (addresses[i] == address)
                {
                    return true;
                }
            }

            return false;
        }

        private static AnswerProblem CheckHeader(byte[] answer, int length, int expectedId)
        {
            if (DnsHeader.Id(answer) != expectedId)
            {
                return AnswerProblem.IdMismatch;
            }

            if (!DnsHeader.IsResponse(answer))
            {
                return AnswerProblem.NotAResponse;
            }

            if (DnsHeader.Opcode(answer) != DnsHeader.OpcodeQuery)
            {
                return AnswerProblem.WrongOpcode;
            }

            if (DnsHeader.IsTruncated(answer, length))
            {
                return AnswerProblem.Truncated;
            }

            return DnsHeader.ReadUInt16(answer, DnsHeader.QuestionCountOffset) != 1 ? AnswerProblem.QuestionMismatch : AnswerProblem.None;
        }

        private static IpAddress ReadAddress(byte[] data, int at, int length)
        {
            if (length == 4)
            {
                return IpAddress.FromIPv4(ReadUInt32(data, at));
            }

            ulong high = ((ulong)ReadUInt32(data, at) << 32) | ReadUInt32(data, at + 4);
            ulong low = ((ulong)ReadUInt32(data, at + 8) << 32) | ReadUInt32(data, at + 12);
            return IpAddress.FromIPv6(high, low);
        }

        private static uint ReadUInt32(byte[] data, int at)
        {
            return ((uint)data[at] << 24) | ((uint)data[at + 1] << 16) | ((uint)data[at + 2] << 8) | data[at + 3];
        }
    }
}
