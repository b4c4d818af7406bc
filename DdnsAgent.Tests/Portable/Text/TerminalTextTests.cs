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
    public class TerminalTextTests
    {
        [TestMethod]
        public void TextGoesOutAsUtf8WithTheEditorsControlsKept()
        {
            byte[] sent = Encode("j\u00fcrgen \u20ac\r\n\t\b \b", 64);
            byte[] expected = new byte[] { 0x6A, 0xC3, 0xBC, 0x72, 0x67, 0x65, 0x6E, 0x20, 0xE2, 0x82, 0xAC, 0x0D, 0x0A, 0x09, 0x08, 0x20, 0x08 };
            Assert.AreEqual(expected.Length, sent.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], sent[i], "byte " + i.ToString());
            }
        }

        [TestMethod]
        public void OtherControlsCannotDriveTheTerminal()
        {
            Assert.AreEqual("?[2J?x?y", TestText.Text(Encode("\u001b[2J\u0007x\u009by", 64), 0, 8));
            byte[] pair = Encode("\ud83d\ude00", 64);
            Assert.AreEqual(6, pair.Length, "a surrogate goes out as U+FFFD, as everywhere in Core");
        }

        [TestMethod]
        public void OnlyWholeCharactersFitTheBuffer()
        {
            string text = "ab\u20ac";
            var buffer = new byte[4];
            int position = 0;
            Assert.AreEqual(2, TerminalText.Encode(text, ref position, buffer), "the euro sign does not fit after ab");
            Assert.AreEqual(2, position);
            Assert.AreEqual(3, TerminalText.Encode(text, ref position, buffer));
            Assert.AreEqual(3, position);
        }

        private static byte[] Encode(string text, int size)
        {
            var buffer = new byte[size];
            int position = 0;
            int count = TerminalText.Encode(text, ref position, buffer);
            Assert.AreEqual(text.Length, position);
            var sent = new byte[count];
            for (int i = 0; i < count; i++)
            {
                sent[i] = buffer[i];
            }

            return sent;
        }
    }
}
