using System.Diagnostics;
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Servers;

namespace DdnsAgent.Bench;

/// <summary>
/// Runs the agent's two cycles many times and reports the managed bytes each one allocates:
/// a check that finds no change (the agent's normal day), and an update cycle (detect a new address,
/// build the request, send it, parse the answer, save the state). "Transport excluded" uses an in-memory
/// transport that allocates nothing; "transport included" uses the real HTTPS transport against a loopback
/// dyndns2 emulator and reflector. Bytes are counted on the agent's thread (the servers run on others).
/// </summary>
public static class AllocationBenchmark
{
    private const string ReflectorPath = "/ip";

    public static async Task<int> RunAsync(int cycles, TextWriter output)
    {
        output.WriteLine($"DdnsAgent allocation benchmark, {cycles} cycles each, .NET {Environment.Version}");
        output.WriteLine();
        output.WriteLine("| cycle | transport | bytes per cycle | time per cycle |");
        output.WriteLine("|---|---|---:|---:|");

        var canned = new CannedHttpTransport("ip.test", TestAddresses.PublicIPv4 + "\n", "good " + TestAddresses.PublicIPv4);
        Report(output, "no-change check", "excluded", MeasureNoChange(canned, Settings("https://ip.test/", "https://ddns.test/nic/update", null), cycles));
        Report(output, "update", "excluded", MeasureUpdates(canned, Settings("https://ip.test/", "https://ddns.test/nic/update", null), cycles,
            address => { canned.ReflectorBody = address + "\n"; canned.ProviderBody = "good " + address; }));

        Report(output, "RFC 2136 update and its proof", "excluded (a signing DNS server in memory)", MeasureRfc2136(cycles));

        using var ca = TestCertificateAuthority.Create();
        var certificate = ca.IssueServerCertificate();
        await using var emulator = await Dyndns2Emulator.StartAsync(certificate, new Dyndns2EmulatorOptions().AddAccount("user", "secret", "home.example.org"));
        await using var reflector = await ReflectorServer.StartAsync(certificate);
        reflector.Serve(ReflectorPath, ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
        using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), allowPlainHttpCredentials: false);
        var settings = Settings(reflector.Url(ReflectorPath).ToString(), emulator.UpdateUrl.ToString(), null);
        Report(output, "no-change check", "included (HTTPS, loopback)", MeasureNoChange(transport, settings, Math.Max(cycles / 10, 50)));
        Report(output, "update", "included (HTTPS, loopback)", MeasureUpdates(transport, settings, Math.Max(cycles / 10, 50),
            address => reflector.Serve(ReflectorPath, ReflectorFormat.PlainText, address)));

