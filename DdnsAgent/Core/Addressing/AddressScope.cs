namespace DdnsAgent.Addressing
{
    /// <summary>Where an address is routable. Only <see cref="Public"/> may ever be registered.</summary>
    public enum AddressScope
    {
        Public = 0,
        Unspecified,
        Loopback,
        Private,
        LinkLocal,
        SharedCgnat,
        Documentation,
        Benchmarking,
        Multicast,
        Broadcast,
        UniqueLocal,
        Ipv4Mapped,
        Reserved,
    }
}
