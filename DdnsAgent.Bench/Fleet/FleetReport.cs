namespace DdnsAgent.Bench.Fleet;

/// <summary>The fleet's figures: the most requests in any second and any minute per wave, updates per change, targets.</summary>
public sealed class FleetReport
{
    public const double MaxSharePerSecond = 0.02;
    public const double MaxSharePerMinute = 0.002;

    private readonly FleetPartition[] _partitions;
    private readonly int _agents;
    private readonly DateTime _start;
    private readonly int[] _provider;
    private readonly int[] _reflector;

    public FleetReport(FleetPartition[] partitions, int agents, DateTime start)
    {
        _partitions = partitions;
        _agents = agents;
        _start = start;
        _provider = Sum(partitions, w => w.ProviderPerSecond);
        _reflector = Sum(partitions, w => w.ReflectorPerSecond);
    }

    public bool TargetsMet { get; private set; } = true;

    public void Write(FleetScenario scenario, DateTime end, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| wave | provider, most in 1 s | provider, most in 1 min | reflector, most in 1 s | reflector, most in 1 min |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        var verdicts = new List<string>();
        foreach (FleetWave wave in scenario.Waves)
        {
            if (wave.From >= end)
            {
                continue;
            }

            int from = Second(wave.From);
            int to = Math.Min(Second(wave.To), _provider.Length);
            int p1 = MostIn(_provider, from, to, 1);
            int p60 = MostIn(_provider, from, to, 60);
            int r1 = MostIn(_reflector, from, to, 1);
            int r60 = MostIn(_reflector, from, to, 60);
            output.WriteLine($"| {wave.Label} | {Share(p1)} | {Share(p60)} | {Share(r1)} | {Share(r60)} |");
            if (wave.Target == FleetTarget.PerSecond)
            {
                int worst = Math.Max(p1, r1);
                verdicts.Add(Verdict($"{wave.Label}: at most 2% of the fleet in any second", worst, MaxSharePerSecond));
            }
            else if (wave.Target == FleetTarget.PerMinute)
            {
                verdicts.Add(Verdict($"{wave.Label}: at most 0.2% of the fleet in any minute (provider)", p60, MaxSharePerMinute));
            }
        }

        output.WriteLine();
        output.WriteLine("| change | update requests per agent: mean | fewest | most |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (label, epoch) in scenario.Changes)
        {
            int total = 0, fewest = int.MaxValue, most = 0;
            for (int agent = 0; agent < _agents; agent++)
            {
                int n = _partitions[agent % _partitions.Length].World.UpdatesFor(agent, epoch);
                total += n;
                fewest = Math.Min(fewest, n);
                most = Math.Max(most, n);
            }

            output.WriteLine($"| {label} | {(double)total / _agents:F3} | {fewest} | {most} |");
            if (epoch <= 2)
            {
                bool exact = fewest == 1 && most == 1;
                TargetsMet &= exact;
                verdicts.Add($"{(exact ? "met" : "MISSED")}: exactly 1 update per agent for the {label} (the provider answers): {fewest} to {most}");
            }
        }

        int refreshes = _partitions.Sum(p => p.World.Refreshes);
        int anomalies = _partitions.Sum(p => p.World.Anomalies);
        output.WriteLine();
        output.WriteLine($"forced refreshes sent: {refreshes:N0} ({(double)refreshes / _agents:F2} per agent); requests with an address not the agent's own: {anomalies}");
        TargetsMet &= anomalies == 0;
        output.WriteLine();
        output.WriteLine("targets:");
        foreach (string verdict in verdicts)
        {
            output.WriteLine("  " + verdict);
        }
    }

    private string Verdict(string what, int count, double limit)
    {
        bool met = count <= limit * _agents;
        TargetsMet &= met;
        return $"{(met ? "met" : "MISSED")}: {what}: {Share(count)}";
    }

    private string Share(int count) => $"{count:N0} ({100.0 * count / _agents:0.###}%)";

    private int Second(DateTime at) => (int)((at - _start).Ticks / TimeSpan.TicksPerSecond);

    // The largest sum of width consecutive seconds within [from, to).
    private static int MostIn(int[] perSecond, int from, int to, int width)
    {
        int sum = 0, most = 0;
        for (int s = from; s < to; s++)
        {
            sum += perSecond[s];
            if (s - width >= from)
            {
                sum -= perSecond[s - width];
            }

            most = Math.Max(most, sum);
        }

        return most;
    }

    private static int[] Sum(FleetPartition[] partitions, Func<FleetWorld, int[]> counts)
    {
        int[] total = new int[counts(partitions[0].World).Length];
        foreach (FleetPartition p in partitions)
        {
            int[] c = counts(p.World);
            for (int i = 0; i < total.Length; i++)
            {
                total[i] += c[i];
            }
        }

        return total;
    }
}
