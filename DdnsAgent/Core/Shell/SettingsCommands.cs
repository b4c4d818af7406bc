using DdnsAgent.Ports;
using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// The console commands that edit the settings (set, unset, save) and list their keys. Keys are
    /// passed on in lower case; a value is never repeated back, so a secret stays off the screen.
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

        /// <summary>Lists the keys that `set` accepts, for `help set`.</summary>
        public void WriteKeys()
        {
            string[] keys = _settings.Keys;
            if (keys == null || keys.Length == 0)
            {
                _shell.WriteLine("no settings can be changed here");
                return;
            }

            _shell.WriteLine("settings (`set KEY VALUE`, then `save`):");
            for (int i = 0; i < keys.Length; i++)
            {
                _shell.WriteLine(_settings.IsSecret(keys[i]) ? "  " + keys[i] + "  (secret, shown masked)" : "  " + keys[i]);
            }
        }

        /// <summary>set KEY VALUE: the value is the rest of the line without surrounding spaces; "-" starts a paste.</summary>
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

            if (valueEnd - valueStart == 1 && line[valueStart] == '-')
            {
                _shell.BeginPaste(key);
                return;
            }

            string error;
            if (_settings.TrySet(key, line.Substring(valueStart, valueEnd - valueStart), out error))
            {
                _shell.WriteLine(key + " set; type `save` to keep it");
            }
            else
            {
                _shell.WriteLine("cannot set " + key + ": " + error);
            }
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
                _shell.WriteLine(key + " back to its default; type `save` to keep it");
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
    }
}
