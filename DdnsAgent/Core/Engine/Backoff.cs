namespace DdnsAgent.Engine
{
    /// <summary>
    /// The one doubling rule for waits after failures in a row: first, 2x, 4x, ... never more than 30 minutes;
    /// and the jitter that stretches any wait after a failure by up to a quarter (also past 30 minutes: a fleet
    /// at the cap, or waiting out a 911, must not retry in step), so that many agents that failed together do
    /// not retry together.
    /// </summary>
    public static class Backoff
    {
        /// <summary>The first wait after a network failure or a server error.</summary>
        public const int FirstDelaySeconds = 60;

        public const int MaxDelaySeconds = 1800;

        /// <summary>first after one failure, doubled for each further failure in a row, at most <see cref="MaxDelaySeconds"/>.</summary>
        public static int DelaySeconds(int firstSeconds, int failures)
        {
            int delay = firstSeconds;
            for (int i = 1; i < failures && delay < MaxDelaySeconds; i++)
            {
                delay *= 2;
            }

            return delay > MaxDelaySeconds ? MaxDelaySeconds : delay;
        }

        /// <summary>delay plus up to a quarter of it at random.</summary>
        public static int Jittered(int delay, Jitter jitter)
        {
            return delay + jitter.Next((delay / 4) + 1);
        }
    }
}
