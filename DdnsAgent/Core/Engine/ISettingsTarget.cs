using DdnsAgent.Configuration;

namespace DdnsAgent.Engine
{
    /// <summary>What the console's `save` and `factory-reset` act on: the running agent (implemented by AgentRuntime).</summary>
    public interface ISettingsTarget
    {
        /// <summary>Validates settings and builds their working parts without putting them in force.</summary>
        bool TryPrepare(Settings settings, out AgentSetup setup, out string problem);

        /// <summary>Puts prepared settings in force.</summary>
        void Apply(Settings settings, AgentSetup setup);

        /// <summary>Erases the state and returns to provisioning (the settings store is erased by the caller).</summary>
        void Reset();
    }
}
