using System.Text;
using DdnsAgent.Ports;

namespace DdnsAgent.Host;

/// <summary>
/// The one way to the standard streams, so that log lines, the console shell's text and the terminal's
/// status line never cut into each other: every write takes the same lock. On a terminal the status line
/// sits on stderr below the log, redrawn in place; a log line arriving while the shell's prompt is open is
/// printed above it and the prompt is drawn again.
/// </summary>
public sealed class HostOutput
{
    private const string EraseLine = "\r\u001b[K";

    private readonly object _gate = new();
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly Func<int> _width;
    private readonly StringBuilder _openLine = new();
    private string? _status;
    private bool _statusDrawn;

    /// <param name="terminal">stdout and stderr are a terminal: status line and in-place redraws are wanted.</param>
    /// <param name="width">The terminal's width in columns (the status line is cut to fit).</param>
    public HostOutput(TextWriter output, TextWriter error, bool terminal, Func<int>? width = null)
    {
        _out = output;
        _error = error;
        _terminal = terminal;
        _width = width ?? (() => 80);
        Shell = new ShellSink(this);
    }

    public bool IsTerminal => _terminal;

    /// <summary>Where the console shell writes (prompts, answers, echo); its "\r\n" become the writer's line ends.</summary>
    public ITextSink Shell { get; }

    /// <summary>Prints one complete line on stdout, above the status line and any open prompt.</summary>
    public void Line(string line)
    {
        lock (_gate)
        {
            HideStatus();
            bool reopen = _openLine.Length > 0;
            if (reopen)
            {
                _out.Write(_terminal ? EraseLine : _out.NewLine);
            }

            _out.Write(line);
            _out.Write(_out.NewLine);
            if (reopen)
            {
                _out.Write(_openLine.ToString());
            }

            _out.Flush();
            DrawStatus();
        }
    }

    /// <summary>Prints a message for the user on stderr (usage errors, fatal problems).</summary>
    public void Problem(string message)
    {
        lock (_gate)
        {
            HideStatus();
            if (_openLine.Length > 0)
            {
                _out.Write(_out.NewLine);
                _out.Flush();
                _openLine.Clear();
            }

            _error.Write(ValueEcho.InLine(message));
            _error.Write(_error.NewLine);
            _error.Flush();
            DrawStatus();
        }
    }

    /// <summary>Ends a line the shell left open (its prompt), so that whatever follows starts on a line of its own.</summary>
    public void CloseOpenLine()
    {
        lock (_gate)
        {
            if (_openLine.Length > 0)
            {
                _out.Write(_out.NewLine);
                _out.Flush();
                _openLine.Clear();
            }
        }
    }

    /// <summary>Sets the status line's text (drawn only on a terminal); null removes the line.</summary>
    public void Status(string? text)
    {
        lock (_gate)
        {
            HideStatus();
            _status = text;
            DrawStatus();
        }
    }

    private void WriteShell(string text)
    {
        lock (_gate)
        {
            HideStatus();
            string normalized = text.Replace("\r\n", _out.NewLine, StringComparison.Ordinal);
            _out.Write(normalized);
            _out.Flush();
            int lastBreak = normalized.LastIndexOf('\n');
            if (lastBreak >= 0)
            {
                _openLine.Clear();
                _openLine.Append(normalized, lastBreak + 1, normalized.Length - lastBreak - 1);
            }
            else
            {
                _openLine.Append(normalized);
            }

            DrawStatus();
        }
    }

    private void HideStatus()
    {
        if (_statusDrawn)
        {
            _error.Write(EraseLine);
            _error.Flush();
            _statusDrawn = false;
        }
    }

    // Drawn only where it cannot collide with an open prompt; cut to the width so that \r returns to its start.
    private void DrawStatus()
    {
        if (!_terminal || _status is null || _openLine.Length > 0)
        {
            return;
        }

        int room = Math.Max(_width() - 1, 20);
        _error.Write(_status.Length > room ? _status[..(room - 3)] + "..." : _status);
        _error.Flush();
        _statusDrawn = true;
    }

    private sealed class ShellSink(HostOutput owner) : ITextSink
    {
        public void Write(string text) => owner.WriteShell(text);
    }
}
