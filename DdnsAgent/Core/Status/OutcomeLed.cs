using DdnsAgent.Protocol;

namespace DdnsAgent.Status
{
    /// <summary>What the LED shows after an update outcome (the decision's, or the code a halt was recorded with).</summary>
    public static class OutcomeLed
    {
        public static LedState Of(UpdateOutcome outcome)
        {
            switch (outcome)
            {
                case UpdateOutcome.Success:
                case UpdateOutcome.NoChange:
                    return LedState.AllGood;
                case UpdateOutcome.HardStop:
                    return LedState.HaltedConfig;
                case UpdateOutcome.Blocked:
                    return LedState.HaltedAbuse;
                default:
                    return LedState.WaitingToRetry;
            }
        }
    }
}
