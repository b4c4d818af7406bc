namespace DdnsAgent.Host.Cli;

/// <summary>Single keys from a terminal, with its echo off and Ctrl-C delivered as a key.</summary>
public interface IKeyboard
{
    /// <summary>Takes over the terminal: no echo, Ctrl-C as a key.</summary>
    void Begin();

    /// <summary>Waits for the next key.</summary>
    ConsoleKeyInfo ReadKey();

    /// <summary>Gives the terminal back as it was.</summary>
    void End();
}
