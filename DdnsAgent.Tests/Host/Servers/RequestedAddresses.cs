using System;
using System.Net;
using System.Net.Sockets;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// The addresses one update request asks for, read from myip / myipv6 in the provider's style. Like real
    /// providers, a missing or malformed myip falls back to the address the request came from (127.0.0.1 in
    /// tests), so a client that forgets myip shows up as a host registered to 127.0.0.1.
    /// </summary>
    public sealed class RequestedAddresses
    {
        private RequestedAddresses(IPAddress ipv4, IPAddress ipv6, bool fromSource, string problem)
        {
            IPv4 = ipv4;
            IPv6 = ipv6;
            FromSourceAddress = fromSource;
            Problem = problem;
        }

        /// <summary>The IPv4 address to register, or null when the request does not touch IPv4.</summary>
        public IPAddress IPv4 { get; }

        /// <summary>The IPv6 address to register, or null when the request does not touch IPv6.</summary>
        public IPAddress IPv6 { get; }

        /// <summary>True when myip was missing or malformed and the source address was used instead.</summary>
        public bool FromSourceAddress { get; }

        /// <summary>What was wrong with myip / myipv6, or null.</summary>
        public string Problem { get; }

        public static RequestedAddresses Parse(Dyndns2EmulatorOptions options, string myip, string myipv6, IPAddress source)
        {
            if (options.HurricaneElectric)
            {
                return Single(myip, source, allowIPv6: true);
            }
            switch (options.AddressStyle)
            {
                case Dyndns2AddressStyle.IPv4Only:
                    return Single(myip, source, allowIPv6: false);
                case Dyndns2AddressStyle.SeparateIPv6Parameter:
                    return Separate(myip, myipv6, source);
                default:
                    return Combined(myip, source);
            }
        }

        private static RequestedAddresses Single(string myip, IPAddress source, bool allowIPv6)
        {
            if (string.IsNullOrEmpty(myip))
            {
                return FromSource(source, null);
            }
            if (!TryParseStrict(myip, out IPAddress address) || (!allowIPv6 && address.AddressFamily != AddressFamily.InterNetwork))
            {
                return FromSource(source, "malformed myip '" + myip + "'");
            }
            return Of(address, null);
        }

        private static RequestedAddresses Combined(string myip, IPAddress source)
        {
            if (string.IsNullOrEmpty(myip))
            {
                return FromSource(source, null);
            }
            string[] parts = myip.Split(',');
            IPAddress ipv4 = null;
            IPAddress ipv6 = null;
            foreach (string part in parts)
            {
                if (parts.Length > 2 || !TryParseStrict(part, out IPAddress address))
                {
                    return FromSource(source, "malformed myip '" + myip + "'");
                }
                bool isV4 = address.AddressFamily == AddressFamily.InterNetwork;
                if ((isV4 && ipv4 != null) || (!isV4 && ipv6 != null))
                {
                    return FromSource(source, "two addresses of one family in myip '" + myip + "'");
                }
                if (isV4)
                {
                    ipv4 = address;
                }
                else
                {
                    ipv6 = address;
                }
            }
            return new RequestedAddresses(ipv4, ipv6, false, null);
        }

        private static RequestedAddresses Separate(string myip, string myipv6, IPAddress source)
        {
            IPAddress ipv6 = null;
            string problem = null;
            bool preserveV6 = string.Equals(myipv6, "preserve", StringComparison.Ordinal);
            if (!string.IsNullOrEmpty(myipv6) && !preserveV6)
            {
                if (TryParseStrict(myipv6, out IPAddress address) && address.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    ipv6 = address;
                }
                else
                {
                    problem = "malformed myipv6 '" + myipv6 + "' ignored";
                }
            }

            if (string.Equals(myip, "preserve", StringComparison.Ordinal))
            {
                return new RequestedAddresses(null, ipv6, false, problem);
            }
            if (!string.IsNullOrEmpty(myip) && TryParseStrict(myip, out IPAddress ipv4) && ipv4.AddressFamily == AddressFamily.InterNetwork)
            {
                return new RequestedAddresses(ipv4, ipv6, false, problem);
            }

            string myipProblem = string.IsNullOrEmpty(myip) ? null : "malformed myip '" + myip + "'";
            problem = problem == null ? myipProblem : (myipProblem == null ? problem : myipProblem + "; " + problem);
            bool sourceIsV4 = source.AddressFamily == AddressFamily.InterNetwork;
            return new RequestedAddresses(sourceIsV4 ? source : null, sourceIsV4 ? ipv6 : (ipv6 ?? source), true, problem);
        }

        private static RequestedAddresses FromSource(IPAddress source, string problem)
        {
            bool isV4 = source.AddressFamily == AddressFamily.InterNetwork;
            return new RequestedAddresses(isV4 ? source : null, isV4 ? null : source, true, problem);
        }

        private static RequestedAddresses Of(IPAddress address, string problem)
        {
            bool isV4 = address.AddressFamily == AddressFamily.InterNetwork;
            return new RequestedAddresses(isV4 ? address : null, isV4 ? null : address, false, problem);
        }

        /// <summary>
        /// Only the canonical forms count: dotted-quad IPv4 exactly as written back (no "1.2.3", octal or hex),
        /// IPv6 without a zone.
        /// </summary>
        public static bool TryParseStrict(string text, out IPAddress address)
        {
            address = null;
            if (string.IsNullOrEmpty(text) || !IPAddress.TryParse(text, out IPAddress parsed))
            {
                return false;
            }
            if (parsed.AddressFamily == AddressFamily.InterNetwork && parsed.ToString() == text)
            {
                address = parsed;
            }
            else if (parsed.AddressFamily == AddressFamily.InterNetworkV6 && text.IndexOf('%') < 0 && text.IndexOf(':') >= 0)
            {
                address = parsed;
            }
            return address != null;
        }
    }
}
