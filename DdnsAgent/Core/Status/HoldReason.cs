namespace DdnsAgent.Status
{
    /// <summary>Why an update that is due waits (see <see cref="UpdateHold"/>; <see cref="HoldText"/> has the words).</summary>
    public enum HoldReason
    {
        /// <summary>Nothing waits.</summary>
        None = 0,

        /// <summary>The random wait after the check that found a new address, so that a fleet does not send at once.</summary>
        Spread,

        /// <summary>A repeat (an address flapping back, a refresh, a forced send) waits 5 minutes after the last attempt.</summary>
        Spacing,

        /// <summary>The record's last attempt failed (or halted, then resumed): a retry waits 5 minutes after it.</summary>
        RetrySpacing,

        /// <summary>The address changed too often within the last hour; the change waits until the oldest is an hour old.</summary>
        Damping,

        /// <summary>The wait after a failed attempt (911, dnserr, no answer, a server error...).</summary>
        FailureWait,
    }
}
