using System;
using DdnsAgent.Addressing;
using DdnsAgent.Detection;
using DdnsAgent.Http;
using DdnsAgent.Ports;
using DdnsAgent.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    [TestClass]
    public sealed class DetectionAllocationTests
    {
        /// <summary>Answers every request with the same prepared body; itself allocation-free.</summary>
        private sealed class SameAnswerTransport : IHttpTransport
        {
            private readonly byte[] _body;

            public SameAnswerTransport(string body)
            {
                _body = Properties.HostileText.Latin1(body);
            }

            public int Requests { get; private set; }

            public void Send(HttpRequest request, HttpResponse response)
            {
                Requests++;
                response.Clear();
                response.StatusCode = 200;
                Buffer.BlockCopy(_body, 0, response.Body, 0, _body.Length);
                response.BodyLength = _body.Length;
            }
        }

        /// <summary>A detection whose reflector answers the same address as before allocates nothing.</summary>
        [TestMethod]
        public void ANoChangeDetectionAllocatesNothing()
        {
            foreach (bool agreement in new[] { false, true })
            {
                var clock = new FakeClock();
                var network = new FakeNetworkStack();
                network.SetInterfaceAddress("192.168.1.20"); // behind NAT: Auto goes to the reflectors
                var transport = new SameAnswerTransport("{\"ip\":\"8.8.8.8\"}\n");
                var detector = new AddressDetector(network, transport, clock, new HttpRequest(), new HttpResponse());
                var reflectors = DefaultReflectors.For(AddressFamilyKind.IPv4);
                detector.Configure(IpSourceKind.Auto, reflectors, agreement, "DdnsAgent/1.0");

                int found = 0;
                long bytes = AllocationMeter.BytesAllocated(() =>
                {
                    // Past the spacing each time, so every detection really asks.
                    clock.UtcNow = new DateTime(clock.UtcNow.Ticks + (61 * TimeSpan.TicksPerSecond));
                    IpAddress address;
                    found += detector.Detect(AddressFamilyKind.IPv4, out address) == DetectionResult.Found && address.Low == 0x08080808 ? 1 : 0;
                });

                int runs = AllocationMeter.WarmUp + AllocationMeter.Iterations;
                Assert.AreEqual(0L, bytes, "agreement " + agreement);
                Assert.AreEqual(runs, found, "agreement " + agreement);
                Assert.AreEqual(runs * (agreement ? 2 : 1), transport.Requests, "agreement " + agreement);
            }
        }

        [TestMethod]
        public void ReusingAnAnswerWithinTheSpacingAllocatesNothing()
        {
            var clock = new FakeClock();
            var transport = new SameAnswerTransport("8.8.8.8");
            var detector = new AddressDetector(new FakeNetworkStack(), transport, clock, new HttpRequest(), new HttpResponse());
            detector.Configure(IpSourceKind.Web, DefaultReflectors.For(AddressFamilyKind.IPv4), false, "DdnsAgent/1.0");

            int found = 0;
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                IpAddress address;
                found += detector.Detect(AddressFamilyKind.IPv4, out address) == DetectionResult.Found ? 1 : 0;
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(AllocationMeter.WarmUp + AllocationMeter.Iterations, found);
            Assert.AreEqual(1, transport.Requests);
        }

        [TestMethod]
        public void APublicInterfaceAddressAllocatesNothing()
        {
            var network = new FakeNetworkStack();
            network.SetInterfaceAddress("2a00:1450:4001::1");
            var transport = new SameAnswerTransport("8.8.8.8");
            var detector = new AddressDetector(network, transport, new FakeClock(), new HttpRequest(), new HttpResponse());
            detector.Configure(IpSourceKind.Auto, DefaultReflectors.For(AddressFamilyKind.IPv6), false, "DdnsAgent/1.0");

            int found = 0;
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                IpAddress address;
                found += detector.Detect(AddressFamilyKind.IPv6, out address) == DetectionResult.Found ? 1 : 0;
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(AllocationMeter.WarmUp + AllocationMeter.Iterations, found);
            Assert.AreEqual(0, transport.Requests);
        }
    }
}
