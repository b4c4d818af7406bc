using DdnsAgent.Addressing;

namespace DdnsAgent.Dns
{
    /// <summary>
    /// Writes a DNS message into a caller's buffer, big-endian, without allocating. A write that does not fit
    /// is dropped and sets <see cref="Overflowed"/> for good, so a builder writes everything and checks once.
    /// Reuse one instance; <see cref="Reset"/> starts a new message.
    /// </summary>
    public sealed class DnsWriter
    {
        /// <summary>Compression pointers hold 14 bits, so only names in the first 16 KiB can be pointed at.</summary>
        public const int MaxPointerTarget = 0x3FFF;

        private byte[] _buffer;
        private int _position;
        private bool _overflowed;

        public byte[] Buffer => _buffer;
        public int Position => _position;
        public bool Overflowed => _overflowed;

        public void Reset(byte[] buffer)
        {
            _buffer = buffer;
            _position = 0;
            _overflowed = buffer == null;
        }

        /// <summary>Continues after the first length bytes already in the buffer.</summary>
        public void Reset(byte[] buffer, int length)
        {
            Reset(buffer);
            if (!_overflowed && length >= 0 && length <= buffer.Length)
            {
                _position = length;
            }
            else
            {
                _overflowed = true;
            }
        }

        public void WriteUInt8(int value)
        {
            if (Room(1))
            {
                _buffer[_position++] = (byte)value;
            }
        }

        public void WriteUInt16(int value)
        {
            if (Room(2))
            {
                _buffer[_position++] = (byte)(value >> 8);
                _buffer[_position++] = (byte)value;
            }
        }

        public void WriteUInt32(uint value)
        {
            if (Room(4))
            {
                _buffer[_position++] = (byte)(value >> 24);
                _buffer[_position++] = (byte)(value >> 16);
                _buffer[_position++] = (byte)(value >> 8);
                _buffer[_position++] = (byte)value;
            }
        }

        /// <summary>A 48-bit number, such as TSIG's time signed.</summary>
        public void WriteUInt48(long value)
        {
            WriteUInt16((int)(value >> 32));
            WriteUInt32((uint)value);
        }

        public void WriteBytes(byte[] source, int offset, int count)
        {
            if (Room(count))
            {
                for (int i = 0; i < count; i++)
                {
                    _buffer[_position++] = source[offset + i];
                }
            }
        }

        /// <summary>A whole valid name, uncompressed; lowerCase writes the canonical form.</summary>
        public void WriteName(string name, bool lowerCase)
        {
            if (Room(DnsName.WireLength(name)))
            {
                _position += DnsName.Write(name, _buffer, _position, lowerCase);
            }
        }

        /// <summary>The labels of name[0, count) without the final zero: a pointer to the rest must follow.</summary>
        public void WriteLabels(string name, int count)
        {
            if (count > 0 && Room(count + 1))
            {
                _position += DnsName.WriteLabels(name, count, _buffer, _position, false, false);
            }
        }

        /// <summary>The data of an A or AAAA record with its length: the address's 4 or 16 bytes, by its family.</summary>
        public void WriteAddressData(IpAddress address)
        {
            if (address.Family == AddressFamilyKind.IPv4)
            {
                WriteUInt16(4);
                WriteUInt32((uint)address.Low);
                return;
            }

            WriteUInt16(16);
            WriteUInt32((uint)(address.High >> 32));
            WriteUInt32((uint)address.High);
            WriteUInt32((uint)(address.Low >> 32));
            WriteUInt32((uint)address.Low);
        }

        /// <summary>A compression pointer to a name written earlier at target.</summary>
        public void WritePointer(int target)
        {
            if (target < 0 || target > MaxPointerTarget || target >= _position)
            {
                _overflowed = true;
                return;
            }

            WriteUInt16(0xC000 | target);
        }

        /// <summary>Overwrites a 16-bit value written earlier, such as a record's length once its data is known.</summary>
        public void PatchUInt16(int at, int value)
        {
            if (!_overflowed && at >= 0 && at + 2 <= _position)
            {
                _buffer[at] = (byte)(value >> 8);
                _buffer[at + 1] = (byte)value;
            }
        }

        private bool Room(int count)
        {
            if (_overflowed || count < 0 || _buffer.Length - _position < count)
            {
                _overflowed = true;
                return false;
            }

            return true;
        }
    }
}
