namespace DdnsAgent.Configuration
{
    /// <summary>One per console key; each names the <see cref="Settings"/> property it edits.</summary>
    public enum SettingId
    {
        WifiSsid,
        WifiPassword,
        Provider,
        ServerUrl,
        ServerDualStack,
        Username,
        Password,
        Hostnames,
        IPv4,
        IPv6,
        Wildcard,
        Mx,
        BackMx,
        Offline,
        IpSource,
        Reflectors,
        RequireAgreement,
        CheckIntervalSeconds,
        ForceRefreshDays,
        UserAgent,
        CaCertificate,
        AllowPlainHttp,
        LedPin,
        LedActiveLow,
        ConsoleRxPin,
        ConsoleTxPin,
        ConsoleBaudRate,
    }
}
