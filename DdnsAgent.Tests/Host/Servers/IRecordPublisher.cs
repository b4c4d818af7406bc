using System.Net;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>Where the emulated provider puts the addresses it accepts, as a real provider puts them into its DNS.</summary>
    public interface IRecordPublisher
    {
        /// <summary>Makes name answer these addresses (null: that family stays as it is); false with why when the DNS refused.</summary>
        bool TryPublish(string name, IPAddress ipv4, IPAddress ipv6, out string problem);
    }
}
