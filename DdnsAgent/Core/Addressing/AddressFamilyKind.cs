namespace DdnsAgent.Addressing
{
    /// <summary>Which kind of address a value holds. Named apart from System.Net.Sockets.AddressFamily on purpose.</summary>
    public enum AddressFamilyKind
    {
        None = 0,
        IPv4 = 4,
        IPv6 = 6,
    }
}
