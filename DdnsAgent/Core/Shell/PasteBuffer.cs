using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// Collects the lines of a pasted PEM block (a CA certificate) until its "-----END ...-----" line.
    /// Lines are trimmed and blank ones dropped; each kept line ends with "\n". Text beyond the capacity
    /// is counted but not kept, so an oversized paste is still consumed to its end instead of spilling
    /// into the command line, and then refused.
    /// </summary>
    internal sealed class PasteBuffer
    {
        private const string EndMarker = "-----END";

        private readonly char[] _text;
        private int _length;

        public PasteBuffer(int capacity)
        {
            _text = new char[capacity];
        }

        public int Capacity
        {
            get { return _text.Length; }
        }

        /// <summary>True once more text arrived than <see cref="Capacity"/> holds.</summary>
        public bool Overflowed { get; private set; }

        /// <summary>Adds a line; true when it was the end line and the block is complete.</summary>
        public bool AddLine(string line)
        {
            int start = AsciiWords.SkipSpaces(line, 0);
            int end = AsciiWords.TrimmedEnd(line, start, line.Length);

            if (end == start)
            {
                return false;
            }

            if (_length + (end - start) + 1 > _text.Length)
            {
                Overflowed = true;
            }
            else
            {
                for (int i = start; i < end; i++)
                {
                    _text[_length++] = line[i];
                }

                _text[_length++] = '\n';
            }

            return IsEndLine(line, start, end - start);
        }

        public string Text()
        {
            return new string(_text, 0, _length);
        }

        private static bool IsEndLine(string line, int start, int count)
        {
            if (count < EndMarker.Length)
            {
                return false;
            }

            for (int i = 0; i < EndMarker.Length; i++)
            {
                if (line[start + i] != EndMarker[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
