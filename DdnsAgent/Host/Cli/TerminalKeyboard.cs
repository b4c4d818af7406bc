namespace DdnsAgent.Host.Cli;

/// <summary>The process's own terminal.</summary>
public sealed class TerminalKeyboard : IKeyboard
{
    private bool _ctrlCWasInput;

    public void Begin()
    {
        _ctrlCWasInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
    }

    public ConsoleKeyInfo ReadKey() => Console.ReadKey(intercept: true);

    public void End() => Console.TreatControlCAsInput = _ctrlCWasInput;
}
