using System;
using DdnsAgent.Addressing;

namespace DdnsAgent.Persistence
{
    /// <summary>
    /// The addresses one record had registered before its current one, each with the time it was replaced,
    /// oldest first: the scheduler tells a new address from one flapping back, and counts the changes of the
    /// last hour, from this. Kept as a CRC-32 of the address (a collision can only make a new address look like
    /// a repeat, which then waits the spacing: the safe side) and whole seconds since 2000, so that a record's
    /// history fits 68 bytes of flash. Holds the last <see cref="Capacity"/> changes; the scheduler never lets
    /// more than that happen within an hour.
    /// </summary>
    public sealed class AddressHistory
    {
        public const int Capacity = 8;

        /// <summary>2000-01-01T00:00:00Z in ticks: second 0 of the stored times.</summary>
        public const long EpochTicks = 630822816000000000;

        private const long TicksPerSecond = 10000000;

        private readonly uint[] _hashes = new uint[Capacity];
        private readonly uint[] _seconds = new uint[Capacity];
        private int _count;

        public int Count => _count;

        /// <summary>The stored hash of entry index (0 is the oldest).</summary>
        public uint HashAt(int index) => _hashes[index];

        /// <summary>The stored time of entry index, in seconds since 2000.</summary>
        public uint SecondsAt(int index) => _seconds[index];

        /// <summary>When entry index was replaced.</summary>
        public DateTime ReplacedAt(int index) => FromSeconds(_seconds[index]);

        /// <summary>The hash under which an address is kept: CRC-32 of its family and 16 bytes.</summary>
        public static uint HashOf(IpAddress address)
        {
            uint crc = Crc32.Append(Crc32.Seed, (byte)address.Family);
            crc = Crc32.Append(crc, (uint)(address.High >> 32));
            crc = Crc32.Append(crc, (uint)address.High);
            crc = Crc32.Append(crc, (uint)(address.Low >> 32));
            crc = Crc32.Append(crc, (uint)address.Low);
            return Crc32.Finish(crc);
        }

        /// <summary>Remembers that replaced stopped being the registered address at time at; the oldest entry goes when full.</summary>
        public void Add(IpAddress replaced, DateTime at)
        {
            Append(HashOf(replaced), ToSeconds(at));
        }

        /// <summary>True when address was replaced at or after since (it was registered then).</summary>
        public bool Contains(IpAddress address, DateTime since)
        {
            uint hash = HashOf(address);
            uint from = ToSeconds(since);
            for (int i = 0; i < _count; i++)
            {
                if (_hashes[i] == hash && _seconds[i] >= from)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many changes happened at or after since.</summary>
        public int CountSince(DateTime since)
        {
            uint from = ToSeconds(since);
            int count = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_seconds[i] >= from)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The time of the oldest change at or after since; <see cref="DateTime.MinValue"/> when there is none.</summary>
        public DateTime OldestSince(DateTime since)
        {
            uint from = ToSeconds(since);
            for (int i = 0; i < _count; i++)
            {
                if (_seconds[i] >= from)
                {
                    return FromSeconds(_seconds[i]);
                }
            }

            return DateTime.MinValue;
        }

        public void Clear()
        {
            for (int i = 0; i < Capacity; i++)
            {
                _hashes[i] = 0;
                _seconds[i] = 0;
            }

            _count = 0;
        }

        public void CopyFrom(AddressHistory other)
        {
            for (int i = 0; i < Capacity; i++)
            {
                _hashes[i] = other._hashes[i];
                _seconds[i] = other._seconds[i];
            }

            _count = other._count;
        }

        /// <summary>Adds an entry as stored (the state codec's way in); the oldest entry goes when full.</summary>
        internal void Append(uint hash, uint seconds)
        {
            if (_count == Capacity)
            {
                for (int i = 1; i < Capacity; i++)
                {
                    _hashes[i - 1] = _hashes[i];
                    _seconds[i - 1] = _seconds[i];
                }

                _count--;
            }

            _hashes[_count] = hash;
            _seconds[_count] = seconds;
            _count++;
        }

        /// <summary>Whole seconds since 2000, clamped to what 32 bits hold (a clock before 2000 counts as 2000).</summary>
        public static uint ToSeconds(DateTime time)
        {
            long seconds = (time.Ticks - EpochTicks) / TicksPerSecond;
            return seconds <= 0 ? 0 : (seconds >= uint.MaxValue ? uint.MaxValue : (uint)seconds);
        }

        public static DateTime FromSeconds(uint seconds)
        {
            return new DateTime(EpochTicks + ((long)seconds * TicksPerSecond));
        }
    }
}
