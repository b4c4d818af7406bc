using System;
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Protocol;

namespace DdnsAgent.Status
{
    /// <summary>
    /// How an event line reads: "2026-11-24 10:00:00Z  warn  message", and how an update event's values become
    /// its message. Formatted by hand so that the text is the same on the device and the host, whatever their
    /// culture settings.
    /// </summary>
    public static class EventLogFormat
    {
        /// <summary>Length of "yyyy-MM-dd HH:mm:ssZ".</summary>
        public const int TimestampLength = 20;

        // The kind columns are all eight characters wide, so the messages line up.
        private const string InfoColumn = "  info  ";
        private const string WarningColumn = "  warn  ";
        private const string ErrorColumn = "  error ";

        /// <summary>The UTC time as "yyyy-MM-dd HH:mm:ssZ". Allocates.</summary>
        public static string Timestamp(DateTime at)
        {
            var text = new char[TimestampLength];
            FormatTimestamp(at, text);
            return new string(text);
        }

        /// <summary>Writes the UTC time as "yyyy-MM-dd HH:mm:ssZ" into the first <see cref="TimestampLength"/> chars of destination.</summary>
        public static void FormatTimestamp(DateTime at, char[] destination)
        {
            WriteDigits(destination, 0, at.Year, 4);
            destination[4] = '-';
            WriteDigits(destination, 5, at.Month, 2);
            destination[7] = '-';
            WriteDigits(destination, 8, at.Day, 2);
            destination[10] = ' ';
            WriteDigits(destination, 11, at.Hour, 2);
            destination[13] = ':';
            WriteDigits(destination, 14, at.Minute, 2);
            destination[16] = ':';
            WriteDigits(destination, 17, at.Second, 2);
            destination[19] = 'Z';
        }

        /// <summary>
        /// The event's words: its text, then (for an update) its <see cref="Problem"/>, then "; retrying in N min"
        /// when it waits. "update home.example.org: good 81.2.69.160", "update: home.example.org: 911: the
        /// provider has an outage...; retrying in 30 min". The code's meaning is in words' surface. Allocates,
        /// except for a plain event (its text as it is).
        /// </summary>
        public static string Message(EventLogEntry entry, Vocabulary words)
        {
            string body = Problem(entry, words);
            if (body.Length == 0)
            {
                return entry.Text ?? string.Empty;
            }

            return entry.WaitSeconds > 0
                ? string.Concat(new string[] { entry.Text ?? string.Empty, body, "; retrying in ", Minutes(entry.WaitSeconds) })
                : string.Concat(entry.Text ?? string.Empty, body);
        }

        /// <summary>
        /// An update event without its leading words and wait: the host, what came back (the code's text or the
        /// detail), the addresses sent, and for a failed code what it means in words' surface. "" for a plain
        /// event. Allocates.
        /// </summary>
        public static string Problem(EventLogEntry entry, Vocabulary words)
        {
            ResultCode code = entry.Code;
            string what = entry.Detail ?? (code == null ? null : code.Token);
            if (what == null && entry.Subject == null)
            {
                return string.Empty;
            }

            // Every slot holds a string: the device's Concat is not promised to take null.
            var parts = new string[] { string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty };
            if (entry.Subject != null)
            {
                parts[0] = entry.Subject;
                parts[1] = ": ";
            }

            parts[2] = what ?? string.Empty;
            if (!entry.IPv4.IsNone || !entry.IPv6.IsNone)
            {
                parts[3] = " ";
                parts[4] = Addresses(entry.IPv4, entry.IPv6);
            }

            if (code != null && code != ResultCode.None && code.Outcome > UpdateOutcome.NoChange)
            {
                parts[5] = ": ";
                parts[6] = code.Meaning(words);
            }

            return string.Concat(parts);
        }

        /// <summary>"90 s" below two minutes, else whole minutes: "30 min".</summary>
        public static string Minutes(int seconds)
        {
            return seconds < 120
                ? string.Concat(seconds.ToString(), " s")
                : string.Concat(((seconds + 30) / 60).ToString(), " min");
        }

        /// <summary>The text between the timestamp and the message, naming the kind.</summary>
        public static string KindColumn(EventKind kind)
        {
            switch (kind)
            {
                case EventKind.Warning: return WarningColumn;
                case EventKind.Error: return ErrorColumn;
                default: return InfoColumn;
            }
        }

        private static string Addresses(IpAddress ipv4, IpAddress ipv6)
        {
            if (ipv4.IsNone)
            {
                return ipv6.ToString();
            }

            return ipv6.IsNone ? ipv4.ToString() : string.Concat(ipv4.ToString(), ",", ipv6.ToString());
        }

        private static void WriteDigits(char[] destination, int offset, int value, int width)
        {
            for (int i = width - 1; i >= 0; i--)
            {
                destination[offset + i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
