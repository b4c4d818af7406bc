namespace DdnsAgent.Tests.Support
{
    /// <summary>A deterministic xorshift generator, so that "random" test input is the same on every run and platform.</summary>
    public sealed class PseudoRandom
    {
        private uint _state;

        public PseudoRandom(uint seed)
        {
            _state = seed == 0 ? 0x9E3779B9u : seed;
        }

        public uint NextUInt()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        public byte NextByte()
        {
            return (byte)(NextUInt() >> 24);
        }

        /// <summary>A value in [0, bound).</summary>
        public int Next(int bound)
        {
            return (int)(NextUInt() % (uint)bound);
        }
    }
}
