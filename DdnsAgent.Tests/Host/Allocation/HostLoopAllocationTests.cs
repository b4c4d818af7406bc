using System;
using System.Net;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Host;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Http;
using DdnsAgent.Status;
using DdnsAgent.Tests.Engine;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    /// <summary>The host daemon between checks allocates nothing, and its network state comes from change events.</summary>
    [TestClass]
    public sealed class HostLoopAllocationTests
    {
        [TestMethod]
        public void AnIdleTickOfTheDaemonAllocatesNothing()
        {
            var network = new HostNetworkStack();
            var clock = new FakeClock(AgentRig.Start);
            var agent = new Agent(
                new AgentPorts { Clock = clock, Http = new CannedHttpTransport("ip.test", "81.2.69.160\n", "good 81.2.69.160"), Network = network, Blobs = new FakeBlobStore(), Indicator = new FakeStatusIndicator(), DeviceName = "Test", Seed = 1 },
                new AgentEvents(new EventLog(), clock));
            Assert.IsTrue(AgentSetup.TryCreate(AgentRig.DefaultSettings(), "Test", Vocabulary.DeviceConsole, out AgentSetup setup, out string problem), problem);
            agent.Configure(setup);
            agent.Tick();
            using var wake = new AutoResetEvent(false);
            using var stop = new CancellationTokenSource();
            WaitHandle[] wakers = { stop.Token.WaitHandle, wake };
            long collectedAt = GC.GetTotalAllocatedBytes();

            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                clock.UtcNow = clock.UtcNow.AddTicks(TimeSpan.TicksPerMillisecond);
                agent.Tick();
                collectedAt = HostAgent.CollectAfterWork(collectedAt);
                WaitHandle.WaitAny(wakers, TimeSpan.Zero);
            });

            Assert.AreEqual(LedState.AllGood, agent.State);
            Assert.AreEqual(0L, bytes, "bytes allocated by the daemon's idle ticks");
        }

        [TestMethod]
        public void TheInterfacesAreReadOnceAndAgainOnlyAfterAChangeEvent()
        {
            int reads = 0;
            var network = new HostNetworkStack(() =>
            {
                reads++;
                return new NetworkInterface[] { new FakeInterface(NetworkInterfaceType.Ethernet, OperationalStatus.Up, IPAddress.Parse("81.2.69.160")) };
            });

            long bytes = AllocationMeter.BytesAllocated(() => network.TryGetInterfaceAddress(AddressFamilyKind.IPv4, out _));

            Assert.AreEqual(1, reads, "read once, not per question");
            Assert.AreEqual(0L, bytes, "asking again allocates nothing");
            Assert.IsTrue(network.TryGetInterfaceAddress(AddressFamilyKind.IPv4, out IpAddress address) && address.IsPublic);
            network.NoteAddressChange();
            network.TryGetInterfaceAddress(AddressFamilyKind.IPv4, out _);
            Assert.AreEqual(2, reads, "read again after the system reported a change");
            Assert.AreEqual(1, network.AddressChangeCount);
        }

        [TestMethod]
        public void AMachineWithOnlyLoopbackIsTriedAndAFailedConnectSaysWhy()
        {
            var network = new HostNetworkStack(() => new NetworkInterface[] { new FakeInterface(NetworkInterfaceType.Loopback, OperationalStatus.Unknown, IPAddress.Loopback) });
            using var transport = new HostHttpTransport(new TrustPolicy(), false, HostHttpTransport.AcceptedProtocols, () => network.OnlyLoopback);
            var request = new HttpRequest { Secure = true, Host = "127.0.0.1", Port = 9, TimeoutMilliseconds = 3000 };
            request.Target[0] = (byte)'/';
            request.TargetLength = 1;
            var response = new HttpResponse(512);

            transport.Send(request, response);

            Assert.IsTrue(network.IsConnected, "never refused: the servers may be on loopback");
            Assert.IsTrue(network.OnlyLoopback);
            Assert.IsFalse(network.TryGetInterfaceAddress(AddressFamilyKind.IPv4, out _), "loopback is not the machine's address");
            Assert.AreEqual(TransportFailure.ConnectFailed, response.Failure);
            StringAssert.Contains(response.FailureDetail, "could not connect to 127.0.0.1:9 (ConnectionRefused); this machine has no network interface up but loopback");
        }

        [TestMethod]
        public async Task AnHttpExchangeStaysUnderTwoKilobytes()
        {
            await using var server = await HttpsTestServer.StartPlainHttpAsync();
            server.MapText("/ip", "81.2.69.160\n");
            using var transport = new HostHttpTransport(new TrustPolicy(), allowPlainHttpCredentials: false);
            var request = new HttpRequest { Secure = false, Host = "127.0.0.1", Port = server.Port, UserAgent = "DdnsAgent - Test - 1.0", TimeoutMilliseconds = 5000 };
            request.TargetLength = Encoding.ASCII.GetBytes("/ip", 0, 3, request.Target, 0);
            var response = new HttpResponse(512);
            for (int i = 0; i < 20; i++)
            {
                transport.Send(request, response);
            }

            const int Exchanges = 200;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Exchanges; i++)
            {
                transport.Send(request, response);
            }

            long perExchange = (GC.GetAllocatedBytesForCurrentThread() - before) / Exchanges;
            Assert.AreEqual(TransportFailure.None, response.Failure, response.FailureDetail);
            Assert.AreEqual(20 + Exchanges, server.Requests.Count, "one request per exchange");
            // The whole exchange runs on the calling thread, so this is all the transport allocates: a socket and
            // its stream per connection (HttpClient took about 14 KB per exchange across its threads).
            Assert.IsTrue(perExchange < 2048, "bytes per exchange: " + perExchange);
        }

        private sealed class FakeInterface : NetworkInterface
        {
            private readonly NetworkInterfaceType _type;
            private readonly OperationalStatus _status;
            private readonly IPAddress _address;

            public FakeInterface(NetworkInterfaceType type, OperationalStatus status, IPAddress address)
            {
                _type = type;
                _status = status;
                _address = address;
            }

            public override NetworkInterfaceType NetworkInterfaceType => _type;

            public override OperationalStatus OperationalStatus => _status;

            public override IPInterfaceProperties GetIPProperties() => new FakeProperties(_address);
        }

        private sealed class FakeProperties : IPInterfaceProperties
        {
            private readonly UnicastIPAddressInformationCollection _unicast;

            public FakeProperties(IPAddress address)
            {
                _unicast = new OneAddress(new FakeUnicast(address));
            }

            public override UnicastIPAddressInformationCollection UnicastAddresses => _unicast;

            public override IPAddressInformationCollection AnycastAddresses => throw new NotSupportedException();
            public override MulticastIPAddressInformationCollection MulticastAddresses => throw new NotSupportedException();
            public override IPAddressCollection DnsAddresses => throw new NotSupportedException();
            public override GatewayIPAddressInformationCollection GatewayAddresses => throw new NotSupportedException();
            public override IPAddressCollection DhcpServerAddresses => throw new NotSupportedException();
            public override IPAddressCollection WinsServersAddresses => throw new NotSupportedException();
            public override string DnsSuffix => "";
            public override bool IsDnsEnabled => false;
            public override bool IsDynamicDnsEnabled => false;
            public override IPv4InterfaceProperties GetIPv4Properties() => throw new NotSupportedException();
            public override IPv6InterfaceProperties GetIPv6Properties() => throw new NotSupportedException();
        }

        private sealed class OneAddress : UnicastIPAddressInformationCollection
        {
            private readonly UnicastIPAddressInformation _only;

            public OneAddress(UnicastIPAddressInformation only)
            {
                _only = only;
            }

            public override int Count => 1;

            public override System.Collections.Generic.IEnumerator<UnicastIPAddressInformation> GetEnumerator()
            {
                yield return _only;
            }
        }

        private sealed class FakeUnicast : UnicastIPAddressInformation
        {
            private readonly IPAddress _address;

            public FakeUnicast(IPAddress address)
            {
                _address = address;
            }

            public override IPAddress Address => _address;
            public override IPAddress IPv4Mask => IPAddress.Any;
            public override bool IsDnsEligible => true;
            public override bool IsTransient => false;
            public override long AddressPreferredLifetime => 0;
            public override long AddressValidLifetime => 0;
            public override long DhcpLeaseLifetime => 0;
            public override DuplicateAddressDetectionState DuplicateAddressDetectionState => DuplicateAddressDetectionState.Preferred;
            public override PrefixOrigin PrefixOrigin => PrefixOrigin.Manual;
            public override SuffixOrigin SuffixOrigin => SuffixOrigin.Manual;
        }
    }
}
