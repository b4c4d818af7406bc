namespace DdnsAgent.Text
{
    /// <summary>
    /// UTF-8 encoding of strings, by hand so that Core needs no encoding classes. A lone surrogate is
    /// encoded as U+FFFD, as .NET's UTF-8 encoder does.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Most bytes one code point takes.</summary>
        public const int MaxBytesPerScalar = 4;

        /// <summary>The code point at text[index], joining a surrogate pair; consumed is 1 or 2.</summary>
        public static int ReadScalar(string text, int index, out int consumed)
        {
            int c = text[index];
            consumed = 1;
            if (c >= 0xD800 && c <= 0xDBFF && index + 1 < text.Length && text[index + 1] >= 0xDC00 && text[index + 1] <= 0xDFFF)
            {
                consumed = 2;
                return 0x10000 + ((c - 0xD800) << 10) + (text[index + 1] - 0xDC00);
            }

            return c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c;
        }

        /// <summary>Writes one code point at offset (room for <see cref="MaxBytesPerScalar"/> needed); returns the bytes written.</summary>
        public static int WriteScalar(int codePoint, byte[] destination, int offset)
        {
            if (codePoint < 0x80)
            {
                destination[offset] = (byte)codePoint;
                return 1;
            }

            if (codePoint < 0x800)
            {
                destination[offset] = (byte)(0xC0 | (codePoint >> 6));
                destination[offset + 1] = (byte)(0x80 | (codePoint & 0x3F));
                return 2;
            }

            if (codePoint < 0x10000)
            {
                destination[offset] = (byte)(0xE0 | (codePoint >> 12));
                destination[offset + 1] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                destination[offset + 2] = (byte)(0x80 | (codePoint & 0x3F));
                return 3;
            }

            destination[offset] = (byte)(0xF0 | (codePoint >> 18));
            destination[offset + 1] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
            destination[offset + 2] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
            destination[offset + 3] = (byte)(0x80 | (codePoint & 0x3F));
            return 4;
        }

        /// <summary>How many bytes text takes in UTF-8 (how Wi-Fi counts an SSID). Allocates nothing.</summary>
        public static int ByteCount(string text)
        {
            int count = 0;
            int i = 0;
            while (i < text.Length)
            {
                int codePoint = ReadScalar(text, i, out int consumed);
                i += consumed;
                count += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            }

            return count;
        }

        /// <summary>The UTF-8 bytes of text. Allocates: for configuration time.</summary>
        public static byte[] GetBytes(string text)
        {
            var bytes = new byte[Encode(text, null)];
            Encode(text, bytes);
            return bytes;
        }

        // Writes into destination when given; returns the byte count either way.
        private static int Encode(string text, byte[] destination)
        {
            var scratch = new byte[MaxBytesPerScalar];
            int count = 0;
            int i = 0;
            while (i < text.Length)
            {
                int written = WriteScalar(ReadScalar(text, i, out int consumed), scratch, 0);
                i += consumed;
                for (int k = 0; destination != null && k < written; k++)
                {
                    destination[count + k] = scratch[k];
                }

                count += written;
            }

            return count;
        }
    }
}
