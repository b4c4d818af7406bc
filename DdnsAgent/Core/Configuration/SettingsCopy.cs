namespace DdnsAgent.Configuration
{
    /// <summary>A deep copy of the settings: the console edits a draft while the saved settings stay in force.</summary>
    public static class SettingsCopy
    {
        public static Settings Of(Settings s)
        {
            return new Settings
            {
                WifiSsid = s.WifiSsid,
                WifiPassword = s.WifiPassword,
                Provider = s.Provider,
                ServerUrl = s.ServerUrl,
                Username = s.Username,
                Password = s.Password,
                Hostnames = CopyOf(s.Hostnames),
                IPv4 = s.IPv4,
                IPv6 = s.IPv6,
                Wildcard = s.Wildcard,
                Mx = s.Mx,
                BackMx = s.BackMx,
                Offline = s.Offline,
                IpSource = s.IpSource,
                Reflectors = CopyOf(s.Reflectors),
                RequireAgreement = s.RequireAgreement,
                CheckIntervalSeconds = s.CheckIntervalSeconds,
                ForceRefreshDays = s.ForceRefreshDays,
                UserAgent = s.UserAgent,
                CaCertificate = s.CaCertificate,
                AllowPlainHttp = s.AllowPlainHttp,
                LedPin = s.LedPin,
                LedActiveLow = s.LedActiveLow,
                ConsoleRxPin = s.ConsoleRxPin,
                ConsoleTxPin = s.ConsoleTxPin,
                ConsoleBaudRate = s.ConsoleBaudRate,
            };
        }

        private static string[] CopyOf(string[] values)
        {
            if (values == null)
            {
                return null;
            }

            var copy = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                copy[i] = values[i];
            }

            return copy;
        }
    }
}
