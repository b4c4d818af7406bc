using System.Threading;
using DdnsAgent.Protocol;

namespace DdnsAgent.Configuration
{
    /// <summary>The table of console keys, in the order `show` and `help set` list them.</summary>
    public static class SettingKeys
    {
        public const string WifiGroup = "Wi-Fi";
        public const string AccountGroup = "Account";
        public const string NamesGroup = "Names";
        public const string OptionsGroup = "Update options";
        public const string DnsGroup = "DNS server";
        public const string DetectionGroup = "Address detection";
        public const string TimingGroup = "Timing";
        public const string HttpGroup = "HTTP and TLS";
        public const string DeviceGroup = "Device";

        // Built on first use, not by a static initialiser: the provider's help text reads ProviderCatalog's
        // static data, which nanoCLR may not have initialised yet when it runs this class's initialisers.
        private static readonly object BuildGate = new object();
        private static SettingKey[] _table;

        private static SettingKey[] Table
        {
            get
            {
                SettingKey[] table = _table;
                if (table == null)
                {
                    Monitor.Enter(BuildGate);
                    try
                    {
                        if (_table == null)
                        {
                            _table = Build();
                        }

                        table = _table;
                    }
                    finally
                    {
                        Monitor.Exit(BuildGate);
                    }
                }

                return table;
            }
        }

        private static SettingKey[] Build() => new SettingKey[]
        {
            new SettingKey(SettingId.WifiSsid, "wifi.ssid", SettingKind.Text, WifiGroup, true, "Wi-Fi network name (1 to 32 bytes)", null),
            new SettingKey(SettingId.WifiPassword, "wifi.password", SettingKind.Secret, WifiGroup, true, "Wi-Fi passphrase, 8 to 63 bytes in UTF-8", "open network"),
            new SettingKey(SettingId.Provider, "provider", SettingKind.Text, AccountGroup, false, "the DNS provider: one of " + ProviderCatalog.IdList, null),
            new SettingKey(SettingId.ServerUrl, "server", SettingKind.Text, AccountGroup, false, "update URL in ASCII, e.g. https://dyn.example.net/nic/update (needed for custom)", "the provider's own server"),
            new SettingKey(SettingId.ServerDualStack, "server.dual-stack", SettingKind.Text, AccountGroup, false, "how the custom server takes IPv4 and IPv6 together: per-family (one request each), combined (myip=V4,V6) or separate (myip and myipv6)", "per-family for custom; presets have their own"),
            new SettingKey(SettingId.Username, "username", SettingKind.Text, AccountGroup, false, "account name, as the provider names it (deSEC: the domain; not used by Hurricane Electric); no ':'; sent as UTF-8", null),
            new SettingKey(SettingId.Password, "password", SettingKind.Secret, AccountGroup, false, "account password or update token; sent as UTF-8", null),
            new SettingKey(SettingId.Hostnames, "hostnames", SettingKind.List, NamesGroup, false, "names to keep updated, comma-separated, at most 20; ASCII (xn-- form for other letters)", null),
            new SettingKey(SettingId.IPv4, "ipv4", SettingKind.Flag, NamesGroup, false, "yes: keep the IPv4 (A) record updated", null),
            new SettingKey(SettingId.IPv6, "ipv6", SettingKind.Flag, NamesGroup, false, "yes: keep the IPv6 (AAAA) record updated", null),
            new SettingKey(SettingId.Wildcard, "wildcard", SettingKind.Text, OptionsGroup, false, "ON, OFF or NOCHG", "left out of the request"),
            new SettingKey(SettingId.Mx, "mx", SettingKind.Text, OptionsGroup, false, "mail exchanger host name (ASCII), or NOCHG", "left out of the request"),
            new SettingKey(SettingId.BackMx, "backmx", SettingKind.Text, OptionsGroup, false, "YES, NO or NOCHG", "left out of the request"),
            new SettingKey(SettingId.Offline, "offline", SettingKind.Text, OptionsGroup, false, "YES or NO (paid accounts only)", "left out of the request"),
            new SettingKey(SettingId.DnsServer, "dns.server", SettingKind.Text, DnsGroup, false, "the zone's primary DNS server, an IP address or host name in ASCII: rfc2136 sends its updates there, and any provider's proof asks it", "needed by rfc2136; with dyndns2, no proof"),
            new SettingKey(SettingId.DnsPort, "dns.port", SettingKind.Number, DnsGroup, false, "its DNS port, 1 to 65535", null),
            new SettingKey(SettingId.DnsZone, "dns.zone", SettingKind.Text, DnsGroup, false, "rfc2136: the zone every hostname is in, e.g. example.org", "needed by rfc2136"),
            new SettingKey(SettingId.DnsKeyName, "dns.key-name", SettingKind.Text, DnsGroup, false, "rfc2136: the TSIG key's name, as the server's key statement has it (hmac-sha256)", "needed by rfc2136"),
            new SettingKey(SettingId.DnsKeySecret, "dns.key-secret", SettingKind.Secret, DnsGroup, false, "rfc2136: the TSIG key's secret in base64, as tsig-keygen prints it (16 to 128 bytes)", "needed by rfc2136"),
            new SettingKey(SettingId.DnsTtl, "dns.ttl", SettingKind.Number, DnsGroup, false, "rfc2136: seconds resolvers may cache the records the agent writes, 0 to 86400", null),
            new SettingKey(SettingId.DnsVerify, "dns.verify", SettingKind.Flag, DnsGroup, false, "yes: after each update, ask dns.server whether every name answers the new address (status: published); with dyndns2 only when dns.server is set", null),
            new SettingKey(SettingId.IpSource, "ip.source", SettingKind.Text, DetectionGroup, false, "auto (own address when public, else web), interface or web", "auto"),
            new SettingKey(SettingId.Reflectors, "reflectors", SettingKind.List, DetectionGroup, false, "what-is-my-IP URLs in ASCII, comma-separated, at most 8", "the built-in list"),
            new SettingKey(SettingId.RequireAgreement, "ip.agree", SettingKind.Flag, DetectionGroup, false, "yes: two reflectors must report the same address", null),
            new SettingKey(SettingId.CheckIntervalSeconds, "interval", SettingKind.Number, TimingGroup, false, "seconds between address checks, 60 to 86400", null),
            new SettingKey(SettingId.ForceRefreshDays, "refresh.days", SettingKind.Number, TimingGroup, false, "days before an unchanged address is sent again, 1 to 30 (each device sends up to 2 days sooner, by its own offset)", null),
            new SettingKey(SettingId.StartDelaySeconds, "start.delay", SettingKind.Number, TimingGroup, false, "the first check after a start, or after the network comes back or reports a new address, waits up to this many seconds, a random part per device, 0 to 600 (0: at once)", null),
            new SettingKey(SettingId.ChangeDelaySeconds, "change.delay", SettingKind.Number, TimingGroup, false, "an update for a new address waits up to this many seconds after the check that found it, a random part per device, 0 to 120 (0: at once)", null),
            new SettingKey(SettingId.MaxChangesPerHour, "change.limit", SettingKind.Number, TimingGroup, false, "address changes sent per hour at most; a further change waits until the oldest is an hour old, 1 to 8", null),
            new SettingKey(SettingId.UserAgent, "user-agent", SettingKind.Text, HttpGroup, false, "User-Agent sent to the provider: printable ASCII, at most 128 characters", "the agent's own"),
            new SettingKey(SettingId.CaCertificate, "tls.ca", SettingKind.Text, HttpGroup, false, "PEM root certificate of the update server (paste it with `set tls.ca -`)", "the platform's trusted roots"),
            new SettingKey(SettingId.AllowPlainHttp, "tls.allow-http", SettingKind.Flag, HttpGroup, false, "yes: allow sending the password over http:// (unsafe)", null),
            new SettingKey(SettingId.LedPin, "led.pin", SettingKind.Number, DeviceGroup, true, "GPIO of the status LED, 0 to 33 but not 6 to 11", null),
            new SettingKey(SettingId.LedActiveLow, "led.active-low", SettingKind.Flag, DeviceGroup, true, "yes: the LED lights when its pin is low", null),
            new SettingKey(SettingId.ConsoleRxPin, "console.rx", SettingKind.Number, DeviceGroup, true, "GPIO receiving the serial console, 0 to 39 but not 6 to 11", null),
            new SettingKey(SettingId.ConsoleTxPin, "console.tx", SettingKind.Number, DeviceGroup, true, "GPIO sending the serial console, 0 to 33 but not 6 to 11", null),
            new SettingKey(SettingId.ConsoleBaudRate, "console.baud", SettingKind.Number, DeviceGroup, true, "serial console speed: 9600, 19200, 38400, 57600, 115200, 230400, 460800 or 921600", null),
        };

