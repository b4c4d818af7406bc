using System;
using DdnsAgent.Addressing;
using DdnsAgent.Protocol;

namespace DdnsAgent.Status
{
    /// <summary>
    /// An update that is due but waits: which address, when it goes, and why. The scheduler fills it; `status`,
    /// the log, the host's status line and the LED tell it (see <see cref="HoldText"/>). Holds no words.
    /// </summary>
    public sealed class UpdateHold
    {
        public UpdateHold()
        {
            Clear();
        }

        /// <summary>None when nothing waits.</summary>
        public HoldReason Reason { get; set; }

        /// <summary>The address waiting to be sent.</summary>
        public IpAddress Address { get; set; }

        /// <summary>True for a new address; false for a refresh or a forced repeat of the registered one.</summary>
        public bool IsChange { get; set; }

        /// <summary>True when the user forced the update: the scheduler will not send it by itself.</summary>
        public bool IsForced { get; set; }

        public DateTime SendAtUtc { get; set; }

        /// <summary>For <see cref="HoldReason.Damping"/>: the changes of the last hour.</summary>
        public int Changes { get; set; }

        /// <summary>For <see cref="HoldReason.Spread"/>: the most seconds of the wait; for <see cref="HoldReason.Damping"/>: the changes allowed per hour.</summary>
        public int Limit { get; set; }

        /// <summary>For <see cref="HoldReason.FailureWait"/>: what the failed attempt came to, when known.</summary>
        public ResultCode Failure { get; set; }

        public bool IsHeld => Reason != HoldReason.None;

        public void Clear()
        {
            Reason = HoldReason.None;
            Address = IpAddress.None;
            IsChange = false;
            IsForced = false;
            SendAtUtc = DateTime.MinValue;
            Changes = 0;
            Limit = 0;
            Failure = null;
        }

        public void CopyFrom(UpdateHold other)
        {
            Reason = other.Reason;
            Address = other.Address;
            IsChange = other.IsChange;
            IsForced = other.IsForced;
            SendAtUtc = other.SendAtUtc;
            Changes = other.Changes;
            Limit = other.Limit;
            Failure = other.Failure;
        }

        /// <summary>True when other says the same (what, when and why), so that it need not be told again.</summary>
        public bool SameAs(UpdateHold other)
        {
            return Reason == other.Reason && Address == other.Address && IsChange == other.IsChange
                && SendAtUtc == other.SendAtUtc && Changes == other.Changes;
        }
    }
}
