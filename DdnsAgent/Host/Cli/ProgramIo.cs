namespace DdnsAgent.Host.Cli;

/// <summary>
/// The standard streams as the program sees them. Tests hand in their own readers and writers; the real
/// process hands in the console's, says whether they are a terminal, and gives the keyboard when stdin is one.
/// </summary>
public sealed class ProgramIo
{
    public ProgramIo(TextReader input, TextWriter output, TextWriter error)
    {
        Input = input;
        Output = output;
        Error = error;
    }

    public TextReader Input { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>stdout and stderr are a terminal: `run` draws a status line, redraws happen in place.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>The terminal's width in columns.</summary>
    public Func<int> Width { get; init; } = () => 80;

    /// <summary>
    /// Keys typed on the terminal, when stdin is one: `console` then edits the line itself, so a password
    /// is echoed as stars. Null when stdin is a file or a pipe: `console` reads whole lines.
    /// </summary>
    public IKeyboard? Keyboard { get; init; }

    /// <summary>Ctrl-C (SIGINT).</summary>
    public SignalRelay Interrupt { get; } = new();

    /// <summary>SIGTERM (systemd's stop, `kill`).</summary>
    public SignalRelay Terminate { get; } = new();
}