        output.WriteLine();
        output.WriteLine("| hot path | bytes per call |");
        output.WriteLine("|---|---:|");
        ReportHotPaths(output);
        return 0;
    }

    private static Settings Settings(string reflectorUrl, string serverUrl, string caPath) => new Settings
    {
        Provider = "custom",
        ServerUrl = serverUrl,
        Username = "user",
        Password = "secret",
        Hostnames = new[] { "home.example.org" },
        IpSource = "web",
        Reflectors = new[] { reflectorUrl },
        CheckIntervalSeconds = 60,
        CaCertificate = caPath,
    };

    private static (Agent Agent, FakeClock Clock) NewAgent(IHttpTransport transport, Settings settings)
    {
        var clock = new FakeClock(new DateTime(2026, 11, 24, 10, 0, 0));
        var ports = new AgentPorts { Clock = clock, Http = transport, Network = new FakeNetworkStack(), Blobs = new FakeBlobStore(), Indicator = new FakeStatusIndicator(), DeviceName = "Bench", Seed = 1 };
        var agent = new Agent(ports, new AgentEvents(new DdnsAgent.Status.EventLog(), clock));
        if (!AgentSetup.TryCreate(settings, "Bench", out AgentSetup setup, out string problem))
        {
            throw new InvalidOperationException(problem);
        }

        agent.Configure(setup);
        agent.Tick();
        return (agent, clock);
    }

    private static (double Bytes, TimeSpan Time) MeasureNoChange(IHttpTransport transport, Settings settings, int cycles)
    {
        var (agent, clock) = NewAgent(transport, settings);
        return Measure(cycles, () =>
        {
            clock.UtcNow = clock.UtcNow.AddSeconds(60);
            agent.Tick();
        });
    }

    private static (double Bytes, TimeSpan Time) MeasureUpdates(IHttpTransport transport, Settings settings, int cycles, Action<string> publish)
    {
        var (agent, clock) = NewAgent(transport, settings);
        var addresses = new[] { TestAddresses.OtherPublicIPv4, TestAddresses.PublicIPv4 };
        int n = 0;
        return Measure(cycles, () =>
        {
            publish(addresses[n++ % 2]);
            clock.UtcNow = clock.UtcNow.AddSeconds(Agent.MinUpdateSpacingSeconds);
            agent.Tick();
            if (agent.State != LedState.AllGood)
            {
                throw new InvalidOperationException("the update cycle did not succeed: " + agent.State);
            }
        });
    }

    // Detect a new address, sign the UPDATE, have it verified and answered, verify the answer, save the state;
    // 2 s later the proof asks the zone for the record. The server's work (two HMACs) is in the time too.
    private static (double Bytes, TimeSpan Time) MeasureRfc2136(int cycles)
    {
        var canned = new CannedHttpTransport("ip.test", TestAddresses.PublicIPv4 + "\n", string.Empty);
        var clock = new FakeClock(new DateTime(2026, 11, 24, 10, 0, 0));
        var names = new[] { "home.example.org" };
        var dns = new FakeDnsServer(clock, FakeDnsServer.TestKeyName, FakeDnsServer.TestSecret, names);
        var ports = new AgentPorts { Clock = clock, Http = canned, Dns = dns, Network = new FakeNetworkStack(), Blobs = new FakeBlobStore(), Indicator = new FakeStatusIndicator(), DeviceName = "Bench", Seed = 1 };
        var agent = new Agent(ports, new AgentEvents(new DdnsAgent.Status.EventLog(), clock));
        var settings = new Settings
        {
            Provider = "rfc2136",
            DnsServer = dns.Address,
            DnsZone = "example.org",
            DnsKeyName = FakeDnsServer.TestKeyName,
            DnsKeySecret = FakeDnsServer.TestSecret,
            Hostnames = names,
            IpSource = "web",
            Reflectors = new[] { "https://ip.test/" },
        };
        if (!AgentSetup.TryCreate(settings, "Bench", out AgentSetup setup, out string problem))
        {
            throw new InvalidOperationException(problem);
        }

        agent.Configure(setup);
        var addresses = new[] { TestAddresses.OtherPublicIPv4, TestAddresses.PublicIPv4 };
        int n = 0;
        return Measure(cycles, () =>
        {
            canned.ReflectorBody = addresses[n++ % 2] + "\n";
            clock.UtcNow = clock.UtcNow.AddSeconds(Agent.MinUpdateSpacingSeconds);
            agent.Tick();
            clock.UtcNow = clock.UtcNow.AddSeconds(PublicationCheck.FirstDelaySeconds);
            agent.Tick();
            if (agent.State != LedState.AllGood)
            {
                throw new InvalidOperationException("the RFC 2136 cycle did not succeed: " + agent.State);
            }
        });
    }

    private static (double Bytes, TimeSpan Time) Measure(int cycles, Action cycle)
    {
        for (int i = 0; i < Math.Min(cycles, 50); i++)
        {
            cycle();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < cycles; i++)
        {
            cycle();
        }

        watch.Stop();
        return ((GC.GetAllocatedBytesForCurrentThread() - before) / (double)cycles, watch.Elapsed / cycles);
    }

    private static void ReportHotPaths(TextWriter output)
    {
        byte[] text = "2a02:1234::5"u8.ToArray();
        byte[] formatted = new byte[IpAddress.MaxTextLength];
        var answer = new UpdateAnswer();
        byte[] body = "good 81.2.69.160\nnochg 81.2.69.160\n"u8.ToArray();
        UpdateEndpoint.TryFromUrl("https://ddns.test/nic/update", "user", "secret", AgentIdentity.DefaultUserAgent, DualStackStyle.CombinedMyIp, out UpdateEndpoint endpoint, out _);
        var builder = new UpdateRequestBuilder(endpoint, UpdateOptions.None);
        builder.TryPrepareHosts(new[] { "a.example.org", "b.example.org" }, out _);
        var request = new HttpRequest();
        IpAddress.TryParse("81.2.69.160", out IpAddress v4, out _);
        IpAddress.TryParse("2a02:1234::5", out IpAddress v6, out _);

        Row(output, "parse an IPv6 address", () => IpAddress.TryParse(text, 0, text.Length, out _, out _));
        Row(output, "format an IPv6 address", () => v6.FormatTo(formatted, 0));
        Row(output, "parse a two-line answer", () => AnswerParser.Parse(body, body.Length, answer));
        Row(output, "build a dual-stack request", () => builder.TryBuild(request, 0, 2, v4, v6, out _));
    }

    private static void Row(TextWriter output, string name, Action call)
    {
        var (bytes, _) = Measure(100000, call);
        output.WriteLine($"| {name} | {bytes:0.##} |");
    }

    private static void Report(TextWriter output, string cycle, string transport, (double Bytes, TimeSpan Time) result)
    {
        output.WriteLine($"| {cycle} | {transport} | {result.Bytes:0.#} | {result.Time.TotalMicroseconds:0} µs |");
    }
}
