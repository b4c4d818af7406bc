using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>The machine's clock.</summary>
public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
