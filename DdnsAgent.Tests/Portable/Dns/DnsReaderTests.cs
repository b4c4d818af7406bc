#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dns;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Dns
{
    [TestClass]
    public class DnsReaderTests
    {
        // 12 zero bytes of header, "example.org" at 12, then "home" + a pointer to 12 at 25.
        private const string Message = "000000000000000000000000 076578616d706c65036f726700 04686f6d65c00c";

        [TestMethod]
        public void ReadsNumbersInNetworkOrder()
        {
            var reader = new DnsReader();
            reader.Reset(Hex.Bytes("0102 03040506 0708090a0b0c ff"), 13);
            Assert.AreEqual(0x0102, reader.ReadUInt16());
            Assert.AreEqual(0x03040506u, reader.ReadUInt32());
            Assert.AreEqual(0x0708090a0b0cL, reader.ReadUInt48());
            Assert.AreEqual(0xff, reader.ReadUInt8());
            Assert.IsFalse(reader.Failed);
            Assert.AreEqual(0, reader.Remaining);
        }

        [TestMethod]
        public void AReadPastTheEndFailsForGood()
        {
            var reader = new DnsReader();
            reader.Reset(Hex.Bytes("0102030405"), 3);
            Assert.AreEqual(0x0102, reader.ReadUInt16());
            Assert.AreEqual(0, reader.ReadUInt16()); // byte 3 lies past the length, though inside the array
            Assert.IsTrue(reader.Failed);
            Assert.AreEqual(0, reader.ReadUInt8());
            Assert.IsTrue(reader.Failed);
        }

        [TestMethod]
        public void ALengthOutsideTheBufferFailsAtOnce()
        {
            var reader = new DnsReader();
            reader.Reset(new byte[4], 5);
            Assert.IsTrue(reader.Failed);
            reader.Reset(null, 0);
            Assert.IsTrue(reader.Failed);
            reader.Reset(new byte[4], -1);
            Assert.IsTrue(reader.Failed);
        }

        [TestMethod]
        public void ComparesNamesThroughPointers()
        {
            byte[] message = Hex.Bytes(Message);
            var reader = new DnsReader();
            reader.Reset(message, message.Length);
            reader.Seek(25);
            Assert.IsTrue(reader.ReadNameEquals("HOME.example.org."));
            Assert.AreEqual(message.Length, reader.Position);
            reader.Seek(25);
            Assert.IsFalse(reader.ReadNameEquals("home.example"));
            reader.Seek(25);
            Assert.IsFalse(reader.ReadNameEquals("home.example.org.uk"));
            reader.Seek(25);
            Assert.IsFalse(reader.ReadNameEquals("hom.example.org"));
            reader.Seek(12);
            Assert.IsTrue(reader.ReadNameEquals("example.org"));
            Assert.AreEqual(25, reader.Position);
            Assert.IsFalse(reader.Failed);
        }

        [TestMethod]
        public void ALabelWithADotInsideIsNotTwoLabels()
        {
            byte[] message = Hex.Bytes("03612e6200"); // one label "a.b"
            var reader = new DnsReader();
            reader.Reset(message, message.Length);
            Assert.IsFalse(reader.ReadNameEquals("a.b"));
            Assert.IsFalse(reader.Failed);
        }

        [TestMethod]
        public void RefusesPointerLoopsAndForwardPointers()
        {
            var reader = new DnsReader();
            byte[] loop = Hex.Bytes("000000000000000000000000 c00c");
            reader.Reset(loop, loop.Length);
            reader.Seek(12);
            Assert.IsFalse(reader.ReadNameEquals("a"));
            Assert.IsTrue(reader.Failed);

            byte[] forward = Hex.Bytes("000000000000000000000000 c00e 0161 00");
            reader.Reset(forward, forward.Length);
            reader.Seek(12);
            Assert.IsFalse(reader.ReadNameEquals("a"));
            Assert.IsTrue(reader.Failed);

            byte[] twoStep = Hex.Bytes("000000000000000000000000 0161 c00e"); // the pointer at 14 points at itself
            reader.Reset(twoStep, twoStep.Length);
            reader.Seek(12);
            Assert.IsFalse(reader.ReadNameEquals("a.a.a"));
            Assert.IsTrue(reader.Failed);
        }

        [TestMethod]
        public void RefusesNamesLongerThan255BytesAndReservedLabelTypes()
        {
            var reader = new DnsReader();
            var longName = new byte[300];
            for (int i = 0; i + 64 < 300; i += 64)
            {
                longName[i] = 63;
            }

            reader.Reset(longName, longName.Length);
            reader.SkipName();
            Assert.IsTrue(reader.Failed);

            byte[] extended = Hex.Bytes("4161 00"); // label type 01: not defined
            reader.Reset(extended, extended.Length);
            reader.SkipName();
            Assert.IsTrue(reader.Failed);
        }

        [TestMethod]
        public void SkipsANameThatEndsInAPointer()
        {
            byte[] message = Hex.Bytes(Message + "0001");
            var reader = new DnsReader();
            reader.Reset(message, message.Length);
            reader.Seek(25);
            reader.SkipName();
            Assert.AreEqual(1, reader.ReadUInt16());
            Assert.IsFalse(reader.Failed);
        }
    }
}
