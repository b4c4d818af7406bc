namespace DdnsAgent.Dns
{
    /// <summary>
    /// Builds a plain query for one name and type (A or AAAA), class IN, with recursion not desired: it goes
    /// straight to the zone's authoritative server, which answers from its own data. Allocates nothing.
    /// </summary>
    public static class DnsQuery
    {
        /// <summary>Writes the query into buffer and returns its length, or -1 for an invalid name or ID or too small a buffer.</summary>
        public static int Build(byte[] buffer, int id, string name, int type)
        {
            if (buffer == null || id < 0 || id > 0xFFFF || type <= 0 || type > 0xFFFF || DnsName.Check(name) != DnsNameError.None)
            {
                return -1;
            }

            int length = DnsHeader.Size + DnsName.WireLength(name) + 4;
            if (length > buffer.Length)
            {
                return -1;
            }

            DnsHeader.Write(buffer, id, DnsHeader.OpcodeQuery, 0, 1, 0, 0, 0);
            int at = DnsHeader.Size + DnsName.Write(name, buffer, DnsHeader.Size, false);
            DnsHeader.WriteUInt16(buffer, at, type);
            DnsHeader.WriteUInt16(buffer, at + 2, DnsClass.IN);
            return length;
        }
    }
}
