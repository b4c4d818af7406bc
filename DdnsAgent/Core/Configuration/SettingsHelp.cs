using DdnsAgent.Ports;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// `help set` and `help KEY`: what each setting takes, its range and its default, for the console the
    /// user is on. The host's console leaves out the keys only the ESP32 firmware uses (Wi-Fi, pins) from
    /// the list, and `help KEY` marks them; it also names each key as the settings file does.
    /// </summary>
    public static class SettingsHelp
    {
        private const string NewLine = "\r\n";
        private const int NameColumn = 19;
        private const string Spaces = "                   ";

        /// <summary>One line per key the surface uses, in the order of keys, ending in "\r\n".</summary>
        public static void WriteKeys(ITextSink output, string[] keys, Vocabulary words)
        {
            output.Write("settings (`set KEY VALUE`, then `save`; `help KEY` for one):" + NewLine);
            bool hidden = false;
            for (int i = 0; i < keys.Length; i++)
            {
                SettingKey key = SettingKeys.Find(keys[i]);
                if (key != null && key.IsDeviceOnly && !words.ForDevice)
                {
                    hidden = true;
                    continue;
                }

                string name = keys[i];
                string text = key == null ? string.Empty : Describe(key);
                int padding = name.Length < NameColumn ? NameColumn - name.Length : 1;
                output.Write("  " + name + Spaces.Substring(0, padding) + text + NewLine);
            }

            if (hidden)
            {
                output.Write("the Wi-Fi, LED and console-pin keys are for the ESP32 firmware and not listed here" + NewLine);
            }
        }

        /// <summary>`help KEY`: the key's meaning, value type, default and, on the host, its name in the settings file; false for an unknown key.</summary>
        public static bool WriteKey(ITextSink output, string name, Vocabulary words)
        {
            SettingKey key = SettingKeys.Find(name);
            if (key == null)
            {
                return false;
            }

            output.Write(key.Name + ": " + key.Help + NewLine);
            output.Write("  value: " + ValueType(key) + NewLine);
            string fallback = Default(key);
            if (fallback != null)
            {
                output.Write("  " + fallback + NewLine);
            }

            if (key.IsSecret)
            {
                output.Write("  secret: `show` masks it, and it is echoed as * while typed" + NewLine);
            }

            if (!words.ForDevice)
            {
                if (key.IsDeviceOnly)
                {
                    output.Write("  only the ESP32 firmware uses it; this agent ignores it" + NewLine);
                }

                if (key.Id == SettingId.CaCertificate)
                {
                    output.Write("  here also the path of a PEM file, e.g. `set tls.ca /etc/ssl/my-ca.pem`" + NewLine);
                }

                output.Write("  in the settings file: \"" + JsonKeys.Of(key.Id) + "\"" + NewLine);
            }

            return true;
        }

        /// <summary>"what it takes; default X" for the `help set` list.</summary>
        public static string Describe(SettingKey key)
        {
            string fallback = Default(key);
            string text = fallback == null ? key.Help : key.Help + "; " + fallback;
            return key.IsSecret ? text + "; secret" : text;
        }

        /// <summary>"default 300", "when not set: the built-in list", or null when there is no default to tell.</summary>
        public static string Default(SettingKey key)
        {
            Settings defaults = new Settings();
            switch (key.Kind)
            {
                case SettingKind.Flag:
                case SettingKind.Number:
                    return "default " + SettingsTree.ValueText(defaults, key);
            }

            string text = key.Kind == SettingKind.List ? null : SettingAccess.GetText(defaults, key.Id);
            if (text != null && text.Length > 0)
            {
                return "default " + text;
            }

            return key.WhenNotSet == null ? null : "when not set: " + key.WhenNotSet;
        }

        private static string ValueType(SettingKey key)
        {
            switch (key.Kind)
            {
                case SettingKind.Flag:
                    return "yes or no";
                case SettingKind.Number:
                    return "a whole number";
                case SettingKind.List:
                    return "one or more, separated by commas";
                default:
                    return key.Id == SettingId.CaCertificate ? "PEM text, pasted after `set tls.ca -`" : "text";
            }
        }
    }
}
