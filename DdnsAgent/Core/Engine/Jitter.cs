namespace DdnsAgent.Engine
{
    /// <summary>
    /// A small deterministic pseudo-random source (xorshift32) for the agent's spread: the first check after
    /// start, the check interval, the wait before an update and the jitter on waits. Seeded by the caller so that
    /// tests replay exactly; devices seed it from something that differs between boards. The seed is mixed
    /// first, so that neighbouring seeds (MAC addresses of one production batch) give unrelated streams.
    /// </summary>
    public sealed class Jitter
    {
        private uint _state;

        public Jitter(int seed)
        {
            Reseed(seed);
        }

        /// <summary>Starts the stream again from seed.</summary>
        public void Reseed(int seed)
        {
            uint mixed = Mix((uint)seed);
            _state = mixed == 0 ? 0x9E3779B9u : mixed;
        }

        /// <summary>A value in [0, bound) for bound &gt; 0, else 0.</summary>
        public int Next(int bound)
        {
            if (bound <= 0)
            {
                return 0;
            }

            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            return (int)(_state % (uint)bound);
        }

        /// <summary>
        /// A well-stirred function of value (the 32-bit finaliser of MurmurHash3): values that differ in one bit
        /// give results that differ in about half of theirs. Used for numbers fixed per device.
        /// </summary>
        public static uint Mix(uint value)
        {
            value ^= value >> 16;
            value *= 0x85EBCA6Bu;
            value ^= value >> 13;
            value *= 0xC2B2AE35u;
            value ^= value >> 16;
            return value;
        }
    }
}
