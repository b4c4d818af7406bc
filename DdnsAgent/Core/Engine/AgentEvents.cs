using DdnsAgent.Addressing;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>Called for every event as it happens (the host prints them as log lines).</summary>
    public delegate void EventListener(EventLogEntry entry);

    /// <summary>
    /// What the agent tells the user: the RAM event log behind `log`, stamped with the clock, plus an optional
    /// live listener. Update events are kept as values (host, code, addresses), so telling one allocates nothing.
    /// </summary>
    public sealed class AgentEvents
    {
        private readonly IClock _clock;

        public AgentEvents(EventLog log, IClock clock)
        {
            Log = log;
            _clock = clock;
        }

        public EventLog Log { get; }

        public EventListener Listener { get; set; }

        public void Info(string message) => Add(EventKind.Info, message);

        public void Warning(string message) => Add(EventKind.Warning, message);

        public void Error(string message) => Add(EventKind.Error, message);

        /// <summary>
        /// An update event: text, then the host, the code (or the detail that came back instead), the addresses and
        /// the wait; see EventLogFormat. Returns the entry added. Allocates nothing.
        /// </summary>
        public EventLogEntry Update(EventKind kind, string text, string subject, ResultCode code, string detail, IpAddress ipv4, IpAddress ipv6, int waitSeconds)
        {
            var entry = new EventLogEntry(_clock.UtcNow, kind, text, subject, code, detail, ipv4, ipv6, waitSeconds);
            Add(entry);
            return entry;
        }

        private void Add(EventKind kind, string message)
        {
            Add(new EventLogEntry(_clock.UtcNow, kind, message));
        }

        private void Add(EventLogEntry entry)
        {
            Log.Add(entry);
            EventListener listener = Listener;
            if (listener != null)
            {
                listener(entry);
            }
        }
    }
}
