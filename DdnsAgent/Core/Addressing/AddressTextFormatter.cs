namespace DdnsAgent.Addressing
{
    /// <summary>
    /// Writes the canonical text of an address into a byte or char buffer: dotted quad for IPv4, RFC 5952
    /// for IPv6 (lowercase, no leading zeros, the longest run of two or more zero groups as "::", the first
    /// such run on a tie, and IPv4-mapped addresses as ::ffff:a.b.c.d). Exactly one of bytes/chars is set.
    /// </summary>
    internal static class AddressTextFormatter
    {
        private const string HexDigits = "0123456789abcdef";

        public static int Format(IpAddress address, byte[] bytes, char[] chars, int offset)
        {
            int at = offset;
            if (address.Family == AddressFamilyKind.IPv4)
            {
                at = WriteDotted(bytes, chars, at, (uint)address.Low);
            }
            else if (address.Family == AddressFamilyKind.IPv6)
            {
                at = WriteIPv6(bytes, chars, at, address.High, address.Low);
            }

            return at - offset;
        }

        private static int WriteIPv6(byte[] bytes, char[] chars, int at, ulong high, ulong low)
        {
            if (high == 0 && (low >> 32) == 0xFFFF)
            {
                at = Put(bytes, chars, at, ':');
                at = Put(bytes, chars, at, ':');
                at = WriteHexGroup(bytes, chars, at, 0xFFFF);
                at = Put(bytes, chars, at, ':');
                return WriteDotted(bytes, chars, at, (uint)low);
            }

            int runStart = -1;
            int runLength = 0;
            int i = 0;
            while (i < 8)
            {
                int length = 0;
                while (i + length < 8 && Group(high, low, i + length) == 0)
                {
                    length++;
                }

                if (length > runLength && length >= 2)
                {
                    runStart = i;
                    runLength = length;
                }

                i += length == 0 ? 1 : length;
            }

            i = 0;
            while (i < 8)
            {
                if (i == runStart)
                {
                    at = Put(bytes, chars, at, ':');
                    at = Put(bytes, chars, at, ':');
                    i += runLength;
                    continue;
                }

                if (i > 0 && i != runStart + runLength)
                {
                    at = Put(bytes, chars, at, ':');
                }

                at = WriteHexGroup(bytes, chars, at, Group(high, low, i));
                i++;
            }

            return at;
        }

        private static int Group(ulong high, ulong low, int index) =>
            index < 4 ? (int)((high >> (48 - (16 * index))) & 0xFFFF) : (int)((low >> (48 - (16 * (index - 4)))) & 0xFFFF);

        private static int WriteHexGroup(byte[] bytes, char[] chars, int at, int group)
        {
            bool started = false;
            for (int shift = 12; shift >= 0; shift -= 4)
            {
                int nibble = (group >> shift) & 0xF;
                if (started || nibble != 0 || shift == 0)
                {
                    at = Put(bytes, chars, at, HexDigits[nibble]);
                    started = true;
                }
            }

            return at;
        }

        private static int WriteDotted(byte[] bytes, char[] chars, int at, uint value)
        {
            for (int shift = 24; shift >= 0; shift -= 8)
            {
                int octet = (int)((value >> shift) & 0xFF);
                if (octet >= 100)
                {
                    at = Put(bytes, chars, at, '0' + (octet / 100));
                }

                if (octet >= 10)
                {
                    at = Put(bytes, chars, at, '0' + ((octet / 10) % 10));
                }

                at = Put(bytes, chars, at, '0' + (octet % 10));
                if (shift > 0)
                {
                    at = Put(bytes, chars, at, '.');
                }
            }

            return at;
        }

        private static int Put(byte[] bytes, char[] chars, int at, int c)
        {
            if (bytes != null)
            {
                bytes[at] = (byte)c;
            }
            else
            {
                chars[at] = (char)c;
            }

            return at + 1;
        }
    }
}
