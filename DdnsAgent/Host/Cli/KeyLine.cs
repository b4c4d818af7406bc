using System.Text;

namespace DdnsAgent.Host.Cli;

/// <summary>
/// Turns terminal keys into the bytes a serial terminal would send the shell's line editor: UTF-8, so
/// that "ö" reaches the editor as the same two bytes as on the device's serial console. A character beyond
/// U+FFFF arrives as two keys (a surrogate pair) and is sent as its four bytes once both have come; a lone
/// half is sent as bytes that are not UTF-8, so the editor refuses the line instead of changing it.
/// </summary>
public sealed class KeyLine
{
    public const char CtrlD = '\u0004';
    private const byte CtrlC = 0x03;
    private const byte Backspace = 0x08;

    // Bytes the editor refuses as not UTF-8: the stand-in for half a surrogate pair.
    private static readonly byte[] NotUtf8 = { 0xFF };

    private char _highSurrogate;

    /// <summary>The bytes for the line editor (none for keys it has no use for: arrows, function keys).</summary>
    public byte[] BytesOf(ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.Enter:
                return Single((byte)'\r');
            case ConsoleKey.Backspace:
            case ConsoleKey.Delete:
                return Single(Backspace);
            case ConsoleKey.Tab:
                return Single((byte)'\t');
        }

        char c = key.KeyChar;
        char high = _highSurrogate;
        _highSurrogate = '\0';
        if (char.IsHighSurrogate(c))
        {
            _highSurrogate = c;
            return high == '\0' ? [] : NotUtf8;
        }

        if (char.IsLowSurrogate(c))
        {
            return high == '\0' ? NotUtf8 : Encoding.UTF8.GetBytes(new string(new[] { high, c }));
        }

        byte[] before = high == '\0' ? [] : NotUtf8;
        if (c == CtrlC || (c >= ' ' && c != '\u007f'))
        {
            return [.. before, .. Encoding.UTF8.GetBytes(c.ToString())];
        }

        return before;
    }

    private static byte[] Single(byte b) => [b];
}
