using System;
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Protocol;

namespace DdnsAgent.Status
{
    /// <summary>
    /// One event of the <see cref="EventLog"/>, kept as values rather than as a line of text: the words it
    /// starts with and, for an update, the host, the code, what came back instead of the code's text, the
    /// addresses (as addresses, not text) and the wait. Adding one allocates nothing; the line is formatted only
    /// when someone reads it (<see cref="Message"/>, `log`, the host's printer).
    /// </summary>
    public struct EventLogEntry
    {
        // Explicit getters: nanoFramework's mscorlib lacks the attribute that auto-properties of a struct need.
        private readonly DateTime _at;
        private readonly EventKind _kind;
        private readonly string _text;
        private readonly string _subject;
        private readonly ResultCode _code;
        private readonly string _detail;
        private readonly IpAddress _ipv4;
        private readonly IpAddress _ipv6;
        private readonly int _waitSeconds;

        /// <summary>An event that is its words alone.</summary>
        public EventLogEntry(DateTime at, EventKind kind, string message)
            : this(at, kind, message, null, null, null, IpAddress.None, IpAddress.None, 0)
        {
        }

        /// <summary>An update event; every part but text may be null, None or 0 (see <see cref="EventLogFormat.Message"/>).</summary>
        public EventLogEntry(DateTime at, EventKind kind, string text, string subject, ResultCode code, string detail, IpAddress ipv4, IpAddress ipv6, int waitSeconds)
        {
            _at = at;
            _kind = kind;
            _text = text;
            _subject = subject;
            _code = code;
            _detail = detail;
            _ipv4 = ipv4;
            _ipv6 = ipv6;
            _waitSeconds = waitSeconds;
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

        /// <summary>The words the line starts with ("update ", "update halted: "), or the whole message.</summary>
        public string Text
        {
            get { return _text; }
        }

        /// <summary>The hostname the event is about, or null.</summary>
        public string Subject
        {
            get { return _subject; }
        }

        /// <summary>The decided code, or null.</summary>
        public ResultCode Code
        {
            get { return _code; }
        }

        /// <summary>What came back, shown instead of the code's text (a server's quoted line, a transport's words), or null.</summary>
        public string Detail
        {
            get { return _detail; }
        }

        public IpAddress IPv4
        {
            get { return _ipv4; }
        }

        public IpAddress IPv6
        {
            get { return _ipv6; }
        }

        /// <summary>How long the agent waits before trying again, or 0.</summary>
        public int WaitSeconds
        {
            get { return _waitSeconds; }
        }

        /// <summary>
        /// Plain words for the user, in the words of the surface they are read on; never a secret. An update event
        /// is formatted on each read (allocates); a plain event is its text.
        /// </summary>
        public string Message(Vocabulary words)
        {
            return EventLogFormat.Message(this, words);
        }
    }
}
