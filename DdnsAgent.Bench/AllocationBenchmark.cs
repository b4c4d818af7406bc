using System.Diagnostics;
using System.Text.Json;
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Dyndns2;
using DdnsAgent.Engine;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Protocol;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Servers;

namespace DdnsAgent.Bench;

/// <summary>
/// Managed bytes the agent allocates, counted process-wide (every thread: GC.GetTotalAllocatedBytes), per
/// figure: a check that finds no change (the agent's normal day), an update cycle (detect a new address,
/// send it, parse the answer, save the state), an idle tick, and the hot paths. "Transport excluded" uses an
/// in-memory transport; "HTTP" and "HTTPS" use the host's transport against the loopback servers of the
/// `serve` command, which run in a child process so that their allocations are not counted. The harness
/// itself allocates nothing while measuring: the fake transport and the state store copy into buffers made
/// beforehand, and the reflector changes its answer on its own. The host transport opens a new connection
/// for every request; "new transport" also builds the transport anew for every check, as a fresh process does.
/// </summary>
public static class AllocationBenchmark
{
    public static async Task<int> RunAsync(int cycles, TextWriter output)
    {
        output.WriteLine("DdnsAgent allocation benchmark, .NET " + Environment.Version + ", bytes counted on all threads");
        var canned = new TwoAnswerTransport("ip.test");
        Report(output, "no-change check, transport excluded", MeasureNoChange(canned, Settings("https://ip.test/", "https://ddns.test/nic/update", null, false), cycles));
        Report(output, "update, transport excluded", MeasureUpdates(canned, Settings("https://ip.test/", "https://ddns.test/nic/update", null, false), cycles, canned.Flip));
        Report(output, "idle tick (host network stack, nothing due)", MeasureIdleTick(cycles * 10));
        Report(output, "RFC 2136 update and its proof, transport excluded (a signing DNS server in memory)", MeasureRfc2136(cycles));

        using var servers = await ServeProcess.StartAsync();
        Settings http = servers.Settings("http.json");
        Settings https = servers.Settings("https.json");
        var trust = TrustPolicy.WithExtraCaFile(servers.CaFile);
        using var plain = new HostHttpTransport(trust, allowPlainHttpCredentials: true);
        using var tls = new HostHttpTransport(trust, allowPlainHttpCredentials: false);
        int networked = Math.Max(cycles / 10, 50);
        Report(output, "no-change check, HTTP loopback", MeasureNoChange(plain, http, networked));
        Report(output, "no-change check, HTTPS loopback", MeasureNoChange(tls, https, networked));
        Report(output, "no-change check, HTTPS loopback, new transport", MeasureNoChange(new FreshTransport(trust), https, networked));
        Report(output, "update, HTTP loopback", MeasureUpdates(plain, Alternating(http), networked, null));
        Report(output, "update, HTTPS loopback", MeasureUpdates(tls, Alternating(https), networked, null));

        ReportHotPaths(output);
        return 0;
    }

    private static Settings Settings(string reflectorUrl, string serverUrl, string caPath, bool allowPlainHttp) => new Settings
    {
        Provider = "custom",
        ServerUrl = serverUrl,
        Username = LoopbackServers.User,
        Password = LoopbackServers.Password,
        Hostnames = new[] { LoopbackServers.Hostname },
        IpSource = "web",
        Reflectors = new[] { reflectorUrl },
        CheckIntervalSeconds = 60,
        StartDelaySeconds = 0, // a cycle is measured, not the fleet's spread
        ChangeDelaySeconds = 0,
        CaCertificate = caPath,
        AllowPlainHttp = allowPlainHttp,
    };

    private static Settings Alternating(Settings settings)
    {
        Settings copy = SettingsCopy.Of(settings);
        copy.Reflectors = new[] { settings.Reflectors[0].Replace(LoopbackServers.ReflectorPath, LoopbackServers.AlternatingPath, StringComparison.Ordinal) };
        return copy;
    }

