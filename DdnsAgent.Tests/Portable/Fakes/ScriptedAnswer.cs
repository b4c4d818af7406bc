using DdnsAgent.Http;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>One answer a <see cref="ScriptedHttpTransport"/> gives for a host.</summary>
    public sealed class ScriptedAnswer
    {
        public ScriptedAnswer(string host, int statusCode, string body, TransportFailure failure, string failureDetail)
        {
            Host = host;
            StatusCode = statusCode;
            Body = body;
            Failure = failure;
            FailureDetail = failureDetail;
        }

        public string Host { get; }

        public int StatusCode { get; }

        /// <summary>ASCII text; copied byte by byte.</summary>
        public string Body { get; }

        public TransportFailure Failure { get; }

        public string FailureDetail { get; }
    }
}
