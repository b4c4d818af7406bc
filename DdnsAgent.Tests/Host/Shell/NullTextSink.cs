using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>Counts writes and keeps nothing, so that allocation tests measure only the code under test.</summary>
    internal sealed class NullTextSink : ITextSink
    {
        public int Writes { get; private set; }

        public void Write(string text)
        {
            Writes++;
        }
    }
}
