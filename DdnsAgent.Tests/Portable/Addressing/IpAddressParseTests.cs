#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;

namespace DdnsAgent.Tests.Addressing
{
    [TestClass]
    public class IpAddressParseTests
    {
        private sealed class Valid
        {
            public Valid(string text, AddressFamilyKind family, ulong high, ulong low)
            {
                Text = text;
                Family = family;
                High = high;
                Low = low;
            }

            public string Text { get; }
            public AddressFamilyKind Family { get; }
            public ulong High { get; }
            public ulong Low { get; }
        }

        private sealed class Invalid
        {
            public Invalid(string text, AddressParseError error)
            {
                Text = text;
                Error = error;
            }

            public string Text { get; }
            public AddressParseError Error { get; }
        }

        private const AddressFamilyKind V4 = AddressFamilyKind.IPv4;
        private const AddressFamilyKind V6 = AddressFamilyKind.IPv6;

        private static readonly Valid[] ValidCases = new Valid[]
        {
            new Valid("0.0.0.0", V4, 0, 0),
            new Valid("1.2.3.4", V4, 0, 0x01020304),
            new Valid("255.255.255.255", V4, 0, 0xFFFFFFFF),
            new Valid("203.0.113.7", V4, 0, 0xCB007107),
            new Valid("10.0.0.10", V4, 0, 0x0A00000A),
            new Valid("192.168.100.200", V4, 0, 0xC0A864C8),
            new Valid("::", V6, 0, 0),
            new Valid("::1", V6, 0, 1),
            new Valid("1::", V6, 0x0001000000000000, 0),
            new Valid("2001:db8::1", V6, 0x20010DB800000000, 1),
            new Valid("2001:DB8::1", V6, 0x20010DB800000000, 1),
            new Valid("2001:0db8:0000:0000:0000:0000:0000:0001", V6, 0x20010DB800000000, 1),
            new Valid("2001:db8:0:0:0:0:0:1", V6, 0x20010DB800000000, 1),
            new Valid("1:2:3:4:5:6:7:8", V6, 0x0001000200030004, 0x0005000600070008),
            new Valid("1:2:3:4:5:6:7::", V6, 0x0001000200030004, 0x0005000600070000),
            new Valid("::2:3:4:5:6:7:8", V6, 0x0000000200030004, 0x0005000600070008),
            new Valid("1::8", V6, 0x0001000000000000, 8),
            new Valid("1:2::7:8", V6, 0x0001000200000000, 0x0000000000070008),
            new Valid("fe80::abcd:ef01", V6, 0xFE80000000000000, 0x00000000ABCDEF01),
            new Valid("FFFF:ffff:FfFf:fFfF:ffff:ffff:ffff:ffff", V6, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF),
            new Valid("::ffff:1.2.3.4", V6, 0, 0x0000FFFF01020304),
            new Valid("::FFFF:192.0.2.128", V6, 0, 0x0000FFFFC0000280),
            new Valid("64:ff9b::1.2.3.4", V6, 0x0064FF9B00000000, 0x0000000001020304),
            new Valid("::1.2.3.4", V6, 0, 0x01020304),
            new Valid("1:2:3:4:5:6:1.2.3.4", V6, 0x0001000200030004, 0x0005000601020304),
            new Valid("1:2:3:4:5::1.2.3.4", V6, 0x0001000200030004, 0x0005000001020304),
            new Valid("0:0:0:0:0:ffff:255.255.255.255", V6, 0, 0x0000FFFFFFFFFFFF),
            new Valid("0001:02:003:0004::", V6, 0x0001000200030004, 0),
            new Valid("2001:4860:4860::8888", V6, 0x2001486048600000, 0x0000000000008888),
        };

