namespace DdnsAgent.Host.Cli;

/// <summary>
/// Where a signal goes (Ctrl-C, SIGTERM). Without a handler the program ends at once, the default: a single
/// run (`once`, `check`) has nothing to finish, since every state file is replaced in one rename. `run` and
/// `console` take the signals to finish the tick in progress and stop cleanly; the console takes Ctrl-C to
/// cancel its pending input.
/// </summary>
public sealed class SignalRelay
{
    private Action? _handler;

    /// <summary>Sends the signal to handler until the returned object is disposed.</summary>
    public IDisposable Redirect(Action handler)
    {
        Volatile.Write(ref _handler, handler);
        return new Restore(this);
    }

    /// <summary>True when a handler took the signal; false means: let it end the program.</summary>
    public bool TryRaise()
    {
        Action? handler = Volatile.Read(ref _handler);
        handler?.Invoke();
        return handler is not null;
    }

    private sealed class Restore(SignalRelay relay) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref relay._handler, null);
    }
}
