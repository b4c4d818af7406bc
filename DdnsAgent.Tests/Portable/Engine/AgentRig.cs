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

        public AgentRig(Settings settings)
        {
            Clock = new FakeClock(Start);
            Network = new FakeNetworkStack();
            Provider = new FakeProvider(Clock);
            Blobs = new FakeBlobStore();
            Indicator = new FakeStatusIndicator();
            Settings = settings;
            Boot();
        }

        public FakeClock Clock { get; }
        public FakeNetworkStack Network { get; }
        public FakeProvider Provider { get; }
        public FakeBlobStore Blobs { get; }
        public FakeStatusIndicator Indicator { get; }
        public Settings Settings { get; private set; }
        public Agent Agent { get; private set; }
        public EventLog Events { get; private set; }

        /// <summary>When the agent asked to be called next.</summary>
        public DateTime NextTick { get; private set; }

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
                Network = Network,
                Blobs = Blobs,
                Indicator = Indicator,
                DeviceName = "Test",
                Seed = 12345,
            };
            Agent = new Agent(ports, new AgentEvents(Events, Clock));
            Agent.LoadState();
            Apply(Settings);
        }

        public void Apply(Settings settings)
        {
            Settings = settings;
            if (!AgentSetup.TryCreate(settings, "Test", out AgentSetup setup, out string problem))
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

        /// <summary>One round on request, reported as the host's `once` reports it.</summary>
        public CycleOutcome RunOnce(bool force, ITextSink output)
        {
            CycleOutcome outcome = Agent.Update(force);
            var snapshot = new AgentSnapshot();
            Agent.Read(snapshot);
            UpdateReport.Write(outcome, force, snapshot, output);
            return outcome;
        }
    }
}
