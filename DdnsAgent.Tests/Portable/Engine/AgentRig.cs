using System;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Ports;
using DdnsAgent.Shell;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>An agent wired to fakes: a clock, a network, a reflector plus provider, flash and an LED.</summary>
    public sealed class AgentRig
    {
        public static readonly DateTime Start = new DateTime(2026, 11, 24, 10, 0, 0);

        public AgentRig() : this(DefaultSettings()) { }

        public AgentRig(Settings settings) : this(settings, 12345, false) { }

        /// <param name="seed">The platform's seed (a device's MAC, or the host's random number).</param>
        /// <param name="seedIsRandom">True for the host: the first seed is kept in the state.</param>
        public AgentRig(Settings settings, int seed, bool seedIsRandom)
        {
            Seed = seed;
            SeedIsRandom = seedIsRandom;
            Clock = new FakeClock(Start);
            Network = new FakeNetworkStack();
            Provider = new FakeProvider(Clock);
            Blobs = new FakeBlobStore();
            Indicator = new FakeStatusIndicator();
            Dns = new FakeDnsServer(Clock, FakeDnsServer.TestKeyName, FakeDnsServer.TestSecret, settings.Hostnames ?? new string[0]);
            Settings = settings;
            Boot();
        }

        public FakeClock Clock { get; }
        public FakeNetworkStack Network { get; }
        public FakeProvider Provider { get; }
        public FakeBlobStore Blobs { get; }
        public FakeStatusIndicator Indicator { get; }

        /// <summary>The zone's DNS server, for rfc2136 and the proof in DNS; it holds the first settings' hostnames.</summary>
        public FakeDnsServer Dns { get; }
        public Settings Settings { get; private set; }
        public Agent Agent { get; private set; }
        public EventLog Events { get; private set; }

        /// <summary>The seed the next <see cref="Boot"/> gives the agent.</summary>
        public int Seed { get; set; }

        public bool SeedIsRandom { get; set; }

        /// <summary>When the agent asked to be called next.</summary>
        public DateTime NextTick { get; private set; }

        /// <summary>
        /// The rig's settings. The spread (start.delay, change.delay) is off, so that the tests of other rules read
        /// plainly; the tests of the spread turn it on. The interval jitter (up to 10%) is always on.
        /// </summary>
        public static Settings DefaultSettings()
        {
            return new Settings
            {
                Provider = "custom",
                ServerUrl = "https://ddns.test/nic/update",
                Username = "user",
                Password = "secret",
                Hostnames = new string[] { "home.example.org" },
                IpSource = "web",
                Reflectors = new string[] { "https://ip.test/" },
                CheckIntervalSeconds = 300,
                ForceRefreshDays = 25,
                StartDelaySeconds = 0,
                ChangeDelaySeconds = 0,
            };
        }

        /// <summary>rfc2136 to <see cref="Dns"/>: home.example.org in the zone example.org, signed with the test key.</summary>
        public static Settings Rfc2136Settings()
        {
            return new Settings
            {
                Provider = "rfc2136",
                DnsServer = "192.0.2.53",
                DnsZone = "example.org",
                DnsKeyName = FakeDnsServer.TestKeyName,
                DnsKeySecret = FakeDnsServer.TestSecret,
                Hostnames = new string[] { "home.example.org" },
                IpSource = "web",
                Reflectors = new string[] { "https://ip.test/" },
                CheckIntervalSeconds = 300,
                ForceRefreshDays = 25,
                StartDelaySeconds = 0,
                ChangeDelaySeconds = 0,
            };
        }

        /// <summary>A power cycle: a new agent on the same flash, network and clock.</summary>
        public void Boot()
        {
            Events = new EventLog();
            var ports = new AgentPorts
            {
                Clock = Clock,
                Http = Provider,
                Dns = Dns,
                Network = Network,
                Blobs = Blobs,
                Indicator = Indicator,
                DeviceName = "Test",
                Seed = Seed,
                SeedIsRandom = SeedIsRandom,
            };
            Agent = new Agent(ports, new AgentEvents(Events, Clock));
            Agent.LoadState();
            Apply(Settings);
        }

        public void Apply(Settings settings)
        {
            Settings = settings;
            if (!AgentSetup.TryCreate(settings, "Test", Vocabulary.DeviceConsole, out AgentSetup setup, out string problem))
            {
                throw new InvalidOperationException(problem);
            }

            Agent.Configure(setup);
            NextTick = Clock.UtcNow;
        }

        /// <summary>Runs the agent as its main loop would, for a span of simulated time; returns the ticks run.</summary>
        public int RunFor(int seconds)
        {
            DateTime end = Clock.UtcNow.AddSeconds(seconds);
            int ticks = 0;
            while (ticks < 100000)
            {
                if (NextTick > Clock.UtcNow)
                {
                    Clock.UtcNow = NextTick < end ? NextTick : end;
                }

                if (Clock.UtcNow >= end)
                {
                    break;
                }

                NextTick = Agent.Tick();
                ticks++;
            }

            return ticks;
        }

        public void Tick()
        {
            NextTick = Agent.Tick();
        }

        /// <summary>After seconds the public address becomes address and the network says so; the agent ticks.</summary>
        public void ReportChange(string address, int afterSeconds)
        {
            Clock.AdvanceSeconds(afterSeconds);
            Provider.PublicIPv4 = address;
            Network.AddressChangeCount++;
            Tick();
        }

        /// <summary>True when some event's message contains text.</summary>
        public bool Logged(string text)
        {
            for (int i = 0; i < Events.Count; i++)
            {
                if (Events.EntryAt(i).Message(Vocabulary.DeviceConsole).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every event's message, one per line (for failure messages).</summary>
        public string LogText()
        {
            string text = string.Empty;
            for (int i = 0; i < Events.Count; i++)
            {
                text = string.Concat(text, Events.EntryAt(i).Message(Vocabulary.DeviceConsole), "\n");
            }

            return text;
        }

        /// <summary>What `status` prints now.</summary>
        public string Status()
        {
            var snapshot = new AgentSnapshot();
            Agent.Read(snapshot);
            var output = new RecordingTextSink();
            StatusReport.Write(snapshot, output, Vocabulary.DeviceConsole);
            return output.Text;
        }

        /// <summary>One round on request, reported as the host's `once` reports it.</summary>
        public CycleOutcome RunOnce(bool force, ITextSink output)
        {
            CycleOutcome outcome = Agent.Update(force);
            var snapshot = new AgentSnapshot();
            Agent.Read(snapshot);
            UpdateReport.Write(outcome, force, snapshot, output, Vocabulary.SettingsFile);
            return outcome;
        }
    }
}