        public static int Count => Table.Length;

        public static SettingKey At(int index)
        {
            return Table[index];
        }

        /// <summary>The key named name (exact, lower case), or null.</summary>
        public static SettingKey Find(string name)
        {
            for (int i = 0; i < Table.Length; i++)
            {
                if (Table[i].Name == name)
                {
                    return Table[i];
                }
            }

            return null;
        }

        /// <summary>The key of a setting.</summary>
        public static SettingKey Of(SettingId id)
        {
            for (int i = 0; i < Table.Length; i++)
            {
                if (Table[i].Id == id)
                {
                    return Table[i];
                }
            }

            return null;
        }

        /// <summary>The name of the key closest to a mistyped one (at most two edits away), or null.</summary>
        public static string Suggest(string typed)
        {
            string best = null;
            int bestDistance = 3;
            for (int i = 0; i < Table.Length; i++)
            {
                int distance = EditDistance(typed, Table[i].Name, bestDistance);
                if (distance < bestDistance)
                {
                    best = Table[i].Name;
                    bestDistance = distance;
                }
            }

            return best;
        }

        // Levenshtein distance, or limit when it is at least limit (keys are short; console path only).
        private static int EditDistance(string a, string b, int limit)
        {
            int difference = a.Length - b.Length;
            if (difference >= limit || -difference >= limit)
            {
                return limit;
            }

            int[] previous = new int[b.Length + 1];
            int[] current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    int delete = previous[j] + 1;
                    int insert = current[j - 1] + 1;
                    current[j] = substitute < delete ? (substitute < insert ? substitute : insert) : (delete < insert ? delete : insert);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length] < limit ? previous[b.Length] : limit;
        }
    }
}
