using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// The dyndns2 providers DdnsAgent knows by name (see docs/dyndns2.md), as data, and the "custom" row for
    /// any other dyndns2 server, given by URL (<see cref="UpdateEndpoint.TryFromUrl"/>). Each becomes a row of
    /// the provider catalog (<see cref="Providers"/>).
    /// </summary>
    /// <remarks>
    /// Dual stack follows each provider's published dyndns2 notes; a provider whose notes name no IPv6
    /// form is IPv4Only here. deSEC: update.dedyn.io takes both families in one request with myip and
    /// myipv6, so its IPv6-only host update6.dedyn.io (for when the server must see an IPv6 source address)
    /// is not needed: the agent always sends its addresses explicitly.
    /// </remarks>
    public static class Dyndns2Presets
    {
        /// <summary>The provider setting for a dyndns2 server given by URL.</summary>
        public const string CustomId = "custom";

        private const string NicUpdate = "/nic/update";
        private const int Max = Dyndns2Preset.ProtocolMaxHosts;
        private const AuthStyle Account = AuthStyle.AccountUser;

        private static Dyndns2Preset[] _presets;

        // Built on first use: the console's key table asks for the provider list in its own static initialiser,
        // and the device does not order static initialisers across classes.
        private static Dyndns2Preset[] Presets => _presets ?? (_presets = Create());

        public static int Count => Presets.Length;

        public static Dyndns2Preset Get(int index) => Presets[index];

        /// <summary>The preset with this id, ignoring ASCII case; null when there is none. Allocates nothing.</summary>
        public static Dyndns2Preset Find(string id)
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

        // The usual dyndns2 endpoint is written with Preset(...); providers with a quirk spell out every field.
        private static Dyndns2Preset[] Create()
        {
            return new Dyndns2Preset[]
            {
                new Dyndns2Preset(id: "dyn", displayName: "Dyn", host: "members.dyndns.org", path: "/v3/update", fixedQuery: null,
                    auth: Account, dualStack: DualStackStyle.CombinedMyIp, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                    credentialsHint: "user name: your Dyn user name; password: an updater client key"),
                Preset("noip", "No-IP", "dynupdate.no-ip.com", DualStackStyle.CombinedMyIp,
                    "user name: your No-IP user name or e-mail; password: your No-IP password or DDNS key"),
                new Dyndns2Preset(id: "desec", displayName: "deSEC", host: "update.dedyn.io", path: NicUpdate, fixedQuery: null,
                    auth: Account, dualStack: DualStackStyle.SeparateMyIpV6, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: "preserve",
                    credentialsHint: "user name: your domain name; password: a deSEC token"),
                new Dyndns2Preset(id: "dynu", displayName: "Dynu", host: "api.dynu.com", path: NicUpdate, fixedQuery: null,
                    auth: Account, dualStack: DualStackStyle.SeparateMyIpV6, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: "no",
                    credentialsHint: "user name: your Dynu user name; password: your Dynu password or IP update password"),
                new Dyndns2Preset(id: "he", displayName: "Hurricane Electric", host: "dyn.dns.he.net", path: NicUpdate, fixedQuery: null,
                    auth: AuthStyle.HostnameAsUser, dualStack: DualStackStyle.OneRequestPerFamily, maxHostsPerRequest: 1, sendsHostname: true, familySkipValue: null,
                    credentialsHint: "user name: not used (each hostname is its own user name); password: the records' DDNS key, the same for every hostname"),
                Preset("dynv6", "dynv6", "dynv6.com", DualStackStyle.IPv4Only,
                    "user name: any text, for example none; password: the zone's HTTP token"),
                new Dyndns2Preset(id: "ovh", displayName: "OVH DynHost", host: "www.ovh.com", path: NicUpdate, fixedQuery: "system=dyndns",
                    auth: Account, dualStack: DualStackStyle.IPv4Only, maxHostsPerRequest: Max, sendsHostname: true, familySkipValue: null,
                    credentialsHint: "user name and password: the DynHost login"),
                Preset("strato", "Strato", "dyndns.strato.com", DualStackStyle.IPv4Only,
                    "user name: the domain; password: its DynDNS password"),
                Preset("freedns", "FreeDNS (afraid.org)", "freedns.afraid.org", DualStackStyle.IPv4Only,
                    "user name and password: your FreeDNS login"),
                Preset("changeip", "ChangeIP", "nic.changeip.com", DualStackStyle.IPv4Only,
                    "user name and password: your ChangeIP login"),
                Preset("dnsomatic", "DNS-O-Matic", "updates.dnsomatic.com", DualStackStyle.IPv4Only,
                    "user name and password: your DNS-O-Matic login; hostname all.dnsomatic.com updates every service"),
                Preset("selfhost", "selfHOST", "carol.selfhost.de", DualStackStyle.IPv4Only,
                    "user name and password: the DynDNS account of the record"),
                new Dyndns2Preset(id: "inwx", displayName: "INWX", host: "dyndns.inwx.com", path: NicUpdate, fixedQuery: null,
                    auth: Account, dualStack: DualStackStyle.SeparateMyIpV6, maxHostsPerRequest: 1, sendsHostname: false, familySkipValue: null,
                    credentialsHint: "user name and password: the DynDNS account, which is bound to one hostname"),
            };
        }

        /// <summary>The catalog rows: every preset, then "custom" (a server given by URL, which takes either family and many names).</summary>
        internal static ProviderPreset[] Providers()
        {
            var rows = new ProviderPreset[Presets.Length + 1];
            for (int i = 0; i < Presets.Length; i++)
            {
                Dyndns2Preset preset = Presets[i];
                rows[i] = new ProviderPreset(
                    preset.Id, preset.DisplayName, Dyndns2Protocol.Name, false, preset.SupportsIPv6, preset.SendsHostname,
                    preset.UsernameIsHostname, preset.CredentialsHint, preset);
            }

            rows[Presets.Length] = new ProviderPreset(CustomId, "a dyndns2 server", Dyndns2Protocol.Name, true, true, true, false, null, null);
            return rows;
        }

        // The usual dyndns2 endpoint: /nic/update, account credentials, up to 20 hostnames, nothing to keep a family.
        private static Dyndns2Preset Preset(string id, string displayName, string host, DualStackStyle dualStack, string credentialsHint)
        {
            return new Dyndns2Preset(id, displayName, host, NicUpdate, null, Account, dualStack, Max, true, null, credentialsHint);
        }
    }
}
