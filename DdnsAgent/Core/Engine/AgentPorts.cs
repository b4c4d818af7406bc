using DdnsAgent.Configuration;
using DdnsAgent.Ports;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>Everything the agent needs from its platform, handed over once by Program (device or host).</summary>
    public sealed class AgentPorts
    {
        public IClock Clock { get; set; }
        public IHttpTransport Http { get; set; }

        /// <summary>DNS over UDP and TCP: rfc2136 updates and the proof in DNS; null on a platform without it.</summary>
        public IDnsTransport Dns { get; set; }

        public INetworkStack Network { get; set; }
        public IBlobStore Blobs { get; set; }
        public ISettingsStore Settings { get; set; }
        public IStatusIndicator Indicator { get; set; }
        public IPlatform Platform { get; set; }

        /// <summary>The device part of the default User-Agent, for example "ESP32" or "Linux".</summary>
        public string DeviceName { get; set; }

        /// <summary>Seeds the retry jitter; should differ between devices so that they do not retry in step.</summary>
        public int Seed { get; set; }
    }
}
