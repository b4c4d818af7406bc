namespace DdnsAgent.Protocol
{
    /// <summary>
    /// What a provider answer means for the agent. The scheduler, the LED and the console act on this,
    /// never on raw answer text.
    /// </summary>
    public enum UpdateOutcome : byte
    {
        /// <summary>The provider now has the address.</summary>
        Success = 0,

        /// <summary>The provider already had the address; fine once, harmful if repeated.</summary>
        NoChange,

        /// <summary>Send nothing until the user changes the configuration or says resume.</summary>
        HardStop,

        /// <summary>Try again, no sooner than the delay the code demands.</summary>
        RetryLater,
    }
}
