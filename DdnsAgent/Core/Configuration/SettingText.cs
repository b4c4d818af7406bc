using System.Collections;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// The text forms of setting values: yes/no words, whole numbers, comma-separated lists, ASCII case.
    /// Culture-free on purpose: the same text means the same value on the device and on every host.
    /// </summary>
    public static class SettingText
    {
        private static readonly char[] Comma = new char[] { ',' };

        /// <summary>yes/no, true/false, on/off, 1/0 in any letter case.</summary>
        public static bool TryParseFlag(string text, out bool value)
        {
            string word = ToLowerAscii(text);
            value = word == "yes" || word == "true" || word == "on" || word == "1";
            return value || word == "no" || word == "false" || word == "off" || word == "0";
        }

        public static string FormatFlag(bool value)
        {
            return value ? "yes" : "no";
        }

        /// <summary>An optional minus sign and decimal digits, within the range of Int32.</summary>
        public static bool TryParseNumber(string text, out int value)
        {
            value = 0;
            if (text == null || text.Length == 0 || text.Length > 11)
            {
                return false;
            }

            bool negative = text[0] == '-';
            int start = negative ? 1 : 0;
            if (start == text.Length)
            {
                return false;
            }

            long result = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                result = (result * 10) + (c - '0');
            }

            result = negative ? -result : result;
            if (result < int.MinValue || result > int.MaxValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>Splits on commas, trims each item and drops empty ones; null when nothing remains.</summary>
        public static string[] SplitList(string text)
        {
            if (text == null)
            {
                return null;
            }

            string[] parts = text.Split(Comma);
            ArrayList items = new ArrayList();
            for (int i = 0; i < parts.Length; i++)
            {
                string item = parts[i].Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }

            if (items.Count == 0)
            {
                return null;
            }

            string[] result = new string[items.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (string)items[i];
            }

            return result;
        }

        /// <summary>"a, b, c"; null for a null or empty list.</summary>
        public static string JoinList(string[] items)
        {
            if (items == null || items.Length == 0)
            {
                return null;
            }

            string text = items[0];
            for (int i = 1; i < items.Length; i++)
            {
                text = text + ", " + items[i];
            }

            return text;
        }

        /// <summary>A copy with ASCII letters in lower case; other characters unchanged.</summary>
        public static string ToLowerAscii(string text)
        {
            return ShiftCase(text, 'A', 'Z', 'a' - 'A');
        }

        /// <summary>A copy with ASCII letters in upper case; other characters unchanged.</summary>
        public static string ToUpperAscii(string text)
        {
            return ShiftCase(text, 'a', 'z', 'A' - 'a');
        }

        /// <summary>True when a and b differ only in the case of ASCII letters.</summary>
        public static bool EqualsIgnoreCase(string a, string b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return a == null && b == null;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (LowerAscii(a[i]) != LowerAscii(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when text holds a control character (a line break, a tab, DEL...).</summary>
        public static bool HasControlCharacter(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < ' ' || c == (char)0x7F)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The number of bytes of text in UTF-8 (how Wi-Fi counts an SSID).</summary>
        public static int Utf8Length(string text)
        {
            int bytes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    bytes += 1;
                }
                else if (c < 0x800)
                {
                    bytes += 2;
                }
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length)
                {
                    bytes += 4; // a surrogate pair is one 4-byte character
                    i++;
                }
                else
                {
                    bytes += 3;
                }
            }

            return bytes;
        }

        private static char LowerAscii(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        private static string ShiftCase(string text, char first, char last, int shift)
        {
            if (text == null)
            {
                return null;
            }

            char[] chars = new char[text.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                char c = text[i];
                chars[i] = c >= first && c <= last ? (char)(c + shift) : c;
            }

            return new string(chars);
        }
    }
}
