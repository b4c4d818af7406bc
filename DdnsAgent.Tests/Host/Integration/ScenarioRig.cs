using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Host.Configuration;
using DdnsAgent.Runtime;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Servers;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>
    /// The whole agent (AgentRuntime) on the host adapters, against a dyndns2 emulator and a reflector on
    /// two real HTTPS servers on 127.0.0.1, both signed by a CA made for the test. Settings live in a JSON
    /// file and the state in files of a temp directory, so <see cref="Boot"/> is a real restart. DNS goes over the
    /// host's real DNS transport (<see cref="Dns"/> records it). Only the clock (so that 30-minute waits take no
    /// time) and the network stack's link state are simulated.
    /// </summary>
    public sealed class ScenarioRig : IAsyncDisposable
    {
        public const string User = "agent-user";
        public const string Password = "Zq7-secret-Pa55word";
        public const string Hostname = "home.example.org";
        public const string IPv4Path = "/ip4";
        public const string IPv6Path = "/ip6";

        /// <summary>Bounds every simulated run: a scheduler that spins is a failure, not a hang.</summary>
        private const int MaxTicksPerRun = 2000;

        private readonly List<string> _events = new List<string>();
        private readonly List<string> _transcript = new List<string>();
        private readonly List<TestCertificateAuthority> _authorities = new List<TestCertificateAuthority>();
        private HostHttpTransport _hostTransport;

        private ScenarioRig()
        {
        }

        public TestCertificateAuthority Ca { get; private set; }

        public ReflectorServer Reflector { get; private set; }

        public Dyndns2Emulator Emulator { get; private set; }

        /// <summary>The agent's clock: 2026-03-02 08:00 unless the rig was started at another time (a DNS server checks signatures against its own).</summary>
        public FakeClock Clock { get; private set; } = new FakeClock(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));

        public FakeNetworkStack Network { get; } = new FakeNetworkStack();

        public FakeStatusIndicator Indicator { get; } = new FakeStatusIndicator();

        public RecordingTransport Transport { get; private set; }

        /// <summary>The host's DNS transport, recorded: rfc2136 updates and the proof in DNS.</summary>
        public RecordingDnsTransport Dns { get; private set; }

        public string Directory { get; private set; }

        public string ConfigPath => Path.Combine(Directory, "ddns-agent.json");

        public string StateDirectory => Path.Combine(Directory, "state");

        public AgentRuntime Runtime { get; private set; }

        /// <summary>What the last <see cref="Boot"/>'s Start returned.</summary>
        public bool Started { get; private set; }

        /// <summary>When the agent last asked to be called again.</summary>
        public DateTime NextTick { get; private set; }

        /// <summary>Every event of every boot, as "Kind: message".</summary>
        public IReadOnlyList<string> Events => _events;

        public LedState Led => Runtime.Agent.State;

        /// <summary>The update requests that reached the emulator (its own log, faults included).</summary>
        public int UpdateRequests => Emulator.Exchanges.Count;

        /// <summary>
        /// Starts the servers. The provider gets <paramref name="provider"/> (default: one account owning
        /// <see cref="Hostname"/>); with <paramref name="providerCa"/> its certificate comes from that CA
        /// instead of the trusted one. The reflector answers public addresses at /ip4 and /ip6. With <paramref name="clockStart"/>
        /// the agent's clock starts then (near the real time, for a DNS server that checks TSIG times).
        /// </summary>
        public static async Task<ScenarioRig> StartAsync(Dyndns2EmulatorOptions provider = null, TestCertificateAuthority providerCa = null, DateTime? clockStart = null)
        {
            var rig = new ScenarioRig();
            if (clockStart.HasValue)
            {
                rig.Clock = new FakeClock(clockStart.Value);
            }

            rig.Directory = Path.Combine(Path.GetTempPath(), "ddns-agent-scenario-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(rig.Directory);
            rig.Ca = rig.Own(TestCertificateAuthority.Create("Scenario Root CA"));
            provider = provider ?? new Dyndns2EmulatorOptions().AddAccount(User, Password, Hostname);
            FakeClock clock = rig.Clock;
            provider.Clock = () => new DateTimeOffset(clock.UtcNow.Ticks, TimeSpan.Zero);
            rig.Reflector = await ReflectorServer.StartAsync(rig.Ca.IssueServerCertificate()).ConfigureAwait(false);
            rig.Emulator = await Dyndns2Emulator.StartAsync((providerCa ?? rig.Ca).IssueServerCertificate(), provider).ConfigureAwait(false);
            rig.Reflector.Serve(IPv4Path, ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            rig.Reflector.Serve(IPv6Path, ReflectorFormat.PlainText, TestAddresses.PublicIPv6);
            rig._hostTransport = new HostHttpTransport(new TrustPolicy(new X509Certificate2Collection(rig.Ca.PublicCertificate)), false);
            rig.Transport = new RecordingTransport(rig._hostTransport);
            rig.Dns = new RecordingDnsTransport(new HostDnsTransport());
            return rig;
        }

        /// <summary>
        /// Host settings for the emulator: IPv4 only, reflectors /ip4 then /ip6, five-minute checks, no spread
        /// (start.delay and change.delay 0: the scenarios pin other rules; SpreadScenarios keep the defaults).
        /// </summary>
        public Settings DefaultSettings()
        {
            return new Settings
            {
                Provider = "custom",
                ServerUrl = Emulator.UpdateUrl.ToString(),
                Username = User,
                Password = Password,
                Hostnames = new[] { Hostname },
                IPv4 = true,
                IPv6 = false,
                IpSource = "web",
                Reflectors = new[] { ReflectorUrl(IPv4Path), ReflectorUrl(IPv6Path) },
                CheckIntervalSeconds = 300,
                StartDelaySeconds = 0,
                ChangeDelaySeconds = 0,
            };
        }

        public string ReflectorUrl(string path) => Reflector.Url(path).ToString();

        /// <summary>Writes the configuration file, as the user (or `save`) would.</summary>
        public void WriteSettings(Settings settings)
        {
            if (!new JsonSettingsStore(ConfigPath).TrySave(settings, out string problem))
            {
                throw new InvalidOperationException(problem);
            }
        }

        /// <summary>Writes the settings and boots.</summary>
        public void Boot(Settings settings)
        {
            WriteSettings(settings);
            Boot();
        }

        /// <summary>A process start: a new runtime on the same configuration file and state directory.</summary>
        public void Boot()
        {
            var ports = new AgentPorts
            {
                Clock = Clock,
                Http = Transport,
                Dns = Dns,
                Network = Network,
                Blobs = new FileBlobStore(StateDirectory),
                Settings = new JsonSettingsStore(ConfigPath),
                Indicator = Indicator,
                Platform = new FakePlatform(),
                DeviceName = "Linux",
                Seed = 4242,
            };
            Runtime = new AgentRuntime(ports, new TranscriptSink(_transcript), false);
            Runtime.Events.Listener = entry => _events.Add(entry.Kind.ToString() + ": " + entry.Message(Vocabulary.DeviceConsole));
            Started = Runtime.Start();
            NextTick = Clock.UtcNow;
        }

        public void Tick()
        {
            NextTick = Runtime.Tick();
        }

        public void AdvanceAndTick(int seconds)
        {
            Clock.AdvanceSeconds(seconds);
            Tick();
        }

        /// <summary>Runs the agent as the host's loop would, the clock jumping to each wake-up, for this long.</summary>
        public void RunFor(int seconds)
        {
            DateTime end = Clock.UtcNow.AddSeconds(seconds);
            for (int ticks = 0; ; ticks++)
            {
                if (ticks == MaxTicksPerRun)
                {
                    throw new InvalidOperationException("the scheduler asked for more than " + MaxTicksPerRun + " ticks");
                }

                if (NextTick > Clock.UtcNow)
                {
                    Clock.UtcNow = NextTick < end ? NextTick : end;
                }

                if (Clock.UtcNow >= end)
                {
                    return;
                }

                Tick();
            }
        }

        /// <summary>Runs one console line and returns what it printed.</summary>
        public string Command(string line)
        {
            int before = _transcript.Count;
            Runtime.Shell.Execute(line);
            return string.Concat(_transcript.GetRange(before, _transcript.Count - before));
        }

        /// <summary>What `status` prints (without the free memory).</summary>
        public string Status()
        {
            var sink = new TranscriptSink(_transcript);
            int before = _transcript.Count;
            var snapshot = new AgentSnapshot();
            Runtime.Agent.Read(snapshot);
            DdnsAgent.Shell.StatusReport.Write(snapshot, sink, Vocabulary.DeviceConsole);
            return string.Concat(_transcript.GetRange(before, _transcript.Count - before));
        }

        /// <summary>Everything the console printed and every event, across boots.</summary>
        public string EverythingShown()
        {
            return string.Concat(_transcript) + "\n" + string.Join("\n", _events);
        }

        public TestCertificateAuthority Own(TestCertificateAuthority authority)
        {
            _authorities.Add(authority);
            return authority;
        }

        public async ValueTask DisposeAsync()
        {
            _hostTransport?.Dispose();
            if (Emulator != null)
            {
                await Emulator.DisposeAsync().ConfigureAwait(false);
            }

            if (Reflector != null)
            {
                await Reflector.DisposeAsync().ConfigureAwait(false);
            }

            foreach (TestCertificateAuthority authority in _authorities)
            {
                authority.Dispose();
            }

            try
            {
                System.IO.Directory.Delete(Directory, true);
            }
            catch (IOException)
            {
                // Left to the temp cleaner.
            }
        }

        private sealed class TranscriptSink : DdnsAgent.Ports.ITextSink
        {
            private readonly List<string> _lines;

            public TranscriptSink(List<string> lines)
            {
                _lines = lines;
            }

            public void Write(string text)
            {
                _lines.Add(text);
            }
        }
    }
}
