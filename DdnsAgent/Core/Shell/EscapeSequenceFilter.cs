namespace DdnsAgent.Shell
{
    /// <summary>
    /// Swallows terminal escape sequences: arrow and function keys arrive as ESC [ params final or
    /// ESC O final, Alt-x as ESC x. A byte that cannot belong to a sequence ends it and is left for the
    /// line editor (so Enter still works after a stray ESC), and an endless sequence gives up after a
    /// few bytes, so that noise on the line can never swallow what the user types next.
    /// </summary>
    internal sealed class EscapeSequenceFilter
    {
        private const byte Escape = 0x1B;
        private const int MaxLength = 16;

        private Stage _stage;
        private int _length;

        private enum Stage : byte
        {
            Idle = 0,
            AfterEscape,
            InSequence,
        }

        public bool Active
        {
            get { return _stage != Stage.Idle; }
        }

        /// <summary>Call on ESC: the bytes that follow belong to the sequence.</summary>
        public void Begin()
        {
            _stage = Stage.AfterEscape;
            _length = 0;
        }

        public void Reset()
        {
            _stage = Stage.Idle;
        }

        /// <summary>True when b was part of the active sequence; false leaves b for the caller.</summary>
        public bool Consumes(byte b)
        {
            bool printable = b >= 0x20 && b < 0x7F;
            if (_stage == Stage.AfterEscape)
            {
                if (b == Escape)
                {
                    return true;
                }

                _stage = printable && (b == '[' || b == 'O') ? Stage.InSequence : Stage.Idle;
                return printable;
            }

            if (_stage != Stage.InSequence || !printable)
            {
                _stage = Stage.Idle;
                return false;
            }

            // Parameter and intermediate bytes are 0x20-0x3F; a final byte (0x40-0x7E) ends the sequence.
            _length++;
            if (b >= 0x40 || _length >= MaxLength)
            {
                _stage = Stage.Idle;
            }

            return true;
        }
    }
}
