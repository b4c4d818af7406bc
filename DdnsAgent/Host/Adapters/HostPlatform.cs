using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>On the host, "reboot" restarts the agent inside the process: settings and state are read again.</summary>
public sealed class HostPlatform : IPlatform
{
    private readonly Action _restart;

    public HostPlatform(Action restart)
    {
        _restart = restart;
    }

    public long FreeMemoryBytes
    {
        get
        {
            var info = GC.GetGCMemoryInfo();
            return info.TotalAvailableMemoryBytes - GC.GetTotalMemory(forceFullCollection: false);
        }
    }

    public void Reboot() => _restart();
}
