using DdnsAgent.Status;

namespace DdnsAgent.Host;

/// <summary>
/// The host's status "LED": on a terminal, a status line redrawn in place below the log; otherwise (a
/// service, a pipe, the interactive console) a log line "status: ..." on each change, in the printer's words.
/// </summary>
public sealed class TerminalStatus : IStatusIndicator
{
    private readonly HostOutput _output;
    private readonly EventPrinter _printer;
    private readonly bool _statusLine;

    /// <param name="statusLine">Draw a status line; ignored when the output is not a terminal.</param>
    public TerminalStatus(HostOutput output, EventPrinter printer, bool statusLine)
    {
        _output = output;
        _printer = printer;
        _statusLine = statusLine && output.IsTerminal;
    }

    public void Show(LedState state, string detail)
    {
        string text = "status: " + (detail ?? LedStateText.Describe(state, _printer.Words));
        if (_statusLine)
        {
            _output.Status(text);
        }
        else
        {
            _printer.Print(EventKind.Info, text);
        }
    }

    /// <summary>Removes the status line (at exit), leaving the terminal as it was.</summary>
    public void Clear()
    {
        if (_statusLine)
        {
            _output.Status(null);
        }
    }
}
