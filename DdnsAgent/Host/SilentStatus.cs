using DdnsAgent.Status;

namespace DdnsAgent.Host;

/// <summary>The status indicator of single runs (`once`, `check`): their outcome is printed instead.</summary>
public sealed class SilentStatus : IStatusIndicator
{
    public void Show(LedState state, string detail)
    {
    }
}
