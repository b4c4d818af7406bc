using System;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;

namespace DdnsAgent.DnsUpdate
{
    /// <summary>
    /// Builds a signed RFC 2136 UPDATE in a caller's buffer: for each name, delete its A RRset and add the new
    /// IPv4 address, and the same for AAAA and IPv6, in one message for every name and family given. No
    /// prerequisites, so sending it twice leaves the same records. Names inside the zone are compressed
    /// against it and repeated names point at their first copy. Allocates only in the constructor; keep one
    /// per agent and read <see cref="RequestMac"/> to verify the answer.
    /// </summary>
    public sealed class UpdateMessage
    {
        /// <summary>Longest message a client sends over UDP without EDNS (RFC 1035, 4.2.1); longer goes over TCP.</summary>
        public const int MaxUdpLength = 512;

        /// <summary>
        /// Room for 22 names of 30 characters in both families: a name in the zone costs its labels before the
        /// zone plus 29 bytes for IPv4, and 40 more for IPv6; header, zone and signature take about 110.
        /// </summary>
        public const int RecommendedBufferSize = 2048;

        private const int MaxNames = 64;

        private readonly DnsWriter _writer = new DnsWriter();
        private readonly TsigSigner _signer = new TsigSigner();
        private readonly int[] _nameOffsets = new int[MaxNames];

        /// <summary>The MAC of the last message built (32 bytes): the answer's TSIG must be verified against it.</summary>
        public byte[] RequestMac => _signer.Mac;

        /// <summary>
        /// Writes the message into buffer and returns true with its length. names[first, first + count) are
        /// the names to change (at most 64); v4 and v6 are the new addresses, <see cref="IpAddress.None"/> for
        /// a family that does not change; ttl is the new records' time to live in seconds; id is the message ID
        /// (0 to 65535, random per request); utcNow is the time signed.
        /// </summary>
        public bool TryBuild(
            byte[] buffer, int id, string zone, string[] names, int first, int count,
            IpAddress v4, IpAddress v6, int ttl, TsigKey key, DateTime utcNow,
            out int length, out UpdateBuildError error)
        {
            length = 0;
            error = Validate(buffer, id, zone, names, first, count, v4, v6, ttl, key);
            if (error != UpdateBuildError.None)
            {
                return false;
            }

            int families = (v4.IsNone ? 0 : 1) + (v6.IsNone ? 0 : 1);
            DnsWriter w = _writer;
            w.Reset(buffer);
            w.WriteUInt16(id);
            w.WriteUInt16(DnsHeader.OpcodeUpdate << 11);
            w.WriteUInt16(1);                       // zone count
            w.WriteUInt16(0);                       // prerequisites
            w.WriteUInt16(count * families * 2);    // updates: a delete and an add per name and family
            w.WriteUInt16(0);                       // additional: the signer counts its record

            int zoneAt = w.Position;
            w.WriteName(zone, false);
            w.WriteUInt16(DnsType.SOA);
            w.WriteUInt16(DnsClass.IN);

            for (int i = 0; i < count; i++)
            {
                _nameOffsets[i] = -1;
            }

            if (!v4.IsNone)
            {
                WriteFamily(names, first, count, zone, zoneAt, DnsType.A, v4, ttl);
            }

            if (!v6.IsNone)
            {
                WriteFamily(names, first, count, zone, zoneAt, DnsType.AAAA, v6, ttl);
            }

            if (w.Overflowed)
            {
                error = UpdateBuildError.TooLarge;
                return false;
            }

            length = _signer.Sign(buffer, w.Position, key, utcNow, Tsig.DefaultFudgeSeconds);
            if (length < 0)
            {
                length = 0;
                error = UpdateBuildError.TooLarge;
                return false;
            }

            return true;
        }

