namespace DdnsAgent.Protocol
{
    /// <summary>
    /// One row of the provider catalog: what the provider setting may name, which protocol it speaks, and the
    /// traits the settings checks need. The protocol's own data for the row (for dyndns2, its server and quirks)
    /// is <see cref="Details"/>, read only by that protocol.
    /// </summary>
    public sealed class ProviderPreset
    {
        public ProviderPreset(
            string id,
            string displayName,
            string protocol,
            bool usesServerSetting,
            bool supportsIPv6,
            bool sendsHostname,
            bool usernameIsHostname,
            string credentialsHint,
            object details)
        {
            Id = id;
            DisplayName = displayName;
            Protocol = protocol;
            UsesServerSetting = usesServerSetting;
            SupportsIPv6 = supportsIPv6;
            SendsHostname = sendsHostname;
            UsernameIsHostname = usernameIsHostname;
            CredentialsHint = credentialsHint;
            Details = details;
        }

        /// <summary>What the user types ("dyn", "desec", "custom", ...).</summary>
        public string Id { get; }

        public string DisplayName { get; }

        /// <summary>The protocol's name, as <see cref="UpdateProtocols"/> knows it ("dyndns2").</summary>
        public string Protocol { get; }

        /// <summary>True when the server comes from the settings (`server`) rather than from this row.</summary>
        public bool UsesServerSetting { get; }

        public bool SupportsIPv6 { get; }

        /// <summary>False when the account is bound to one name, which the request therefore does not carry.</summary>
        public bool SendsHostname { get; }

        /// <summary>True when each hostname is its own user name (the username setting is not used).</summary>
        public bool UsernameIsHostname { get; }

        /// <summary>What the user name and password are at this provider, for the console; null when nothing special.</summary>
        public string CredentialsHint { get; }

        /// <summary>The protocol's own data for this row, or null.</summary>
        public object Details { get; }
    }
}
