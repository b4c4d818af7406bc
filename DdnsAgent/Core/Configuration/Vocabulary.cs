namespace DdnsAgent.Configuration
{
    /// <summary>
    /// The words of the surface a message is read on. The same problem reads "interval: ...; type
    /// `set interval 600`" on a console and "CheckIntervalSeconds: ...; write `"CheckIntervalSeconds": 600`"
    /// for the host's settings file, whose commands are the program's command line (`ddns-agent once --force`
    /// where the console says `update --force`). A message names settings and commands only through these
    /// methods, so it fits wherever it is shown. Three surfaces exist: the device's serial console, the
    /// host's `ddns-agent console`, and the host's settings file with its command line.
    /// </summary>
    public sealed class Vocabulary
    {
        /// <summary>The ESP32's serial console: console keys; Wi-Fi and pins are judged and shown.</summary>
        public static readonly Vocabulary DeviceConsole = new Vocabulary(true, false);

        /// <summary>`ddns-agent console` on a PC: console keys; the device-only keys are left out or marked.</summary>
        public static readonly Vocabulary HostConsole = new Vocabulary(false, false);

        /// <summary>The host's JSON settings file and the `ddns-agent` command line.</summary>
        public static readonly Vocabulary SettingsFile = new Vocabulary(false, true);

        private Vocabulary(bool forDevice, bool settingsFile)
        {
            ForDevice = forDevice;
            IsSettingsFile = settingsFile;
        }

        /// <summary>The surface is the device's: the Wi-Fi, LED and console-pin settings are in use.</summary>
        public bool ForDevice { get; }

        /// <summary>Settings are named by their JSON keys; commands are command lines.</summary>
        public bool IsSettingsFile { get; }

        /// <summary>The console vocabulary of the platform: the device's or the host's.</summary>
        public static Vocabulary ConsoleOf(bool forDevice)
        {
            return forDevice ? DeviceConsole : HostConsole;
        }

        /// <summary>The setting's name: "interval" on a console, "CheckIntervalSeconds" in the settings file.</summary>
        public string Key(SettingId id)
        {
            return IsSettingsFile ? JsonKeys.Of(id) : SettingKeys.Of(id).Name;
        }

        /// <summary>
        /// A setting with a value, as the user would write it (value in console form: yes/no, a number, text,
        /// or a comma-separated list): "ip.source web", or "\"IpSource\": \"web\"" in the settings file.
        /// </summary>
        public string Setting(SettingId id, string value)
        {
            return IsSettingsFile ? JsonKeys.Member(id, value) : string.Concat(SettingKeys.Of(id).Name, " ", value);
        }

        /// <summary>How to give a setting a value: "type `set ipv6 no`", or "write `\"IPv6\": false`".</summary>
        public string ToSet(SettingId id, string value)
        {
            return string.Concat(IsSettingsFile ? "write " : "type ", Assignment(id, value));
        }

        /// <summary>The assignment alone, for a second choice ("... or `set ipv6 yes`"): "`set ipv6 yes`", or "`\"IPv6\": true`".</summary>
        public string Assignment(SettingId id, string value)
        {
            return string.Concat(IsSettingsFile ? "`" : "`set ", Setting(id, value), "`");
        }

        /// <summary>How to return a setting to its default: "type `unset mx`", or "remove `\"Mx\"`".</summary>
        public string ToUnset(SettingId id)
        {
            return IsSettingsFile ? string.Concat("remove `\"", JsonKeys.Of(id), "\"`") : string.Concat("type `unset ", SettingKeys.Of(id).Name, "`");
        }

        /// <summary>Where a setting is changed, for "fix it with ...": "`set hostnames`", or "`\"Hostnames\"`".</summary>
        public string Change(SettingId id)
        {
            return IsSettingsFile ? string.Concat("`\"", JsonKeys.Of(id), "\"`") : string.Concat("`set ", SettingKeys.Of(id).Name, "`");
        }

        /// <summary>What makes a change count, after <see cref="Change"/>: ", then `save`", or " in the settings file".</summary>
        public string ThenApply
        {
            get { return IsSettingsFile ? " in the settings file" : ", then `save`"; }
        }

        /// <summary>
        /// A message template in this surface's words. The engine's own messages (answer codes, the LED's words,
        /// setup problems) name settings and commands by markers, so that one text serves every surface:
        /// "{KEY}" is the setting's name (<see cref="Key"/>), "{set KEY}" where it is changed (<see cref="Change"/>),
        /// "{set KEY VALUE}" an assignment (<see cref="Assignment"/>), "{unset KEY}" <see cref="ToUnset"/>,
        /// "{then save}" <see cref="ThenApply"/>, and a command's console form ("{resume}", "{update --force}",
        /// "{help set}", "{save}", "{set tls.ca -}") <see cref="Command"/>. KEY is the console key. Anything else
        /// in braces stays as it is. A text without a brace is returned itself: no allocation.
        /// </summary>
        public string Fill(string template)
        {
            if (template == null)
            {
                return null;
            }

            int open = template.IndexOf('{');
            if (open < 0)
            {
                return template;
            }

            string text = template.Substring(0, open);
            while (open >= 0)
            {
                int close = template.IndexOf('}', open + 1);
                if (close < 0)
                {
                    return string.Concat(text, template.Substring(open));
                }

                string words = Marker(template.Substring(open + 1, close - open - 1));
                text = string.Concat(text, words ?? template.Substring(open, close - open + 1));
                open = template.IndexOf('{', close + 1);
                text = string.Concat(text, template.Substring(close + 1, (open < 0 ? template.Length : open) - close - 1));
            }

            return text;
        }

        // The words for one marker's inside, or null when it is not a marker.
        private string Marker(string inside)
        {
            if (inside == "then save")
            {
                return ThenApply;
            }

            for (int word = 0; word <= (int)CommandWord.GiveCaCertificate; word++)
            {
                if (inside == ConsoleForm((CommandWord)word))
                {
                    return Command((CommandWord)word);
                }
            }

            int space = inside.IndexOf(' ');
            string verb = space < 0 ? null : inside.Substring(0, space);
            string rest = space < 0 ? inside : inside.Substring(space + 1);
            int valueAt = rest.IndexOf(' ');
            SettingKey key = SettingKeys.Find(valueAt < 0 ? rest : rest.Substring(0, valueAt));
            if (key == null || (verb != null && verb != "set" && verb != "unset") || (valueAt >= 0 && verb != "set"))
            {
                return null;
            }

            if (verb == null)
            {
                return Key(key.Id);
            }

            if (verb == "unset")
            {
                return ToUnset(key.Id);
            }

            return valueAt < 0 ? Change(key.Id) : Assignment(key.Id, rest.Substring(valueAt + 1));
        }

        /// <summary>The command as a console user types it: "update --force"; the marker that names it in a template.</summary>
        public static string ConsoleForm(CommandWord command)
        {
            switch (command)
            {
                case CommandWord.Resume: return "resume";
                case CommandWord.ForceUpdate: return "update --force";
                case CommandWord.ListSettings: return "help set";
                case CommandWord.GiveCaCertificate: return "set tls.ca -";
                default: return "save";
            }
        }

        /// <summary>A command as the surface runs it, in backticks: "`update --force`", or "`ddns-agent once --force`".</summary>
        public string Command(CommandWord command)
        {
            switch (command)
            {
                case CommandWord.ForceUpdate:
                    return IsSettingsFile ? "`ddns-agent once --force`" : "`update --force`";
                case CommandWord.Resume:
                    return IsSettingsFile ? "`resume` in `ddns-agent console`" : "`resume`";
                case CommandWord.ListSettings:
                    return IsSettingsFile ? "the README's settings file section (or `help set` in `ddns-agent console`)" : "`help set`";
                case CommandWord.GiveCaCertificate:
                    if (IsSettingsFile)
                    {
                        return "`\"CaCertificate\": \"FILE\"` (the path of a PEM file)";
                    }

                    return ForDevice ? "`set tls.ca -`" : "`set tls.ca FILE` or `set tls.ca -`";
                default:
                    return IsSettingsFile ? "the settings file" : "`save`";
            }
        }
    }
}
