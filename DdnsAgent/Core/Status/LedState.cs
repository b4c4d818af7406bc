namespace DdnsAgent.Status
{
    /// <summary>What the status LED shows; each state has one blink pattern (see LedPattern).</summary>
    public enum LedState
    {
        Starting = 0,
        NoConfiguration,
        NoNetwork,
        Working,
        AllGood,
        WaitingToRetry,
        HaltedConfig,
        HaltedAbuse,
        ChangeHeld,
        StorageFault,
    }
}
