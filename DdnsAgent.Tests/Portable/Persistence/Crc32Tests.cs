#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Persistence;

namespace DdnsAgent.Tests.Persistence
{
    [TestClass]
    public class Crc32Tests
    {
        [TestMethod]
        public void MatchesTheStandardCheckValue()
        {
            byte[] digits = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 }; // "123456789"
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(digits, 0, digits.Length));
        }

        [TestMethod]
        public void OfNothingIsZero()
        {
            Assert.AreEqual(0u, Crc32.Compute(new byte[0], 0, 0));
        }

        [TestMethod]
        public void AppendingInPiecesEqualsComputingAtOnce()
        {
            byte[] data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            uint crc = Crc32.Append(Crc32.Seed, data, 0, 4);
            crc = Crc32.Append(crc, data[4]);
            crc = Crc32.Append(crc, data, 5, 5);
            Assert.AreEqual(Crc32.Compute(data, 0, data.Length), Crc32.Finish(crc));
        }

        [TestMethod]
        public void AppendUInt32IsLittleEndianBytes()
        {
            byte[] bytes = new byte[] { 0x78, 0x56, 0x34, 0x12 };
            Assert.AreEqual(Crc32.Compute(bytes, 0, 4), Crc32.Finish(Crc32.Append(Crc32.Seed, 0x12345678u)));
        }

        [TestMethod]
        public void LowercaseFoldsAsciiLettersOnly()
        {
            byte[] lower = new byte[] { 0x61, 0x2E, 0x62, 0x2D, 0x31 }; // "a.b-1"
            uint expected = Crc32.Compute(lower, 0, lower.Length);
            Assert.AreEqual(expected, Crc32.Finish(Crc32.AppendLowercase(Crc32.Seed, "A.B-1")));
            Assert.AreEqual(expected, Crc32.Finish(Crc32.AppendLowercase(Crc32.Seed, "a.b-1")));
            Assert.AreNotEqual(expected, Crc32.Finish(Crc32.AppendLowercase(Crc32.Seed, "a.b_1")));
        }

        [TestMethod]
        public void ExactTextIsCaseSensitive()
        {
            Assert.AreNotEqual(
                Crc32.AppendExact(Crc32.Seed, "Secret"),
                Crc32.AppendExact(Crc32.Seed, "secret"));
        }

        [TestMethod]
        public void HostnameHashIgnoresCase()
        {
            Assert.AreEqual(HostState.HashName("Home.Example.COM"), HostState.HashName("home.example.com"));
            Assert.AreNotEqual(HostState.HashName("home.example.com"), HostState.HashName("home.example.net"));
        }
    }
}
