namespace DdnsAgent.Protocol
{
    /// <summary>Every answer code of the dyndns2 family (see docs/dyndns2.md), plus Unknown for anything else.</summary>
    public enum ResultCode : byte
    {
        None = 0,
        Good,
        NoChange,
        BadAuth,
        NotDonator,
        NotFqdn,
        NoHost,
        NumHost,
        Abuse,
        BadAgent,
        BadSys,
        NotYours,
        DnsError,
        ServerError911,

        /// <summary>"good 127.0.0.1": the provider ignored the request because it does not accept the agent.</summary>
        AgentRefused,

        /// <summary>Hurricane Electric: updates too frequent.</summary>
        Interval,

        /// <summary>Hurricane Electric: no IPv4 address given for an A record.</summary>
        NoIPv4,

        /// <summary>Hurricane Electric: no IPv6 address given for an AAAA record.</summary>
        NoIPv6,

        /// <summary>Text the agent does not know; kept for the user and retried later.</summary>
        Unknown,
    }
}
