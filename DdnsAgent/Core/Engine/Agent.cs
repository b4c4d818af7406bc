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
    /// The scheduler: a deterministic state machine driven by the injected clock, the per-device seed and its
    /// inputs. Each <see cref="Tick"/> does at most one check and returns when it wants to be called again. It
    /// updates only when the detected address differs from the registered one or the forced refresh is due;
    /// sends a new address at the first check that sees it, after a random wait of up to change.delay, while a
    /// repeat waits <see cref="MinUpdateSpacingSeconds"/> after the last attempt and a record that changed too
    /// often within the hour is damped (see <see cref="UpdateTiming"/>); says what waits, until when and why;
    /// re-checks soon when the network reports an address change; sends nothing when detection failed; after
    /// a failed round waits what <see cref="UpdateDecision"/> decided, at least the spacing, plus up to a quarter
    /// at random (30 minutes after 911 or dnserr, a back-off up to 30 minutes after transport failures and 5xx);
    /// and after a hard stop sends nothing until the settings change or the user says resume, across reboots
    /// (the halt is in the persistent state). So that a fleet never moves in step, the first check after a start,
    /// after the network comes back or after it reports an address change waits a random part of start.delay,
    /// every interval is stretched or shortened by up to 10%, and the forced refresh comes up to 48 hours early, by
    /// an offset of each device's own.
    /// </summary>
    public sealed partial class Agent : IAgentControl
    {
        public const int MinUpdateSpacingSeconds = 300;
        public const int NoNetworkRetrySeconds = 15;
        public const int UnconfiguredPollSeconds = 60;

        /// <summary>While the state cannot be saved, a write is tried again this often (and at every update on request).</summary>
        public const int StorageRetrySeconds = 60;

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
        private readonly Spread _spread;
        private readonly SendResult _result = new SendResult();
        private readonly PublicationCheck _proof;
        private readonly UpdateTiming _timing = new UpdateTiming();
        private readonly UpdateHold _hold = new UpdateHold();
        private readonly UpdateHold _told = new UpdateHold();
        private string _toldText;

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
        private string _shownDetail;
        private LedState _resting = LedState.Starting;
        private string _restingDetail;
        private bool _backingOff;
        private bool _starting;
        private bool _linkDown;
        private ResultCode _failure;
        private string _storageProblem;
        private string _storageText;
        private DateTime _storageRetryUtc;

        public Agent(AgentPorts ports, AgentEvents events)
        {
            _clock = ports.Clock;
            _network = ports.Network;
            _indicator = ports.Indicator;
            _events = events;
            _spread = new Spread(ports.Seed, ports.SeedIsRandom);
            var request = new Http.HttpRequest();
            var response = new Http.HttpResponse();
            _detector = new AddressDetector(ports.Network, ports.Http, ports.Clock, request, response);
            _sender = new UpdateSender(ports, request, response, events);
            _blobs = ports.Blobs;
            _store = new StateStore(ports.Blobs);
            _proof = new PublicationCheck(ports.Dns, ports.Seed, events);
            _indicator.Show(LedState.Starting, null);
        }

        public LedState State => _shown;

        /// <summary>
        /// Reads the persistent state (a start); a missing or damaged state starts empty, with a clear event. The
        /// next <see cref="Configure"/> then waits a random part of start.delay before the first check.
        /// </summary>
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

                _spread.Adopt(_state);
                _starting = true;
                AdoptUnansweredAttempts();
                RestoreHoldFromState();
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        /// <summary>
        /// Puts new settings in force. A halt recorded under other settings is lifted; a check follows at once, or,
        /// right after a start, after a random part of start.delay.
        /// </summary>
        public void Configure(AgentSetup setup)
        {
            Monitor.Enter(_sync);
            try
            {
                _setup = setup;
                _detector.Configure(setup.Source, setup.Reflectors, setup.RequireAgreement, setup.UserAgent);
                _detector.MaxReuseSeconds = setup.CheckIntervalSeconds / 2;
                _sender.RefreshLeadSeconds = Spread.RefreshLeadSeconds(_spread.Seed, setup.ForceRefreshDays);
                _state.RetainOnly(setup.Hostnames);
                for (int i = 0; i < _state.Count; i++)
                {
                    if (_state[i].IsHalted && !_state[i].IsHaltedUnder(setup.Fingerprint))
                    {
                        _state[i].ClearHalt();
                        _events.Info("settings changed: the halt is lifted");
                    }
                }

                Save(_clock.UtcNow);
                _proof.Configure(setup.ProofServer, setup.ProofPort, setup.Hostnames);
                _nextCheckUtc = _clock.UtcNow.AddSeconds(_starting ? _spread.StartDelaySeconds(setup) : 0);
                _seenChangeCount = _network.AddressChangeCount; // what the network said before is not news: a check is planned
                _starting = false;
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
                _starting = false;
                _hold.Clear();
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

                if (_storageProblem != null)
                {
                    // Nothing is sent while the state cannot record it; a write is tried now and then.
                    if (now < _storageRetryUtc || !Save(now))
                    {
                        Show(LedState.StorageFault, _storageText);
                        return _storageRetryUtc;
                    }

                    _nextCheckUtc = now;
                }

                if (IsHalted(out ResultCode haltCode))
                {
                    Show(OutcomeLed.Of(haltCode.Outcome));
                    return now.AddSeconds(_setup.CheckIntervalSeconds);
                }

                if (!_network.IsConnected)
                {
                    _linkDown = true;
                    Show(LedState.NoNetwork);
                    return now.AddSeconds(NoNetworkRetrySeconds);
                }

                // An address change the network reports, or the network coming back, may reach a whole region at
                // once: like a start, the check it calls for comes within start.delay, at the device's own moment
                // (the check already planned when it is that soon; drawing again would crowd the early seconds).
                // A check that fell due while the link was down waits its moment too.
                int changes = _network.AddressChangeCount;
                bool linkBack = _linkDown;
                _linkDown = false;
                bool due = _nextCheckUtc <= now;
                bool soon = !due && _nextCheckUtc <= now.AddSeconds(_setup.StartDelaySeconds);
                if ((linkBack && !soon) || (changes != _seenChangeCount && !soon && !due))
                {
                    _nextCheckUtc = now.AddSeconds(_spread.StartDelaySeconds(_setup));
                }

                _seenChangeCount = changes;

                if (now < _nextCheckUtc)
                {
                    Show(_resting, _restingDetail);
                    return ProveThenNext(now);
                }

                RunCheck(now, false, true);
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

                private CycleOutcome RunCheck(DateTime now, bool force, bool scheduled)
        {
            Show(LedState.Working);
            _nextCheckUtc = now.AddSeconds(_spread.IntervalSeconds(_setup));
            if (!Detect())
            {
                _hold.Clear();
                Rest(LedState.WaitingToRetry);
                return CycleOutcome.DetectionFailed;
            }

            if (!_sender.AnyDue(_setup, _state, _detectedV4, _detectedV6, now, force))
            {
                _timing.Forget();
                _hold.Clear();
                if (!Save(now))
                {
                    return CycleOutcome.StorageFault;
                }

                Rest(_backingOff ? LedState.WaitingToRetry : LedState.AllGood);
                return CycleOutcome.UpToDate;
            }

            DateTime sendAt = _timing.Plan(_setup, _state, _detectedV4, _detectedV6, now, force, scheduled, _sender.RefreshLeadSeconds, _spread.Jitter);
            _hold.CopyFrom(_timing.Hold);
            if (_notBeforeUtc > now && _notBeforeUtc > sendAt)
            {
                // After a failure every record waits: the provider sees at most one round per wait.
                if (!_hold.IsHeld)
                {
                    _hold.IsChange = !_timing.Change.IsNone;
                    _hold.Address = _hold.IsChange ? _timing.Change : (_detectedV4.IsNone ? _detectedV6 : _detectedV4);
                }

                _hold.Reason = HoldReason.FailureWait;
                _hold.SendAtUtc = _notBeforeUtc;
                _hold.Failure = _failure;
                sendAt = _notBeforeUtc;
            }

            // What only the user's --force made due is not sent by the scheduler later: the words are for the user.
            _hold.IsForced = force && !_hold.IsChange;
            if (now < sendAt)
            {
                if (sendAt < _nextCheckUtc)
                {
                    _nextCheckUtc = sendAt;
                }

                TellHold();
                return CycleOutcome.NotYet;
            }

            // The attempt is saved before it goes: no update is sent that the state could not record, and after a
            // crash the agent knows the provider may have it.
            _hold.Clear();
            _sender.Prepare(_setup, _state, _detectedV4, _detectedV6, now, force);
            if (!Save(now))
            {
                _sender.Abandon(_setup, _state);
                return CycleOutcome.StorageFault;
            }

            _sender.Send(_setup, _state, now, _result);
            _proof.Begin(_state, now);
            UpdateOutcome outcome = _result.Outcome;
            _lastProblem = default(EventLogEntry);
            if (UpdateDecision.Halts(outcome))
            {
                _lastProblem = Problem(EventKind.Error, "update halted: ", 0);
            }
            else if (UpdateDecision.Retries(outcome))
            {
                _backingOff |= _result.BackOff;
                int delay = _spread.RetryDelaySeconds(_result.WaitSeconds);
                _notBeforeUtc = now.AddSeconds(delay);
                _nextCheckUtc = _notBeforeUtc;
                _failure = _result.Decisive;
                _lastProblem = Problem(EventKind.Warning, "update: ", delay);
            }
            else
            {
                _backingOff = false;
            }

            Rest(OutcomeLed.Of(outcome));
            return Save(now) ? CycleOutcomeOf(outcome) : CycleOutcome.StorageFault;
        }

        // Shows a held update on the LED and in words, and logs it when it is new; a forced send the user asked
        // for is only reported to the user (the scheduler will not send it by itself).
        private void TellHold()
        {
            if (_hold.IsForced)
            {
                Rest(_resting == LedState.Working ? LedState.WaitingToRetry : _resting, _restingDetail);
                return;
            }

            if (_toldText == null || !_hold.SameAs(_told))
            {
                _told.CopyFrom(_hold);
                _toldText = HoldText.Describe(_hold);
                _events.Info(_toldText);
            }

            Rest(_hold.Reason == HoldReason.FailureWait ? LedState.WaitingToRetry : LedState.ChangeHeld, _toldText);
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

        // Saves the state; after a failed save, every save writes (proving the storage takes writes again) until one
        // works. A failure is told once per episode, with the file and the cause, and shown until a write works.
        private bool Save(DateTime now)
        {
            bool saved = _storageProblem == null ? _store.SaveIfChanged(_state) : _store.SaveNow(_state);
            if (saved)
            {
                if (_storageProblem != null)
                {
                    _storageProblem = null;
                    _events.Info("state: saved again; updates resume");
                }

                return true;
            }

            if (_storageProblem != _store.Problem)
            {
                _storageText = string.Concat("state cannot be saved, so no update is sent: ", _store.Problem);
                if (_storageProblem == null)
                {
                    _events.Error(_storageText);
                }
            }

            _storageProblem = _store.Problem;
            _storageRetryUtc = now.AddSeconds(StorageRetrySeconds);
            Rest(LedState.StorageFault, _storageText);
            return false;
        }

        // An update whose answer a crash kept from the state may have reached the provider: it counts as sent, as
        // an attempt without an answer, so the spacing and the back-off hold before it goes once more (its nochg is
        // then no repeat, see UpdateSender). Adopted once: the next save records it.
        private void AdoptUnansweredAttempts()
        {
            for (int i = 0; i < _state.Count; i++)
            {
                HostState record = _state[i];
                if (record.AttemptSends > 0 && record.LastAttemptUtc < record.AttemptUtc)
                {
                    record.LastAttemptUtc = record.AttemptUtc;
                    record.LastResult = ResultCode.None;
                    record.ConsecutiveFailures = record.ConsecutiveFailures + 1;
                    _events.Warning("state: the agent stopped before the last update's answer; it counts as sent, and goes again after the wait");
                }
            }
        }

        // After a reboot the 911 wait and the back-off still hold: each saved failed attempt asks for what the
        // decision asked when its answer came (never less than the spacing), with fresh jitter. The spacing of
        // repeats needs nothing here: it counts from each record's saved last attempt.
        private void RestoreHoldFromState()
        {
            for (int i = 0; i < _state.Count; i++)
            {
                HostState record = _state[i];
                if (record.LastAttemptUtc == DateTime.MinValue || !UpdateDecision.Retries(record.LastResult.Outcome))
                {
                    continue;
                }

                int wait = UpdateDecision.WaitSeconds(record.LastResult, record.ConsecutiveFailures);
                DateTime until = record.LastAttemptUtc.AddSeconds(_spread.RetryDelaySeconds(wait));
                if (until > _notBeforeUtc)
                {
                    _notBeforeUtc = until;
                    _failure = record.LastResult;
                }
            }
        }

        private void Rest(LedState state)
        {
            Rest(state, null);
        }

        private void Rest(LedState state, string detail)
        {
            _resting = state;
            _restingDetail = detail;
            Show(state, detail);
        }

        private void Show(LedState state)
        {
            Show(state, null);
        }

        private void Show(LedState state, string detail)
        {
            if (state != _shown || detail != _shownDetail)
            {
                _shown = state;
                _shownDetail = detail;
                _indicator.Show(state, detail);
            }
        }
    }
}
