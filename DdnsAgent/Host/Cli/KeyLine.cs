using System.Text;

namespace DdnsAgent.Host.Cli;

/// <summary>
/// Turns terminal keys into the bytes the shell's line editor takes, and keeps a copy of the line being
/// typed, only to notice `exit` (the shell itself has no such command: on the device there is nothing to leave).
/// </summary>
public sealed class KeyLine
{
    public const char CtrlD = '\u0004';
    private const byte CtrlC = 0x03;
    private const byte Backspace = 0x08;

    private readonly StringBuilder _typed = new();

    /// <summary>The byte for the line editor; 0 for keys it has no use for (arrows, function keys, non-ASCII).</summary>
    public static byte ByteOf(ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.Enter:
                return (byte)'\r';
            case ConsoleKey.Backspace:
            case ConsoleKey.Delete:
                return Backspace;
            case ConsoleKey.Tab:
                return (byte)'\t';
        }

        char c = key.KeyChar;
        return c == CtrlC || (c >= ' ' && c < 0x7F) ? (byte)c : (byte)0;
    }

    /// <summary>`exit` or `quit`, in any case, alone on the line.</summary>
    public static bool IsExit(string line)
    {
        string word = line.Trim();
        return word.Equals("exit", StringComparison.OrdinalIgnoreCase) || word.Equals("quit", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Follows the line with byte b; true when b is the Enter that completes `exit`.</summary>
    public bool CompletesExit(byte b)
    {
        if (b == (byte)'\r')
        {
            bool exit = IsExit(_typed.ToString());
            _typed.Clear();
            return exit;
        }

        if (b == Backspace)
        {
            _typed.Length = Math.Max(0, _typed.Length - 1);
        }
        else if (b == CtrlC)
        {
            _typed.Clear();
        }
        else
        {
            _typed.Append((char)b);
        }

        return false;
    }

    /// <summary>The line was thrown away (Ctrl-C from outside).</summary>
    public void Clear() => _typed.Clear();
}
