using DdnsAgent.Configuration;
using DdnsAgent.Protocol;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// Builds the dyndns2 protocol from validated settings, once, when they are applied: the endpoint (a preset's
    /// server, or the custom server's URL and dual-stack style), the credentials encoded, the options, and the
    /// hostnames checked. Nothing here runs on the hot path.
    /// </summary>
    public static class Dyndns2Setup
    {
        /// <summary>False with the first problem in plain words, led by the key to fix (a marker, see Vocabulary.Fill).</summary>
        public static bool TryCreate(ProviderPreset provider, Settings settings, string userAgent, out IUpdateProtocol protocol, out string problem)
        {
            protocol = null;
            if (!TryCreateEndpoint(provider, settings, userAgent, out UpdateEndpoint endpoint, out problem)
                || !UpdateOptions.TryCreate(settings.Wildcard, settings.Mx, settings.BackMx, settings.Offline, out UpdateOptions options, out problem))
            {
                return false;
            }

            var builder = new UpdateRequestBuilder(endpoint, options);
            if (!builder.TryPrepareHosts(settings.Hostnames, out problem))
            {
                return false;
            }

            if (settings.IPv6 && !RequestPlanner.CanSendIPv6(endpoint.Style))
            {
                problem = "{ipv6}: this provider's dyndns2 endpoint takes IPv4 only; turn it off: {set ipv6 no}";
                return false;
            }

            protocol = new Dyndns2Protocol(builder);
            return true;
        }

        private static bool TryCreateEndpoint(ProviderPreset provider, Settings settings, string userAgent, out UpdateEndpoint endpoint, out string problem)
        {
            if (provider.UsesServerSetting)
            {
                // The user names the custom server's style; unset, it gets one request per family (plain myip).
                if (!CustomDualStack.TryParse(settings.ServerDualStack, out DualStackStyle style))
                {
                    endpoint = null;
                    problem = string.Concat("{server.dual-stack}: ", CustomDualStack.Problem(settings.ServerDualStack));
                    return false;
                }

                return UpdateEndpoint.TryFromUrl(settings.ServerUrl, settings.Username, settings.Password, userAgent, style, out endpoint, out problem);
            }

            return UpdateEndpoint.TryFromPreset(provider.Details as Dyndns2Preset, settings.Username, settings.Password, userAgent, out endpoint, out problem);
        }
    }
}
