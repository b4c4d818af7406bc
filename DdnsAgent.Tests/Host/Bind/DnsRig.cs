using System;
using System.Linq;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Ports;
using DdnsAgent.Rfc2136;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>
    /// The RFC 2136 building blocks wired the way an engine adapter will wire them: one exchange with reused
    /// buffers, the update builder and reader, the address query, and <see cref="DnsClient"/> over a transport
    /// (the host's sockets unless a test gives another).
    /// </summary>
    internal sealed class DnsRig
    {
        private static readonly Random Ids = new Random();

        public DnsRig(string server, int port, IDnsTransport transport = null)
        {
            Exchange.Server = server;
            Exchange.Port = port;
            Exchange.TimeoutMilliseconds = 3000;
            Client = new DnsClient(transport ?? new HostDnsTransport());
        }

        public DnsExchange Exchange { get; } = new DnsExchange();

        public UpdateMessage Update { get; } = new UpdateMessage();

        public UpdateResponseReader Reader { get; } = new UpdateResponseReader();

        public AddressAnswerReader Answers { get; } = new AddressAnswerReader();

        public DnsClient Client { get; }

        /// <summary>Builds, signs and sends an UPDATE; the transport's failure, if any, is in <see cref="Exchange"/>.</summary>
        public UpdateResponse SendUpdate(string zone, string[] names, IpAddress v4, IpAddress v6, int ttl, TsigKey key, DateTime? now = null)
        {
            int id = NextId();
            DateTime time = now ?? DateTime.UtcNow;
            Assert.IsTrue(
                Update.TryBuild(Exchange.Request, id, zone, names, 0, names.Length, v4, v6, ttl, key, time, out int length, out UpdateBuildError error),
                UpdateMessage.Describe(error));
            Exchange.RequestLength = length;
            Client.Send(Exchange);
            return Reader.Parse(Exchange.Answer, Exchange.AnswerLength, id, key, Update.RequestMac, DateTime.UtcNow);
        }

        /// <summary>Asks for the name's A or AAAA records (recursion off) and returns what the answer said.</summary>
        public AddressAnswer Query(string name, int type, out IpAddress[] addresses)
        {
            int id = NextId();
            Exchange.RequestLength = DnsQuery.Build(Exchange.Request, id, name, type);
            Assert.IsTrue(Exchange.RequestLength > 0);
            Client.Send(Exchange);
            Assert.IsTrue(Exchange.Succeeded, Exchange.FailureDetail);
            var found = new IpAddress[64];
            AddressAnswer answer = Answers.Parse(Exchange.Answer, Exchange.AnswerLength, id, name, type, found);
            addresses = found.Take(Math.Min(answer.AddressCount, found.Length)).ToArray();
            return answer;
        }

        private static int NextId()
        {
            lock (Ids)
            {
                return Ids.Next(0, 0x10000);
            }
        }
    }
}
