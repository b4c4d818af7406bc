namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Decides between restarting the agent loop and rebooting the board after an unexpected failure: a reboot
    /// once <c>maxFailures</c> failures fall within <c>windowMilliseconds</c>. A reboot also clears a fragmented
    /// heap, which a restarted loop cannot.
    /// </summary>
    public sealed class CrashGuard
    {
        private readonly long[] _failures;
        private readonly long _windowMilliseconds;
        private int _next;
        private int _count;

        public CrashGuard(int maxFailures, long windowMilliseconds)
        {
            _failures = new long[maxFailures];
            _windowMilliseconds = windowMilliseconds;
        }

        /// <summary>Records a failure at <paramref name="nowMilliseconds"/> (monotonic); true when the board should reboot.</summary>
        public bool RecordFailure(long nowMilliseconds)
        {
            _failures[_next] = nowMilliseconds;
            _next = (_next + 1) % _failures.Length;
            if (_count < _failures.Length)
            {
                _count++;
            }

            if (_count < _failures.Length)
            {
                return false;
            }

            // The ring is full: the slot after the newest holds the oldest of the last maxFailures failures.
            return nowMilliseconds - _failures[_next] <= _windowMilliseconds;
        }
    }
}
