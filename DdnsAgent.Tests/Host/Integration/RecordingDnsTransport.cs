using System.Collections.Generic;
using DdnsAgent.Dns;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>What the agent asked of the DNS transport for one exchange, and what came back.</summary>
    public sealed class DnsCall
    {
        public string Server { get; set; }

        public int Port { get; set; }

        public DnsProtocol Protocol { get; set; }

        /// <summary>The request's opcode: 0 for a query, 5 for an UPDATE.</summary>
        public int Opcode { get; set; }

        public bool IsUpdate => Opcode == DnsHeader.OpcodeUpdate;

        public int AnswerLength { get; set; }

        public TransportFailure Failure { get; set; }

        public string FailureDetail { get; set; }

        public override string ToString() => (IsUpdate ? "UPDATE " : "QUERY ") + Server + ":" + Port + " " + Protocol + " " + Failure;
    }

    /// <summary>Sits between the agent and the host's real DNS transport and records every exchange; the exchange stays the real one.</summary>
    public sealed class RecordingDnsTransport : IDnsTransport
    {
        private readonly IDnsTransport _inner;
        private readonly List<DnsCall> _calls = new List<DnsCall>();

        public RecordingDnsTransport(IDnsTransport inner)
        {
            _inner = inner;
        }

        public IReadOnlyList<DnsCall> Calls => _calls;

        public List<DnsCall> Updates() => _calls.FindAll(c => c.IsUpdate);

        public List<DnsCall> Queries() => _calls.FindAll(c => !c.IsUpdate);

        public void Exchange(DnsExchange exchange)
        {
            var call = new DnsCall { Server = exchange.Server, Port = exchange.Port, Protocol = exchange.Protocol, Opcode = DnsHeader.Opcode(exchange.Request) };
            _inner.Exchange(exchange);
            call.AnswerLength = exchange.AnswerLength;
            call.Failure = exchange.Failure;
            call.FailureDetail = exchange.FailureDetail;
            _calls.Add(call);
        }
    }
}
