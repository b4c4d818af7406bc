using System.Collections.Generic;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>What the agent asked of the transport for one exchange, and what came back.</summary>
    public sealed class TransportCall
    {
        public string Host { get; set; }

        public string Target { get; set; }

        public bool HasAuthorization { get; set; }

        /// <summary>The timeout the agent set on the request (before any cap).</summary>
        public int RequestedTimeoutMilliseconds { get; set; }

        public int StatusCode { get; set; }

        public int BodyLength { get; set; }

        public bool BodyTruncated { get; set; }

        public TransportFailure Failure { get; set; }

        public string FailureDetail { get; set; }
    }

    /// <summary>
    /// Sits between the agent and the real host transport: records every exchange, and can shorten long
    /// timeouts so that a hanging server costs a test seconds instead of the agent's full 30 s. The exchange
    /// itself (TLS, the socket, the timeout) stays the real transport's.
    /// </summary>
    public sealed class RecordingTransport : IHttpTransport
    {
        private readonly IHttpTransport _inner;
        private readonly List<TransportCall> _calls = new List<TransportCall>();

        public RecordingTransport(IHttpTransport inner)
        {
            _inner = inner;
        }

        /// <summary>When above 0, a request that asks for a longer timeout gets this one instead.</summary>
        public int TimeoutCapMilliseconds { get; set; }

        public IReadOnlyList<TransportCall> Calls => _calls;

        /// <summary>The exchanges that carried credentials: the update requests.</summary>
        public List<TransportCall> UpdateCalls()
        {
            return _calls.FindAll(c => c.HasAuthorization);
        }

        public void Send(HttpRequest request, HttpResponse response)
        {
            var call = new TransportCall
            {
                Host = request.Host,
                Target = request.TargetText(),
                HasAuthorization = request.Authorization != null,
                RequestedTimeoutMilliseconds = request.TimeoutMilliseconds,
            };
            int requested = request.TimeoutMilliseconds;
            if (TimeoutCapMilliseconds > 0 && requested > TimeoutCapMilliseconds)
            {
                request.TimeoutMilliseconds = TimeoutCapMilliseconds;
            }

            try
            {
                _inner.Send(request, response);
            }
            finally
            {
                request.TimeoutMilliseconds = requested;
            }

            call.StatusCode = response.StatusCode;
            call.BodyLength = response.BodyLength;
            call.BodyTruncated = response.BodyTruncated;
            call.Failure = response.Failure;
            call.FailureDetail = response.FailureDetail;
            _calls.Add(call);
        }
    }
}
