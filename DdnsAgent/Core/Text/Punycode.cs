namespace DdnsAgent.Text
{
    /// <summary>
    /// The ASCII ("xn--") form of an internationalised DNS label (RFC 3492 Punycode), so that a message can
    /// show the form a name must be given in instead of only refusing it. Only what Core can do exactly:
    /// BMP characters, capitals folded for ASCII, Latin-1, Greek and Cyrillic (other scripts have no case or
    /// are left as typed), no Unicode normalisation. The provider's own control panel shows the authoritative
    /// form; the agent only suggests it and sends names as the user gives them.
    /// </summary>
    public static class Punycode
    {
        public const string AcePrefix = "xn--";

        private const int Base = 36;
        private const int TMin = 1;
        private const int TMax = 26;
        private const int Skew = 38;
        private const int Damp = 700;
        private const int InitialBias = 72;
        private const int InitialN = 128;

        /// <summary>"xn--" plus the encoded label, or the label in lower case when it is all ASCII; null for an empty label or a surrogate.</summary>
        public static string EncodeLabel(string label)
        {
            if (label == null || label.Length == 0)
            {
                return null;
            }

            var input = new char[label.Length];
            int basic = 0;
            for (int i = 0; i < label.Length; i++)
            {
                input[i] = FoldCase(label[i]);
                if (Utf8.IsSurrogate(input[i]))
                {
                    return null;
                }

                basic += input[i] < 0x80 ? 1 : 0;
            }

            if (basic == input.Length)
            {
                return new string(input);
            }

            // A delta of BMP input never needs more than 8 digits; plus the basic ones and the delimiter.
            var output = new char[AcePrefix.Length + basic + 1 + (8 * input.Length)];
            int length = 0;
            for (int i = 0; i < AcePrefix.Length; i++)
            {
                output[length++] = AcePrefix[i];
            }

            for (int i = 0; i < input.Length; i++)
            {
                if (input[i] < 0x80)
                {
                    output[length++] = input[i];
                }
            }

            if (basic > 0)
            {
                output[length++] = '-';
            }

            int n = InitialN;
            int delta = 0;
            int bias = InitialBias;
            int handled = basic;
            while (handled < input.Length)
            {
                int m = 0x10000;
                for (int i = 0; i < input.Length; i++)
                {
                    if (input[i] >= n && input[i] < m)
                    {
                        m = input[i];
                    }
                }

                delta += (m - n) * (handled + 1);
                n = m;
                for (int i = 0; i < input.Length; i++)
                {
                    if (input[i] < n)
                    {
                        delta++;
                    }
                    else if (input[i] == n)
                    {
                        int q = delta;
                        for (int k = Base; ; k += Base)
                        {
                            int t = k <= bias ? TMin : (k >= bias + TMax ? TMax : k - bias);
                            if (q < t)
                            {
                                break;
                            }

                            output[length++] = Digit(t + ((q - t) % (Base - t)));
                            q = (q - t) / (Base - t);
                        }

                        output[length++] = Digit(q);
                        bias = Adapt(delta, handled + 1, handled == basic);
                        delta = 0;
                        handled++;
                    }
                }

                delta++;
                n++;
            }

            return new string(output, 0, length);
        }

        /// <summary>Each dot-separated label of name in its ASCII form (see <see cref="EncodeLabel"/>); null when a label cannot be encoded.</summary>
        public static string EncodeName(string name)
        {
            string result = null;
            int start = 0;
            for (int i = 0; i <= name.Length; i++)
            {
                if (i < name.Length && name[i] != '.')
                {
                    continue;
                }

                string label = EncodeLabel(name.Substring(start, i - start));
                if (label == null)
                {
                    return null;
                }

                result = result == null ? label : string.Concat(result, ".", label);
                start = i + 1;
            }

            return result;
        }

        private static int Adapt(int delta, int points, bool first)
        {
            delta = first ? delta / Damp : delta / 2;
            delta += delta / points;
            int k = 0;
            while (delta > ((Base - TMin) * TMax) / 2)
            {
                delta /= Base - TMin;
                k += Base;
            }

            return k + (((Base - TMin + 1) * delta) / (delta + Skew));
        }

        private static char Digit(int d)
        {
            return (char)(d < 26 ? 'a' + d : '0' + (d - 26));
        }

        // Lower case as IDNA maps it, for the scripts whose case is a fixed offset.
        private static char FoldCase(char c)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
            {
                return (char)(c + 0x20);
            }

            return c >= 0x400 && c <= 0x40F ? (char)(c + 0x50) : c;
        }
    }
}
