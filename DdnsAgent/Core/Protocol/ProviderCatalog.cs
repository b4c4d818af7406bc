using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>
    /// The providers DdnsAgent knows by name (see docs/dyndns2.md). Anything else is a custom server URL,
    /// resolved with <see cref="UpdateEndpoint.TryFromUrl"/>.
    /// </summary>
    /// <remarks>
    /// Dual stack follows each provider's published dyndns2 notes; a provider whose notes name no IPv6
    /// form is IPv4Only here. deSEC: update.dedyn.io takes both families in one request with myip and
    /// myipv6, so its IPv6-only host update6.dedyn.io (for when the server must see an IPv6 source address)
    /// is not needed: the agent always sends its addresses explicitly.
    /// </remarks>
    public static class ProviderCatalog
    {
        /// <summary>The provider setting for a server given by URL.</summary>
        public const string CustomId = "custom";

        private const string NicUpdate = "/nic/update";
        private const int Max = ProviderPreset.ProtocolMaxHosts;
        private const AuthStyle Account = AuthStyle.AccountUser;

        private static readonly ProviderPreset[] Presets =
        {
            new ProviderPreset(id: "dyn", displayName: "Dyn", host: "members.dyndns.org", path: "/v3/update", fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.CombinedMyIp, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name: your Dyn user name; password: an updater client key"),
            new ProviderPreset(id: "noip", displayName: "No-IP", host: "dynupdate.no-ip.com", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.CombinedMyIp, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name: your No-IP user name or e-mail; password: your No-IP password or DDNS key"),
            new ProviderPreset(id: "desec", displayName: "deSEC", host: "update.dedyn.io", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.SeparateMyIpV6, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: "preserve",
                credentialsHint: "user name: your domain name; password: a deSEC token"),
            new ProviderPreset(id: "dynu", displayName: "Dynu", host: "api.dynu.com", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.SeparateMyIpV6, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: "no",
                credentialsHint: "user name: your Dynu user name; password: your Dynu password or IP update password"),
            new ProviderPreset(id: "he", displayName: "Hurricane Electric", host: "dyn.dns.he.net", path: NicUpdate, fixedQuery: null,
                auth: AuthStyle.HostnameAsUser, dualStack: DualStackStyle.OneRequestPerFamily, maxHostsPerRequest: 1, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name: not used (each hostname is its own user name); password: the records' DDNS key, the same for every hostname"),
            new ProviderPreset(id: "dynv6", displayName: "dynv6", host: "dynv6.com", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name: any text, for example none; password: the zone's HTTP token"),
            new ProviderPreset(id: "ovh", displayName: "OVH DynHost", host: "www.ovh.com", path: NicUpdate, fixedQuery: "system=dyndns",
                auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name and password: the DynHost login"),
            new ProviderPreset(id: "strato", displayName: "Strato", host: "dyndns.strato.com", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name: the domain; password: its DynDNS password"),
            new ProviderPreset(id: "freedns", displayName: "FreeDNS (afraid.org)", host: "freedns.afraid.org", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name and password: your FreeDNS login"),
            new ProviderPreset(id: "changeip", displayName: "ChangeIP", host: "nic.changeip.com", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name and password: your ChangeIP login"),
            new ProviderPreset(id: "dnsomatic", displayName: "DNS-O-Matic", host: "updates.dnsomatic.com", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name and password: your DNS-O-Matic login; hostname all.dnsomatic.com updates every service"),
            new ProviderPreset(id: "selfhost", displayName: "selfHOST", host: "carol.selfhost.de", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                credentialsHint: "user name and password: the DynDNS account of the record"),
            new ProviderPreset(id: "inwx", displayName: "INWX", host: "dyndns.inwx.com", path: NicUpdate, fixedQuery: null,
                auth: Account, dualStack: DualStackStyle.SeparateMyIpV6, maxHostsPerRequest: 1, sendsHostname: false, familySkipValue: null,
                credentialsHint: "user name and password: the DynDNS account, which is bound to one hostname"),
        };

        public static int Count => Presets.Length;

        public static ProviderPreset Get(int index) => Presets[index];

        /// <summary>The preset with this id, ignoring ASCII case; null when there is none. Allocates nothing.</summary>
        public static ProviderPreset Find(string id)
        {
            if (id == null)
            {
                return null;
            }

            for (int i = 0; i < Presets.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(Presets[i].Id, id))
                {
                    return Presets[i];
                }
            }

            return null;
        }
    }
}
