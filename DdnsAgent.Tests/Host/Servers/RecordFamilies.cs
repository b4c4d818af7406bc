using System;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>Which address records a host has; used by the Hurricane Electric mode (noipv4 / noipv6).</summary>
    [Flags]
    public enum RecordFamilies
    {
        None = 0,
        IPv4 = 1,
        IPv6 = 2,
        Both = IPv4 | IPv6,
    }
}
