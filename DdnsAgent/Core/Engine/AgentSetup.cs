using DdnsAgent.Configuration;
using DdnsAgent.Detection;
using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// The settings turned into working parts, once, when they are applied: the update protocol the provider
    /// speaks (built by that protocol: endpoint, credentials, hostnames checked), the detection policy, and the
    /// timing. Nothing here is rebuilt on the hot path, and nothing here knows a protocol's details.
    /// </summary>
    public sealed class AgentSetup
    {
        private AgentSetup() { }

        /// <summary>How updates are sent: the provider's protocol, configured.</summary>
        public IUpdateProtocol Protocol { get; private set; }

        /// <summary>The protocol's name ("dyndns2"), for messages.</summary>
        public string ProtocolName { get; private set; }

        public string[] Hostnames { get; private set; }
        public bool UseIPv4 { get; private set; }
        public bool UseIPv6 { get; private set; }
        public IpSourceKind Source { get; private set; }
        public Reflector[] Reflectors { get; private set; }
        public bool RequireAgreement { get; private set; }
        public int CheckIntervalSeconds { get; private set; }
        public int ForceRefreshDays { get; private set; }

        /// <summary>The first check after a start waits a random part of this, per device (0: at once).</summary>
        public int StartDelaySeconds { get; private set; }

        /// <summary>An update for a new address waits a random part of this after the check that found it (0: at once).</summary>
        public int ChangeDelaySeconds { get; private set; }

        /// <summary>Address changes sent per rolling hour at most; a further one waits (damping).</summary>
        public int MaxChangesPerHour { get; private set; }
        public string UserAgent { get; private set; }

        /// <summary>The DNS server the proof in DNS asks after each update (dns.server when dns.verify is yes), or null: no proof.</summary>
        public string ProofServer { get; private set; }

        public int ProofPort { get; private set; }

        /// <summary>Identifies the update-relevant settings; a halt recorded under another value no longer applies.</summary>
        public uint Fingerprint { get; private set; }

        /// <summary>Builds the parts from validated settings; false with the first problem in plain words, those of words' surface.</summary>
        public static bool TryCreate(Settings settings, string deviceName, Vocabulary words, out AgentSetup setup, out string problem)
        {
            bool created = TryCreate(settings, deviceName, out setup, out problem);
            problem = words.Fill(problem);
            return created;
        }

        // The problem names settings by markers (see Vocabulary.Fill), led by the key to fix.
        private static bool TryCreate(Settings settings, string deviceName, out AgentSetup setup, out string problem)
        {
            setup = null;
            string userAgent = TextValues.IsSet(settings.UserAgent)
                ? settings.UserAgent
                : AgentIdentity.UserAgent(deviceName, AgentIdentity.Version);

            ProviderPreset provider = ProviderCatalog.Find(settings.Provider);
            if (provider == null)
            {
                problem = string.Concat("{provider}: '", settings.Provider, "' is unknown; choose one of ", ProviderCatalog.IdList);
                return false;
            }

            if (!UpdateProtocols.TryCreate(provider, settings, userAgent, out IUpdateProtocol protocol, out problem))
            {
                return false;
            }

            if (!settings.IPv4 && !settings.IPv6)
            {
                problem = "{ipv4}: {ipv4} and {ipv6} are both off, so nothing would be updated; turn one on: {set ipv4 yes} or {set ipv6 yes}";
                return false;
            }

            if (!TryCreateReflectors(settings.Reflectors, out Reflector[] reflectors, out problem))
            {
                return false;
            }

            setup = new AgentSetup
            {
                Protocol = protocol,
                ProtocolName = provider.Protocol,
                Hostnames = settings.Hostnames,
                UseIPv4 = settings.IPv4,
                UseIPv6 = settings.IPv6,
                Source = ParseSource(settings.IpSource),
                Reflectors = reflectors,
                RequireAgreement = settings.RequireAgreement,
                CheckIntervalSeconds = settings.CheckIntervalSeconds,
                ForceRefreshDays = settings.ForceRefreshDays,
                StartDelaySeconds = settings.StartDelaySeconds,
                ChangeDelaySeconds = settings.ChangeDelaySeconds,
                MaxChangesPerHour = settings.MaxChangesPerHour,
                UserAgent = userAgent,
                ProofServer = settings.DnsVerify && TextValues.IsSet(settings.DnsServer) ? settings.DnsServer : null,
                ProofPort = settings.DnsPort,
                Fingerprint = SettingsFingerprint.Compute(settings),
            };
            return true;
        }

        private static bool TryCreateReflectors(string[] urls, out Reflector[] reflectors, out string problem)
        {
            problem = null;
            if (urls == null || urls.Length == 0)
            {
                reflectors = DefaultReflectors.For(Addressing.AddressFamilyKind.None);
                return true;
            }

            reflectors = new Reflector[urls.Length];
            for (int i = 0; i < urls.Length; i++)
            {
                // A configured reflector is asked for both families; a wrong-family answer falls through to the next.
                if (!Reflector.TryParse(urls[i], Addressing.AddressFamilyKind.None, out reflectors[i], out string error))
                {
                    problem = string.Concat("{reflectors}: ", error);
                    return false;
                }
            }

            return true;
        }

        private static IpSourceKind ParseSource(string source)
        {
            if (Text.Ascii.EqualsIgnoreCase(source, "interface"))
            {
                return IpSourceKind.Interface;
            }

            return Text.Ascii.EqualsIgnoreCase(source, "web") ? IpSourceKind.Web : IpSourceKind.Auto;
        }
    }
}
