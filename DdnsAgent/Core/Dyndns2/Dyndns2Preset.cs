namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// One provider's dyndns2 endpoint and quirks, as data. Presets are always HTTPS. Adding a provider
    /// means one entry in <see cref="Dyndns2Presets"/> and one test row.
    /// </summary>
    public sealed class Dyndns2Preset
    {
        /// <summary>The most hostnames the dyndns2 protocol allows in one request.</summary>
        public const int ProtocolMaxHosts = 20;

        public const int HttpsPort = 443;

        public Dyndns2Preset(
            string id,
            string displayName,
            string host,
            string path,
            string fixedQuery,
            AuthStyle auth,
            DualStackStyle dualStack,
            int maxHostsPerRequest,
            bool sendsHostname,
            string familySkipValue,
            string credentialsHint)
        {
            Id = id;
            DisplayName = displayName;
            Host = host;
            Port = HttpsPort;
            Path = path;
            FixedQuery = fixedQuery;
            Auth = auth;
            DualStack = dualStack;
            MaxHostsPerRequest = maxHostsPerRequest;
            SendsHostname = sendsHostname;
            FamilySkipValue = familySkipValue;
            CredentialsHint = credentialsHint;
        }

        /// <summary>What the user types in the configuration ("dyn", "noip", ...).</summary>
        public string Id { get; }

        public string DisplayName { get; }

        /// <summary>DNS name of the update server. Never an IP address.</summary>
        public string Host { get; }

        public int Port { get; }

        /// <summary>Request path, for example "/nic/update".</summary>
        public string Path { get; }

        /// <summary>Query parameters always sent first, already encoded (OVH: "system=dyndns"), or null.</summary>
        public string FixedQuery { get; }

        public AuthStyle Auth { get; }

        public DualStackStyle DualStack { get; }

        /// <summary>Most hostnames per request: 20, or 1 where the credentials name a single record.</summary>
        public int MaxHostsPerRequest { get; }

        /// <summary>False when the account is bound to one name and the request carries no hostname (INWX).</summary>
        public bool SendsHostname { get; }

        /// <summary>Hurricane Electric: the record's host is the user name, its key the password.</summary>
        public bool UsernameIsHostname => Auth == AuthStyle.HostnameAsUser;

        /// <summary>
        /// What to send for a family the user did not enable so that the provider keeps that family's record
        /// (deSEC "preserve", Dynu "no"); null: leave the parameter out.
        /// </summary>
        public string FamilySkipValue { get; }

        /// <summary>What the user name and password are at this provider, for the console.</summary>
        public string CredentialsHint { get; }

        public bool SupportsIPv6 => DualStack != DualStackStyle.IPv4Only;
    }
}
