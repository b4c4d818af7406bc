#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Shell;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Shell
{
    [TestClass]
    public class LineEditorTests
    {
        [TestMethod]
        public void TypedTextIsEchoedAndCarriageReturnEndsTheLine()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);

            Assert.AreEqual(LineEditorResult.None, Feed(editor, "help"));
            Assert.AreEqual(LineEditorResult.LineCompleted, editor.Feed(13));

            Assert.AreEqual("help", editor.TakeLine());
            Assert.AreEqual("help\r\n", echo.Text);
            Assert.AreEqual(0, editor.Length);
        }

        [TestMethod]
        public void LineFeedAloneEndsTheLine()
        {
            var editor = new LineEditor(new RecordingTextSink());
            Assert.AreEqual(LineEditorResult.LineCompleted, Feed(editor, "status\n"));
            Assert.AreEqual("status", editor.TakeLine());
        }

        [TestMethod]
        public void CarriageReturnLineFeedIsOneLineEnd()
        {
            var editor = new LineEditor(new RecordingTextSink());
            string[] lines = Lines(editor, "a\r\nb\r\n\r\n");
            Assert.AreEqual(3, lines.Length);
            Assert.AreEqual("a", lines[0]);
            Assert.AreEqual("b", lines[1]);
            Assert.AreEqual(string.Empty, lines[2]);
        }

        [TestMethod]
        public void TwoCarriageReturnsOrTwoLineFeedsAreTwoLines()
        {
            var editor = new LineEditor(new RecordingTextSink());
            Assert.AreEqual(2, Lines(editor, "x\r\r").Length);
            Assert.AreEqual(2, Lines(editor, "y\n\n").Length);
            Assert.AreEqual(2, Lines(editor, "z\n\r").Length);
        }

        [TestMethod]
        public void TakeLineWithoutACompletedLineIsEmpty()
        {
            var editor = new LineEditor(new RecordingTextSink());
            Feed(editor, "half");
            Assert.AreEqual(string.Empty, editor.TakeLine());
            Assert.AreEqual(4, editor.Length);
        }

        [TestMethod]
        public void BackspaceAndDeleteEraseTheLastChar()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);

            Feed(editor, "stauts\b\b\b\x7f");
            Feed(editor, "atus\r");

            Assert.AreEqual("status", editor.TakeLine());
            Assert.AreEqual("stauts\b \b\b \b\b \b\b \batus\r\n", echo.Text);
        }

        [TestMethod]
        public void BackspaceOnAnEmptyLineDoesNothing()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);

            Feed(editor, "\b\b\x7f");

            Assert.AreEqual(0, editor.Length);
            Assert.AreEqual(string.Empty, echo.Text);
            Feed(editor, "ok\r");
            Assert.AreEqual("ok", editor.TakeLine());
        }

        [TestMethod]
        public void CtrlCThrowsTheLineAway()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);

            Feed(editor, "factory");
            Assert.AreEqual(LineEditorResult.Cancelled, editor.Feed(3));
            Assert.AreEqual(0, editor.Length);
            Assert.AreEqual("factory^C\r\n", echo.Text);

            Feed(editor, "log\r");
            Assert.AreEqual("log", editor.TakeLine());
        }

        [TestMethod]
        public void TabCountsAsASpace()
        {
            var editor = new LineEditor(new RecordingTextSink());
            Feed(editor, "help\tset\r");
            Assert.AreEqual("help set", editor.TakeLine());
        }

        [TestMethod]
        public void CharsBeyondTheMaximumAreRefusedAndTheUserIsToldOnce()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo, 8);
            editor.Prompt = "ddns> ";

            Feed(editor, "abcdefghijkl");
            Assert.AreEqual(8, editor.Length);
            string shown = echo.Take();
            Assert.AreEqual("abcdefgh\r\nline too long (max 8 characters)\r\nddns> abcdefgh", shown);

            Feed(editor, "\b1\r");
            Assert.AreEqual("abcdefg1", editor.TakeLine());
        }

        [TestMethod]
        public void TheDefaultMaximumIs256AndTheNoticeSaysSo()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            for (int i = 0; i < 300; i++)
            {
                editor.Feed((byte)'a');
            }

            Assert.AreEqual(LineEditor.DefaultMaxLength, editor.MaxLength);
            Assert.AreEqual(256, editor.Length);
            Assert.AreEqual(1, Occurrences(echo.Text, "line too long (max 256 characters)"));
            editor.Feed(13);
            Assert.AreEqual(256, editor.TakeLine().Length);
        }

        [TestMethod]
        public void TheNoticeComesAgainOnTheNextLine()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo, 4);
            Feed(editor, "123456\r123456\r");
            Assert.AreEqual(2, Occurrences(echo.Text, "line too long"));
        }

        [TestMethod]
        public void NonPrintableBytesAreRefusedWithoutTouchingTheLine()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            byte[] noise = new byte[] { 0x00, 0x01, 0x02, 0x04, 0x07, 0x0B, 0x0C, 0x0E, 0x15, 0x1A, 0x1C, 0x1F, 0x80, 0x9B, 0xA0, 0xC3, 0xA9, 0xFF };

            editor.Feed((byte)'a');
            for (int i = 0; i < noise.Length; i++)
            {
                Assert.AreEqual(LineEditorResult.None, editor.Feed(noise[i]), "byte " + noise[i].ToString());
            }

            Feed(editor, "b\r");
            Assert.AreEqual("ab", editor.TakeLine());
            Assert.AreEqual("ab\r\n", echo.Text);
        }

        [TestMethod]
        public void EscapeSequencesAreSwallowedWhole()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);

            // Up arrow, left arrow, SS3 down arrow, Ctrl-Right, F5, Delete key, Alt-x.
            Feed(editor, "ab\x1b[A\x1b[D\x1bOB\x1b[1;5C\x1b[15~\x1b[3~\x1bxc\r");

            Assert.AreEqual("abc", editor.TakeLine());
            Assert.AreEqual("abc\r\n", echo.Text);
        }

        [TestMethod]
        public void EnterEndsTheLineEvenInsideAnEscapeSequence()
        {
            var editor = new LineEditor(new RecordingTextSink());
            Assert.AreEqual(LineEditorResult.LineCompleted, Feed(editor, "ok\x1b\r"));
            Assert.AreEqual("ok", editor.TakeLine());
            Assert.AreEqual(LineEditorResult.LineCompleted, Feed(editor, "go\x1b[12\r"));
            Assert.AreEqual("go", editor.TakeLine());
        }

        [TestMethod]
        public void AnEndlessEscapeSequenceStopsBeingSwallowed()
        {
            var editor = new LineEditor(new RecordingTextSink());
            editor.Feed(0x1B);
            editor.Feed((byte)'[');
            for (int i = 0; i < 1000; i++)
            {
                editor.Feed((byte)'1');
            }

            Feed(editor, "\x03" + "log\r");
            Assert.AreEqual("log", editor.TakeLine());
        }

        [TestMethod]
        public void ANulFloodChangesNothing()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            for (int i = 0; i < 100000; i++)
            {
                Assert.AreEqual(LineEditorResult.None, editor.Feed(0));
            }

            Assert.AreEqual(0, editor.Length);
            Assert.AreEqual(0, echo.WriteCount);
        }

        [TestMethod]
        public void RandomGarbageNeverThrowsAndOnlyYieldsPrintableBoundedLines()
        {
            var random = new DdnsAgent.Tests.Support.PseudoRandom(20261124);
            var editor = new LineEditor(new RecordingTextSink(), 64);
            int completed = 0;
            for (int i = 0; i < 200000; i++)
            {
                if (editor.Feed(random.NextByte()) == LineEditorResult.LineCompleted)
                {
                    completed++;
                    string line = editor.TakeLine();
                    Assert.IsTrue(line.Length <= 64, "line of " + line.Length.ToString());
                    for (int c = 0; c < line.Length; c++)
                    {
                        Assert.IsTrue(line[c] >= ' ' && line[c] <= '~', "char " + ((int)line[c]).ToString());
                    }
                }

                Assert.IsTrue(editor.Length >= 0 && editor.Length <= 64);
            }

            Assert.IsTrue(completed > 0, "garbage of this size contains line ends");
            Feed(editor, "\x03" + "status\r");
            Assert.AreEqual("status", editor.TakeLine());
        }

        [TestMethod]
        public void ASecretValueIsEchoedAsStars()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            editor.SecretKeys = new string[] { "wifi.password", "password" };

            Feed(editor, "set password hunter2 x\r");

            Assert.AreEqual("set password hunter2 x", editor.TakeLine());
            Assert.AreEqual("set password *********\r\n", echo.Text);
        }

        [TestMethod]
        public void SecretMaskingIgnoresCaseAndExtraSpaces()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            editor.SecretKeys = new string[] { "wifi.password" };

            Feed(editor, "  SET   Wifi.Password  s3cret\r");

            Assert.AreEqual("  SET   Wifi.Password  s3cret", editor.TakeLine());
            Assert.AreEqual(-1, echo.Text.IndexOf("s3cret"));
            Assert.AreEqual("  SET   Wifi.Password *******\r\n", echo.Text);
        }

        [TestMethod]
        public void OtherKeysAndCommandsAreEchoedPlainly()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            editor.SecretKeys = new string[] { "password" };

            Feed(editor, "set hostnames a.example.org\rsetx password p\rhelp password x\rset passwords y\r");

            Assert.AreEqual("set hostnames a.example.org\r\nsetx password p\r\nhelp password x\r\nset passwords y\r\n", echo.Text);
        }

        [TestMethod]
        public void ErasingBackIntoTheKeyStopsMasking()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            editor.SecretKeys = new string[] { "password" };

            Feed(editor, "set password ab\b\b\b\b");
            Assert.AreEqual(11, editor.Length);
            echo.Take();
            Feed(editor, "s\r");

            Assert.AreEqual("set passwors", editor.TakeLine());
            Assert.AreEqual("s\r\n", echo.Text);
        }

        [TestMethod]
        public void MaskingEndsWithTheLine()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            editor.SecretKeys = new string[] { "password" };

            Feed(editor, "set password pw\r");
            echo.Take();
            Feed(editor, "show\r");

            Assert.AreEqual("show\r\n", echo.Text);
        }

        [TestMethod]
        public void BadArgumentsAreRefused()
        {
            Expect(typeof(ArgumentNullException), () => new LineEditor(null));
            Expect(typeof(ArgumentOutOfRangeException), () => new LineEditor(new RecordingTextSink(), 0));
        }

        private static void Expect(Type type, Action action)
        {
            DdnsAgent.Tests.Support.Expect.Throws(type, action);
        }

        private static LineEditorResult Feed(LineEditor editor, string text)
        {
            LineEditorResult last = LineEditorResult.None;
            for (int i = 0; i < text.Length; i++)
            {
                last = editor.Feed((byte)text[i]);
            }

            return last;
        }

        // Feeds text and returns the lines it completed (at most 8).
        private static string[] Lines(LineEditor editor, string text)
        {
            var lines = new string[8];
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (editor.Feed((byte)text[i]) == LineEditorResult.LineCompleted)
                {
                    lines[count++] = editor.TakeLine();
                }
            }

            var result = new string[count];
            Array.Copy(lines, result, count);
            return result;
        }

        private static int Occurrences(string text, string part)
        {
            int count = 0;
            int at = text.IndexOf(part);
            while (at >= 0)
            {
                count++;
                at = text.IndexOf(part, at + part.Length);
            }

            return count;
        }
    }
}
