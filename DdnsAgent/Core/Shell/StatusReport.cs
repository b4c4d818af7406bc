using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// `status` in words, read from a snapshot of the agent: what it is doing (or which update waits, until when
    /// and why), why it halted, the detected
    /// addresses and who gave them, the registered ones, the server's last answer verbatim, the last problem
    /// and when it checks and may update next, in the words of the reader's surface. Lines end with "\r\n".
    /// </summary>
    public static class StatusReport
    {
        /// <summary>The label before the storage problem (the file and the cause): nothing is sent while it stands.</summary>
        public const string StorageFault = "no update is sent until the state can be saved: ";

        private const string NewLine = "\r\n";

        public static void Write(AgentSnapshot s, ITextSink output, Vocabulary words)
        {
            Line(output, "state: ", StateText(s, words));
            if (!s.Configured)
            {
                return;
            }

            if (s.StorageProblem != null)
            {
                Line(output, StorageFault, s.StorageProblem);
            }

            if (s.HaltCode != null)
            {
                Line(output, "halted by: ", string.Concat(s.HaltCode.Token, ": ", s.HaltCode.Meaning(words)));
            }

            WriteDetected(s, output);
            output.Write(string.Concat("registered:", NewLine));
            for (int host = 0; host < s.Hostnames.Length; host++)
            {
                WriteRecord(s, output, host, AddressFamilyKind.IPv4, s.UseIPv4);
                WriteRecord(s, output, host, AddressFamilyKind.IPv6, s.UseIPv6);
            }

            Line(output, "last answer: ", LastAnswer(s));
            if (s.LastProblem.Code != null)
            {
                Line(output, "last update problem: ", EventLogFormat.Problem(s.LastProblem, words));
            }

            Line(output, "next check: ", EventLogFormat.Timestamp(s.NextCheckUtc));
            if (s.NotBeforeUtc > s.NowUtc)
            {
                Line(output, "next update allowed: ", EventLogFormat.Timestamp(s.NotBeforeUtc));
            }
        }

        // "HTTP 200 \"good 81.2.69.160\"", or a DNS server's code in quotes.
        private static string LastAnswer(AgentSnapshot s)
        {
            if (s.LastAnswerText == null)
            {
                return "none since start";
            }

            return s.LastAnswerStatus == 0
                ? string.Concat("\"", s.LastAnswerText, "\"")
                : string.Concat(new string[] { "HTTP ", s.LastAnswerStatus.ToString(), " \"", s.LastAnswerText, "\"" });
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

        // A held update says what waits, until when and why. A settings problem waits like any failure (the LED
        // says "waiting to retry"), but the user must act.
        private static string StateText(AgentSnapshot s, Vocabulary words)
        {
            if (s.Hold.IsHeld && !s.Hold.IsForced)
            {
                return HoldText.Describe(s.Hold);
            }

            ResultCode problem = s.LastProblem.Code;
            if (s.State == LedState.WaitingToRetry && problem != null && problem.Outcome == UpdateOutcome.SettingsProblem)
            {
                return "a settings problem (see the last update problem below); retrying by itself meanwhile";
            }

            return LedStateText.Describe(s.State, words);
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

        private static void WriteRecord(AgentSnapshot s, ITextSink output, int host, AddressFamilyKind family, bool enabled)
        {
            if (!enabled)
            {
                return;
            }

            string hostname = s.Hostnames[host];
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

            int index = PublishedRecords.IndexOf(host, family);
            string published = index < s.Published.Count ? Published(s.Published, index) : null;
            if (published != null)
            {
                Line(output, "    published: ", published);
            }
        }

        /// <summary>"  NAME IPv4 published: yes (as of T)" for each record the proof in DNS has something to say about.</summary>
        public static void WritePublished(AgentSnapshot s, ITextSink output)
        {
            for (int host = 0; host < s.Hostnames.Length; host++)
            {
                for (int family = 0; family < 2; family++)
                {
                    int index = PublishedRecords.IndexOf(host, family == 0 ? AddressFamilyKind.IPv4 : AddressFamilyKind.IPv6);
                    string published = index < s.Published.Count ? Published(s.Published, index) : null;
                    if (published != null)
                    {
                        output.Write(string.Concat(new string[] { "  ", s.Hostnames[host], family == 0 ? " IPv4" : " IPv6", " published: ", published, NewLine }));
                    }
                }
            }
        }

        /// <summary>
        /// What the zone's DNS server said about the record after its last update: "yes (as of T)", "no, its DNS
        /// server answers X, not Y (as of T)", "unknown, why (as of T)", or while checking, when it checks again.
        /// Null when nothing was checked (the proof is off, or no update since the start).
        /// </summary>
        public static string Published(PublishedRecords p, int index)
        {
            Publication verdict = p.Verdict(index);
            if (verdict == Publication.NotChecked)
            {
                return p.IsChecking(index) ? string.Concat("checking at ", EventLogFormat.Timestamp(p.NextCheck(index))) : null;
            }

            string asOf = string.Concat(" (as of ", EventLogFormat.Timestamp(p.AsOf(index)), ")");
            string words;
            switch (verdict)
            {
                case Publication.Yes:
                    return string.Concat("yes", asOf);
                case Publication.WrongAddress:
                    words = string.Concat(new string[] { "its DNS server answers ", p.Answered(index).ToString(), ", not ", p.Expected(index).ToString() });
                    break;
                case Publication.NoAddress:
                    words = string.Concat(p.Reason(index), "; expected ", p.Expected(index).ToString());
                    break;
                default:
                    return p.IsChecking(index)
                        ? string.Concat(new string[] { "not yet known, ", p.Reason(index), asOf, "; checking again at ", EventLogFormat.Timestamp(p.NextCheck(index)) })
                        : string.Concat("unknown, ", p.Reason(index), asOf);
            }

            return p.IsChecking(index)
                ? string.Concat(new string[] { "not yet, ", words, asOf, "; checking again at ", EventLogFormat.Timestamp(p.NextCheck(index)) })
                : string.Concat("no, ", words, asOf);
        }

        private static void Line(ITextSink output, string label, string text)
        {
            output.Write(string.Concat(label, text, NewLine));
        }
    }
}
