#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dns;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Dns
{
    [TestClass]
    public class DnsQueryTests
    {
        [TestMethod]
        public void BuildsAQueryWithoutRecursion()
        {
            var buffer = new byte[64];
            int length = DnsQuery.Build(buffer, 0x1234, "home.ddns.test.", DnsType.AAAA);
            Assert.AreEqual(Hex.Compact("1234 0000 0001 0000 0000 0000 04686f6d65 0464646e73 0474657374 00 001c 0001"), Hex.Of(buffer, 0, length));
        }

        [TestMethod]
        public void RefusesBadNamesIdsAndSmallBuffers()
        {
            var buffer = new byte[64];
            Assert.AreEqual(-1, DnsQuery.Build(buffer, 1, "bad name", DnsType.A));
            Assert.AreEqual(-1, DnsQuery.Build(buffer, 0x10000, "home.example", DnsType.A));
            Assert.AreEqual(-1, DnsQuery.Build(buffer, -1, "home.example", DnsType.A));
            Assert.AreEqual(-1, DnsQuery.Build(new byte[29], 1, "home.example", DnsType.A)); // needs 30
            Assert.AreEqual(30, DnsQuery.Build(new byte[30], 1, "home.example", DnsType.A));
            Assert.AreEqual(-1, DnsQuery.Build(null, 1, "home.example", DnsType.A));
        }
    }
}
