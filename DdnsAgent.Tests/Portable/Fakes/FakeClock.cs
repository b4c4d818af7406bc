using System;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>A clock that stands still until a test moves it.</summary>
    public sealed class FakeClock : IClock
    {
        public FakeClock()
            : this(new DateTime(2026, 1, 1, 0, 0, 0))
        {
        }

        public FakeClock(DateTime start)
        {
            UtcNow = start;
        }

        public DateTime UtcNow { get; set; }

        public void AdvanceSeconds(int seconds)
        {
            UtcNow = new DateTime(UtcNow.Ticks + (seconds * TimeSpan.TicksPerSecond));
        }
    }
}
