using System.Diagnostics.CodeAnalysis;
using System.Net.NetworkInformation;
using System.Runtime.InteropServices;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Host.Cli;
using DdnsAgent.Host.Configuration;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Runtime;
using DdnsAgent.Status;

namespace DdnsAgent.Host;

/// <summary>
/// The agent on this machine: Core's runtime composed from the host adapters (system clock, state files in
/// the state directory, the JSON settings file, the machine's network, HTTPS and DNS), its events printed as log
/// lines, and the daemon loop that ticks it.
/// </summary>
public sealed class HostAgent : IDisposable
{
    /// <summary>The loop wakes at least this often, so settings saved on the console and network changes are seen soon.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan MinSleep = TimeSpan.FromMilliseconds(50);

    private readonly SystemClock _clock = new();
    private readonly HostNetworkStack _network;
    private readonly SettingsBoundTransport _transport;
    private readonly AutoResetEvent _wake = new(false);
    private readonly HostPaths _paths;
    private readonly StateDirectoryLock _lock;
    private int _restartRequested;

    private HostAgent(HostPaths paths, HostOutput output, IStatusIndicator indicator, EventPrinter printer, Vocabulary words, FileBlobStore blobs, StateDirectoryLock held)
    {
        Printer = printer;
        _paths = paths;
        _lock = held;
        CaFiles = new CaFileSettingsStore(new JsonSettingsStore(paths.ConfigFile), paths.ConfigFile);
        _network = new HostNetworkStack();
        AgentRuntime? runtime = null;
        _transport = new SettingsBoundTransport(() => runtime?.Current, () => _network.OnlyLoopback);
        var ports = new AgentPorts
        {
            Clock = _clock,
            Http = _transport,
            Dns = new HostDnsTransport(),
            Network = _network,
            Blobs = blobs,
            Settings = words.IsSettingsFile ? new CheckedSettingsStore(CaFiles, paths.ConfigFile) : CaFiles,
            Indicator = indicator,
            Platform = new HostPlatform(RequestRestart),
            DeviceName = DeviceName(),
            // A random id on first start; the agent keeps it in its state and uses the stored one from then on.
            // Random.Shared is seeded from the operating system's random bytes, which is all a spread needs; the
            // cryptographic generator would load OpenSSL (about 4 MB of memory) into every plain-HTTP `once`.
            Seed = Random.Shared.Next(1, int.MaxValue),
            SeedIsRandom = true,
        };
        runtime = new AgentRuntime(ports, output.Shell, words);
        runtime.Events.Listener = printer.Print;
        Runtime = runtime;
    }

    public AgentRuntime Runtime { get; }

    /// <summary>The settings file with its CA file (what the console reads a `set tls.ca FILE` through).</summary>
    public CaFileSettingsStore CaFiles { get; }

    public EventPrinter Printer { get; }

    /// <summary>The console asked for a `reboot`: build the agent again from the files.</summary>
    public bool RestartRequested => Volatile.Read(ref _restartRequested) != 0;

