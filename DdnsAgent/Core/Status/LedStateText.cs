namespace DdnsAgent.Status
{
    /// <summary>The agent's state in words, for `status` and the host's status line.</summary>
    public static class LedStateText
    {
        public static string Describe(LedState state)
        {
            switch (state)
            {
                case LedState.Starting: return "starting";
                case LedState.NoConfiguration: return "no configuration: set the settings, then `save`";
                case LedState.NoNetwork: return "no network";
                case LedState.Working: return "detecting or updating";
                case LedState.AllGood: return "all good";
                case LedState.WaitingToRetry: return "waiting to retry";
                case LedState.HaltedConfig: return "halted: fix the settings or account, then `resume`";
                case LedState.ChangeHeld: return "an update is due and waits";
                case LedState.StorageFault: return "storage fault: the state cannot be saved, so nothing is sent";
                case LedState.HaltedAbuse: return "halted: the provider blocked the name for abuse; sort it out with the provider, then `resume`";
                default: return "unknown";
            }
        }
    }
}
