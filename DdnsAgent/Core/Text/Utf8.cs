namespace DdnsAgent.Text
{
    /// <summary>
    /// UTF-8 encoding of strings, by hand so that Core needs no encoding classes. Only the Basic Multilingual
    /// Plane is encoded: every UTF-16 surrogate code unit, paired or lone, becomes U+FFFD (EF BF BD). That is
    /// what the device can do (nanoFramework's string indexer returns the high half of a pair twice), so the
    /// host does the same and both send the same bytes. The settings refuse such characters before they get
    /// here (see <c>Configuration.TextRules</c>), so this rule never changes a value in use.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Most bytes one character takes (a BMP character: 3).</summary>
        public const int MaxBytesPerChar = 3;

        public const char Replacement = '\uFFFD';

        /// <summary>True for both halves of a surrogate pair (U+D800 to U+DFFF).</summary>
        public static bool IsSurrogate(int c)
        {
            return c >= 0xD800 && c <= 0xDFFF;
        }

        /// <summary>The character at text[index] as Core encodes it: a surrogate code unit reads as U+FFFD.</summary>
        public static int ReadChar(string text, int index)
        {
            int c = text[index];
            return IsSurrogate(c) ? Replacement : c;
        }

        /// <summary>Writes one BMP character at offset (room for <see cref="MaxBytesPerChar"/> needed); returns the bytes written.</summary>
        public static int WriteChar(int c, byte[] destination, int offset)
        {
            if (IsSurrogate(c) || c > 0xFFFF)
            {
                c = Replacement;
            }

            if (c < 0x80)
            {
                destination[offset] = (byte)c;
                return 1;
            }

            if (c < 0x800)
            {
                destination[offset] = (byte)(0xC0 | (c >> 6));
                destination[offset + 1] = (byte)(0x80 | (c & 0x3F));
                return 2;
            }

            destination[offset] = (byte)(0xE0 | (c >> 12));
            destination[offset + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
            destination[offset + 2] = (byte)(0x80 | (c & 0x3F));
            return 3;
        }

        /// <summary>How many bytes one character takes (a surrogate code unit: 3, as U+FFFD).</summary>
        public static int ByteCount(int c)
        {
            return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        /// <summary>How many bytes text takes in UTF-8 (how Wi-Fi counts an SSID). Allocates nothing.</summary>
        public static int ByteCount(string text)
        {
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                count += ByteCount(ReadChar(text, i));
            }

            return count;
        }

        /// <summary>The UTF-8 bytes of text. Allocates: for configuration time.</summary>
        public static byte[] GetBytes(string text)
        {
            var bytes = new byte[ByteCount(text)];
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                count += WriteChar(ReadChar(text, i), bytes, count);
            }

            return bytes;
        }
    }
}
