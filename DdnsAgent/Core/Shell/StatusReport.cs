using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// `status` in words, read from a snapshot of the agent: what it is doing, why it halted, the detected
    /// addresses and who gave them, the registered ones, the server's last answer verbatim, the last problem
    /// and when it checks and may update next. Lines end with "\r\n".
    /// </summary>
    public static class StatusReport
    {
        private const string NewLine = "\r\n";

        public static void Write(AgentSnapshot s, ITextSink output)
        {
            Line(output, "state: ", StateText(s));
            if (!s.Configured)
            {
                return;
            }

            if (s.HaltCode != null)
            {
                Line(output, "halted by: ", string.Concat(s.HaltCode.Token, ": ", s.HaltCode.Meaning));
            }

            WriteDetected(s, output);
            output.Write(string.Concat("registered:", NewLine));
            for (int host = 0; host < s.Hostnames.Length; host++)
            {
                WriteRecord(s, output, s.Hostnames[host], AddressFamilyKind.IPv4, s.UseIPv4);
                WriteRecord(s, output, s.Hostnames[host], AddressFamilyKind.IPv6, s.UseIPv6);
            }

            Line(output, "last answer: ", s.LastAnswerStatus == 0
                ? "none since start"
                : string.Concat(new string[] { "HTTP ", s.LastAnswerStatus.ToString(), " \"", s.LastAnswerText, "\"" }));
            if (s.LastProblem.Code != null)
            {
                Line(output, "last update problem: ", EventLogFormat.Problem(s.LastProblem));
            }

            Line(output, "next check: ", EventLogFormat.Timestamp(s.NextCheckUtc));
            if (s.NotBeforeUtc > s.NowUtc)
            {
                Line(output, "next update allowed: ", EventLogFormat.Timestamp(s.NotBeforeUtc));
            }
        }

        /// <summary>The detected address of each family, who gave it, and why detection failed if it did.</summary>
        public static void WriteDetected(AgentSnapshot s, ITextSink output)
        {
            WriteDetected(output, "detected IPv4: ", s.UseIPv4, s.DetectedIPv4, s.SourceIPv4);
            WriteDetected(output, "detected IPv6: ", s.UseIPv6, s.DetectedIPv6, s.SourceIPv6);
            if (s.DetectionProblem != null)
            {
                Line(output, "detection problem: ", s.DetectionProblem);
            }
        }

        // A settings problem waits like any failure (the LED says "waiting to retry"), but the user must act.
        private static string StateText(AgentSnapshot s)
        {
            ResultCode problem = s.LastProblem.Code;
            if (s.State == LedState.WaitingToRetry && problem != null && problem.Outcome == UpdateOutcome.SettingsProblem)
            {
                return "a settings problem (see the last update problem below); retrying by itself meanwhile";
            }

            return LedStateText.Describe(s.State);
        }

        private static void WriteDetected(ITextSink output, string label, bool enabled, IpAddress address, string source)
        {
            if (!enabled)
            {
                Line(output, label, "off");
                return;
            }

            if (address.IsNone)
            {
                Line(output, label, "not found");
                return;
            }

            Line(output, label, address.ToString());
            if (source != null)
            {
                Line(output, "  from: ", source);
            }
        }

        private static void WriteRecord(AgentSnapshot s, ITextSink output, string hostname, AddressFamilyKind family, bool enabled)
        {
            if (!enabled)
            {
                return;
            }

            HostState record = s.Records.Find(hostname, family);
            string familyText = family == AddressFamilyKind.IPv4 ? " IPv4 " : " IPv6 ";
            if (record == null || record.Address.IsNone)
            {
                output.Write(string.Concat(new string[] { "  ", hostname, familyText, "not registered yet", NewLine }));
                return;
            }

            output.Write(string.Concat(new string[]
            {
                "  ", hostname, familyText, record.Address.ToString(), ", confirmed ", EventLogFormat.Timestamp(record.LastSuccessUtc),
                ", last answer ", record.LastResult.Token, NewLine,
            }));
        }

        private static void Line(ITextSink output, string label, string text)
        {
            output.Write(string.Concat(label, text, NewLine));
        }
    }
}
