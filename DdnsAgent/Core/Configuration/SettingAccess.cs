namespace DdnsAgent.Configuration
{
    /// <summary>Reads and writes the <see cref="Settings"/> property behind each <see cref="SettingId"/>, by value type.</summary>
    public static class SettingAccess
    {
        /// <summary>The value of a Text or Secret setting.</summary>
        public static string GetText(Settings s, SettingId id)
        {
            switch (id)
            {
                case SettingId.WifiSsid: return s.WifiSsid;
                case SettingId.WifiPassword: return s.WifiPassword;
                case SettingId.Provider: return s.Provider;
                case SettingId.ServerUrl: return s.ServerUrl;
                case SettingId.ServerDualStack: return s.ServerDualStack;
                case SettingId.Username: return s.Username;
                case SettingId.Password: return s.Password;
                case SettingId.Wildcard: return s.Wildcard;
                case SettingId.Mx: return s.Mx;
                case SettingId.BackMx: return s.BackMx;
                case SettingId.Offline: return s.Offline;
                case SettingId.DnsServer: return s.DnsServer;
                case SettingId.DnsZone: return s.DnsZone;
                case SettingId.DnsKeyName: return s.DnsKeyName;
                case SettingId.DnsKeySecret: return s.DnsKeySecret;
                case SettingId.IpSource: return s.IpSource;
                case SettingId.UserAgent: return s.UserAgent;
                case SettingId.CaCertificate: return s.CaCertificate;
                default: return null;
            }
        }

        public static void SetText(Settings s, SettingId id, string value)
        {
            switch (id)
            {
                case SettingId.WifiSsid: s.WifiSsid = value; break;
                case SettingId.WifiPassword: s.WifiPassword = value; break;
                case SettingId.Provider: s.Provider = value; break;
                case SettingId.ServerUrl: s.ServerUrl = value; break;
                case SettingId.ServerDualStack: s.ServerDualStack = value; break;
                case SettingId.Username: s.Username = value; break;
                case SettingId.Password: s.Password = value; break;
                case SettingId.Wildcard: s.Wildcard = value; break;
                case SettingId.Mx: s.Mx = value; break;
                case SettingId.BackMx: s.BackMx = value; break;
                case SettingId.Offline: s.Offline = value; break;
                case SettingId.DnsServer: s.DnsServer = value; break;
                case SettingId.DnsZone: s.DnsZone = value; break;
                case SettingId.DnsKeyName: s.DnsKeyName = value; break;
                case SettingId.DnsKeySecret: s.DnsKeySecret = value; break;
                case SettingId.IpSource: s.IpSource = value; break;
                case SettingId.UserAgent: s.UserAgent = value; break;
                case SettingId.CaCertificate: s.CaCertificate = value; break;
            }
        }

        public static bool GetFlag(Settings s, SettingId id)
        {
            switch (id)
            {
                case SettingId.IPv4: return s.IPv4;
                case SettingId.IPv6: return s.IPv6;
                case SettingId.RequireAgreement: return s.RequireAgreement;
                case SettingId.DnsVerify: return s.DnsVerify;
                case SettingId.AllowPlainHttp: return s.AllowPlainHttp;
                case SettingId.LedActiveLow: return s.LedActiveLow;
                default: return false;
            }
        }

        public static void SetFlag(Settings s, SettingId id, bool value)
        {
            switch (id)
            {
                case SettingId.IPv4: s.IPv4 = value; break;
                case SettingId.IPv6: s.IPv6 = value; break;
                case SettingId.RequireAgreement: s.RequireAgreement = value; break;
                case SettingId.DnsVerify: s.DnsVerify = value; break;
                case SettingId.AllowPlainHttp: s.AllowPlainHttp = value; break;
                case SettingId.LedActiveLow: s.LedActiveLow = value; break;
            }
        }

        public static int GetNumber(Settings s, SettingId id)
        {
            switch (id)
            {
                case SettingId.CheckIntervalSeconds: return s.CheckIntervalSeconds;
                case SettingId.ForceRefreshDays: return s.ForceRefreshDays;
                case SettingId.DnsPort: return s.DnsPort;
                case SettingId.DnsTtl: return s.DnsTtl;
                case SettingId.StartDelaySeconds: return s.StartDelaySeconds;
                case SettingId.ChangeDelaySeconds: return s.ChangeDelaySeconds;
                case SettingId.MaxChangesPerHour: return s.MaxChangesPerHour;
                case SettingId.LedPin: return s.LedPin;
                case SettingId.ConsoleRxPin: return s.ConsoleRxPin;
                case SettingId.ConsoleTxPin: return s.ConsoleTxPin;
                case SettingId.ConsoleBaudRate: return s.ConsoleBaudRate;
                default: return 0;
            }
        }

        public static void SetNumber(Settings s, SettingId id, int value)
        {
            switch (id)
            {
                case SettingId.CheckIntervalSeconds: s.CheckIntervalSeconds = value; break;
                case SettingId.ForceRefreshDays: s.ForceRefreshDays = value; break;
                case SettingId.DnsPort: s.DnsPort = value; break;
                case SettingId.DnsTtl: s.DnsTtl = value; break;
                case SettingId.StartDelaySeconds: s.StartDelaySeconds = value; break;
                case SettingId.ChangeDelaySeconds: s.ChangeDelaySeconds = value; break;
                case SettingId.MaxChangesPerHour: s.MaxChangesPerHour = value; break;
                case SettingId.LedPin: s.LedPin = value; break;
                case SettingId.ConsoleRxPin: s.ConsoleRxPin = value; break;
                case SettingId.ConsoleTxPin: s.ConsoleTxPin = value; break;
                case SettingId.ConsoleBaudRate: s.ConsoleBaudRate = value; break;
            }
        }

        public static string[] GetList(Settings s, SettingId id)
        {
            switch (id)
            {
                case SettingId.Hostnames: return s.Hostnames;
                case SettingId.Reflectors: return s.Reflectors;
                default: return null;
            }
        }

        public static void SetList(Settings s, SettingId id, string[] value)
        {
            switch (id)
            {
                case SettingId.Hostnames: s.Hostnames = value; break;
                case SettingId.Reflectors: s.Reflectors = value; break;
            }
        }

        /// <summary>Copies one setting from source to target, whatever its type.</summary>
        public static void Copy(Settings source, Settings target, SettingKey key)
        {
            switch (key.Kind)
            {
                case SettingKind.Flag: SetFlag(target, key.Id, GetFlag(source, key.Id)); break;
                case SettingKind.Number: SetNumber(target, key.Id, GetNumber(source, key.Id)); break;
                case SettingKind.List: SetList(target, key.Id, GetList(source, key.Id)); break;
                default: SetText(target, key.Id, GetText(source, key.Id)); break;
            }
        }
    }
}
