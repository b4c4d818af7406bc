namespace DdnsAgent.Text
{
    /// <summary>
    /// Appends ASCII text to a caller-owned byte buffer without allocating. Writing past the end never
    /// throws: the writer stops writing for good and remembers it, so a caller appends everything and checks
    /// <see cref="Overflowed"/> once. Reuse one instance per buffer; <see cref="Reset(byte[])"/> rewinds it.
    /// </summary>
    public sealed class AsciiWriter
    {
        private const string HexDigits = "0123456789ABCDEF";

        private byte[] _buffer;
        private int _start;
        private int _position;
        private int _limit;
        private bool _overflowed;
        private readonly byte[] _scalar = new byte[Utf8.MaxBytesPerChar];

        public AsciiWriter() { }

        public AsciiWriter(byte[] buffer)
        {
            Reset(buffer);
        }

        /// <summary>Bytes written since the last reset.</summary>
        public int Length => _position - _start;

        /// <summary>True once an append did not fit; what did not fit was not written.</summary>
        public bool Overflowed => _overflowed;

        public void Reset(byte[] buffer)
        {
            Reset(buffer, 0, buffer == null ? 0 : buffer.Length);
        }

        /// <summary>Writes from <paramref name="offset"/> on, never past offset + capacity.</summary>
        public void Reset(byte[] buffer, int offset, int capacity)
        {
            _buffer = buffer;
            _start = offset;
            _position = offset;
            _limit = offset + capacity;
            _overflowed = false;
        }

        public void Append(byte value)
        {
            if (_overflowed || _position >= _limit)
            {
                _overflowed = true;
                return;
            }

            _buffer[_position++] = value;
        }

        /// <summary>Appends ASCII text as is; a character outside ASCII is written as '?'.</summary>
        public void Append(string text)
        {
            if (text == null)
            {
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                Append(c < 0x80 ? (byte)c : (byte)'?');
            }
        }

        public void Append(byte[] source, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                Append(source[offset + i]);
            }
        }

        /// <summary>Appends a whole number in base 10, with a '-' when negative.</summary>
        public void AppendDecimal(int value)
        {
            if (value < 0)
            {
                Append((byte)'-');
            }

            // Digits from the most significant, without a scratch buffer; works for int.MinValue too.
            int divisor = 1;
            while (value / divisor >= 10 || value / divisor <= -10)
            {
                divisor *= 10;
            }

            while (divisor > 0)
            {
                int digit = (value / divisor) % 10;
                Append((byte)('0' + (digit < 0 ? -digit : digit)));
                divisor /= 10;
            }
        }

        /// <summary>
        /// Appends text as one URL query value: its UTF-8 bytes, each byte outside the RFC 3986 unreserved
        /// set (letters, digits, '-', '.', '_', '~') as %XX with upper-case hex. A surrogate code unit is
        /// encoded as U+FFFD, the same on the device and the host (see <see cref="Utf8"/>).
        /// </summary>
        public void AppendPercentEncoded(string text)
        {
            if (text == null)
            {
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                int count = Utf8.WriteChar(Utf8.ReadChar(text, i), _scalar, 0);
                for (int k = 0; k < count; k++)
                {
                    AppendEncodedByte(_scalar[k]);
                }
            }
        }

        private void AppendEncodedByte(int value)
        {
            if (Ascii.IsUnreserved(value))
            {
                Append((byte)value);
                return;
            }

            // All three bytes or none, so an overflow never leaves half an escape behind.
            if (_overflowed || _position + 3 > _limit)
            {
                _overflowed = true;
                return;
            }

            _buffer[_position++] = (byte)'%';
            _buffer[_position++] = (byte)HexDigits[(value >> 4) & 0xF];
            _buffer[_position++] = (byte)HexDigits[value & 0xF];
        }
    }
}
