namespace DdnsAgent.Engine
{
    /// <summary>
    /// Exponential back-off with jitter for transport failures and HTTP 5xx: 1, 2, 4, 8, 16, then 30 minutes,
    /// each stretched by up to a quarter at random (never past 30 minutes) so that many agents that failed
    /// together do not retry together.
    /// </summary>
    public sealed class Backoff
    {
        public const int FirstDelaySeconds = 60;
        public const int MaxDelaySeconds = 1800;

        private readonly Jitter _jitter;
        private int _failures;

        public Backoff(Jitter jitter)
        {
            _jitter = jitter;
        }

        /// <summary>Consecutive failures since the last success.</summary>
        public int Failures => _failures;

        /// <summary>Counts one more failure and returns how long to wait before the next attempt.</summary>
        public int NextDelaySeconds()
        {
            if (_failures < 16)
            {
                _failures++;
            }

            int delay = FirstDelaySeconds;
            for (int i = 1; i < _failures && delay < MaxDelaySeconds; i++)
            {
                delay *= 2;
            }

            if (delay > MaxDelaySeconds)
            {
                delay = MaxDelaySeconds;
            }

            delay += _jitter.Next(delay / 4 + 1);
            return delay > MaxDelaySeconds ? MaxDelaySeconds : delay;
        }

        public void Reset()
        {
            _failures = 0;
        }
    }
}
