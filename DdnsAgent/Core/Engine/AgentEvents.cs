using DdnsAgent.Ports;
using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>Called for every event as it happens (the host prints them as log lines).</summary>
    public delegate void EventListener(EventLogEntry entry);

    /// <summary>What the agent tells the user: the RAM event log behind `log`, stamped with the clock, plus an optional live listener.</summary>
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

        private void Add(EventKind kind, string message)
        {
            var at = _clock.UtcNow;
            Log.Add(at, kind, message);
            EventListener listener = Listener;
            if (listener != null)
            {
                listener(new EventLogEntry(at, kind, message));
            }
        }
    }
}
