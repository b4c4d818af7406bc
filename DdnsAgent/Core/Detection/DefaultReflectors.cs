using DdnsAgent.Addressing;

namespace DdnsAgent.Detection
{
    /// <summary>
    /// The reflectors used when the user configures none (see docs/dyndns2.md), in the order asked.
    /// All are HTTPS and answer plain text. ifconfig.me serves both families and answers with whichever
    /// the connection used, so it comes last; a wrong-family answer is rejected and the next is asked.
    /// checkip.dyndns.org is left out on purpose: it speaks plain http only, so its answer can be
    /// altered on the way. A user may still configure it; it then gets the 10-minute spacing Dyn asks for.
    /// </summary>
    public static class DefaultReflectors
    {
        /// <summary>
        /// Spacing for reflectors that publish no limit: one question every 30 s at most. Shorter than the
        /// shortest check interval (60 s, less 10% of jitter), so that every scheduled check may ask afresh; a
        /// check the network triggers sooner reuses the answer.
        /// </summary>
        public const int DefaultSpacingSeconds = 30;

        /// <summary>Dyn asks clients to query checkip.dyndns.org at most once every 10 minutes.</summary>
        public const int CheckIpDyndnsSpacingSeconds = 600;

        private const string CheckIpDyndnsHost = "checkip.dyndns.org";

        /// <summary>
        /// A new array each call (configuration time); the order is the asking order. None gives the IPv4
        /// list followed by the IPv6 list, ready for a dual-stack detector.
        /// </summary>
        public static Reflector[] For(AddressFamilyKind family)
        {
            if (family == AddressFamilyKind.None)
            {
                var v4 = For(AddressFamilyKind.IPv4);
                var v6 = For(AddressFamilyKind.IPv6);
                var both = new Reflector[v4.Length + v6.Length];
                for (int i = 0; i < both.Length; i++)
                {
                    both[i] = i < v4.Length ? v4[i] : v6[i - v4.Length];
                }

                return both;
            }

            if (family == AddressFamilyKind.IPv6)
            {
                return new Reflector[]
                {
                    Https("api6.ipify.org", "/", family),
                    Https("ipv6.icanhazip.com", "/", family),
                    Https("ifconfig.me", "/ip", family),
                };
            }

            if (family == AddressFamilyKind.IPv4)
            {
                return new Reflector[]
                {
                    Https("api.ipify.org", "/", family),
                    Https("ipv4.icanhazip.com", "/", family),
                    Https("checkip.amazonaws.com", "/", family),
                    Https("ifconfig.me", "/ip", family),
                };
            }

            return new Reflector[0];
        }

        /// <summary>The minimum spacing for a reflector host (lowercase): documented limits first, else the default.</summary>
        public static int SpacingFor(string host) =>
            host == CheckIpDyndnsHost ? CheckIpDyndnsSpacingSeconds : DefaultSpacingSeconds;

        private static Reflector Https(string host, string path, AddressFamilyKind family) =>
            new Reflector(host, true, host, 443, path, family, DefaultSpacingSeconds);
    }
}
