namespace DdnsAgent.Text
{
    /// <summary>
    /// Turns the bytes of a UTF-8 stream (a terminal) into characters, one byte at a time, without
    /// allocating. It is strict: overlong forms, encoded surrogates, stray continuation bytes and bytes that
    /// never occur in UTF-8 are <see cref="Invalid"/>, never guessed at; a character beyond U+FFFF is
    /// reported as <see cref="BeyondBmp"/>, since Core keeps only the Basic Multilingual Plane.
    /// </summary>
    public sealed class Utf8Decoder
    {
        /// <summary>The byte began or continued a sequence that is not complete yet.</summary>
        public const int NeedMore = -1;

        /// <summary>The byte is not valid UTF-8 here; the sequence it belonged to is dropped.</summary>
        public const int Invalid = -2;

        /// <summary>A valid 4-byte sequence: a character outside the Basic Multilingual Plane.</summary>
        public const int BeyondBmp = -3;

        private int _value;
        private int _remaining;
        private int _minimum;
        private bool _beyondBmp;

        /// <summary>True while a multi-byte sequence waits for its continuation bytes.</summary>
        public bool InSequence
        {
            get { return _remaining > 0; }
        }

        /// <summary>Forgets an unfinished sequence.</summary>
        public void Reset()
        {
            _remaining = 0;
        }

        /// <summary>The character completed by b (0 to 0xFFFF), or <see cref="NeedMore"/>, <see cref="Invalid"/> or <see cref="BeyondBmp"/>.</summary>
        public int Feed(byte b)
        {
            if (_remaining > 0)
            {
                if ((b & 0xC0) != 0x80)
                {
                    _remaining = 0;
                    return Invalid;
                }

                _value = (_value << 6) | (b & 0x3F);
                if (--_remaining > 0)
                {
                    return NeedMore;
                }

                if (_value < _minimum || (_value >= 0xD800 && _value <= 0xDFFF) || _value > 0x10FFFF)
                {
                    return Invalid;
                }

                return _beyondBmp ? BeyondBmp : _value;
            }

            if (b < 0x80)
            {
                return b;
            }

            if (b >= 0xC2 && b <= 0xDF)
            {
                return Begin(b & 0x1F, 1, 0x80, false);
            }

            if (b >= 0xE0 && b <= 0xEF)
            {
                return Begin(b & 0x0F, 2, 0x800, false);
            }

            return b >= 0xF0 && b <= 0xF4 ? Begin(b & 0x07, 3, 0x10000, true) : Invalid;
        }

        private int Begin(int value, int remaining, int minimum, bool beyondBmp)
        {
            _value = value;
            _remaining = remaining;
            _minimum = minimum;
            _beyondBmp = beyondBmp;
            return NeedMore;
        }

    }
}
