using System;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Rfc2136;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    /// <summary>
    /// The RFC 2136 hot path in reused buffers allocates nothing: building and signing an UPDATE, reading and
    /// verifying its answer, and the address query with its answer.
    /// </summary>
    [TestClass]
    public sealed class Rfc2136AllocationTests
    {
        [TestMethod]
        public void BuildingSigningAndVerifyingAnUpdateAllocatesNothing()
        {
            var message = new UpdateMessage();
            var reader = new UpdateResponseReader();
            var buffer = new byte[UpdateMessage.RecommendedBufferSize];
            string[] names = { "home.example.org" };
            string[] many = { "home.example.org", "office.example.org", "lab.example.org", "far.away.example" };
            TsigKey key = TsigVectors.Key();
            IpAddress v4 = TestText.Ip("192.0.2.1");
            IpAddress v6 = TestText.Ip("2001:db8::1");
            byte[] answer = Hex.Bytes(TsigVectors.OneAnswerNoError);
            long checksum = 0;

            long allocated = AllocationMeter.BytesAllocated(() =>
            {
                // Both families for several names, then the one-name message the recorded answer belongs to.
                message.TryBuild(buffer, 0xBEEF, "example.org", many, 0, many.Length, v4, v6, 300, key, TsigVectors.TimeSigned, out int length, out _);
                checksum += length;
                if (!message.TryBuild(buffer, 0x1234, "example.org", names, 0, 1, v4, IpAddress.None, 60, key, TsigVectors.TimeSigned, out length, out _))
                {
                    throw new InvalidOperationException("not built");
                }

                UpdateResponse response = reader.Parse(answer, answer.Length, 0x1234, key, message.RequestMac, TsigVectors.TimeSigned);
                if (!response.Accepted)
                {
                    throw new InvalidOperationException("not verified");
                }

                checksum += length + (int)response.Rcode;
            });

            Assert.AreEqual(0L, allocated, "bytes allocated by " + AllocationMeter.Iterations + " updates built, signed and verified");
            Assert.IsTrue(checksum > 0);
        }

        [TestMethod]
        public void QueryingAndReadingAddressesAllocatesNothing()
        {
            var reader = new AddressAnswerReader();
            var query = new byte[512];
            var addresses = new IpAddress[4];
            byte[] answer = Hex.Bytes("1234 8400 0001 0002 0000 0000 04686f6d65 0464646e73 0474657374 00 0001 0001"
                + "c00c 0001 0001 0000003c 0004 c0000201 c00c 0001 0001 0000003c 0004 c0000202");
            long checksum = 0;

            long allocated = AllocationMeter.BytesAllocated(() =>
            {
                checksum += DnsQuery.Build(query, 0x1234, "home.ddns.test", DnsType.A);
                AddressAnswer parsed = reader.Parse(answer, answer.Length, 0x1234, "home.ddns.test", DnsType.A, addresses);
                checksum += parsed.AddressCount;
            });

            Assert.AreEqual(0L, allocated, "bytes allocated by " + AllocationMeter.Iterations + " queries built and answers read");
            Assert.AreEqual((long)(AllocationMeter.WarmUp + AllocationMeter.Iterations) * (32 + 2), checksum); // a 32-byte query, 2 addresses
        }
    }
}
