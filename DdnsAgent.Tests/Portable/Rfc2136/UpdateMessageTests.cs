#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Rfc2136
{
    [TestClass]
    public class UpdateMessageTests
    {
        [TestMethod]
        public void OneNameOneFamilyMatchesAnIndependentImplementation()
        {
            var message = new UpdateMessage();
            var buffer = new byte[UpdateMessage.RecommendedBufferSize];
            Assert.IsTrue(message.TryBuild(
                buffer, 0x1234, "example.org", new string[] { "home.example.org" }, 0, 1,
                TestText.Ip("192.0.2.1"), IpAddress.None, 60, TsigVectors.Key(), TsigVectors.TimeSigned,
                out int length, out UpdateBuildError error));
            Assert.AreEqual(UpdateBuildError.None, error);
            Assert.AreEqual(TsigVectors.OneSigned, Hex.Of(buffer, 0, length));
            Assert.AreEqual(TsigVectors.OneMac, Hex.Of(message.RequestMac));
        }

        [TestMethod]
        public void TwoNamesBothFamiliesMatchAnIndependentImplementation()
        {
            var message = new UpdateMessage();
            var buffer = new byte[UpdateMessage.RecommendedBufferSize];
            Assert.IsTrue(message.TryBuild(
                buffer, 0xBEEF, "example.org.", new string[] { "home.example.org.", "office.example.org" }, 0, 2,
                TestText.Ip("192.0.2.1"), TestText.Ip("2001:db8::1"), 300, TsigVectors.Key(), TsigVectors.TimeSigned,
                out int length, out _));
            Assert.AreEqual(TsigVectors.TwoSigned, Hex.Of(buffer, 0, length));
        }

        [TestMethod]
        public void TakesABatchOutOfALongerList()
        {
            var message = new UpdateMessage();
            var buffer = new byte[UpdateMessage.RecommendedBufferSize];
            string[] names = new string[] { "skip.example.org", "home.example.org", "later.example.org" };
            Assert.IsTrue(message.TryBuild(
                buffer, 0x1234, "example.org", names, 1, 1,
                TestText.Ip("192.0.2.1"), IpAddress.None, 60, TsigVectors.Key(), TsigVectors.TimeSigned, out int length, out _));
            Assert.AreEqual(TsigVectors.OneSigned, Hex.Of(buffer, 0, length));
        }

        [TestMethod]
        public void WritesANameOutsideTheZoneInFullForTheServerToJudge()
        {
            var message = new UpdateMessage();
            var buffer = new byte[UpdateMessage.RecommendedBufferSize];
            Assert.IsTrue(message.TryBuild(
                buffer, 7, "example.org", new string[] { "elsewhere.net" }, 0, 1,
                TestText.Ip("192.0.2.1"), IpAddress.None, 60, TsigVectors.Key(), TsigVectors.TimeSigned, out int length, out _));
            // Zone section ends at 29; the first update record's owner is the whole name, the second points at it.
            Assert.AreEqual(Hex.Compact("09656c73657768657265036e657400 0001 00ff"), Hex.Of(buffer, 29, 19));
            Assert.AreEqual(Hex.Compact("c01d 0001 0001 0000003c 0004 c0000201"), Hex.Of(buffer, 54, 16));
            Assert.IsTrue(length > 74);
        }

        [TestMethod]
        public void AnUpdateOfTheZoneApexPointsAtTheZone()
        {
            var message = new UpdateMessage();
            var buffer = new byte[UpdateMessage.RecommendedBufferSize];
            Assert.IsTrue(message.TryBuild(
                buffer, 7, "example.org", new string[] { "Example.Org" }, 0, 1,
                IpAddress.None, TestText.Ip("2001:db8::2"), 0, TsigVectors.Key(), TsigVectors.TimeSigned, out _, out _));
            Assert.AreEqual(Hex.Compact("c00c 001c 00ff 00000000 0000 c00c 001c 0001 00000000 0010"), Hex.Of(buffer, 29, 24));
        }

        [TestMethod]
        public void RefusesWhatCannotBeSentWithTheReason()
        {
            Assert.AreEqual(UpdateBuildError.NoKey, ErrorOf("example.org", new string[] { "a.example.org" }, "192.0.2.1", null, 60, 1, null));
            Assert.AreEqual(UpdateBuildError.BadZone, ErrorOf("example..org", new string[] { "a.example.org" }, "192.0.2.1", null, 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.BadName, ErrorOf("example.org", new string[] { "a b.example.org" }, "192.0.2.1", null, 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.NoNames, ErrorOf("example.org", new string[0], "192.0.2.1", null, 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.NoNames, ErrorOf("example.org", null, "192.0.2.1", null, 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.NoNames, ErrorOf("example.org", new string[65], "192.0.2.1", null, 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.NoAddress, ErrorOf("example.org", new string[] { "a.example.org" }, null, null, 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.WrongFamily, ErrorOf("example.org", new string[] { "a.example.org" }, "2001:db8::1", null, 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.WrongFamily, ErrorOf("example.org", new string[] { "a.example.org" }, null, "192.0.2.1", 60, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.BadTtl, ErrorOf("example.org", new string[] { "a.example.org" }, "192.0.2.1", null, -1, 1, TsigVectors.Key()));
            Assert.AreEqual(UpdateBuildError.BadId, ErrorOf("example.org", new string[] { "a.example.org" }, "192.0.2.1", null, 60, 65536, TsigVectors.Key()));
        }

        [TestMethod]
        public void SaysWhenTheMessageDoesNotFit()
        {
            var message = new UpdateMessage();
            // The signed one-name message is 143 bytes: 142 leave no room for the last byte of the signature.
            Assert.IsFalse(message.TryBuild(
                new byte[142], 0x1234, "example.org", new string[] { "home.example.org" }, 0, 1,
                TestText.Ip("192.0.2.1"), IpAddress.None, 60, TsigVectors.Key(), TsigVectors.TimeSigned, out int length, out UpdateBuildError error));
            Assert.AreEqual(UpdateBuildError.TooLarge, error);
            Assert.AreEqual(0, length);
            Assert.IsTrue(message.TryBuild(
                new byte[143], 0x1234, "example.org", new string[] { "home.example.org" }, 0, 1,
                TestText.Ip("192.0.2.1"), IpAddress.None, 60, TsigVectors.Key(), TsigVectors.TimeSigned, out length, out error));
            Assert.AreEqual(143, length);
            Assert.IsFalse(message.TryBuild(
                new byte[40], 0x1234, "example.org", new string[] { "home.example.org" }, 0, 1,
                TestText.Ip("192.0.2.1"), IpAddress.None, 60, TsigVectors.Key(), TsigVectors.TimeSigned, out length, out error));
            Assert.AreEqual(UpdateBuildError.TooLarge, error);
        }

        [TestMethod]
        public void TheRecommendedBufferHoldsTwentyTwoNamesInBothFamilies()
        {
            var names = new string[22];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = string.Concat("host-", (10 + i).ToString(), "-abcdefghij.example.org"); // 30 characters
                Assert.AreEqual(30, names[i].Length);
            }

            var message = new UpdateMessage();
            Assert.IsTrue(message.TryBuild(
                new byte[UpdateMessage.RecommendedBufferSize], 1, "example.org", names, 0, names.Length,
                TestText.Ip("192.0.2.1"), TestText.Ip("2001:db8::1"), 60, TsigVectors.Key(), TsigVectors.TimeSigned, out int length, out UpdateBuildError error),
                UpdateMessage.Describe(error));
            Assert.IsTrue(length > UpdateMessage.RecommendedBufferSize - 100, length.ToString()); // and a 23rd would not fit
        }

        [TestMethod]
        public void EveryBuildErrorHasItsOwnWords()
        {
            UpdateBuildError[] errors = new UpdateBuildError[]
            {
                UpdateBuildError.NoKey, UpdateBuildError.BadZone, UpdateBuildError.BadName, UpdateBuildError.NoNames, UpdateBuildError.NoAddress,
                UpdateBuildError.WrongFamily, UpdateBuildError.BadTtl, UpdateBuildError.BadId, UpdateBuildError.TooLarge,
            };
            for (int i = 0; i < errors.Length; i++)
            {
                for (int j = i + 1; j < errors.Length; j++)
                {
                    Assert.AreNotEqual(UpdateMessage.Describe(errors[i]), UpdateMessage.Describe(errors[j]));
                }
            }
        }

        [TestMethod]
        public void SignerMatchesAnIndependentImplementationOnAForeignMessage()
        {
            byte[] unsigned = Hex.Bytes(TsigVectors.TwoUnsigned);
            var buffer = new byte[unsigned.Length + 100];
            System.Array.Copy(unsigned, buffer, unsigned.Length);
            var signer = new TsigSigner();
            int length = signer.Sign(buffer, unsigned.Length, TsigVectors.Key(), TsigVectors.TimeSigned, 300);
            Assert.AreEqual(TsigVectors.TwoSigned, Hex.Of(buffer, 0, length));
            Assert.IsTrue(signer.HasMac);

            // Without room for the record the message is left as it was, its additional count included.
            var small = new byte[unsigned.Length + 10];
            System.Array.Copy(unsigned, small, unsigned.Length);
            Assert.AreEqual(-1, signer.Sign(small, unsigned.Length, TsigVectors.Key(), TsigVectors.TimeSigned, 300));
            Assert.IsFalse(signer.HasMac);
            Assert.AreEqual(0, (int)small[11]);
        }

        private static UpdateBuildError ErrorOf(string zone, string[] names, string v4, string v6, int ttl, int id, TsigKey key)
        {
            var message = new UpdateMessage();
            IpAddress a4 = v4 == null ? IpAddress.None : TestText.Ip(v4);
            IpAddress a6 = v6 == null ? IpAddress.None : TestText.Ip(v6);
            int count = names == null ? 1 : names.Length;
            Assert.IsFalse(message.TryBuild(new byte[512], id, zone, names, 0, count, a4, a6, ttl, key, TsigVectors.TimeSigned, out int length, out UpdateBuildError error));
            Assert.AreEqual(0, length);
            Assert.AreNotEqual(UpdateBuildError.None, error);
            return error;
        }
    }
}
