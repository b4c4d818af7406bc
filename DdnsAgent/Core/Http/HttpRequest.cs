namespace DdnsAgent.Http
{
    /// <summary>
    /// A GET request, built in place and reused: the request target (path and query, ASCII) lives in a
    /// fixed buffer so that building it allocates nothing. Header values are prepared once, at config time.
    /// </summary>
    public sealed class HttpRequest
    {
        public const int DefaultTargetCapacity = 2048;
        public const int DefaultTimeoutMilliseconds = 30000;

        public HttpRequest() : this(DefaultTargetCapacity) { }

        public HttpRequest(int targetCapacity)
        {
            Target = new byte[targetCapacity];
            TimeoutMilliseconds = DefaultTimeoutMilliseconds;
        }

        /// <summary>https when true; plain http only where the user opted in.</summary>
        public bool Secure { get; set; }

        public string Host { get; set; }

        public int Port { get; set; }

        /// <summary>Path and query, for example "/nic/update?hostname=a.example.org", in ASCII.</summary>
        public byte[] Target { get; }

        public int TargetLength { get; set; }

        /// <summary>The whole Authorization header value ("Basic ..."), or null to send none.</summary>
        public string Authorization { get; set; }

        public string UserAgent { get; set; }

        public int TimeoutMilliseconds { get; set; }

        /// <summary>The request target as a string. Allocates: for transports and messages, not for hot paths.</summary>
        public string TargetText()
        {
            var chars = new char[TargetLength];
            for (int i = 0; i < TargetLength; i++)
            {
                chars[i] = (char)Target[i];
            }

            return new string(chars);
        }
    }
}
