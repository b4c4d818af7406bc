using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;
using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// Checks a whole configuration and reports every problem at once, each with its key and what to do,
    /// so that a user fixes everything in one pass instead of meeting the errors one at a time. The words
    /// fit the surface: console keys and commands on a console, JSON keys for the host's settings file.
    /// </summary>
    public static class SettingsValidator
    {
        /// <summary>All problems of s in the console words of the platform (forDevice: the ESP32's console).</summary>
        public static ValidationReport Validate(Settings s, bool forDevice)
        {
            return Validate(s, Vocabulary.ConsoleOf(forDevice));
        }

        /// <summary>
        /// All problems of s, worded for words' surface. Wi-Fi settings are judged only on the device (the host
        /// has no Wi-Fi); pins and the console speed are always judged, since a wrong value is wrong everywhere.
        /// </summary>
        public static ValidationReport Validate(Settings s, Vocabulary words)
        {
            ValidationReport report = new ValidationReport(words);
            for (int i = 0; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                if (words.ForDevice || key.Group != SettingKeys.WifiGroup)
                {
                    CheckRequired(s, key, report);
                    SettingRules.Check(s, key, report);
                }
            }

            CheckCombinations(s, report);
            return report;
        }

        private static void CheckRequired(Settings s, SettingKey key, ValidationReport report)
        {
            Vocabulary words = report.Words;
            switch (key.Id)
            {
                case SettingId.WifiSsid:
                    if (!TextValues.IsSet(s.WifiSsid))
                    {
                        report.Add(key.Id, "not set; " + words.ToSet(key.Id, "NAME") + " with your Wi-Fi network name");
                    }

                    break;
                case SettingId.Provider:
                    if (!TextValues.IsSet(s.Provider))
                    {
                        report.Add(key.Id, "not set; choose one of " + ProviderCatalog.IdList);
                    }

                    break;
                case SettingId.ServerUrl:
                    if (ProviderCatalog.UsesServerSetting(s.Provider) && !TextValues.IsSet(s.ServerUrl))
                    {
                        report.Add(key.Id, "the custom provider needs its update URL; " + words.ToSet(key.Id, "https://HOST/nic/update"));
                    }

                    break;
                case SettingId.Username:
                    if (!TextValues.IsSet(s.Username) && !UsernameIsHostname(s.Provider) && !SignsWithKey(s.Provider))
                    {
                        report.Add(key.Id, "not set; " + words.ToSet(key.Id, "NAME") + " with the account name your provider expects" + CredentialsHint(s.Provider));
                    }

                    break;
                case SettingId.Password:
                    if (!TextValues.IsSet(s.Password) && !SignsWithKey(s.Provider))
                    {
                        report.Add(key.Id, "not set; " + words.ToSet(key.Id, "SECRET") + " with the password or update token" + CredentialsHint(s.Provider));
                    }

                    break;
                case SettingId.Hostnames:
                    if (s.Hostnames == null || s.Hostnames.Length == 0)
                    {
                        report.Add(key.Id, "none given; give at least one fully qualified name, e.g. " + words.ToSet(key.Id, "home.example.com"));
                    }

                    break;
                case SettingId.DnsServer:
                    RequireForKey(s, key.Id, "the zone's primary DNS server, where the updates go; ", "ADDRESS", report);
                    break;
                case SettingId.DnsZone:
                    RequireForKey(s, key.Id, "the zone the hostnames are in; ", "example.org", report);
                    break;
                case SettingId.DnsKeyName:
                    RequireForKey(s, key.Id, "the name of the TSIG key the server knows; ", "NAME", report);
                    break;
                case SettingId.DnsKeySecret:
                    RequireForKey(s, key.Id, "the TSIG key's secret, the base64 text tsig-keygen printed; ", "SECRET", report);
                    break;
            }
        }

        // A setting rfc2136 cannot do without: its server, zone and key.
        private static void RequireForKey(Settings s, SettingId id, string what, string placeholder, ValidationReport report)
        {
            if (SignsWithKey(s.Provider) && !TextValues.IsSet(SettingAccess.GetText(s, id)))
            {
                report.Add(id, "provider rfc2136 needs " + what + report.Words.ToSet(id, placeholder));
            }
        }

        private static void CheckCombinations(Settings s, ValidationReport report)
        {
            Vocabulary words = report.Words;
            if (!s.IPv4 && !s.IPv6)
            {
                report.Add(SettingId.IPv4, words.Key(SettingId.IPv4) + " and " + words.Key(SettingId.IPv6) + " are both off, so nothing would be updated; "
                    + words.ToSet(SettingId.IPv4, "yes") + " or " + words.Assignment(SettingId.IPv6, "yes"));
            }

            ProviderPreset preset = ProviderCatalog.Find(s.Provider);
            if (s.IPv6 && preset != null && !preset.SupportsIPv6)
            {
                report.Add(SettingId.IPv6, "the " + s.Provider + " update endpoint takes IPv4 only; " + words.ToSet(SettingId.IPv6, "no"));
            }

            // Refused rather than ignored: with a preset the choice would silently do nothing.
            if (preset != null && !preset.UsesServerSetting && !SignsWithKey(s.Provider) && TextValues.IsSet(s.ServerDualStack))
            {
                report.Add(SettingId.ServerDualStack, "is used only with provider custom (the " + s.Provider + " preset has its own); " + words.ToUnset(SettingId.ServerDualStack));
            }

            if (s.Hostnames != null && s.Hostnames.Length > 1 && preset != null && !preset.SendsHostname)
            {
                report.Add(SettingId.Hostnames, "an " + s.Provider + " account is bound to one hostname; give only that one: " + words.ToSet(SettingId.Hostnames, "NAME"));
            }

            if (preset != null)
            {
                DnsSettings.Check(s, SignsWithKey(s.Provider), report);
            }

            if (s.RequireAgreement && s.Reflectors != null && s.Reflectors.Length < 2)
            {
                report.Add(SettingId.RequireAgreement, "needs at least two reflectors to compare; list two or more with " + words.Assignment(SettingId.Reflectors, "URL, URL") + ", or " + words.ToSet(SettingId.RequireAgreement, "no"));
            }

            if (s.RequireAgreement && Ascii.EqualsIgnoreCase(s.IpSource, "interface"))
            {
                report.Add(SettingId.RequireAgreement, "has no effect with " + words.Setting(SettingId.IpSource, "interface") + " (no reflector is asked); "
                    + words.ToSet(SettingId.RequireAgreement, "no") + " or " + words.Assignment(SettingId.IpSource, "auto"));
            }

            if (s.LedPin == s.ConsoleRxPin || s.LedPin == s.ConsoleTxPin)
            {
                report.Add(SettingId.LedPin, "GPIO " + s.LedPin.ToString() + " is also a console pin; give the LED its own pin");
            }

            if (s.ConsoleRxPin == s.ConsoleTxPin)
            {
                report.Add(SettingId.ConsoleTxPin, "is the same GPIO as " + words.Key(SettingId.ConsoleRxPin) + "; give each its own pin");
            }
        }

        // " (deSEC: user name: ...; password: ...)" for a known provider, else "".
        private static string CredentialsHint(string provider)
        {
            ProviderPreset preset = ProviderCatalog.Find(provider);
            return preset == null || preset.CredentialsHint == null ? string.Empty : " (" + preset.DisplayName + ": " + preset.CredentialsHint + ")";
        }

        // rfc2136: updates are signed with a TSIG key instead of an account's credentials.
        private static bool SignsWithKey(string provider)
        {
            ProviderPreset preset = ProviderCatalog.Find(provider);
            return preset != null && preset.Protocol == Rfc2136Protocol.Name;
        }

        // Hurricane Electric: each hostname is its own user name, so the username setting is not used.
        private static bool UsernameIsHostname(string provider)
        {
            ProviderPreset preset = ProviderCatalog.Find(provider);
            return preset != null && preset.UsernameIsHostname;
        }
    }
}
