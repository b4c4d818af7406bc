using System;
using System.Net;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>What the emulated provider holds for one host name (a copy: later changes do not show).</summary>
    public sealed class RegisteredHost
    {
        public RegisteredHost(string hostname)
        {
            Hostname = hostname;
        }

        public string Hostname { get; }

        public IPAddress IPv4 { get; internal set; }

        public IPAddress IPv6 { get; internal set; }

        /// <summary>How many requests changed an address of this host (answered `good`).</summary>
        public int GoodCount { get; internal set; }

        /// <summary>Answers `nochg` in a row since the last `good`.</summary>
        public int ConsecutiveNochg { get; internal set; }

        /// <summary>Blocked for too many `nochg`: every later request for it answers `abuse`.</summary>
        public bool Blocked { get; internal set; }

        /// <summary>When the last `good` or `nochg` for this host was answered, if ever.</summary>
        public DateTimeOffset? LastAccepted { get; internal set; }

        internal RegisteredHost Copy()
        {
            return (RegisteredHost)MemberwiseClone();
        }

        public override string ToString()
        {
            return Hostname + " v4=" + (IPv4?.ToString() ?? "-") + " v6=" + (IPv6?.ToString() ?? "-")
                + " good=" + GoodCount + " nochg=" + ConsecutiveNochg + (Blocked ? " blocked" : "");
        }
    }
}
