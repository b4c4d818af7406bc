using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// The settings file's names for the settings: the property names of <see cref="Settings"/>, which both
    /// JSON libraries write and read. Kept as a switch rather than read from the enum, whose names the device
    /// does not keep.
    /// </summary>
    public static class JsonKeys
    {
        public static string Of(SettingId id)
        {
            switch (id)
            {
                case SettingId.WifiSsid: return "WifiSsid";
                case SettingId.WifiPassword: return "WifiPassword";
                case SettingId.Provider: return "Provider";
                case SettingId.ServerUrl: return "ServerUrl";
                case SettingId.ServerDualStack: return "ServerDualStack";
                case SettingId.Username: return "Username";
                case SettingId.Password: return "Password";
                case SettingId.Hostnames: return "Hostnames";
                case SettingId.IPv4: return "IPv4";
                case SettingId.IPv6: return "IPv6";
                case SettingId.Wildcard: return "Wildcard";
                case SettingId.Mx: return "Mx";
                case SettingId.BackMx: return "BackMx";
                case SettingId.Offline: return "Offline";
                case SettingId.DnsServer: return "DnsServer";
                case SettingId.DnsPort: return "DnsPort";
                case SettingId.DnsZone: return "DnsZone";
                case SettingId.DnsKeyName: return "DnsKeyName";
                case SettingId.DnsKeySecret: return "DnsKeySecret";
                case SettingId.DnsTtl: return "DnsTtl";
                case SettingId.DnsVerify: return "DnsVerify";
                case SettingId.IpSource: return "IpSource";
                case SettingId.Reflectors: return "Reflectors";
                case SettingId.RequireAgreement: return "RequireAgreement";
                case SettingId.CheckIntervalSeconds: return "CheckIntervalSeconds";
                case SettingId.ForceRefreshDays: return "ForceRefreshDays";
                case SettingId.StartDelaySeconds: return "StartDelaySeconds";
                case SettingId.ChangeDelaySeconds: return "ChangeDelaySeconds";
                case SettingId.MaxChangesPerHour: return "MaxChangesPerHour";
                case SettingId.UserAgent: return "UserAgent";
                case SettingId.CaCertificate: return "CaCertificate";
                case SettingId.AllowPlainHttp: return "AllowPlainHttp";
                case SettingId.LedPin: return "LedPin";
                case SettingId.LedActiveLow: return "LedActiveLow";
                case SettingId.ConsoleRxPin: return "ConsoleRxPin";
                case SettingId.ConsoleTxPin: return "ConsoleTxPin";
                default: return "ConsoleBaudRate";
            }
        }

        /// <summary>
        /// "\"Key\": value" with the console form of a value turned into JSON: yes/no into true/false, a list
        /// into an array of strings, text into a quoted string; a number (or a placeholder such as NAME for a
        /// number or flag) as it is.
        /// </summary>
        public static string Member(SettingId id, string value)
        {
            string json;
            switch (SettingKeys.Of(id).Kind)
            {
                case SettingKind.Flag:
                    bool flag;
                    json = TextValues.TryParseFlag(value, out flag) ? (flag ? "true" : "false") : value;
                    break;
                case SettingKind.Number:
                    json = value;
                    break;
                case SettingKind.List:
                    string[] items = TextValues.SplitList(value);
                    json = "[";
                    for (int i = 0; items != null && i < items.Length; i++)
                    {
                        json = string.Concat(json, i == 0 ? "" : ", ", Quote(items[i]));
                    }

                    json = string.Concat(json, "]");
                    break;
                default:
                    json = Quote(value);
                    break;
            }

            return string.Concat("\"", Of(id), "\": ", json);
        }

        /// <summary>text as a JSON string: in double quotes, with '"' and '\' escaped.</summary>
        public static string Quote(string text)
        {
            int escapes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                escapes += text[i] == '"' || text[i] == '\\' ? 1 : 0;
            }

            var chars = new char[text.Length + escapes + 2];
            int n = 0;
            chars[n++] = '"';
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '"' || text[i] == '\\')
                {
                    chars[n++] = '\\';
                }

                chars[n++] = text[i];
            }

            chars[n] = '"';
            return new string(chars);
        }
    }
}
