using System;
using DdnsAgent.Configuration;
using DdnsAgent.Ports;

namespace DdnsAgent.Engine
{
    /// <summary>
    /// Paces a platform's main loop around <c>AgentRuntime.Tick</c>: the loop sleeps in short slices
    /// until the time the agent asked for, so that it notices new settings and network events between ticks.
    /// The wall clock can jump (SNTP sets it minutes after boot, or corrects it): a time that moved into the
    /// past is simply due, and a wait longer than the agent ever asks for means the clock went back, so the
    /// tick is due at once instead of days later.
    /// </summary>
    public sealed class TickPacer
    {
        public const int DefaultSliceMilliseconds = 1000;

        /// <summary>The longest wait the agent asks for (one check interval at its maximum), plus a minute.</summary>
        public const int LongestWaitSeconds = SettingRules.MaxIntervalSeconds + 60;

        private const long TicksPerMillisecond = 10000;

        private readonly IClock _clock;
        private readonly int _sliceMilliseconds;
        private long _dueTicks;

        public TickPacer(IClock clock) : this(clock, DefaultSliceMilliseconds) { }

        public TickPacer(IClock clock, int sliceMilliseconds)
        {
            if (sliceMilliseconds < 1)
            {
                throw new ArgumentOutOfRangeException("sliceMilliseconds");
            }

            _clock = clock;
            _sliceMilliseconds = sliceMilliseconds;
        }

        /// <summary>Records the time the last tick asked to be called again.</summary>
        public void Schedule(DateTime next)
        {
            _dueTicks = next.Ticks;
        }

        /// <summary>Makes the next tick due at once (new settings, a network event).</summary>
        public void WakeNow()
        {
            _dueTicks = 0;
        }

        /// <summary>True when the loop should tick now.</summary>
        public bool IsDue
        {
            get
            {
                long wait = _dueTicks - _clock.UtcNow.Ticks;
                return wait <= 0 || wait > LongestWaitSeconds * 1000L * TicksPerMillisecond;
            }
        }

        /// <summary>How long to sleep before looking again: 0 when due, else the time left, at most one slice.</summary>
        public int SleepMilliseconds
        {
            get
            {
                if (IsDue)
                {
                    return 0;
                }

                long wait = _dueTicks - _clock.UtcNow.Ticks;
                long milliseconds = (wait + TicksPerMillisecond - 1) / TicksPerMillisecond;
                return milliseconds < _sliceMilliseconds ? (int)milliseconds : _sliceMilliseconds;
            }
        }
    }
}
