using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Persistence;
using DdnsAgent.Ports;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Bench.Fleet;

/// <summary>
/// One share of the fleet, simulated on one thread: real Core <see cref="Agent"/>s, each with its own flash, on a
/// <see cref="FleetWorld"/>; the agent whose wake-up comes first ticks next, and the clock jumps to it. Agents
/// are independent, so shares run in parallel and their counts add up.
/// </summary>
public sealed class FleetPartition
{
    private readonly int _first;
    private readonly int _step;
    private readonly AgentSetup _setup;
    private readonly Agent[] _agents;
    private readonly FakeBlobStore[] _flash;
    private readonly FakeNetworkStack _network = new FakeNetworkStack();
    private readonly NoIndicator _indicator = new NoIndicator();
    private readonly EventLog _log = new EventLog();
    private readonly PriorityQueue<int, long> _wakeUps = new PriorityQueue<int, long>();

    /// <param name="first">The index of this share's first agent; it takes every step-th agent from there.</param>
    public FleetPartition(FleetWorld world, Settings settings, int fleetSize, int first, int step)
    {
        World = world;
        _first = first;
        _step = step;
        int count = ((fleetSize - 1 - first) / step) + 1;
        _agents = new Agent[count];
        _flash = new FakeBlobStore[count];
        if (!AgentSetup.TryCreate(settings, "Fleet", Vocabulary.DeviceConsole, out _setup, out string problem))
        {
            throw new InvalidOperationException(problem);
        }
    }

    public FleetWorld World { get; }

    /// <summary>Ticks run.</summary>
    public long Ticks { get; private set; }

    /// <summary>Wake-ups an agent asked for at or before the time it was ticked (a scheduler that would spin).</summary>
    public long Spins { get; private set; }

    /// <summary>Every agent starts now; fresh flash when firstStart, else the flash it had (a power cut).</summary>
    public void StartAll(bool firstStart)
    {
        _wakeUps.Clear();
        for (int local = 0; local < _agents.Length; local++)
        {
            if (firstStart)
            {
                _flash[local] = new FakeBlobStore();
            }

            int agent = _first + (local * _step);
            var ports = new AgentPorts
            {
                Clock = World,
                Http = World,
                Network = _network,
                Blobs = _flash[local],
                Indicator = _indicator,
                DeviceName = "Fleet",
                Seed = MacSeed(agent),
            };
            _agents[local] = new Agent(ports, new AgentEvents(_log, World));
            _agents[local].LoadState();
            _agents[local].Configure(_setup);
            _wakeUps.Enqueue(local, World.UtcNow.Ticks);
        }
    }

    /// <summary>
    /// Every device's network reports an address change now (a renumbering seen by the whole fleet): the loops
    /// wake up and tick their agents at once, as the host's and the device's loops do on such an event.
    /// </summary>
    public void ReportAddressChange()
    {
        _network.AddressChangeCount++;
        for (int local = 0; local < _agents.Length; local++)
        {
            _wakeUps.Enqueue(local, World.UtcNow.Ticks);
        }
    }

    /// <summary>Ticks every agent whose wake-up comes before end, in time order; the clock ends at end.</summary>
    public void RunUntil(DateTime end)
    {
        long stop = end.Ticks;
        while (_wakeUps.TryPeek(out int local, out long when) && when < stop)
        {
            _wakeUps.Dequeue();
            World.UtcNow = new DateTime(when);
            World.Current = _first + (local * _step);
            long next = _agents[local].Tick().Ticks;
            Ticks++;
            if (next <= when)
            {
                Spins++;
                next = when + TimeSpan.TicksPerSecond;
            }

            _wakeUps.Enqueue(local, next);
        }

        World.UtcNow = end;
    }

    /// <summary>The device's seed, as the firmware makes it: the CRC-32 of a MAC address (one production batch: consecutive).</summary>
    public static int MacSeed(int agent)
    {
        byte[] mac = { 0x24, 0x0A, 0xC4, (byte)(agent >> 16), (byte)(agent >> 8), (byte)agent };
        return (int)Crc32.Compute(mac, 0, mac.Length);
    }

    private sealed class NoIndicator : IStatusIndicator
    {
        public void Show(LedState state, string detail)
        {
        }
    }
}
