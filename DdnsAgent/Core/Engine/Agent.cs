using System;
using System.Threading;
using DdnsAgent.Addressing;
using DdnsAgent.Detection;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// The scheduler: a deterministic state machine driven by the injected clock. Each <see cref="Tick"/>
    /// does at most one check and returns when it wants to be called again. It updates only when the
    /// detected address differs from the registered one or the forced refresh is due; keeps at least
    /// <see cref="MinUpdateSpacingSeconds"/> between update rounds; re-checks at once when the network
    /// reports an address change; sends nothing when detection failed; after a failed round waits what
    /// <see cref="UpdateDecision"/> decided (30 minutes after 911 or dnserr, a back-off from 1 to 30 minutes
    /// with jitter after transport failures and 5xx); and after a hard stop sends nothing until the settings
    /// change or the user says resume, across reboots (the halt is in the persistent state).
    /// </summary>
    public sealed partial class Agent : IAgentControl
    {
        public const int MinUpdateSpacingSeconds = 300;
        public const int NoNetworkRetrySeconds = 15;
        public const int UnconfiguredPollSeconds = 60;

        private readonly object _sync = new object();
        private readonly IClock _clock;
        private readonly INetworkStack _network;
        private readonly IStatusIndicator _indicator;
        private readonly AddressDetector _detector;
        private readonly UpdateSender _sender;
        private readonly StateStore _store;
        private readonly IBlobStore _blobs;
        private readonly AgentState _state = new AgentState();
        private readonly AgentEvents _events;
        private readonly Jitter _jitter;
        private readonly SendResult _result = new SendResult();
        private readonly PublicationCheck _proof;

        private AgentSetup _setup;
        private DateTime _nextCheckUtc;
        private DateTime _notBeforeUtc;
        private int _seenChangeCount;
        private IpAddress _detectedV4;
        private IpAddress _detectedV6;
        private string _detectionProblem;
        private string _sourceV4;
        private string _sourceV6;
        private EventLogEntry _lastProblem;
        private LedState _shown = LedState.Starting;
        private LedState _resting = LedState.Working;
        private bool _backingOff;

        public Agent(AgentPorts ports, AgentEvents events)
        {
            _clock = ports.Clock;
            _network = ports.Network;
            _indicator = ports.Indicator;
            _events = events;
            _jitter = new Jitter(ports.Seed);
            var request = new Http.HttpRequest();
            var response = new Http.HttpResponse();
            _detector = new AddressDetector(ports.Network, ports.Http, ports.Clock, request, response);
            _sender = new UpdateSender(ports, request, response, events);
            _blobs = ports.Blobs;
            _store = new StateStore(ports.Blobs);
            _proof = new PublicationCheck(ports.Dns, ports.Seed, events);
            _indicator.Show(LedState.Starting);
        }

        public LedState State => _shown;

        /// <summary>Reads the persistent state; a missing or damaged state starts empty, with a clear event.</summary>
        public void LoadState()
        {
            Monitor.Enter(_sync);
            try
            {
                if (!_store.TryLoad(_state, out string problem) && problem == StateStore.FirstStart)
                {
                    _events.Info(string.Concat("state: ", problem));
                }
                else if (problem != null)
                {
                    _events.Warning(string.Concat("state: ", problem));
                }

                RestoreHoldFromState();
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        /// <summary>Puts new settings in force. A halt recorded under other settings is lifted; a check follows at once.</summary>
        public void Configure(AgentSetup setup)
        {
            Monitor.Enter(_sync);
            try
            {
                _setup = setup;
                _detector.Configure(setup.Source, setup.Reflectors, setup.RequireAgreement, setup.UserAgent);
                _state.RetainOnly(setup.Hostnames);
                for (int i = 0; i < _state.Count; i++)
                {
                    if (_state[i].IsHalted && !_state[i].IsHaltedUnder(setup.Fingerprint))
                    {
                        _state[i].ClearHalt();
                        _events.Info("settings changed: the halt is lifted");
                    }
                }

                _store.SaveIfChanged(_state);
                _proof.Configure(setup.ProofServer, setup.ProofPort, setup.Hostnames);
                _nextCheckUtc = _clock.UtcNow;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        /// <summary>Back to provisioning: no settings in force (factory reset).</summary>
        public void Unconfigure(bool eraseState)
        {
            Monitor.Enter(_sync);
            try
            {
                _setup = null;
                _proof.Configure(null, 0, null);
                if (eraseState)
                {
                    _state.Clear();
                    _blobs.Delete(StateStore.SlotA);
                    _blobs.Delete(StateStore.SlotB);
                    _sender.LastAnswer.Clear();
                    _notBeforeUtc = DateTime.MinValue;
                }

                Show(LedState.NoConfiguration);
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        /// <summary>One scheduler step; returns the time at which to call again (sooner is harmless).</summary>
        public DateTime Tick()
        {
            Monitor.Enter(_sync);
            try
            {
                DateTime now = _clock.UtcNow;
                if (_setup == null)
                {
                    Show(LedState.NoConfiguration);
                    return now.AddSeconds(UnconfiguredPollSeconds);
                }

                if (IsHalted(out ResultCode haltCode))
                {
                    Show(OutcomeLed.Of(haltCode.Outcome));
                    return now.AddSeconds(_setup.CheckIntervalSeconds);
                }

                if (!_network.IsConnected)
                {
                    Show(LedState.NoNetwork);
                    return now.AddSeconds(NoNetworkRetrySeconds);
                }

                int changes = _network.AddressChangeCount;
                if (changes != _seenChangeCount)
                {
                    _seenChangeCount = changes;
                    _nextCheckUtc = now;
                }

                if (now < _nextCheckUtc)
                {
                    Show(_resting);
                    return ProveThenNext(now);
                }

                RunCheck(now, false);
                return ProveThenNext(now);
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        // The proof in DNS runs between checks, on its own times; it never changes what a check decides.
        private DateTime ProveThenNext(DateTime now)
        {
            DateTime proof = _proof.Run(now);
            return proof < _nextCheckUtc ? proof : _nextCheckUtc;
        }

        private CycleOutcome RunCheck(DateTime now, bool force)
        {
            Show(LedState.Working);
            _nextCheckUtc = now.AddSeconds(_setup.CheckIntervalSeconds);
            if (!Detect())
            {
                Rest(LedState.WaitingToRetry);
                return CycleOutcome.DetectionFailed;
            }

            if (!_sender.AnyDue(_setup, _state, _detectedV4, _detectedV6, now, force))
            {
                _store.SaveIfChanged(_state);
                Rest(_backingOff ? _resting : LedState.AllGood);
                return CycleOutcome.UpToDate;
            }

            if (now < _notBeforeUtc)
            {
                // Spacing or back-off: the change waits; the provider sees at most one round per window.
                if (_notBeforeUtc < _nextCheckUtc)
                {
                    _nextCheckUtc = _notBeforeUtc;
                }

                Rest(_resting == LedState.Working ? LedState.WaitingToRetry : _resting);
                return CycleOutcome.NotYet;
            }

            _sender.Send(_setup, _state, _detectedV4, _detectedV6, now, force, _result);
            _proof.Begin(_state, now);
            _notBeforeUtc = now.AddSeconds(MinUpdateSpacingSeconds);
            UpdateOutcome outcome = _result.Outcome;
            _lastProblem = default(EventLogEntry);
            if (UpdateDecision.Halts(outcome))
            {
                _lastProblem = Problem(EventKind.Error, "update halted: ", 0);
            }
            else if (UpdateDecision.Retries(outcome))
            {
                _backingOff |= _result.BackOff;
                int delay = _result.BackOff ? Backoff.Jittered(_result.WaitSeconds, _jitter) : _result.WaitSeconds;
                _notBeforeUtc = now.AddSeconds(delay);
                _nextCheckUtc = _notBeforeUtc;
                _lastProblem = Problem(EventKind.Warning, "update: ", delay);
            }
            else
            {
                _backingOff = false;
            }

            Rest(OutcomeLed.Of(outcome));
            _store.SaveIfChanged(_state);
            return CycleOutcomeOf(outcome);
        }

        // Logs the round's decisive problem and returns it, for `status`.
        private EventLogEntry Problem(EventKind kind, string text, int waitSeconds)
        {
            return _events.Update(kind, text, _result.ProblemSubject, _result.Decisive, _result.ProblemDetail, IpAddress.None, IpAddress.None, waitSeconds);
        }

        private static CycleOutcome CycleOutcomeOf(UpdateOutcome outcome)
        {
            switch (outcome)
            {
                case UpdateOutcome.Success:
                case UpdateOutcome.NoChange:
                    return CycleOutcome.Updated;
                case UpdateOutcome.RetryLater:
                    return CycleOutcome.RetryLater;
                case UpdateOutcome.SettingsProblem:
                    return CycleOutcome.SettingsProblem;
                default:
                    return CycleOutcome.Halted;
            }
        }

        /// <summary>Detects every enabled family; true when at least one has a public address.</summary>
        private bool Detect()
        {
            string problem = null;
            _detectedV4 = IpAddress.None;
            _detectedV6 = IpAddress.None;
            _sourceV4 = null;
            _sourceV6 = null;
            if (_setup.UseIPv4)
            {
                if (_detector.Detect(AddressFamilyKind.IPv4, out _detectedV4) != DetectionResult.Found)
                {
                    problem = string.Concat("IPv4: ", _detector.LastProblem);
                }

                _sourceV4 = _detector.LastSource;
            }

            if (_setup.UseIPv6)
            {
                if (_detector.Detect(AddressFamilyKind.IPv6, out _detectedV6) != DetectionResult.Found)
                {
                    problem = problem == null ? string.Concat("IPv6: ", _detector.LastProblem) : string.Concat(problem, "; IPv6: ", _detector.LastProblem);
                }

                _sourceV6 = _detector.LastSource;
            }

            if (problem != null && problem != _detectionProblem)
            {
                _events.Warning(string.Concat("detection failed, nothing sent: ", problem));
            }

            _detectionProblem = problem;
            return !_detectedV4.IsNone || !_detectedV6.IsNone;
        }

        private bool IsHalted(out ResultCode code)
        {
            for (int i = 0; i < _state.Count; i++)
            {
                if (_state[i].IsHaltedUnder(_setup.Fingerprint))
                {
                    code = _state[i].HaltCode;
                    return true;
                }
            }

            code = ResultCode.None;
            return false;
        }

        // After a reboot the spacing, the 911 wait and the back-off still hold: each saved attempt asks for what
        // the decision asked when its answer came (never less than the spacing).
        private void RestoreHoldFromState()
        {
            for (int i = 0; i < _state.Count; i++)
            {
                HostState record = _state[i];
                if (record.LastAttemptUtc == DateTime.MinValue)
                {
                    continue;
                }

                int hold = MinUpdateSpacingSeconds;
                if (UpdateDecision.Retries(record.LastResult.Outcome))
                {
                    int wait = UpdateDecision.WaitSeconds(record.LastResult, record.ConsecutiveFailures);
                    hold = wait > hold ? wait : hold;
                }

                DateTime until = record.LastAttemptUtc.AddSeconds(hold);
                if (until > _notBeforeUtc)
                {
                    _notBeforeUtc = until;
                }
            }
        }

        private void Rest(LedState state)
        {
            _resting = state;
            Show(state);
        }

        private void Show(LedState state)
        {
            if (state != _shown)
            {
                _shown = state;
                _indicator.Show(state);
            }
        }
    }
}
