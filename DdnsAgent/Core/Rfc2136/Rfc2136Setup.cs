using DdnsAgent.Configuration;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Rfc2136
{
    /// <summary>
    /// Builds the RFC 2136 protocol from validated settings, once, when they are applied: the server and port, the
    /// zone with every hostname checked to lie inside it, the TSIG key made from its name and secret, and the TTL.
    /// Also the provider catalog's row for it. Nothing here runs on the hot path.
    /// </summary>
    public static class Rfc2136Setup
    {
        /// <summary>False with the first problem in plain words, led by the key to fix (a marker, see Vocabulary.Fill); the words never quote the secret.</summary>
        public static bool TryCreate(ProviderPreset provider, Settings settings, out IUpdateProtocol protocol, out string problem)
        {
            protocol = null;
            problem = FirstProblem(settings);
            if (problem != null)
            {
                return false;
            }

            if (!TsigKey.TryCreate(settings.DnsKeyName, settings.DnsKeySecret, out TsigKey key, out problem))
            {
                problem = string.Concat("{dns.key-secret}: ", problem);
                return false;
            }

            protocol = new Rfc2136Protocol(settings.DnsServer, settings.DnsPort, settings.DnsZone, key, settings.DnsTtl, settings.Hostnames);
            return true;
        }

        /// <summary>The catalog's row: any DNS server that takes signed dynamic updates.</summary>
        internal static ProviderPreset[] Providers()
        {
            return new ProviderPreset[]
            {
                new ProviderPreset(Rfc2136Protocol.Name, "a DNS server taking RFC 2136 updates signed with TSIG (BIND, Knot, PowerDNS)", Rfc2136Protocol.Name,
                    false, true, true, false, null, null),
            };
        }

        private static string FirstProblem(Settings s)
        {
            string problem = Required("{dns.server}", s.DnsServer) ?? Led("{dns.server}: ", Rfc2136Settings.ServerProblem(s.DnsServer));
            problem = problem ?? Led("{dns.port}: ", Rfc2136Settings.PortProblem(s.DnsPort));
            problem = problem ?? Required("{dns.zone}", s.DnsZone) ?? Led("{dns.zone}: ", Rfc2136Settings.ZoneProblem(s.DnsZone));
            problem = problem ?? Required("{dns.key-name}", s.DnsKeyName) ?? Led("{dns.key-name}: ", Rfc2136Settings.KeyNameProblem(s.DnsKeyName));
            problem = problem ?? Required("{dns.key-secret}", s.DnsKeySecret) ?? Led("{dns.key-secret}: ", Rfc2136Settings.SecretProblem(s.DnsKeySecret));
            problem = problem ?? Led("{dns.ttl}: ", Rfc2136Settings.TtlProblem(s.DnsTtl));
            if (problem != null || s.Hostnames == null)
            {
                return problem;
            }

            for (int i = 0; i < s.Hostnames.Length; i++)
            {
                string outside = Rfc2136Settings.OutsideZoneProblem(s.Hostnames[i], s.DnsZone);
                if (outside != null)
                {
                    return string.Concat("{hostnames}: ", outside);
                }
            }

            return null;
        }

        private static string Required(string key, string value)
        {
            return TextValues.IsSet(value) ? null : string.Concat(key, ": not set; provider rfc2136 needs it");
        }

        private static string Led(string key, string problem)
        {
            return problem == null ? null : string.Concat(key, problem);
        }
    }
}
