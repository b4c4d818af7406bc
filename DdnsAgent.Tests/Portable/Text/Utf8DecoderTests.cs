#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Text;

namespace DdnsAgent.Tests.Text
{
    [TestClass]
    public class Utf8DecoderTests
    {
        [TestMethod]
        public void ValidSequencesGiveTheirCharacter()
        {
            AssertDecodes(new byte[] { 0x41 }, 0x41);
            AssertDecodes(new byte[] { 0xC2, 0xA0 }, 0xA0);
            AssertDecodes(new byte[] { 0xC3, 0xB6 }, 0xF6);
            AssertDecodes(new byte[] { 0xDF, 0xBF }, 0x7FF);
            AssertDecodes(new byte[] { 0xE0, 0xA0, 0x80 }, 0x800);
            AssertDecodes(new byte[] { 0xE2, 0x82, 0xAC }, 0x20AC);
            AssertDecodes(new byte[] { 0xED, 0x9F, 0xBF }, 0xD7FF);
            AssertDecodes(new byte[] { 0xEE, 0x80, 0x80 }, 0xE000);
            AssertDecodes(new byte[] { 0xEF, 0xBF, 0xBF }, 0xFFFF);
        }

        [TestMethod]
        public void FourByteSequencesAreBeyondTheBmp()
        {
            AssertDecodes(new byte[] { 0xF0, 0x90, 0x80, 0x80 }, Utf8Decoder.BeyondBmp);
            AssertDecodes(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, Utf8Decoder.BeyondBmp);
            AssertDecodes(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }, Utf8Decoder.BeyondBmp);
        }

        [TestMethod]
        public void WhatIsNotUtf8IsInvalidAndNeverGuessedAt()
        {
            AssertDecodes(new byte[] { 0x80 }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xBF }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xC0, 0xAF }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xC1, 0xBF }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xE0, 0x9F, 0xBF }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xED, 0xA0, 0x80 }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xED, 0xBF, 0xBF }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xF5 }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xFF }, Utf8Decoder.Invalid);
            AssertDecodes(new byte[] { 0xC3, 0x41 }, Utf8Decoder.Invalid);
        }

        [TestMethod]
        public void ResetForgetsAnUnfinishedSequence()
        {
            var decoder = new Utf8Decoder();
            Assert.AreEqual(Utf8Decoder.NeedMore, decoder.Feed(0xE2));
            Assert.IsTrue(decoder.InSequence);
            decoder.Reset();
            Assert.IsFalse(decoder.InSequence);
            Assert.AreEqual(Utf8Decoder.Invalid, decoder.Feed(0x82), "a continuation byte alone");
            Assert.AreEqual(0x61, decoder.Feed(0x61));
        }

        // Every byte but the last needs more; the last gives expected.
        private static void AssertDecodes(byte[] bytes, int expected)
        {
            var decoder = new Utf8Decoder();
            for (int i = 0; i < bytes.Length - 1; i++)
            {
                int step = decoder.Feed(bytes[i]);
                if (step != Utf8Decoder.NeedMore)
                {
                    Assert.AreEqual(expected, step, "byte " + i.ToString() + " of sequence " + bytes[0].ToString());
                    return;
                }
            }

            Assert.AreEqual(expected, decoder.Feed(bytes[bytes.Length - 1]), "sequence starting " + bytes[0].ToString());
            Assert.IsFalse(decoder.InSequence);
        }
    }
}
