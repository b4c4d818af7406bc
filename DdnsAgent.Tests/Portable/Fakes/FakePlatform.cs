using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    public sealed class FakePlatform : IPlatform
    {
        public long FreeMemoryBytes { get; set; } = -1;

        public int RebootCount { get; private set; }

        public void Reboot()
        {
            RebootCount++;
        }
    }
}
