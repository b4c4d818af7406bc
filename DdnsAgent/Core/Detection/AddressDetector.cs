using System;
using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Ports;

namespace DdnsAgent.Detection
{
    /// <summary>
    /// Finds the public address of one family, by the configured policy: the interface address when it
    /// is public (source Auto or Interface), else the reflectors in order, each failure falling through to
    /// the next. It reports an address only when it is sure; <see cref="LastProblem"/> says why not.
    /// A detection whose reflector answers as before allocates nothing; messages are built only on failure.
    /// </summary>
    public sealed class AddressDetector
    {
        public const long TicksPerSecond = 10000000;

        /// <summary>How long a reflector that answered 403 or 429 is left alone.</summary>
        public const int BenchSeconds = 3600;

        /// <summary>A reflector answers in well under a second; a slow one is not worth the wait.</summary>
        public const int ReflectorTimeoutMilliseconds = 10000;

        private readonly INetworkStack _network;
        private readonly IHttpTransport _transport;
        private readonly IClock _clock;
        private readonly HttpRequest _request;
        private readonly HttpResponse _response;

        private IpSourceKind _source;
        private ReflectorState[] _reflectors = new ReflectorState[0];
        private bool _requireAgreement;
        private string _userAgent;
        private long _maxReuseTicks = long.MaxValue;

        /// <param name="request">Shared request buffer; this class overwrites every field it uses.</param>
        /// <param name="response">Shared response buffer, cleared before each request.</param>
        public AddressDetector(INetworkStack network, IHttpTransport transport, IClock clock, HttpRequest request, HttpResponse response)
        {
            _network = network;
            _transport = transport;
            _clock = clock;
            _request = request;
            _response = response;
        }

        /// <summary>Why the last <see cref="Detect"/> found nothing, in plain words; null after success.</summary>
        public string LastProblem { get; private set; }

        /// <summary>Who supplied the last address found: "the network interface" or a reflector's name.</summary>
        public string LastSource { get; private set; }

        /// <summary>
        /// How old a reflector's answer may be and still stand in for a new question while the reflector rests
        /// (within its spacing). The scheduler sets it shorter than its check interval, so that a scheduled check
        /// always asks afresh: a resting reflector with an older answer is skipped for the next one. Unlimited
        /// (the spacing alone) until set.
        /// </summary>
        public int MaxReuseSeconds
        {
            set { _maxReuseTicks = value * TicksPerSecond; }
        }

        /// <summary>
        /// Sets the policy; call at configuration time. Reflectors of both families may be mixed: each
        /// detection uses those of its family, in this order; a reflector of family None serves both.
        /// Forgets what was learnt about reflectors.
        /// </summary>
        public void Configure(IpSourceKind source, Reflector[] reflectors, bool requireAgreement, string userAgent)
        {
            var states = ReflectorState.ForEach(reflectors, _request.Target.Length);
            _source = source;
            _reflectors = states;
            _requireAgreement = requireAgreement;
            _userAgent = userAgent;
        }

        /// <summary>
        /// Detects the public address of family (IPv4 or IPv6). Returns <see cref="DetectionResult.Found"/>
        /// with the address, or another result with <see cref="IpAddress.None"/> and <see cref="LastProblem"/> set.
        /// </summary>
        public DetectionResult Detect(AddressFamilyKind family, out IpAddress address)
        {
            address = IpAddress.None;
            LastProblem = null;
            LastSource = null;
            if (family != AddressFamilyKind.IPv4 && family != AddressFamilyKind.IPv6)
            {
                throw new ArgumentOutOfRangeException("family");
            }

            if (!_network.IsConnected)
            {
                return Fail(DetectionResult.NoNetwork, "the network is not connected");
            }

            if (_source != IpSourceKind.Web)
            {
                IpAddress own;
                bool hasOwn = _network.TryGetInterfaceAddress(family, out own) && own.Family == family;
                if (hasOwn && own.IsPublic)
                {
                    address = own;
                    LastSource = "the network interface";
                    return DetectionResult.Found;
                }

                if (_source == IpSourceKind.Interface)
                {
                    return hasOwn
                        ? Fail(DetectionResult.NoPublicAddress, "the interface address " + own.ToString() + " is " + AddressScopes.Describe(own.Scope))
                        : Fail(DetectionResult.NoInterfaceAddress, family == AddressFamilyKind.IPv4 ? "the network interface has no IPv4 address" : "the network interface has no IPv6 address");
                }
            }

            return AskReflectors(family, out address);
        }

