using DdnsAgent.Configuration;
using DdnsAgent.Detection;
using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// The settings turned into working parts, once, when they are applied: the resolved endpoint and its
    /// request builder (credentials encoded, hostnames checked), the detection policy, and the timing.
    /// Nothing here is rebuilt on the hot path.
    /// </summary>
    public sealed class AgentSetup
    {
        private AgentSetup() { }

        public UpdateRequestBuilder Builder { get; private set; }
        public string[] Hostnames { get; private set; }
        public bool UseIPv4 { get; private set; }
        public bool UseIPv6 { get; private set; }
        public IpSourceKind Source { get; private set; }
        public Reflector[] Reflectors { get; private set; }
        public bool RequireAgreement { get; private set; }
        public int CheckIntervalSeconds { get; private set; }
        public int ForceRefreshDays { get; private set; }
        public string UserAgent { get; private set; }

        /// <summary>Identifies the update-relevant settings; a halt recorded under another value no longer applies.</summary>
        public uint Fingerprint { get; private set; }

        /// <summary>Builds the parts from validated settings; false with the first problem in plain words.</summary>
        public static bool TryCreate(Settings settings, string deviceName, out AgentSetup setup, out string problem)
        {
            setup = null;
            string userAgent = TextValues.IsSet(settings.UserAgent)
                ? settings.UserAgent
                : AgentIdentity.UserAgent(deviceName, AgentIdentity.Version);

            if (!TryCreateEndpoint(settings, userAgent, out UpdateEndpoint endpoint, out problem)
                || !UpdateOptions.TryCreate(settings.Wildcard, settings.Mx, settings.BackMx, settings.Offline, out UpdateOptions options, out problem))
            {
                return false;
            }

            var builder = new UpdateRequestBuilder(endpoint, options);
            if (!builder.TryPrepareHosts(settings.Hostnames, out problem))
            {
                return false;
            }

            bool useIPv6 = settings.IPv6;
            if (useIPv6 && !RequestPlanner.CanSendIPv6(endpoint.Style))
            {
                problem = "ipv6: this provider's dyndns2 endpoint takes IPv4 only; type `set ipv6 no`";
                return false;
            }

            if (!settings.IPv4 && !useIPv6)
            {
                problem = "ipv4: ipv4 and ipv6 are both off, so nothing would be updated; type `set ipv4 yes` or `set ipv6 yes`";
                return false;
            }

            if (!TryCreateReflectors(settings.Reflectors, out Reflector[] reflectors, out problem))
            {
                return false;
            }

            setup = new AgentSetup
            {
                Builder = builder,
                Hostnames = settings.Hostnames,
                UseIPv4 = settings.IPv4,
                UseIPv6 = useIPv6,
                Source = ParseSource(settings.IpSource),
                Reflectors = reflectors,
                RequireAgreement = settings.RequireAgreement,
                CheckIntervalSeconds = settings.CheckIntervalSeconds,
                ForceRefreshDays = settings.ForceRefreshDays,
                UserAgent = userAgent,
                Fingerprint = SettingsFingerprint.Compute(settings),
            };
            return true;
        }

        private static bool TryCreateEndpoint(Settings settings, string userAgent, out UpdateEndpoint endpoint, out string problem)
        {
            if (ProviderCatalog.IsCustom(settings.Provider))
            {
                // The user names the custom server's style; unset, it gets one request per family (plain myip).
                if (!CustomDualStack.TryParse(settings.ServerDualStack, out DualStackStyle style))
                {
                    endpoint = null;
                    problem = string.Concat("server.dual-stack: ", CustomDualStack.Problem(settings.ServerDualStack));
                    return false;
                }

                return UpdateEndpoint.TryFromUrl(settings.ServerUrl, settings.Username, settings.Password, userAgent, style, out endpoint, out problem);
            }

            ProviderPreset preset = ProviderCatalog.Find(settings.Provider);
            if (preset == null)
            {
                endpoint = null;
                problem = string.Concat("provider: '", settings.Provider, "' is unknown; choose one of ", ProviderCatalog.IdList);
                return false;
            }

            return UpdateEndpoint.TryFromPreset(preset, settings.Username, settings.Password, userAgent, out endpoint, out problem);
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
                    problem = string.Concat("reflectors: ", error);
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
