using System;
using DdnsAgent.Ports;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// Turns the bytes of a serial terminal into lines, echoing what it accepts. Printable ASCII is kept
    /// (Tab counts as a space); Backspace or Delete erases the last char; Ctrl-C throws the line away;
    /// CR, LF or CR LF end it. Everything else (other control chars, bytes of 0x80 and above, escape
    /// sequences such as the arrow keys) is refused without touching the line, so noise on the wire
    /// never throws or corrupts what was typed. Past <see cref="MaxLength"/> chars further ones are
    /// refused and the user is told once. After "set KEY " with KEY one of <see cref="SecretKeys"/>,
    /// the rest of the line echoes as '*'. Feeding a byte allocates nothing; a string is made only when
    /// a line completes.
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

        // One string per printable ASCII char, made once, so that echoing allocates nothing.
        private static readonly string[] PrintableEcho = BuildPrintableEcho();

        private readonly ITextSink _echo;
        private readonly char[] _buffer;
        private readonly string _tooLongNotice;
        private readonly EscapeSequenceFilter _escape = new EscapeSequenceFilter();
        private int _length;
        private int _maskFrom = -1;
        private bool _toldTooLong;
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
            _tooLongNotice = NewLine + "line too long (max " + maxLength.ToString() + " characters)" + NewLine;
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

        /// <summary>Written again after the "line too long" notice, so the user sees where they are; may be null.</summary>
        public string Prompt { get; set; }

        /// <summary>Lower-case setting keys whose value is masked while typed after "set KEY "; may be null.</summary>
        public string[] SecretKeys { get; set; }

        /// <summary>Takes one byte from the terminal; when it returns LineCompleted, call <see cref="TakeLine"/>.</summary>
        public LineEditorResult Feed(byte b)
        {
            bool afterCarriageReturn = _afterCarriageReturn;
            _afterCarriageReturn = false;

            if (_escape.Active && _escape.Consumes(b))
            {
                return LineEditorResult.None;
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
                    if (b >= 0x20 && b < Delete)
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

        private void Append(char c)
        {
            if (_length == _buffer.Length)
            {
                TellTooLong();
                return;
            }

            _buffer[_length++] = c;
            _echo.Write(_maskFrom >= 0 ? Mask : PrintableEcho[c - ' ']);
            if (c == ' ' && _maskFrom < 0 && SecretKeyInput.StartsSecretValue(_buffer, _length, SecretKeys))
            {
                _maskFrom = _length;
            }
        }

        private void EraseLast()
        {
            if (_length == 0)
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

        private void TellTooLong()
        {
            if (_toldTooLong)
            {
                return;
            }

            _toldTooLong = true;
            _echo.Write(_tooLongNotice);
            WritePrompt();
            int shown = _maskFrom >= 0 ? _maskFrom : _length;
            _echo.Write(new string(_buffer, 0, shown));
            if (shown < _length)
            {
                _echo.Write(new string('*', _length - shown));
            }
        }

        private LineEditorResult Complete()
        {
            _completed = new string(_buffer, 0, _length);
            Reset();
            _echo.Write(NewLine);
            return LineEditorResult.LineCompleted;
        }

        private void Reset()
        {
            _length = 0;
            _maskFrom = -1;
            _toldTooLong = false;
            _escape.Reset();
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
