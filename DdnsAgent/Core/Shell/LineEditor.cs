using System;
using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// Turns the bytes of a serial terminal into lines, echoing what it accepts. Text arrives as UTF-8:
    /// printable characters of the Basic Multilingual Plane are kept (Tab counts as a space); Backspace or
    /// Delete erases the last character; Ctrl-C throws the line away; CR, LF or CR LF end it. Control
    /// characters and escape sequences (arrow keys) are ignored without touching the line, so noise on the
    /// wire never throws or corrupts what was typed. Nothing typed is ever changed silently: a line that
    /// held bytes that are not UTF-8, or a character beyond U+FFFF, is discarded at Enter with the reason,
    /// and a line longer than <see cref="MaxLength"/> characters is discarded whole (the user is told at
    /// once, and what follows up to Enter is ignored). After "set KEY " with KEY one of
    /// <see cref="SecretKeys"/>, the rest of the line echoes as '*'. Feeding ASCII allocates nothing; a
    /// string is made when a line completes.
    /// </summary>
    public sealed class LineEditor
    {
        public const int DefaultMaxLength = 256;

        private const byte CtrlC = 0x03;
        private const byte Backspace = 0x08;
        private const byte Tab = 0x09;
        private const byte LineFeed = 0x0A;
        private const byte CarriageReturn = 0x0D;
        private const byte Escape = 0x1B;
        private const byte Delete = 0x7F;
        private const string NewLine = "\r\n";
        private const string EraseOne = "\b \b";
        private const string CancelEcho = "^C\r\n";
        private const string Mask = "*";
        private const string Refused = "?";
        private const string NotUtf8Notice = "line discarded: it held bytes that are not UTF-8 text (set the terminal to UTF-8); nothing was run";
        private const string BeyondBmpNotice = "line discarded: it held a character beyond U+FFFF (such as an emoji), which the agent cannot keep; nothing was run";

        // One string per printable ASCII char, made once, so that echoing allocates nothing.
        private static readonly string[] PrintableEcho = BuildPrintableEcho();

        private readonly ITextSink _echo;
        private readonly char[] _buffer;
        private readonly string _tooLongNotice;
        private readonly EscapeSequenceFilter _escape = new EscapeSequenceFilter();
        private readonly Utf8Decoder _decoder = new Utf8Decoder();
        private int _length;
        private int _maskFrom = -1;
        private Refusal _refusal;
        private bool _afterCarriageReturn;
        private string _completed;

        public LineEditor(ITextSink echo) : this(echo, DefaultMaxLength) { }

        public LineEditor(ITextSink echo, int maxLength)
        {
            if (echo == null)
            {
                throw new ArgumentNullException("echo");
            }

            if (maxLength < 1)
            {
                throw new ArgumentOutOfRangeException("maxLength");
            }

            _echo = echo;
            _buffer = new char[maxLength];
            _tooLongNotice = NewLine + "line too long (max " + maxLength.ToString() + " characters): the whole line is discarded; press Enter and type it again, shorter" + NewLine;
        }

        // Why the line being typed will be discarded at Enter.
        private enum Refusal : byte
        {
            None = 0,
            TooLong,
            NotUtf8,
            BeyondBmp,
        }

        public int MaxLength
        {
            get { return _buffer.Length; }
        }

        /// <summary>How many chars the unfinished line holds.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The prompt <see cref="WritePrompt"/> writes; may be null.</summary>
        public string Prompt { get; set; }

        /// <summary>Lower-case setting keys whose value is masked while typed after "set KEY "; may be null.</summary>
        public string[] SecretKeys { get; set; }

        /// <summary>
        /// Takes one byte from the terminal. LineCompleted: call <see cref="TakeLine"/>. Discarded: Enter ended
        /// a line that cannot be used, and the editor has said why.
        /// </summary>
        public LineEditorResult Feed(byte b)
        {
            bool afterCarriageReturn = _afterCarriageReturn;
            _afterCarriageReturn = false;

            if (_escape.Active && _escape.Consumes(b))
            {
                return LineEditorResult.None;
            }

            if (b >= 0x80)
            {
                FeedUtf8(b);
                return LineEditorResult.None;
            }

            if (_decoder.InSequence)
            {
                // A sequence cut short by an ASCII byte: that byte still counts.
                _decoder.Reset();
                Refuse(Refusal.NotUtf8);
            }

            switch (b)
            {
                case CarriageReturn:
                    _afterCarriageReturn = true;
                    return Complete();
                case LineFeed:
                    return afterCarriageReturn ? LineEditorResult.None : Complete();
                case CtrlC:
                    Reset();
                    _echo.Write(CancelEcho);
                    return LineEditorResult.Cancelled;
                case Backspace:
                case Delete:
                    EraseLast();
                    return LineEditorResult.None;
                case Escape:
                    _escape.Begin();
                    return LineEditorResult.None;
                case Tab:
                    Append(' ');
                    return LineEditorResult.None;
                default:
                    if (b >= 0x20)
                    {
                        Append((char)b);
                    }

                    return LineEditorResult.None;
            }
        }

        /// <summary>The line completed by the last Feed, without its line ending; empty if none is waiting.</summary>
        public string TakeLine()
        {
            string line = _completed ?? string.Empty;
            _completed = null;
            return line;
        }

        /// <summary>Writes the prompt, if any.</summary>
        public void WritePrompt()
        {
            if (Prompt != null && Prompt.Length > 0)
            {
                _echo.Write(Prompt);
            }
        }

        private void FeedUtf8(byte b)
        {
            int c = _decoder.Feed(b);
            if (c == Utf8Decoder.NeedMore)
            {
                return;
            }

            if (c == Utf8Decoder.Invalid || c == Utf8Decoder.BeyondBmp)
            {
                Refuse(c == Utf8Decoder.Invalid ? Refusal.NotUtf8 : Refusal.BeyondBmp);
                return;
            }

            // U+0080 to U+009F are control characters (C1): ignored like the C0 ones.
            if (c >= 0xA0)
            {
                Append((char)c);
            }
        }

        private void Append(char c)
        {
            if (_refusal == Refusal.TooLong)
            {
                return;
            }

            if (_length == _buffer.Length)
            {
                _refusal = Refusal.TooLong;
                _echo.Write(_tooLongNotice);
                return;
            }

            _buffer[_length++] = c;
            _echo.Write(_maskFrom >= 0 ? Mask : c < 0x7F ? PrintableEcho[c - ' '] : c.ToString());
            if (c == ' ' && _maskFrom < 0 && SecretKeyInput.StartsSecretValue(_buffer, _length, SecretKeys))
            {
                _maskFrom = _length;
            }
        }

        // The line goes on (the user sees a '?' where the bad input was) and is discarded at Enter.
        private void Refuse(Refusal refusal)
        {
            if (_refusal == Refusal.TooLong)
            {
                return;
            }

            if (_refusal == Refusal.None)
            {
                _refusal = refusal;
            }

            _echo.Write(_maskFrom >= 0 ? Mask : Refused);
        }

        private void EraseLast()
        {
            if (_length == 0 || _refusal == Refusal.TooLong)
            {
                return;
            }

            _length--;
            if (_length < _maskFrom)
            {
                _maskFrom = -1;
            }

            _echo.Write(EraseOne);
        }

        private LineEditorResult Complete()
        {
            Refusal refusal = _refusal;
            _completed = refusal == Refusal.None ? new string(_buffer, 0, _length) : null;
            Reset();
            if (refusal == Refusal.TooLong)
            {
                return LineEditorResult.Discarded;
            }

            _echo.Write(NewLine);
            if (refusal == Refusal.None)
            {
                return LineEditorResult.LineCompleted;
            }

            _echo.Write(refusal == Refusal.NotUtf8 ? NotUtf8Notice : BeyondBmpNotice);
            _echo.Write(NewLine);
            return LineEditorResult.Discarded;
        }

        private void Reset()
        {
            _length = 0;
            _maskFrom = -1;
            _refusal = Refusal.None;
            _escape.Reset();
            _decoder.Reset();
        }
        private static string[] BuildPrintableEcho()
        {
            var table = new string[Delete - ' '];
            for (int i = 0; i < table.Length; i++)
            {
                table[i] = new string((char)(' ' + i), 1);
            }

            return table;
        }
    }
}
