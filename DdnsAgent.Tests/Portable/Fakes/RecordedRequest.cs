namespace DdnsAgent.Tests.Fakes
{
    /// <summary>A copy of a request as a <see cref="ScriptedHttpTransport"/> received it.</summary>
    public sealed class RecordedRequest
    {
        public RecordedRequest(bool secure, string host, int port, string target, string authorization, string userAgent, int timeoutMilliseconds)
        {
            Secure = secure;
            Host = host;
            Port = port;
            Target = target;
            Authorization = authorization;
            UserAgent = userAgent;
            TimeoutMilliseconds = timeoutMilliseconds;
        }

        public bool Secure { get; }

        public string Host { get; }

        public int Port { get; }

        /// <summary>Path and query, e.g. "/nic/update?hostname=a.example.org".</summary>
        public string Target { get; }

        public string Authorization { get; }

        public string UserAgent { get; }

        public int TimeoutMilliseconds { get; }
    }
}
