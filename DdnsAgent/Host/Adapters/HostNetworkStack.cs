using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using DdnsAgent.Addressing;
using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// The machine's own interface addresses and the operating system's address-change events. Prefers a public
/// address when an interface has one (a host directly on the internet, or with a routed IPv6 prefix).
/// </summary>
public sealed class HostNetworkStack : INetworkStack, IDisposable
{
    private int _changes;

    public HostNetworkStack()
    {
        NetworkChange.NetworkAddressChanged += OnAddressChanged;
    }

    public bool IsConnected => NetworkInterface.GetIsNetworkAvailable();

    public int AddressChangeCount => Volatile.Read(ref _changes);

    public bool TryGetInterfaceAddress(AddressFamilyKind family, out IpAddress address)
    {
        address = IpAddress.None;
        var wanted = family == AddressFamilyKind.IPv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback)
            {
                continue;
            }

            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
            {
                if (unicast.Address.AddressFamily != wanted)
                {
                    continue;
                }

                var candidate = ToIpAddress(unicast.Address);
                if (address.IsNone || (candidate.IsPublic && !address.IsPublic))
                {
                    address = candidate;
                }
            }
        }

        return !address.IsNone;
    }

    public void Dispose()
    {
        NetworkChange.NetworkAddressChanged -= OnAddressChanged;
    }

    internal static IpAddress ToIpAddress(IPAddress value)
    {
        byte[] bytes = value.GetAddressBytes();
        if (bytes.Length == 4)
        {
            return IpAddress.FromIPv4((uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]));
        }

        ulong high = 0, low = 0;
        for (int i = 0; i < 8; i++)
        {
            high = high << 8 | bytes[i];
            low = low << 8 | bytes[i + 8];
        }

        return IpAddress.FromIPv6(high, low);
    }

    private void OnAddressChanged(object? sender, EventArgs e) => Interlocked.Increment(ref _changes);
}
