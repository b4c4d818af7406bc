namespace DdnsAgent.Configuration
{
    /// <summary>The type of a setting's value, which decides how its text is parsed and shown.</summary>
    public enum SettingKind
    {
        /// <summary>A string; null when not set.</summary>
        Text,

        /// <summary>A string never shown: masked as "********".</summary>
        Secret,

        /// <summary>A bool, typed yes or no.</summary>
        Flag,

        /// <summary>An int, typed in base 10.</summary>
        Number,

        /// <summary>A string[], typed comma-separated; null when not set.</summary>
        List,
    }
}
