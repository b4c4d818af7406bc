using DdnsAgent.Configuration;

namespace DdnsAgent.Engine
{
    /// <summary>Puts validated settings in force; false with the problem in plain words.</summary>
    public delegate bool SettingsApplier(Settings settings, out string problem);
}
