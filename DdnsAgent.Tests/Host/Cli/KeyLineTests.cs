using System;
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
            Assert.AreEqual((byte)'\r', KeyLine.ByteOf(new ConsoleKeyInfo('\n', ConsoleKey.Enter, false, false, false)));
            Assert.AreEqual((byte)0x08, KeyLine.ByteOf(new ConsoleKeyInfo('\u007f', ConsoleKey.Backspace, false, false, false)));
            Assert.AreEqual((byte)0x03, KeyLine.ByteOf(new ConsoleKeyInfo('\u0003', ConsoleKey.C, false, false, true)));
            Assert.AreEqual((byte)'x', KeyLine.ByteOf(new ConsoleKeyInfo('x', ConsoleKey.X, false, false, false)));
            Assert.AreEqual((byte)0, KeyLine.ByteOf(new ConsoleKeyInfo('\0', ConsoleKey.UpArrow, false, false, false)));
            Assert.AreEqual((byte)0, KeyLine.ByteOf(new ConsoleKeyInfo('\u001b', ConsoleKey.Escape, false, false, false)));
            Assert.AreEqual((byte)0, KeyLine.ByteOf(new ConsoleKeyInfo('é', ConsoleKey.E, false, false, false)));
        }

        [TestMethod]
        public void NoticesExitAsTypedWithCorrections()
        {
            var line = new KeyLine();
            Assert.IsFalse(Type(line, "exot\b\bit"));
            Assert.IsTrue(line.CompletesExit((byte)'\r'));

            Assert.IsFalse(Type(line, "  QUIT "));
            Assert.IsTrue(line.CompletesExit((byte)'\r'));

            Type(line, "exit\u0003");
            Assert.IsFalse(line.CompletesExit((byte)'\r'), "Ctrl-C threw the line away");
            Type(line, "exit now");
            Assert.IsFalse(line.CompletesExit((byte)'\r'));
        }

        private static bool Type(KeyLine line, string text)
        {
            bool exit = false;
            foreach (char c in text)
            {
                exit |= line.CompletesExit(c == '\b' ? (byte)0x08 : (byte)c);
            }

            return exit;
        }
    }
}
