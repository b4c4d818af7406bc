namespace DdnsAgent.Addressing
{
    /// <summary>
    /// An IPv4 or IPv6 address as a value: copying, comparing, parsing and formatting allocate nothing.
    /// IPv4 lives in the low 32 bits of <see cref="Low"/>; IPv6 is <see cref="High"/>:<see cref="Low"/>, big-endian order.
    /// </summary>
    public struct IpAddress
    {
        /// <summary>Longest text form: IPv6 with an embedded IPv4 tail.</summary>
        public const int MaxTextLength = 45;

        public static readonly IpAddress None = default(IpAddress);

        private readonly ulong _high;
        private readonly ulong _low;
        private readonly AddressFamilyKind _family;

        private IpAddress(AddressFamilyKind family, ulong high, ulong low)
        {
            _family = family;
            _high = high;
            _low = low;
        }

        public AddressFamilyKind Family => _family;
        public ulong High => _high;
        public ulong Low => _low;
        public bool IsNone => _family == AddressFamilyKind.None;

        public static IpAddress FromIPv4(uint value) => new IpAddress(AddressFamilyKind.IPv4, 0, value);
        public static IpAddress FromIPv6(ulong high, ulong low) => new IpAddress(AddressFamilyKind.IPv6, high, low);

        // TODO(protocol issue): TryParse(byte[]/string), FormatTo(byte[]), ToString(), Scope, IsPublic, equality.

        // provisional: replaced by the addressing work
        #region provisional
        // Minimal stand-ins so the protocol code compiles and runs before the complete addressing code
        // lands: IPv4 dotted quad and plain IPv6 (no embedded IPv4, no zone), and a coarse IsPublic.

        /// <summary>Writes the canonical text (RFC 5952 for IPv6) at offset; returns the bytes written.</summary>
        public int FormatTo(byte[] destination, int offset)
        {
            int p = offset;
            if (_family == AddressFamilyKind.IPv4)
            {
                for (int shift = 24; shift >= 0; shift -= 8)
                {
                    p += ProvisionalWriteDecimal(destination, p, (int)((_low >> shift) & 0xFF));
                    if (shift > 0)
                    {
                        destination[p++] = (byte)'.';
                    }
                }
            }
            else if (_family == AddressFamilyKind.IPv6)
            {
                int bestStart = -1, bestLength = 1;
                for (int i = 0; i < 8; i++)
                {
                    int run = 0;
                    while (i + run < 8 && ProvisionalGroup(i + run) == 0)
                    {
                        run++;
                    }

                    if (run > bestLength)
                    {
                        bestStart = i;
                        bestLength = run;
                    }
                }

                for (int i = 0; i < 8; i++)
                {
                    if (i == bestStart)
                    {
                        destination[p++] = (byte)':';
                        destination[p++] = (byte)':';
                        i += bestLength - 1;
                        continue;
                    }

                    if (i > 0 && i != bestStart + bestLength)
                    {
                        destination[p++] = (byte)':';
                    }

                    int group = ProvisionalGroup(i);
                    bool started = false;
                    for (int shift = 12; shift >= 0; shift -= 4)
                    {
                        int nibble = (group >> shift) & 0xF;
                        if (nibble != 0 || started || shift == 0)
                        {
                            destination[p++] = (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
                            started = true;
                        }
                    }
                }
            }

            return p - offset;
        }

        /// <summary>Parses IPv4 dotted quad or plain IPv6 text in text[offset..offset+count).</summary>
        public static bool TryParse(byte[] text, int offset, int count, out IpAddress address)
        {
            address = None;
            if (text == null || count <= 0 || offset < 0 || offset + count > text.Length)
            {
                return false;
            }

            for (int i = offset; i < offset + count; i++)
            {
                if (text[i] == ':')
                {
                    return ProvisionalTryParseIPv6(text, offset, count, out address);
                }
            }

            return ProvisionalTryParseIPv4(text, offset, count, out address);
        }

        /// <summary>True when the address is globally routable: may be registered in public DNS.</summary>
        public bool IsPublic
        {
            get
            {
                if (_family == AddressFamilyKind.IPv4)
                {
                    uint v = (uint)_low;
                    uint a = v >> 24, b = (v >> 16) & 0xFF, c = (v >> 8) & 0xFF;
                    return !(a == 0 || a == 10 || a == 127 || a >= 224
                        || (a == 100 && b >= 64 && b <= 127) || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
                        || (a == 192 && b == 168) || (a == 192 && b == 0 && (c == 0 || c == 2)) || (a == 198 && (b == 18 || b == 19))
                        || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113));
                }

                if (_family == AddressFamilyKind.IPv6)
                {
                    ulong top = _high >> 32;
                    return (_high >> 61) == 1 && top != 0x20010DB8;
                }

                return false;
            }
        }

        private int ProvisionalGroup(int index)
        {
            ulong half = index < 4 ? _high : _low;
            return (int)((half >> (48 - 16 * (index & 3))) & 0xFFFF);
        }

        private static int ProvisionalWriteDecimal(byte[] destination, int offset, int value)
        {
            int p = offset;
            if (value >= 100)
            {
                destination[p++] = (byte)('0' + value / 100);
            }

            if (value >= 10)
            {
                destination[p++] = (byte)('0' + (value / 10) % 10);
            }

            destination[p++] = (byte)('0' + value % 10);
            return p - offset;
        }

        private static bool ProvisionalTryParseIPv4(byte[] text, int offset, int count, out IpAddress address)
        {
            address = None;
            uint value = 0;
            int parts = 0, i = offset, end = offset + count;
            while (parts < 4)
            {
                int digits = 0, part = 0;
                while (i < end && text[i] >= '0' && text[i] <= '9' && digits < 4)
                {
                    part = part * 10 + (text[i] - '0');
                    digits++;
                    i++;
                }

                if (digits == 0 || digits > 3 || part > 255 || (digits > 1 && text[i - digits] == '0'))
                {
                    return false;
                }

                value = (value << 8) | (uint)part;
                parts++;
                if (parts < 4)
                {
                    if (i >= end || text[i] != '.')
                    {
                        return false;
                    }

                    i++;
                }
            }

            if (i != end)
            {
                return false;
            }

            address = FromIPv4(value);
            return true;
        }

        private static bool ProvisionalTryParseIPv6(byte[] text, int offset, int count, out IpAddress address)
        {
            address = None;
            int end = offset + count, i = offset, groups = 0, gap = -1;
            ulong high = 0, low = 0;
            if (count >= 2 && text[i] == ':' && text[i + 1] == ':')
            {
                gap = 0;
                i += 2;
            }
            else if (text[i] == ':')
            {
                return false;
            }

            while (i < end)
            {
                int digits = 0, group = 0;
                while (i < end && digits < 5 && ProvisionalHex(text[i]) >= 0)
                {
                    group = (group << 4) | ProvisionalHex(text[i]);
                    digits++;
                    i++;
                }

                if (digits == 0 || digits > 4 || groups == 8)
                {
                    return false;
                }

                if (groups < 4)
                {
                    high |= (ulong)group << (48 - 16 * groups);
                }
                else
                {
                    low |= (ulong)group << (48 - 16 * (groups - 4));
                }

                groups++;
                if (i == end)
                {
                    break;
                }

                if (text[i] != ':' || i + 1 == end)
                {
                    return false;
                }

                i++;
                if (text[i] == ':')
                {
                    if (gap >= 0)
                    {
                        return false;
                    }

                    gap = groups;
                    i++;
                }
            }

            if (gap < 0 ? groups != 8 : groups > 7)
            {
                return false;
            }

            if (gap >= 0)
            {
                // Move the groups written after the gap to the end of the address.
                int tail = groups - gap;
                ulong h = 0, l = 0;
                for (int g = 0; g < 8; g++)
                {
                    int source = g < gap ? g : (g >= 8 - tail ? g - (8 - tail) + gap : -1);
                    ulong word = source < 0 ? 0 : ((source < 4 ? high : low) >> (48 - 16 * (source & 3))) & 0xFFFF;
                    if (g < 4)
                    {
                        h |= word << (48 - 16 * g);
                    }
                    else
                    {
                        l |= word << (48 - 16 * (g - 4));
                    }
                }

                high = h;
                low = l;
            }

            address = FromIPv6(high, low);
            return true;
        }

        private static int ProvisionalHex(byte c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }
        #endregion
    }
}
