using System;

namespace DdnsAgent.Status
{
    /// <summary>
    /// How an event line reads: "2026-11-24 10:00:00Z  warn  message". Formatted by hand so that the text
    /// is the same on the device and the host, whatever their culture settings.
    /// </summary>
    public static class EventLogFormat
    {
        /// <summary>Length of "yyyy-MM-dd HH:mm:ssZ".</summary>
        public const int TimestampLength = 20;

        // The kind columns are all eight characters wide, so the messages line up.
        private const string InfoColumn = "  info  ";
        private const string WarningColumn = "  warn  ";
        private const string ErrorColumn = "  error ";

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
