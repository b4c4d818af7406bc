using System;
using System.Threading;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Runtime;
using DdnsAgent.Status;

namespace DdnsAgent.Firmware
{
    /// <summary>
    /// Power-up order: the console and the LED first, on the default pins, so that the user sees and hears
    /// something at once; then the flash drive is tidied after any interrupted write, the agent is built on the
    /// device's ports with the console shell plugged into the serial input, and the settings are loaded. With
    /// none (provisioning) the console waits for the user to `save` some; <see cref="DeviceLoop"/> then joins
    /// Wi-Fi, waits for the clock and runs the agent. A guard restarts the loop after an unexpected failure and
    /// reboots the board when failures repeat, or at once on out-of-memory (a reboot is the only cure for a
    /// fragmented heap).
    /// </summary>
    public class Program
    {
        private const int RetryPauseMilliseconds = 10000;
        private const int MaxFailures = 5;
        private const long FailureWindowMilliseconds = 10 * 60 * 1000;

        public static void Main()
        {
            DeviceIo io = new DeviceIo(new Settings());
            io.Show(LedState.Starting, null);
            io.Report("DdnsAgent starting");

            FlashBlobStore blobs = new FlashBlobStore(FlashBlobStore.InternalDrive);
            int repaired = blobs.Recover();
            if (repaired > 0)
            {
                io.Report(string.Concat("flash: tidied ", repaired.ToString(), " interrupted write(s)"));
            }

            DevicePlatform platform = new DevicePlatform();
            WifiNetwork network = new WifiNetwork();
            SwappableHttpTransport http = new SwappableHttpTransport();
            AgentPorts ports = new AgentPorts
            {
                Clock = new DeviceClock(),
                Http = http,
                Dns = new DeviceDnsTransport(),
                Network = network,
                Blobs = blobs,
                Settings = new FlashSettingsStore(blobs),
                Indicator = io,
                Platform = platform,
                DeviceName = DeviceIdentity.Name,
                Seed = DeviceIdentity.Seed(),
            };

            AgentRuntime runtime = new AgentRuntime(ports, io, Vocabulary.DeviceConsole);
            DeviceLoop loop = new DeviceLoop(runtime, io, network, http);
            io.Input = runtime.Shell.Feed;
            loop.Start();
            runtime.Shell.Start();

            CrashGuard guard = new CrashGuard(MaxFailures, FailureWindowMilliseconds);
            while (true)
            {
                try
                {
                    loop.Run();
                }
                catch (OutOfMemoryException)
                {
                    io.Report("out of memory: rebooting to clear the heap");
                    Reboot(platform);
                }
                catch (Exception failure)
                {
                    // The type name only: exception messages can quote URLs, headers or settings. Object.GetType,
                    // because nanoFramework's Exception has no GetType of its own (the host's does).
                    io.Report(string.Concat("unexpected failure (", ((object)failure).GetType().Name, "); restarting the agent loop"));
                    if (guard.RecordFailure(MonotonicClock.Milliseconds))
                    {
                        io.Report(string.Concat(MaxFailures.ToString(), " failures within 10 minutes: rebooting"));
                        Reboot(platform);
                    }

                    Thread.Sleep(RetryPauseMilliseconds);
                }
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
