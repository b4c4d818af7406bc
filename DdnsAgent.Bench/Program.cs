using DdnsAgent.Bench;
using DdnsAgent.Bench.Fleet;

// Fleet simulation (see Fleet/FleetCommand.cs): dotnet run -c Release --project DdnsAgent.Bench -- fleet [--agents N]
if (args.Length > 0 && args[0] == "fleet")
{
    return FleetCommand.Run(args[1..], Console.Out);
}

// Usage: dotnet run -c Release --project DdnsAgent.Bench [-- --cycles N]   (allocation per figure)
//        dotnet run -c Release --project DdnsAgent.Bench -- serve --dir DIR [--minutes N]
if (args.Length >= 1 && args[0] == "serve")
{
    string folder = Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "ddns-agent-bench");
    int minutes = int.Parse(Option(args, "--minutes") ?? "90");
    return await LoopbackServers.ServeAsync(Path.GetFullPath(folder), TimeSpan.FromMinutes(minutes), Console.Out);
}

int cycles = int.Parse(Option(args, "--cycles") ?? "2000");
return await AllocationBenchmark.RunAsync(cycles, Console.Out);

static string Option(string[] args, string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
