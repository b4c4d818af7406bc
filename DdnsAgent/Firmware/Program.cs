using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using DdnsAgent.Configuration;
using DdnsAgent.Status;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Power-up order: console and LED first (on the default pins), finish interrupted flash writes, load the
    /// settings (or wait in provisioning mode), join Wi-Fi, get the time, then run the agent. A guard restarts
    /// the agent after an unexpected failure and reboots the board when failures repeat.
    /// </summary>
    public class Program
    {
        private const int WifiTimeoutMilliseconds = 60000;
        private const int ClockTimeoutMilliseconds = 60000;
        private const int RetryPauseMilliseconds = 10000;
        private const int ConfigurationPollMilliseconds = 5000;
        private const int MaxFailures = 5;
        private const long FailureWindowMilliseconds = 10 * 60 * 1000;

        public static void Main()
        {
            DeviceIo io = new DeviceIo(new Settings());
            io.Show(LedState.Starting);
            io.Write("\r\nDdnsAgent starting\r\n");

            FlashBlobStore blobs = new FlashBlobStore(FlashBlobStore.InternalDrive);
            int repaired = blobs.Recover();
            if (repaired > 0)
            {
                io.Write("flash: tidied " + repaired.ToString() + " interrupted write(s)\r\n");
            }

            FlashSettingsStore settingsStore = new FlashSettingsStore(blobs);
            DeviceClock clock = new DeviceClock();
            DevicePlatform platform = new DevicePlatform();
            WifiNetwork network = new WifiNetwork();
            CrashGuard guard = new CrashGuard(MaxFailures, FailureWindowMilliseconds);

            // engine wiring: create the console shell here and plug it in with io.Input = shell.Feed.

            while (true)
            {
                try
                {
                    Settings settings = WaitForConfiguration(settingsStore, io);
                    io.MoveTo(settings);
                    BringUpNetwork(network, settings, io);
                    DeviceHttpTransport transport = new DeviceHttpTransport(LoadTrustedRoots(settings, io));

                    // engine wiring: build the Core agent from settings, settingsStore, blobs, network, transport,
                    // clock, io (status LED and console) and platform, and run its loop here instead of the
                    // placeholder below. The loop returns when the settings change (this loop then reloads them)
                    // and throws only on a bug, which the catch blocks below handle.
                    KeepNetworkUp(network, io);
                }
                catch (OutOfMemoryException)
                {
                    io.Write("out of memory: rebooting to clear the heap\r\n");
                    Reboot(platform);
                }
                catch (Exception failure)
                {
                    // The type name only: exception messages can quote URLs, headers or settings.
                    io.Write("unexpected failure (" + failure.GetType().Name + "); restarting the agent\r\n");
                    if (guard.RecordFailure(MonotonicClock.Milliseconds))
                    {
                        io.Write(MaxFailures.ToString() + " failures within 10 minutes: rebooting\r\n");
                        Reboot(platform);
                    }

                    Thread.Sleep(RetryPauseMilliseconds);
                }
            }
        }

        /// <summary>Provisioning mode: until a configuration with a Wi-Fi network exists, blink NoConfiguration and poll the store.</summary>
        private static Settings WaitForConfiguration(FlashSettingsStore store, DeviceIo io)
        {
            bool told = false;
            while (true)
            {
                Settings settings;
                string problem;
                bool loaded = store.TryLoad(out settings, out problem);

                // engine wiring: replace this check with Core's settings validation and print its problems.
                if (loaded && settings.WifiSsid != null && settings.WifiSsid.Length > 0)
                {
                    return settings;
                }

                if (!told)
                {
                    io.Show(LedState.NoConfiguration);
                    io.Write((loaded ? "No Wi-Fi network is configured." : problem) + "\r\nConfigure the agent on this console.\r\n");
                    told = true;
                }

                Thread.Sleep(ConfigurationPollMilliseconds);
            }
        }

        private static void BringUpNetwork(WifiNetwork network, Settings settings, DeviceIo io)
        {
            io.Show(LedState.NoNetwork);
            io.Write("wifi: joining \"" + settings.WifiSsid + "\"\r\n");
            while (!network.Connect(settings.WifiSsid, settings.WifiPassword, WifiTimeoutMilliseconds) && !network.IsConnected)
            {
                io.Write("wifi: " + network.LastProblem + "\r\n");
                Thread.Sleep(RetryPauseMilliseconds);
            }

            io.Write("wifi: connected\r\n");
            if (!ClockSync.WaitForValid(ClockTimeoutMilliseconds))
            {
                io.Write("clock: SNTP has not set the time yet; HTTPS waits until it does\r\n");
            }
        }

        private static X509Certificate LoadTrustedRoots(Settings settings, DeviceIo io)
        {
            int accepted;
            int rejected;
            X509Certificate roots = TrustedRoots.Build(settings.CaCertificate, out accepted, out rejected);
            io.Write("tls: " + accepted.ToString() + " root certificate(s) loaded\r\n");
            if (rejected > 0)
            {
                io.Write("tls: " + rejected.ToString() + " certificate block(s) could not be read and were skipped\r\n");
            }

            if (roots == null)
            {
                io.Write("tls: no root certificates in the app; only the device's CA store is trusted\r\n");
            }

            return roots;
        }

        /// <summary>Placeholder until the agent loop is wired in: keeps Wi-Fi up and shows its state.</summary>
        private static void KeepNetworkUp(WifiNetwork network, DeviceIo io)
        {
            while (true)
            {
                if (network.IsConnected)
                {
                    // Steady on: connected, agent not running yet.
                    io.Show(LedState.Starting);
                }
                else
                {
                    io.Show(LedState.NoNetwork);
                    if (!network.EnsureConnected(WifiTimeoutMilliseconds))
                    {
                        io.Write("wifi: " + network.LastProblem + "\r\n");
                    }
                }

                Thread.Sleep(RetryPauseMilliseconds);
            }
        }

        private static void Reboot(DevicePlatform platform)
        {
            // Give the console a moment to send the last line.
            Thread.Sleep(500);
            platform.Reboot();
        }
    }
}
