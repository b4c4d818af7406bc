using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Authentication;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>One request as a test server received it, before any handler ran.</summary>
    public sealed class RecordedRequest
    {
        public RecordedRequest(
            DateTimeOffset time,
            string method,
            string path,
            string query,
            IReadOnlyDictionary<string, string> headers,
            IPAddress remoteAddress,
            bool isHttps,
            SslProtocols tlsProtocol)
        {
            Time = time;
            Method = method;
            Path = path;
            Query = query;
            Headers = headers;
            RemoteAddress = remoteAddress;
            IsHttps = isHttps;
            TlsProtocol = tlsProtocol;
        }

        public DateTimeOffset Time { get; }

        public string Method { get; }

        /// <summary>The path, e.g. "/nic/update".</summary>
        public string Path { get; }

        /// <summary>The raw query string including the leading '?', or "" when there is none.</summary>
        public string Query { get; }

        public string PathAndQuery
        {
            get { return Path + Query; }
        }

        /// <summary>Every request header; names compare case-insensitively; repeated headers joined by ", ".</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public IPAddress RemoteAddress { get; }

        public bool IsHttps { get; }

        /// <summary>The negotiated TLS version, or None for plain HTTP.</summary>
        public SslProtocols TlsProtocol { get; }

        /// <summary>The Authorization header, or null when absent.</summary>
        public string Authorization
        {
            get { return Header("Authorization"); }
        }

        /// <summary>The User-Agent header, or null when absent.</summary>
        public string UserAgent
        {
            get { return Header("User-Agent"); }
        }

        public string Header(string name)
        {
            return Headers.TryGetValue(name, out string value) ? value : null;
        }

        public override string ToString()
        {
            return Method + " " + PathAndQuery;
        }
    }
}
