using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// Checks a whole configuration and reports every problem at once, each with its console key and what to
    /// do, so that a user fixes everything in one pass instead of meeting the errors one at a time.
    /// </summary>
    public static class SettingsValidator
    {
        /// <summary>
        /// All problems of s. Wi-Fi settings are judged only when forDevice is true (the host has no Wi-Fi);
        /// pins and the console speed are always judged, since a wrong value is wrong everywhere.
        /// </summary>
        public static ValidationReport Validate(Settings s, bool forDevice)
        {
            ValidationReport report = new ValidationReport();
            for (int i = 0; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                if (forDevice || key.Group != SettingKeys.WifiGroup)
                {
                    CheckRequired(s, key, forDevice, report);
                    SettingRules.Check(s, key, report);
                }
            }

            CheckCombinations(s, report);
            return report;
        }

        private static void CheckRequired(Settings s, SettingKey key, bool forDevice, ValidationReport report)
        {
            switch (key.Id)
            {
                case SettingId.WifiSsid:
                    if (forDevice && !TextValues.IsSet(s.WifiSsid))
                    {
                        report.Add(key.Name, "not set; type `set wifi.ssid NAME` with your Wi-Fi network name");
                    }

                    break;
                case SettingId.Provider:
                    if (!TextValues.IsSet(s.Provider))
                    {
                        report.Add(key.Name, "not set; choose one of " + ProviderCatalog.IdList);
                    }

                    break;
                case SettingId.ServerUrl:
                    if (ProviderCatalog.UsesServerSetting(s.Provider) && !TextValues.IsSet(s.ServerUrl))
                    {
                        report.Add(key.Name, "the custom provider needs its update URL; type `set server https://HOST/nic/update`");
                    }

                    break;
                case SettingId.Username:
                    if (!TextValues.IsSet(s.Username) && !UsernameIsHostname(s.Provider))
                    {
                        report.Add(key.Name, "not set; type `set username NAME` with the account name your provider expects" + CredentialsHint(s.Provider));
                    }

                    break;
                case SettingId.Password:
                    if (!TextValues.IsSet(s.Password))
                    {
                        report.Add(key.Name, "not set; type `set password` followed by the password or update token" + CredentialsHint(s.Provider));
                    }

                    break;
                case SettingId.Hostnames:
                    if (s.Hostnames == null || s.Hostnames.Length == 0)
                    {
                        report.Add(key.Name, "none given; give at least one fully qualified name, e.g. `set hostnames home.example.com`");
                    }

                    break;
            }
        }

        private static void CheckCombinations(Settings s, ValidationReport report)
        {
            if (!s.IPv4 && !s.IPv6)
            {
                report.Add("ipv4", "ipv4 and ipv6 are both off, so nothing would be updated; type `set ipv4 yes` or `set ipv6 yes`");
            }

            ProviderPreset preset = ProviderCatalog.Find(s.Provider);
            if (s.IPv6 && preset != null && !preset.SupportsIPv6)
            {
                report.Add("ipv6", "the " + s.Provider + " update endpoint takes IPv4 only; type `set ipv6 no`");
            }

            // Refused rather than ignored: with a preset the choice would silently do nothing.
            if (preset != null && !preset.UsesServerSetting && TextValues.IsSet(s.ServerDualStack))
            {
                report.Add("server.dual-stack", "is used only with provider custom (the " + s.Provider + " preset has its own); type `unset server.dual-stack`");
            }

            if (s.Hostnames != null && s.Hostnames.Length > 1 && preset != null && !preset.SendsHostname)
            {
                report.Add("hostnames", "an " + s.Provider + " account is bound to one hostname; give only that one with `set hostnames NAME`");
            }

            if (s.RequireAgreement && s.Reflectors != null && s.Reflectors.Length < 2)
            {
                report.Add("ip.agree", "needs at least two reflectors to compare; list two or more with `set reflectors URL, URL`, or `set ip.agree no`");
            }

            if (s.RequireAgreement && Ascii.EqualsIgnoreCase(s.IpSource, "interface"))
            {
                report.Add("ip.agree", "has no effect with ip.source interface (no reflector is asked); `set ip.agree no` or `set ip.source auto`");
            }

            if (s.LedPin == s.ConsoleRxPin || s.LedPin == s.ConsoleTxPin)
            {
                report.Add("led.pin", "GPIO " + s.LedPin.ToString() + " is also a console pin; give the LED its own pin");
            }

            if (s.ConsoleRxPin == s.ConsoleTxPin)
            {
                report.Add("console.tx", "is the same GPIO as console.rx; give each its own pin");
            }
        }

        // " (deSEC: user name: ...; password: ...)" for a known provider, else "".
        private static string CredentialsHint(string provider)
        {
            ProviderPreset preset = ProviderCatalog.Find(provider);
            return preset == null || preset.CredentialsHint == null ? string.Empty : " (" + preset.DisplayName + ": " + preset.CredentialsHint + ")";
        }

        // Hurricane Electric: each hostname is its own user name, so the username setting is not used.
        private static bool UsernameIsHostname(string provider)
        {
            ProviderPreset preset = ProviderCatalog.Find(provider);
            return preset != null && preset.UsernameIsHostname;
        }
    }
}
