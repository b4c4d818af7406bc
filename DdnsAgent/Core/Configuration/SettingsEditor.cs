using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// The console's view of the settings: set and unset values by key, and show them all as a tree with
    /// secrets masked. A value is checked before it is accepted; an error says what to type instead and never
    /// repeats a secret.
    /// </summary>
    public static class SettingsEditor
    {
        /// <summary>Shown instead of a secret that is set.</summary>
        public const string Mask = "********";

        public const string NotSet = "(not set)";

        private const string NewLine = "\r\n";

        /// <summary>Every key, in the order `show` lists them (a new array on each call).</summary>
        public static string[] Keys
        {
            get
            {
                string[] keys = new string[SettingKeys.Count];
                for (int i = 0; i < keys.Length; i++)
                {
                    keys[i] = SettingKeys.At(i).Name;
                }

                return keys;
            }
        }

        /// <summary>True for keys whose value is never shown (passwords).</summary>
        public static bool IsSecret(string key)
        {
            SettingKey found = SettingKeys.Find(key);
            return found != null && found.IsSecret;
        }

        /// <summary>Parses value for key, checks it, and only then stores it in s.</summary>
        public static bool TrySet(Settings s, string key, string value, out string error)
        {
            SettingKey found = SettingKeys.Find(key);
            if (found == null)
            {
                error = UnknownKey(key);
                return false;
            }

            // Kept exactly: secrets, and a certificate (whose text is compared with its file's on the host).
            bool exact = found.IsSecret || found.Id == SettingId.CaCertificate;
            string text = value == null ? null : (exact ? value : value.Trim());
            if (text == null || text.Length == 0)
            {
                error = "no value given; type `set " + found.Name + " VALUE`, or `unset " + found.Name + "` to return it to its default";
                return false;
            }

            Settings before = new Settings();
            SettingAccess.Copy(s, before, found);
            if (!TryAssign(s, found, text, out error))
            {
                return false;
            }

            ValidationReport report = new ValidationReport();
            SettingRules.Check(s, found, report);
            if (report.IsValid)
            {
                return true;
            }

            SettingAccess.Copy(before, s, found);
            error = report.MessagesText();
            return false;
        }

        /// <summary>Returns key to its default value (for text and lists: not set).</summary>
        public static bool TryUnset(Settings s, string key, out string error)
        {
            SettingKey found = SettingKeys.Find(key);
            if (found == null)
            {
                error = UnknownKey(key);
                return false;
            }

            SettingAccess.Copy(new Settings(), s, found);
            error = null;
            return true;
        }

        /// <summary>The value of key as `show` prints it (secrets masked), or null for an unknown key.</summary>
        public static string Display(Settings s, string key)
        {
            SettingKey found = SettingKeys.Find(key);
            return found == null ? null : SettingsTree.ValueText(s, found);
        }

        /// <summary>Writes every setting as a tree, one line per key ending in "\r\n", secrets masked.</summary>
        public static void Describe(Settings s, ITextSink output)
        {
            Describe(s, output, true);
        }

        /// <summary>As <see cref="Describe(Settings, ITextSink)"/>; without the Wi-Fi and pin keys when includeDeviceKeys is false (on the host).</summary>
        public static void Describe(Settings s, ITextSink output, bool includeDeviceKeys)
        {
            SettingsTree.Write(s, output, includeDeviceKeys);
        }

        /// <summary>Writes one line per key with what it means (for `help set`), ending in "\r\n".</summary>
        public static void DescribeKeys(ITextSink output)
        {
            for (int i = 0; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                output.Write("  " + key.Name + ": " + key.Help + NewLine);
            }
        }

        private static bool TryAssign(Settings s, SettingKey key, string text, out string error)
        {
            error = null;
            switch (key.Kind)
            {
                case SettingKind.Flag:
                    bool flag;
                    if (!TextValues.TryParseFlag(text, out flag))
                    {
                        error = "'" + text + "' is not yes or no";
                        return false;
                    }

                    SettingAccess.SetFlag(s, key.Id, flag);
                    return true;
                case SettingKind.Number:
                    int number;
                    if (!TextValues.TryParseNumber(text, out number))
                    {
                        error = "'" + text + "' is not a whole number; " + key.Help;
                        return false;
                    }

                    SettingAccess.SetNumber(s, key.Id, number);
                    return true;
                case SettingKind.List:
                    string[] items = TextValues.SplitList(text);
                    if (items == null)
                    {
                        error = "no value given; separate several values with commas";
                        return false;
                    }

                    if (key.Id == SettingId.Hostnames)
                    {
                        for (int i = 0; i < items.Length; i++)
                        {
                            items[i] = Ascii.ToLower(items[i]);
                        }
                    }

                    SettingAccess.SetList(s, key.Id, items);
                    return true;
                default:
                    SettingAccess.SetText(s, key.Id, Normalize(key.Id, text));
                    return true;
            }
        }

        // Choices are stored in the case the protocol sends, whatever case was typed; DNS names in lower case.
        private static string Normalize(SettingId id, string text)
        {
            switch (id)
            {
                case SettingId.Provider:
                case SettingId.ServerDualStack:
                case SettingId.IpSource:
                case SettingId.DnsServer:
                case SettingId.DnsZone:
                    return Ascii.ToLower(text);
                case SettingId.Wildcard:
                case SettingId.BackMx:
                case SettingId.Offline:
                    return Ascii.ToUpper(text);
                case SettingId.Mx:
                    return Ascii.EqualsIgnoreCase(text, "NOCHG") ? "NOCHG" : Ascii.ToLower(text);
                default:
                    return text;
            }
        }

        private static string UnknownKey(string key)
        {
            string suggestion = key == null ? null : SettingKeys.Suggest(key);
            return "unknown key '" + key + "'" + (suggestion == null ? string.Empty : " (did you mean " + suggestion + "?)") + "; type `help set` to list keys";
        }
    }
}
