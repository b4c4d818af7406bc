namespace DdnsAgent.Dns
{
    /// <summary>How a DNS message travels: one UDP datagram each way, or TCP with a 2-byte length before each message.</summary>
    public enum DnsProtocol
    {
        Udp = 0,
        Tcp = 1,
    }
}
