using System.Linq;
using System.Net;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Servers;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>
    /// A truncated UDP answer (TC) sends the same request again over TCP: once from a front end that truncates
    /// every UDP answer and passes TCP through to BIND, once from BIND itself with a name too big for UDP.
    /// </summary>
    [TestClass]
    public sealed class TcpFallbackBindTests
    {
        [TestMethod]
        public void AnUpdateTruncatedOverUdpIsSentAgainOverTcpAndApplied()
        {
            BindServer bind = BindServer.Require();
            using var front = TruncatingFrontEnd(bind);
            var rig = new DnsRig("127.0.0.1", front.Port);
            string name = bind.UniqueName("fallback");
            IpAddress v4 = TestText.Ip("192.0.2.44");

            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { name }, v4, IpAddress.None, 60, bind.Key());

            Assert.IsTrue(rig.Exchange.FellBackToTcp);
            Assert.AreEqual(1, front.UdpRequests);
            Assert.AreEqual(1, front.TcpConnections);
            Assert.IsTrue(response.Accepted, response.Describe());
            CollectionAssert.AreEqual(new[] { "192.0.2.44" }, bind.Dig(name, "A"));
        }

        [TestMethod]
        public void AQueryTruncatedOverUdpIsAskedAgainOverTcp()
        {
            BindServer bind = BindServer.Require();
            string name = bind.UniqueName("front");
            bind.NsUpdate("update add " + name + " 60 A 192.0.2.45");
            using var front = TruncatingFrontEnd(bind);
            var rig = new DnsRig("127.0.0.1", front.Port);

            AddressAnswer answer = rig.Query(name, DnsType.A, out IpAddress[] addresses);

            Assert.IsTrue(rig.Exchange.FellBackToTcp);
            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            CollectionAssert.AreEqual(new[] { TestText.Ip("192.0.2.45") }, addresses);
        }

        [TestMethod]
        public void BindsOwnTruncatedAnswerIsCompletedOverTcp()
        {
            BindServer bind = BindServer.Require();
            string name = bind.UniqueName("crowded");
            string[] adds = Enumerable.Range(1, 40).Select(i => "update add " + name + " 60 AAAA 2001:db8::" + i.ToString("x")).ToArray();
            bind.NsUpdate(adds);
            var rig = new DnsRig(bind.Address, bind.Port);

            AddressAnswer answer = rig.Query(name, DnsType.AAAA, out IpAddress[] addresses);

            Assert.IsTrue(rig.Exchange.FellBackToTcp, "40 AAAA records do not fit in 512 bytes, so BIND sets TC over UDP");
            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            Assert.AreEqual(40, answer.AddressCount);
            Assert.IsTrue(addresses.Contains(TestText.Ip("2001:db8::28")));
            Assert.AreEqual(40, bind.Dig(name, "AAAA").Length, "dig sees the same 40");
        }

        private static LoopbackDnsServer TruncatingFrontEnd(BindServer bind)
        {
            var front = LoopbackDnsServer.Start();
            front.OnUdp = request => new[] { LoopbackDnsServer.Reply(request, 0x0200, 0) }; // header only, TC set
            front.ForwardTcpTo = new IPEndPoint(IPAddress.Loopback, bind.Port);
            return front;
        }
    }
}
