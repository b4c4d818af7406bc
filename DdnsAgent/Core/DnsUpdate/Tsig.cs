using System;
using DdnsAgent.Crypto;

namespace DdnsAgent.DnsUpdate
{
    /// <summary>
    /// What signing and verifying share (RFC 8945): the algorithm's canonical name, the time, and the "TSIG
    /// variables" that the MAC covers after the message. Time signed is seconds since 1970 in 48 bits; fudge
    /// is how far apart the two clocks may be.
    /// </summary>
    internal static class Tsig
    {
        public const int DefaultFudgeSeconds = 300;

        // "hmac-sha256." in wire form (RFC 8945, 6): what the record carries and the MAC covers.
        public static readonly byte[] AlgorithmWire =
        {
            11, (byte)'h', (byte)'m', (byte)'a', (byte)'c', (byte)'-', (byte)'s', (byte)'h', (byte)'a', (byte)'2', (byte)'5', (byte)'6', 0,
        };

        private const long UnixEpochTicks = 621355968000000000L;
        private const long TicksPerSecond = 10000000L;

        /// <summary>Seconds since 1970-01-01 UTC.</summary>
        public static long UnixSeconds(DateTime utc)
        {
            return (utc.Ticks - UnixEpochTicks) / TicksPerSecond;
        }

        /// <summary>
        /// Feeds the TSIG variables (RFC 8945, 4.3.3) to the MAC: key name and algorithm in canonical form, the
        /// record's class and TTL, time signed, fudge, error and other data.
        /// </summary>
        public static void AppendVariables(HmacSha256 mac, TsigKey key, int rrClass, uint ttl, long timeSigned, int fudge, int error, byte[] other, int otherOffset, int otherLength)
        {
            byte[] name = key.CanonicalName;
            mac.Append(name, 0, name.Length);
            mac.AppendUInt16(rrClass);
            mac.AppendUInt16((int)(ttl >> 16));
            mac.AppendUInt16((int)ttl);
            mac.Append(AlgorithmWire, 0, AlgorithmWire.Length);
            mac.AppendUInt16((int)(timeSigned >> 32));
            mac.AppendUInt16((int)(timeSigned >> 16));
            mac.AppendUInt16((int)timeSigned);
            mac.AppendUInt16(fudge);
            mac.AppendUInt16(error);
            mac.AppendUInt16(otherLength);
            if (otherLength > 0)
            {
                mac.Append(other, otherOffset, otherLength);
            }
        }

        /// <summary>Compares two MACs in time that does not depend on where they differ.</summary>
        public static bool MacEquals(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }
    }
}
