using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// The settings as `show` prints them: a tree of groups and keys, drawn in ASCII so that any serial
    /// terminal shows it, with secrets masked and unset values explained.
    /// </summary>
    public static class SettingsTree
    {
        private const string NewLine = "\r\n";

        /// <summary>Writes the settings under a "settings" root, grouped, one "key: value" line each, ending in "\r\n".</summary>
        public static void Write(Settings s, ITextSink output, bool includeDeviceKeys)
        {
            output.Write("settings" + NewLine);
            string group = null;
            for (int i = 0; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                if (!includeDeviceKeys && key.IsDeviceOnly)
                {
                    continue;
                }

                bool lastGroup = IsLastGroup(i, includeDeviceKeys);
                if (key.Group != group)
                {
                    group = key.Group;
                    output.Write((lastGroup ? "`-- " : "+-- ") + group + NewLine);
                }

                string branch = NextShown(i, key.Group, includeDeviceKeys) < 0 ? "`-- " : "+-- ";
                output.Write((lastGroup ? "    " : "|   ") + branch + key.Name + ": " + ValueText(s, key) + NewLine);
            }
        }

        /// <summary>The value as shown: secrets masked, unset values with what the agent does instead.</summary>
        public static string ValueText(Settings s, SettingKey key)
        {
            switch (key.Kind)
            {
                case SettingKind.Flag:
                    return TextValues.FormatFlag(SettingAccess.GetFlag(s, key.Id));
                case SettingKind.Number:
                    return SettingAccess.GetNumber(s, key.Id).ToString();
                case SettingKind.List:
                    string joined = TextValues.JoinList(SettingAccess.GetList(s, key.Id));
                    return joined == null ? NotSetText(key) : joined;
            }

            string text = SettingAccess.GetText(s, key.Id);
            if (text == null || text.Length == 0)
            {
                return NotSetText(key);
            }

            if (key.IsSecret)
            {
                return SettingsEditor.Mask;
            }

            return key.Id == SettingId.CaCertificate ? "PEM certificate, " + text.Length.ToString() + " characters" : text;
        }

        private static string NotSetText(SettingKey key)
        {
            return key.WhenNotSet == null ? SettingsEditor.NotSet : "(not set: " + key.WhenNotSet + ")";
        }

        // Index of the next shown key after index in group, or -1 when index is the group's last.
        private static int NextShown(int index, string group, bool includeDeviceKeys)
        {
            for (int i = index + 1; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                if ((includeDeviceKeys || !key.IsDeviceOnly) && key.Group == group)
                {
                    return i;
                }
            }

            return -1;
        }

        // True when no shown key after index belongs to another group.
        private static bool IsLastGroup(int index, bool includeDeviceKeys)
        {
            string group = SettingKeys.At(index).Group;
            for (int i = index + 1; i < SettingKeys.Count; i++)
            {
                SettingKey key = SettingKeys.At(i);
                if ((includeDeviceKeys || !key.IsDeviceOnly) && key.Group != group)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
