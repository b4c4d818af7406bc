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
        public void AnOverlongLineIsDiscardedWholeAndTheUserIsToldOnce()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo, 8);
            editor.Prompt = "ddns> ";

            Feed(editor, "abcdefghijkl");
            Assert.AreEqual("abcdefgh\r\nline too long (max 8 characters): the whole line is discarded; press Enter and type it again, shorter\r\n", echo.Take());

            Assert.AreEqual(LineEditorResult.Discarded, Feed(editor, "\b1\r"), "Enter ends the line, and nothing of it is run");
            Assert.AreEqual(string.Empty, editor.TakeLine());
            Assert.AreEqual(string.Empty, echo.Take(), "what follows the notice is neither echoed nor kept");
            Assert.AreEqual(0, editor.Length);

            Assert.AreEqual(LineEditorResult.LineCompleted, Feed(editor, "status\r"));
            Assert.AreEqual("status", editor.TakeLine(), "the next line is a fresh one");
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
            Assert.AreEqual(1, Occurrences(echo.Text, "line too long (max 256 characters)"));
            Assert.AreEqual(LineEditorResult.Discarded, editor.Feed(13));
            Assert.AreEqual(string.Empty, editor.TakeLine());

            for (int i = 0; i < 256; i++)
            {
                editor.Feed((byte)'b');
            }

            Assert.AreEqual(LineEditorResult.LineCompleted, editor.Feed(13), "256 characters are fine");
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
        public void CtrlCEndsAnOverlongLineToo()
        {
            var editor = new LineEditor(new RecordingTextSink(), 4);
            Feed(editor, "123456");
            Assert.AreEqual(LineEditorResult.Cancelled, editor.Feed(3));
            Assert.AreEqual(LineEditorResult.LineCompleted, Feed(editor, "log\r"));
            Assert.AreEqual("log", editor.TakeLine());
        }

        [TestMethod]
        public void ControlBytesAreIgnoredWithoutTouchingTheLine()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            byte[] noise = new byte[] { 0x00, 0x01, 0x02, 0x04, 0x07, 0x0B, 0x0C, 0x0E, 0x15, 0x1A, 0x1C, 0x1F, 0xC2, 0x80, 0xC2, 0x9B };

            editor.Feed((byte)'a');
            for (int i = 0; i < noise.Length; i++)
            {
                Assert.AreEqual(LineEditorResult.None, editor.Feed(noise[i]), "byte " + noise[i].ToString());
            }

            Feed(editor, "b\r");
            Assert.AreEqual("ab", editor.TakeLine(), "C0 and C1 (U+0080 to U+009F) control characters are noise");
            Assert.AreEqual("ab\r\n", echo.Text);
        }

        [TestMethod]
        public void Utf8LettersAreKeptExactlyAsTyped()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);

            // "set username jürgen €" as a UTF-8 terminal sends it.
            byte[] typed = new byte[] { 0x73, 0x65, 0x74, 0x20, 0x75, 0x73, 0x65, 0x72, 0x6E, 0x61, 0x6D, 0x65, 0x20, 0x6A, 0xC3, 0xBC, 0x72, 0x67, 0x65, 0x6E, 0x20, 0xE2, 0x82, 0xAC, 0x0D };
            LineEditorResult last = LineEditorResult.None;
            for (int i = 0; i < typed.Length; i++)
            {
                last = editor.Feed(typed[i]);
            }

            Assert.AreEqual(LineEditorResult.LineCompleted, last);
            Assert.AreEqual("set username j\u00fcrgen \u20ac", editor.TakeLine());
            Assert.AreEqual("set username j\u00fcrgen \u20ac\r\n", echo.Text, "echoed as typed");

            Feed(editor, "x");
            editor.Feed(0xC3);
            editor.Feed(0xA4);
            Feed(editor, "\by\r");
            Assert.AreEqual("xy", editor.TakeLine(), "Backspace erases a whole character");
        }

        [TestMethod]
        public void ALineWithBytesThatAreNotUtf8IsDiscardedWithTheReason()
        {
            // Latin-1 "hömé", a stray continuation byte, an overlong '/', an encoded surrogate, a cut sequence.
            byte[][] cases = new byte[][]
            {
                new byte[] { 0x68, 0xF6, 0x6D, 0xE9 },
                new byte[] { 0x61, 0x80, 0x62 },
                new byte[] { 0xC0, 0xAF },
                new byte[] { 0xED, 0xA0, 0x80 },
                new byte[] { 0xE2, 0x82, 0x61 },
                new byte[] { 0xFF },
            };

            for (int n = 0; n < cases.Length; n++)
            {
                var echo = new RecordingTextSink();
                var editor = new LineEditor(echo);
                for (int i = 0; i < cases[n].Length; i++)
                {
                    editor.Feed(cases[n][i]);
                }

                Assert.AreEqual(LineEditorResult.Discarded, editor.Feed(13), "case " + n.ToString());
                Assert.AreEqual(string.Empty, editor.TakeLine());
                DdnsAgent.Tests.Support.Expect.Contains(echo.Text, "line discarded: it held bytes that are not UTF-8 text (set the terminal to UTF-8); nothing was run\r\n");
                Assert.AreEqual(LineEditorResult.LineCompleted, Feed(editor, "ok\r"), "the next line is fine");
                Assert.AreEqual("ok", editor.TakeLine());
            }
        }

        [TestMethod]
        public void ALineWithACharacterBeyondTheBmpIsDiscardedWithTheReason()
        {
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo);
            Feed(editor, "set password ab");
            editor.Feed(0xF0);
            editor.Feed(0x9F);
            editor.Feed(0x98);
            editor.Feed(0x80);

            Assert.AreEqual(LineEditorResult.Discarded, editor.Feed(13));
            DdnsAgent.Tests.Support.Expect.Contains(echo.Text, "line discarded: it held a character beyond U+FFFF (such as an emoji), which the agent cannot keep; nothing was run");
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
            var echo = new RecordingTextSink();
            var editor = new LineEditor(echo, 64);
            int completed = 0;
            for (int i = 0; i < 200000; i++)
            {
                LineEditorResult result = editor.Feed(random.NextByte());
                if (result == LineEditorResult.LineCompleted)
                {
                    completed++;
                    string line = editor.TakeLine();
                    Assert.IsTrue(line.Length <= 64, "line of " + line.Length.ToString());
                    for (int c = 0; c < line.Length; c++)
                    {
                        char ch = line[c];
                        bool control = ch < ' ' || (ch >= 0x7F && ch <= 0x9F);
                        Assert.IsFalse(control || (ch >= 0xD800 && ch <= 0xDFFF) || ch == 0xFFFD, "char " + ((int)ch).ToString());
                    }
                }

                Assert.IsTrue(editor.Length >= 0 && editor.Length <= 64);

                // What was echoed so far: only what the editor accepted, never a control character it ignored
                // (taken as it goes: the device's StringBuilder holds at most 32,767 characters).
                if (result != LineEditorResult.None || echo.Length > 4096)
                {
                    AssertEchoIsPrintable(echo.Take());
                }
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

        private static void AssertEchoIsPrintable(string echo)
        {
            for (int i = 0; i < echo.Length; i++)
            {
                char c = echo[i];
                bool allowed = c == '\r' || c == '\n' || c == '\b' || (c >= ' ' && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && !(c >= 0xD800 && c <= 0xDFFF));
                Assert.IsTrue(allowed, "echoed char " + ((int)c).ToString());
            }
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
