using System;

namespace DdnsAgent.Status
{
    /// <summary>One event of the <see cref="EventLog"/>: a value copied out of the ring, so reading allocates nothing.</summary>
    public struct EventLogEntry
    {
        // Explicit getters: nanoFramework's mscorlib lacks the attribute that auto-properties of a struct need.
        private readonly DateTime _at;
        private readonly EventKind _kind;
        private readonly string _message;

        public EventLogEntry(DateTime at, EventKind kind, string message)
        {
            _at = at;
            _kind = kind;
            _message = message;
        }

        /// <summary>When it happened, in UTC.</summary>
        public DateTime At
        {
            get { return _at; }
        }

        public EventKind Kind
        {
            get { return _kind; }
        }

        /// <summary>Plain words for the user; never a secret.</summary>
        public string Message
        {
            get { return _message; }
        }
    }
}
