namespace DdnsAgent.Protocol
{
    /// <summary>What a hostname must look like to be sent: a fully qualified DNS name in ASCII.</summary>
    public static class Hostnames
    {
        public const int MaxLength = 253;
        public const int MaxLabelLength = 63;

        /// <summary>
        /// Null when the name is fit to send, otherwise plain words saying why. Letters, digits, '-' and
        /// '_' in dot-separated labels of 1 to 63 characters, at least two labels, at most 253 characters.
        /// Internationalised names must be given in their xn-- form.
        /// </summary>
        public static string Problem(string name)
        {
            if (name == null || name.Length == 0)
            {
                return "is empty";
            }

            if (name.Length > MaxLength)
            {
                return "is longer than 253 characters";
            }

            int labelLength = 0;
            int labels = 1;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c == '.')
                {
                    if (labelLength == 0)
                    {
                        return "has an empty label (two dots in a row, or a dot at the start)";
                    }

                    labels++;
                    labelLength = 0;
                    continue;
                }

                bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                if (!allowed)
                {
                    return c > 0x7E ? "has a non-ASCII character: give the xn-- form" : "has a character other than letters, digits, '-', '_' and '.'";
                }

                labelLength++;
                if (labelLength > MaxLabelLength)
                {
                    return "has a label longer than 63 characters";
                }
            }

            if (labelLength == 0)
            {
                return "ends with a dot";
            }

            return labels < 2 ? "is not fully qualified (write the whole name, like home.example.org)" : null;
        }
    }
}
