#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dns;
using DdnsAgent.Http;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Dns
{
    [TestClass]
    public class DnsClientTests
    {
        private const string Answer = "0000 8400 0001 0000 0000 0000 0161 00 0001 0001";
        private const string TruncatedAnswer = "0000 8600 0001 0000 0000 0000 0161 00 0001 0001";

        [TestMethod]
        public void ASmallRequestGoesOverUdpOnce()
        {
            var transport = new ScriptedDnsTransport();
            transport.EnqueueAnswer(Hex.Bytes(Answer));
            DnsExchange exchange = Query();
            new DnsClient(transport).Send(exchange);
            Assert.AreEqual(1, transport.ExchangeCount);
            Assert.AreEqual(DnsProtocol.Udp, transport.ProtocolOf(0));
            Assert.IsTrue(exchange.Succeeded);
            Assert.IsFalse(exchange.FellBackToTcp);
            Assert.AreEqual(19, exchange.AnswerLength);
        }

        [TestMethod]
        public void ATruncatedUdpAnswerIsAskedForAgainOverTcp()
        {
            var transport = new ScriptedDnsTransport();
            transport.EnqueueAnswer(Hex.Bytes(TruncatedAnswer));
            transport.EnqueueAnswer(Hex.Bytes(Answer));
            DnsExchange exchange = Query();
            new DnsClient(transport).Send(exchange);
            Assert.AreEqual(2, transport.ExchangeCount);
            Assert.AreEqual(DnsProtocol.Udp, transport.ProtocolOf(0));
            Assert.AreEqual(DnsProtocol.Tcp, transport.ProtocolOf(1));
            Assert.IsTrue(exchange.FellBackToTcp);
            Assert.IsFalse(DnsHeader.IsTruncated(exchange.Answer, exchange.AnswerLength));
        }

        [TestMethod]
        public void ATcpFailureAfterTruncationIsReported()
        {
            var transport = new ScriptedDnsTransport();
            transport.EnqueueAnswer(Hex.Bytes(TruncatedAnswer));
            transport.EnqueueFailure(TransportFailure.ConnectFailed);
            DnsExchange exchange = Query();
            new DnsClient(transport).Send(exchange);
            Assert.AreEqual(TransportFailure.ConnectFailed, exchange.Failure);
            Assert.AreEqual(0, exchange.AnswerLength);
            Assert.IsTrue(exchange.FellBackToTcp);
        }

        [TestMethod]
        public void AFailedUdpExchangeIsNotRepeated()
        {
            var transport = new ScriptedDnsTransport();
            transport.EnqueueFailure(TransportFailure.Timeout);
            DnsExchange exchange = Query();
            new DnsClient(transport).Send(exchange);
            Assert.AreEqual(1, transport.ExchangeCount);
            Assert.AreEqual(TransportFailure.Timeout, exchange.Failure);
        }

        [TestMethod]
        public void ARequestOver512BytesGoesStraightToTcp()
        {
            var transport = new ScriptedDnsTransport();
            transport.EnqueueAnswer(Hex.Bytes(Answer));
            DnsExchange exchange = Query();
            exchange.RequestLength = 513;
            new DnsClient(transport).Send(exchange);
            Assert.AreEqual(1, transport.ExchangeCount);
            Assert.AreEqual(DnsProtocol.Tcp, transport.ProtocolOf(0));
            Assert.IsFalse(exchange.FellBackToTcp);
        }

        private static DnsExchange Query()
        {
            var exchange = new DnsExchange(1024, 512);
            exchange.Server = "127.0.0.1";
            exchange.RequestLength = DnsQuery.Build(exchange.Request, 0x4242, "a", DnsType.A);
            return exchange;
        }
    }
}
