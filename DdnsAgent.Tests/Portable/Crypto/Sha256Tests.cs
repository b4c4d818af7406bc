#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Crypto;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Crypto
{
    /// <summary>SHA-256 against the FIPS 180 examples (NIST "SHA256.pdf" and the FIPS 180-2 appendix).</summary>
    [TestClass]
    public class Sha256Tests
    {
        private const string Long448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        private const string Long896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

        [TestMethod]
        public void HashesTheEmptyMessage()
        {
            Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HashOf(""));
        }

        [TestMethod]
        public void HashesOneBlock()
        {
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", HashOf("abc"));
        }

        [TestMethod]
        public void HashesAMessageWhosePaddingNeedsASecondBlock()
        {
            Assert.AreEqual("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", HashOf(Long448));
        }

        [TestMethod]
        public void HashesTwoBlocks()
        {
            Assert.AreEqual("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", HashOf(Long896));
        }

        [TestMethod]
        public void AppendingInAnyPiecesGivesTheSameHash()
        {
            byte[] data = Hex.Ascii(Long896);
            var sha = new Sha256();
            var hash = new byte[Sha256.HashSize];
            for (int split = 0; split <= data.Length; split += 7)
            {
                sha.Append(data, 0, split);
                for (int i = split; i < data.Length; i++)
                {
                    sha.Append(data[i]);
                }

                sha.Finish(hash, 0);
                Assert.AreEqual("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", Hex.Of(hash), "split at " + split.ToString());
            }
        }

        [TestMethod]
        public void FinishStartsTheNextMessage()
        {
            var sha = new Sha256();
            var hash = new byte[Sha256.HashSize + 3];
            byte[] abc = Hex.Ascii("abc");
            sha.Append(abc, 0, 3);
            sha.Finish(hash, 3);
            sha.Append(abc, 0, 3);
            sha.Finish(hash, 3);
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Of(hash, 3, Sha256.HashSize));
        }

        [TestMethod]
        public void RefusesRangesOutsideTheArray()
        {
            var sha = new Sha256();
            Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => sha.Append(new byte[4], 2, 3));
            Expect.Throws(typeof(System.ArgumentOutOfRangeException), () => sha.Finish(new byte[31], 0));
        }

        private static string HashOf(string text)
        {
            byte[] data = Hex.Ascii(text);
            var sha = new Sha256();
            var hash = new byte[Sha256.HashSize];
            sha.Append(data, 0, data.Length);
            sha.Finish(hash, 0);
            return Hex.Of(hash);
        }
    }
}
