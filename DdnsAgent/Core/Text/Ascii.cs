namespace DdnsAgent.Text
{
    /// <summary>Byte-level ASCII tests and comparisons for parsing protocol text without strings.</summary>
    public static class Ascii
    {
        /// <summary>RFC 3986 unreserved: letters, digits, '-', '.', '_', '~'. Never needs percent-encoding.</summary>
        public static bool IsUnreserved(int c)
        {
            return IsLetter(c) || IsDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
        }

        public static bool IsLetter(int c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        public static bool IsDigit(int c)
        {
            return c >= '0' && c <= '9';
        }

        public static bool IsHexDigit(int c)
        {
            return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        /// <summary>Space or horizontal tab: what separates words on a protocol line.</summary>
        public static bool IsBlank(int c)
        {
            return c == ' ' || c == '\t';
        }

        /// <summary>Bytes below 0x20 and DEL.</summary>
        public static bool IsControl(int c)
        {
            return c < 0x20 || c == 0x7F;
        }

        public static int ToLower(int c)
        {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }

        public static char ToLower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        /// <summary>A copy with ASCII letters in lower case, other characters unchanged; null stays null. Allocates.</summary>
        public static string ToLower(string text)
        {
            return text == null ? null : ToLower(text, 0, text.Length);
        }

        /// <summary>text[start, start + count) with ASCII letters in lower case. Allocates: for words and settings.</summary>
        public static string ToLower(string text, int start, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = ToLower(text[start + i]);
            }

            return new string(chars);
        }

        /// <summary>A copy with ASCII letters in upper case, other characters unchanged; null stays null. Allocates.</summary>
        public static string ToUpper(string text)
        {
            if (text == null)
            {
                return null;
            }

            var chars = new char[text.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                char c = text[i];
                chars[i] = c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;
            }

            return new string(chars);
        }

        /// <summary>True when text[offset..offset+count) equals <paramref name="ascii"/>, ignoring ASCII case.</summary>
        public static bool EqualsIgnoreCase(byte[] text, int offset, int count, string ascii)
        {
            if (count != ascii.Length)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (ToLower(text[offset + i]) != ToLower(ascii[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Compares two strings ignoring ASCII case, without allocating; null equals only null.</summary>
        public static bool EqualsIgnoreCase(string a, string b)
        {
            if (a == null || b == null)
            {
                return (object)a == (object)b;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (ToLower(a[i]) != ToLower(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when <paramref name="text"/> starts with <paramref name="prefix"/>, ignoring ASCII case.</summary>
        public static bool StartsWithIgnoreCase(string text, string prefix)
        {
            if (text == null || text.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (ToLower(text[i]) != ToLower(prefix[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when text holds a control character (a line break, a tab, DEL...); false for null.</summary>
        public static bool HasControl(string text)
        {
            if (text == null)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (IsControl(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when every character is printable ASCII (0x20..0x7E); null and "" are printable.</summary>
        public static bool IsPrintable(string text)
        {
            if (text == null)
            {
                return true;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < 0x20 || text[i] > 0x7E)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Text of ASCII bytes. Allocates: for messages and tests, not for hot paths.</summary>
        public static string ToText(byte[] bytes, int offset, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }

            return new string(chars);
        }
    }
}
