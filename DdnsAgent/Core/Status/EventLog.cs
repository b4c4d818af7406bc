using System;
using System.Threading;
using DdnsAgent.Ports;

namespace DdnsAgent.Status
{
    /// <summary>
    /// The most recent events, kept in RAM for the console's <c>log</c> command: a fixed ring that
    /// overwrites the oldest entry when full, so that a device running for months never grows it.
    /// Adding stores the caller's message as is and allocates nothing. Safe to add from the engine's
    /// thread while the console reads: every member holds the same monitor.
    /// </summary>
    public sealed class EventLog
    {
        public const int DefaultCapacity = 32;

        private const string NewLine = "\r\n";

        private readonly object _gate = new object();
        private readonly DateTime[] _times;
        private readonly EventKind[] _kinds;
        private readonly string[] _messages;
        private int _oldest;
        private int _count;

        public EventLog() : this(DefaultCapacity) { }

        public EventLog(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _times = new DateTime[capacity];
            _kinds = new EventKind[capacity];
            _messages = new string[capacity];
        }

        public int Capacity
        {
            get { return _messages.Length; }
        }

        /// <summary>How many events are held, at most <see cref="Capacity"/>.</summary>
        public int Count
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _count;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>The index-th event held, 0 being the oldest and Count - 1 the newest.</summary>
        public EventLogEntry EntryAt(int index)
        {
            Monitor.Enter(_gate);
            try
            {
                if (index < 0 || index >= _count)
                {
                    throw new ArgumentOutOfRangeException("index");
                }

                int slot = (_oldest + index) % _messages.Length;
                return new EventLogEntry(_times[slot], _kinds[slot], _messages[slot]);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Appends an event, dropping the oldest one when the ring is full.</summary>
        public void Add(DateTime at, EventKind kind, string message)
        {
            Monitor.Enter(_gate);
            try
            {
                int slot;
                if (_count < _messages.Length)
                {
                    slot = (_oldest + _count) % _messages.Length;
                    _count++;
                }
                else
                {
                    slot = _oldest;
                    _oldest = (_oldest + 1) % _messages.Length;
                }

                _times[slot] = at;
                _kinds[slot] = kind;
                _messages[slot] = message;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Forgets every event.</summary>
        public void Clear()
        {
            Monitor.Enter(_gate);
            try
            {
                for (int i = 0; i < _messages.Length; i++)
                {
                    _messages[i] = null;
                }

                _oldest = 0;
                _count = 0;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// Writes one line per event, oldest first, such as
        /// "2026-11-24 10:00:00Z  warn  update: 911 from the provider; retrying in 30 min".
        /// Copies the events first, so a slow console never holds up the engine.
        /// </summary>
        public void WriteTo(ITextSink output)
        {
            DateTime[] times;
            EventKind[] kinds;
            string[] messages;
            Monitor.Enter(_gate);
            try
            {
                times = new DateTime[_count];
                kinds = new EventKind[_count];
                messages = new string[_count];
                for (int i = 0; i < _count; i++)
                {
                    int slot = (_oldest + i) % _messages.Length;
                    times[i] = _times[slot];
                    kinds[i] = _kinds[slot];
                    messages[i] = _messages[slot];
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }

            var timestamp = new char[EventLogFormat.TimestampLength];
            for (int i = 0; i < messages.Length; i++)
            {
                EventLogFormat.FormatTimestamp(times[i], timestamp);
                output.Write(new string(timestamp));
                output.Write(EventLogFormat.KindColumn(kinds[i]));
                output.Write(messages[i] ?? string.Empty);
                output.Write(NewLine);
            }
        }
    }
}
