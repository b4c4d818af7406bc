using System;
using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// Writes dyndns2 update requests into a reused <see cref="HttpRequest"/> without allocating. Everything
    /// that allocates (hostname checks, per-host credentials) happens once, in <see cref="TryPrepareHosts"/>.
    /// </summary>
    /// <remarks>
    /// The target is path?[fixed-query&amp;]hostname=H1,H2&amp;myip=...[&amp;myipv6=...][&amp;wildcard=..][&amp;mx=..][&amp;backmx=..][&amp;offline=..].
    /// Values are percent-encoded outside the RFC 3986 unreserved set, with two exceptions that are
    /// legal in a query and that every dyndns2 server and client uses raw: the ',' between hostnames and
    /// between the two addresses of myip=V4,V6, and the ':' of IPv6 addresses.
    /// </remarks>
    public sealed class UpdateRequestBuilder
    {
        /// <summary>How long an update may take: providers can be slower than reflectors, and a TLS handshake on a device takes seconds.</summary>
        public const int UpdateTimeoutMilliseconds = HttpRequest.DefaultTimeoutMilliseconds;

        private readonly UpdateEndpoint _endpoint;
        private readonly UpdateOptions _options;
        private readonly AsciiWriter _writer = new AsciiWriter();
        private readonly byte[] _addressText = new byte[IpAddress.MaxTextLength];
        private PreparedHosts _hosts;
        private bool _firstParameter;

        public UpdateRequestBuilder(UpdateEndpoint endpoint, UpdateOptions options)
        {
            if (endpoint == null)
            {
                throw new ArgumentNullException("endpoint");
            }

            _endpoint = endpoint;
            _options = options ?? UpdateOptions.None;
        }

        public UpdateEndpoint Endpoint => _endpoint;

        /// <summary>Most hostnames one request may carry (1 to 20).</summary>
        public int MaxHostsPerRequest => _endpoint.MaxHostsPerRequest;

        /// <summary>Hostnames prepared; requests name them by position.</summary>
        public int HostCount => _hosts == null ? 0 : _hosts.Count;

        public string HostnameAt(int index) => _hosts.NameAt(index);

        /// <summary>
        /// Checks and keeps the hostnames (a copy), and prepares the per-host Authorization values where
        /// the hostname is the user name. Reports every bad name. An endpoint that sends no hostname (INWX)
        /// takes exactly one, the name its account is bound to.
        /// </summary>
        public bool TryPrepareHosts(string[] hostnames, out string error)
        {
            if (!PreparedHosts.TryCreate(_endpoint, hostnames, out PreparedHosts hosts, out error))
            {
                return false;
            }

            _hosts = hosts;
            return true;
        }

        /// <summary>
        /// Writes the request for hosts [first, first + count) into request: target, host, port, scheme,
        /// Authorization, User-Agent and timeout. IpAddress.None leaves that family out (or sends the provider's
        /// keep-value). Refuses any address that is not public, a family the endpoint cannot take in this
        /// request (see <see cref="RequestPlanner"/>), and a target that does not fit request.Target.
        /// </summary>
        public bool TryBuild(HttpRequest request, int first, int count, IpAddress ipv4, IpAddress ipv6, out string error)
        {
            error = CheckBuild(request, first, count, ipv4, ipv6);
            if (error != null)
            {
                if (request != null)
                {
                    request.TargetLength = 0;
                }

                return false;
            }

            _writer.Reset(request.Target);
            _writer.Append(_endpoint.Path);
            _writer.Append((byte)'?');
            _firstParameter = true;
            if (TextValues.IsSet(_endpoint.FixedQuery))
            {
                _writer.Append(_endpoint.FixedQuery);
                _firstParameter = false;
            }

            if (_endpoint.SendsHostname)
            {
                BeginParameter("hostname");
                for (int i = first; i < first + count; i++)
                {
                    if (i > first)
                    {
                        _writer.Append((byte)',');
                    }

                    _writer.AppendPercentEncoded(_hosts.NameAt(i));
                }
            }

            WriteAddresses(ipv4, ipv6);
            WriteOption("wildcard", _options.Wildcard);
            WriteOption("mx", _options.Mx);
            WriteOption("backmx", _options.BackMx);
            WriteOption("offline", _options.Offline);
            if (_writer.Overflowed)
            {
                request.TargetLength = 0;
                error = "the update request is longer than the request buffer: use fewer or shorter hostnames";
                return false;
            }

            request.TargetLength = _writer.Length;
            request.Secure = _endpoint.Secure;
            request.Host = _endpoint.Host;
            request.Port = _endpoint.Port;
            request.UserAgent = _endpoint.UserAgent;
            request.Authorization = _hosts.AuthorizationFor(first);
            request.TimeoutMilliseconds = UpdateTimeoutMilliseconds; // the request is shared with detection, which sets its own
            return true;
        }

        private string CheckBuild(HttpRequest request, int first, int count, IpAddress ipv4, IpAddress ipv6)
        {
            if (request == null)
            {
                return "no request to build into";
            }

            if (_hosts == null)
            {
                return "the hostnames are not prepared";
            }

            if (count < 1 || first < 0 || first > _hosts.Count - count)
            {
                return "the hosts asked for are not among the prepared hostnames";
            }

            if (count > _endpoint.MaxHostsPerRequest)
            {
                return "more hostnames than this provider takes in one request";
            }

            if (ipv4.IsNone && ipv6.IsNone)
            {
                return "no address to send";
            }

            if (!ipv4.IsNone && (ipv4.Family != AddressFamilyKind.IPv4 || !ipv4.IsPublic))
            {
                return "the IPv4 address is not a public IPv4 address: it is never registered";
            }

            if (!ipv6.IsNone && (ipv6.Family != AddressFamilyKind.IPv6 || !ipv6.IsPublic))
            {
                return "the IPv6 address is not a public IPv6 address: it is never registered";
            }

            if (!ipv6.IsNone && _endpoint.Style == DualStackStyle.IPv4Only)
            {
                return "this provider's dyndns2 endpoint takes IPv4 only";
            }

            if (!ipv4.IsNone && !ipv6.IsNone && _endpoint.Style == DualStackStyle.OneRequestPerFamily)
            {
                return "this provider takes one address family per request";
            }

            return null;
        }

        private void WriteAddresses(IpAddress ipv4, IpAddress ipv6)
        {
            if (_endpoint.Style == DualStackStyle.SeparateMyIpV6)
            {
                WriteAddressOrSkip("myip", ipv4);
                WriteAddressOrSkip("myipv6", ipv6);
                return;
            }

            // myip=V4, myip=V6 or (combined style only, both checked above) myip=V4,V6.
            BeginParameter("myip");
            if (!ipv4.IsNone)
            {
                WriteAddress(ipv4);
            }

            if (!ipv6.IsNone)
            {
                if (!ipv4.IsNone)
                {
                    _writer.Append((byte)',');
                }

                WriteAddress(ipv6);
            }
        }

        private void WriteAddressOrSkip(string name, IpAddress address)
        {
            if (!address.IsNone)
            {
                BeginParameter(name);
                WriteAddress(address);
            }
            else if (TextValues.IsSet(_endpoint.FamilySkipValue))
            {
                BeginParameter(name);
                _writer.AppendPercentEncoded(_endpoint.FamilySkipValue);
            }
        }

        private void WriteAddress(IpAddress address)
        {
            int length = address.FormatTo(_addressText, 0);
            _writer.Append(_addressText, 0, length);
        }

        // Null and "" both mean "not set": the parameter is left out, never sent empty.
        private void WriteOption(string name, string value)
        {
            if (TextValues.IsSet(value))
            {
                BeginParameter(name);
                _writer.AppendPercentEncoded(value);
            }
        }

        private void BeginParameter(string name)
        {
            if (!_firstParameter)
            {
                _writer.Append((byte)'&');
            }

            _firstParameter = false;
            _writer.Append(name);
            _writer.Append((byte)'=');
        }
    }
}
