namespace DdnsAgent.Tests.Servers
{
    /// <summary>How an emulated provider takes the addresses to register (see docs/dyndns2.md).</summary>
    public enum Dyndns2AddressStyle
    {
        /// <summary>myip holds one IPv4 address; IPv6 is not supported (dynv6's dyndns2 endpoint).</summary>
        IPv4Only,

        /// <summary>myip holds one address of either family, or "V4,V6" (Dyn v3, No-IP).</summary>
        Combined,

        /// <summary>myip holds IPv4, myipv6 holds IPv6; "preserve" keeps a family (deSEC, Dynu, INWX).</summary>
        SeparateIPv6Parameter,
    }
}
