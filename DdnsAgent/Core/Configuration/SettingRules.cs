using DdnsAgent.Addressing;
using DdnsAgent.Detection;
using DdnsAgent.Dyndns2;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;
using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// The rules for one setting's value, used both by `set` (before a value is accepted) and by the
    /// validator (for every key). A missing value is not judged here: which settings are required, and rules
    /// that tie several settings together, live in <see cref="SettingsValidator"/>.
    /// </summary>
    public static class SettingRules
    {
        public const int MaxHostnames = 20;
        public const int MaxReflectors = 8;
        public const int MinIntervalSeconds = 60;
        public const int MaxIntervalSeconds = 86400;

        /// <summary>Providers expire names that see no update for about 30 days; 25 leaves a margin (ddclient and pfSense use 25).</summary>
        public const int MaxRefreshDays = 30;

        public const int MaxStartDelaySeconds = 600;
        public const int MaxChangeDelaySeconds = 120;

        /// <summary>The address history keeps 8 changes (see Persistence.AddressHistory): the damping can count no more.</summary>
        public const int MaxChangesPerHour = 8;

        private static readonly string[] IpSources = new string[] { "auto", "interface", "web" };

        /// <summary>
        /// Adds to report every problem with the current value of key in s, worded for the report's surface.
        /// An empty text counts as not set.
        /// </summary>
        public static void Check(Settings s, SettingKey key, ValidationReport report)
        {
            switch (key.Kind)
            {
                case SettingKind.Text:
                case SettingKind.Secret:
                    string text = SettingAccess.GetText(s, key.Id);
                    if (text != null && text.Length > 0)
                    {
                        CheckText(s, key, text, report);
                    }

                    break;
                case SettingKind.Number:
                    Add(report, key.Id, NumberProblem(key.Id, SettingAccess.GetNumber(s, key.Id)));
                    break;
                case SettingKind.List:
                    string[] items = SettingAccess.GetList(s, key.Id);
                    if (items != null)
                    {
                        CheckList(key, items, report);
                    }

                    break;
            }
        }

        private static void CheckText(Settings s, SettingKey key, string value, ValidationReport report)
        {
            Vocabulary words = report.Words;
            SettingId id = key.Id;
            string problem = TextRules.Problem(value, id == SettingId.CaCertificate, words);
            if (problem != null)
            {
                report.Add(id, problem);
                return;
            }

            switch (id)
            {
                case SettingId.WifiSsid:
                case SettingId.WifiPassword:
                    Add(report, id, DeviceRules.WifiProblem(id, value));
                    break;
                case SettingId.Provider:
                    Add(report, id, ProviderCatalog.IsKnown(value) ? null : Quote(value) + " is unknown; choose one of " + ProviderCatalog.IdList);
                    break;
                case SettingId.ServerUrl:
                    problem = TextRules.UrlProblem(value) ?? UpdateEndpoint.UrlProblem(value);
                    if (problem == null && UrlParts.IsPlainHttp(value) && !s.AllowPlainHttp)
                    {
                        problem = Quote(value) + " would send the password unencrypted; use https://, or first " + words.ToSet(SettingId.AllowPlainHttp, "yes") + " if you accept that risk";
                    }

                    Add(report, id, problem);
                    break;
                case SettingId.ServerDualStack:
                    Add(report, id, CustomDualStack.Problem(value));
                    break;
                case SettingId.Username:
                    Add(report, id, value.IndexOf(':') >= 0 ? "must not contain ':' (Basic authentication splits name and password there)" : null);
                    break;
                case SettingId.Wildcard:
                    Add(report, id, UpdateOptions.WildcardProblem(value));
                    break;
                case SettingId.Mx:
                    Add(report, id, TextRules.NameProblem(value) ?? UpdateOptions.MxProblem(value));
                    break;
                case SettingId.BackMx:
                    Add(report, id, UpdateOptions.BackMxProblem(value));
                    break;
                case SettingId.Offline:
                    Add(report, id, UpdateOptions.OfflineProblem(value));
                    break;
                case SettingId.DnsServer:
                    Add(report, id, TextRules.NameProblem(value) ?? Rfc2136Settings.ServerProblem(value));
                    break;
                case SettingId.DnsZone:
                    Add(report, id, TextRules.NameProblem(value) ?? Rfc2136Settings.ZoneProblem(value));
                    break;
                case SettingId.DnsKeyName:
                    Add(report, id, TextRules.NameProblem(value) ?? Rfc2136Settings.KeyNameProblem(value));
                    break;
                case SettingId.DnsKeySecret:
                    Add(report, id, Rfc2136Settings.SecretProblem(value));
                    break;
                case SettingId.IpSource:
                    Add(report, id, TextValues.ChoiceProblem(value, IpSources));
                    break;
                case SettingId.UserAgent:
                    problem = value.Length > AgentIdentity.MaxUserAgentLength
                        ? "is longer than 128 characters; shorten it, or " + words.ToUnset(SettingId.UserAgent) + " to send the agent's own"
                        : words.Fill(AgentIdentity.Problem(value));
                    Add(report, id, problem);
                    break;
                case SettingId.CaCertificate:
                    bool pem = value.IndexOf("-----BEGIN CERTIFICATE-----") >= 0 && value.IndexOf("-----END CERTIFICATE-----") > 0;
                    Add(report, id, pem ? null : NotPem(words));
                    break;
            }
        }

        private static string NotPem(Vocabulary words)
        {
            if (words.IsSettingsFile)
            {
                return "is not a whole PEM certificate: give the path of a PEM file, or the text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----";
            }

            return words.ForDevice
                ? "is not a PEM certificate: paste the whole text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE----- with `set tls.ca -`"
                : "is not a PEM certificate: give the path of a PEM file, or paste the whole text with `set tls.ca -`";
        }

        private static void CheckList(SettingKey key, string[] items, ValidationReport report)
        {
            bool hostnames = key.Id == SettingId.Hostnames;
            int max = hostnames ? MaxHostnames : MaxReflectors;
            if (items.Length > max)
            {
                report.Add(key.Id, items.Length.ToString() + " given, at most " + max.ToString() + " are allowed" + (hostnames ? " (the dyndns2 limit per request)" : string.Empty));
            }

            for (int i = 0; i < items.Length; i++)
            {
                string item = items[i] ?? string.Empty;
                string problem = TextRules.Problem(item, false, report.Words);
                if (problem == null)
                {
                    problem = hostnames
                        ? TextRules.NameProblem(item) ?? Hostnames.Problem(item)
                        : TextRules.UrlProblem(item) ?? ReflectorProblem(item);
                }

                Add(report, key.Id, problem);
                for (int j = 0; j < i; j++)
                {
                    if (Ascii.EqualsIgnoreCase(item, items[j]))
                    {
                        report.Add(key.Id, Quote(item) + " is listed twice; remove one");
                        break;
                    }
                }
            }
        }

        private static string NumberProblem(SettingId id, int value)
        {
            switch (id)
            {
                case SettingId.CheckIntervalSeconds:
                    if (value < MinIntervalSeconds)
                    {
                        return value.ToString() + " seconds is too often: providers block accounts that check more than once a minute; use 60 or more (300 is usual)";
                    }

                    return value > MaxIntervalSeconds ? value.ToString() + " seconds is more than a day; use at most 86400" : null;
                case SettingId.ForceRefreshDays:
                    return OutOfRange(value, 1, MaxRefreshDays, "days (providers expire names that see no update for about 30 days; 25 is usual)");
                case SettingId.StartDelaySeconds:
                    return OutOfRange(value, 0, MaxStartDelaySeconds, "seconds (0 checks at once after a start; 90 is usual)");
                case SettingId.ChangeDelaySeconds:
                    return OutOfRange(value, 0, MaxChangeDelaySeconds, "seconds (0 sends at once; 20 is usual)");
                case SettingId.MaxChangesPerHour:
                    return OutOfRange(value, 1, MaxChangesPerHour, "changes per hour (4 is usual)");
                case SettingId.DnsPort:
                    return Rfc2136Settings.PortProblem(value);
                case SettingId.DnsTtl:
                    return Rfc2136Settings.TtlProblem(value);
                default:
                    return DeviceRules.NumberProblem(id, value);
            }
        }

        // "31 is out of range; use 1 to 30 days (...)", or null within min to max.
        private static string OutOfRange(int value, int min, int max, string unit)
        {
            return value < min || value > max
                ? string.Concat(new string[] { value.ToString(), " is out of range; use ", min.ToString(), " to ", max.ToString(), " ", unit })
                : null;
        }

        // The reflector is read as the agent reads it, so a list that passes here also works.
        private static string ReflectorProblem(string url)
        {
            string error;
            return Reflector.TryParse(url, AddressFamilyKind.None, out _, out error) ? null : error;
        }

        private static string Quote(string value)
        {
            return "'" + value + "'";
        }

        private static void Add(ValidationReport report, SettingId id, string problem)
        {
            if (problem != null)
            {
                report.Add(id, problem);
            }
        }
    }
}
