using System;
using System.Linq;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>
    /// RFC 2136 updates with TSIG against a real BIND 9 through the host's DNS transport; what the server then
    /// serves is checked twice, with the agent's own query and with dig.
    /// </summary>
    [TestClass]
    public sealed class Rfc2136BindTests
    {
        private static readonly IpAddress V4 = TestText.Ip("203.0.113.7");
        private static readonly IpAddress V6 = TestText.Ip("2001:db8::7");

        [TestMethod]
        public void AnUpdateAddsBothFamiliesAndTheServerAnswersWithThem()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string name = bind.UniqueName("home");

            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { name }, V4, V6, 120, bind.Key());

            Assert.IsTrue(rig.Exchange.Succeeded, rig.Exchange.FailureDetail);
            Assert.IsTrue(response.Accepted, response.Describe());
            AssertServes(bind, rig, name, DnsType.A, "A", V4);
            AssertServes(bind, rig, name, DnsType.AAAA, "AAAA", V6);
            string[] record = bind.Dig(name, "A", wholeRecords: true).Single().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            Assert.AreEqual("120", record[1], "the TTL given");
        }

        [TestMethod]
        public void ASecondUpdateReplacesTheAddressInsteadOfAddingOne()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string name = bind.UniqueName("moving");
            Assert.IsTrue(rig.SendUpdate(bind.Zone, new[] { name }, V4, IpAddress.None, 60, bind.Key()).Accepted);

            IpAddress next = TestText.Ip("198.51.100.9");
            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { name }, next, IpAddress.None, 60, bind.Key());

            Assert.IsTrue(response.Accepted, response.Describe());
            AssertServes(bind, rig, name, DnsType.A, "A", next);
            AddressAnswer aaaa = rig.Query(name, DnsType.AAAA, out IpAddress[] none);
            Assert.AreEqual(0, aaaa.AddressCount, "an IPv4-only update must not touch AAAA");
            Assert.AreEqual(0, none.Length);
        }

        [TestMethod]
        public void SeveralNamesChangeInOneMessage()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string[] names = { bind.UniqueName("a"), bind.UniqueName("b"), bind.UniqueName("c") };

            UpdateResponse response = rig.SendUpdate(bind.Zone, names, V4, V6, 300, bind.Key());

            Assert.IsTrue(response.Accepted, response.Describe());
            foreach (string name in names)
            {
                AssertServes(bind, rig, name, DnsType.A, "A", V4);
                AssertServes(bind, rig, name, DnsType.AAAA, "AAAA", V6);
            }
        }

        [TestMethod]
        public void AnUpdateTooLargeForUdpGoesOverTcp()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string[] names = Enumerable.Range(0, 12).Select(i => bind.UniqueName("bulk" + i)).ToArray();

            UpdateResponse response = rig.SendUpdate(bind.Zone, names, V4, V6, 300, bind.Key());

            Assert.IsTrue(rig.Exchange.RequestLength > DnsClient.MaxUdpRequest, "request of " + rig.Exchange.RequestLength + " bytes");
            Assert.AreEqual(DnsProtocol.Tcp, rig.Exchange.Protocol);
            Assert.IsTrue(response.Accepted, response.Describe());
            AssertServes(bind, rig, names[11], DnsType.AAAA, "AAAA", V6);
        }

        [TestMethod]
        public void AWrongSecretIsRefusedWithBadSig()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string name = bind.UniqueName("badsig");
            TsigKey wrongSecret = Key(bind.KeyName, bind.OtherKeySecret);

            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { name }, V4, IpAddress.None, 60, wrongSecret);

            Assert.AreEqual(UpdateProblem.SignatureRefused, response.Problem, response.Describe());
            Assert.AreEqual(DnsRcode.NotAuth, response.Rcode);
            Assert.AreEqual(DnsRcode.BadSig, response.TsigError);
            Expect.Contains(response.Describe(), "secret does not match");
            Assert.AreEqual(0, bind.Dig(name, "A").Length, "nothing was changed");
        }

        [TestMethod]
        public void AnUnknownKeyIsRefusedWithBadKey()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string name = bind.UniqueName("badkey");

            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { name }, V4, IpAddress.None, 60, Key("no-such-key", bind.KeySecret));

            Assert.AreEqual(UpdateProblem.SignatureRefused, response.Problem, response.Describe());
            Assert.AreEqual(DnsRcode.NotAuth, response.Rcode);
            Assert.AreEqual(DnsRcode.BadKey, response.TsigError);
            Expect.Contains(response.Describe(), "does not know the key");
            Assert.AreEqual(0, bind.Dig(name, "A").Length);
        }

        [TestMethod]
        public void AKeyThePolicyDoesNotGrantIsRefused()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string name = bind.UniqueName("nogrant");

            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { name }, V4, IpAddress.None, 60, bind.OtherKey());

            Assert.AreEqual(UpdateProblem.None, response.Problem, "the answer is signed and verified: " + response.Describe());
            Assert.AreEqual(DnsRcode.Refused, response.Rcode);
            Expect.Contains(response.Describe(), "update-policy");
        }

        [TestMethod]
        public void ANameOutsideTheZoneIsNotZone()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);

            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { "stray.elsewhere.example." }, V4, IpAddress.None, 60, bind.Key());

            Assert.AreEqual(UpdateProblem.None, response.Problem, response.Describe());
            Assert.AreEqual(DnsRcode.NotZone, response.Rcode);
            Expect.Contains(response.Describe(), "NOTZONE");
        }

        [TestMethod]
        public void AZoneTheServerDoesNotServeIsNotAuth()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);

            UpdateResponse response = rig.SendUpdate("other.test.", new[] { "home.other.test." }, V4, IpAddress.None, 60, bind.Key());

            Assert.AreEqual(DnsRcode.NotAuth, response.Rcode, response.Describe());
            Assert.IsFalse(response.Accepted);
        }

        [TestMethod]
        public void AClockAnHourOffIsRefusedWithBadTimeAndTheServersTime()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);
            string name = bind.UniqueName("clock");

            UpdateResponse response = rig.SendUpdate(bind.Zone, new[] { name }, V4, IpAddress.None, 60, bind.Key(), DateTime.UtcNow.AddHours(1));

            Assert.AreEqual(UpdateProblem.SignatureRefused, response.Problem, response.Describe());
            Assert.AreEqual(DnsRcode.NotAuth, response.Rcode);
            Assert.AreEqual(DnsRcode.BadTime, response.TsigError);
            long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            Assert.IsTrue(Math.Abs(response.ServerTime - now) < 60, "server time " + response.ServerTime + ", now " + now);
            Expect.Contains(response.Describe(), "clock");
            Assert.AreEqual(0, bind.Dig(name, "A").Length);
        }

        [TestMethod]
        public void TheQueryReportsANameThatDoesNotExist()
        {
            BindServer bind = BindServer.Require();
            var rig = new DnsRig(bind.Address, bind.Port);

            AddressAnswer answer = rig.Query(bind.UniqueName("absent"), DnsType.A, out IpAddress[] addresses);

            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            Assert.AreEqual(DnsRcode.NXDomain, answer.Rcode);
            Assert.IsTrue(answer.Authoritative);
            Assert.AreEqual(0, addresses.Length);
        }

        private static void AssertServes(BindServer bind, DnsRig rig, string name, int type, string typeName, IpAddress expected)
        {
            AddressAnswer answer = rig.Query(name, type, out IpAddress[] addresses);
            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            Assert.AreEqual(DnsRcode.NoError, answer.Rcode);
            Assert.IsTrue(answer.Authoritative, "the zone's own server answers authoritatively");
            CollectionAssert.AreEqual(new[] { expected }, addresses, name + " " + typeName + " per the agent's query");
            CollectionAssert.AreEqual(new[] { expected.ToString() }, bind.Dig(name, typeName), name + " " + typeName + " per dig");
        }

        private static TsigKey Key(string name, string secret)
        {
            Assert.IsTrue(TsigKey.TryCreate(name, secret, out TsigKey key, out string problem), problem);
            return key;
        }
    }
}