        private DetectionResult AskReflectors(AddressFamilyKind family, out IpAddress address)
        {
            address = IpAddress.None;
            long now = _clock.UtcNow.Ticks;
            int needed = _requireAgreement ? 2 : 1;
            int answers = 0;
            bool anyConfigured = false;
            bool anyAsked = false;
            IpAddress first = IpAddress.None;
            ReflectorState firstState = null;
            string problem = null;
            for (int i = 0; i < _reflectors.Length; i++)
            {
                var state = _reflectors[i];
                if (state.Family != family)
                {
                    continue;
                }

                anyConfigured = true;
                IpAddress answer;
                if (state.IsBenched(now))
                {
                    continue;
                }

                if (state.IsResting(now))
                {
                    // Within the spacing window a recent good answer stands in for a new question; a reflector
                    // whose last answer failed, or is too old to reuse, is skipped until the window ends.
                    answer = state.LastAnswer;
                    if (answer.IsNone || now - state.LastAskedTicks >= _maxReuseTicks)
                    {
                        continue;
                    }
                }
                else
                {
                    anyAsked = true;
                    answer = Ask(state, family, now, ref problem);
                    if (answer.IsNone)
                    {
                        continue;
                    }
                }

                if (answers == 0)
                {
                    first = answer;
                    firstState = state;
                    answers = 1;
                }
                else if (answer == first)
                {
                    answers = 2;
                }
                else
                {
                    return Fail(DetectionResult.Disagreement, ReflectorProblems.Disagree(firstState.Reflector, first, state.Reflector, answer));
                }

                if (answers == needed)
                {
                    address = first;
                    LastSource = firstState.Reflector.Name;
                    return DetectionResult.Found;
                }
            }

            if (!anyConfigured)
            {
                return Fail(DetectionResult.NoReflectors, family == AddressFamilyKind.IPv4 ? "no reflector is configured for IPv4" : "no reflector is configured for IPv6");
            }

            if (answers == 1)
            {
                return Fail(DetectionResult.Unconfirmed, ReflectorProblems.Unconfirmed(firstState.Reflector, problem));
            }

            return anyAsked
                ? Fail(DetectionResult.AllReflectorsFailed, problem)
                : Fail(DetectionResult.AllReflectorsResting, "every reflector was asked too recently or refused us; trying again later");
        }

        /// <summary>One request to one reflector; the public address it gave, or None with problem set.</summary>
        private IpAddress Ask(ReflectorState state, AddressFamilyKind family, long now, ref string problem)
        {
            var reflector = state.Reflector;
            _request.Secure = reflector.Secure;
            _request.Host = reflector.Host;
            _request.Port = reflector.Port;
            var path = state.PathBytes;
            for (int i = 0; i < path.Length; i++)
            {
                _request.Target[i] = path[i];
            }

            _request.TargetLength = state.PathBytes.Length;
            _request.Authorization = null; // a reflector never sees credentials
            _request.UserAgent = _userAgent;
            _request.TimeoutMilliseconds = ReflectorTimeoutMilliseconds;
            _response.Clear();
            _transport.Send(_request, _response);

            state.HasBeenAsked = true;
            state.LastAskedTicks = now;
            state.LastAnswer = IpAddress.None;
            int status = _response.StatusCode;
            if (!_response.Succeeded)
            {
                problem = ReflectorProblems.Unreachable(reflector, _response.Failure, _response.FailureDetail);
                return IpAddress.None;
            }

            if (status == 403 || status == 429)
            {
                state.BenchedUntilTicks = now + (BenchSeconds * TicksPerSecond);
                problem = ReflectorProblems.Refused(reflector, status);
                return IpAddress.None;
            }

            if (status < 200 || status > 299)
            {
                problem = ReflectorProblems.HttpStatus(reflector, status);
                return IpAddress.None;
            }

            IpAddress answer;
            ReflectorAnswerError error;
            if (!ReflectorAnswer.TryParse(_response.Body, _response.BodyLength, family, out answer, out error))
            {
                problem = reflector.Name + " " + ReflectorAnswer.Describe(error);
                return IpAddress.None;
            }

            state.LastAnswer = answer;
            return answer;
        }

        private DetectionResult Fail(DetectionResult result, string problem)
        {
            LastProblem = problem;
            return result;
        }
    }
}
