using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Runtime;
using DdnsAgent.Status;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// The firmware's main loop around the agent. It follows the settings in force (a `save` on the console
    /// puts new ones in force on the console's thread): joins Wi-Fi with their credentials and rejoins after a
    /// drop the driver could not repair, waits for SNTP before any TLS, builds the HTTPS trust from the shipped
    /// roots plus the tls.ca certificate, moves the console and LED to their pins, and calls
    /// <see cref="AgentRuntime.Tick"/> when it asks, sleeping in one-second slices that a network event cuts short.
    /// While no settings are in force (provisioning) it only ticks, which keeps the "no configuration" pattern.
    /// </summary>
    internal sealed class DeviceLoop
    {
        private const int JoinTimeoutMilliseconds = 30000;
        private const int ClockTimeoutMilliseconds = 30000;

        /// <summary>After a drop the driver reconnects by itself (WifiReconnectionKind.Automatic); rejoin only when it has not within this time.</summary>
        private const long RejoinAfterMilliseconds = 30000;

        /// <summary>Lets the shell finish its answer to `save` on the old console pins before they move.</summary>
        private const int PinMovePauseMilliseconds = 500;

        private readonly AgentRuntime _runtime;
        private readonly DeviceIo _io;
        private readonly WifiNetwork _network;
        private readonly SwappableHttpTransport _http;
        private readonly TickPacer _pacer;
        private SettingsWatch _watch;
        private bool _joinNow;
        private long _lastJoinAttempt;
        private bool _wasConnected;
        private bool _clockReported;
        private bool _echoEvents;

        public DeviceLoop(AgentRuntime runtime, DeviceIo io, WifiNetwork network, SwappableHttpTransport http)
        {
            _runtime = runtime;
            _io = io;
            _network = network;
            _http = http;
            _pacer = new TickPacer(new DeviceClock());
            runtime.Events.Listener = OnEvent;
        }

        /// <summary>Loads the state and the settings (see <see cref="AgentRuntime.Start"/>), telling the console why when there are none.</summary>
        public bool Start()
        {
            _echoEvents = true;
            bool configured = _runtime.Start();
            _echoEvents = false;
            if (!configured)
            {
                _io.Report("provisioning: set the settings on this console and `save` them (type `help`)");
            }

            return configured;
        }

        /// <summary>Runs until an unexpected exception escapes; a new call sets everything up again.</summary>
        public void Run()
        {
            _watch = new SettingsWatch();
            _pacer.WakeNow();
            while (true)
            {
                Step();
            }
        }

        private void Step()
        {
            Settings current = _runtime.Current;
            if (_watch.Poll(current))
            {
                Apply(current);
                _pacer.WakeNow();
            }

            if (current == null)
            {
                Tick();
                Sleep(_pacer.SleepMilliseconds);
                return;
            }

            if (!StayJoined(current) || !ClockIsSet())
            {
                Sleep(TickPacer.DefaultSliceMilliseconds);
                return;
            }

            Tick();
            Sleep(_pacer.SleepMilliseconds);
        }

        private void Apply(Settings current)
        {
            if (_watch.Unconfigured)
            {
                _http.Use(null);
                _network.Forget();
                _wasConnected = false;
                _io.Report("wifi: the settings were erased, so the board left the network and forgot it");
                return;
            }

            if (current == null)
            {
                return;
            }

            if (_watch.PinsChanged)
            {
                Thread.Sleep(PinMovePauseMilliseconds);
                _io.MoveTo(current);
            }

            if (_watch.TrustChanged)
            {
                BuildTrust(current);
            }

            if (_watch.WifiChanged)
            {
                _joinNow = true;
            }
        }

        /// <summary>True while the link is up. Joins at once after new credentials, otherwise only when the driver has not reconnected by itself.</summary>
        private bool StayJoined(Settings current)
        {
            if (_network.IsConnected && !_joinNow)
            {
                if (!_wasConnected)
                {
                    _wasConnected = true;
                    _io.Report(string.Concat("wifi: connected, address ", _network.AddressText));
                }

                return true;
            }

            long now = MonotonicClock.Milliseconds;
            if (_wasConnected)
            {
                _wasConnected = false;
                _lastJoinAttempt = now;
                _io.Report("wifi: link lost; waiting for the driver to reconnect");
            }

            // Let the agent show "no network" before the join blocks this loop. Not while the link is up: the
            // clock may not be set yet, and a check now would fail on TLS and wait a whole interval.
            if (!_network.IsConnected)
            {
                Tick();
            }

            if (!_joinNow && now - _lastJoinAttempt < RejoinAfterMilliseconds)
            {
                return false;
            }

            _joinNow = false;
            _lastJoinAttempt = now;
            _io.Report(string.Concat("wifi: joining \"", current.WifiSsid, "\""));
            _network.Connect(current.WifiSsid, current.WifiPassword ?? string.Empty, JoinTimeoutMilliseconds);
            if (!_network.IsConnected)
            {
                _io.Report(string.Concat("wifi: ", _network.LastProblem, " Trying again in 30 s."));
                return false;
            }

            _wasConnected = true;
            _io.Report(string.Concat("wifi: connected, address ", _network.AddressText));
            _pacer.WakeNow();
            return true;
        }

        /// <summary>
        /// TLS cannot check a certificate against a clock near 1970, and a DNS server refuses a TSIG signature more
        /// than 5 minutes off its own clock: nothing is sent until SNTP has set it.
        /// </summary>
        private bool ClockIsSet()
        {
            if (ClockSync.IsValid)
            {
                return true;
            }

            if (ClockSync.WaitForValid(ClockTimeoutMilliseconds))
            {
                _clockReported = false;
                _io.Report("clock: set by SNTP");
                _pacer.WakeNow();
                return true;
            }

            if (!_clockReported)
            {
                _clockReported = true;
                _io.Report("clock: SNTP has not set the time yet (is UDP port 123 blocked?); HTTPS and signed DNS updates wait until it has");
            }

            return false;
        }

        private void BuildTrust(Settings current)
        {
            // Release the old roots first: on a small heap the old and the new set may not fit side by side.
            _http.Use(null);
            int accepted;
            int rejected;
            X509Certificate roots = TrustedRoots.Build(current.CaCertificate, out accepted, out rejected);
            _http.Use(new DeviceHttpTransport(roots));
            if (roots == null)
            {
                _io.Report("tls: no root certificate in the app or in tls.ca; only the device's own CA store is trusted");
            }
            else
            {
                _io.Report(string.Concat("tls: ", accepted.ToString(), " root certificate(s) trusted"));
            }

            if (rejected > 0)
            {
                _io.Report(string.Concat("tls: ", rejected.ToString(), " certificate block(s) could not be read and were skipped; check tls.ca"));
            }
        }

        private void Tick()
        {
            if (!_pacer.IsDue)
            {
                return;
            }

            _echoEvents = true;
            try
            {
                _pacer.Schedule(_runtime.Tick());
            }
            finally
            {
                _echoEvents = false;
            }
        }

        private void Sleep(int milliseconds)
        {
            if (milliseconds <= 0)
            {
                return;
            }

            if (_network.Changed.WaitOne(milliseconds, false))
            {
                // An address or link change: the agent re-checks at once (it compares AddressChangeCount).
                _pacer.WakeNow();
            }
        }

        /// <summary>Every event goes to the debugger; those of the agent's own work also to the console.</summary>
        private void OnEvent(EventLogEntry entry)
        {
            string message = entry.Message(Vocabulary.DeviceConsole);
            Debug.WriteLine(message);
            if (_echoEvents)
            {
                _io.Report(string.Concat(KindWord(entry.Kind), ": ", message));
            }
        }

        private static string KindWord(EventKind kind)
        {
            switch (kind)
            {
                case EventKind.Warning: return "warning";
                case EventKind.Error: return "error";
                default: return "info";
            }
        }
    }
}
