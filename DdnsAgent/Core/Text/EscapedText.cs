namespace DdnsAgent.Text
{
    /// <summary>
    /// Bytes a server sent, made safe to show: printable ASCII as it is, a backslash doubled, every other byte
    /// (control characters, bytes of UTF-8, NUL) as \xNN, and at most a bounded number of characters, with "..."
    /// when there was more. Nothing is dropped silently, so the user sees exactly what came.
    /// </summary>
    public static class EscapedText
    {
        private const string Hex = "0123456789ABCDEF";
        private const string More = "...";

        /// <summary>text[start..end) escaped, at most maxChars characters plus "..." when cut. Allocates.</summary>
        public static string Of(byte[] text, int start, int end, int maxChars)
        {
            var chars = new char[maxChars + 4 + More.Length];
            int n = 0;
            int i = start;
            for (; i < end && n < maxChars; i++)
            {
                byte b = text[i];
                if (b == (byte)'\\')
                {
                    chars[n++] = '\\';
                    chars[n++] = '\\';
                }
                else if (b >= 0x20 && b < 0x7F)
                {
                    chars[n++] = (char)b;
                }
                else
                {
                    chars[n++] = '\\';
                    chars[n++] = 'x';
                    chars[n++] = Hex[b >> 4];
                    chars[n++] = Hex[b & 0xF];
                }
            }

            if (i < end)
            {
                for (int m = 0; m < More.Length; m++)
                {
                    chars[n++] = More[m];
                }
            }

            return new string(chars, 0, n);
        }
    }
}
