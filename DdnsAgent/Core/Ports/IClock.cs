using System;

namespace DdnsAgent.Ports
{
    /// <summary>Wall-clock time in UTC. Injected so that the scheduler can be driven through simulated weeks.</summary>
    public interface IClock
    {
        DateTime UtcNow { get; }
    }
}
