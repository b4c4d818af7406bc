using DdnsAgent.Addressing;

namespace DdnsAgent.Ports
{
    /// <summary>What the device's own network stack knows.</summary>
    public interface INetworkStack
    {
        /// <summary>True when a link with an address is up.</summary>
        bool IsConnected { get; }

        /// <summary>The interface's own address of that family, if it has one (behind NAT it is a LAN address).</summary>
        bool TryGetInterfaceAddress(AddressFamilyKind family, out IpAddress address);

        /// <summary>Grows by one on every address-change event, so the engine can notice a change between ticks.</summary>
        int AddressChangeCount { get; }
    }
}
