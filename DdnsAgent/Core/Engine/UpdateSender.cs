using System;
using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Persistence;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// Sends the updates that are due through the configured protocol and records what came back. A record is
    /// due when the detected address differs from the one registered, when the forced refresh is due (up to
    /// <see cref="RefreshLeadSeconds"/> before refresh.days, an offset of its own per device), or when the user
    /// forces it; when the registered address changes, the one it replaced goes into the record's history. The
    /// protocol groups the due records into exchanges; <see cref="UpdateDecision"/> decides each host's answer,
    /// and the first failure of any kind ends the round, so a failing server gets one request, not twenty.
    /// </summary>
    public sealed class UpdateSender
    {
        /// <summary>nochg answers in a row after which the agent refuses to send the same address again.</summary>
        public const int NoChangeLimit = 2;

        private readonly UpdateRound _round;
        private readonly UpdateReply _reply = new UpdateReply();
        private readonly AgentEvents _events;

        public UpdateSender(AgentPorts ports, HttpRequest request, HttpResponse response, AgentEvents events)
        {
            _round = new UpdateRound(ports, request, response);
            _events = events;
        }

        public LastAnswer LastAnswer { get; } = new LastAnswer();

        /// <summary>How long before refresh.days this device refreshes: its own offset, so that a fleet spreads its refreshes.</summary>
        public int RefreshLeadSeconds { get; set; }

        /// <summary>True when at least one record needs an update for these detected addresses.</summary>
        public bool AnyDue(AgentSetup setup, AgentState state, IpAddress ipv4, IpAddress ipv6, DateTime now, bool force)
        {
            for (int host = 0; host < setup.Hostnames.Length; host++)
            {
                if (IsDue(setup, state, host, AddressFamilyKind.IPv4, ipv4, now, force, RefreshLeadSeconds)
                    || IsDue(setup, state, host, AddressFamilyKind.IPv6, ipv6, now, force, RefreshLeadSeconds))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Starts a round: decides which records are due for these detected addresses and notes in each the attempt
        /// about to be sent (<see cref="HostState.BeginAttempt"/>). The agent saves that before <see cref="Send"/>,
        /// and calls <see cref="Abandon"/> instead when it cannot.
        /// </summary>
        public void Prepare(AgentSetup setup, AgentState state, IpAddress ipv4, IpAddress ipv6, DateTime now, bool force)
        {
            int hosts = setup.Hostnames.Length;
            _round.Start(hosts, setup.UseIPv4 ? ipv4 : IpAddress.None, setup.UseIPv6 ? ipv6 : IpAddress.None);
            for (int host = 0; host < hosts; host++)
            {
                bool dueV4 = IsDue(setup, state, host, AddressFamilyKind.IPv4, ipv4, now, force, RefreshLeadSeconds);
                bool dueV6 = IsDue(setup, state, host, AddressFamilyKind.IPv6, ipv6, now, force, RefreshLeadSeconds);
                _round.SetDue(host, dueV4, dueV6);
                if (dueV4)
                {
                    state.GetOrAdd(setup.Hostnames[host], AddressFamilyKind.IPv4).BeginAttempt(ipv4, now);
                }

                if (dueV6)
                {
                    state.GetOrAdd(setup.Hostnames[host], AddressFamilyKind.IPv6).BeginAttempt(ipv6, now);
                }
            }
        }

        /// <summary>Sends the round <see cref="Prepare"/> started and records every answer; attempts that got none are taken back.</summary>
        public void Send(AgentSetup setup, AgentState state, DateTime now, SendResult result)
        {
            result.Clear();
            int hosts = _round.HostCount;
            setup.Protocol.Begin(_round);
            while (result.Outcome <= UpdateOutcome.NoChange && setup.Protocol.SendNext(_round, _reply))
            {
                if (_reply.Failure == TransportFailure.None)
                {
                    LastAnswer.Remember(_reply.HttpStatus, _reply.Answer, _reply.AnswerLength);
                }

                for (int host = 0; host < hosts; host++)
                {
                    if (_reply.Carries(host))
                    {
                        Apply(setup, state, host, now, result);
                    }
                }
            }

            Abandon(setup, state);
        }

        /// <summary>Takes back the attempts of the round that were noted but never answered (not sent, or the round ended first).</summary>
        public void Abandon(AgentSetup setup, AgentState state)
        {
            for (int host = 0; host < _round.HostCount; host++)
            {
                Abandon(state.Find(setup.Hostnames[host], AddressFamilyKind.IPv4), _round.IsDue(host, AddressFamilyKind.IPv4));
                Abandon(state.Find(setup.Hostnames[host], AddressFamilyKind.IPv6), _round.IsDue(host, AddressFamilyKind.IPv6));
            }
        }

        private static void Abandon(HostState record, bool due)
        {
            if (due && record != null && record.AttemptSends > 0)
            {
                record.UndoAttempt();
            }
        }

        private void Apply(AgentSetup setup, AgentState state, int host, DateTime now, SendResult result)
        {
            ResultCode code = UpdateDecision.Decide(_reply.Failure, _reply.HttpStatus, _reply.CodeFor(host));
            string name = setup.Hostnames[host];
            int failures = 0;
            if (!_reply.IPv4.IsNone)
            {
                failures = ApplyRecord(state.GetOrAdd(name, AddressFamilyKind.IPv4), code, _reply.IPv4, now, setup.Fingerprint);
            }

            if (!_reply.IPv6.IsNone)
            {
                int v6Failures = ApplyRecord(state.GetOrAdd(name, AddressFamilyKind.IPv6), code, _reply.IPv6, now, setup.Fingerprint);
                failures = v6Failures > failures ? v6Failures : failures;
            }

            if (code.Outcome <= UpdateOutcome.NoChange)
            {
                // Kept as values: the line "update NAME: good ADDRESS" is formatted only when read.
                _events.Update(EventKind.Info, "update ", name, code, null, _reply.IPv4, _reply.IPv6, 0);
                result.Add(code, 0, null, null);
                return;
            }

            // The scheduler logs the decisive problem, with the wait; what to show is built only for that one.
            bool decides = result.WouldDecide(code);
            result.Add(code, UpdateDecision.WaitSeconds(code, failures), decides ? SubjectOf(name, code) : null, decides ? DetailOf(setup, host, code) : null);
        }

        // A failure that is not one host's own answer (no answer at all, or an HTTP error without a code) names no host.
        private string SubjectOf(string name, ResultCode code)
        {
            return _reply.Failure != TransportFailure.None || code == ResultCode.ServerError || code == ResultCode.Unauthorized ? null : name;
        }

        /// <summary>What came back, to show instead of the code's own text; null when the code's text says it.</summary>
        private string DetailOf(AgentSetup setup, int host, ResultCode code)
        {
            if (_reply.Failure != TransportFailure.None)
            {
                return _reply.FailureDetail;
            }

            if (_reply.Detail != null)
            {
                return _reply.Detail;
            }

            if (code == ResultCode.ServerError || code == ResultCode.Unauthorized)
            {
                return string.Concat(new string[] { "the provider answered HTTP ", _reply.HttpStatus.ToString(), " without a ", setup.ProtocolName, " code" });
            }

            return code == ResultCode.Unknown ? _reply.QuoteFor(host) : null;
        }

        /// <summary>Records what the decided code means for one record; returns its failures in a row.</summary>
        private static int ApplyRecord(HostState record, ResultCode code, IpAddress sent, DateTime now, uint fingerprint)
        {
            // A nochg to an update a crash left unanswered is the provider confirming that update, not a repeat.
            bool resend = record.IsResend;
            record.ClearAttempt();
            record.LastAttemptUtc = now;
            record.LastResult = code;
            if (code.Outcome <= UpdateOutcome.NoChange && !record.Address.IsNone && record.Address != sent)
            {
                record.History.Add(record.Address, now);
            }

            switch (code.Outcome)
            {
                case UpdateOutcome.Success:
                    record.Address = sent;
                    record.LastSuccessUtc = now;
                    record.ConsecutiveNoChange = 0;
                    record.ConsecutiveFailures = 0;
                    break;
                case UpdateOutcome.NoChange:
                    record.Address = sent;
                    record.LastSuccessUtc = now;
                    record.ConsecutiveNoChange = resend ? record.ConsecutiveNoChange : record.ConsecutiveNoChange + 1;
                    record.ConsecutiveFailures = 0;
                    break;
                case UpdateOutcome.HardStop:
                case UpdateOutcome.Blocked:
                    record.Halt(code, fingerprint);
                    break;
                default:
                    record.ConsecutiveFailures = record.ConsecutiveFailures + 1;
                    break;
            }

            return record.ConsecutiveFailures;
        }

        private static bool IsDue(AgentSetup setup, AgentState state, int host, AddressFamilyKind family, IpAddress detected, DateTime now, bool force, int refreshLead)
        {
            bool enabled = family == AddressFamilyKind.IPv4 ? setup.UseIPv4 : setup.UseIPv6;
            return enabled && IsRecordDue(setup, state.GetOrAdd(setup.Hostnames[host], family), detected, now, force, refreshLead);
        }

        /// <summary>True when record needs an update for the detected address (see the class summary).</summary>
        public static bool IsRecordDue(AgentSetup setup, HostState record, IpAddress detected, DateTime now, bool force, int refreshLead)
        {
            if (detected.IsNone || !detected.IsPublic)
            {
                return false; // never send an address that detection did not establish
            }

            if (record.Address != detected)
            {
                return true;
            }

            if (now >= record.LastSuccessUtc.AddDays(setup.ForceRefreshDays).AddSeconds(-refreshLead))
            {
                return true;
            }

            // Forcing the same address again is refused once the provider said nochg twice in a row:
            // repeated nochg is what gets names blocked for abuse.
            return force && record.ConsecutiveNoChange < NoChangeLimit;
        }
    }
}
