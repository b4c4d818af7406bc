using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using DdnsAgent.Addressing;
using DdnsAgent.Ports;

namespace DdnsAgent.Host.Adapters;

/// <summary>
/// The machine's own interface addresses and the operating system's address-change events. Prefers a public
/// address when an interface has one (a host directly on the internet, or with a routed IPv6 prefix).
/// What the interfaces look like is read once and again only after a change the system reported
/// (<see cref="NoteAddressChange"/>, which the daemon calls from <see cref="NetworkChange.NetworkAddressChanged"/>),
/// never per tick: reading them allocates tens of KB.
/// The host always counts as connected, even with loopback as its only interface (a container, a network
/// namespace, whose servers may be on 127.0.0.1): detection and updates are tried and a failure names
/// what failed. The interfaces are read only when the address source asks for them, or to explain a failure.
/// </summary>
public sealed class HostNetworkStack : INetworkStack
{
    private readonly Func<NetworkInterface[]> _interfaces;
    private readonly object _gate = new();
    private int _changes;
    private int _readChanges = -1;
    private bool _onlyLoopback;
    private IpAddress _ipv4 = IpAddress.None;
    private IpAddress _ipv6 = IpAddress.None;

    public HostNetworkStack()
        : this(NetworkInterface.GetAllNetworkInterfaces)
    {
    }

    /// <param name="interfaces">Reads the interfaces (the system's, or a test's).</param>
    public HostNetworkStack(Func<NetworkInterface[]> interfaces)
    {
        _interfaces = interfaces;
    }

    /// <summary>
    /// Always true: a host is never refused a try. Whether a server can be reached is known only by trying,
    /// and the failure then says what failed (with <see cref="OnlyLoopback"/> as the likely reason).
    /// </summary>
    public bool IsConnected => true;

    /// <summary>True while no interface but loopback is up: a failure to reach a server is then explained by it.</summary>
    public bool OnlyLoopback
    {
        get
        {
            lock (_gate)
            {
                Refresh();
                return _onlyLoopback;
            }
        }
    }

    public int AddressChangeCount => Volatile.Read(ref _changes);

    /// <summary>How often the interfaces were read (once, then once per reported change).</summary>
    public int Reads { get; private set; }

    public bool TryGetInterfaceAddress(AddressFamilyKind family, out IpAddress address)
    {
        lock (_gate)
        {
            Refresh();
            address = family == AddressFamilyKind.IPv6 ? _ipv6 : _ipv4;
            return !address.IsNone;
        }
    }

    internal static IpAddress ToIpAddress(IPAddress value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, out int length);
        if (length == 4)
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

    // Reads the interfaces when a change was reported since the last read (or never read yet). Under _gate.
    private void Refresh()
    {
        int changes = Volatile.Read(ref _changes);
        if (changes != _readChanges)
        {
            Read();
            _readChanges = changes;
        }
    }

    private void Read()
    {
        Reads++;
        bool anyUp = false, externalUp = false;
        IpAddress ipv4 = IpAddress.None, ipv6 = IpAddress.None;
        NetworkInterface[] all;
        try
        {
            all = _interfaces();
        }
        catch (NetworkInformationException)
        {
            // Unreadable: assume connected and let the requests say what fails.
            (_onlyLoopback, _ipv4, _ipv6) = (false, IpAddress.None, IpAddress.None);
            return;
        }

        foreach (var nic in all)
        {
            // Linux reports loopback and many tunnels as "unknown": up enough to be tried.
            OperationalStatus status = nic.OperationalStatus;
            if (status != OperationalStatus.Up && status != OperationalStatus.Unknown)
            {
                continue;
            }

            anyUp = true;
            if (nic.NetworkInterfaceType == NetworkInterfaceType.Loopback)
            {
                continue;
            }

            externalUp = true;
            if (status != OperationalStatus.Up)
            {
                continue;
            }

            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
            {
                bool v6 = unicast.Address.AddressFamily == AddressFamily.InterNetworkV6;
                if (!v6 && unicast.Address.AddressFamily != AddressFamily.InterNetwork)
                {
                    continue;
                }

                var candidate = ToIpAddress(unicast.Address);
                ref IpAddress best = ref v6 ? ref ipv6 : ref ipv4;
                if (best.IsNone || (candidate.IsPublic && !best.IsPublic))
                {
                    best = candidate;
                }
            }
        }

        _onlyLoopback = anyUp && !externalUp;
        _ipv4 = ipv4;
        _ipv6 = ipv6;
    }

    /// <summary>The system reported an address change: the next question reads the interfaces again.</summary>
    public void NoteAddressChange() => Interlocked.Increment(ref _changes);
}
