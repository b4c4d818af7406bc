namespace DdnsAgent.Status
{
    /// <summary>
    /// A held update in words, the same in `status`, the log and the host's status line:
    /// "change to 81.2.69.161 seen; sending at 2026-11-24 10:05:13Z (a random wait of up to 20 s, so that many
    /// devices do not send at once)". Allocates; called when a hold begins or is read, never on the hot path.
    /// </summary>
    public static class HoldText
    {
        public static string Describe(UpdateHold hold)
        {
            string what = hold.IsChange
                ? string.Concat("change to ", hold.Address.ToString(), " seen")
                : string.Concat("update of ", hold.Address.ToString(), " due");
            return string.Concat(new string[] { what, "; sending at ", EventLogFormat.Timestamp(hold.SendAtUtc), " (", Why(hold), ")" });
        }

        /// <summary>The reason alone, in words.</summary>
        public static string Why(UpdateHold hold)
        {
            switch (hold.Reason)
            {
                case HoldReason.Spread:
                    return string.Concat("a random wait of up to ", hold.Limit.ToString(), " s, so that many devices do not send at once");
                case HoldReason.Spacing:
                    return hold.IsChange
                        ? "this address was registered within the last hour: a repeat waits 5 minutes after the last update"
                        : "the same address is sent at most once every 5 minutes";
                case HoldReason.RetrySpacing:
                    return "the last attempt did not succeed: a retry waits 5 minutes after it";
                case HoldReason.Damping:
                    return string.Concat(new string[]
                    {
                        "damped: the address changed ", hold.Changes.ToString(), " times in the last hour, and at most ",
                        hold.Limit.ToString(), " changes are sent per hour",
                    });
                case HoldReason.FailureWait:
                    return hold.Failure == null || hold.Failure.Token.Length == 0
                        ? "waiting after the last attempt failed"
                        : string.Concat("waiting after the last attempt failed: ", hold.Failure.Token);
                default:
                    return "not held";
            }
        }
    }
}
