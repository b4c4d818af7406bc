using DdnsAgent.Configuration;
using DdnsAgent.Ports;
using DdnsAgent.Shell;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// The console's settings: edits go to a draft copy; `save` validates the whole draft, stores it and puts
    /// it in force, or prints every problem and keeps nothing. `factory-reset` erases settings and state.
    /// </summary>
    public sealed class SettingsConsole : ISettingsConsole, IStorageControl
    {
        private readonly ISettingsStore _store;
        private readonly SettingsApplier _apply;
        private readonly FactoryResetAction _reset;
        private readonly bool _forDevice;
        private Settings _draft;

        public SettingsConsole(ISettingsStore store, SettingsApplier apply, FactoryResetAction reset, bool forDevice)
        {
            _store = store;
            _apply = apply;
            _reset = reset;
            _forDevice = forDevice;
            _draft = new Settings();
        }

        /// <summary>The draft the console edits (starts as the settings in force).</summary>
        public Settings Draft => _draft;

        public string[] Keys => SettingsEditor.Keys;

        /// <summary>Starts a new draft from the settings in force.</summary>
        public void Reset(Settings current)
        {
            _draft = current == null ? new Settings() : SettingsCopy.Of(current);
        }

        public bool IsSecret(string key) => SettingsEditor.IsSecret(key);

        public bool TrySet(string key, string value, out string error) => SettingsEditor.TrySet(_draft, key, value, out error);

        public bool TryUnset(string key, out string error) => SettingsEditor.TryUnset(_draft, key, out error);

        public void Show(ITextSink output) => SettingsEditor.Describe(_draft, output, _forDevice);

        public bool TrySave(ITextSink output)
        {
            ValidationReport report = SettingsValidator.Validate(_draft, _forDevice);
            if (!report.IsValid)
            {
                for (int i = 0; i < report.Count; i++)
                {
                    output.Write(string.Concat(report[i].ToString(), "\r\n"));
                }

                return false;
            }

            Settings saved = SettingsCopy.Of(_draft);
            if (!_store.TrySave(saved, out string problem))
            {
                output.Write(string.Concat("nothing saved: ", problem, "\r\n"));
                return false;
            }

            if (!_apply(saved, out problem))
            {
                output.Write(string.Concat("saved, but not in force: ", problem, "\r\n"));
                return false;
            }

            return true;
        }

        public void FactoryReset()
        {
            _store.Erase();
            _draft = new Settings();
            _reset();
        }
    }
}
