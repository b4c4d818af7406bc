using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DdnsAgent.Dns;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Http;
using DdnsAgent.Tests.Servers;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>The host DNS transport against scripted servers on 127.0.0.1: answers, silence, refusals and damage.</summary>
    [TestClass]
    public sealed class HostDnsTransportTests
    {
        private const int QuestionBytes = 7; // "a." A IN

        [TestMethod]
        public void SendsOneDatagramAndSkipsAnswersToOtherRequests()
        {
            using var server = LoopbackDnsServer.Start();
            server.OnUdp = request =>
            {
                byte[] stale = LoopbackDnsServer.Reply(request, 0, QuestionBytes);
                stale[0] ^= 0xFF; // another ID: a late answer to some earlier request
                return new[] { stale, LoopbackDnsServer.Reply(request, 0x0400, QuestionBytes) };
            };
            DnsExchange exchange = Exchange(server.Port, DnsProtocol.Udp, 2000);

            new HostDnsTransport().Exchange(exchange);

            Assert.IsTrue(exchange.Succeeded, exchange.FailureDetail);
            Assert.AreEqual(DnsHeader.Size + QuestionBytes, exchange.AnswerLength);
            Assert.AreEqual(DnsHeader.Id(exchange.Request), DnsHeader.Id(exchange.Answer));
            Assert.AreEqual(1, server.UdpRequests, "one request on the wire");
        }

        [TestMethod]
        public void ASilentServerTimesOutWithinTheTimeout()
        {
            using var server = LoopbackDnsServer.Start();
            DnsExchange exchange = Exchange(server.Port, DnsProtocol.Udp, 400);
            var clock = Stopwatch.StartNew();

            new HostDnsTransport().Exchange(exchange);

            Assert.AreEqual(TransportFailure.Timeout, exchange.Failure);
            Expect.Contains(exchange.FailureDetail, "did not answer within 400 ms");
            Assert.IsTrue(clock.ElapsedMilliseconds >= 350 && clock.ElapsedMilliseconds < 3000, clock.ElapsedMilliseconds + " ms");
            Assert.AreEqual(1, server.UdpRequests, "no second request");
            Assert.AreEqual(0, exchange.AnswerLength);
        }

        [TestMethod]
        public void AServerThatIsDownIsUnreachableOverUdpAndTcp()
        {
            int port = FreePort();
            foreach (DnsProtocol protocol in new[] { DnsProtocol.Udp, DnsProtocol.Tcp })
            {
                DnsExchange exchange = Exchange(port, protocol, 2000);
                var clock = Stopwatch.StartNew();

                new HostDnsTransport().Exchange(exchange);

                Assert.AreEqual(TransportFailure.ConnectFailed, exchange.Failure, protocol + ": " + exchange.FailureDetail);
                Expect.Contains(exchange.FailureDetail, "connection refused");
                Assert.IsTrue(clock.ElapsedMilliseconds < 1500, protocol + " took " + clock.ElapsedMilliseconds + " ms: a refusal needs no waiting");
            }
        }

        [TestMethod]
        public void AnAnswerLargerThanTheBufferIsAFailureNotACutAnswer()
        {
            using var server = LoopbackDnsServer.Start();
            server.OnUdp = request =>
            {
                var big = new byte[600];
                Array.Copy(LoopbackDnsServer.Reply(request, 0, QuestionBytes), big, DnsHeader.Size + QuestionBytes);
                return new[] { big };
            };
            server.OnTcp = request => new byte[] { 0x02, 0x58 }; // announces 600 bytes
            foreach (DnsProtocol protocol in new[] { DnsProtocol.Udp, DnsProtocol.Tcp })
            {
                DnsExchange exchange = Exchange(server.Port, protocol, 2000, answerCapacity: 512);

                new HostDnsTransport().Exchange(exchange);

                Assert.AreEqual(TransportFailure.Other, exchange.Failure, protocol.ToString());
                Expect.Contains(exchange.FailureDetail, "longer than 512 bytes");
                Assert.AreEqual(0, exchange.AnswerLength);
            }
        }

        [TestMethod]
        public void TcpFramesTheRequestAndReadsTheWholeAnswer()
        {
            using var server = LoopbackDnsServer.Start();
            byte[] seen = null;
            server.OnTcp = request =>
            {
                seen = request;
                byte[] reply = LoopbackDnsServer.Reply(request, 0x0400, QuestionBytes);
                var framed = new byte[reply.Length + 2];
                framed[1] = (byte)reply.Length;
                reply.CopyTo(framed, 2);
                return framed;
            };
            DnsExchange exchange = Exchange(server.Port, DnsProtocol.Tcp, 2000);

            new HostDnsTransport().Exchange(exchange);

            Assert.IsTrue(exchange.Succeeded, exchange.FailureDetail);
            CollectionAssert.AreEqual(exchange.Request[..exchange.RequestLength], seen);
            Assert.AreEqual(DnsHeader.Size + QuestionBytes, exchange.AnswerLength);
        }

        [TestMethod]
        public void ATcpConnectionClosedMidAnswerIsAReset()
        {
            using var server = LoopbackDnsServer.Start();
            server.OnTcp = request => new byte[] { 0x00, 0x40, 0x12, 0x34 }; // 64 bytes announced, 2 sent
            DnsExchange exchange = Exchange(server.Port, DnsProtocol.Tcp, 2000);

            new HostDnsTransport().Exchange(exchange);

            Assert.AreEqual(TransportFailure.ConnectionReset, exchange.Failure, exchange.FailureDetail);
            Expect.Contains(exchange.FailureDetail, "closed the connection");
        }

        [TestMethod]
        public void ASilentTcpServerTimesOut()
        {
            using var server = LoopbackDnsServer.Start();
            server.TcpHoldOpenMilliseconds = 5000;
            DnsExchange exchange = Exchange(server.Port, DnsProtocol.Tcp, 400);
            var clock = Stopwatch.StartNew();

            new HostDnsTransport().Exchange(exchange);

            Assert.AreEqual(TransportFailure.Timeout, exchange.Failure, exchange.FailureDetail);
            Assert.IsTrue(clock.ElapsedMilliseconds < 3000, clock.ElapsedMilliseconds + " ms");
        }

        [TestMethod]
        public void AHostNameIsResolvedFirst()
        {
            using var server = LoopbackDnsServer.Start();
            server.OnUdp = request => new[] { LoopbackDnsServer.Reply(request, 0, QuestionBytes) };
            DnsExchange exchange = Exchange(server.Port, DnsProtocol.Udp, 2000);
            exchange.Server = "localhost";

            new HostDnsTransport().Exchange(exchange);

            Assert.IsTrue(exchange.Succeeded, exchange.FailureDetail);
        }

        private static DnsExchange Exchange(int port, DnsProtocol protocol, int timeout, int answerCapacity = 2048)
        {
            var exchange = new DnsExchange(512, answerCapacity)
            {
                Server = "127.0.0.1",
                Port = port,
                Protocol = protocol,
                TimeoutMilliseconds = timeout,
            };
            exchange.RequestLength = DnsQuery.Build(exchange.Request, 0x5A5A, "a", DnsType.A);
            return exchange;
        }

        // A port nothing listens on, TCP or UDP: bound, noted, released.
        private static int FreePort()
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            return ((IPEndPoint)probe.LocalEndPoint).Port;
        }
    }
}
