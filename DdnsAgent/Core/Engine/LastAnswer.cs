namespace DdnsAgent.Engine
{
    /// <summary>
    /// The provider's last answer, kept verbatim (up to a bound) for `status`, so the user sees the exact
    /// code rather than "update failed". Copied into a fixed buffer: remembering it allocates nothing.
    /// </summary>
    public sealed class LastAnswer
    {
        public const int Capacity = 256;

        private readonly byte[] _text = new byte[Capacity];
        private int _length;

        public int Length => _length;

        public int HttpStatus { get; private set; }

        public void Remember(int httpStatus, byte[] body, int length)
        {
            HttpStatus = httpStatus;
            _length = length < Capacity ? length : Capacity;
            for (int i = 0; i < _length; i++)
            {
                _text[i] = body[i];
            }
        }

        public void Clear()
        {
            _length = 0;
            HttpStatus = 0;
        }

        /// <summary>The answer as text, line breaks shown as " | " and other control bytes as '?'. Allocates.</summary>
        public string ToDisplayText()
        {
            var chars = new char[_length * 3];
            int n = 0;
            for (int i = 0; i < _length; i++)
            {
                byte b = _text[i];
                if (b == (byte)'\n')
                {
                    if (i + 1 < _length)
                    {
                        chars[n++] = ' ';
                        chars[n++] = '|';
                        chars[n++] = ' ';
                    }
                }
                else if (b != (byte)'\r')
                {
                    chars[n++] = b >= 0x20 && b < 0x7F ? (char)b : '?';
                }
            }

            return new string(chars, 0, n);
        }
    }
}
