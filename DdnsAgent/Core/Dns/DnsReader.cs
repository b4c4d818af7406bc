using DdnsAgent.Text;

namespace DdnsAgent.Dns
{
    /// <summary>
    /// Reads a received DNS message from the front, never past its length and never throwing: a read that
    /// does not fit sets <see cref="Failed"/> for good and returns 0, so a parser reads a whole record and
    /// checks once. Names may be compressed (RFC 1035, 4.1.4); a pointer must point backwards, so a crafted
    /// message cannot make a loop. Reuse one instance; <see cref="Reset"/> starts on a new message.
    /// </summary>
    public sealed class DnsReader
    {
        private byte[] _message;
        private int _length;
        private int _position;
        private bool _failed;

        public int Position => _position;
        public int Length => _length;
        public bool Failed => _failed;
        public int Remaining => _length - _position;

        /// <summary>Starts reading message[0, length). A length outside the buffer makes every read fail.</summary>
        public void Reset(byte[] message, int length)
        {
            _message = message;
            _position = 0;
            bool valid = message != null && length >= 0 && length <= message.Length;
            _length = valid ? length : 0;
            _failed = !valid;
        }

        public void Seek(int position)
        {
            if (position < 0 || position > _length)
            {
                _failed = true;
                return;
            }

            _position = position;
        }

        public int ReadUInt8()
        {
            if (!Has(1))
            {
                return 0;
            }

            return _message[_position++];
        }

        public int ReadUInt16()
        {
            if (!Has(2))
            {
                return 0;
            }

            int value = (_message[_position] << 8) | _message[_position + 1];
            _position += 2;
            return value;
        }

        public uint ReadUInt32()
        {
            if (!Has(4))
            {
                return 0;
            }

            uint value = ((uint)_message[_position] << 24) | ((uint)_message[_position + 1] << 16)
                | ((uint)_message[_position + 2] << 8) | _message[_position + 3];
            _position += 4;
            return value;
        }

        /// <summary>A 48-bit number, such as TSIG's time signed.</summary>
        public long ReadUInt48()
        {
            long high = ReadUInt16();
            return (high << 32) | ReadUInt32();
        }

        public void Skip(int count)
        {
            if (count < 0 || !Has(count))
            {
                _failed = true;
                return;
            }

            _position += count;
        }

        /// <summary>Moves past a name; a compressed name ends at its first pointer.</summary>
        public void SkipName()
        {
            int wire = 0;
            while (!_failed)
            {
                int length = ReadUInt8();
                if (_failed || length == 0)
                {
                    return;
                }

                if ((length & 0xC0) == 0xC0)
                {
                    ReadUInt8();
                    return;
                }

                wire += length + 1;
                if ((length & 0xC0) != 0 || wire > DnsName.MaxWireLength)
                {
                    _failed = true;
                    return;
                }

                Skip(length);
            }
        }

        /// <summary>
        /// Whether the name at the current position is the text name (case ignored, final dot optional),
        /// following pointers; moves past the name either way. A malformed name sets <see cref="Failed"/>.
        /// </summary>
        public bool ReadNameEquals(string text)
        {
            int start = _position;
            bool equal = NameEquals(start, text);
            _position = start;
            SkipName();
            return equal && !_failed;
        }

        private bool NameEquals(int at, string text)
        {
            int textEnd = DnsName.TextEnd(text);
            int textPos = 0;
            int wire = 0;
            bool mismatch = false;
            int limit = at; // a pointer must point before the label that holds it
            while (true)
            {
                if (at >= _length)
                {
                    _failed = true;
                    return false;
                }

                int length = _message[at];
                if ((length & 0xC0) == 0xC0)
                {
                    if (at + 1 >= _length)
                    {
                        _failed = true;
                        return false;
                    }

                    int target = ((length & 0x3F) << 8) | _message[at + 1];
                    if (target >= limit)
                    {
                        _failed = true;
                        return false;
                    }

                    at = target;
                    limit = target;
                    continue;
                }

                if ((length & 0xC0) != 0)
                {
                    _failed = true;
                    return false;
                }

                if (length == 0)
                {
                    return !mismatch && textPos >= textEnd;
                }

                wire += length + 1;
                if (wire > DnsName.MaxWireLength || at + 1 + length > _length)
                {
                    _failed = true;
                    return false;
                }

                // The label must match the next text label and be followed by a dot or the end of the text.
                // After a mismatch the rest is walked only to check that it is well formed.
                bool labelMatches = !mismatch && textPos + length <= textEnd && (textPos + length == textEnd || text[textPos + length] == '.');
                for (int i = 0; labelMatches && i < length; i++)
                {
                    char c = text[textPos + i];
                    labelMatches = c != '.' && Ascii.ToLower(_message[at + 1 + i]) == Ascii.ToLower(c);
                }

                mismatch = !labelMatches;
                textPos += length + 1;

                at += length + 1;
            }
        }

        private bool Has(int count)
        {
            if (_failed || _length - _position < count)
            {
                _failed = true;
                return false;
            }

            return true;
        }
    }
}
