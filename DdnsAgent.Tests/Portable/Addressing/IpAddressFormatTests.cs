#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;

namespace DdnsAgent.Tests.Addressing
{
    [TestClass]
    public class IpAddressFormatTests
    {
        // Input text, then its canonical form (RFC 5952 for IPv6).
        private static readonly string[] Canonical = new string[]
        {
            "0.0.0.0", "0.0.0.0",
            "1.2.3.4", "1.2.3.4",
            "255.255.255.255", "255.255.255.255",
            "100.64.0.1", "100.64.0.1",
            "10.20.30.40", "10.20.30.40",
            "::", "::",
            "::1", "::1",
            "1::", "1::",
            "2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1",
            "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1",
            "2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1",
            "2001:db8::0:1", "2001:db8::1",
            "2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1",
            "2001:db8:1:0:1:0:1:0", "2001:db8:1:0:1:0:1:0",
            "0:0:1:0:0:0:0:0", "0:0:1::",
            "1:0:0:2:0:0:0:3", "1:0:0:2::3",
            "1:0:0:2:0:0:3:4", "1::2:0:0:3:4",
            "0:0:0:0:0:0:0:1", "::1",
            "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:0", "1:2:3:4:5:6:7:0",
            "0:2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8",
            "abcd:EF01:0023:0004:0000:0000:0000:0000", "abcd:ef01:23:4::",
            "FFFF:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "::ffff:1.2.3.4", "::ffff:1.2.3.4",
            "0:0:0:0:0:FFFF:c000:0280", "::ffff:192.0.2.128",
            "::ffff:0.0.0.0", "::ffff:0.0.0.0",
            "64:ff9b::1.2.3.4", "64:ff9b::102:304",
            "::1.2.3.4", "::102:304",
            "fe80::1", "fe80::1",
        };

        [TestMethod]
        public void FormatsCanonicallyAsBytesAndChars()
        {
            for (int i = 0; i < Canonical.Length; i += 2)
            {
                var address = Parse(Canonical[i]);
                string expected = Canonical[i + 1];

                var bytes = new byte[IpAddress.MaxTextLength + 3];
                int written = address.FormatTo(bytes, 3);
                Assert.AreEqual(expected.Length, written, "bytes written for " + Canonical[i]);
                for (int k = 0; k < written; k++)
                {
                    Assert.AreEqual((byte)expected[k], bytes[3 + k], "byte " + k + " of " + Canonical[i]);
                }

                var chars = new char[IpAddress.MaxTextLength];
                written = address.FormatTo(chars, 0);
                Assert.AreEqual(expected, new string(chars, 0, written), "chars for " + Canonical[i]);
                Assert.AreEqual(expected, address.ToString(), "ToString for " + Canonical[i]);
            }
        }

        [TestMethod]
        public void CanonicalTextParsesBackToTheSameAddress()
        {
            for (int i = 0; i < Canonical.Length; i += 2)
            {
                var address = Parse(Canonical[i]);
                var again = Parse(address.ToString());
                Assert.IsTrue(address == again, "round trip of " + Canonical[i]);
                Assert.AreEqual(address.ToString(), again.ToString(), "canonical text is stable for " + Canonical[i]);
            }
        }

        [TestMethod]
        public void LongestFormFitsMaxTextLength()
        {
            var address = Parse("::ffff:255.255.255.255");
            Assert.AreEqual("::ffff:255.255.255.255", address.ToString());
            var widest = IpAddress.FromIPv6(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF);
            var bytes = new byte[IpAddress.MaxTextLength];
            Assert.AreEqual(39, widest.FormatTo(bytes, 0));
        }

        [TestMethod]
        public void NoneFormatsAsNothing()
        {
            var bytes = new byte[IpAddress.MaxTextLength];
            Assert.AreEqual(0, IpAddress.None.FormatTo(bytes, 0));
            Assert.AreEqual(string.Empty, IpAddress.None.ToString());
        }

        [TestMethod]
        public void ADestinationWithoutRoomIsRefused()
        {
            var address = Parse("1.2.3.4");
            var small = new byte[IpAddress.MaxTextLength + 2];
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => address.FormatTo(small, 3));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => address.FormatTo(new char[10], 0));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => address.FormatTo(small, -1));
        }

        [TestMethod]
        public void EqualityComparesFamilyAndValue()
        {
            var a = Parse("1.2.3.4");
            var b = Parse("1.2.3.4");
            var c = Parse("1.2.3.5");
            var mapped = Parse("::ffff:1.2.3.4");
            var v6 = Parse("::102:304");
            Assert.IsTrue(a == b);
            Assert.IsFalse(a != b);
            Assert.IsTrue(a.Equals(b));
            Assert.IsTrue(a.Equals((object)b));
            Assert.AreEqual(a.GetHashCode(), b.GetHashCode());
            Assert.IsTrue(a != c);
            Assert.IsFalse(a == mapped, "IPv4 and IPv4-mapped IPv6 are different addresses");
            Assert.IsFalse(a == v6, "same low bits, other family");
            Assert.IsFalse(a.Equals((object)null));
            Assert.IsFalse(a.Equals((object)"1.2.3.4"));
            Assert.IsTrue(IpAddress.None == default(IpAddress));
            Assert.IsTrue(IpAddress.None.IsNone);
            Assert.IsFalse(a.IsNone);
        }

        internal static IpAddress Parse(string text)
        {
            IpAddress address;
            AddressParseError error;
            Assert.IsTrue(IpAddress.TryParse(text, out address, out error), "test data should parse: " + text);
            return address;
        }
    }
}
