using DdnsAgent.Addressing;
using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// A parsed provider answer, filled in place by <see cref="AnswerParser"/> and reused: per line the code
    /// and the echoed address. What a code means is decided elsewhere (UpdateDecision), per host. Reading it
    /// never allocates, except <see cref="FirstLineText"/>.
    /// </summary>
    public sealed class UpdateAnswer
    {
        /// <summary>A request names at most 20 hosts, so a well-formed answer has at most 20 lines.</summary>
        public const int MaxLines = 20;

        /// <summary>How much of the first line is kept to show the user.</summary>
        public const int FirstLineCapacity = 80;

        private readonly ResultCode[] _codes = new ResultCode[MaxLines];
        private readonly IpAddress[] _addresses = new IpAddress[MaxLines];
        private readonly byte[] _firstLine = new byte[FirstLineCapacity];
        private int _lineCount;
        private int _firstLineLength;

        public UpdateAnswer()
        {
            Clear();
        }

        /// <summary>Lines kept, at most <see cref="MaxLines"/>; blank lines are not counted.</summary>
        public int LineCount => _lineCount;

        /// <summary>Length of the kept first line, cleaned: control characters dropped, non-ASCII as '?'.</summary>
        public int FirstLineLength => _firstLineLength;

        public ResultCode CodeAt(int line) => _codes[line];

        /// <summary>The address echoed after good or nochg, or IpAddress.None.</summary>
        public IpAddress AddressAt(int line) => _addresses[line];

        /// <summary>
        /// The code for the host at this position of the request: its own line, or the single line when the
        /// provider answered once for all hosts; Unknown when the provider left the host unanswered.
        /// </summary>
        public ResultCode CodeForHost(int hostIndex)
        {
            int line = LineForHost(hostIndex);
            return line < 0 ? ResultCode.Unknown : _codes[line];
        }

        public IpAddress AddressForHost(int hostIndex)
        {
            int line = LineForHost(hostIndex);
            return line < 0 ? IpAddress.None : _addresses[line];
        }

        /// <summary>The first line as the provider sent it, cleaned and cut. Allocates: call it only to show the user.</summary>
        public string FirstLineText() => Ascii.ToText(_firstLine, 0, _firstLineLength);

        /// <summary>Copies the kept first line into destination at offset; returns the bytes copied. Allocates nothing.</summary>
        public int CopyFirstLine(byte[] destination, int offset)
        {
            int count = _firstLineLength;
            if (count > destination.Length - offset)
            {
                count = destination.Length - offset;
            }

            for (int i = 0; i < count; i++)
            {
                destination[offset + i] = _firstLine[i];
            }

            return count;
        }

        public void Clear()
        {
            _lineCount = 0;
            _firstLineLength = 0;
        }

        internal void AddLine(ResultCode code, IpAddress address)
        {
            if (_lineCount < MaxLines)
            {
                _codes[_lineCount] = code;
                _addresses[_lineCount] = address;
                _lineCount++;
            }
        }

        /// <summary>Keeps text[start..end) as the first line: control bytes dropped, non-ASCII as '?', cut to capacity.</summary>
        internal void KeepFirstLine(byte[] text, int start, int end)
        {
            int length = 0;
            for (int i = start; i < end && length < FirstLineCapacity; i++)
            {
                int c = text[i];
                if (c == '\t')
                {
                    c = ' ';
                }
                else if (Ascii.IsControl(c))
                {
                    continue;
                }
                else if (c >= 0x80)
                {
                    c = '?';
                }

                _firstLine[length++] = (byte)c;
            }

            _firstLineLength = length;
        }

        private int LineForHost(int hostIndex)
        {
            if (hostIndex >= 0 && hostIndex < _lineCount)
            {
                return hostIndex;
            }

            return _lineCount == 1 && hostIndex >= 0 ? 0 : -1;
        }
    }
}
