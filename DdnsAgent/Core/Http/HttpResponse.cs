namespace DdnsAgent.Http
{
    /// <summary>
    /// The answer to an <see cref="HttpRequest"/>, filled in place by the transport. The body buffer has a
    /// fixed capacity: that is the cap on what the agent ever reads from a server.
    /// </summary>
    public sealed class HttpResponse
    {
        public const int DefaultBodyCapacity = 2048;

        public HttpResponse() : this(DefaultBodyCapacity) { }

        public HttpResponse(int bodyCapacity)
        {
            Body = new byte[bodyCapacity];
        }

        /// <summary>HTTP status code, or 0 when no answer arrived.</summary>
        public int StatusCode { get; set; }

        public byte[] Body { get; }

        public int BodyLength { get; set; }

        /// <summary>True when the server sent more than <see cref="Body"/> can hold; the rest was not read.</summary>
        public bool BodyTruncated { get; set; }

        public TransportFailure Failure { get; set; }

        /// <summary>Plain words for the user when <see cref="Failure"/> is set; never holds secrets.</summary>
        public string FailureDetail { get; set; }

        public bool Succeeded => Failure == TransportFailure.None;

        public void Clear()
        {
            StatusCode = 0;
            BodyLength = 0;
            BodyTruncated = false;
            Failure = TransportFailure.None;
            FailureDetail = null;
        }
    }
}
