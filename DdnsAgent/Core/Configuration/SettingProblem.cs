namespace DdnsAgent.Configuration
{
    /// <summary>One thing wrong with the settings: the console key it concerns and what to do about it.</summary>
    public sealed class SettingProblem
    {
        public SettingProblem(string key, string message)
        {
            Key = key;
            Message = message;
        }

        /// <summary>The console key (as `set` takes it), e.g. "hostnames".</summary>
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
