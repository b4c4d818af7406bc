using System.Diagnostics;
using DdnsAgent.Configuration;

namespace DdnsAgent.Bench.Fleet;

/// <summary>
/// `dotnet run -c Release --project DdnsAgent.Bench -- fleet [--agents N] [--days D] [--start-delay S] [--change-delay S]`:
/// a fleet of real Core agents (10,000 by default) on a simulated clock, network and provider for 60 days. All
/// start in the same second; every address changes at once on day 1, and again on day 3, this time with every
/// device's network reporting it in the same second; all restart at once on day 6; the forced
/// refreshes come around days 26.5 to 28.5 and 49.5 to 53.5; on day 55 the provider answers 911 for 20 minutes and on day
/// 58 it does not answer at all for 20 minutes, each time just as every address changes. For each wave it prints
/// the most provider and reflector requests in any second and any minute, and, for each change, the update
/// requests per agent; then the targets, met or not.
/// </summary>
public static class FleetCommand
{
    private static readonly DateTime Start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static int Run(string[] args, TextWriter output)
    {
        int agents = Option(args, "--agents", 10000);
        int days = Option(args, "--days", 60);
        var defaults = new Settings();
        Settings settings = FleetSettings(Option(args, "--start-delay", defaults.StartDelaySeconds), Option(args, "--change-delay", defaults.ChangeDelaySeconds));
        DateTime end = Start.AddDays(days);
        FleetScenario scenario = FleetScenario.Standard(Start);

        output.WriteLine($"DdnsAgent fleet simulation: {agents:N0} agents, {days} simulated days, the real Core agent on a fake clock, network and provider");
        output.WriteLine($"settings: interval {settings.CheckIntervalSeconds} s (give or take 10%), start.delay {settings.StartDelaySeconds} s, change.delay {settings.ChangeDelaySeconds} s, change.limit {settings.MaxChangesPerHour}, refresh.days {settings.ForceRefreshDays}; seeds: CRC-32 of consecutive MAC addresses");

        var timer = Stopwatch.StartNew();
        int shares = Math.Max(1, Math.Min(Environment.ProcessorCount, agents));
        int seconds = (int)((end - Start).Ticks / TimeSpan.TicksPerSecond) + 1;
        var partitions = new FleetPartition[shares];
        for (int p = 0; p < shares; p++)
        {
            partitions[p] = new FleetPartition(new FleetWorld(Start, agents, seconds, FleetScenario.Epochs), settings, agents, p, shares);
        }

        Parallel.For(0, shares, new ParallelOptions { MaxDegreeOfParallelism = shares }, p => scenario.Play(partitions[p], end));
        timer.Stop();

        var report = new FleetReport(partitions, agents, Start);
        report.Write(scenario, end, output);
        long ticks = partitions.Sum(p => p.Ticks);
        long spins = partitions.Sum(p => p.Spins);
        output.WriteLine($"simulated {ticks:N0} agent ticks in {timer.Elapsed.TotalSeconds:F0} s on {shares} thread(s){(spins > 0 ? $"; {spins:N0} wake-ups were not in the future (a scheduler fault)" : "")}");
        return report.TargetsMet && spins == 0 ? 0 : 1;
    }

    /// <summary>The settings every agent runs: the defaults, with the fleet's reflector and provider, five-minute checks.</summary>
    public static Settings FleetSettings(int startDelay, int changeDelay) => new Settings
    {
        Provider = "custom",
        ServerUrl = "https://" + FleetWorld.ProviderHost + "/nic/update",
        Username = "fleet",
        Password = "fleet-secret",
        Hostnames = new[] { "home.example.org" },
        IpSource = "web",
        Reflectors = new[] { "https://" + FleetWorld.ReflectorHost + "/" },
        StartDelaySeconds = startDelay,
        ChangeDelaySeconds = changeDelay,
    };

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out int value) ? value : fallback;
    }
}
