using DdnsAgent.Ports;

namespace DdnsAgent.Shell
{
    /// <summary>What the console asks of the running agent (implemented by the engine).</summary>
    public interface IAgentControl
    {
        /// <summary>
        /// Writes the state in plain words: what the agent is doing or waiting for, the detected and the
        /// registered addresses, the provider's last answer verbatim, and when the next check is due.
        /// Lines end with "\r\n".
        /// </summary>
        void WriteStatus(ITextSink output);

        /// <summary>Detects the public address(es) now and writes what was found; sends no update.</summary>
        void CheckNow(ITextSink output);

        /// <summary>
        /// Detects and, if the address changed (or force is true), updates the provider now, writing what
        /// happened. Refuses, saying why, while halted or too soon after a provider asked to wait.
        /// </summary>
        void UpdateNow(bool force, ITextSink output);

        /// <summary>Lifts a halt; message says what happens next, or, when false, why nothing was halted or why it cannot resume.</summary>
        bool Resume(out string message);
    }
}
