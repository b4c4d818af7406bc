using DdnsAgent.Addressing;
using DdnsAgent.Ports;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>A network stack whose link state and interface addresses a test sets directly.</summary>
    public sealed class FakeNetworkStack : INetworkStack
    {
        private IpAddress _ipv4 = IpAddress.None;
        private IpAddress _ipv6 = IpAddress.None;

        public bool IsConnected { get; set; } = true;

        public int AddressChangeCount { get; set; }

        /// <summary>How often the interface address was asked for.</summary>
        public int InterfaceQueries { get; private set; }

        /// <summary>Sets the interface address of that address's family; a change event is counted.</summary>
        public void SetInterfaceAddress(IpAddress address)
        {
            if (address.Family == AddressFamilyKind.IPv4)
            {
                _ipv4 = address;
            }
            else if (address.Family == AddressFamilyKind.IPv6)
            {
                _ipv6 = address;
            }

            AddressChangeCount++;
        }

        /// <summary>Parses text first; for tests that read better with literals.</summary>
        public void SetInterfaceAddress(string text)
        {
            IpAddress address;
            AddressParseError error;
            if (!IpAddress.TryParse(text, out address, out error))
            {
                throw new System.ArgumentException("not an address: " + text);
            }

            SetInterfaceAddress(address);
        }

        public void RemoveInterfaceAddress(AddressFamilyKind family)
        {
            if (family == AddressFamilyKind.IPv4)
            {
                _ipv4 = IpAddress.None;
            }
            else
            {
                _ipv6 = IpAddress.None;
            }

            AddressChangeCount++;
        }

        public bool TryGetInterfaceAddress(AddressFamilyKind family, out IpAddress address)
        {
            InterfaceQueries++;
            address = family == AddressFamilyKind.IPv4 ? _ipv4 : family == AddressFamilyKind.IPv6 ? _ipv6 : IpAddress.None;
            return !address.IsNone;
        }
    }
}
