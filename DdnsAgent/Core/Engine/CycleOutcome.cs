namespace DdnsAgent.Engine
{
    /// <summary>What one check-and-update round came to; the host's `once` turns it into its exit code.</summary>
    public enum CycleOutcome
    {
        /// <summary>The registered addresses match the detected ones: nothing was due, nothing sent.</summary>
        UpToDate = 0,

        /// <summary>The provider confirmed every record sent (good or nochg).</summary>
        Updated,

        /// <summary>No valid settings are in force.</summary>
        NotConfigured,

        /// <summary>No public address was detected, so nothing was sent.</summary>
        DetectionFailed,

        /// <summary>Sent, and told to wait and try again: 911, dnserr, HTTP 5xx, a network failure.</summary>
        RetryLater,

        /// <summary>An update is due but nothing was sent: the spacing between updates, or a wait after a failure, still holds.</summary>
        NotYet,

        /// <summary>A settings problem (such as a server certificate that will not validate): retried with back-off until fixed.</summary>
        SettingsProblem,

        /// <summary>A hard stop (badauth, nohost, abuse, ...): nothing is sent until the settings change or the user resumes.</summary>
        Halted,

        /// <summary>The state cannot be saved (a read-only or full medium): no update is sent while it cannot record it.</summary>
        StorageFault,
    }
}
