namespace DdnsAgent.Shell
{
    /// <summary>
    /// Finds space-separated words in a console line and compares them without regard to ASCII case,
    /// without allocating. Works on both strings (commands) and the line editor's char buffer.
    /// </summary>
    internal static class AsciiWords
    {
        public static bool IsSpace(char c)
        {
            return c == ' ' || c == '\t';
        }

        /// <summary>Index of the first non-space char at or after start, or text.Length.</summary>
        public static int SkipSpaces(string text, int start)
        {
            while (start < text.Length && IsSpace(text[start]))
            {
                start++;
            }

            return start;
        }

        /// <summary>Index just past the word that begins at start.</summary>
        public static int WordEnd(string text, int start)
        {
            while (start < text.Length && !IsSpace(text[start]))
            {
                start++;
            }

            return start;
        }

        public static int SkipSpaces(char[] text, int start, int length)
        {
            while (start < length && IsSpace(text[start]))
            {
                start++;
            }

            return start;
        }

        public static int WordEnd(char[] text, int start, int length)
        {
            while (start < length && !IsSpace(text[start]))
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
                if (ToLower(text[start + i]) != word[i])
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
                if (ToLower(text[start + i]) != word[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The part of text from start, lower-cased (ASCII letters only). Allocates: for command words.</summary>
        public static string ToLower(string text, int start, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = ToLower(text[start + i]);
            }

            return new string(chars);
        }

        public static char ToLower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }
    }
}
