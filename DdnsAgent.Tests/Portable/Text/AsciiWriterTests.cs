#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Tests.Support;
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Text
{
    [TestClass]
    public class AsciiWriterTests
    {
        // Input, then its percent-encoded form. Outside the Basic Multilingual Plane every surrogate code unit is
        // one U+FFFD, as on the device, whose string indexer cannot read the low half of a pair.
        private static readonly string[] Encodings =
        {
            "home.example.org", "home.example.org",
            "AZaz09-._~", "AZaz09-._~",
            "a b", "a%20b",
            "a,b", "a%2Cb",
            "a:b/c?d&e=f#g+h%", "a%3Ab%2Fc%3Fd%26e%3Df%23g%2Bh%25",
            "\u00e4", "%C3%A4",
            "\u20ac", "%E2%82%AC",
            "\ud83d\ude00", "%EF%BF%BD%EF%BF%BD",
            "\ud83d", "%EF%BF%BD",
            "\ude00x", "%EF%BF%BDx",
            "\r\n", "%0D%0A",
            "", "",
        };

        [TestMethod]
        public void PercentEncodesEverythingOutsideUnreserved()
        {
            var buffer = new byte[64];
            var writer = new AsciiWriter(buffer);
            for (int i = 0; i < Encodings.Length; i += 2)
            {
                writer.Reset(buffer);
                writer.AppendPercentEncoded(Encodings[i]);
                Assert.IsFalse(writer.Overflowed, Encodings[i + 1]);
                Assert.AreEqual(Encodings[i + 1], TestText.Text(buffer, 0, writer.Length), "encoding of case " + (i / 2).ToString());
            }
        }

        [TestMethod]
        public void WritesNumbers()
        {
            var buffer = new byte[32];
            var writer = new AsciiWriter(buffer);
            int[] values = { 0, 7, 10, 443, 65535, -5, 2147483647, -2147483648 };
            string[] texts = { "0", "7", "10", "443", "65535", "-5", "2147483647", "-2147483648" };
            for (int i = 0; i < values.Length; i++)
            {
                writer.Reset(buffer);
                writer.AppendDecimal(values[i]);
                Assert.AreEqual(texts[i], TestText.Text(buffer, 0, writer.Length));
            }
        }

        [TestMethod]
        public void StopsAtTheEndAndSaysSo()
        {
            var buffer = TestText.Bytes("##########");
            var writer = new AsciiWriter();
            writer.Reset(buffer, 2, 5);
            writer.Append("abc");
            writer.AppendPercentEncoded(" ");
            Assert.IsTrue(writer.Overflowed, "an escape is written whole or not at all");
            writer.Append((byte)'z');
            Assert.AreEqual("##abc#####", TestText.Text(buffer, 0, buffer.Length), "nothing written after an overflow, nothing outside the window");
            Assert.AreEqual(3, writer.Length);

            writer.Reset(buffer, 0, 3);
            Assert.IsFalse(writer.Overflowed, "reset clears the overflow");
            writer.Append("xyz");
            Assert.IsFalse(writer.Overflowed, "exactly full is not an overflow");
            writer.Append("\u00e9");
            Assert.IsTrue(writer.Overflowed);
        }

        [TestMethod]
        public void WritesNonAsciiPlainTextAsQuestionMarks()
        {
            var buffer = new byte[8];
            var writer = new AsciiWriter(buffer);
            writer.Append("a\u00e9b");
            Assert.AreEqual("a?b", TestText.Text(buffer, 0, writer.Length));
        }
    }
}
