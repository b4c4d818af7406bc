using DdnsAgent.Configuration;
using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// The console commands that edit the settings (set, unset, save) and list their keys. Keys are
    /// passed on in lower case; a value is never repeated back, so a secret stays off the screen. A value
    /// is passed on as typed, or refused: `-` pastes only for tls.ca, and a secret that ends in a blank is
    /// refused (the line's end cannot tell whether the blank belongs to it). On the host, tls.ca may name a
    /// PEM file, and the keys only the ESP32 firmware uses are accepted with a note that they do nothing here.
    /// </summary>
    internal sealed class SettingsCommands
    {
        private readonly ConsoleShell _shell;
        private readonly ISettingsConsole _settings;
        private readonly IStorageControl _storage;

        public SettingsCommands(ConsoleShell shell, ISettingsConsole settings, IStorageControl storage)
        {
            _shell = shell;
            _settings = settings;
            _storage = storage;
        }

        /// <summary>Lists the keys that `set` accepts, with what each takes, for `help set`.</summary>
        public void WriteKeys()
        {
            string[] keys = _settings.Keys;
            if (keys == null || keys.Length == 0)
            {
                _shell.WriteLine("no settings can be changed here");
                return;
            }

            SettingsHelp.WriteKeys(_shell.Output, keys, _shell.Words);
        }

        /// <summary>set KEY VALUE: the value is the rest of the line without surrounding blanks; "-" starts a paste of tls.ca.</summary>
        public void Set(string line, int keyStart)
        {
            int keyEnd = AsciiWords.WordEnd(line, keyStart);
            if (keyEnd == keyStart)
            {
                _shell.WriteLine("usage: set KEY VALUE; `help set` lists the keys");
                return;
            }

            string key = Ascii.ToLower(line, keyStart, keyEnd - keyStart);
            int valueStart = AsciiWords.SkipSpaces(line, keyEnd);
            int valueEnd = AsciiWords.TrimmedEnd(line, valueStart, line.Length);

            if (valueEnd == valueStart)
            {
                _shell.WriteLine("no value for " + key + ": type `set " + key + " VALUE`, or `unset " + key + "` to return it to its default");
                return;
            }

            string value = line.Substring(valueStart, valueEnd - valueStart);
            if (value == "-")
            {
                if (key == ConsoleShell.PastedKey)
                {
                    _shell.BeginPaste(key);
                }
                else
                {
                    _shell.WriteLine("cannot set " + key + ": `-` starts a paste only for tls.ca; type the value itself");
                }

                return;
            }

            if (valueEnd != line.Length && _settings.IsSecret(key))
            {
                _shell.WriteLine("cannot set " + key + ": it ends with a space or tab, and the console cannot tell whether that belongs to it; type it without"
                    + (_shell.Words.ForDevice ? string.Empty : " (a secret that really ends with a blank goes in the settings file)"));
                return;
            }

            string source = null;
            if (key == ConsoleShell.PastedKey && _shell.Host != null && value.IndexOf("-----BEGIN") < 0)
            {
                string problem;
                source = value;
                if (!_shell.Host.TryReadCaFile(source, out value, out problem))
                {
                    _shell.WriteLine("cannot set " + key + ": " + problem);
                    return;
                }
            }

            string error;
            if (!_settings.TrySet(key, value, out error))
            {
                _shell.WriteLine("cannot set " + key + ": " + error);
                return;
            }

            _shell.WriteLine(source == null
                ? key + " set; type `save` to keep it" + NotUsedHere(key)
                : key + " set from " + source + " (" + value.Length.ToString() + " characters); type `save` to keep it (the settings file then names the file)");
        }

        public void Unset(string line, int keyStart)
        {
            int keyEnd = AsciiWords.WordEnd(line, keyStart);
            if (keyEnd == keyStart || AsciiWords.SkipSpaces(line, keyEnd) != line.Length)
            {
                _shell.WriteLine("usage: unset KEY (one key); `help set` lists the keys");
                return;
            }

            string key = Ascii.ToLower(line, keyStart, keyEnd - keyStart);
            string error;
            if (_settings.TryUnset(key, out error))
            {
                _shell.WriteLine(key + " back to its default; type `save` to keep it" + NotUsedHere(key));
            }
            else
            {
                _shell.WriteLine("cannot unset " + key + ": " + error);
            }
        }

        public void Save()
        {
            if (_storage.TrySave(_shell.Output))
            {
                _shell.WriteLine("settings saved");
            }
            else
            {
                _shell.WriteLine("nothing saved; fix the problems above with `set`, then `save` again");
            }
        }

        // On the host, a note for the keys that only the ESP32 firmware uses: they are kept, but do nothing here.
        private string NotUsedHere(string key)
        {
            SettingKey found = _shell.Words.ForDevice ? null : SettingKeys.Find(key);
            return found != null && found.IsDeviceOnly ? " (only the ESP32 firmware uses it; this agent ignores it)" : string.Empty;
        }
    }
}
