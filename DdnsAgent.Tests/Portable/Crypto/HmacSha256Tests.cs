#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Crypto;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Crypto
{
    /// <summary>HMAC-SHA256 against every SHA-256 test case of RFC 4231 (section 4).</summary>
    [TestClass]
    public class HmacSha256Tests
    {
        [TestMethod]
        public void Rfc4231Case1()
        {
            Assert.AreEqual(
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                MacOf(Repeat(0x0b, 20), Hex.Ascii("Hi There")));
        }

        [TestMethod]
        public void Rfc4231Case2KeyShorterThanTheMac()
        {
            Assert.AreEqual(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                MacOf(Hex.Ascii("Jefe"), Hex.Ascii("what do ya want for nothing?")));
        }

        [TestMethod]
        public void Rfc4231Case3()
        {
            Assert.AreEqual(
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
                MacOf(Repeat(0xaa, 20), Repeat(0xdd, 50)));
        }

        [TestMethod]
        public void Rfc4231Case4()
        {
            Assert.AreEqual(
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
                MacOf(Hex.Bytes("0102030405060708090a0b0c0d0e0f10111213141516171819"), Repeat(0xcd, 50)));
        }

        [TestMethod]
        public void Rfc4231Case5TruncatedTo128Bits()
        {
            string mac = MacOf(Repeat(0x0c, 20), Hex.Ascii("Test With Truncation"));
            Assert.AreEqual("a3b6167473100ee06e0c796c2955552b", mac.Substring(0, 32));
        }

        [TestMethod]
        public void Rfc4231Case6KeyLongerThanABlock()
        {
            Assert.AreEqual(
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                MacOf(Repeat(0xaa, 131), Hex.Ascii("Test Using Larger Than Block-Size Key - Hash Key First")));
        }

        [TestMethod]
        public void Rfc4231Case7KeyAndDataLongerThanABlock()
        {
            Assert.AreEqual(
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
                MacOf(Repeat(0xaa, 131), Hex.Ascii(
                    "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")));
        }

        [TestMethod]
        public void OneInstanceServesManyMessagesAndKeys()
        {
            var hmac = new HmacSha256();
            var mac = new byte[HmacSha256.MacSize];
            byte[] hi = Hex.Ascii("Hi There");
            for (int round = 0; round < 3; round++)
            {
                hmac.SetKey(Repeat(0x0b, 20), 0, 20);
                hmac.Append(hi, 0, 4);
                hmac.Finish(mac, 0); // a message of its own, to show that Finish starts afresh
                hmac.Append(hi, 0, hi.Length);
                hmac.Finish(mac, 0);
                Assert.AreEqual("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Hex.Of(mac));

                byte[] jefe = Hex.Ascii("Jefe");
                hmac.SetKey(jefe, 0, jefe.Length);
                byte[] data = Hex.Ascii("what do ya want for nothing?");
                hmac.Append(data, 0, 10);
                hmac.Restart(); // drops the partial message
                hmac.Append(data, 0, data.Length);
                hmac.Finish(mac, 0);
                Assert.AreEqual("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Hex.Of(mac));
            }
        }

        [TestMethod]
        public void WithoutAKeyThereIsNoMac()
        {
            var hmac = new HmacSha256();
            Assert.IsFalse(hmac.HasKey);
            Expect.Throws(typeof(System.InvalidOperationException), () => hmac.Finish(new byte[32], 0));
            hmac.SetKey(new byte[3], 0, 3);
            hmac.ClearKey();
            Expect.Throws(typeof(System.InvalidOperationException), () => hmac.Finish(new byte[32], 0));
        }

        private static string MacOf(byte[] key, byte[] data)
        {
            var hmac = new HmacSha256();
            var mac = new byte[HmacSha256.MacSize];
            hmac.SetKey(key, 0, key.Length);
            hmac.Append(data, 0, data.Length);
            hmac.Finish(mac, 0);
            return Hex.Of(mac);
        }

        private static byte[] Repeat(int value, int count)
        {
            var bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)value;
            }

            return bytes;
        }
    }
}
