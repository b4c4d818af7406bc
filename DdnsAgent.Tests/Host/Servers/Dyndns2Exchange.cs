using System;
using System.Collections.Generic;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>One request to the emulated update endpoint and the answer it got.</summary>
    public sealed class Dyndns2Exchange
    {
        public DateTimeOffset Time { get; internal set; }

        public string Method { get; internal set; }

        public string PathAndQuery { get; internal set; }

        /// <summary>The Basic user name, or null without (valid) Basic credentials. The password is never kept.</summary>
        public string User { get; internal set; }

        public string UserAgent { get; internal set; }

        public bool IsHttps { get; internal set; }

        /// <summary>The hostname parameter split at commas, or empty when absent.</summary>
        public IReadOnlyList<string> Hostnames { get; internal set; } = Array.Empty<string>();

        /// <summary>The raw myip / myipv6 values (null when absent).</summary>
        public string MyIp { get; internal set; }

        public string MyIpv6 { get; internal set; }

        /// <summary>True when the emulator fell back to the request's source address (myip missing or malformed).</summary>
        public bool UsedSourceAddress { get; internal set; }

        public int StatusCode { get; internal set; }

        /// <summary>The body sent (null when a fault wrote something else or nothing).</summary>
        public string Body { get; internal set; }

        /// <summary>The injected fault served instead of the normal answer, or null.</summary>
        public string Fault { get; internal set; }

        public override string ToString()
        {
            return Method + " " + PathAndQuery + " -> " + (Fault ?? StatusCode + " " + Body);
        }
    }
}
