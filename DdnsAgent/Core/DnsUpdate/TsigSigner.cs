using System;
using DdnsAgent.Crypto;
using DdnsAgent.Dns;

namespace DdnsAgent.DnsUpdate
{
    /// <summary>
    /// Signs a request with TSIG (RFC 8945, 5.1): the HMAC-SHA256 of the message and the TSIG variables,
    /// appended as the last additional record, with the message's own ID as original ID. Keeps the MAC, which
    /// the server's answer must be verified against. Allocates only in the constructor.
    /// </summary>
    public sealed class TsigSigner
    {
        private readonly HmacSha256 _hmac = new HmacSha256();
        private readonly byte[] _mac = new byte[HmacSha256.MacSize];
        private readonly DnsWriter _writer = new DnsWriter();
        private bool _signed;

        /// <summary>The MAC of the last message signed (32 bytes); verify the answer against it.</summary>
        public byte[] Mac => _mac;

        /// <summary>True when the last call signed a message; false after a failure.</summary>
        public bool HasMac => _signed;

        /// <summary>
        /// Appends the TSIG record to message[0, length) and counts it in the header. Returns the new length,
        /// or -1 when the buffer has no room (the message is then unchanged but for bytes past length).
        /// </summary>
        public int Sign(byte[] message, int length, TsigKey key, DateTime utcNow, int fudgeSeconds)
        {
            _signed = false;
            if (message == null || key == null || length < DnsHeader.Size || length > message.Length)
            {
                return -1;
            }

            long timeSigned = Tsig.UnixSeconds(utcNow);
            int id = DnsHeader.Id(message);

            key.KeyMac(_hmac);
            _hmac.Append(message, 0, length);
            Tsig.AppendVariables(_hmac, key, DnsClass.ANY, 0, timeSigned, fudgeSeconds, 0, null, 0, 0);
            _hmac.Finish(_mac, 0);

            _writer.Reset(message, length);
            _writer.WriteBytes(key.CanonicalName, 0, key.CanonicalName.Length);
            _writer.WriteUInt16(DnsType.TSIG);
            _writer.WriteUInt16(DnsClass.ANY);
            _writer.WriteUInt32(0);
            int rdLengthAt = _writer.Position;
            _writer.WriteUInt16(0);
            _writer.WriteBytes(Tsig.AlgorithmWire, 0, Tsig.AlgorithmWire.Length);
            _writer.WriteUInt48(timeSigned);
            _writer.WriteUInt16(fudgeSeconds);
            _writer.WriteUInt16(_mac.Length);
            _writer.WriteBytes(_mac, 0, _mac.Length);
            _writer.WriteUInt16(id);
            _writer.WriteUInt16(0); // error
            _writer.WriteUInt16(0); // other length
            if (_writer.Overflowed)
            {
                return -1;
            }

            _writer.PatchUInt16(rdLengthAt, _writer.Position - rdLengthAt - 2);
            int additional = DnsHeader.ReadUInt16(message, DnsHeader.AdditionalCountOffset);
            DnsHeader.WriteUInt16(message, DnsHeader.AdditionalCountOffset, additional + 1);
            _signed = true;
            return _writer.Position;
        }
    }
}
