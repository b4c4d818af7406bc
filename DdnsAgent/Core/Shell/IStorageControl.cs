using DdnsAgent.Ports;

namespace DdnsAgent.Shell
{
    /// <summary>What the console asks of persistent storage: keep the edited settings, or erase everything.</summary>
    public interface IStorageControl
    {
        /// <summary>
        /// Validates the draft settings; when valid, stores them and applies them. When not, writes every
        /// problem on its own line ("key: what is wrong and what to do"), stores nothing and returns false.
        /// </summary>
        bool TrySave(ITextSink output);

        /// <summary>Erases the stored settings and the saved state, returning the agent to "no configuration".</summary>
        void FactoryReset();
    }
}
