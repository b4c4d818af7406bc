using DdnsAgent.Addressing;
using DdnsAgent.Detection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Allocation
{
    [TestClass]
    public sealed class AddressingAllocationTests
    {
        private static readonly string[] Texts =
        {
            "203.0.113.7", "2001:db8::1", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "fe80::1%eth0", "01.2.3.4", "1::2::3", "hello",
        };

        [TestMethod]
        public void ParsingBytesAllocatesNothing()
        {
            var buffers = new byte[Texts.Length][];
            for (int i = 0; i < Texts.Length; i++)
            {
                buffers[i] = Properties.HostileText.Latin1(Texts[i]);
            }

            int accepted = 0;
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                for (int i = 0; i < buffers.Length; i++)
                {
                    IpAddress address;
                    AddressParseError error;
                    accepted += IpAddress.TryParse(buffers[i], 0, buffers[i].Length, out address, out error) ? 1 : 0;
                }
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(4 * (AllocationMeter.WarmUp + AllocationMeter.Iterations), accepted);
        }

        [TestMethod]
        public void ParsingAStringAllocatesNothing()
        {
            int accepted = 0;
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                for (int i = 0; i < Texts.Length; i++)
                {
                    IpAddress address;
                    AddressParseError error;
                    accepted += IpAddress.TryParse(Texts[i], out address, out error) ? 1 : 0;
                    accepted += AddressParseErrors.Describe(error).Length > 0 ? 0 : 1000;
                }
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(4 * (AllocationMeter.WarmUp + AllocationMeter.Iterations), accepted);
        }

        [TestMethod]
        public void FormattingComparingAndClassifyingAllocateNothing()
        {
            var addresses = new IpAddress[Texts.Length];
            for (int i = 0; i < 4; i++)
            {
                AddressParseError error;
                IpAddress.TryParse(Texts[i], out addresses[i], out error);
            }

            var bytesOut = new byte[IpAddress.MaxTextLength];
            var charsOut = new char[IpAddress.MaxTextLength];
            long written = 0;
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                for (int i = 0; i < 4; i++)
                {
                    written += addresses[i].FormatTo(bytesOut, 0) + addresses[i].FormatTo(charsOut, 0);
                    written += addresses[i] == addresses[(i + 1) % 4] ? 1000 : 0;
                    written += addresses[i].Equals(addresses[i]) ? 0 : 1000;
                    written += addresses[i].GetHashCode() & 0;
                    written += addresses[i].IsPublic ? 0 : (int)addresses[i].Scope & 0;
                    written += AddressScopes.Describe(addresses[i].Scope).Length & 0;
                }
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(2L * (11 + 11 + 14 + 15) * (AllocationMeter.WarmUp + AllocationMeter.Iterations), written);
        }

        [TestMethod]
        public void ReadingReflectorAnswersAllocatesNothing()
        {
            var bodies = new[]
            {
                Properties.HostileText.Latin1("8.8.8.8\n"),
                Properties.HostileText.Latin1("{\"country\":\"NL\",\"geo\":{\"ip\":\"10.0.0.1\"},\"ip\":\"8.8.4.4\"}"),
                Properties.HostileText.Latin1("<html><head><title>Current IP Check</title></head><body>Current IP Address: 8.8.8.8</body></html>"),
                Properties.HostileText.Latin1("2a00:1450:4001::1"),
                Properties.HostileText.Latin1("192.168.1.1"),
                Properties.HostileText.Latin1("<html>Service Unavailable</html>"),
            };
            int accepted = 0;
            long bytes = AllocationMeter.BytesAllocated(() =>
            {
                for (int i = 0; i < bodies.Length; i++)
                {
                    IpAddress address;
                    ReflectorAnswerError error;
                    accepted += ReflectorAnswer.TryParse(bodies[i], bodies[i].Length, AddressFamilyKind.IPv4, out address, out error) ? 1 : 0;
                    accepted += ReflectorAnswer.Describe(error).Length > 0 ? 0 : 1000;
                }
            });
            Assert.AreEqual(0L, bytes);
            Assert.AreEqual(3 * (AllocationMeter.WarmUp + AllocationMeter.Iterations), accepted);
        }
    }
}
