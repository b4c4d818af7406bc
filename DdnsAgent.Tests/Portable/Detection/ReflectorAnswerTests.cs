#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Detection;

namespace DdnsAgent.Tests.Detection
{
    [TestClass]
    public class ReflectorAnswerTests
    {
        private sealed class Case
        {
            public Case(string body, AddressFamilyKind wanted, string expected, ReflectorAnswerError error)
            {
                Body = body;
                Wanted = wanted;
                Expected = expected;
                Error = error;
            }

            public string Body { get; }
            public AddressFamilyKind Wanted { get; }

            /// <summary>Canonical text of the address found, or null.</summary>
            public string Expected { get; }

            public ReflectorAnswerError Error { get; }
        }

        private const AddressFamilyKind V4 = AddressFamilyKind.IPv4;
        private const AddressFamilyKind V6 = AddressFamilyKind.IPv6;
        private const AddressFamilyKind Any = AddressFamilyKind.None;
        private const ReflectorAnswerError Ok = ReflectorAnswerError.None;

        private const string CheckIpPage =
            "<html><head><title>Current IP Check</title></head><body>Current IP Address: 8.8.4.4</body></html>\r\n";

        private static readonly Case[] Cases = new Case[]
        {
            // Plain text.
            new Case("8.8.8.8", V4, "8.8.8.8", Ok),
            new Case("8.8.8.8\n", V4, "8.8.8.8", Ok),
            new Case("  8.8.8.8 \r\n\r\n", V4, "8.8.8.8", Ok),
            new Case("\t8.8.8.8", Any, "8.8.8.8", Ok),
            new Case("\u00EF\u00BB\u00BF8.8.8.8\n", V4, "8.8.8.8", Ok),
            new Case("2001:4860:4860::8888\n", V6, "2001:4860:4860::8888", Ok),
            new Case("2001:4860:4860:0:0:0:0:8888", Any, "2001:4860:4860::8888", Ok),
            new Case("", V4, null, ReflectorAnswerError.Empty),
            new Case(" \r\n\t ", V4, null, ReflectorAnswerError.Empty),
            new Case("8.8.8.8 8.8.4.4", V4, null, ReflectorAnswerError.NoAddress),
            new Case("8.8.8.8x", V4, null, ReflectorAnswerError.NoAddress),
            new Case("Service Unavailable", V4, null, ReflectorAnswerError.NoAddress),
            new Case("08.8.8.8", V4, null, ReflectorAnswerError.NoAddress),
            new Case("fe80::1%eth0", V6, null, ReflectorAnswerError.NoAddress),
            new Case("8.8.8.8", V6, null, ReflectorAnswerError.WrongFamily),
            new Case("2001:4860:4860::8888", V4, null, ReflectorAnswerError.WrongFamily),
            new Case("192.168.1.1\n", V4, null, ReflectorAnswerError.NotPublic),
            new Case("100.64.12.1", V4, null, ReflectorAnswerError.NotPublic),
            new Case("127.0.0.1", V4, null, ReflectorAnswerError.NotPublic),
            new Case("0.0.0.0", V4, null, ReflectorAnswerError.NotPublic),
            new Case("fd00::1", V6, null, ReflectorAnswerError.NotPublic),
            new Case("::ffff:8.8.8.8", V6, null, ReflectorAnswerError.NotPublic),
            new Case("2001:db8::1", V6, null, ReflectorAnswerError.NotPublic),

            // JSON.
            new Case("{\"ip\":\"8.8.8.8\"}", V4, "8.8.8.8", Ok),
            new Case("{ \"ip\" : \"8.8.8.8\" }\n", V4, "8.8.8.8", Ok),
            new Case("{\r\n  \"ip\": \"2a00:1450:4001::1\"\r\n}", V6, "2a00:1450:4001::1", Ok),
            new Case("{\"country\":\"DE\",\"asn\":3320,\"ok\":true,\"none\":null,\"ip\":\"8.8.8.8\"}", V4, "8.8.8.8", Ok),
            new Case("{\"geo\":{\"ip\":\"10.0.0.1\",\"list\":[1,{\"a\":\"}\"}]},\"ip\":\"8.8.8.8\"}", V4, "8.8.8.8", Ok),
            new Case("{\"note\":\"\\\"ip\\\":\\\"10.0.0.1\\\"\",\"ip\":\"8.8.8.8\"}", V4, "8.8.8.8", Ok),
            new Case("{\"ip_decimal\":134744072,\"ip\":\"8.8.8.8\"}", V4, "8.8.8.8", Ok),
            new Case("{\"ip\":\"8.8.8.8\",\"trailing\":", V4, "8.8.8.8", Ok),
            new Case("{\"ip\":\"10.1.2.3\"}", V4, null, ReflectorAnswerError.NotPublic),
            new Case("{\"ip\":\"8.8.8.8\"}", V6, null, ReflectorAnswerError.WrongFamily),
            new Case("{\"ip\":\" 8.8.8.8\"}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{\"ip\":134744072}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{\"ip\":\"8.8.8.8", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{\"ip\":\"8.8.\\u0038.8\"}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{\"IP\":\"8.8.8.8\"}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{\"address\":\"8.8.8.8\"}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{\"geo\":{\"ip\":\"8.8.8.8\"}}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{\"error\":\"rate limited\"}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{}", V4, null, ReflectorAnswerError.NoAddress),
            new Case("{ip:\"8.8.8.8\"}", V4, null, ReflectorAnswerError.NoAddress),

            // The checkip page.
            new Case(CheckIpPage, V4, "8.8.4.4", Ok),
            new Case("<html><body>current ip address:   8.8.4.4\n</body></html>", V4, "8.8.4.4", Ok),
            new Case("<html><body>Current IP Address: 192.168.0.2</body></html>", V4, null, ReflectorAnswerError.NotPublic),
            new Case("<html><body>Current IP Address: 8.8.4.4x</body></html>", V4, null, ReflectorAnswerError.NoAddress),
            new Case("<html><body>Current IP Address: </body></html>", V4, null, ReflectorAnswerError.NoAddress),
            new Case("<html><head><title>502 Bad Gateway</title></head><body>8.8.8.8</body></html>", V4, null, ReflectorAnswerError.NoAddress),
            new Case("<html><body>Current IP Address: 8.8.4.4", V4, "8.8.4.4", Ok),
        };

        [TestMethod]
        public void ReadsEachAnswerShape()
        {
            for (int i = 0; i < Cases.Length; i++)
            {
                var c = Cases[i];
                var body = Bytes(c.Body, 0);
                IpAddress address;
                ReflectorAnswerError error;
                bool ok = ReflectorAnswer.TryParse(body, body.Length, c.Wanted, out address, out error);
                Assert.AreEqual(c.Error, error, "error for case " + i + ": " + c.Body);
                Assert.AreEqual(c.Expected != null, ok, "result for case " + i + ": " + c.Body);
                Assert.AreEqual(c.Expected ?? string.Empty, address.ToString(), "address for case " + i + ": " + c.Body);
            }
        }

        [TestMethod]
        public void ReadsOnlyLengthBytesOfALargerBuffer()
        {
            var body = Bytes("8.8.8.8", 100);
            for (int i = 7; i < body.Length; i++)
            {
                body[i] = (byte)'1'; // "8.8.8.8111..." if the length were ignored
            }

            IpAddress address;
            ReflectorAnswerError error;
            Assert.IsTrue(ReflectorAnswer.TryParse(body, 7, AddressFamilyKind.IPv4, out address, out error));
            Assert.AreEqual("8.8.8.8", address.ToString());
            Assert.IsFalse(ReflectorAnswer.TryParse(body, 6, AddressFamilyKind.IPv4, out address, out error));
            Assert.AreEqual(ReflectorAnswerError.NoAddress, error);
        }

        [TestMethod]
        public void LooksNoFurtherThanTheInspectedPrefix()
        {
            // A JSON answer whose "ip" member starts beyond the prefix is not read.
            string padding = new string(' ', ReflectorAnswer.MaxInspectedBytes);
            var far = Bytes("{\"pad\":\"" + padding + "\",\"ip\":\"8.8.8.8\"}", 0);
            IpAddress address;
            ReflectorAnswerError error;
            Assert.IsFalse(ReflectorAnswer.TryParse(far, far.Length, AddressFamilyKind.IPv4, out address, out error));
            Assert.AreEqual(ReflectorAnswerError.NoAddress, error);

            var near = Bytes("{\"ip\":\"8.8.8.8\",\"pad\":\"" + padding + "\"}", 0);
            Assert.IsTrue(ReflectorAnswer.TryParse(near, near.Length, AddressFamilyKind.IPv4, out address, out error));
        }

        [TestMethod]
        public void NoBodyIsEmpty()
        {
            IpAddress address;
            ReflectorAnswerError error;
            Assert.IsFalse(ReflectorAnswer.TryParse(null, 10, AddressFamilyKind.IPv4, out address, out error));
            Assert.AreEqual(ReflectorAnswerError.Empty, error);
            Assert.IsFalse(ReflectorAnswer.TryParse(new byte[10], 0, AddressFamilyKind.IPv4, out address, out error));
            Assert.AreEqual(ReflectorAnswerError.Empty, error);
        }

        [TestMethod]
        public void EveryErrorHasItsOwnWords()
        {
            var errors = new ReflectorAnswerError[]
            {
                ReflectorAnswerError.None, ReflectorAnswerError.Empty, ReflectorAnswerError.NoAddress,
                ReflectorAnswerError.WrongFamily, ReflectorAnswerError.NotPublic,
            };
            for (int i = 0; i < errors.Length; i++)
            {
                for (int k = 0; k < i; k++)
                {
                    Assert.AreNotEqual(ReflectorAnswer.Describe(errors[k]), ReflectorAnswer.Describe(errors[i]), "errors " + k + " and " + i);
                }
            }
        }

        /// <summary>Latin-1 bytes of text (so "\u00EF" is the byte 0xEF), with extra zero bytes after it.</summary>
        internal static byte[] Bytes(string text, int extra)
        {
            var bytes = new byte[text.Length + extra];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
