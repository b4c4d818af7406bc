#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Text
{
    [TestClass]
    public class AsciiTests
    {
        [TestMethod]
        public void CaseChangesOnlyAsciiLetters()
        {
            Assert.AreEqual("home-1.example.org \u00c9", Ascii.ToLower("Home-1.EXAMPLE.org \u00c9"));
            Assert.AreEqual("NOCHG-\u00e9", Ascii.ToUpper("NoChg-\u00e9"));
            Assert.AreEqual("ample", Ascii.ToLower("EXAMPLE", 2, 5));
            Assert.IsNull(Ascii.ToLower(null));
            Assert.IsNull(Ascii.ToUpper(null));
            Assert.IsTrue(Ascii.EqualsIgnoreCase("DeSEC", "desec"));
            Assert.IsFalse(Ascii.EqualsIgnoreCase("desec", "desec "));
            Assert.IsFalse(Ascii.EqualsIgnoreCase("\u00c9", "\u00e9"), "only ASCII letters fold");
            Assert.IsTrue(Ascii.EqualsIgnoreCase(null, null));
            Assert.IsFalse(Ascii.EqualsIgnoreCase(null, ""));
            Assert.IsTrue(Ascii.StartsWithIgnoreCase("HTTPS://x", "https://"));
            Assert.IsFalse(Ascii.StartsWithIgnoreCase("http", "https://"));
        }

        [TestMethod]
        public void ControlCharactersAreFound()
        {
            Assert.IsTrue(Ascii.HasControl("a\tb"));
            Assert.IsTrue(Ascii.HasControl("a\r\n"));
            Assert.IsTrue(Ascii.HasControl("\u007f"));
            Assert.IsFalse(Ascii.HasControl("plain text \u00e9"));
            Assert.IsFalse(Ascii.HasControl(null));
        }

        [TestMethod]
        public void WordsAreFoundWithoutAllocating()
        {
            string line = "  set \tHostnames  a.example.org  ";
            int start = AsciiWords.SkipSpaces(line, 0);
            int end = AsciiWords.WordEnd(line, start);
            Assert.IsTrue(AsciiWords.EqualsLower(line, start, end - start, "set"));
            start = AsciiWords.SkipSpaces(line, end);
            end = AsciiWords.WordEnd(line, start);
            Assert.IsTrue(AsciiWords.EqualsLower(line, start, end - start, "hostnames"));
            start = AsciiWords.SkipSpaces(line, end);
            Assert.AreEqual("a.example.org", line.Substring(start, AsciiWords.TrimmedEnd(line, start, line.Length) - start));

            char[] buffer = line.ToCharArray();
            start = AsciiWords.SkipSpaces(buffer, 0, buffer.Length);
            end = AsciiWords.WordEnd(buffer, start, buffer.Length);
            Assert.IsTrue(AsciiWords.EqualsLower(buffer, start, end - start, "set"));
        }

        // Each surrogate code unit, paired or lone, counts as U+FFFD (3 bytes): what the device's string
        // indexer allows (it returns the high half of a pair twice), so the host counts the same.
        [TestMethod]
        public void Utf8ByteCountMatchesTheEncoding()
        {
            string[] texts = new string[] { "", "HomeNet", "Caf\u00e9", "\u20ac uro", "\ud83d\ude00 wifi", "lone \ud800 surrogate", "\uffff\u07ff\u0800" };
            int[] counts = new int[] { 0, 7, 5, 7, 11, 18, 8 };
            for (int i = 0; i < texts.Length; i++)
            {
                Assert.AreEqual(counts[i], Utf8.ByteCount(texts[i]), texts[i]);
                Assert.AreEqual(Utf8.GetBytes(texts[i]).Length, Utf8.ByteCount(texts[i]), texts[i]);
            }

            byte[] pair = Utf8.GetBytes("\ud83d\ude00");
            Assert.AreEqual(6, pair.Length);
            for (int i = 0; i < 6; i += 3)
            {
                Assert.AreEqual(0xEF, (int)pair[i]);
                Assert.AreEqual(0xBF, (int)pair[i + 1]);
                Assert.AreEqual(0xBD, (int)pair[i + 2]);
            }
        }
    }
}
