namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// Says which requests an address change needs, given how the provider takes the two families:
    /// one request for both, one per family (Hurricane Electric), or IPv4 only. The engine sends one
    /// request per plan entry (times the host batches), passing IpAddress.None for a family the entry
    /// does not carry.
    /// </summary>
    public static class RequestPlanner
    {
        /// <summary>The longest plan: one request per family.</summary>
        public const int MaxRequests = 2;

        /// <summary>
        /// Fills plan (length at least <see cref="MaxRequests"/>) and returns how many requests to send.
        /// IPv4Only drops IPv6: configuration refuses IPv6 with such a provider (see <see cref="CanSendIPv6"/>).
        /// </summary>
        public static int Plan(DualStackStyle style, bool sendV4, bool sendV6, RequestFamilies[] plan)
        {
            if (style == DualStackStyle.IPv4Only)
            {
                sendV6 = false;
            }

            if (!sendV4 && !sendV6)
            {
                return 0;
            }

            if (style == DualStackStyle.OneRequestPerFamily && sendV4 && sendV6)
            {
                plan[0] = RequestFamilies.IPv4;
                plan[1] = RequestFamilies.IPv6;
                return 2;
            }

            plan[0] = sendV4 && sendV6 ? RequestFamilies.Both : (sendV4 ? RequestFamilies.IPv4 : RequestFamilies.IPv6);
            return 1;
        }

        /// <summary>True when some request can carry an IPv6 address.</summary>
        public static bool CanSendIPv6(DualStackStyle style) => style != DualStackStyle.IPv4Only;

        /// <summary>How many requests the hosts need at this many hosts per request.</summary>
        public static int BatchCount(int hostCount, int maxHostsPerRequest)
        {
            return hostCount <= 0 ? 0 : (hostCount + maxHostsPerRequest - 1) / maxHostsPerRequest;
        }
    }
}
