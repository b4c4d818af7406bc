using System;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// When the updates that are due may go, per record, and why they wait:
    /// <list type="bullet">
    /// <item>a new address (neither the registered one nor one it replaced within the last hour) goes at the first
    /// check that sees it, after a random wait of up to change.delay drawn when the change is first seen (on a
    /// request, at once);</item>
    /// <item>a repeat (an address flapping back, a refresh, a forced send, and any send after a failed attempt of the
    /// record, such as a resume after a halt) waits <see cref="Agent.MinUpdateSpacingSeconds"/> after the record's last
    /// attempt;</item>
    /// <item>a record whose address changed change.limit times within the last hour waits until the oldest of those
    /// changes is an hour old (damping).</item>
    /// </list>
    /// The round goes when its last record may go. The wait after a failure is the agent's (it holds every record).
    /// A deterministic function of the time, the state, the detected addresses and the jitter stream; allocates nothing.
    /// </summary>
    public sealed class UpdateTiming
    {
        public const int HourSeconds = 3600;

        private IpAddress _seenV4;
        private IpAddress _seenV6;
        private DateTime _seenUtc;
        private int _spreadSeconds;

        /// <summary>What the last <see cref="Plan"/> holds back, when it returned a time later than now.</summary>
        public UpdateHold Hold { get; } = new UpdateHold();

        /// <summary>
        /// The time at which the updates due for these detected addresses may go (at or before now: at once), with
        /// <see cref="Hold"/> describing the record that waits longest. scheduled is false for a round on request,
        /// which does not wait for the spread.
        /// </summary>
        public DateTime Plan(AgentSetup setup, AgentState state, IpAddress ipv4, IpAddress ipv6, DateTime now, bool force, bool scheduled, int refreshLead, Jitter jitter)
        {
            Hold.Clear();
            IpAddress changeV4 = IpAddress.None;
            IpAddress changeV6 = IpAddress.None;
            for (int host = 0; host < setup.Hostnames.Length; host++)
            {
                if (IsChange(setup, state, host, AddressFamilyKind.IPv4, ipv4, now, force, refreshLead))
                {
                    changeV4 = ipv4;
                }

                if (IsChange(setup, state, host, AddressFamilyKind.IPv6, ipv6, now, force, refreshLead))
                {
                    changeV6 = ipv6;
                }
            }

            // The spread is drawn once per change seen: a check that sees the same change again keeps its time.
            if (changeV4 != _seenV4 || changeV6 != _seenV6)
            {
                _seenV4 = changeV4;
                _seenV6 = changeV6;
                _seenUtc = now;
                _spreadSeconds = changeV4.IsNone && changeV6.IsNone ? 0 : jitter.Next(setup.ChangeDelaySeconds + 1);
            }

            DateTime changeReady = scheduled ? _seenUtc.AddSeconds(_spreadSeconds) : now;
            DateTime hourAgo = now.AddSeconds(-HourSeconds);
            DateTime sendAt = DateTime.MinValue;
            for (int host = 0; host < setup.Hostnames.Length; host++)
            {
                sendAt = Later(sendAt, setup, state, host, AddressFamilyKind.IPv4, ipv4, now, force, refreshLead, changeReady, hourAgo);
                sendAt = Later(sendAt, setup, state, host, AddressFamilyKind.IPv6, ipv6, now, force, refreshLead, changeReady, hourAgo);
            }

            if (sendAt <= now)
            {
                Hold.Clear();
            }

            return sendAt;
        }

        /// <summary>The new address of the last <see cref="Plan"/> (IPv4 first), or None when only refreshes or forced sends were due.</summary>
        public IpAddress Change => _seenV4.IsNone ? _seenV6 : _seenV4;

        /// <summary>Forgets the change being spread (nothing is due any more).</summary>
        public void Forget()
        {
            _seenV4 = IpAddress.None;
            _seenV6 = IpAddress.None;
            _spreadSeconds = 0;
        }

        // The later of sendAt and the time this record may go; Hold follows the latest.
        private DateTime Later(DateTime sendAt, AgentSetup setup, AgentState state, int host, AddressFamilyKind family, IpAddress detected, DateTime now, bool force, int refreshLead, DateTime changeReady, DateTime hourAgo)
        {
            if (!IsEnabled(setup, family))
            {
                return sendAt;
            }

            HostState record = state.GetOrAdd(setup.Hostnames[host], family);
            if (record == null || !UpdateSender.IsRecordDue(setup, record, detected, now, force, refreshLead))
            {
                return sendAt;
            }

            bool isChange = record.Address != detected;
            DateTime repeatReady = record.LastAttemptUtc.AddSeconds(Agent.MinUpdateSpacingSeconds);
            DateTime at = isChange ? changeReady : repeatReady;
            HoldReason why = isChange ? HoldReason.Spread : HoldReason.Spacing;
            int changes = 0;
            if (isChange)
            {
                bool retry = record.LastResult.Outcome > UpdateOutcome.NoChange;
                if ((retry || record.History.Contains(detected, hourAgo)) && repeatReady > at)
                {
                    at = repeatReady;
                    why = retry ? HoldReason.RetrySpacing : HoldReason.Spacing;
                }

                changes = record.History.CountSince(hourAgo);
                DateTime undamped = record.History.OldestSince(hourAgo).AddSeconds(HourSeconds);
                if (changes >= setup.MaxChangesPerHour && undamped > at)
                {
                    at = undamped;
                    why = HoldReason.Damping;
                }
            }

            if (at <= sendAt)
            {
                return sendAt;
            }

            Hold.Reason = why;
            Hold.Address = detected;
            Hold.IsChange = isChange;
            Hold.SendAtUtc = at;
            Hold.Changes = changes;
            Hold.Limit = why == HoldReason.Damping ? setup.MaxChangesPerHour : setup.ChangeDelaySeconds;
            return at;
        }

        private static bool IsChange(AgentSetup setup, AgentState state, int host, AddressFamilyKind family, IpAddress detected, DateTime now, bool force, int refreshLead)
        {
            if (!IsEnabled(setup, family))
            {
                return false;
            }

            HostState record = state.GetOrAdd(setup.Hostnames[host], family);
            return record != null && record.Address != detected && UpdateSender.IsRecordDue(setup, record, detected, now, force, refreshLead);
        }

        private static bool IsEnabled(AgentSetup setup, AddressFamilyKind family)
        {
            return family == AddressFamilyKind.IPv4 ? setup.UseIPv4 : setup.UseIPv6;
        }
    }
}
