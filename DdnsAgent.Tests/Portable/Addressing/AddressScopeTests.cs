#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;

namespace DdnsAgent.Tests.Addressing
{
    [TestClass]
    public class AddressScopeTests
    {
        private sealed class Case
        {
            public Case(string text, AddressScope scope)
            {
                Text = text;
                Scope = scope;
            }

            public string Text { get; }
            public AddressScope Scope { get; }
        }

        // Each block's first, last and just-outside addresses where the edge matters.
        private static readonly Case[] Cases = new Case[]
        {
            new Case("0.0.0.0", AddressScope.Unspecified),
            new Case("0.255.255.255", AddressScope.Unspecified),
            new Case("1.0.0.0", AddressScope.Public),
            new Case("8.8.8.8", AddressScope.Public),
            new Case("10.0.0.0", AddressScope.Private),
            new Case("10.255.255.255", AddressScope.Private),
            new Case("11.0.0.0", AddressScope.Public),
            new Case("172.15.255.255", AddressScope.Public),
            new Case("172.16.0.0", AddressScope.Private),
            new Case("172.31.255.255", AddressScope.Private),
            new Case("172.32.0.0", AddressScope.Public),
            new Case("192.168.0.0", AddressScope.Private),
            new Case("192.168.255.255", AddressScope.Private),
            new Case("192.169.0.0", AddressScope.Public),
            new Case("100.63.255.255", AddressScope.Public),
            new Case("100.64.0.0", AddressScope.SharedCgnat),
            new Case("100.127.255.255", AddressScope.SharedCgnat),
            new Case("100.128.0.0", AddressScope.Public),
            new Case("127.0.0.1", AddressScope.Loopback),
            new Case("127.255.255.255", AddressScope.Loopback),
            new Case("169.254.0.1", AddressScope.LinkLocal),
            new Case("169.255.0.1", AddressScope.Public),
            new Case("192.0.0.0", AddressScope.Reserved),
            new Case("192.0.0.255", AddressScope.Reserved),
            new Case("192.0.1.0", AddressScope.Public),
            new Case("192.0.2.0", AddressScope.Documentation),
            new Case("192.0.2.255", AddressScope.Documentation),
            new Case("192.0.3.0", AddressScope.Public),
            new Case("192.88.99.1", AddressScope.Reserved),
            new Case("198.51.100.7", AddressScope.Documentation),
            new Case("203.0.113.200", AddressScope.Documentation),
            new Case("203.0.114.0", AddressScope.Public),
            new Case("198.17.255.255", AddressScope.Public),
            new Case("198.18.0.0", AddressScope.Benchmarking),
            new Case("198.19.255.255", AddressScope.Benchmarking),
            new Case("198.20.0.0", AddressScope.Public),
            new Case("223.255.255.255", AddressScope.Public),
            new Case("224.0.0.1", AddressScope.Multicast),
            new Case("239.255.255.255", AddressScope.Multicast),
            new Case("240.0.0.0", AddressScope.Reserved),
            new Case("255.255.255.254", AddressScope.Reserved),
            new Case("255.255.255.255", AddressScope.Broadcast),
            new Case("::", AddressScope.Unspecified),
            new Case("::1", AddressScope.Loopback),
            new Case("::2", AddressScope.Reserved),
            new Case("::ffff:8.8.8.8", AddressScope.Ipv4Mapped),
            new Case("::1.2.3.4", AddressScope.Reserved),
            new Case("64:ff9b::8.8.8.8", AddressScope.Reserved),
            new Case("64:ff9b:1::1", AddressScope.Reserved),
            new Case("100::1", AddressScope.Reserved),
            new Case("1fff:ffff::1", AddressScope.Reserved),
            new Case("2000::1", AddressScope.Public),
            new Case("2001::1", AddressScope.Reserved),
            new Case("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressScope.Reserved),
            new Case("2001:1ff:ffff::1", AddressScope.Reserved),
            new Case("2001:200::1", AddressScope.Public),
            new Case("2001:2::1", AddressScope.Benchmarking),
            new Case("2001:2:0:ffff::1", AddressScope.Benchmarking),
            new Case("2001:2:1::1", AddressScope.Reserved),
            new Case("2001:db7:ffff::1", AddressScope.Public),
            new Case("2001:db8::1", AddressScope.Documentation),
            new Case("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", AddressScope.Documentation),
            new Case("2001:db9::1", AddressScope.Public),
            new Case("2001:4860:4860::8888", AddressScope.Public),
            new Case("2002:c000:0201::1", AddressScope.Reserved),
            new Case("2003::1", AddressScope.Public),
            new Case("2a00:1450:4001::1", AddressScope.Public),
            new Case("3ffe:ffff::1", AddressScope.Public),
            new Case("3fff::1", AddressScope.Documentation),
            new Case("3fff:0fff:ffff::1", AddressScope.Documentation),
            new Case("3fff:1000::1", AddressScope.Public),
            new Case("4000::1", AddressScope.Reserved),
            new Case("fbff::1", AddressScope.Reserved),
            new Case("fc00::1", AddressScope.UniqueLocal),
            new Case("fd12:3456:789a::1", AddressScope.UniqueLocal),
            new Case("fe7f::1", AddressScope.Reserved),
            new Case("fe80::1", AddressScope.LinkLocal),
            new Case("febf:ffff::1", AddressScope.LinkLocal),
            new Case("fec0::1", AddressScope.Reserved),
            new Case("ff02::1", AddressScope.Multicast),
            new Case("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressScope.Multicast),
        };

        [TestMethod]
        public void ClassifiesEverySpecialBlock()
        {
            for (int i = 0; i < Cases.Length; i++)
            {
                var address = IpAddressFormatTests.Parse(Cases[i].Text);
                Assert.AreEqual(Cases[i].Scope, address.Scope, "scope of " + Cases[i].Text);
                Assert.AreEqual(Cases[i].Scope == AddressScope.Public, address.IsPublic, "IsPublic of " + Cases[i].Text);
            }
        }

        [TestMethod]
        public void NoneIsNeverPublic()
        {
            Assert.AreEqual(AddressScope.Unspecified, IpAddress.None.Scope);
            Assert.IsFalse(IpAddress.None.IsPublic);
        }

        [TestMethod]
        public void EveryScopeHasItsOwnWords()
        {
            var scopes = new AddressScope[]
            {
                AddressScope.Public, AddressScope.Unspecified, AddressScope.Loopback, AddressScope.Private,
                AddressScope.LinkLocal, AddressScope.SharedCgnat, AddressScope.Documentation, AddressScope.Benchmarking,
                AddressScope.Multicast, AddressScope.Broadcast, AddressScope.UniqueLocal, AddressScope.Ipv4Mapped,
                AddressScope.Reserved,
            };
            for (int i = 0; i < scopes.Length; i++)
            {
                string words = AddressScopes.Describe(scopes[i]);
                Assert.IsTrue(words != null && words.Length > 0, "words for scope " + i);
                for (int k = 0; k < i; k++)
                {
                    Assert.AreNotEqual(AddressScopes.Describe(scopes[k]), words, "scopes " + k + " and " + i + " read the same");
                }
            }
        }
    }
}
