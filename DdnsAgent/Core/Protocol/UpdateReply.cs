using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// What one exchange of a round carried and what came back, filled by the protocol and read by the engine:
    /// the hosts and addresses sent; a transport failure, or the answer (its HTTP status where there is one, its
    /// raw text, and per host the protocol's code and where in the text that host's line is). Reused; filling
    /// and reading it allocate nothing, except <see cref="QuoteFor"/>.
    /// </summary>
    public sealed class UpdateReply
    {
        /// <summary>The most characters of a server's line quoted back to the user.</summary>
        public const int MaxQuoteLength = 80;

        private bool[] _carried = new bool[0];
        private ResultCode[] _codes = new ResultCode[0];
        private int[] _lineStart = new int[0];
        private int[] _lineEnd = new int[0];
        private bool[] _cutOff = new bool[0];

        /// <summary>The IPv4 address the exchange carried, or None.</summary>
        public IpAddress IPv4 { get; private set; }

        public IpAddress IPv6 { get; private set; }

        /// <summary>Why no answer came, or None when one did.</summary>
        public TransportFailure Failure { get; private set; }

        /// <summary>Plain words for <see cref="Failure"/> (never secrets), or null.</summary>
        public string FailureDetail { get; private set; }

        /// <summary>The answer's HTTP status; 0 for a protocol without HTTP, or when no answer came.</summary>
        public int HttpStatus { get; private set; }

        /// <summary>
        /// What the answer says beyond its code, in plain words, to show instead of the code's text (a DNS server's
        /// clock against the device's, why a signature did not verify); null when the code says it all.
        /// </summary>
        public string Detail { get; private set; }

        /// <summary>The answer as received (a buffer the protocol owns), for `status`; null when none came.</summary>
        public byte[] Answer { get; private set; }

        public int AnswerLength { get; private set; }

        /// <summary>True when the exchange carried this host's records.</summary>
        public bool Carries(int host) => host >= 0 && host < _carried.Length && _carried[host];

        /// <summary>The protocol's code for this host, or null when the answer held none for it.</summary>
        public ResultCode CodeFor(int host) => _codes[host];

        /// <summary>
        /// The host's own line of the answer, escaped and bounded, to show for a code the agent does not know:
        /// "an empty answer", "no line for this name", or the line, with a note when it was cut off. Allocates.
        /// </summary>
        public string QuoteFor(int host)
        {
            int start = _lineStart[host];
            if (start < 0 || Answer == null)
            {
                return AnswerLength == 0 ? "an empty answer" : "no line for this name";
            }

            if (_lineEnd[host] == start && !_cutOff[host])
            {
                return "an empty answer";
            }

            string line = EscapedText.Of(Answer, start, _lineEnd[host], MaxQuoteLength);
            return _cutOff[host]
                ? string.Concat("a line cut off where the answer passed ", Answer.Length.ToString(), " bytes: ", line)
                : line;
        }

        /// <summary>Starts an exchange over nothing: the protocol then names what it carries.</summary>
        public void Start(int hostCount, IpAddress ipv4, IpAddress ipv6)
        {
            if (_carried.Length < hostCount)
            {
                _carried = new bool[hostCount];
                _codes = new ResultCode[hostCount];
                _lineStart = new int[hostCount];
                _lineEnd = new int[hostCount];
                _cutOff = new bool[hostCount];
            }

            for (int i = 0; i < _carried.Length; i++)
            {
                _carried[i] = false;
                _codes[i] = null;
                _lineStart[i] = -1;
                _lineEnd[i] = -1;
                _cutOff[i] = false;
            }

            IPv4 = ipv4;
            IPv6 = ipv6;
            Failure = TransportFailure.None;
            FailureDetail = null;
            HttpStatus = 0;
            Answer = null;
            AnswerLength = 0;
            Detail = null;
        }

        public void Carry(int host)
        {
            _carried[host] = true;
        }

        /// <summary>No answer came (or nothing was sent): the failure and its words.</summary>
        public void Fail(TransportFailure failure, string detail)
        {
            Failure = failure;
            FailureDetail = detail;
        }

        /// <summary>An answer came: its HTTP status (0 without HTTP) and its text.</summary>
        public void Answered(int httpStatus, byte[] answer, int length)
        {
            HttpStatus = httpStatus;
            Answer = answer;
            AnswerLength = length;
        }

        /// <summary>Words about the answer for the user, led by its code (see <see cref="Detail"/>); only for a failure, as they allocate.</summary>
        public void Explain(string detail)
        {
            Detail = detail;
        }

        /// <summary>
        /// The code for one host (null: none the protocol knows) and its line, answer[lineStart..lineEnd)
        /// (lineStart -1: no line for it); cutOff when the line was cut by the answer's size limit.
        /// </summary>
        public void SetCode(int host, ResultCode code, int lineStart, int lineEnd, bool cutOff)
        {
            _codes[host] = code;
            _lineStart[host] = lineStart;
            _lineEnd[host] = lineEnd;
            _cutOff[host] = cutOff;
        }
    }
}
