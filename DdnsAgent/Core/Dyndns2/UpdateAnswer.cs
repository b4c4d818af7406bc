using DdnsAgent.Addressing;
using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// A parsed provider answer, filled in place by <see cref="AnswerParser"/> and reused: per line the code,
    /// the echoed address and where the line is in the body. What a code means is decided elsewhere
    /// (UpdateDecision), per host. Reading it never allocates, except <see cref="LineText"/>.
    /// </summary>
    public sealed class UpdateAnswer
    {
        /// <summary>A request names at most 20 hosts, so a well-formed answer has at most 20 lines.</summary>
        public const int MaxLines = 20;

        /// <summary>How much of a line is quoted back to the user.</summary>
        public const int QuoteLength = 80;

        private readonly ResultCode[] _codes = new ResultCode[MaxLines];
        private readonly IpAddress[] _addresses = new IpAddress[MaxLines];
        private readonly int[] _starts = new int[MaxLines];
        private readonly int[] _ends = new int[MaxLines];
        private byte[] _body;
        private int _lineCount;
        private bool _lastCutOff;

        public UpdateAnswer()
        {
            Clear();
        }

        /// <summary>Lines kept, at most <see cref="MaxLines"/>; blank lines are not counted.</summary>
        public int LineCount => _lineCount;

        public ResultCode CodeAt(int line) => _codes[line];

        /// <summary>The address echoed after good or nochg, or IpAddress.None.</summary>
        public IpAddress AddressAt(int line) => _addresses[line];

        /// <summary>Where the line starts in the parsed body (spaces around it left out).</summary>
        public int StartAt(int line) => _starts[line];

        /// <summary>Where the line ends in the parsed body, exclusive.</summary>
        public int EndAt(int line) => _ends[line];

        /// <summary>True for the last line of an answer longer than the buffer: it was cut off, so its code is Unknown.</summary>
        public bool IsCutOff(int line) => _lastCutOff && line == _lineCount - 1;

        /// <summary>
        /// The line that answers the host at this position of the request: its own, or the single line when the
        /// provider answered once for all hosts; -1 when the provider left the host unanswered.
        /// </summary>
        public int LineForHost(int hostIndex)
        {
            if (hostIndex >= 0 && hostIndex < _lineCount)
            {
                return hostIndex;
            }

            return _lineCount == 1 && hostIndex >= 0 ? 0 : -1;
        }

        /// <summary>The code for the host at this position of the request; Unknown when no line answers it.</summary>
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

        /// <summary>The line as the provider sent it, escaped and bounded (see EscapedText). Allocates: only to show the user.</summary>
        public string LineText(int line)
        {
            return _body == null ? string.Empty : EscapedText.Of(_body, _starts[line], _ends[line], QuoteLength);
        }

        public void Clear()
        {
            _body = null;
            _lineCount = 0;
            _lastCutOff = false;
        }

        internal void Begin(byte[] body)
        {
            Clear();
            _body = body;
        }

        /// <summary>Keeps a line; lines past <see cref="MaxLines"/> answer no host and are not kept.</summary>
        internal void AddLine(ResultCode code, IpAddress address, int start, int end, bool cutOff)
        {
            if (_lineCount < MaxLines)
            {
                _codes[_lineCount] = code;
                _addresses[_lineCount] = address;
                _starts[_lineCount] = start;
                _ends[_lineCount] = end;
                _lineCount++;
                _lastCutOff = cutOff;
            }
        }
    }
}
