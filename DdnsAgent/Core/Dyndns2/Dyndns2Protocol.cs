using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// dyndns2 behind the protocol seam: a round's due records become GET requests as the provider wants them
    /// (one per family or both in one, see <see cref="RequestPlanner"/>; runs of consecutive due hosts, up to
    /// the provider's limit per request), each answer is parsed line by line, and each host gets its line's code.
    /// Builds and parses in reused buffers: a round allocates nothing here.
    /// </summary>
    public sealed class Dyndns2Protocol : IUpdateProtocol
    {
        /// <summary>The protocol's name in the provider catalog.</summary>
        public const string Name = "dyndns2";

        private readonly UpdateRequestBuilder _builder;
        private readonly UpdateAnswer _answer = new UpdateAnswer();
        private readonly RequestFamilies[] _plan = new RequestFamilies[RequestPlanner.MaxRequests];
        private int _planCount;
        private int _planIndex;
        private int _nextHost;

        public Dyndns2Protocol(UpdateRequestBuilder builder)
        {
            _builder = builder;
        }

        /// <summary>The request builder, with the endpoint it was made for.</summary>
        public UpdateRequestBuilder Builder => _builder;

        public void Begin(UpdateRound round)
        {
            bool sendV4 = false, sendV6 = false;
            for (int host = 0; host < round.HostCount; host++)
            {
                sendV4 |= round.IsDue(host, AddressFamilyKind.IPv4);
                sendV6 |= round.IsDue(host, AddressFamilyKind.IPv6);
            }

            if ((sendV4 || sendV6) && FillsMissingFamilyFromSource(_builder.Endpoint))
            {
                // A request naming one family lets such servers take the other from the connection's source
                // address, which may be wrong: send every enabled family that detection established.
                sendV4 |= !round.IPv4.IsNone && round.IPv4.IsPublic;
                sendV6 |= !round.IPv6.IsNone && round.IPv6.IsPublic;
            }

            _planCount = RequestPlanner.Plan(_builder.Endpoint.Style, sendV4, sendV6, _plan);
            _planIndex = 0;
            _nextHost = 0;
        }

        public bool SendNext(UpdateRound round, UpdateReply reply)
        {
            while (_planIndex < _planCount)
            {
                RequestFamilies families = _plan[_planIndex];
                while (_nextHost < round.HostCount && !IsDue(round, _nextHost, families))
                {
                    _nextHost++;
                }

                if (_nextHost == round.HostCount)
                {
                    _planIndex++;
                    _nextHost = 0;
                    continue;
                }

                // A run of consecutive due hosts, at most the provider's limit, goes in one request.
                int first = _nextHost;
                while (_nextHost < round.HostCount && _nextHost - first < _builder.MaxHostsPerRequest && IsDue(round, _nextHost, families))
                {
                    _nextHost++;
                }

                Exchange(round, first, _nextHost - first, families, reply);
                return true;
            }

            return false;
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

        private static bool IsDue(UpdateRound round, int host, RequestFamilies families)
        {
            return ((families & RequestFamilies.IPv4) != 0 && round.IsDue(host, AddressFamilyKind.IPv4))
                || ((families & RequestFamilies.IPv6) != 0 && round.IsDue(host, AddressFamilyKind.IPv6));
        }

        private void Exchange(UpdateRound round, int first, int count, RequestFamilies families, UpdateReply reply)
        {
            IpAddress v4 = (families & RequestFamilies.IPv4) != 0 ? round.IPv4 : IpAddress.None;
            IpAddress v6 = (families & RequestFamilies.IPv6) != 0 ? round.IPv6 : IpAddress.None;
            reply.Start(round.HostCount, v4, v6);
            for (int host = first; host < first + count; host++)
            {
                reply.Carry(host);
            }

            if (!_builder.TryBuild(round.Request, first, count, v4, v6, out string error))
            {
                reply.Fail(TransportFailure.NotAllowed, error); // nothing was sent
                return;
            }

            HttpResponse response = round.Response;
            round.Ports.Http.Send(round.Request, response);
            if (!response.Succeeded)
            {
                reply.Fail(response.Failure, response.FailureDetail);
                return;
            }

            // An answer longer than the buffer still counts by its complete lines; only the cut one is unknown.
            reply.Answered(response.StatusCode, response.Body, response.BodyLength);
            AnswerParser.Parse(response.Body, response.BodyLength, response.BodyTruncated, _answer);
            for (int k = 0; k < count; k++)
            {
                int line = _answer.LineForHost(k);
                if (line < 0)
                {
                    reply.SetCode(first + k, null, -1, -1, false);
                }
                else
                {
                    reply.SetCode(first + k, _answer.CodeAt(line), _answer.StartAt(line), _answer.EndAt(line), _answer.IsCutOff(line));
                }
            }
        }
    }
}
