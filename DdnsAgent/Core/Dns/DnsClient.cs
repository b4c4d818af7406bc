using DdnsAgent.Ports;

namespace DdnsAgent.Dns
{
    /// <summary>
    /// Sends a DNS request the way RFC 1035 (4.2) and RFC 7766 ask: over UDP when it fits in 512 bytes,
    /// otherwise over TCP; and when the UDP answer comes back truncated (TC), the same request once more over
    /// TCP, which <see cref="DnsExchange.FellBackToTcp"/> records. An UPDATE sent twice this way is harmless:
    /// it deletes and adds the same records.
    /// </summary>
    public sealed class DnsClient
    {
        /// <summary>The largest request sent over UDP (no EDNS).</summary>
        public const int MaxUdpRequest = 512;

        private readonly IDnsTransport _transport;

        public DnsClient(IDnsTransport transport)
        {
            _transport = transport;
        }

        /// <summary>Runs the exchange; the answer or the failure is in it afterwards.</summary>
        public void Send(DnsExchange exchange)
        {
            exchange.FellBackToTcp = false;
            exchange.ClearAnswer();
            exchange.Protocol = exchange.RequestLength > MaxUdpRequest ? DnsProtocol.Tcp : DnsProtocol.Udp;
            _transport.Exchange(exchange);
            if (exchange.Protocol == DnsProtocol.Udp && exchange.Succeeded && DnsHeader.IsTruncated(exchange.Answer, exchange.AnswerLength))
            {
                exchange.ClearAnswer();
                exchange.Protocol = DnsProtocol.Tcp;
                exchange.FellBackToTcp = true;
                _transport.Exchange(exchange);
            }
        }
    }
}
