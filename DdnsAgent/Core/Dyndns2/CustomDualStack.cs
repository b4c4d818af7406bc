using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// The names of the <see cref="DualStackStyle"/> a custom dyndns2 server takes (setting server.dual-stack).
    /// Presets carry their style in <see cref="Dyndns2Presets"/>; a custom server's style is the user's choice,
    /// because no request shows which one a server understands.
    /// </summary>
    public static class CustomDualStack
    {
        /// <summary>One request per family, the address in myip either way (the default).</summary>
        public const string PerFamily = "per-family";

        /// <summary>Both in one request: myip=V4,V6.</summary>
        public const string Combined = "combined";

        /// <summary>Both in one request: myip=V4 and myipv6=V6.</summary>
        public const string Separate = "separate";

        /// <summary>Every dyndns2 server understands a plain myip, so a request per family works everywhere.</summary>
        public const DualStackStyle Default = DualStackStyle.OneRequestPerFamily;

        private const string Choices =
            PerFamily + " (one request per family, each with myip), "
            + Combined + " (myip=V4,V6) or "
            + Separate + " (myip=V4 and myipv6=V6)";

        /// <summary>The style named name, ignoring ASCII case; null or "" is the default. False for any other name.</summary>
        public static bool TryParse(string name, out DualStackStyle style)
        {
            style = Default;
            if (!TextValues.IsSet(name) || Ascii.EqualsIgnoreCase(name, PerFamily))
            {
                return true;
            }

            if (Ascii.EqualsIgnoreCase(name, Combined))
            {
                style = DualStackStyle.CombinedMyIp;
                return true;
            }

            if (Ascii.EqualsIgnoreCase(name, Separate))
            {
                style = DualStackStyle.SeparateMyIpV6;
                return true;
            }

            return false;
        }

        /// <summary>Null when name is a style (or not set), else what is wrong and the three choices.</summary>
        public static string Problem(string name)
        {
            DualStackStyle style;
            return TryParse(name, out style) ? null : string.Concat("'", name, "' is not valid; use ", Choices);
        }
    }
}
