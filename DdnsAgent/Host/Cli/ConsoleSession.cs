using DdnsAgent.Configuration;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Host.Configuration;
using DdnsAgent.Shell;
using DdnsAgent.Status;

namespace DdnsAgent.Host.Cli;

/// <summary>
/// `console`: the agent's shell on this terminal while the agent keeps running in the background. From a
/// terminal, keys go to the shell's line editor as UTF-8 (it masks passwords as they are typed); from a
/// file or a pipe, whole lines go to the shell. Ctrl-C cancels the pending input; `exit` or Ctrl-D leaves,
/// asking first when the draft holds changes not saved to the settings file, and the agent stops with the
/// console. At the end of piped input there is nobody to ask: unsaved changes are named on stderr. `reboot`
/// builds the agent again from the files.
/// </summary>
public sealed class ConsoleSession : IHostConsole
{
    private readonly HostPaths _paths;
    private readonly ProgramIo _io;
    private readonly HostOutput _output;
    private readonly EventPrinter _printer;
    private readonly TerminalStatus _status;
    private readonly object _shellGate = new();
    private readonly KeyLine _keys = new();
    private HostAgent? _agent;
    private volatile bool _leaving;
    private Thread? _loop;
    private CancellationTokenSource? _loopStop;

    private ConsoleSession(HostPaths paths, ProgramIo io)
    {
        _paths = paths;
        _io = io;
        _output = new HostOutput(io.Output, io.Error, io.IsTerminal, io.Width);
        _printer = new EventPrinter(_output, new SystemClock(), Vocabulary.HostConsole);
        _status = new TerminalStatus(_output, _printer, statusLine: false);
    }

    /// <summary>Runs the console until the input ends; 0, or 1 when the state directory cannot be used.</summary>
    public static int Run(HostPaths paths, ProgramIo io, CancellationToken stop)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var onTerminate = io.Terminate.Redirect(stopping.Cancel);
        return new ConsoleSession(paths, io).Run(stopping.Token);
    }

    private int Run(CancellationToken stop)
    {
        if (!TryStartAgent())
        {
            return ExitCodes.SettingsProblem;
        }

        try
        {
            _output.Line("the agent runs while this console is open; Ctrl-D or `exit` leaves and stops it");
            lock (_shellGate)
            {
                _agent!.Runtime.Shell.Start();
            }

            using var onInterrupt = _io.Interrupt.Redirect(Cancel);
            if (_io.Keyboard is { } keyboard)
            {
                ReadKeys(keyboard, stop);
            }
            else
            {
                ReadLines(stop);
            }

            _output.CloseOpenLine();
            return ExitCodes.Ok;
        }
        finally
        {
            StopAgent();
            _printer.Print(EventKind.Info, "stopped");
        }
    }

    private void ReadLines(CancellationToken stop)
    {
        while (!_leaving && Wait(Task.Run(_io.Input.ReadLine), stop, out string? line))
        {
            if (line is null)
            {
                WarnUnsaved();
                return;
            }

            if (!Execute(() => _agent!.Runtime.Shell.Execute(line)))
            {
                return;
            }
        }
    }

    private void ReadKeys(IKeyboard keyboard, CancellationToken stop)
    {
        keyboard.Begin();
        try
        {
            while (!_leaving && Wait(Task.Run(keyboard.ReadKey), stop, out ConsoleKeyInfo key))
            {
                if (key.KeyChar == KeyLine.CtrlD)
                {
                    if (!Execute(() => _agent!.Runtime.Shell.EndOfInput()))
                    {
                        return;
                    }

                    continue;
                }

                foreach (byte b in _keys.BytesOf(key))
                {
                    if (!Execute(() => _agent!.Runtime.Shell.Feed(b)) || _leaving)
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            keyboard.End();
        }
    }

    /// <summary>The keys whose draft values differ from the settings file as it is now ("hostnames, password"), or null.</summary>
    public string? UnsavedChanges()
    {
        var file = new CaFileSettingsStore(new JsonSettingsStore(_paths.ConfigFile), _paths.ConfigFile);
        Settings stored = file.TryLoad(out Settings? loaded, out _) ? loaded : new Settings();
        return SettingsCompare.ChangedKeys(stored, _agent!.Runtime.Settings.Draft, Vocabulary.HostConsole);
    }

    public void Leave() => _leaving = true;

    public bool TryReadCaFile(string path, out string text, out string problem)
    {
        bool read = _agent!.CaFiles.TryReadForConsole(path, out string? pem, out string? why);
        text = pem ?? string.Empty;
        problem = why ?? string.Empty;
        return read;
    }

    // End of piped input: nobody can be asked, so the changes that are lost are named.
    private void WarnUnsaved()
    {
        string? unsaved;
        lock (_shellGate)
        {
            unsaved = UnsavedChanges();
        }

        if (unsaved is not null)
        {
            _output.Problem("ddns-agent: the input ended with unsaved changes to " + unsaved + "; nothing of them was saved (end the input with `save` to keep them)");
        }
    }

    // False when a `reboot` could not build the agent again: the console ends.
    private bool Execute(Action shellStep)
    {
        lock (_shellGate)
        {
            shellStep();
        }

        _agent!.Wake();
        if (!_agent.RestartRequested)
        {
            return true;
        }

        StopAgent();
        return TryStartAgent();
    }

    private void Cancel()
    {
        lock (_shellGate)
        {
            _agent?.Runtime.Shell.Cancel();
        }
    }

    private bool TryStartAgent()
    {
        _printer.Print(EventKind.Info, AgentCommands.Greeting(_paths));
        if (!HostAgent.TryCreate(_paths, _output, _status, _printer, Vocabulary.HostConsole, out HostAgent? agent, out string? problem))
        {
            _output.Problem("ddns-agent: " + problem);
            return false;
        }

        if (!agent.Start())
        {
            _output.Line("no settings in force yet: `set` them and `save` (`help set` lists them)");
        }

        agent.Runtime.Shell.Words = Vocabulary.HostConsole;
        agent.Runtime.Shell.Host = this;
        var loopStop = new CancellationTokenSource();
        var loop = new Thread(() => agent.RunLoop(loopStop.Token)) { IsBackground = true, Name = "agent loop" };
        lock (_shellGate)
        {
            _agent = agent;
            _loopStop = loopStop;
            _loop = loop;
        }

        loop.Start();
        return true;
    }

    private void StopAgent()
    {
        _loopStop?.Cancel();
        _loop?.Join();
        _agent?.Dispose();
        _loopStop?.Dispose();
        _loopStop = null;
        _loop = null;
        _agent = null;
    }

    // Waits for a blocking read without blocking the stop: false when stop came first.
    private static bool Wait<T>(Task<T> read, CancellationToken stop, out T value)
    {
        try
        {
            read.Wait(stop);
            value = read.Result;
            return true;
        }
        catch (OperationCanceledException)
        {
            value = default!;
            return false;
        }
    }
}
