using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Ports;
using DdnsAgent.Status;

namespace DdnsAgent.Shell
{
    /// <summary>
    /// What an update on request came to, in words (the console's `update`, the host's `once`), read from the
    /// round's outcome and a snapshot taken after it, in the words of the reader's surface. Lines end with "\r\n".
    /// </summary>
    public static class UpdateReport
    {
        private const string NewLine = "\r\n";

        /// <summary>What to give before anything can be sent, as a line.</summary>
        public static string NotConfigured(Vocabulary words)
        {
            return words.Fill("not configured yet: {set provider NAME}, {set username NAME}, {set password SECRET} and {set hostnames NAME}{then save}\r\n");
        }

        public static void Write(CycleOutcome outcome, bool force, AgentSnapshot s, ITextSink output, Vocabulary words)
        {
            switch (outcome)
            {
                case CycleOutcome.NotConfigured:
                    output.Write(NotConfigured(words));
                    return;
                case CycleOutcome.Halted:
                    WriteHalted(s, output, words);
                    return;
                case CycleOutcome.StorageFault:
                    output.Write(string.Concat(StatusReport.StorageFault, s.StorageProblem, NewLine));
                    return;
            }

            StatusReport.WriteDetected(s, output);
            switch (outcome)
            {
                case CycleOutcome.DetectionFailed:
                    output.Write("nothing sent: no public address was detected\r\n");
                    break;
                case CycleOutcome.UpToDate:
                    output.Write(force
                        ? "nothing sent: the provider already confirmed these addresses twice in a row, and repeating them risks an abuse block\r\n"
                        : words.Fill("nothing sent: the registered addresses are current ({update --force} sends them again)\r\n"));
                    break;
                case CycleOutcome.Updated:
                    output.Write(string.Concat("updated: the provider answered \"", s.LastAnswerText, "\"", NewLine));
                    StatusReport.WritePublished(s, output);
                    break;
                case CycleOutcome.NotYet:
                    WriteNotYet(s, output);
                    break;
                default:
                    output.Write(string.Concat(EventLogFormat.Problem(s.LastProblem, words), NewLine));
                    break;
            }
        }

        /// <summary>Why nothing is sent now, and when the update may go.</summary>
        public static void WriteNotYet(AgentSnapshot s, ITextSink output)
        {
            if (s.Hold.IsHeld)
            {
                output.Write(string.Concat("not yet, to protect the account: ", HoldText.Describe(s.Hold), NewLine));
                return;
            }

            output.Write(string.Concat("not yet: to protect the account, the next update is allowed at ", EventLogFormat.Timestamp(s.NotBeforeUtc), NewLine));
        }

        /// <summary>What `resume` did: resumed (and when the next update may go), or why there was nothing to resume.</summary>
        public static string Resumed(bool resumed, AgentSnapshot s)
        {
            if (!resumed)
            {
                return "nothing to resume: updates are not halted";
            }

            return s.NotBeforeUtc > s.NowUtc
                ? string.Concat("resumed: checking now; to protect the account the next update is allowed at ", EventLogFormat.Timestamp(s.NotBeforeUtc))
                : "resumed: checking now";
        }

        private static void WriteHalted(AgentSnapshot s, ITextSink output, Vocabulary words)
        {
            output.Write(s.HaltCode == null
                ? string.Concat("updates are halted", NewLine)
                : string.Concat(new string[] { "updates are halted (", s.HaltCode.Token, "): ", s.HaltCode.Meaning(words), NewLine }));
        }
    }
}
