using DdnsAgent.Addressing;
using DdnsAgent.Engine;
using DdnsAgent.Http;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// One round of updates as the engine hands it to a protocol: which host and family records are due, the
    /// detected addresses, and the means to send them (the platform's ports, and the request and response
    /// buffers the agent shares between detection and updates). Reused from round to round.
    /// </summary>
    public sealed class UpdateRound
    {
        private bool[] _dueIPv4 = new bool[0];
        private bool[] _dueIPv6 = new bool[0];

        public UpdateRound(AgentPorts ports, HttpRequest request, HttpResponse response)
        {
            Ports = ports;
            Request = request;
            Response = response;
        }

        /// <summary>The platform's ports; a protocol uses the transport it speaks over.</summary>
        public AgentPorts Ports { get; }

        /// <summary>The shared request buffer for protocols over HTTP; the protocol overwrites every field it uses.</summary>
        public HttpRequest Request { get; }

        public HttpResponse Response { get; }

        /// <summary>The hostnames of the setup, named by position.</summary>
        public int HostCount { get; private set; }

        /// <summary>The detected public IPv4 address, or None when IPv4 is off or was not found.</summary>
        public IpAddress IPv4 { get; private set; }

        public IpAddress IPv6 { get; private set; }

        /// <summary>True when the record of this host and family must be sent in this round.</summary>
        public bool IsDue(int host, AddressFamilyKind family)
        {
            return family == AddressFamilyKind.IPv4 ? _dueIPv4[host] : (family == AddressFamilyKind.IPv6 && _dueIPv6[host]);
        }

        /// <summary>Starts a round with nothing due. Allocates only when the setup has more hosts than any before.</summary>
        internal void Start(int hostCount, IpAddress ipv4, IpAddress ipv6)
        {
            if (_dueIPv4.Length < hostCount)
            {
                _dueIPv4 = new bool[hostCount];
                _dueIPv6 = new bool[hostCount];
            }

            HostCount = hostCount;
            IPv4 = ipv4;
            IPv6 = ipv6;
            for (int i = 0; i < hostCount; i++)
            {
                _dueIPv4[i] = false;
                _dueIPv6[i] = false;
            }
        }

        internal void SetDue(int host, bool ipv4, bool ipv6)
        {
            _dueIPv4[host] = ipv4;
            _dueIPv6[host] = ipv6;
        }
    }
}
