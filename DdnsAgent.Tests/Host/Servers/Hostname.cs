namespace DdnsAgent.Tests.Servers
{
    /// <summary>Host name rules as a strict provider applies them.</summary>
    public static class Hostname
    {
        /// <summary>Lower case, without the root's trailing dot: the form names are stored under.</summary>
        public static string Normalize(string name)
        {
            string lower = (name ?? "").Trim().ToLowerInvariant();
            return lower.EndsWith(".") ? lower.Substring(0, lower.Length - 1) : lower;
        }

        /// <summary>
        /// True for a fully qualified name: at least two labels, each 1-63 letters, digits or hyphens, not
        /// starting or ending with a hyphen, the last one not all digits, at most 253 characters (an optional trailing dot is allowed).
        /// </summary>
        public static bool IsFullyQualified(string name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return false;
            }
            string bare = name.EndsWith(".") ? name.Substring(0, name.Length - 1) : name;
            if (bare.Length == 0 || bare.Length > 253)
            {
                return false;
            }
            string[] labels = bare.Split('.');
            if (labels.Length < 2)
            {
                return false;
            }
            foreach (string label in labels)
            {
                if (!IsLabel(label))
                {
                    return false;
                }
            }
            // An all-digit last label means an address such as 81.2.69.160, not a name.
            return !IsAllDigits(labels[labels.Length - 1]);
        }

        private static bool IsAllDigits(string label)
        {
            foreach (char c in label)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }
            return true;
        }

        private static bool IsLabel(string label)
        {
            if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }
            foreach (char c in label)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                if (!ok)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
