using System;
using System.Linq;
using DdnsAgent.Host.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    [TestClass]
    public sealed class KeyLineTests
    {
        [TestMethod]
        public void KeysBecomeTheBytesOfASerialTerminal()
        {
            var keys = new KeyLine();
            CollectionAssert.AreEqual(new[] { (byte)'\r' }, keys.BytesOf(new ConsoleKeyInfo('\n', ConsoleKey.Enter, false, false, false)));
            CollectionAssert.AreEqual(new[] { (byte)0x08 }, keys.BytesOf(new ConsoleKeyInfo('\u007f', ConsoleKey.Backspace, false, false, false)));
            CollectionAssert.AreEqual(new[] { (byte)0x03 }, keys.BytesOf(new ConsoleKeyInfo('\u0003', ConsoleKey.C, false, false, true)));
            CollectionAssert.AreEqual(new[] { (byte)'x' }, keys.BytesOf(new ConsoleKeyInfo('x', ConsoleKey.X, false, false, false)));
            Assert.AreEqual(0, keys.BytesOf(new ConsoleKeyInfo('\0', ConsoleKey.UpArrow, false, false, false)).Length);
            Assert.AreEqual(0, keys.BytesOf(new ConsoleKeyInfo('\u001b', ConsoleKey.Escape, false, false, false)).Length);
        }

        [TestMethod]
        public void LettersBeyondAsciiAreSentAsUtf8()
        {
            var keys = new KeyLine();
            CollectionAssert.AreEqual(new byte[] { 0xC3, 0xA9 }, keys.BytesOf(new ConsoleKeyInfo('é', ConsoleKey.E, false, false, false)));
            CollectionAssert.AreEqual(new byte[] { 0xE2, 0x82, 0xAC }, keys.BytesOf(new ConsoleKeyInfo('€', 0, false, false, false)));
        }

        [TestMethod]
        public void ASurrogatePairIsSentWholeAndAHalfAsNotUtf8()
        {
            var keys = new KeyLine();
            Assert.AreEqual(0, keys.BytesOf(new ConsoleKeyInfo('\ud83d', 0, false, false, false)).Length, "the first half waits");
            CollectionAssert.AreEqual(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, keys.BytesOf(new ConsoleKeyInfo('\ude00', 0, false, false, false)));

            CollectionAssert.AreEqual(new byte[] { 0xFF }, keys.BytesOf(new ConsoleKeyInfo('\ude00', 0, false, false, false)), "a low half alone");
            keys.BytesOf(new ConsoleKeyInfo('\ud83d', 0, false, false, false));
            byte[] bytes = keys.BytesOf(new ConsoleKeyInfo('a', ConsoleKey.A, false, false, false));
            CollectionAssert.AreEqual(new byte[] { 0xFF, (byte)'a' }, bytes, "a high half alone, then the key after it");
            Assert.IsFalse(bytes.Contains((byte)0xED), "no half is ever encoded as a surrogate");
        }
    }
}
