using System;
using System.Linq;
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Rfc2136;
using DdnsAgent.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Properties
{
    /// <summary>
    /// Random, damaged, cut and oversized DNS answers: the readers never throw, never read past the length
    /// they are given (bytes placed after it change nothing), and accept a signature only on the exact answer.
    /// </summary>
    [TestClass]
    public sealed class DnsParserProperties
    {
        private static readonly byte[] SignedAnswer = Hex.Bytes(TsigVectors.OneAnswerNoError);
        private static readonly byte[] RequestMac = Hex.Bytes(TsigVectors.OneMac);
        private static readonly byte[] AddressAnswerBytes = Hex.Bytes(
            "1234 8400 0001 0002 0000 0000 04686f6d65 0464646e73 0474657374 00 0001 0001"
            + "c00c 0001 0001 0000003c 0004 c0000201 c00c 0001 0001 0000003c 0004 c0000202");

        private static Gen<byte[]> Messages(byte[] valid)
        {
            Gen<byte[]> raw = Gen.Choose(0, 700).SelectMany(n => Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(n));
            Gen<byte[]> damaged = Gen.Choose(0, valid.Length - 1).ArrayOf().Zip(Gen.Choose(1, 255).ArrayOf(), (at, delta) =>
            {
                byte[] copy = (byte[])valid.Clone();
                for (int i = 0; i < Math.Min(at.Length, delta.Length) && i < 4; i++)
                {
                    copy[at[i]] ^= (byte)delta[i];
                }

                return copy;
            });
            Gen<byte[]> cut = Gen.Choose(0, valid.Length).Select(n => valid.AsSpan(0, n).ToArray());
            Gen<byte[]> grown = Gen.Choose(1, 300).Select(n => valid.Concat(new byte[n]).ToArray());
            return Gen.Frequency((2, raw), (4, damaged), (2, cut), (1, grown));
        }

        [TestMethod]
        public void TheUpdateReaderNeverThrowsNorReadsPastTheLength()
        {
            var reader = new UpdateResponseReader();
            TsigKey key = TsigVectors.Key();
            Prop.ForAll(Messages(SignedAnswer).ToArbitrary(), message =>
            {
                // The ID is kept, so that most inputs get past the first check.
                if (message.Length >= 2)
                {
                    message[0] = 0x12;
                    message[1] = 0x34;
                }

                UpdateResponse exact = reader.Parse(message, message.Length, 0x1234, key, RequestMac, TsigVectors.TimeSigned);
                UpdateResponse padded = reader.Parse(WithTail(message, SignedAnswer), message.Length, 0x1234, key, RequestMac, TsigVectors.TimeSigned);
                Assert.AreEqual(exact.Problem, padded.Problem);
                Assert.AreEqual(exact.Rcode, padded.Rcode);
                Assert.AreEqual(exact.TsigError, padded.TsigError);
                Assert.AreEqual(exact.ServerTime, padded.ServerTime);
                Assert.IsTrue(!exact.Accepted || SameAnswer(message, SignedAnswer), "accepted a changed answer");
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
        }

        [TestMethod]
        public void TheAddressReaderNeverThrowsNorReadsPastTheLength()
        {
            var reader = new AddressAnswerReader();
            var exactAddresses = new IpAddress[4];
            var paddedAddresses = new IpAddress[4];
            Prop.ForAll(Messages(AddressAnswerBytes).ToArbitrary(), message =>
            {
                Array.Clear(exactAddresses);
                Array.Clear(paddedAddresses);
                AddressAnswer exact = reader.Parse(message, message.Length, 0x1234, "home.ddns.test", DnsType.A, exactAddresses);
                AddressAnswer padded = reader.Parse(WithTail(message, AddressAnswerBytes), message.Length, 0x1234, "home.ddns.test", DnsType.A, paddedAddresses);
                Assert.AreEqual(exact.Problem, padded.Problem);
                Assert.AreEqual(exact.Rcode, padded.Rcode);
                Assert.AreEqual(exact.AddressCount, padded.AddressCount);
                CollectionAssert.AreEqual(exactAddresses, paddedAddresses);
                Assert.IsTrue(exact.AddressCount <= message.Length / 16, "more addresses than the bytes can hold");
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
        }

        // Equal, but for the letter case of the TSIG record's key and algorithm names: the MAC covers those in their
        // canonical (lower case) form, as RFC 8945 asks, so "HMAC-SHA256." is the same name as "hmac-sha256.".
        private static bool SameAnswer(byte[] message, byte[] signed)
        {
            if (message.Length != signed.Length)
            {
                return false;
            }

            int owner = IndexOf(signed, Hex.Bytes("0864646e732d6b657900"));
            int algorithm = IndexOf(signed, Hex.Bytes("0b686d61632d73686132353600"));
            for (int i = 0; i < signed.Length; i++)
            {
                bool inName = (i > owner && i < owner + 9) || (i > algorithm && i < algorithm + 12);
                byte a = message[i];
                byte b = signed[i];
                if (a != b && !(inName && (a | 0x20) == (b | 0x20) && (b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
                {
                    return false;
                }
            }

            return true;
        }

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            int at = haystack.AsSpan().IndexOf(needle);
            Assert.IsTrue(at > 0, "the vector holds " + Convert.ToHexString(needle));
            return at;
        }

        // The message followed by bytes a careless parser would happily read.
        private static byte[] WithTail(byte[] message, byte[] tail)
        {
            return message.Concat(tail).Concat(tail).ToArray();
        }
    }
}
