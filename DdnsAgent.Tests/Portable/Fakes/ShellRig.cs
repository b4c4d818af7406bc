using DdnsAgent.Configuration;
using DdnsAgent.Shell;
using DdnsAgent.Status;

namespace DdnsAgent.Tests.Fakes
{
    /// <summary>A console shell wired to fakes, with helpers that type text the way a terminal sends it.</summary>
    public sealed class ShellRig
    {
        public ShellRig()
        {
            Output = new RecordingTextSink();
            Agent = new FakeAgentControl();
            Settings = new FakeSettingsConsole();
            Storage = new FakeStorageControl();
            Platform = new FakePlatform();
            Log = new EventLog(8);
            Shell = new ConsoleShell(Output, Agent, Settings, Storage, Platform, Log);
        }

        public RecordingTextSink Output { get; }

        public FakeAgentControl Agent { get; }

        public FakeSettingsConsole Settings { get; }

        public FakeStorageControl Storage { get; }

        public FakePlatform Platform { get; }

        public EventLog Log { get; }

        public ConsoleShell Shell { get; }

        /// <summary>The host console's side, once <see cref="OnTheHost"/> made the shell the host's.</summary>
        public FakeHostConsole Host { get; private set; }

        /// <summary>Makes the shell the host's: host words, `exit`, CA files.</summary>
        public ShellRig OnTheHost()
        {
            Host = new FakeHostConsole();
            Shell.Words = Vocabulary.HostConsole;
            Shell.Host = Host;
            return this;
        }

        /// <summary>Runs one whole line and returns what the shell wrote for it, prompt included.</summary>
        public string Run(string line)
        {
            Output.Take();
            Shell.Execute(line);
            return Output.Take();
        }

        /// <summary>Feeds text byte by byte, as a terminal would, and returns everything written meanwhile.</summary>
        public string Type(string text)
        {
            Output.Take();
            for (int i = 0; i < text.Length; i++)
            {
                Shell.Feed((byte)text[i]);
            }

            return Output.Take();
        }
    }
}
