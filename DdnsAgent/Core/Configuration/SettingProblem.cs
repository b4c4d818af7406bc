namespace DdnsAgent.Configuration
{
    /// <summary>One thing wrong with the settings: the setting it concerns and what to do about it.</summary>
    public sealed class SettingProblem
    {
        public SettingProblem(SettingId id, string key, string message)
        {
            Id = id;
            Key = key;
            Message = message;
        }

        public SettingId Id { get; }

        /// <summary>The setting as the surface names it: "hostnames" on a console, "Hostnames" in the settings file.</summary>
        public string Key { get; }

        /// <summary>What is wrong and what to do, in plain words; never contains a secret value.</summary>
        public string Message { get; }

        /// <summary>"key: message".</summary>
        public override string ToString()
        {
            return Key + ": " + Message;
        }
    }
}
