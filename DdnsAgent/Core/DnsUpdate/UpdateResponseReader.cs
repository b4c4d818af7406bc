using System;
using DdnsAgent.Dns;

namespace DdnsAgent.DnsUpdate
{
    /// <summary>
    /// Reads the answer to a signed UPDATE: the ID, the QR flag, the opcode, the TC flag, then every record,
    /// so that the TSIG record is found where it must be (last), then the signature. Never throws and never
    /// reads past length, whatever the bytes; allocates only in the constructor.
    /// </summary>
    public sealed class UpdateResponseReader
    {
        private readonly DnsReader _reader = new DnsReader();
        private readonly TsigVerifier _verifier = new TsigVerifier();

        /// <summary>
        /// Reads answer[0, length). expectedId is the request's ID; key and requestMac are what the request was
        /// signed with (<see cref="UpdateMessage.RequestMac"/>); utcNow checks the answer's time signed.
        /// </summary>
        public UpdateResponse Parse(byte[] answer, int length, int expectedId, TsigKey key, byte[] requestMac, DateTime utcNow)
        {
            if (answer == null || length < DnsHeader.Size || length > answer.Length)
            {
                return Result(UpdateProblem.TooShort, DnsRcode.NoError);
            }

            DnsRcode rcode = DnsHeader.Rcode(answer);
            if (DnsHeader.Id(answer) != expectedId)
            {
                return Result(UpdateProblem.IdMismatch, rcode);
            }

            if (!DnsHeader.IsResponse(answer))
            {
                return Result(UpdateProblem.NotAResponse, rcode);
            }

            if (DnsHeader.Opcode(answer) != DnsHeader.OpcodeUpdate)
            {
                return Result(UpdateProblem.WrongOpcode, rcode);
            }

            if (DnsHeader.IsTruncated(answer, length))
            {
                return Result(UpdateProblem.Truncated, rcode);
            }

            int tsigAt = FindTsig(answer, length);
            if (tsigAt == -2)
            {
                return Result(UpdateProblem.Malformed, rcode);
            }

            if (tsigAt < 0)
            {
                return Result(UpdateProblem.Unsigned, rcode);
            }

            if (key == null || requestMac == null)
            {
                throw new ArgumentNullException(key == null ? "key" : "requestMac");
            }

            TsigCheck check = _verifier.Verify(answer, length, tsigAt, key, requestMac, utcNow);
            DnsRcode tsigError = _verifier.Error;
            long serverTime = _verifier.ServerTime;
            switch (check)
            {
                case TsigCheck.Verified:
                case TsigCheck.BadTime when tsigError == DnsRcode.BadTime:
                case TsigCheck.RefusedUnsigned:
                    UpdateProblem problem = tsigError == DnsRcode.NoError ? UpdateProblem.None : UpdateProblem.SignatureRefused;
                    return new UpdateResponse(problem, rcode, tsigError, serverTime);
                case TsigCheck.Malformed: return Result(UpdateProblem.Malformed, rcode);
                case TsigCheck.WrongKey: return Result(UpdateProblem.WrongKey, rcode);
                case TsigCheck.WrongAlgorithm: return Result(UpdateProblem.WrongAlgorithm, rcode);
                case TsigCheck.TruncatedMac: return Result(UpdateProblem.TruncatedMac, rcode);
                case TsigCheck.BadTime: return new UpdateResponse(UpdateProblem.BadTime, rcode, tsigError, serverTime);
                default: return Result(UpdateProblem.BadMac, rcode);
            }
        }

        // Walks every section; returns where the TSIG record starts, -1 when there is none, -2 when the
        // records do not add up or a TSIG record is not the last one.
        private int FindTsig(byte[] answer, int length)
        {
            DnsReader r = _reader;
            r.Reset(answer, length);
            r.Skip(DnsHeader.Size);
            int zones = DnsHeader.ReadUInt16(answer, DnsHeader.QuestionCountOffset);
            int records = DnsHeader.ReadUInt16(answer, DnsHeader.AnswerCountOffset) + DnsHeader.ReadUInt16(answer, DnsHeader.AuthorityCountOffset);
            int additional = DnsHeader.ReadUInt16(answer, DnsHeader.AdditionalCountOffset);
            for (int i = 0; i < zones && !r.Failed; i++)
            {
                r.SkipName();
                r.Skip(4);
            }

            int tsigAt = -1;
            int total = records + additional;
            for (int i = 0; i < total && !r.Failed; i++)
            {
                int start = r.Position;
                r.SkipName();
                int type = r.ReadUInt16();
                r.Skip(6); // class and TTL
                int rdLength = r.ReadUInt16();
                r.Skip(rdLength);
                if (type == DnsType.TSIG)
                {
                    if (i != total - 1 || i < records)
                    {
                        return -2;
                    }

                    tsigAt = start;
                }
            }

            return r.Failed || r.Position != length ? -2 : tsigAt;
        }

        private static UpdateResponse Result(UpdateProblem problem, DnsRcode rcode)
        {
            return new UpdateResponse(problem, rcode, DnsRcode.NoError, -1);
        }
    }
}