    /// <summary>
    /// Composes the agent; false with the reason when the state directory cannot be used: it cannot be
    /// created, another agent holds its lock (named by PID), or something that is not a file sits under a
    /// state file's name. The lock is held until <see cref="Dispose"/>. words is the surface the user is on:
    /// <see cref="Vocabulary.SettingsFile"/> for `run`, `once` and `check` (problems of the file name its JSON
    /// keys), <see cref="Vocabulary.HostConsole"/> for `console`.
    /// </summary>
    public static bool TryCreate(HostPaths paths, HostOutput output, IStatusIndicator indicator, EventPrinter printer, Vocabulary words, [NotNullWhen(true)] out HostAgent? agent, [NotNullWhen(false)] out string? problem)
    {
        agent = null;
        FileBlobStore blobs;
        try
        {
            blobs = new FileBlobStore(paths.StateDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot use the state directory " + paths.StateDirectory + ": " + ex.Message;
            return false;
        }

        if (!StateDirectoryLock.TryTake(paths.StateDirectory, out StateDirectoryLock? held, out string? lockProblem))
        {
            problem = lockProblem!;
            return false;
        }

        try
        {
            blobs.CheckNames(StateStore.SlotA, StateStore.SlotB);
            agent = new HostAgent(paths, output, indicator, printer, words, blobs, held!);
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            held!.Dispose();
            problem = ex is OddStateFileException ? ex.Message : "cannot use the state directory " + paths.StateDirectory + ": " + ex.Message;
            return false;
        }
    }

    /// <summary>
    /// Loads the state and the settings (see <see cref="AgentRuntime.Start"/>), and warns once per process
    /// when the settings file holds a password that other users can read.
    /// </summary>
    public bool Start()
    {
        bool started = Runtime.Start();
        string? warning = SettingsFileMode.Warning(_paths.ConfigFile, Runtime.Current);
        if (warning is not null)
        {
            Printer.Print(EventKind.Warning, warning);
        }

        return started;
    }

    /// <summary>"Linux", "macOS", "Windows" or "FreeBSD": the device part of the User-Agent.</summary>
    public static string DeviceName()
    {
        if (OperatingSystem.IsLinux())
        {
            return "Linux";
        }

        if (OperatingSystem.IsMacOS())
        {
            return "macOS";
        }

        if (OperatingSystem.IsWindows())
        {
            return "Windows";
        }

        return OperatingSystem.IsFreeBSD() ? "FreeBSD" : RuntimeInformation.OSDescription.Split(' ')[0];
    }

    /// <summary>
    /// Ticks the agent until stop is cancelled or a restart is requested. Each tick finishes before the loop
    /// looks at stop, so a state file is never left half-written; a tick is bounded by the HTTP timeouts.
    /// </summary>
    public void RunLoop(CancellationToken stop)
    {
        WaitHandle[] wakers = [stop.WaitHandle, _wake];
        long collectedAt = GC.GetTotalAllocatedBytes();
        // Only a loop that keeps running listens for address changes: `once` and `check` need no listener thread.
        NetworkChange.NetworkAddressChanged += OnAddressChanged;
        try
        {
            while (!stop.IsCancellationRequested && !RestartRequested)
            {
                DateTime next = Runtime.Tick();
                collectedAt = CollectAfterWork(collectedAt);
                TimeSpan sleep = next - _clock.UtcNow;
                sleep = sleep < MinSleep ? MinSleep : (sleep > MaxSleep ? MaxSleep : sleep);
                WaitHandle.WaitAny(wakers, sleep);
            }
        }
        finally
        {
            NetworkChange.NetworkAddressChanged -= OnAddressChanged;
        }
    }

    /// <summary>
    /// An idle tick allocates nothing; a check (a TLS handshake, certificate chains) leaves some KB.
    /// Left alone, that garbage would pile up for hours below the collector's budget and the process would
    /// only grow, so after a tick that left more than <see cref="CollectThresholdBytes"/> the loop collects at
    /// once (the live heap is small: well under a millisecond) and gives the native heap's free pages back
    /// (<see cref="NativeHeap.Trim"/>). This happens at most once per check.
    /// </summary>
    public static long CollectAfterWork(long collectedAt)
    {
        long allocated = GC.GetTotalAllocatedBytes();
        if (allocated - collectedAt < CollectThresholdBytes)
        {
            return collectedAt;
        }

        // Finalizers free native memory (certificates, TLS handles): let them run before the heap is trimmed.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        NativeHeap.Trim();
        return GC.GetTotalAllocatedBytes();
    }

    /// <summary>Garbage left by a tick beyond which the loop collects (see <see cref="CollectAfterWork"/>).</summary>
    public const long CollectThresholdBytes = 4 * 1024;

    /// <summary>Makes the loop tick now (after a console command).</summary>
    public void Wake() => _wake.Set();

    public void Dispose()
    {
        _transport.Dispose();
        _wake.Dispose();
        _lock.Dispose();
    }

    private void RequestRestart()
    {
        Volatile.Write(ref _restartRequested, 1);
        _wake.Set();
    }

    private void OnAddressChanged(object? sender, EventArgs e)
    {
        _network.NoteAddressChange();
        try
        {
            _wake.Set();
        }
        catch (ObjectDisposedException)
        {
            // An event that raced with Dispose: the loop is gone already.
        }
    }
}
