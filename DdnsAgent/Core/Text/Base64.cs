namespace DdnsAgent.Text
{
    /// <summary>
    /// Decodes base64 (RFC 4648, standard alphabet) into a caller's buffer without allocating and without
    /// throwing, for secrets such as a TSIG key, where Convert.FromBase64String's exception would be the only
    /// explanation. Spaces, tabs and line breaks are skipped (a pasted key may be wrapped); the '=' padding may
    /// be left off. Error words never quote the text, because it is usually a secret.
    /// </summary>
    public static class Base64
    {
        /// <summary>
        /// Decodes text into output from index 0. False with the reason when the text is not base64 or does
        /// not fit; output may then hold part of the result.
        /// </summary>
        public static bool TryDecode(string text, byte[] output, out int length, out Base64Error error)
        {
            length = 0;
            int accumulator = 0;
            int pending = 0;
            int padding = 0;
            int symbols = 0;
            int count = text == null ? 0 : text.Length;
            for (int i = 0; i < count; i++)
            {
                char c = text[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    continue;
                }

                if (c == '=')
                {
                    padding++;
                    continue;
                }

                int value = ValueOf(c);
                if (value < 0)
                {
                    error = Base64Error.InvalidCharacter;
                    return false;
                }

                if (padding > 0)
                {
                    error = Base64Error.MisplacedPadding;
                    return false;
                }

                symbols++;
                accumulator = (accumulator << 6) | value;
                pending += 6;
                if (pending >= 8)
                {
                    pending -= 8;
                    if (length >= output.Length)
                    {
                        error = Base64Error.TooLong;
                        return false;
                    }

                    output[length++] = (byte)(accumulator >> pending);
                    accumulator &= (1 << pending) - 1;
                }
            }

            if (symbols == 0)
            {
                error = padding == 0 ? Base64Error.Empty : Base64Error.MisplacedPadding;
                return false;
            }

            // One symbol alone carries only 6 bits; padding, when given, must complete a group of four.
            int tail = symbols % 4;
            if (tail == 1 || (padding != 0 && tail + padding != 4))
            {
                error = Base64Error.WrongLength;
                return false;
            }

            error = Base64Error.None;
            return true;
        }

        /// <summary>Plain words for an error; never includes the text itself.</summary>
        public static string Describe(Base64Error error)
        {
            switch (error)
            {
                case Base64Error.None: return "is valid base64";
                case Base64Error.Empty: return "is empty";
                case Base64Error.InvalidCharacter: return "contains a character that is not base64 (A-Z, a-z, 0-9, +, /, =)";
                case Base64Error.MisplacedPadding: return "has '=' padding that is not at the end";
                case Base64Error.WrongLength: return "has a length that base64 cannot have (a character is missing or extra)";
                case Base64Error.TooLong: return "is longer than allowed";
                default: return "is not valid base64";
            }
        }

        private static int ValueOf(char c)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 26;
            }

            if (c >= '0' && c <= '9')
            {
                return c - '0' + 52;
            }

            if (c == '+')
            {
                return 62;
            }

            return c == '/' ? 63 : -1;
        }
    }
}
