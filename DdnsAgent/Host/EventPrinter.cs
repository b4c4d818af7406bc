using DdnsAgent.Configuration;
using DdnsAgent.Ports;
using DdnsAgent.Status;

namespace DdnsAgent.Host;

/// <summary>
/// Prints the agent's events as they happen, one log line each, in the event log's own format:
/// "2026-11-24 10:00:00Z  info  message". Event messages never hold a secret (Core's rule), and no request
/// or header is ever printed. A long quoted value in a message is cut (<see cref="ValueEcho"/>). Settings and
/// commands are named in the words of the surface the user is on (<see cref="Words"/>).
/// </summary>
public sealed class EventPrinter
{
    private readonly HostOutput _output;
    private readonly IClock _clock;

    public EventPrinter(HostOutput output, IClock clock, Vocabulary words)
    {
        _output = output;
        _clock = clock;
        Words = words;
    }

    /// <summary>The settings file's words for `run` and `once`, the console's for `ddns-agent console`.</summary>
    public Vocabulary Words { get; }

    /// <summary>For <see cref="DdnsAgent.Engine.AgentEvents.Listener"/>.</summary>
    public void Print(EventLogEntry entry) => _output.Line(Format(entry.At, entry.Kind, entry.Message(Words)));

    /// <summary>A line from the host program itself, stamped now.</summary>
    public void Print(EventKind kind, string message) => _output.Line(Format(_clock.UtcNow, kind, message));

    public static string Format(DateTime at, EventKind kind, string message)
    {
        var stamp = new char[EventLogFormat.TimestampLength];
        EventLogFormat.FormatTimestamp(at, stamp);
        return string.Concat(new string(stamp), EventLogFormat.KindColumn(kind), ValueEcho.InLine(message));
    }
}
