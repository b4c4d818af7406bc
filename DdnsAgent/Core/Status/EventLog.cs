using System;
using System.Threading;
using DdnsAgent.Configuration;
using DdnsAgent.Ports;

namespace DdnsAgent.Status
{
    /// <summary>
    /// The most recent events, kept in RAM for the console's <c>log</c> command: a fixed ring that
    /// overwrites the oldest entry when full, so that a device running for months never grows it.
    /// Adding stores the entry's values as they are (see <see cref="EventLogEntry"/>) and allocates nothing;
    /// lines are formatted when read. Safe to add from the engine's thread while the console reads: every
    /// member holds the same monitor.
    /// </summary>
    public sealed class EventLog
    {
        public const int DefaultCapacity = 32;

        private const string NewLine = "\r\n";

        private readonly object _gate = new object();
        private readonly EventLogEntry[] _entries;
        private int _oldest;
        private int _count;

        public EventLog() : this(DefaultCapacity) { }

        public EventLog(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _entries = new EventLogEntry[capacity];
        }

        public int Capacity
        {
            get { return _entries.Length; }
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

                return _entries[(_oldest + index) % _entries.Length];
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Appends an event that is its words alone, dropping the oldest one when the ring is full.</summary>
        public void Add(DateTime at, EventKind kind, string message)
        {
            Add(new EventLogEntry(at, kind, message));
        }

        /// <summary>Appends an event, dropping the oldest one when the ring is full. Allocates nothing.</summary>
        public void Add(EventLogEntry entry)
        {
            Monitor.Enter(_gate);
            try
            {
                int slot;
                if (_count < _entries.Length)
                {
                    slot = (_oldest + _count) % _entries.Length;
                    _count++;
                }
                else
                {
                    slot = _oldest;
                    _oldest = (_oldest + 1) % _entries.Length;
                }

                _entries[slot] = entry;
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
                for (int i = 0; i < _entries.Length; i++)
                {
                    _entries[i] = default(EventLogEntry);
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
        /// Copies the events first, so a slow console never holds up the engine. Words: the reader's surface.
        /// </summary>
        public void WriteTo(ITextSink output, Vocabulary words)
        {
            EventLogEntry[] entries;
            Monitor.Enter(_gate);
            try
            {
                entries = new EventLogEntry[_count];
                for (int i = 0; i < _count; i++)
                {
                    entries[i] = _entries[(_oldest + i) % _entries.Length];
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }

            var timestamp = new char[EventLogFormat.TimestampLength];
            for (int i = 0; i < entries.Length; i++)
            {
                EventLogFormat.FormatTimestamp(entries[i].At, timestamp);
                output.Write(new string(timestamp));
                output.Write(EventLogFormat.KindColumn(entries[i].Kind));
                output.Write(entries[i].Message(words));
                output.Write(NewLine);
            }
        }
    }
}
