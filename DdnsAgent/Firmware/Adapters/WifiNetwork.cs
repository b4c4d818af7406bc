using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using DdnsAgent.Addressing;
using DdnsAgent.Ports;
using nanoFramework.Networking;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// The station (client) Wi-Fi link through nanoFramework's WifiNetworkHelper. The driver reconnects by itself
    /// after a drop (WifiReconnectionKind.Automatic); <see cref="EnsureConnected"/> covers the case where it
    /// gives up. Only IPv4 is reported: nanoFramework's NetworkInterface has no IPv6 address property.
    /// WifiNetworkHelper also stores the network name and passphrase in the device's own network
    /// configuration (Wireless80211Configuration); <see cref="Forget"/> blanks them there.
    /// </summary>
    public sealed class WifiNetwork : INetworkStack
    {
        private const int LinkDownPollMilliseconds = 100;
        private const int LinkDownTimeoutMilliseconds = 5000;

        private readonly object _sync = new object();
        private readonly AutoResetEvent _changed = new AutoResetEvent(false);
        private int _addressChangeCount;
        private bool _connected;
        private IpAddress _ipv4 = IpAddress.None;
        private string _ssid;
        private string _password;
        private string _lastProblem;

        public WifiNetwork()
        {
            NetworkChange.NetworkAddressChanged += OnAddressChanged;
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
            Refresh();
        }

        public bool IsConnected
        {
            get
            {
                Monitor.Enter(_sync);
                try
                {
                    return _connected;
                }
                finally
                {
                    Monitor.Exit(_sync);
                }
            }
        }

        public int AddressChangeCount
        {
            get { return Interlocked.CompareExchange(ref _addressChangeCount, 0, 0); }
        }

        /// <summary>Signalled on every address or availability event, so that a waiting loop wakes at once.</summary>
        public WaitHandle Changed
        {
            get { return _changed; }
        }

        /// <summary>The station's IPv4 address as text, for the console; "none" without a link.</summary>
        public string AddressText
        {
            get
            {
                Monitor.Enter(_sync);
                try
                {
                    return _connected ? _ipv4.ToString() : "none";
                }
                finally
                {
                    Monitor.Exit(_sync);
                }
            }
        }

        /// <summary>Plain words for the last failed connection attempt; never contains the password.</summary>
        public string LastProblem
        {
            get { return _lastProblem; }
        }

        public bool TryGetInterfaceAddress(AddressFamilyKind family, out IpAddress address)
        {
            Monitor.Enter(_sync);
            try
            {
                if (family == AddressFamilyKind.IPv4 && _connected)
                {
                    address = _ipv4;
                    return true;
                }
            }
            finally
            {
                Monitor.Exit(_sync);
            }

            address = IpAddress.None;
            return false;
        }

        /// <summary>
        /// Joins the network and waits for an address and a valid clock (SNTP), at most the given time.
        /// New credentials drop the current association first, and wait until the address is gone: while the
        /// interface still has an address, the helper keeps any link to a network of the same name and would
        /// never try the new passphrase. True only when the link is up and the clock is set.
        /// </summary>
        public bool Connect(string ssid, string password, int timeoutMilliseconds)
        {
            bool changed = _ssid != null && (ssid != _ssid || password != _password);
            _ssid = ssid;
            _password = password;
            if (changed)
            {
                Disconnect();
                WaitForLinkDown();
            }

            return Join(timeoutMilliseconds);
        }

        /// <summary>
        /// Leaves the network and blanks the name and passphrase the helper stored in the device's network
        /// configuration (factory reset); the board then stays offline until new settings are saved.
        /// </summary>
        public void Forget()
        {
            _ssid = null;
            _password = null;
            Disconnect();
            try
            {
                Wireless80211Configuration[] stored = Wireless80211Configuration.GetAllWireless80211Configurations();
                for (int i = 0; i < stored.Length; i++)
                {
                    stored[i].Ssid = string.Empty;
                    stored[i].Password = string.Empty;
                    stored[i].SaveConfiguration();
                }
            }
            catch (Exception)
            {
                // No stored configuration on this board: nothing to blank.
            }
        }

        /// <summary>Rejoins with the last credentials when the link is down; true when it is up.</summary>
        public bool EnsureConnected(int timeoutMilliseconds)
        {
            if (IsConnected)
            {
                return true;
            }

            return _ssid != null && Join(timeoutMilliseconds);
        }

        public void Disconnect()
        {
            try
            {
                WifiNetworkHelper.Disconnect();
            }
            catch (Exception)
            {
                // Not associated: nothing to drop.
            }

            Refresh();
        }

        private bool Join(int timeoutMilliseconds)
        {
            bool ready;
            using (CancellationTokenSource timeout = new CancellationTokenSource(timeoutMilliseconds))
            {
                ready = WifiNetworkHelper.ConnectDhcp(
                    _ssid,
                    _password,
                    WifiReconnectionKind.Automatic,
                    requiresDateTime: true,
                    token: timeout.Token);
            }

            _lastProblem = ready ? null : Describe(WifiNetworkHelper.Status);
            Refresh();
            return ready;
        }

        private void WaitForLinkDown()
        {
            for (int waited = 0; IsConnected && waited < LinkDownTimeoutMilliseconds; waited += LinkDownPollMilliseconds)
            {
                Thread.Sleep(LinkDownPollMilliseconds);
                Refresh();
            }
        }

        private void OnAddressChanged(object sender, EventArgs e)
        {
            Interlocked.Increment(ref _addressChangeCount);
            Refresh();
            _changed.Set();
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            Refresh();
            _changed.Set();
        }

        /// <summary>Reads the station interface's address; 0.0.0.0 means no DHCP lease, so no link.</summary>
        private void Refresh()
        {
            IpAddress address = IpAddress.None;
            bool up = false;
            try
            {
                NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < interfaces.Length; i++)
                {
                    if (interfaces[i].NetworkInterfaceType != NetworkInterfaceType.Wireless80211)
                    {
                        continue;
                    }

                    AddressParseError error;
                    if (IpAddress.TryParse(interfaces[i].IPv4Address, out address, out error) && address.Low != 0)
                    {
                        up = true;
                    }

                    break;
                }
            }
            catch (Exception)
            {
                up = false;
            }

            Monitor.Enter(_sync);
            try
            {
                _connected = up;
                _ipv4 = up ? address : IpAddress.None;
            }
            finally
            {
                Monitor.Exit(_sync);
            }
        }

        private static string Describe(NetworkHelperStatus status)
        {
            switch (status)
            {
                case NetworkHelperStatus.TokenExpiredWaitingIPAddress:
                    return "Wi-Fi did not connect in time: check the network name and password, and that a 2.4 GHz access point is in range.";
                case NetworkHelperStatus.TokenExpiredWaitingDateTime:
                    return "Wi-Fi is up, but SNTP has not set the clock yet; HTTPS waits for it.";
                case NetworkHelperStatus.ErrorConnetingToWiFiWhileScanning:
                    return "The access point refused the connection.";
                case NetworkHelperStatus.FailedNoNetworkInterface:
                    return "The firmware has no Wi-Fi interface: flash an ESP32 image with networking.";
                case NetworkHelperStatus.ExceptionOccurred:
                    return "The Wi-Fi driver failed; the board will retry.";
                default:
                    return "Wi-Fi is not connected.";
            }
        }
    }
}
