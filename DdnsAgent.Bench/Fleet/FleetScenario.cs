namespace DdnsAgent.Bench.Fleet;

/// <summary>What happens to the whole fleet, and when; and the windows in which its waves are measured.</summary>
public sealed class FleetScenario
{
    /// <summary>
    /// Addresses: the first registration (0), the change of day 1 (1), the change of day 3 that the network reports
    /// (2), the change into the 911 episode (3) and the one into the timeout episode (4).
    /// </summary>
    public const int Epochs = 5;

    private readonly List<(DateTime At, string What, Action<FleetPartition> Apply)> _events = new();

    public List<FleetWave> Waves { get; } = new();

    /// <summary>The changes whose updates per agent are counted: label and epoch.</summary>
    public List<(string Label, int Epoch)> Changes { get; } = new();

    public static FleetScenario Standard(DateTime start)
    {
        var s = new FleetScenario();
        // The refreshes follow the last change (day 3): 25 days later, less each device's lead of up to 2 days, so
        // days 26.5 to 28.5; the second round 25 days after that, less the lead again, so days 49.5 to 53.5.
        DateTime day1 = start.AddDays(1).AddHours(12);
        DateTime day3 = start.AddDays(3).AddHours(12);
        DateTime day6 = start.AddDays(6).AddHours(3);
        DateTime day55 = start.AddDays(55).AddHours(12);
        DateTime day58 = start.AddDays(58).AddHours(12);

        s.At(start, "all start at once, first start", p => p.StartAll(true));
        s.At(day1, "every address changes", p => p.World.Epoch = 1);
        s.At(day3, "every address changes and every network reports it", p => { p.World.Epoch = 2; p.ReportAddressChange(); });
        s.At(day6, "all restart at once (power cut), saved state", p => p.StartAll(false));
        s.At(day55, "every address changes; the provider answers 911", p => { p.World.Epoch = 3; p.World.Fault = ProviderFault.Outage911; });
        s.At(day55.AddMinutes(20), "the provider is back", p => p.World.Fault = ProviderFault.None);
        s.At(day58, "every address changes; the provider does not answer", p => { p.World.Epoch = 4; p.World.Fault = ProviderFault.Timeout; });
        s.At(day58.AddMinutes(20), "the provider is back", p => p.World.Fault = ProviderFault.None);

        s.Waves.Add(new FleetWave("boot: all start in one second (first start)", start, start.AddHours(1), FleetTarget.PerSecond));
        s.Waves.Add(new FleetWave("change: every address changes at once (day 1)", day1, day1.AddHours(1), FleetTarget.PerSecond));
        s.Waves.Add(new FleetWave("change the network reports to all in one second (day 3)", day3, day3.AddHours(1), FleetTarget.PerSecond));
        s.Waves.Add(new FleetWave("reboot: all restart in one second (day 6)", day6, day6.AddHours(1), FleetTarget.PerSecond));
        s.Waves.Add(new FleetWave("refreshes, first round (days 26 to 29)", start.AddDays(26), start.AddDays(29), FleetTarget.PerMinute));
        s.Waves.Add(new FleetWave("refreshes, second round (days 49 to 54)", start.AddDays(49), start.AddDays(54), FleetTarget.PerMinute));
        s.Waves.Add(new FleetWave("911 for 20 min as every address changes (day 55)", day55, day55.AddHours(3), FleetTarget.None));
        s.Waves.Add(new FleetWave("timeouts for 20 min as every address changes (day 58)", day58, day58.AddHours(3), FleetTarget.None));
        s.Waves.Add(new FleetWave("steady state, for comparison (days 30 to 40)", start.AddDays(30), start.AddDays(40), FleetTarget.None));

        s.Changes.Add(("first registration (day 0)", 0));
        s.Changes.Add(("change of day 1", 1));
        s.Changes.Add(("change of day 3, reported by the network", 2));
        s.Changes.Add(("change of day 55, into 911", 3));
        s.Changes.Add(("change of day 58, into timeouts", 4));
        return s;
    }

    /// <summary>Runs the scenario on one share of the fleet, to end.</summary>
    public void Play(FleetPartition partition, DateTime end)
    {
        foreach (var e in _events)
        {
            if (e.At >= end)
            {
                break;
            }

            partition.RunUntil(e.At);
            e.Apply(partition);
        }

        partition.RunUntil(end);
    }

    private void At(DateTime at, string what, Action<FleetPartition> apply) => _events.Add((at, what, apply));
}

/// <summary>Which target a wave is held to.</summary>
public enum FleetTarget
{
    None,

    /// <summary>At most 2% of the fleet in any second (provider and reflector).</summary>
    PerSecond,

    /// <summary>At most 0.2% of the fleet in any minute (provider).</summary>
    PerMinute,
}

/// <summary>A span of simulated time in which one wave is measured.</summary>
public sealed record FleetWave(string Label, DateTime From, DateTime To, FleetTarget Target);
