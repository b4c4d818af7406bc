using DdnsAgent.Persistence;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// What keeps a fleet from moving in step: every wait of the scheduler that many devices could share gets a
    /// random part of its own, drawn from one deterministic stream seeded per device. The seed is the platform's
    /// (the device's MAC) or, where the platform only has a random one (the host), the first one ever given, kept
    /// in the state, so that a device keeps its place in the fleet across restarts.
    /// </summary>
    public sealed class Spread
    {
        /// <summary>The forced refresh comes at most this much before refresh.days (at most half the period).</summary>
        public const int MaxRefreshLeadSeconds = 48 * 3600;

        private readonly int _platformSeed;
        private readonly bool _seedIsRandom;

        public Spread(int platformSeed, bool seedIsRandom)
        {
            _platformSeed = platformSeed;
            _seedIsRandom = seedIsRandom;
            Seed = platformSeed;
            Jitter = new Jitter(platformSeed);
        }

        /// <summary>The stream every draw comes from.</summary>
        public Jitter Jitter { get; }

        /// <summary>The seed in use: the platform's until <see cref="Adopt"/> has read the state.</summary>
        public int Seed { get; private set; }

        /// <summary>Takes the seed to use from the loaded state, or puts the platform's into it; restarts the stream.</summary>
        public void Adopt(AgentState state)
        {
            Seed = _seedIsRandom && state.Seed != 0 ? state.Seed : _platformSeed;
            state.Seed = Seed;
            Jitter.Reseed(Seed);
        }

        /// <summary>The wait before the first check after a start: 0 to start.delay seconds.</summary>
        public int StartDelaySeconds(AgentSetup setup)
        {
            return Jitter.Next(setup.StartDelaySeconds + 1);
        }

        /// <summary>The check interval, stretched or shortened by up to a tenth.</summary>
        public int IntervalSeconds(AgentSetup setup)
        {
            int interval = setup.CheckIntervalSeconds;
            int tenth = interval / 10;
            return interval - tenth + Jitter.Next((2 * tenth) + 1);
        }

        /// <summary>The wait after a failure: what the decision asked, never shorter than the spacing (a retry is a repeat), plus up to a quarter.</summary>
        public int RetryDelaySeconds(int waitSeconds)
        {
            return Backoff.Jittered(waitSeconds > Agent.MinUpdateSpacingSeconds ? waitSeconds : Agent.MinUpdateSpacingSeconds, Jitter);
        }

        /// <summary>How long before refresh.days a device with this seed refreshes: a fixed offset in [0, 48 h), at most half the period.</summary>
        public static int RefreshLeadSeconds(int seed, int refreshDays)
        {
            int window = refreshDays * 43200;
            window = window < MaxRefreshLeadSeconds ? window : MaxRefreshLeadSeconds;
            return window <= 0 ? 0 : (int)(Jitter.Mix((uint)seed ^ 0x5EED0F57u) % (uint)window);
        }
    }
}