        /// <summary>Plain words for a build error.</summary>
        public static string Describe(UpdateBuildError error)
        {
            switch (error)
            {
                case UpdateBuildError.None: return "the update was built";
                case UpdateBuildError.NoKey: return "no TSIG key is set";
                case UpdateBuildError.BadZone: return "the zone is not a valid DNS name";
                case UpdateBuildError.BadName: return "a hostname is not a valid DNS name";
                case UpdateBuildError.NoNames: return "there is no hostname to update (or more than 64 in one message)";
                case UpdateBuildError.NoAddress: return "there is no address to register";
                case UpdateBuildError.WrongFamily: return "an address is of the wrong family (IPv4 given as IPv6 or the reverse)";
                case UpdateBuildError.BadTtl: return "the TTL is negative";
                case UpdateBuildError.BadId: return "the message ID is outside 0 to 65535";
                case UpdateBuildError.TooLarge: return "the update does not fit in the message buffer: send fewer hostnames at a time";
                default: return "the update could not be built";
            }
        }

        private static UpdateBuildError Validate(
            byte[] buffer, int id, string zone, string[] names, int first, int count, IpAddress v4, IpAddress v6, int ttl, TsigKey key)
        {
            if (key == null)
            {
                return UpdateBuildError.NoKey;
            }

            if (DnsName.Check(zone) != DnsNameError.None)
            {
                return UpdateBuildError.BadZone;
            }

            if (names == null || count <= 0 || count > MaxNames || first < 0 || first > names.Length - count)
            {
                return UpdateBuildError.NoNames;
            }

            for (int i = first; i < first + count; i++)
            {
                if (DnsName.Check(names[i]) != DnsNameError.None)
                {
                    return UpdateBuildError.BadName;
                }
            }

            if (v4.IsNone && v6.IsNone)
            {
                return UpdateBuildError.NoAddress;
            }

            if ((!v4.IsNone && v4.Family != AddressFamilyKind.IPv4) || (!v6.IsNone && v6.Family != AddressFamilyKind.IPv6))
            {
                return UpdateBuildError.WrongFamily;
            }

            if (ttl < 0)
            {
                return UpdateBuildError.BadTtl;
            }

            if (id < 0 || id > 0xFFFF)
            {
                return UpdateBuildError.BadId;
            }

            return buffer == null ? UpdateBuildError.TooLarge : UpdateBuildError.None;
        }

        private void WriteFamily(string[] names, int first, int count, string zone, int zoneAt, int type, IpAddress address, int ttl)
        {
            DnsWriter w = _writer;
            for (int i = 0; i < count; i++)
            {
                // Delete the RRset (RFC 2136, 2.5.2): class ANY, TTL 0, no data.
                WriteOwner(names[first + i], i, zone, zoneAt);
                w.WriteUInt16(type);
                w.WriteUInt16(DnsClass.ANY);
                w.WriteUInt32(0);
                w.WriteUInt16(0);

                // Add the new record (RFC 2136, 2.5.1).
                WriteOwner(names[first + i], i, zone, zoneAt);
                w.WriteUInt16(type);
                w.WriteUInt16(DnsClass.IN);
                w.WriteUInt32((uint)ttl);
                w.WriteAddressData(address);
            }
        }

        // The first copy of a name is its own labels plus a pointer to the zone (or the whole name when it is
        // outside the zone); later copies point at the first.
        private void WriteOwner(string name, int index, string zone, int zoneAt)
        {
            DnsWriter w = _writer;
            int known = _nameOffsets[index];
            if (known >= 0)
            {
                w.WritePointer(known);
                return;
            }

            int at = w.Position;
            int prefix = DnsName.PrefixLength(name, zone);
            if (prefix < 0)
            {
                w.WriteName(name, false);
            }
            else if (prefix == 0)
            {
                w.WritePointer(zoneAt);
                at = zoneAt;
            }
            else
            {
                w.WriteLabels(name, prefix);
                w.WritePointer(zoneAt);
            }

            _nameOffsets[index] = at <= DnsWriter.MaxPointerTarget ? at : -1;
        }
    }
}
