namespace DdnsAgent.Addressing
{
    /// <summary>
    /// Classifies addresses by the IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and
    /// successors). Blocks that exist for protocols, translation or tunnelling count as Reserved: a DDNS
    /// name should only ever point at an ordinary global unicast address.
    /// </summary>
    public static class AddressScopes
    {
        internal static AddressScope Of(IpAddress address)
        {
            if (address.Family == AddressFamilyKind.IPv4)
            {
                return OfIPv4((uint)address.Low);
            }

            if (address.Family == AddressFamilyKind.IPv6)
            {
                return OfIPv6(address.High, address.Low);
            }

            return AddressScope.Unspecified;
        }

        /// <summary>Plain words for a scope, to finish a sentence such as "10.0.0.1 is ...".</summary>
        public static string Describe(AddressScope scope)
        {
            switch (scope)
            {
                case AddressScope.Public: return "a public address";
                case AddressScope.Unspecified: return "an unspecified address (no address at all)";
                case AddressScope.Loopback: return "a loopback address (this machine only)";
                case AddressScope.Private: return "a private address (local network only)";
                case AddressScope.LinkLocal: return "a link-local address (local link only)";
                case AddressScope.SharedCgnat: return "a carrier-grade NAT address (inside the provider's network)";
                case AddressScope.Documentation: return "a documentation example address";
                case AddressScope.Benchmarking: return "a benchmarking address";
                case AddressScope.Multicast: return "a multicast address";
                case AddressScope.Broadcast: return "the broadcast address";
                case AddressScope.UniqueLocal: return "a unique local address (local network only)";
                case AddressScope.Ipv4Mapped: return "an IPv4-mapped IPv6 address";
                default: return "a reserved address";
            }
        }

        private static AddressScope OfIPv4(uint a)
        {
            uint first = a >> 24;
            if (first == 0)
            {
                return AddressScope.Unspecified; // 0.0.0.0/8 "this network"
            }

            if (first == 10 || (a & 0xFFF00000) == 0xAC100000 || (a & 0xFFFF0000) == 0xC0A80000)
            {
                return AddressScope.Private; // 10/8, 172.16/12, 192.168/16 (RFC 1918)
            }

            if ((a & 0xFFC00000) == 0x64400000)
            {
                return AddressScope.SharedCgnat; // 100.64/10 (RFC 6598)
            }

            if (first == 127)
            {
                return AddressScope.Loopback;
            }

            if ((a & 0xFFFF0000) == 0xA9FE0000)
            {
                return AddressScope.LinkLocal; // 169.254/16
            }

            if ((a & 0xFFFFFF00) == 0xC0000200 || (a & 0xFFFFFF00) == 0xC6336400 || (a & 0xFFFFFF00) == 0xCB007100)
            {
                return AddressScope.Documentation; // 192.0.2/24, 198.51.100/24, 203.0.113/24 (RFC 5737)
            }

            if ((a & 0xFFFE0000) == 0xC6120000)
            {
                return AddressScope.Benchmarking; // 198.18/15 (RFC 2544)
            }

            if ((a & 0xFFFFFF00) == 0xC0000000 || (a & 0xFFFFFF00) == 0xC0586300)
            {
                // 192.0.0/24 IETF protocol assignments (its few anycast /32s are services, never a
                // home's address) and 192.88.99/24, the deprecated 6to4 relay anycast (RFC 7526).
                return AddressScope.Reserved;
            }

            if (a == 0xFFFFFFFF)
            {
                return AddressScope.Broadcast;
            }

            if ((first & 0xF0) == 0xE0)
            {
                return AddressScope.Multicast; // 224/4
            }

            if ((first & 0xF0) == 0xF0)
            {
                return AddressScope.Reserved; // 240/4
            }

            return AddressScope.Public;
        }

        private static AddressScope OfIPv6(ulong high, ulong low)
        {
            if (high == 0)
            {
                if (low == 0)
                {
                    return AddressScope.Unspecified;
                }

                if (low == 1)
                {
                    return AddressScope.Loopback;
                }

                if ((low >> 32) == 0xFFFF)
                {
                    return AddressScope.Ipv4Mapped; // ::ffff:0:0/96
                }

                return AddressScope.Reserved; // the rest of ::/96, once IPv4-compatible, is deprecated
            }

            uint top32 = (uint)(high >> 32);
            int top16 = (int)(high >> 48);
            if (top32 == 0x20010DB8 || (high >> 44) == 0x3FFF0)
            {
                return AddressScope.Documentation; // 2001:db8::/32 (RFC 3849), 3fff::/20 (RFC 9637)
            }

            if ((high >> 16) == 0x200100020000)
            {
                return AddressScope.Benchmarking; // 2001:2::/48 (RFC 5180)
            }

            if ((top32 & 0xFFFFFE00) == 0x20010000)
            {
                return AddressScope.Reserved; // 2001::/23 IETF protocol assignments, incl. Teredo 2001::/32
            }

            if (top16 == 0x2002)
            {
                return AddressScope.Reserved; // 2002::/16 6to4: the address belongs to a tunnel relay
            }

            if ((top16 & 0xFE00) == 0xFC00)
            {
                return AddressScope.UniqueLocal; // fc00::/7
            }

            if ((top16 & 0xFFC0) == 0xFE80)
            {
                return AddressScope.LinkLocal; // fe80::/10
            }

            if ((top16 & 0xFFC0) == 0xFEC0)
            {
                return AddressScope.Reserved; // fec0::/10, the deprecated site-local block
            }

            if ((top16 & 0xFF00) == 0xFF00)
            {
                return AddressScope.Multicast; // ff00::/8
            }

            if ((top16 & 0xE000) != 0x2000)
            {
                // Outside 2000::/3 nothing is global unicast, including the NAT64 prefixes
                // 64:ff9b::/96 and 64:ff9b:1::/48 and the discard prefix 100::/64.
                return AddressScope.Reserved;
            }

            return AddressScope.Public;
        }
    }
}
