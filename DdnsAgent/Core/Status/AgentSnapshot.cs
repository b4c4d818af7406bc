using System;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Protocol;

namespace DdnsAgent.Status
{
    /// <summary>
    /// What the agent knows at one moment, copied out under its lock for the console's reports (`status`,
    /// `check`, `update`, and the host's `once` and `check`). The agent fills it and holds no words; the shell
    /// turns it into text. Reused by its reader: filling it allocates only the last answer's text.
    /// </summary>
    public sealed class AgentSnapshot
    {
        public AgentSnapshot()
        {
            Records = new AgentState();
            Published = new PublishedRecords();
            Hold = new UpdateHold();
        }

        public DateTime NowUtc { get; set; }

        /// <summary>What the LED shows.</summary>
        public LedState State { get; set; }

        /// <summary>False while no settings are in force; nothing below is then filled.</summary>
        public bool Configured { get; set; }

        public string[] Hostnames { get; set; }

        public bool UseIPv4 { get; set; }

        public bool UseIPv6 { get; set; }

        /// <summary>The code a halt in force was recorded with, or null when updates are not halted.</summary>
        public ResultCode HaltCode { get; set; }

        /// <summary>The last detected public IPv4 address, or None.</summary>
        public IpAddress DetectedIPv4 { get; set; }

        public IpAddress DetectedIPv6 { get; set; }

        /// <summary>Who gave the IPv4 address: "the network interface" or the reflector's name; null when none was found.</summary>
        public string SourceIPv4 { get; set; }

        public string SourceIPv6 { get; set; }

        /// <summary>Why the last detection found nothing, in plain words, or null.</summary>
        public string DetectionProblem { get; set; }

        /// <summary>Why the state cannot be saved (the file and the cause), or null: while set, no update is sent.</summary>
        public string StorageProblem { get; set; }

        /// <summary>A copy of the registered records (address, when confirmed, last code).</summary>
        public AgentState Records { get; }

        /// <summary>Whether DNS answers each registered record (the proof in DNS), by hostname position and family.</summary>
        public PublishedRecords Published { get; }

        /// <summary>The HTTP status of the server's last answer since the start; 0 when none came, or for a DNS answer.</summary>
        public int LastAnswerStatus { get; set; }

        /// <summary>That answer as received, line breaks shown as " | " (a DNS answer in words: "NOERROR"); null when none came.</summary>
        public string LastAnswerText { get; set; }

        /// <summary>The event that told the last round's problem (its Code is null when the last round had none).</summary>
        public EventLogEntry LastProblem { get; set; }

        public DateTime NextCheckUtc { get; set; }

        /// <summary>No update is sent before this time (the wait after a failure).</summary>
        public DateTime NotBeforeUtc { get; set; }

        /// <summary>The update that is due but waits, and why; its Reason is None when nothing waits.</summary>
        public UpdateHold Hold { get; }
    }
}
