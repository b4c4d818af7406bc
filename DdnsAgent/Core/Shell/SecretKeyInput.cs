using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>Recognises, without allocating, the moment a typed line becomes "set KEY " for a secret KEY.</summary>
    internal static class SecretKeyInput
    {
        /// <summary>
        /// True when line[0, length) is exactly "set KEY" followed by spaces (any case, any spacing), with
        /// KEY one of secretKeys (lower case): what is typed next is the secret value.
        /// </summary>
        public static bool StartsSecretValue(char[] line, int length, string[] secretKeys)
        {
            if (secretKeys == null)
            {
                return false;
            }

            int commandStart = AsciiWords.SkipSpaces(line, 0, length);
            int commandEnd = AsciiWords.WordEnd(line, commandStart, length);
            if (!AsciiWords.EqualsLower(line, commandStart, commandEnd - commandStart, "set"))
            {
                return false;
            }

            int keyStart = AsciiWords.SkipSpaces(line, commandEnd, length);
            int keyEnd = AsciiWords.WordEnd(line, keyStart, length);
            if (keyEnd == keyStart || keyEnd == length || AsciiWords.SkipSpaces(line, keyEnd, length) != length)
            {
                return false;
            }

            for (int i = 0; i < secretKeys.Length; i++)
            {
                if (secretKeys[i] != null && AsciiWords.EqualsLower(line, keyStart, keyEnd - keyStart, secretKeys[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
