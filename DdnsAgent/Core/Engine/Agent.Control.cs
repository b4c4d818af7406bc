using System;
using System.Threading;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>The console's view of the agent: status, check, update and resume (see IAgentControl).</summary>
    public sealed partial class Agent
    {
        private const string NotConfigured = "not configured yet: `set provider NAME`, `set username NAME`, `set password SECRET` and `set hostnames NAME`, then `save`\r\n";

        public void WriteStatus(ITextSink output)
        {
            Monitor.Enter(_sync);
            try
            {
                output.Write(string.Concat("state: ", LedStateText.Describe(_shown), "\r\n"));
                if (_setup == null)
                {
                    return;
                }

                if (IsHalted(out ResultCode haltCode))
                {
                    output.Write(string.Concat("halted by: ", haltCode.Token, ": ", haltCode.Meaning, "\r\n"));
                }

                WriteDetected(output);
                output.Write("registered:\r\n");
                for (int host = 0; host < _setup.Hostnames.Length; host++)
                {
                    WriteRecord(output, _setup.Hostnames[host], AddressFamilyKind.IPv4, _setup.UseIPv4);
                    WriteRecord(output, _setup.Hostnames[host], AddressFamilyKind.IPv6, _setup.UseIPv6);
                }

                LastAnswer answer = _sender.LastAnswer;
                output.Write(answer.HttpStatus == 0
                    ? "last answer: none since start\r\n"
                    : string.Concat(new string[] { "last answer: HTTP ", answer.HttpStatus.ToString(), " \"", answer.ToDisplayText(), "\"\r\n" }));
                if (_lastProblem.Code != null)
                {
                    output.Write(string.Concat("last update problem: ", EventLogFormat.Problem(_lastProblem), "\r\n"));
                }

                output.Write(string.Concat("next check: ", Timestamp(_nextCheckUtc), "\r\n"));
                if (_notBeforeUtc > _clock.UtcNow)
                {
                    output.Write(string.Concat("next update allowed: ", Timestamp(_notBeforeUtc), "\r\n"));
                }
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        public void CheckNow(ITextSink output)
        {
            Monitor.Enter(_sync);
            try
            {
                if (_setup == null)
                {
                    output.Write(NotConfigured);
                    return;
                }

                Detect();
                WriteDetected(output);
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        public void UpdateNow(bool force, ITextSink output)
        {
            Update(force, true, output);
        }

        public bool Resume(out string message)
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
                    message = "nothing to resume: updates are not halted";
                    return false;
                }

                _store.SaveIfChanged(_state);
                _nextCheckUtc = _clock.UtcNow;
                _resting = LedState.Working;
                _events.Info("resumed by the user");
                message = _notBeforeUtc > _nextCheckUtc
                    ? string.Concat("resumed: checking now; to protect the account the next update is allowed at ", Timestamp(_notBeforeUtc))
                    : "resumed: checking now";
                return true;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        /// <summary>The addresses found by the last detection (IpAddress.None when not found or not enabled).</summary>
        public IpAddress DetectedIPv4 => _detectedV4;

        public IpAddress DetectedIPv6 => _detectedV6;

        private void WriteDetected(ITextSink output)
        {
            output.Write(string.Concat("detected IPv4: ", DetectedText(_setup.UseIPv4, _detectedV4), "\r\n"));
            output.Write(string.Concat("detected IPv6: ", DetectedText(_setup.UseIPv6, _detectedV6), "\r\n"));
            if (_detectionProblem != null)
            {
                output.Write(string.Concat("detection problem: ", _detectionProblem, "\r\n"));
            }
        }

        private static string DetectedText(bool enabled, IpAddress address)
        {
            if (!enabled)
            {
                return "off";
            }

            return address.IsNone ? "not found" : address.ToString();
        }

        private void WriteRecord(ITextSink output, string hostname, AddressFamilyKind family, bool enabled)
        {
            if (!enabled)
            {
                return;
            }

            HostState record = _state.Find(hostname, family);
            string familyText = family == AddressFamilyKind.IPv4 ? " IPv4 " : " IPv6 ";
            if (record == null || record.Address.IsNone)
            {
                output.Write(string.Concat("  ", hostname, familyText, "not registered yet\r\n"));
                return;
            }

            output.Write(string.Concat(new string[]
            {
                "  ", hostname, familyText, record.Address.ToString(), ", confirmed ", Timestamp(record.LastSuccessUtc),
                ", last answer ", record.LastResult.Token, "\r\n",
            }));
        }

        private static string Timestamp(DateTime at)
        {
            var text = new char[EventLogFormat.TimestampLength];
            EventLogFormat.FormatTimestamp(at, text);
            return new string(text);
        }
    }
}
