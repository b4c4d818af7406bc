namespace DdnsAgent.Dyndns2
{
    /// <summary>How a provider wants IPv4 and IPv6 addresses in the update request.</summary>
    public enum DualStackStyle : byte
    {
        /// <summary>One parameter for both: <c>myip=V4,V6</c> (Dyn v3, No-IP).</summary>
        CombinedMyIp = 0,

        /// <summary>IPv4 in <c>myip</c>, IPv6 in <c>myipv6</c> (deSEC, Dynu, INWX).</summary>
        SeparateMyIpV6,

        /// <summary>One request per family, the address in <c>myip</c> either way (Hurricane Electric).</summary>
        OneRequestPerFamily,

        /// <summary>The endpoint takes IPv4 only (dynv6's dyndns2 endpoint).</summary>
        IPv4Only,
    }
}