    private static (Agent Agent, FakeClock Clock) NewAgent(IHttpTransport transport, Settings settings, INetworkStack network = null)
    {
        var clock = new FakeClock(new DateTime(2026, 11, 24, 10, 0, 0));
        var ports = new AgentPorts
        {
            Clock = clock,
            Http = transport,
            Network = network ?? new FakeNetworkStack(),
            Blobs = new InPlaceBlobStore(),
            Indicator = new FakeStatusIndicator(),
            DeviceName = "Bench",
            Seed = 1,
        };
        var agent = new Agent(ports, new AgentEvents(new DdnsAgent.Status.EventLog(), clock));
        if (!AgentSetup.TryCreate(settings, "Bench", Vocabulary.DeviceConsole, out AgentSetup setup, out string problem))
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
            clock.UtcNow = clock.UtcNow.AddSeconds(66); // the interval plus its most jitter: every tick checks
            agent.Tick();
            Expect(agent, LedState.AllGood);
        });
    }

    private static (double Bytes, TimeSpan Time) MeasureUpdates(IHttpTransport transport, Settings settings, int cycles, Action flip)
    {
        var (agent, clock) = NewAgent(transport, settings);
        return Measure(cycles, () =>
        {
            flip?.Invoke();
            // An hour apart each address is new again (not flapping back, not damped): every cycle sends at once.
            clock.UtcNow = clock.UtcNow.AddSeconds(UpdateTiming.HourSeconds + Agent.MinUpdateSpacingSeconds);
            agent.Tick();
            Expect(agent, LedState.AllGood);
        });
    }

    // Detect a new address, sign the UPDATE, have it verified and answered, verify the answer, save the state;
    // 2 s later the proof asks the zone for the record. The in-memory server's work (two HMACs) is in the time too.
    private static (double Bytes, TimeSpan Time) MeasureRfc2136(int cycles)
    {
        var reflector = new TwoAnswerTransport("ip.test");
        var clock = new FakeClock(new DateTime(2026, 11, 24, 10, 0, 0));
        var names = new[] { "home.example.org" };
        var dns = new FakeDnsServer(clock, FakeDnsServer.TestKeyName, FakeDnsServer.TestSecret, names);
        var ports = new AgentPorts { Clock = clock, Http = reflector, Dns = dns, Network = new FakeNetworkStack(), Blobs = new InPlaceBlobStore(), Indicator = new FakeStatusIndicator(), DeviceName = "Bench", Seed = 1 };
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
            StartDelaySeconds = 0,
            ChangeDelaySeconds = 0,
        };
        if (!AgentSetup.TryCreate(settings, "Bench", Vocabulary.DeviceConsole, out AgentSetup setup, out string problem))
        {
            throw new InvalidOperationException(problem);
        }

        agent.Configure(setup);
        return Measure(cycles, () =>
        {
            reflector.Flip();
            clock.UtcNow = clock.UtcNow.AddSeconds(UpdateTiming.HourSeconds + Agent.MinUpdateSpacingSeconds);
            agent.Tick();
            clock.UtcNow = clock.UtcNow.AddSeconds(PublicationCheck.FirstDelaySeconds);
            agent.Tick();
            Expect(agent, LedState.AllGood);
        });
    }

    // The daemon's tick between checks: nothing is due, the network stack is the host's own.
    private static (double Bytes, TimeSpan Time) MeasureIdleTick(int cycles)
    {
        var network = new HostNetworkStack();
        var (agent, clock) = NewAgent(new TwoAnswerTransport("ip.test"), Settings("https://ip.test/", "https://ddns.test/nic/update", null, false), network);
        return Measure(cycles, () =>
        {
            clock.UtcNow = clock.UtcNow.AddTicks(1);
            agent.Tick();
        });
    }

    private static void Expect(Agent agent, LedState state)
    {
        if (agent.State != state)
        {
            throw new InvalidOperationException("the cycle did not succeed: " + agent.State);
        }
    }

    private static (double Bytes, TimeSpan Time) Measure(int cycles, Action cycle)
    {
        for (int i = 0; i < Math.Min(cycles, 20); i++)
        {
            cycle();
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < cycles; i++)
        {
            cycle();
        }

        watch.Stop();
        return ((GC.GetTotalAllocatedBytes(precise: true) - before) / (double)cycles, watch.Elapsed / cycles);
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
        output.WriteLine(name + ": " + bytes.ToString("0.##") + " B per call");
    }

    private static void Report(TextWriter output, string figure, (double Bytes, TimeSpan Time) result)
    {
        output.WriteLine(figure + ": " + result.Bytes.ToString("0") + " B and " + result.Time.TotalMicroseconds.ToString("0") + " µs per cycle");
    }

    /// <summary>The reflector's and the provider's answers from buffers made beforehand; <see cref="Flip"/> moves to the other address.</summary>
    private sealed class TwoAnswerTransport(string reflectorHost) : IHttpTransport
    {
        private readonly byte[][] _reflector = [Ascii(TestAddresses.PublicIPv4 + "\n"), Ascii(TestAddresses.OtherPublicIPv4 + "\n")];
        private readonly byte[][] _provider = [Ascii("good " + TestAddresses.PublicIPv4), Ascii("good " + TestAddresses.OtherPublicIPv4)];
        private int _turn;

        public void Flip() => _turn ^= 1;

        public void Send(HttpRequest request, HttpResponse response)
        {
            response.Clear();
            byte[] body = request.Host == reflectorHost ? _reflector[_turn] : _provider[_turn];
            Array.Copy(body, response.Body, body.Length);
            response.StatusCode = 200;
            response.BodyLength = body.Length;
        }

        private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
    }

    /// <summary>A new host transport for every request, as a process that starts afresh has.</summary>
    private sealed class FreshTransport(TrustPolicy trust) : IHttpTransport
    {
        public void Send(HttpRequest request, HttpResponse response)
        {
            using var transport = new HostHttpTransport(trust, allowPlainHttpCredentials: false);
            transport.Send(request, response);
        }
    }

    /// <summary>The two state slots in buffers made beforehand: a write copies, and allocates nothing.</summary>
    private sealed class InPlaceBlobStore : IBlobStore
    {
        private readonly byte[][] _slots = [new byte[4096], new byte[4096]];
        private readonly int[] _lengths = [-1, -1];

        public int Read(string name, byte[] buffer)
        {
            int slot = Slot(name);
            if (_lengths[slot] < 0 || _lengths[slot] > buffer.Length)
            {
                return -1;
            }

            Array.Copy(_slots[slot], buffer, _lengths[slot]);
            return _lengths[slot];
        }

        public bool Write(string name, byte[] data, int count, out string problem)
        {
            problem = null;
            int slot = Slot(name);
            Array.Copy(data, _slots[slot], count);
            _lengths[slot] = count;
            return true;
        }

        public void Delete(string name) => _lengths[Slot(name)] = -1;

        private static int Slot(string name) => name == DdnsAgent.Persistence.StateStore.SlotA ? 0 : 1;
    }

    /// <summary>The bench's own `serve` command in a child process, so that the servers' allocations are not counted.</summary>
    private sealed class ServeProcess : IDisposable
    {
        private readonly Process _process;
        private readonly string _folder;

        private ServeProcess(Process process, string folder)
        {
            _process = process;
            _folder = folder;
        }

        public string CaFile => Path.Combine(_folder, "ca.pem");

        public static async Task<ServeProcess> StartAsync()
        {
            string folder = Path.Combine(Path.GetTempPath(), "ddns-agent-bench-" + Environment.ProcessId);
            var start = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                start.ArgumentList.Add(typeof(AllocationBenchmark).Assembly.Location);
            }

            foreach (string argument in new[] { "serve", "--dir", folder, "--minutes", "30" })
            {
                start.ArgumentList.Add(argument);
            }

            Process process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string line;
            while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) != "ready")
            {
                if (line is null)
                {
                    throw new InvalidOperationException("the servers did not start");
                }
            }

            return new ServeProcess(process, folder);
        }

        public Settings Settings(string file)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, file)));
            JsonElement root = json.RootElement;
            bool plain = root.GetProperty("AllowPlainHttp").GetBoolean();
            return AllocationBenchmark.Settings(root.GetProperty("Reflectors")[0].GetString(), root.GetProperty("ServerUrl").GetString(), null, plain);
        }

        public void Dispose()
        {
            _process.Kill();
            _process.WaitForExit(10000);
            _process.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the temp cleaner.
            }
        }
    }
}
