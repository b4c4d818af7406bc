namespace DdnsAgent.Configuration
{
    /// <summary>
    /// Everything the user configures, on the device and on the host alike. Persisted as JSON with these
    /// property names (nanoFramework.Json on the device, System.Text.Json on the host). Choices are kept as
    /// strings so the JSON reads well and both serializers agree; validation turns them into meaning.
    /// </summary>
    public sealed class Settings
    {
        // Wi-Fi (device only).
        public string WifiSsid { get; set; }
        public string WifiPassword { get; set; }

        // Provider: a dyndns2 preset id ("dyn", "noip", "desec", ...), "custom" with ServerUrl, or "rfc2136" with the
        // Dns* settings below.
        public string Provider { get; set; }
        public string ServerUrl { get; set; }

        // How the custom server takes IPv4 and IPv6 together: "per-family" (also when null), "combined" or
        // "separate" (see Dyndns2/CustomDualStack.cs). Presets carry their own.
        public string ServerDualStack { get; set; }

        // The account and what it updates.
        public string Username { get; set; }
        public string Password { get; set; }
        public string[] Hostnames { get; set; }
        public bool IPv4 { get; set; } = true;
        public bool IPv6 { get; set; }

        // Optional dyndns2 parameters; null leaves them out of the request.
        public string Wildcard { get; set; }
        public string Mx { get; set; }
        public string BackMx { get; set; }
        public string Offline { get; set; }

        // The zone's DNS server: where rfc2136 sends its updates, signed with a TSIG key, and where any provider's
        // proof asks whether the names answer the new address (with dyndns2 only when DnsServer is set).
        public string DnsServer { get; set; }
        public int DnsPort { get; set; } = 53;
        public string DnsZone { get; set; }
        public string DnsKeyName { get; set; }
        public string DnsKeySecret { get; set; }
        public int DnsTtl { get; set; } = 60;
        public bool DnsVerify { get; set; } = true;

        // Address detection: "auto" (interface address when public, else reflectors), "interface" or "web".
        public string IpSource { get; set; } = "auto";
        public string[] Reflectors { get; set; }
        public bool RequireAgreement { get; set; }

        // Timing.
        public int CheckIntervalSeconds { get; set; } = 300;
        public int ForceRefreshDays { get; set; } = 25;

        // Spread, so that a fleet never moves in step, and damping of an address that keeps changing.
        public int StartDelaySeconds { get; set; } = 90;
        public int ChangeDelaySeconds { get; set; } = 20;
        public int MaxChangesPerHour { get; set; } = 4;

        // HTTP and TLS.
        public string UserAgent { get; set; }
        public string CaCertificate { get; set; }
        public bool AllowPlainHttp { get; set; }

        // Device pins.
        public int LedPin { get; set; } = 2;
        public bool LedActiveLow { get; set; }
        public int ConsoleRxPin { get; set; } = 16;
        public int ConsoleTxPin { get; set; } = 17;
        public int ConsoleBaudRate { get; set; } = 115200;
    }
}
