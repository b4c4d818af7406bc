using System;
using DdnsAgent.Shell;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>Feeding bytes allocates nothing until a line completes.</summary>
    [TestClass]
    public sealed class LineEditorAllocationTests
    {
        // Typing, erasing, an arrow key, noise, a secret value typed masked, and Ctrl-C.
        private static readonly byte[] Session = Bytes("set password hunter2 more\b\b\x7f\x1b[A\x1b[1;5C\x1bOB\x00\x01\x80\xff\t\x03");

        [TestMethod]
        public void FeedingBytesWithoutCompletingALineAllocatesNothing()
        {
            var sink = new NullTextSink();
            var editor = new LineEditor(sink) { SecretKeys = new[] { "password" } };
            FeedSession(editor, 10);

            long before = GC.GetAllocatedBytesForCurrentThread();
            FeedSession(editor, 10000);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.AreEqual(0L, allocated);
            Assert.IsTrue(sink.Writes > 10000, "the editor echoed while being measured");
        }

        [TestMethod]
        public void AFullLineRefusesFurtherCharsWithoutAllocating()
        {
            var editor = new LineEditor(new NullTextSink(), 16);
            for (int i = 0; i < 32; i++)
            {
                editor.Feed((byte)'x');
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10000; i++)
            {
                editor.Feed((byte)'y');
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.AreEqual(16, editor.Length);
        }

        private static void FeedSession(LineEditor editor, int times)
        {
            for (int n = 0; n < times; n++)
            {
                for (int i = 0; i < Session.Length; i++)
                {
                    editor.Feed(Session[i]);
                }
            }
        }

        private static byte[] Bytes(string text)
        {
            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
