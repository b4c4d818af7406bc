namespace DdnsAgent.Text
{
    /// <summary>
    /// Finds words separated by spaces or tabs in a line and compares them without regard to ASCII case,
    /// without allocating. Works on both strings (commands) and the line editor's char buffer.
    /// </summary>
    public static class AsciiWords
    {
        /// <summary>Index of the first non-space char at or after start, or text.Length.</summary>
        public static int SkipSpaces(string text, int start)
        {
            while (start < text.Length && Ascii.IsBlank(text[start]))
            {
                start++;
            }

            return start;
        }

        /// <summary>Index just past the word that begins at start.</summary>
        public static int WordEnd(string text, int start)
        {
            while (start < text.Length && !Ascii.IsBlank(text[start]))
            {
                start++;
            }

            return start;
        }

        /// <summary>The end of text[start, end) once trailing spaces and tabs are dropped.</summary>
        public static int TrimmedEnd(string text, int start, int end)
        {
            while (end > start && Ascii.IsBlank(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        public static int SkipSpaces(char[] text, int start, int length)
        {
            while (start < length && Ascii.IsBlank(text[start]))
            {
                start++;
            }

            return start;
        }

        public static int WordEnd(char[] text, int start, int length)
        {
            while (start < length && !Ascii.IsBlank(text[start]))
            {
                start++;
            }

            return start;
        }

        /// <summary>Whether text[start, start + count) is word, ignoring ASCII case; word must be lower case.</summary>
        public static bool EqualsLower(string text, int start, int count, string word)
        {
            if (count != word.Length)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (Ascii.ToLower(text[start + i]) != word[i])
                {
                    return false;
                }
            }

            return true;
        }

        public static bool EqualsLower(char[] text, int start, int count, string word)
        {
            if (count != word.Length)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (Ascii.ToLower(text[start + i]) != word[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
