using System;
using System.Threading;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>The console's view of the agent (see IAgentControl): a snapshot, check, update and resume. No words here: the shell has them.</summary>
    public sealed partial class Agent
    {
        public void Read(AgentSnapshot snapshot)
        {
            Monitor.Enter(_sync);
            try
            {
                snapshot.NowUtc = _clock.UtcNow;
                snapshot.State = _shown;
                snapshot.Configured = _setup != null;
                snapshot.Records.Clear();
                snapshot.Published.CopyFrom(_proof.Records);
                snapshot.Hold.Clear();
                if (_setup == null)
                {
                    return;
                }

                snapshot.Hostnames = _setup.Hostnames;
                snapshot.UseIPv4 = _setup.UseIPv4;
                snapshot.UseIPv6 = _setup.UseIPv6;
                snapshot.HaltCode = IsHalted(out ResultCode haltCode) ? haltCode : null;
                snapshot.DetectedIPv4 = _detectedV4;
                snapshot.DetectedIPv6 = _detectedV6;
                snapshot.SourceIPv4 = _sourceV4;
                snapshot.SourceIPv6 = _sourceV6;
                snapshot.DetectionProblem = _detectionProblem;
                snapshot.StorageProblem = _storageProblem;
                for (int i = 0; i < _state.Count; i++)
                {
                    snapshot.Records.GetOrAdd(_state[i].NameHash, _state[i].Family).CopyValuesFrom(_state[i]);
                }

                LastAnswer answer = _sender.LastAnswer;
                snapshot.LastAnswerStatus = answer.HttpStatus;
                snapshot.LastAnswerText = answer.HttpStatus == 0 && answer.Length == 0 ? null : answer.ToDisplayText();
                snapshot.LastProblem = _lastProblem;
                snapshot.NextCheckUtc = _nextCheckUtc;
                snapshot.NotBeforeUtc = _notBeforeUtc;
                snapshot.Hold.CopyFrom(_hold);
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        public bool Check()
        {
            Monitor.Enter(_sync);
            try
            {
                if (_setup == null)
                {
                    return false;
                }

                Detect();
                return true;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        /// <summary>
        /// One round as the scheduler would run it, on request (the console's `update`, the host's `once`):
        /// detects, then updates only what is due (or forced), keeping the spacing, the damping and the waits that
        /// the state asks for; a new address goes at once (the spread is for the scheduler's own checks). A halt is
        /// kept: nothing is sent.
        /// </summary>
        public CycleOutcome Update(bool force)
        {
            Monitor.Enter(_sync);
            try
            {
                if (_setup == null)
                {
                    return CycleOutcome.NotConfigured;
                }

                DateTime now = _clock.UtcNow;
                if (_storageProblem != null)
                {
                    if (!Save(now))
                    {
                        return CycleOutcome.StorageFault;
                    }

                    _nextCheckUtc = now;
                }

                if (IsHalted(out ResultCode haltCode))
                {
                    Show(OutcomeLed.Of(haltCode.Outcome));
                    return CycleOutcome.Halted;
                }

                return RunCheck(now, force, false);
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        public bool Resume()
        {
            Monitor.Enter(_sync);
            try
            {
                bool wasHalted = false;
                for (int i = 0; i < _state.Count; i++)
                {
                    if (_state[i].IsHalted)
                    {
                        _state[i].ClearHalt();
                        wasHalted = true;
                    }
                }

                if (!wasHalted)
                {
                    return false;
                }

                Save(_clock.UtcNow);
                _nextCheckUtc = _clock.UtcNow;
                _resting = LedState.Working;
                _events.Info("resumed by the user");
                return true;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }
    }
}
