using System.Text;

namespace DdnsAgent.Host;

/// <summary>
/// Bounds what the host echoes back of a value it was given (a setting, an argument): a quoted value longer
/// than <see cref="MaxChars"/> characters is cut, so that a pasted certificate or a runaway line does not
/// flood the terminal or the journal, and says how long it was.
/// </summary>
public static class ValueEcho
{
    public const int MaxChars = 80;

    /// <summary>value itself when short; else its first characters, "...", and its length: at most <see cref="MaxChars"/> in all.</summary>
    public static string Bounded(string value)
    {
        if (value.Length <= MaxChars)
        {
            return value;
        }

        string tail = "... (" + value.Length + " characters)";
        int keep = MaxChars - tail.Length;
        if (char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        return value[..keep] + tail;
    }

    /// <summary>line with every '...' or "..." quoted part longer than <see cref="MaxChars"/> cut (see <see cref="Bounded"/>).</summary>
    public static string InLine(string line)
    {
        if (line.Length <= MaxChars)
        {
            return line;
        }

        StringBuilder? result = null;
        int copied = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char quote = line[i];
            if (quote != '\'' && quote != '"')
            {
                continue;
            }

            int close = line.IndexOf(quote, i + 1);
            if (close < 0)
            {
                close = line.Length;
            }

            if (close - i - 1 > MaxChars)
            {
                result ??= new StringBuilder(line.Length);
                result.Append(line, copied, i + 1 - copied).Append(Bounded(line.Substring(i + 1, close - i - 1)));
                copied = close;
            }

            i = close;
        }

        return result is null ? line : result.Append(line, copied, line.Length - copied).ToString();
    }
}
