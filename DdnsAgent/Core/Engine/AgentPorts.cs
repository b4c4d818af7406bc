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

        /// <summary>
        /// Spreads this agent's timing (first check, interval, update delay, refresh, retry waits): must differ
        /// between devices so that a fleet never moves in step, and stay the same across restarts. The device
        /// passes the CRC-32 of its MAC address.
        /// </summary>
        public int Seed { get; set; }

        /// <summary>
        /// True when <see cref="Seed"/> is a fresh random number (the host has no stable one of its own): the agent
        /// then keeps the first seed it is given in its state and uses that one on every later start.
        /// </summary>
        public bool SeedIsRandom { get; set; }
    }
}
