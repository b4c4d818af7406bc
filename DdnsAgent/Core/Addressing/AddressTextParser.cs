namespace DdnsAgent.Addressing
{
    /// <summary>
    /// Reads the textual forms of IPv4 and IPv6 addresses in one pass, without allocating. Strict on purpose:
    /// whatever it accepts is exactly one address, because the result may be registered in public DNS.
    /// </summary>
    internal static class AddressTextParser
    {
        public static bool TryParse(TextWindow text, out IpAddress address, out AddressParseError error)
        {
            address = IpAddress.None;
            if (text.Length == 0)
            {
                error = AddressParseError.Empty;
                return false;
            }

            // Forms that deserve a specific reason are spotted first; an address before a zone id or
            // inside brackets is at most MaxTextLength long, so the screen never looks further than that.
            int screenEnd = text.Length > IpAddress.MaxTextLength ? text.Start + IpAddress.MaxTextLength + 1 : text.End;
            bool hasColon = false;
            for (int i = text.Start; i < screenEnd; i++)
            {
                int c = text.At(i);
                if (c == '%')
                {
                    error = AddressParseError.ZoneIdNotAllowed;
                    return false;
                }

                if (c == '[' || c == ']')
                {
                    error = AddressParseError.BracketsNotAllowed;
                    return false;
                }

                hasColon |= c == ':';
            }

            if (text.Length > IpAddress.MaxTextLength)
            {
                error = AddressParseError.TooLong;
                return false;
            }

            if (hasColon)
            {
                ulong high;
                ulong low;
                error = ParseIPv6(text, out high, out low);
                if (error == AddressParseError.None)
                {
                    address = IpAddress.FromIPv6(high, low);
                }
            }
            else
            {
                uint value;
                error = ParseIPv4(text, text.Start, out value);
                if (error == AddressParseError.None)
                {
                    address = IpAddress.FromIPv4(value);
                }
            }

            return error == AddressParseError.None;
        }

        /// <summary>Dotted quad from start to the end of the window: exactly 4 base-10 numbers 0-255, no leading zeros.</summary>
        private static AddressParseError ParseIPv4(TextWindow text, int start, out uint value)
        {
            value = 0;
            int parts = 0;
            int i = start;
            while (true)
            {
                int digits = 0;
                int number = 0;
                bool startsWithZero = i < text.End && text.At(i) == '0';
                while (i < text.End && text.At(i) >= '0' && text.At(i) <= '9')
                {
                    if (digits < 4)
                    {
                        number = (number * 10) + (text.At(i) - '0');
                    }

                    digits++;
                    i++;
                }

                if (digits == 0)
                {
                    return i == text.End || text.At(i) == '.' ? AddressParseError.EmptyPart : Unexpected(text.At(i));
                }

                if (startsWithZero && digits > 1)
                {
                    return AddressParseError.LeadingZero;
                }

                if (number > 255)
                {
                    return AddressParseError.OctetOutOfRange;
                }

                if (parts == 4)
                {
                    return AddressParseError.WrongPartCount;
                }

                value = (value << 8) | (uint)number;
                parts++;
                if (i == text.End)
                {
                    return parts == 4 ? AddressParseError.None : AddressParseError.WrongPartCount;
                }

                if (text.At(i) != '.')
                {
                    return Unexpected(text.At(i));
                }

                i++;
            }
        }

        // Inside a dotted part a colon means the IPv4 part was not last.
        private static AddressParseError Unexpected(int c) =>
            c == ':' ? AddressParseError.MisplacedIpv4Tail : AddressParseError.InvalidCharacter;

        /// <summary>
        /// Groups before "::" are placed from the top; groups after it are shifted in from the bottom and
        /// merged at the end, so the count of zeros "::" stands for never has to be known in advance.
        /// </summary>
        private static AddressParseError ParseIPv6(TextWindow text, out ulong high, out ulong low)
        {
            high = 0;
            low = 0;
            ulong tailHigh = 0;
            ulong tailLow = 0;
            int headGroups = 0;
            int tailGroups = 0;
            bool compressed = false;
            int i = text.Start;
            if (text.At(i) == ':')
            {
                if (i + 1 == text.End || text.At(i + 1) != ':')
                {
                    return AddressParseError.EmptyPart;
                }

                compressed = true;
                i += 2;
            }

            while (i < text.End)
            {
                int partStart = i;
                int digits = 0;
                int group = 0;
                int nibble;
                while (i < text.End && (nibble = HexValue(text.At(i))) >= 0)
                {
                    if (digits == 4)
                    {
                        return AddressParseError.GroupTooLong;
                    }

                    group = (group << 4) | nibble;
                    digits++;
                    i++;
                }

                if (i < text.End && text.At(i) == '.')
                {
                    uint v4;
                    var tailError = ParseIPv4(text, partStart, out v4);
                    if (tailError != AddressParseError.None)
                    {
                        return tailError;
                    }

                    if (compressed ? headGroups + tailGroups + 2 > 7 : headGroups != 6)
                    {
                        return AddressParseError.WrongPartCount;
                    }

                    ShiftIn(ref tailHigh, ref tailLow, (int)(v4 >> 16));
                    ShiftIn(ref tailHigh, ref tailLow, (int)(v4 & 0xFFFF));
                    tailGroups += 2;
                    break;
                }

                if (digits == 0)
                {
                    return i == text.End || text.At(i) == ':' ? AddressParseError.EmptyPart : AddressParseError.InvalidCharacter;
                }

                if (headGroups + tailGroups == 8)
                {
                    return AddressParseError.WrongPartCount;
                }

                if (compressed)
                {
                    ShiftIn(ref tailHigh, ref tailLow, group);
                    tailGroups++;
                }
                else
                {
                    SetGroup(ref high, ref low, headGroups, group);
                    headGroups++;
                }

                if (i == text.End)
                {
                    break;
                }

                if (text.At(i) != ':')
                {
                    return AddressParseError.InvalidCharacter;
                }

                i++;
                if (i < text.End && text.At(i) == ':')
                {
                    if (compressed)
                    {
                        return AddressParseError.MultipleDoubleColon;
                    }

                    compressed = true;
                    i++;
                }
                else if (i == text.End)
                {
                    return AddressParseError.EmptyPart;
                }
            }

            int groups = headGroups + tailGroups;
            if (compressed ? groups > 7 : groups != 8)
            {
                return AddressParseError.WrongPartCount;
            }

            high |= tailHigh;
            low |= tailLow;
            return AddressParseError.None;
        }

        private static int HexValue(int c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private static void SetGroup(ref ulong high, ref ulong low, int index, int group)
        {
            if (index < 4)
            {
                high |= (ulong)group << (48 - (16 * index));
            }
            else
            {
                low |= (ulong)group << (48 - (16 * (index - 4)));
            }
        }

        private static void ShiftIn(ref ulong high, ref ulong low, int group)
        {
            high = (high << 16) | (low >> 48);
            low = (low << 16) | (uint)group;
        }
    }
}
