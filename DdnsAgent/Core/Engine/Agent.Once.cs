using System;
using System.Threading;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>One check-and-update round on request: the console's `update` and the host's `once`.</summary>
    public sealed partial class Agent
    {
        /// <summary>
        /// One round as the scheduler would run it, for a program that runs once (the host's `once`, from cron):
        /// detects, then updates only what is due (or forced), keeping the spacing and the waits that the saved
        /// state asks for. Writes what happened and returns it. A halt is kept: nothing is sent.
        /// </summary>
        public CycleOutcome RunOnce(bool force, ITextSink output)
        {
            return Update(force, false, output);
        }

        // refuseEarly: the console's `update` says "not yet" before detecting when an update would come too soon;
        // `once` detects first, so that a round with nothing to send counts as up to date.
        private CycleOutcome Update(bool force, bool refuseEarly, ITextSink output)
        {
            Monitor.Enter(_sync);
            try
            {
                DateTime now = _clock.UtcNow;
                if (_setup == null)
                {
                    output.Write(NotConfigured);
                    return CycleOutcome.NotConfigured;
                }

                if (IsHalted(out ResultCode haltCode))
                {
                    Show(OutcomeLed.Of(haltCode.Outcome));
                    output.Write(string.Concat(new string[] { "updates are halted (", haltCode.Token, "): ", haltCode.Meaning, "\r\n" }));
                    return CycleOutcome.Halted;
                }

                if (refuseEarly && now < _notBeforeUtc)
                {
                    WriteNotYet(output);
                    return CycleOutcome.RetryLater;
                }

                _result.Clear();
                CycleOutcome outcome = RunCheck(now, force);
                WriteDetected(output);
                WriteOutcome(outcome, force, output);
                return outcome;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        private void WriteOutcome(CycleOutcome outcome, bool force, ITextSink output)
        {
            switch (outcome)
            {
                case CycleOutcome.DetectionFailed:
                    output.Write("nothing sent: no public address was detected\r\n");
                    break;
                case CycleOutcome.UpToDate:
                    output.Write(force
                        ? "nothing sent: the provider already confirmed these addresses twice in a row, and repeating them risks an abuse block\r\n"
                        : "nothing sent: the registered addresses are current (`update --force` sends them again)\r\n");
                    break;
                case CycleOutcome.Updated:
                    output.Write(string.Concat("updated: the provider answered \"", _sender.LastAnswer.ToDisplayText(), "\"\r\n"));
                    break;
                default:
                    if (_lastProblem.Code == null)
                    {
                        WriteNotYet(output);
                    }
                    else
                    {
                        output.Write(string.Concat(EventLogFormat.Problem(_lastProblem), "\r\n"));
                    }

                    break;
            }
        }

        private void WriteNotYet(ITextSink output)
        {
            output.Write(string.Concat("not yet: to protect the account, the next update is allowed at ", Timestamp(_notBeforeUtc), "\r\n"));
        }
    }
}
