using DdnsAgent.Text;

namespace DdnsAgent.Shell
{
    /// <summary>Which keys are secret, and recognises, without allocating, the moment a typed line becomes "set KEY " for one.</summary>
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

        /// <summary>The lower-case keys of settings whose values are secret, for the line editor to mask.</summary>
        public static string[] KeysOf(ISettingsConsole settings)
        {
            string[] keys = settings.Keys;
            if (keys == null)
            {
                return null;
            }

            int count = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] != null && settings.IsSecret(keys[i]))
                {
                    count++;
                }
            }

            var secret = new string[count];
            count = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] != null && settings.IsSecret(keys[i]))
                {
                    secret[count++] = Ascii.ToLower(keys[i], 0, keys[i].Length);
                }
            }

            return secret;
        }
    }
}
