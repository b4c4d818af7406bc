namespace DdnsAgent.Status
{
    /// <summary>How much an event in the <see cref="EventLog"/> matters to the user.</summary>
    public enum EventKind : byte
    {
        /// <summary>Normal progress: an address detected, an update accepted.</summary>
        Info = 0,

        /// <summary>Something went wrong and the agent will retry by itself.</summary>
        Warning,

        /// <summary>The agent stopped and needs the user (bad credentials, a blocked account, broken settings).</summary>
        Error,
    }
}
