using System;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Status;
using DdnsAgent.Tests.Engine;
using DdnsAgent.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    /// <summary>The agent's most frequent work, a check that finds no change, allocates nothing.</summary>
    [TestClass]
    public sealed class SchedulerAllocationTests
    {
        [TestMethod]
        public void ACheckWithNoChangeAllocatesNothing()
        {
            var clock = new FakeClock(AgentRig.Start);
            var transport = new CannedHttpTransport("ip.test", "81.2.69.160\n", "good 81.2.69.160");
            var agent = new Agent(
                new AgentPorts { Clock = clock, Http = transport, Network = new FakeNetworkStack(), Blobs = new FakeBlobStore(), Indicator = new FakeStatusIndicator(), DeviceName = "Test", Seed = 1 },
                new AgentEvents(new EventLog(), clock));
            // Checks every minute: 20,000 of them stay well inside the 25-day refresh period.
            Settings settings = AgentRig.DefaultSettings();
            settings.CheckIntervalSeconds = 60;
            Assert.IsTrue(AgentSetup.TryCreate(settings, "Test", Vocabulary.DeviceConsole, out AgentSetup setup, out string problem), problem);
            agent.Configure(setup);
            DateTime next = agent.Tick();
            Assert.AreEqual(1, transport.ProviderRequests, "the first check registers the address");

            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                clock.UtcNow = next; // the interval, give or take 10%
                next = agent.Tick();
            });

            Assert.AreEqual(1, transport.ProviderRequests, "no update was sent for an unchanged address");
            Assert.IsTrue(transport.ReflectorRequests > AllocationMeter.Iterations, "every tick really checked");
            Assert.AreEqual(LedState.AllGood, agent.State);
            Assert.AreEqual(0L, bytes, "bytes allocated by checks that found no change");
        }
    }
}
