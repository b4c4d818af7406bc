namespace DdnsAgent.Protocol
{
    /// <summary>
    /// What came back from an update means for the agent, worst last: the scheduler, the LED and the console
    /// act on this, never on raw answer text. A round of several answers is as bad as its worst one.
    /// </summary>
    public enum UpdateOutcome : byte
    {
        /// <summary>The server now has the address.</summary>
        Success = 0,

        /// <summary>The server already had the address; fine once, harmful if repeated.</summary>
        NoChange,

        /// <summary>Nothing is wrong with the settings: wait, then try again by itself.</summary>
        RetryLater,

        /// <summary>
        /// A settings problem (or the clock) the user must fix, such as a server certificate that will not
        /// validate; until then the agent keeps trying, backing off, in case the cause goes away by itself.
        /// </summary>
        SettingsProblem,

        /// <summary>Send nothing until the user changes the settings or says resume.</summary>
        HardStop,

        /// <summary>A hard stop because the server blocked the name or account (abuse): the user must sort it out with the provider.</summary>
        Blocked,
    }
}
