namespace DdnsAgent.Configuration
{
    /// <summary>What the console knows about one key: its name, value type, group, and a line of help.</summary>
    public sealed class SettingKey
    {
        public SettingKey(SettingId id, string name, SettingKind kind, string group, bool deviceOnly, string help, string whenNotSet)
        {
            Id = id;
            Name = name;
            Kind = kind;
            Group = group;
            IsDeviceOnly = deviceOnly;
            Help = help;
            WhenNotSet = whenNotSet;
        }

        public SettingId Id { get; }

        /// <summary>The key as typed after `set`, lower case, e.g. "refresh.days".</summary>
        public string Name { get; }

        public SettingKind Kind { get; }

        /// <summary>The heading it is shown under, e.g. "Timing".</summary>
        public string Group { get; }

        /// <summary>Only the firmware uses it (Wi-Fi, pins); the host ignores it.</summary>
        public bool IsDeviceOnly { get; }

        /// <summary>What the value means and which values are allowed.</summary>
        public string Help { get; }

        /// <summary>What the agent does when a text or list value is not set, e.g. "the built-in list".</summary>
        public string WhenNotSet { get; }

        public bool IsSecret => Kind == SettingKind.Secret;
    }
}
