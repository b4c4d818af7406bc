using System;
using DdnsAgent.Crypto;
using DdnsAgent.Dns;

namespace DdnsAgent.DnsUpdate
{
    /// <summary>
    /// Verifies the TSIG record of an answer to a signed request (RFC 8945, 5.3 and 5.4.2): the MAC over the
    /// request's MAC, the answer with its original ID and without the TSIG record, and the TSIG variables; then
    /// the time. Reads only inside the message and allocates only in the constructor.
    /// </summary>
    public sealed class TsigVerifier
    {
        private readonly HmacSha256 _hmac = new HmacSha256();
        private readonly byte[] _header = new byte[DnsHeader.Size];
        private readonly byte[] _expected = new byte[HmacSha256.MacSize];
        private readonly DnsReader _reader = new DnsReader();

        /// <summary>The TSIG error field of the last record checked (NoError when there was none).</summary>
        public DnsRcode Error { get; private set; }

        /// <summary>The server's time signed of the last record checked, in seconds since 1970, or -1.</summary>
        public long ServerTime { get; private set; }

        /// <summary>
        /// Checks the TSIG record that starts at tsigOffset and ends the message (the caller found it as the
        /// last additional record). requestMac is the MAC the request was signed with.
        /// </summary>
        public TsigCheck Verify(byte[] message, int length, int tsigOffset, TsigKey key, byte[] requestMac, DateTime utcNow)
        {
            Error = DnsRcode.NoError;
            ServerTime = -1;
            DnsReader r = _reader;
            r.Reset(message, length);
            r.Seek(tsigOffset);
            bool ownKey = r.ReadNameEquals(key.Name);
            int type = r.ReadUInt16();
            int rrClass = r.ReadUInt16();
            uint ttl = r.ReadUInt32();
            int rdLength = r.ReadUInt16();
            int rdEnd = r.Position + rdLength;
            bool ownAlgorithm = r.ReadNameEquals(TsigKey.AlgorithmName);
            long timeSigned = r.ReadUInt48();
            int fudge = r.ReadUInt16();
            int macSize = r.ReadUInt16();
            int macAt = r.Position;
            r.Skip(macSize);
            r.ReadUInt16(); // original ID: the MAC below covers the header with it
            int originalIdAt = r.Position - 2;
            int error = r.ReadUInt16();
            int otherLength = r.ReadUInt16();
            int otherAt = r.Position;
            r.Skip(otherLength);
            if (r.Failed || tsigOffset < DnsHeader.Size || type != DnsType.TSIG || r.Position != rdEnd || rdEnd != length)
            {
                return TsigCheck.Malformed;
            }

            Error = (DnsRcode)error;
            ServerTime = timeSigned;
            if (!ownKey)
            {
                return TsigCheck.WrongKey;
            }

            if (!ownAlgorithm)
            {
                return TsigCheck.WrongAlgorithm;
            }

            if (macSize == 0)
            {
                // A server that could not check the request's MAC answers unsigned with its TSIG error.
                return error != 0 ? TsigCheck.RefusedUnsigned : TsigCheck.Malformed;
            }

            if (macSize != HmacSha256.MacSize)
            {
                return TsigCheck.TruncatedMac;
            }

            // The answer as it was before the TSIG record was added: original ID, one additional record fewer.
            Array.Copy(message, 0, _header, 0, DnsHeader.Size);
            _header[0] = message[originalIdAt];
            _header[1] = message[originalIdAt + 1];
            int additional = DnsHeader.ReadUInt16(_header, DnsHeader.AdditionalCountOffset);
            DnsHeader.WriteUInt16(_header, DnsHeader.AdditionalCountOffset, additional - 1);

            key.KeyMac(_hmac);
            _hmac.AppendUInt16(requestMac.Length);
            _hmac.Append(requestMac, 0, requestMac.Length);
            _hmac.Append(_header, 0, DnsHeader.Size);
            _hmac.Append(message, DnsHeader.Size, tsigOffset - DnsHeader.Size);
            Tsig.AppendVariables(_hmac, key, rrClass, ttl, timeSigned, fudge, error, message, otherAt, otherLength);
            _hmac.Finish(_expected, 0);
            if (!Tsig.MacEquals(_expected, 0, message, macAt, macSize))
            {
                return TsigCheck.BadMac;
            }

            // A BADTIME answer carries the server's clock in its other data (RFC 8945, 5.2.3).
            if (error == (int)DnsRcode.BadTime && otherLength == 6)
            {
                r.Seek(otherAt);
                ServerTime = r.ReadUInt48();
            }

            long skew = Tsig.UnixSeconds(utcNow) - timeSigned;
            return skew > fudge || skew < -fudge ? TsigCheck.BadTime : TsigCheck.Verified;
        }
    }
}
