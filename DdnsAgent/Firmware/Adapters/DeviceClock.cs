using System;
using DdnsAgent.Ports;

namespace DdnsAgent.Firmware
{
    /// <summary>The board's wall clock in UTC. It is only meaningful once <see cref="ClockSync.IsValid"/> holds.</summary>
    public sealed class DeviceClock : IClock
    {
        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }
    }
}
