namespace DdnsAgent.Tests.Support
{
    /// <summary>Hex text to bytes and back, for test vectors written as hex.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>The bytes of hex text (two digits a byte, spaces ignored); fails the test on anything else.</summary>
        public static byte[] Bytes(string hex)
        {
            int digits = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] != ' ')
                {
                    digits++;
                }
            }

            var bytes = new byte[digits / 2];
            int at = 0;
            int high = -1;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] == ' ')
                {
                    continue;
                }

                int value = Digits.IndexOf(hex[i] >= 'A' && hex[i] <= 'F' ? (char)(hex[i] + 32) : hex[i]);
                if (value < 0)
                {
                    Expect.Fail(string.Concat("test data: not hex: ", hex));
                }

                if (high < 0)
                {
                    high = value;
                }
                else
                {
                    bytes[at++] = (byte)((high << 4) | value);
                    high = -1;
                }
            }

            return bytes;
        }

        /// <summary>Lower-case hex of data[offset, offset + count).</summary>
        public static string Of(byte[] data, int offset, int count)
        {
            var chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                chars[i * 2] = Digits[data[offset + i] >> 4];
                chars[(i * 2) + 1] = Digits[data[offset + i] & 0xF];
            }

            return new string(chars);
        }

        /// <summary>Hex text without its spaces, in lower case: spaced vectors compare with <see cref="Of(byte[], int, int)"/>.</summary>
        public static string Compact(string hex)
        {
            return Of(Bytes(hex));
        }

        public static string Of(byte[] data)
        {
            return Of(data, 0, data.Length);
        }

        /// <summary>Each character of ASCII text as one byte.</summary>
        public static byte[] Ascii(string text)
        {
            return TestText.Bytes(text);
        }
    }
}
