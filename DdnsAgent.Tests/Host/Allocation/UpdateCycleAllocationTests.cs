using System;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Status;
using DdnsAgent.Tests.Engine;
using DdnsAgent.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    /// <summary>
    /// A whole update round (detect a new address, build and send the request, parse the answer, record it in
    /// the state and the event log, save) allocates nothing in Core: the event keeps the address as an address,
    /// and its line is formatted only when someone reads the log.
    /// </summary>
    [TestClass]
    public sealed class UpdateCycleAllocationTests
    {
        [TestMethod]
        [DataRow(1, false)]
        [DataRow(2, false)]
        [DataRow(2, true)]
        public void AnUpdateRoundAllocatesNothing(int hosts, bool dualStack)
        {
            var clock = new FakeClock(AgentRig.Start);
            var transport = new AlternatingTransport(dualStack);
            var log = new EventLog();
            var agent = new Agent(
                new AgentPorts { Clock = clock, Http = transport, Network = new FakeNetworkStack(), Blobs = new ReusingBlobStore(), Indicator = new FakeStatusIndicator(), DeviceName = "Test", Seed = 1 },
                new AgentEvents(log, clock));
            Settings settings = AgentRig.DefaultSettings();
            settings.Hostnames = hosts == 1 ? new[] { "home.example.org" } : new[] { "home.example.org", "nas.example.org" };
            settings.IPv6 = dualStack;
            settings.ServerDualStack = dualStack ? "combined" : null;
            Assert.IsTrue(AgentSetup.TryCreate(settings, "Test", Vocabulary.DeviceConsole, out AgentSetup setup, out string problem), problem);
            agent.Configure(setup);
            agent.Tick();

            // An hour apart, each address is new again (not flapping, not damped), so each round sends at once.
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                transport.Flip();
                clock.UtcNow = clock.UtcNow.AddSeconds(UpdateTiming.HourSeconds + Agent.MinUpdateSpacingSeconds);
                agent.Tick();
            });

            Assert.AreEqual(AllocationMeter.WarmUp + AllocationMeter.Iterations + 1, transport.ProviderRequests, "every round sent one update");
            Assert.AreEqual(LedState.AllGood, agent.State);
            string line = log.EntryAt(log.Count - 1).Message(Vocabulary.DeviceConsole);
            StringAssert.StartsWith(line, "update ");
            StringAssert.Contains(line, ": good 81.2.69.16");
            if (dualStack)
            {
                StringAssert.Contains(line, ",2a02:1234::");
            }

            Assert.AreEqual(0L, bytes, "bytes allocated by update rounds");
        }

        [TestMethod]
        [DataRow(1, false)]
        [DataRow(3, true)]
        public void AnRfc2136RoundAndItsProofAllocateNothing(int hosts, bool dualStack)
        {
            var clock = new FakeClock(AgentRig.Start);
            var transport = new AlternatingTransport(dualStack);
            Settings settings = AgentRig.Rfc2136Settings();
            settings.Hostnames = hosts == 1 ? new[] { "home.example.org" } : new[] { "home.example.org", "nas.example.org", "example.org" };
            settings.IPv6 = dualStack;
            var dns = new FakeDnsServer(clock, FakeDnsServer.TestKeyName, FakeDnsServer.TestSecret, settings.Hostnames);
            var log = new EventLog();
            var agent = new Agent(
                new AgentPorts { Clock = clock, Http = transport, Dns = dns, Network = new FakeNetworkStack(), Blobs = new ReusingBlobStore(), Indicator = new FakeStatusIndicator(), DeviceName = "Test", Seed = 1 },
                new AgentEvents(log, clock));
            Assert.IsTrue(AgentSetup.TryCreate(settings, "Test", Vocabulary.DeviceConsole, out AgentSetup setup, out string problem), problem);
            agent.Configure(setup);
            agent.Tick();
            clock.AdvanceSeconds(2);
            agent.Tick();
            agent.Tick(); // a run asks four questions at most; the rest in the next tick
            int queriesPerRound = dns.Queries;

            // Each round: a new address signed into the zone, then 2 s later the proof asks the zone for each record.
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                transport.Flip();
                clock.AdvanceSeconds(UpdateTiming.HourSeconds + Agent.MinUpdateSpacingSeconds); // each address new again
                agent.Tick();
                clock.AdvanceSeconds(2);
                agent.Tick();
                agent.Tick();
            });

            Assert.AreEqual(AllocationMeter.WarmUp + AllocationMeter.Iterations + 1, dns.Updates, "every round sent one signed update");
            Assert.AreEqual(hosts * (dualStack ? 2 : 1), queriesPerRound, "the proof asked once per record");
            Assert.AreEqual((AllocationMeter.WarmUp + AllocationMeter.Iterations + 1) * queriesPerRound, dns.Queries);
            Assert.AreEqual(LedState.AllGood, agent.State);
            Assert.AreEqual(0, transport.ProviderRequests, "nothing went over HTTP but detection");
            StringAssert.StartsWith(log.EntryAt(log.Count - 1).Message(Vocabulary.DeviceConsole), "published: ");
            Assert.AreEqual(0L, bytes, "bytes allocated by RFC 2136 update rounds and their proof");
        }

        /// <summary>The reflector's address changes between two prepared answers; the provider says good. Allocates nothing.</summary>
        private sealed class AlternatingTransport : IHttpTransport
        {
            private readonly byte[][] _v4 = { Bytes("81.2.69.160\n"), Bytes("81.2.69.161\n") };
            private readonly byte[][] _v6 = { Bytes("2a02:1234::5\n"), Bytes("2a02:1234::6\n") };
            private readonly byte[] _good = Bytes("good");
            private readonly bool _dualStack;
            private int _turn;
            private int _reflectorRequests;

            public AlternatingTransport(bool dualStack)
            {
                _dualStack = dualStack;
            }

            public int ProviderRequests { get; private set; }

            public void Flip() => _turn ^= 1;

            public void Send(HttpRequest request, HttpResponse response)
            {
                response.Clear();
                byte[] body;
                if (request.Host != "ip.test")
                {
                    ProviderRequests++;
                    body = _good;
                }
                else
                {
                    // The rig's one reflector is asked for IPv4, then (dual stack) for IPv6, in every check.
                    bool ipv6 = _dualStack && (_reflectorRequests++ & 1) == 1;
                    body = ipv6 ? _v6[_turn] : _v4[_turn];
                }

                response.StatusCode = 200;
                Array.Copy(body, response.Body, body.Length);
                response.BodyLength = body.Length;
            }

            private static byte[] Bytes(string text) => System.Text.Encoding.ASCII.GetBytes(text);
        }

        /// <summary>Flash that keeps each blob in a buffer of its own, reused: saving allocates nothing.</summary>
        private sealed class ReusingBlobStore : IBlobStore
        {
            private readonly string[] _names = new string[4];
            private readonly byte[][] _data = { new byte[4096], new byte[4096], new byte[4096], new byte[4096] };
            private readonly int[] _lengths = new int[4];

            public int Read(string name, byte[] buffer)
            {
                int slot = Find(name);
                if (slot < 0 || _lengths[slot] < 0)
                {
                    return -1;
                }

                Array.Copy(_data[slot], buffer, _lengths[slot]);
                return _lengths[slot];
            }

            public bool Write(string name, byte[] data, int count, out string problem)
            {
                problem = null;
                int slot = Find(name);
                if (slot < 0)
                {
                    slot = Array.IndexOf(_names, null);
                    _names[slot] = name;
                }

                Array.Copy(data, _data[slot], count);
                _lengths[slot] = count;
                return true;
            }

            public void Delete(string name)
            {
                int slot = Find(name);
                if (slot >= 0)
                {
                    _lengths[slot] = -1;
                }
            }

            private int Find(string name) => Array.IndexOf(_names, name);
        }
    }
}