        private static readonly Invalid[] InvalidCases = new Invalid[]
        {
            new Invalid("", AddressParseError.Empty),
            new Invalid("01.2.3.4", AddressParseError.LeadingZero),
            new Invalid("1.2.3.04", AddressParseError.LeadingZero),
            new Invalid("1.2.00.4", AddressParseError.LeadingZero),
            new Invalid("256.1.1.1", AddressParseError.OctetOutOfRange),
            new Invalid("1.2.3.1000", AddressParseError.OctetOutOfRange),
            new Invalid("1.2.3.99999999999", AddressParseError.OctetOutOfRange),
            new Invalid("1.2.3", AddressParseError.WrongPartCount),
            new Invalid("1", AddressParseError.WrongPartCount),
            new Invalid("1.2.3.4.5", AddressParseError.WrongPartCount),
            new Invalid("1..3.4", AddressParseError.EmptyPart),
            new Invalid(".1.2.3", AddressParseError.EmptyPart),
            new Invalid("1.2.3.4.", AddressParseError.EmptyPart),
            new Invalid("1.2.3.a", AddressParseError.InvalidCharacter),
            new Invalid("1.2.3.-4", AddressParseError.InvalidCharacter),
            new Invalid("+1.2.3.4", AddressParseError.InvalidCharacter),
            new Invalid(" 1.2.3.4", AddressParseError.InvalidCharacter),
            new Invalid("1.2.3.4 ", AddressParseError.InvalidCharacter),
            new Invalid("1.2. 3.4", AddressParseError.InvalidCharacter),
            new Invalid("1.2.3.4\n", AddressParseError.InvalidCharacter),
            new Invalid("hello", AddressParseError.InvalidCharacter),
            new Invalid("1.2.3.\u0664", AddressParseError.InvalidCharacter),
            new Invalid("0x1.2.3.4", AddressParseError.InvalidCharacter),
            new Invalid(":", AddressParseError.EmptyPart),
            new Invalid(":1::2", AddressParseError.EmptyPart),
            new Invalid("1:2:3:4:5:6:7:", AddressParseError.EmptyPart),
            new Invalid(":::", AddressParseError.EmptyPart),
            new Invalid("1:::2", AddressParseError.EmptyPart),
            new Invalid("1::2::3", AddressParseError.MultipleDoubleColon),
            new Invalid("::1::", AddressParseError.MultipleDoubleColon),
            new Invalid("12345::1", AddressParseError.GroupTooLong),
            new Invalid("1:00000::", AddressParseError.GroupTooLong),
            new Invalid("1:2:3:4:5:6:7", AddressParseError.WrongPartCount),
            new Invalid("1:2:3:4:5:6:7:8:9", AddressParseError.WrongPartCount),
            new Invalid("1:2:3:4:5:6:7:8::", AddressParseError.WrongPartCount),
            new Invalid("::1:2:3:4:5:6:7:8", AddressParseError.WrongPartCount),
            new Invalid("1:2:3:4:5:6:7::1.2.3.4", AddressParseError.WrongPartCount),
            new Invalid("1:2:3:4:5::6:1.2.3.4", AddressParseError.WrongPartCount),
            new Invalid("1:2:3:4:5:1.2.3.4", AddressParseError.WrongPartCount),
            new Invalid("1:2:3:4:5:6:7:1.2.3.4", AddressParseError.WrongPartCount),
            new Invalid("1.2.3.4::", AddressParseError.MisplacedIpv4Tail),
            new Invalid("::1.2.3.4:5", AddressParseError.MisplacedIpv4Tail),
            new Invalid("::1.2:3.4", AddressParseError.MisplacedIpv4Tail),
            new Invalid("::ffff:01.2.3.4", AddressParseError.LeadingZero),
            new Invalid("::ffff:1.2.3.256", AddressParseError.OctetOutOfRange),
            new Invalid("::ffff:1.2.3", AddressParseError.WrongPartCount),
            new Invalid("::ab.1.2.3", AddressParseError.InvalidCharacter),
            new Invalid("::g", AddressParseError.InvalidCharacter),
            new Invalid("1:2:3:4:5:6:7:8 ", AddressParseError.InvalidCharacter),
            new Invalid("2001:db8::1 ", AddressParseError.InvalidCharacter),
            new Invalid("2001:db8:: 1", AddressParseError.InvalidCharacter),
            new Invalid("fe80::1%eth0", AddressParseError.ZoneIdNotAllowed),
            new Invalid("fe80::1%25", AddressParseError.ZoneIdNotAllowed),
            new Invalid("1234:1234:1234:1234:1234:1234:1234:1234%wlp3s0", AddressParseError.ZoneIdNotAllowed),
            new Invalid("[::1]", AddressParseError.BracketsNotAllowed),
            new Invalid("[2001:db8::1]:443", AddressParseError.BracketsNotAllowed),
            new Invalid("0000:0000:0000:0000:0000:ffff:255.255.255.2555", AddressParseError.TooLong),
            new Invalid("1.2.3.4444444444444444444444444444444444444444444", AddressParseError.TooLong),
        };

