using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The one hostname rule, used by the settings validator and by the request builder: a fully qualified
    /// DNS host name in ASCII, as dyndns2 providers take it. At least two dot-separated labels, each 1 to 63
    /// letters, digits or hyphens, not starting or ending with a hyphen; 253 characters at most; no trailing
    /// dot. '_' is refused: it is legal in some DNS records but not in a host name, and no provider updates
    /// such a name. Internationalised names are given in their xn-- form.
    /// </summary>
    public static class Hostnames
    {
        public const int MaxLength = 253;
        public const int MaxLabelLength = 63;

        public static bool IsFullyQualified(string name)
        {
            return Problem(name) == null;
        }

        /// <summary>
        /// Null for a valid name, else why it is not one in plain words, quoting the name, for example
        /// "'foo' is not a fully qualified name: give the whole name, e.g. foo.example.com".
        /// </summary>
        public static string Problem(string name)
        {
            if (name == null || name.Length == 0)
            {
                return "an empty name is not a fully qualified name";
            }

            string quoted = "'" + name + "'";
            if (name.Length > MaxLength)
            {
                return quoted + " is longer than 253 characters";
            }

            string notQualified = quoted + " is not a fully qualified name: ";
            int labels = 0;
            int labelStart = 0;
            for (int i = 0; i <= name.Length; i++)
            {
                if (i < name.Length && name[i] != '.')
                {
                    char c = name[i];
                    if (c >= 0x80)
                    {
                        return notQualified + "give an internationalised name in its xn-- form";
                    }

                    if (!Ascii.IsLetter(c) && !Ascii.IsDigit(c) && c != '-')
                    {
                        return notQualified + "use only letters, digits, hyphens and dots";
                    }

                    continue;
                }

                int length = i - labelStart;
                if (length == 0)
                {
                    return notQualified + "it has an empty label (a leading, trailing or double dot)";
                }

                if (length > MaxLabelLength)
                {
                    return notQualified + "a label is longer than 63 characters";
                }

                if (name[labelStart] == '-' || name[i - 1] == '-')
                {
                    return notQualified + "a label starts or ends with a hyphen";
                }

                labels++;
                labelStart = i + 1;
            }

            return labels < 2 ? notQualified + "give the whole name, e.g. " + name + ".example.com" : null;
        }
    }
}
