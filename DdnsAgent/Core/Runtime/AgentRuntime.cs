using System;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Ports;
using DdnsAgent.Shell;
using DdnsAgent.Status;

namespace DdnsAgent.Runtime
{
    /// <summary>
    /// The whole agent assembled from the platform's ports: the scheduler, the event log and the console
    /// shell with its settings draft. The device's Program and the host's program both build this and then
    /// call <see cref="Tick"/> in their loop and feed the console into <see cref="Shell"/>. Its problems are told in
    /// the words of the surface the user is on (<see cref="Words"/>).
    /// </summary>
    public sealed class AgentRuntime : ISettingsTarget
    {
        private readonly AgentPorts _ports;
        /// <summary>The agent with the console words of its platform (forDevice: the ESP32's serial console).</summary>
        public AgentRuntime(AgentPorts ports, ITextSink console, bool forDevice)
            : this(ports, console, Vocabulary.ConsoleOf(forDevice))
        {
        }

        /// <summary>The agent for words' surface: a console's, or the host's settings file (`run`, `once`).</summary>
        public AgentRuntime(AgentPorts ports, ITextSink console, Vocabulary words)
        {
            _ports = ports;
            Words = words;
            Events = new AgentEvents(new EventLog(), ports.Clock);
            Agent = new Agent(ports, Events);
            Settings = new SettingsConsole(ports.Settings, this, words.ForDevice);
            Shell = new ConsoleShell(console, Agent, Settings, Settings, ports.Platform, Events.Log);
            Shell.Words = Vocabulary.ConsoleOf(words.ForDevice);
        }

        /// <summary>The surface the user is on: how the problems this runtime tells name settings and commands.</summary>
        public Vocabulary Words { get; }

        public Agent Agent { get; }

        public AgentEvents Events { get; }

        public SettingsConsole Settings { get; }

        public ConsoleShell Shell { get; }

        /// <summary>The settings in force, or null while unconfigured.</summary>
        public Settings Current { get; private set; }

        /// <summary>
        /// Loads the state and the settings. True when valid settings are in force; false leaves the agent
        /// in provisioning mode (console up, "no configuration" pattern) with the reason in the event log.
        /// </summary>
        public bool Start()
        {
            Agent.LoadState();
            if (!_ports.Settings.TryLoad(out Settings loaded, out string problem))
            {
                Events.Warning(problem);
                Agent.Unconfigure(false);
                return false;
            }

            Settings.Reset(loaded);
            if (!TryApply(loaded, out problem))
            {
                Events.Error(string.Concat("the stored settings cannot be used: ", problem));
                Agent.Unconfigure(false);
                return false;
            }

            return true;
        }

        /// <summary>One scheduler step; returns when to call again.</summary>
        public DateTime Tick() => Agent.Tick();

        /// <summary>Validates settings and puts them in force.</summary>
        public bool TryApply(Settings settings, out string problem)
        {
            if (!TryPrepare(settings, out AgentSetup setup, out problem))
            {
                return false;
            }

            Apply(settings, setup);
            return true;
        }

        public bool TryPrepare(Settings settings, out AgentSetup setup, out string problem)
        {
            setup = null;
            ValidationReport report = SettingsValidator.Validate(settings, Words);
            if (!report.IsValid)
            {
                problem = report.SummaryText();
                return false;
            }

            return AgentSetup.TryCreate(settings, _ports.DeviceName, Words, out setup, out problem);
        }

        public void Apply(Settings settings, AgentSetup setup)
        {
            Current = settings;
            Agent.Configure(setup);
            Events.Info("settings in force");
        }

        public void Reset()
        {
            Current = null;
            Agent.Unconfigure(true);
            Events.Warning("factory reset: settings and state erased");
        }
    }
}
