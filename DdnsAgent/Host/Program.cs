using System.Runtime.InteropServices;
using DdnsAgent.Host.Cli;

namespace DdnsAgent.Host;

/// <summary>The ddns-agent program: wires the process (streams, terminal, signals) to the command line.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        bool terminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var io = new ProgramIo(Console.In, Console.Out, Console.Error)
        {
            IsTerminal = terminal,
            Width = TerminalWidth,
            Keyboard = terminal && !Console.IsInputRedirected ? new TerminalKeyboard() : null,
        };
        using PosixSignalRegistration? interrupt = Register(PosixSignal.SIGINT, io.Interrupt);
        using PosixSignalRegistration? terminate = Register(PosixSignal.SIGTERM, io.Terminate);
        return Run(args, io, CancellationToken.None);
    }

    /// <summary>Runs the program in this process with the given streams (for tests); stop ends `run` and `console`.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken stop)
    {
        return Run(args, new ProgramIo(input, output, error), stop);
    }

    public static int Run(string[] args, ProgramIo io, CancellationToken stop)
    {
        try
        {
            return AgentCommandLine.Run(args, io, stop);
        }
        catch (Exception ex)
        {
            io.Error.WriteLine("ddns-agent: internal error: " + ex);
            return ExitCodes.InternalError;
        }
    }

    // A signal nobody takes keeps its default: the process ends.
    private static PosixSignalRegistration? Register(PosixSignal signal, SignalRelay relay)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, context => context.Cancel = relay.TryRaise());
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
