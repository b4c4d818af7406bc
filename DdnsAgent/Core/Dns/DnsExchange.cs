using DdnsAgent.Http;

namespace DdnsAgent.Dns
{
    /// <summary>
    /// One DNS request and its answer, in buffers made once and reused: the caller writes the request into
    /// <see cref="Request"/> and sets where it goes; an <see cref="Ports.IDnsTransport"/> fills in the answer
    /// or the failure. The answer buffer's size caps what the agent ever reads from a server.
    /// </summary>
    public sealed class DnsExchange
    {
        public const int DefaultPort = 53;
        public const int DefaultTimeoutMilliseconds = 5000;

        /// <summary>Enough for any UDP answer the agent asks for and for TCP answers to its own requests.</summary>
        public const int DefaultCapacity = 2048;

        public DnsExchange() : this(DefaultCapacity, DefaultCapacity) { }

        public DnsExchange(int requestCapacity, int answerCapacity)
        {
            Request = new byte[requestCapacity];
            Answer = new byte[answerCapacity];
            Port = DefaultPort;
            TimeoutMilliseconds = DefaultTimeoutMilliseconds;
        }

        /// <summary>The server: an IP address in text, or a host name the platform resolves.</summary>
        public string Server { get; set; }

        public int Port { get; set; }

        public DnsProtocol Protocol { get; set; }

        /// <summary>The longest the whole exchange may take (connect, send and wait for the answer).</summary>
        public int TimeoutMilliseconds { get; set; }

        public byte[] Request { get; }

        public int RequestLength { get; set; }

        public byte[] Answer { get; }

        /// <summary>Bytes of the answer in <see cref="Answer"/>; 0 when none arrived.</summary>
        public int AnswerLength { get; set; }

        public TransportFailure Failure { get; set; }

        /// <summary>Plain words for the user when <see cref="Failure"/> is set; never holds secrets.</summary>
        public string FailureDetail { get; set; }

        /// <summary>Set by <see cref="DnsClient"/> when a truncated UDP answer made it ask again over TCP.</summary>
        public bool FellBackToTcp { get; set; }

        public bool Succeeded => Failure == TransportFailure.None;

        /// <summary>Forgets the last answer and failure, before the transport runs.</summary>
        public void ClearAnswer()
        {
            AnswerLength = 0;
            Failure = TransportFailure.None;
            FailureDetail = null;
        }
    }
}