        [TestMethod]
        public void ParsesEveryValidForm()
        {
            for (int i = 0; i < ValidCases.Length; i++)
            {
                var c = ValidCases[i];
                IpAddress address;
                AddressParseError error;
                bool ok = IpAddress.TryParse(c.Text, out address, out error);
                Assert.IsTrue(ok, "should parse: " + c.Text);
                Assert.AreEqual(AddressParseError.None, error, "error for " + c.Text);
                Assert.AreEqual(c.Family, address.Family, "family of " + c.Text);
                Assert.AreEqual(c.High, address.High, "high of " + c.Text);
                Assert.AreEqual(c.Low, address.Low, "low of " + c.Text);
            }
        }

        [TestMethod]
        public void RejectsEveryInvalidFormWithItsReason()
        {
            for (int i = 0; i < InvalidCases.Length; i++)
            {
                var c = InvalidCases[i];
                IpAddress address;
                AddressParseError error;
                bool ok = IpAddress.TryParse(c.Text, out address, out error);
                Assert.IsFalse(ok, "should not parse: " + c.Text);
                Assert.AreEqual(c.Error, error, "error for " + c.Text);
                Assert.IsTrue(address.IsNone, "no address for " + c.Text);
            }
        }

        [TestMethod]
        public void ByteOverloadAgreesWithStringOverloadAndStaysInsideItsWindow()
        {
            for (int i = 0; i < ValidCases.Length + InvalidCases.Length; i++)
            {
                string text = i < ValidCases.Length ? ValidCases[i].Text : InvalidCases[i - ValidCases.Length].Text;
                var buffer = new byte[text.Length + 8];
                for (int k = 0; k < buffer.Length; k++)
                {
                    buffer[k] = (byte)'9'; // digits around the window would change the result if read
                }

                for (int k = 0; k < text.Length; k++)
                {
                    buffer[4 + k] = text[k] > 127 ? (byte)0xD9 : (byte)text[k];
                }

                IpAddress fromString;
                IpAddress fromBytes;
                AddressParseError stringError;
                AddressParseError bytesError;
                bool okString = IpAddress.TryParse(text, out fromString, out stringError);
                bool okBytes = IpAddress.TryParse(buffer, 4, text.Length, out fromBytes, out bytesError);
                Assert.AreEqual(okString, okBytes, "result for " + text);
                Assert.AreEqual(stringError, bytesError, "error for " + text);
                Assert.IsTrue(fromString == fromBytes, "address for " + text);
            }
        }

        [TestMethod]
        public void NullAndEmptyInputAreEmpty()
        {
            IpAddress address;
            AddressParseError error;
            Assert.IsFalse(IpAddress.TryParse((string)null, out address, out error));
            Assert.AreEqual(AddressParseError.Empty, error);
            Assert.IsFalse(IpAddress.TryParse((byte[])null, 0, 0, out address, out error));
            Assert.AreEqual(AddressParseError.Empty, error);
            Assert.IsFalse(IpAddress.TryParse(new byte[4], 2, 0, out address, out error));
            Assert.AreEqual(AddressParseError.Empty, error);
        }

        [TestMethod]
        public void AWindowOutsideTheArrayIsAProgrammingError()
        {
            IpAddress address;
            AddressParseError error;
            var bytes = new byte[8];
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => IpAddress.TryParse(bytes, 4, 5, out address, out error));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => IpAddress.TryParse(bytes, -1, 2, out address, out error));
            DdnsAgent.Tests.Support.Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => IpAddress.TryParse(bytes, 0, -1, out address, out error));
        }

        [TestMethod]
        public void EveryErrorHasItsOwnWords()
        {
            var errors = new AddressParseError[]
            {
                AddressParseError.None, AddressParseError.Empty, AddressParseError.TooLong, AddressParseError.InvalidCharacter,
                AddressParseError.OctetOutOfRange, AddressParseError.LeadingZero, AddressParseError.WrongPartCount,
                AddressParseError.EmptyPart, AddressParseError.GroupTooLong, AddressParseError.MultipleDoubleColon,
                AddressParseError.MisplacedIpv4Tail, AddressParseError.ZoneIdNotAllowed, AddressParseError.BracketsNotAllowed,
            };
            for (int i = 0; i < errors.Length; i++)
            {
                string words = AddressParseErrors.Describe(errors[i]);
                Assert.IsTrue(words != null && words.Length > 0, "words for error " + i);
                for (int k = 0; k < i; k++)
                {
                    Assert.AreNotEqual(AddressParseErrors.Describe(errors[k]), words, "errors " + k + " and " + i + " read the same");
                }
            }
        }
    }
}
