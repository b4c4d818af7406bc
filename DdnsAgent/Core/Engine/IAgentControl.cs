using DdnsAgent.Status;

namespace DdnsAgent.Engine
{
    /// <summary>What the console asks of the running agent (implemented by the engine); the words are the shell's.</summary>
    public interface IAgentControl
    {
        /// <summary>Copies what the agent knows now into snapshot: its state, addresses, last answer and times.</summary>
        void Read(AgentSnapshot snapshot);

        /// <summary>Detects the public address(es) now; sends no update. False when no settings are in force.</summary>
        bool Check();

        /// <summary>
        /// Detects and, if the address changed (or force is true), updates now, within the spacing and the waits
        /// the state asks for; a halt is kept. Returns what the round came to.
        /// </summary>
        CycleOutcome Update(bool force);

        /// <summary>Lifts a halt and checks at once; false when nothing was halted.</summary>
        bool Resume();
    }
}
