using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Ports;
using DdnsAgent.Shell;

namespace DdnsAgent.Runtime
{
    /// <summary>
    /// The console's settings: edits go to a draft copy; `save` validates the whole draft, checks that the
    /// agent can use it, stores it and puts it in force, or prints every problem and keeps nothing.
    /// `factory-reset` erases settings and state.
    /// </summary>
    public sealed class SettingsConsole : ISettingsConsole, IStorageControl
    {
        private readonly ISettingsStore _store;
        private readonly ISettingsTarget _target;
        private readonly bool _forDevice;
        private Settings _draft;

        public SettingsConsole(ISettingsStore store, ISettingsTarget target, bool forDevice)
        {
            _store = store;
            _target = target;
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
            if (!_target.TryPrepare(saved, out AgentSetup setup, out string problem))
            {
                output.Write(string.Concat(problem, "\r\n"));
                return false;
            }

            if (!_store.TrySave(saved, out problem))
            {
                output.Write(string.Concat("storage: ", problem, "\r\n"));
                return false;
            }

            _target.Apply(saved, setup);
            return true;
        }

        public void FactoryReset()
        {
            _store.Erase();
            _draft = new Settings();
            _target.Reset();
        }
    }
}
