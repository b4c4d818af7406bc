namespace DdnsAgent.Configuration
{
    /// <summary>
    /// What a dyndns2 provider accepts as a hostname: a fully qualified name of at least two labels, each 1 to
    /// 63 letters, digits or hyphens, not starting or ending with a hyphen, 253 characters at most.
    /// </summary>
    public static class HostnameRules
    {
        public const int MaxLength = 253;
        public const int MaxLabelLength = 63;

        public static bool IsFullyQualified(string name)
        {
            return Problem(name) == null;
        }

        /// <summary>Null for a valid name, else why it is not one, quoting the name (e.g. "'foo' is not ...").</summary>
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

            int labels = 0;
            int labelStart = 0;
            for (int i = 0; i <= name.Length; i++)
            {
                if (i < name.Length && name[i] != '.')
                {
                    if (!IsNameCharacter(name[i]))
                    {
                        return quoted + " is not a fully qualified name: use only letters, digits, hyphens and dots";
                    }

                    continue;
                }

                int length = i - labelStart;
                if (length == 0)
                {
                    return quoted + " is not a fully qualified name: it has an empty label (a leading, trailing or double dot)";
                }

                if (length > MaxLabelLength)
                {
                    return quoted + " is not a fully qualified name: a label is longer than 63 characters";
                }

                if (name[labelStart] == '-' || name[i - 1] == '-')
                {
                    return quoted + " is not a fully qualified name: a label starts or ends with a hyphen";
                }

                labels++;
                labelStart = i + 1;
            }

            return labels < 2
                ? quoted + " is not a fully qualified name: give the whole name, e.g. " + name + ".example.com"
                : null;
        }

        private static bool IsNameCharacter(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }
    }
}
