using DdnsAgent.Ports;
using DdnsAgent.Shell;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>Records what the console asked of the agent and answers with fixed text.</summary>
    public sealed class FakeAgentControl : IAgentControl
    {
        public const string StatusText = "state: all good\r\nregistered: 203.0.113.7\r\n";
        public const string CheckText = "detected IPv4: 203.0.113.7\r\n";
        public const string UpdateText = "update: good 203.0.113.7\r\n";

        public int StatusCount { get; private set; }

        public int CheckCount { get; private set; }

        public int UpdateCount { get; private set; }

        public bool LastForce { get; private set; }

        public int ResumeCount { get; private set; }

        public bool ResumeResult { get; set; } = true;

        public string ResumeMessage { get; set; } = "resumed; next check now";

        public void WriteStatus(ITextSink output)
        {
            StatusCount++;
            output.Write(StatusText);
        }

        public void CheckNow(ITextSink output)
        {
            CheckCount++;
            output.Write(CheckText);
        }

        public void UpdateNow(bool force, ITextSink output)
        {
            UpdateCount++;
            LastForce = force;
            output.Write(UpdateText);
        }

        public bool Resume(out string message)
        {
            ResumeCount++;
            message = ResumeMessage;
            return ResumeResult;
        }
    }
}
