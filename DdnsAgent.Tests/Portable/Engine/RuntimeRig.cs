using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Runtime;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>The whole runtime on fakes, with a console the test types into.</summary>
    public sealed class RuntimeRig
    {
        public RuntimeRig(Settings stored)
        {
            Clock = new FakeClock(AgentRig.Start);
            Provider = new FakeProvider(Clock);
            Blobs = new FakeBlobStore();
            Store = new FakeSettingsStore { Stored = stored };
            Indicator = new FakeStatusIndicator();
            Output = new RecordingTextSink();
            var ports = new AgentPorts
            {
                Clock = Clock,
                Http = Provider,
                Network = new FakeNetworkStack(),
                Blobs = Blobs,
                Settings = Store,
                Indicator = Indicator,
                Platform = new FakePlatform(),
                DeviceName = "Test",
                Seed = 7,
            };
            Runtime = new AgentRuntime(ports, Output, false);
        }

        public FakeClock Clock { get; }
        public FakeProvider Provider { get; }
        public FakeBlobStore Blobs { get; }
        public FakeSettingsStore Store { get; }
        public FakeStatusIndicator Indicator { get; }
        public RecordingTextSink Output { get; }
        public AgentRuntime Runtime { get; }

        public void Type(string line)
        {
            Runtime.Shell.Execute(line);
        }
    }
}
