namespace DdnsAgent.Engine
{
    /// <summary>
    /// A small deterministic pseudo-random source (xorshift32) for retry jitter. Seeded by the caller so
    /// that tests replay exactly; devices seed it from something that differs between boards.
    /// </summary>
    public sealed class Jitter
    {
        private uint _state;

        public Jitter(int seed)
        {
            _state = seed == 0 ? 0x9E3779B9u : (uint)seed;
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
    }
}
