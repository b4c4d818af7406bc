using System.Collections.Generic;
using System.Linq;
using System.Text;
using DdnsAgent.Shell;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>
    /// The line editor against arbitrary input and against a plain model of line editing: keys are UTF-8, a line
    /// that grew past the maximum is discarded whole, and a line with bytes that are not UTF-8 is discarded.
    /// </summary>
    [TestClass]
    public sealed class LineEditorPropertyTests
    {
        private const int MaxLength = 12;

        // Keys a user might press, each as the bytes a terminal sends.
        private static readonly byte[][] Keys =
        {
            new[] { (byte)'a' }, new[] { (byte)'Z' }, new[] { (byte)' ' }, new[] { (byte)'-' },
            new[] { (byte)0x08 }, new[] { (byte)0x7F }, new[] { (byte)'\r' }, new[] { (byte)'\n' },
            new[] { (byte)0x03 }, new[] { (byte)0x1B, (byte)'[', (byte)'A' }, new[] { (byte)0x1B, (byte)'O', (byte)'D' },
            new[] { (byte)0x00 }, new[] { (byte)0xC3, (byte)0xA9 }, new[] { (byte)'\t' }, new[] { (byte)0xFF },
        };

        [TestMethod]
        public void AnyBytesGiveOnlyPrintableBoundedLines()
        {
            Prop.ForAll(
                Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i))),
                bytes =>
                {
                    var editor = new LineEditor(new NullTextSink(), MaxLength);
                    foreach (byte b in bytes)
                    {
                        if (editor.Feed(b) == LineEditorResult.LineCompleted)
                        {
                            // Printable characters of the Basic Multilingual Plane only, and nothing a decoder made up.
                            string line = editor.TakeLine();
                            if (line.Length > MaxLength || line.Any(c => c < ' ' || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || c == '\uFFFD'))
                            {
                                return false;
                            }
                        }

                        if (editor.Length < 0 || editor.Length > MaxLength)
                        {
                            return false;
                        }
                    }

                    return true;
                }).QuickCheckThrowOnFailure();
        }

        [TestMethod]
        public void KeystrokesGiveTheLinesOfASimpleModel()
        {
            Prop.ForAll(
                Arb.From(Gen.ArrayOf(Gen.Choose(0, Keys.Length - 1))),
                keys =>
                {
                    var editor = new LineEditor(new NullTextSink(), MaxLength);
                    var actual = new List<string>();
                    foreach (int key in keys)
                    {
                        foreach (byte b in Keys[key])
                        {
                            if (editor.Feed(b) == LineEditorResult.LineCompleted)
                            {
                                actual.Add(editor.TakeLine());
                            }
                        }
                    }

                    List<string> expected = Model(keys);
                    return expected.SequenceEqual(actual)
                        .Label("expected [" + string.Join("|", expected) + "] got [" + string.Join("|", actual) + "]");
                }).QuickCheckThrowOnFailure();
        }

        private static List<string> Model(int[] keys)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            bool tooLong = false;
            bool notUtf8 = false;
            bool afterCarriageReturn = false;
            void End()
            {
                if (!tooLong && !notUtf8)
                {
                    lines.Add(line.ToString());
                }

                line.Clear();
                tooLong = false;
                notUtf8 = false;
            }

            void Append(char c)
            {
                if (line.Length < MaxLength)
                {
                    line.Append(c);
                }
                else
                {
                    tooLong = true;
                }
            }

            foreach (int key in keys)
            {
                byte first = Keys[key][0];
                bool wasAfterCarriageReturn = afterCarriageReturn;
                afterCarriageReturn = false;
                switch (first)
                {
                    case (byte)'\r':
                        End();
                        afterCarriageReturn = true;
                        break;
                    case (byte)'\n':
                        if (!wasAfterCarriageReturn)
                        {
                            End();
                        }

                        break;
                    case 0x08:
                    case 0x7F:
                        if (line.Length > 0 && !tooLong)
                        {
                            line.Length--;
                        }

                        break;
                    case 0x03:
                        line.Clear();
                        tooLong = false;
                        notUtf8 = false;
                        break;
                    case (byte)'\t':
                        Append(' ');
                        break;
                    case 0xC3:
                        Append('\u00e9');
                        break;
                    case 0xFF:
                        notUtf8 = true;
                        break;
                    default:
                        if (first >= 0x20 && first < 0x7F)
                        {
                            Append((char)first);
                        }

                        break;
                }
            }

            return lines;
        }
    }
}
