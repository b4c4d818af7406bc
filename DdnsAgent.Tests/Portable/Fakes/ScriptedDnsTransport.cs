using System.Collections;
using DdnsAgent.Dns;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>
    /// A DNS transport that plays scripted replies in order (an answer's bytes, or a failure) and records the
    /// protocol of every exchange. With nothing left to play it times out, like a dead server.
    /// </summary>
    public sealed class ScriptedDnsTransport : IDnsTransport
    {
        private readonly ArrayList _replies = new ArrayList();
        private readonly ArrayList _protocols = new ArrayList();

        public int ExchangeCount => _protocols.Count;

        public DnsProtocol ProtocolOf(int exchange)
        {
            return (DnsProtocol)_protocols[exchange];
        }

        /// <summary>Queues an answer; its first two bytes are replaced by the request's ID, as a real server does.</summary>
        public void EnqueueAnswer(byte[] answer)
        {
            _replies.Add(answer);
        }

        public void EnqueueFailure(TransportFailure failure)
        {
            _replies.Add(failure);
        }

        public void Exchange(DnsExchange exchange)
        {
            _protocols.Add(exchange.Protocol);
            object reply = _replies.Count == 0 ? (object)TransportFailure.Timeout : _replies[0];
            if (_replies.Count > 0)
            {
                _replies.RemoveAt(0);
            }

            byte[] answer = reply as byte[];
            if (answer == null)
            {
                exchange.Failure = (TransportFailure)reply;
                exchange.FailureDetail = "scripted failure";
                return;
            }

            System.Array.Copy(answer, exchange.Answer, answer.Length);
            exchange.Answer[0] = exchange.Request[0];
            exchange.Answer[1] = exchange.Request[1];
            exchange.AnswerLength = answer.Length;
        }
    }
}
