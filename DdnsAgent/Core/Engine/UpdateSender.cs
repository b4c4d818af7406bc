using System;
using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;
using DdnsAgent.Text;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// Sends the updates that are due and records what the provider answered. A record is due when the
    /// detected address differs from the one registered, when the forced refresh is due, or when the user
    /// forces it. Requests follow the provider's dual-stack style and host limit; the first transport failure,
    /// retry-later answer or hard stop ends the round, so a failing provider gets one request, not twenty.
    /// </summary>
    public sealed class UpdateSender
    {
        /// <summary>nochg answers in a row after which the agent refuses to send the same address again.</summary>
        public const int NoChangeLimit = 2;

        private readonly IHttpTransport _http;
        private readonly HttpRequest _request;
        private readonly HttpResponse _response;
        private readonly UpdateAnswer _answer = new UpdateAnswer();
        private readonly RequestFamilies[] _plan = new RequestFamilies[RequestPlanner.MaxRequests];
        private readonly AgentEvents _events;

        public UpdateSender(IHttpTransport http, HttpRequest request, HttpResponse response, AgentEvents events)
        {
            _http = http;
            _request = request;
            _response = response;
            _events = events;
        }

        public LastAnswer LastAnswer { get; } = new LastAnswer();

        /// <summary>True when at least one record needs an update for these detected addresses.</summary>
        public bool AnyDue(AgentSetup setup, AgentState state, IpAddress ipv4, IpAddress ipv6, DateTime now, bool force)
        {
            for (int host = 0; host < setup.Hostnames.Length; host++)
            {
                if (IsDue(setup, state, host, RequestFamilies.Both, ipv4, ipv6, now, force))
                {
                    return true;
                }
            }

            return false;
        }

        public void Send(AgentSetup setup, AgentState state, IpAddress ipv4, IpAddress ipv6, DateTime now, bool force, SendResult result)
        {
            result.Clear();
            bool sendV4 = false, sendV6 = false;
            for (int host = 0; host < setup.Hostnames.Length; host++)
            {
                sendV4 |= IsDue(setup, state, host, RequestFamilies.IPv4, ipv4, ipv6, now, force);
                sendV6 |= IsDue(setup, state, host, RequestFamilies.IPv6, ipv4, ipv6, now, force);
            }

            if ((sendV4 || sendV6) && FillsMissingFamilyFromSource(setup.Builder.Endpoint))
            {
                // A request naming one family lets such servers take the other from the connection's source
                // address, which may be wrong: send every enabled family that detection established.
                sendV4 |= setup.UseIPv4 && !ipv4.IsNone && ipv4.IsPublic;
                sendV6 |= setup.UseIPv6 && !ipv6.IsNone && ipv6.IsPublic;
            }

            int requests = RequestPlanner.Plan(setup.Builder.Endpoint.Style, sendV4, sendV6, _plan);
            for (int r = 0; r < requests && !Ended(result); r++)
            {
                SendFamilies(setup, state, _plan[r], ipv4, ipv6, now, force, result);
            }
        }

        /// <summary>
        /// True for single-request dual-stack styles without a keep-value: a missing myip or myipv6 may be
        /// filled in by the server from where the request came from.
        /// </summary>
        private static bool FillsMissingFamilyFromSource(UpdateEndpoint endpoint)
        {
            return (endpoint.Style == DualStackStyle.CombinedMyIp || endpoint.Style == DualStackStyle.SeparateMyIpV6)
                && !TextValues.IsSet(endpoint.FamilySkipValue);
        }

        private void SendFamilies(AgentSetup setup, AgentState state, RequestFamilies families, IpAddress ipv4, IpAddress ipv6, DateTime now, bool force, SendResult result)
        {
            int hostCount = setup.Hostnames.Length;
            int max = setup.Builder.MaxHostsPerRequest;
            int host = 0;
            while (host < hostCount && !Ended(result))
            {
                if (!IsDue(setup, state, host, families, ipv4, ipv6, now, force))
                {
                    host++;
                    continue;
                }

                // A run of consecutive due hosts, at most the provider's limit, goes in one request.
                int first = host;
                while (host < hostCount && host - first < max && IsDue(setup, state, host, families, ipv4, ipv6, now, force))
                {
                    host++;
                }

                SendOne(setup, state, first, host - first, families, ipv4, ipv6, now, result);
            }
        }

        // The first failure of any kind ends the round: a failing provider gets one request, not twenty.
        private static bool Ended(SendResult result)
        {
            return result.Outcome > UpdateOutcome.NoChange;
        }

        private void SendOne(AgentSetup setup, AgentState state, int first, int count, RequestFamilies families, IpAddress ipv4, IpAddress ipv6, DateTime now, SendResult result)
        {
            IpAddress v4 = (families & RequestFamilies.IPv4) != 0 ? ipv4 : IpAddress.None;
            IpAddress v6 = (families & RequestFamilies.IPv6) != 0 ? ipv6 : IpAddress.None;
            result.RecordsSent += count * ((v4.IsNone ? 0 : 1) + (v6.IsNone ? 0 : 1));
            if (!setup.Builder.TryBuild(_request, first, count, v4, v6, out string error))
            {
                // A request the agent cannot build is a settings problem: nothing is sent.
                ApplyAll(setup, state, first, count, UpdateDecision.Decide(TransportFailure.NotAllowed, 0, null), v4, v6, now, error, result);
                return;
            }

            _http.Send(_request, _response);
            if (!_response.Succeeded)
            {
                ApplyAll(setup, state, first, count, UpdateDecision.Decide(_response.Failure, 0, null), v4, v6, now, _response.FailureDetail, result);
                return;
            }

            LastAnswer.Remember(_response.StatusCode, _response.Body, _response.BodyLength);
            AnswerParser.Parse(_response.Body, _response.BodyTruncated ? 0 : _response.BodyLength, _answer);
            for (int k = 0; k < count; k++)
            {
                ResultCode code = UpdateDecision.Decide(TransportFailure.None, _response.StatusCode, _answer.CodeForHost(k));
                Apply(setup, state, first + k, code, v4, v6, now, ProblemText(setup.Hostnames[first + k], code), result);
            }
        }

        private void ApplyAll(AgentSetup setup, AgentState state, int first, int count, ResultCode code, IpAddress v4, IpAddress v6, DateTime now, string detail, SendResult result)
        {
            string problem = code == ResultCode.None ? detail : string.Concat(detail, ": ", code.Meaning);
            for (int host = first; host < first + count; host++)
            {
                Apply(setup, state, host, code, v4, v6, now, problem, result);
            }
        }

        private void Apply(AgentSetup setup, AgentState state, int host, ResultCode code, IpAddress v4, IpAddress v6, DateTime now, string problem, SendResult result)
        {
            string name = setup.Hostnames[host];
            int failures = 0;
            if (!v4.IsNone)
            {
                failures = ApplyRecord(state.GetOrAdd(name, AddressFamilyKind.IPv4), code, v4, now, setup.Fingerprint);
            }

            if (!v6.IsNone)
            {
                int v6Failures = ApplyRecord(state.GetOrAdd(name, AddressFamilyKind.IPv6), code, v6, now, setup.Fingerprint);
                failures = v6Failures > failures ? v6Failures : failures;
            }

            if (code.Outcome <= UpdateOutcome.NoChange)
            {
                _events.Info(string.Concat(new string[] { "update ", name, ": ", code.Token, " ", AddressText(v4, v6) }));
                result.Add(code, 0, null);
                return;
            }

            result.Add(code, UpdateDecision.WaitSeconds(code, failures), problem); // the scheduler logs it, with the wait
        }

        /// <summary>Plain words for a host's failed code: the code (or what was answered instead), then what it means.</summary>
        private string ProblemText(string name, ResultCode code)
        {
            if (code.Outcome <= UpdateOutcome.NoChange)
            {
                return null;
            }

            if (code == ResultCode.ServerError || code == ResultCode.Unauthorized)
            {
                return string.Concat(new string[] { "the provider answered HTTP ", _response.StatusCode.ToString(), " without a dyndns2 code: ", code.Meaning });
            }

            return string.Concat(new string[] { name, ": ", code == ResultCode.Unknown ? UnknownAnswerText() : code.Token, ": ", code.Meaning });
        }

        /// <summary>What to quote for an answer without a known code: its first line, or why there is none.</summary>
        private string UnknownAnswerText()
        {
            if (_response.BodyTruncated)
            {
                // Not parsed at all: a proxy's page can start with "good".
                return string.Concat("an answer longer than ", _response.Body.Length.ToString(), " bytes");
            }

            string line = _answer.FirstLineText();
            return line.Length == 0 ? "an empty answer" : line;
        }

        private static string AddressText(IpAddress v4, IpAddress v6)
        {
            if (v4.IsNone)
            {
                return v6.ToString();
            }

            return v6.IsNone ? v4.ToString() : string.Concat(v4.ToString(), ",", v6.ToString());
        }

        /// <summary>Records what the decided code means for one record; returns its failures in a row.</summary>
        private static int ApplyRecord(HostState record, ResultCode code, IpAddress sent, DateTime now, uint fingerprint)
        {
            record.LastAttemptUtc = now;
            record.LastResult = code;
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
                    record.ConsecutiveNoChange = record.ConsecutiveNoChange + 1;
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

        private bool IsDue(AgentSetup setup, AgentState state, int host, RequestFamilies families, IpAddress ipv4, IpAddress ipv6, DateTime now, bool force)
        {
            string name = setup.Hostnames[host];
            return ((families & RequestFamilies.IPv4) != 0 && setup.UseIPv4 && IsRecordDue(setup, state.GetOrAdd(name, AddressFamilyKind.IPv4), ipv4, now, force))
                || ((families & RequestFamilies.IPv6) != 0 && setup.UseIPv6 && IsRecordDue(setup, state.GetOrAdd(name, AddressFamilyKind.IPv6), ipv6, now, force));
        }

        private static bool IsRecordDue(AgentSetup setup, HostState record, IpAddress detected, DateTime now, bool force)
        {
            if (detected.IsNone || !detected.IsPublic)
            {
                return false; // never send an address that detection did not establish
            }

            if (record.Address != detected)
            {
                return true;
            }

            if (now >= record.LastSuccessUtc.AddDays(setup.ForceRefreshDays))
            {
                return true;
            }

            // Forcing the same address again is refused once the provider said nochg twice in a row:
            // repeated nochg is what gets names blocked for abuse.
            return force && record.ConsecutiveNoChange < NoChangeLimit;
        }
    }
}
