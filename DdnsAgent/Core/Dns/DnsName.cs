using DdnsAgent.Text;

namespace DdnsAgent.Dns
{
    /// <summary>
    /// Domain names as text ("home.example.org", a final dot optional) and in wire form (length-prefixed
    /// labels ending in a zero byte, RFC 1035, 3.1). Text names hold letters, digits, '-' and '_' (and '*' as a
    /// whole first label), so they never need escaping; case is ignored when comparing. Nothing here allocates.
    /// </summary>
    public static class DnsName
    {
        public const int MaxWireLength = 255;
        public const int MaxLabelLength = 63;

        /// <summary>None when name is a valid name; otherwise why not.</summary>
        public static DnsNameError Check(string name)
        {
            int end = TextEnd(name);
            if (end <= 0)
            {
                return DnsNameError.Empty;
            }

            int labelLength = 0;
            for (int i = 0; i <= end; i++)
            {
                if (i == end || name[i] == '.')
                {
                    if (labelLength == 0)
                    {
                        return DnsNameError.EmptyLabel;
                    }

                    labelLength = 0;
                    continue;
                }

                char c = name[i];
                bool wildcard = c == '*' && i == 0 && (end == 1 || name[1] == '.');
                if (!Ascii.IsLetter(c) && !Ascii.IsDigit(c) && c != '-' && c != '_' && !wildcard)
                {
                    return DnsNameError.InvalidCharacter;
                }

                if (++labelLength > MaxLabelLength)
                {
                    return DnsNameError.LabelTooLong;
                }
            }

            return WireLength(name) > MaxWireLength ? DnsNameError.TooLong : DnsNameError.None;
        }

        public static string Describe(DnsNameError error)
        {
            switch (error)
            {
                case DnsNameError.None: return "is a valid DNS name";
                case DnsNameError.Empty: return "is empty";
                case DnsNameError.EmptyLabel: return "has an empty part (two dots in a row, or a dot at the start)";
                case DnsNameError.LabelTooLong: return "has a part longer than 63 characters";
                case DnsNameError.TooLong: return "is longer than 253 characters";
                case DnsNameError.InvalidCharacter: return "has a character other than letters, digits, '-' and '_'";
                default: return "is not a valid DNS name";
            }
        }

        /// <summary>Bytes of the uncompressed wire form of a valid name, the final zero included.</summary>
        public static int WireLength(string name)
        {
            int end = TextEnd(name);
            return end <= 0 ? 1 : end + 2;
        }

        /// <summary>
        /// Writes the wire form of text[0, count), a valid name or its leading labels, at buffer[offset] and
        /// returns the bytes written; with <paramref name="terminate"/> a final zero byte ends the name.
        /// <paramref name="lowerCase"/> writes the canonical form (RFC 4034, 6.2) that signatures cover.
        /// The caller makes sure the buffer has room.
        /// </summary>
        public static int WriteLabels(string text, int count, byte[] buffer, int offset, bool lowerCase, bool terminate)
        {
            int at = offset;
            int labelStart = 0;
            for (int i = 0; i <= count; i++)
            {
                if (i < count && text[i] != '.')
                {
                    continue;
                }

                int length = i - labelStart;
                if (length > 0)
                {
                    buffer[at++] = (byte)length;
                    for (int k = labelStart; k < i; k++)
                    {
                        char c = text[k];
                        buffer[at++] = (byte)(lowerCase ? Ascii.ToLower(c) : c);
                    }
                }

                labelStart = i + 1;
            }

            if (terminate)
            {
                buffer[at++] = 0;
            }

            return at - offset;
        }

        /// <summary>Writes the whole name, terminated; see <see cref="WriteLabels"/>.</summary>
        public static int Write(string name, byte[] buffer, int offset, bool lowerCase)
        {
            return WriteLabels(name, TextEnd(name), buffer, offset, lowerCase, true);
        }

        /// <summary>Characters of name without its final dot; 0 for null or "".</summary>
        public static int TextEnd(string name)
        {
            if (name == null)
            {
                return 0;
            }

            int end = name.Length;
            return end > 0 && name[end - 1] == '.' ? end - 1 : end;
        }

        /// <summary>Whether two text names are the same name, ignoring case and a final dot.</summary>
        public static bool TextEquals(string a, string b)
        {
            int endA = TextEnd(a);
            if (endA != TextEnd(b))
            {
                return false;
            }

            for (int i = 0; i < endA; i++)
            {
                if (Ascii.ToLower(a[i]) != Ascii.ToLower(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// How many leading characters of name come before ".zone" when name lies strictly inside zone
        /// ("home" for home.example.org in example.org); 0 when name is the zone itself; -1 when it is outside.
        /// </summary>
        public static int PrefixLength(string name, string zone)
        {
            int nameEnd = TextEnd(name);
            int zoneEnd = TextEnd(zone);
            if (zoneEnd == 0 || nameEnd < zoneEnd)
            {
                return -1;
            }

            int start = nameEnd - zoneEnd;
            if (start > 0 && (start < 2 || name[start - 1] != '.'))
            {
                return -1;
            }

            for (int i = 0; i < zoneEnd; i++)
            {
                if (Ascii.ToLower(name[start + i]) != Ascii.ToLower(zone[i]))
                {
                    return -1;
                }
            }

            return start == 0 ? 0 : start - 1;
        }

        /// <summary>True when name is zone or a name inside it.</summary>
        public static bool IsInZone(string name, string zone)
        {
            return PrefixLength(name, zone) >= 0;
        }
    }
}
