namespace DdnsAgent.Text
{
    /// <summary>
    /// The bytes a serial terminal is sent for console text: UTF-8, as the terminal sends what is typed, so a
    /// value with "ö" is echoed and shown as typed. CR, LF, Tab and Backspace (the echo erases with "\b \b")
    /// pass; every other control character (C0, DEL, C1) goes out as '?', so that text from elsewhere (a
    /// provider's answer) cannot drive the terminal. A surrogate goes out as U+FFFD, as everywhere in Core.
    /// </summary>
    public static class TerminalText
    {
        /// <summary>
        /// Writes text from position on into buffer, whole characters only, as far as they fit; moves position
        /// past what was written and returns the byte count. buffer must hold at least 3 bytes.
        /// </summary>
        public static int Encode(string text, ref int position, byte[] buffer)
        {
            int count = 0;
            while (position < text.Length)
            {
                int c = Utf8.ReadChar(text, position);
                if (c < 0x20 ? c != '\r' && c != '\n' && c != '\t' && c != '\b' : c >= 0x7F && c <= 0x9F)
                {
                    c = '?';
                }

                if (count + Utf8.ByteCount(c) > buffer.Length)
                {
                    break;
                }

                count += Utf8.WriteChar(c, buffer, count);
                position++;
            }

            return count;
        }
    }
}
