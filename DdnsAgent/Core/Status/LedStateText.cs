using DdnsAgent.Configuration;

namespace DdnsAgent.Status
{
    /// <summary>The agent's state in words, for `status` and the host's status line, in the words of the surface they are read on.</summary>
    public static class LedStateText
    {
        /// <summary>Allocates only for a state that names a command (no configuration, halted).</summary>
        public static string Describe(LedState state, Vocabulary words)
        {
            switch (state)
            {
                case LedState.Starting: return "starting";
                case LedState.NoConfiguration: return words.Fill("no configuration: give the settings{then save}");
                case LedState.NoNetwork: return "no network";
                case LedState.Working: return "detecting or updating";
                case LedState.AllGood: return "all good";
                case LedState.WaitingToRetry: return "waiting to retry";
                case LedState.HaltedConfig: return words.Fill("halted: fix the settings, or fix the account and then {resume}");
                case LedState.ChangeHeld: return "an update is due and waits";
                case LedState.StorageFault: return "storage fault: the state cannot be saved, so nothing is sent";
                case LedState.HaltedAbuse: return words.Fill("halted: the provider blocked the name for abuse; sort it out with the provider, then {resume}");
                default: return "unknown";
            }
        }
    }
}
