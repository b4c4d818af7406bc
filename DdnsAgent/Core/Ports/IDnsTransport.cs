using DdnsAgent.Dns;

namespace DdnsAgent.Ports
{
    /// <summary>
    /// One DNS exchange: sends <see cref="DnsExchange.Request"/> to Server:Port over
    /// <see cref="DnsExchange.Protocol"/> and waits, at most <see cref="DnsExchange.TimeoutMilliseconds"/> in
    /// all, for one answer. UDP: one datagram out; the answer is the first datagram from that address and port
    /// whose ID is the request's. TCP: one connection, a 2-byte length before the request and the answer.
    /// An implementation copies at most Answer.Length bytes (a longer answer is a failure, not a cut one),
    /// never sends twice, and reports network faults in <see cref="DnsExchange.Failure"/> instead of throwing.
    /// </summary>
    public interface IDnsTransport
    {
        void Exchange(DnsExchange exchange);
    }
}
