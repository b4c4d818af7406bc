using DdnsAgent.Bench;

// Allocation benchmark: managed bytes per agent cycle, with the transport excluded and included.
// Usage: dotnet run -c Release --project DdnsAgent.Bench [-- --cycles N]
int cycles = args.Length == 2 && args[0] == "--cycles" ? int.Parse(args[1]) : 2000;
return await AllocationBenchmark.RunAsync(cycles, Console.Out);
