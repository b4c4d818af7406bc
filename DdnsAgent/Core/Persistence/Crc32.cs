namespace DdnsAgent.Persistence
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum of zip and Ethernet.
    /// Table-driven; no call allocates. Start from <see cref="Seed"/>, <c>Append</c> bytes, then <see cref="Finish"/>,
    /// or use <see cref="Compute"/> for one block. CRC-32 detects every error of up to three bits in records of
    /// this size, and every burst of up to 32 bits, which is what a torn flash write or a flipped cell produces.
    /// </summary>
    public static class Crc32
    {
        /// <summary>The running value before the first byte.</summary>
        public const uint Seed = 0xFFFFFFFF;

        private const uint Polynomial = 0xEDB88320;

        // One entry per byte value; built once so that appending costs a lookup per byte.
        private static readonly uint[] Table = BuildTable();

        /// <summary>The CRC-32 of count bytes of data from offset.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Append(Seed, data, offset, count));
        }

        /// <summary>Adds count bytes of data from offset to a running value.</summary>
        public static uint Append(uint crc, byte[] data, int offset, int count)
        {
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = Table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        /// <summary>Adds one byte to a running value.</summary>
        public static uint Append(uint crc, byte value)
        {
            return Table[(crc ^ value) & 0xFF] ^ (crc >> 8);
        }

        /// <summary>Adds a 32-bit value, least significant byte first.</summary>
        public static uint Append(uint crc, uint value)
        {
            crc = Append(crc, (byte)value);
            crc = Append(crc, (byte)(value >> 8));
            crc = Append(crc, (byte)(value >> 16));
            return Append(crc, (byte)(value >> 24));
        }

        /// <summary>
        /// Adds text with ASCII letters folded to lower case, so "Home.Example.COM" and "home.example.com" agree.
        /// ASCII characters count one byte each; any other character counts as 0xFF and its two UTF-16 bytes,
        /// which no ASCII text can produce. A null text adds nothing.
        /// </summary>
        public static uint AppendLowercase(uint crc, string text)
        {
            if (text == null)
            {
                return crc;
            }

            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                if (c >= 'A' && c <= 'Z')
                {
                    crc = Append(crc, (byte)(c + ('a' - 'A')));
                }
                else if (c < 0x80)
                {
                    crc = Append(crc, (byte)c);
                }
                else
                {
                    crc = Append(crc, (byte)0xFF);
                    crc = Append(crc, (byte)(c >> 8));
                    crc = Append(crc, (byte)c);
                }
            }

            return crc;
        }

        /// <summary>Adds every UTF-16 code unit of text as two bytes: case and every character matter.</summary>
        public static uint AppendExact(uint crc, string text)
        {
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                crc = Append(crc, (byte)c);
                crc = Append(crc, (byte)(c >> 8));
            }

            return crc;
        }

        /// <summary>The final CRC from a running value.</summary>
        public static uint Finish(uint crc)
        {
            return ~crc;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
