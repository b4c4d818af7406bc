using System;
using DdnsAgent.Engine;
using DdnsAgent.Persistence;
using DdnsAgent.Status;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>Records what the console asked of the agent and shows a fixed snapshot: one name, registered and current.</summary>
    public sealed class FakeAgentControl : IAgentControl
    {
        public const string CheckText = "detected IPv4: 203.0.113.7\r\n  from: ip.test\r\ndetected IPv6: off\r\n";

        public const string StatusText =
            "state: all good\r\n"
            + CheckText
            + "registered:\r\n"
            + "  home.example.org IPv4 203.0.113.7, confirmed 2026-11-24 10:00:00Z, last answer good\r\n"
            + "last answer: HTTP 200 \"good 203.0.113.7\"\r\n"
            + "next check: 2026-11-24 10:05:00Z\r\n";

        public const string UpdateText = CheckText + "updated: the provider answered \"good 203.0.113.7\"\r\n";

        private static readonly DateTime Now = new DateTime(2026, 11, 24, 10, 0, 0);

        public int ReadCount { get; private set; }

        public int CheckCount { get; private set; }

        public int UpdateCount { get; private set; }

        public bool LastForce { get; private set; }

        public int ResumeCount { get; private set; }

        public bool ResumeResult { get; set; } = true;

        public void Read(AgentSnapshot snapshot)
        {
            ReadCount++;
            snapshot.NowUtc = Now;
            snapshot.State = LedState.AllGood;
            snapshot.Configured = true;
            snapshot.Hostnames = new string[] { "home.example.org" };
            snapshot.UseIPv4 = true;
            snapshot.UseIPv6 = false;
            snapshot.HaltCode = null;
            snapshot.DetectedIPv4 = TestText.Ip("203.0.113.7");
            snapshot.SourceIPv4 = "ip.test";
            snapshot.Records.Clear();
            HostState record = snapshot.Records.GetOrAdd("home.example.org", DdnsAgent.Addressing.AddressFamilyKind.IPv4);
            record.Address = TestText.Ip("203.0.113.7");
            record.LastSuccessUtc = Now;
            record.LastResult = DdnsAgent.Dyndns2.Dyndns2Codes.Good;
            snapshot.LastAnswerStatus = 200;
            snapshot.LastAnswerText = "good 203.0.113.7";
            snapshot.NextCheckUtc = Now.AddMinutes(5);
            snapshot.NotBeforeUtc = Now;
        }

        public bool Check()
        {
            CheckCount++;
            return true;
        }

        public CycleOutcome Update(bool force)
        {
            UpdateCount++;
            LastForce = force;
            return CycleOutcome.Updated;
        }

        public bool Resume()
        {
            ResumeCount++;
            return ResumeResult;
        }
    }
}
