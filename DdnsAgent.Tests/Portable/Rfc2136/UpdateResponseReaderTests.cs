#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Rfc2136
{
    [TestClass]
    public class UpdateResponseReaderTests
    {
        // A hand-made answer whose TSIG record carries no MAC and the error given (what a server sends when it
        // cannot check the request's signature), with the header's RCODE NOTAUTH.
        private const string UnsignedRefusalHeader = "1234 a809 0001 0000 0000 0001";
        private const string AlgorithmToError = "0b686d61632d73686132353600 00006553f100 012c 0000 1234";

        [TestMethod]
        public void AcceptsAVerifiedNoError()
        {
            UpdateResponse response = Parse(TsigVectors.OneAnswerNoError, TsigVectors.TimeSigned);
            Assert.AreEqual(UpdateProblem.None, response.Problem);
            Assert.AreEqual(DnsRcode.NoError, response.Rcode);
            Assert.AreEqual(DnsRcode.NoError, response.TsigError);
            Assert.AreEqual(1700000000L, response.ServerTime);
            Assert.IsTrue(response.Accepted);
            Expect.Contains(response.Describe(), "accepted");
        }

        [TestMethod]
        public void ReportsAVerifiedErrorCode()
        {
            UpdateResponse response = Parse(TsigVectors.OneAnswerNotZone, TsigVectors.TimeSigned);
            Assert.AreEqual(UpdateProblem.None, response.Problem);
            Assert.AreEqual(DnsRcode.NotZone, response.Rcode);
            Assert.IsFalse(response.Accepted);
            Expect.Contains(response.Describe(), "NOTZONE");
            Expect.Contains(response.Describe(), "not inside the zone");
        }

        [TestMethod]
        public void ChecksTheAnswersTimeAgainstTheFudge()
        {
            Assert.AreEqual(UpdateProblem.None, Parse(TsigVectors.OneAnswerNoError, TsigVectors.TimeSigned.AddSeconds(300)).Problem);
            Assert.AreEqual(UpdateProblem.None, Parse(TsigVectors.OneAnswerNoError, TsigVectors.TimeSigned.AddSeconds(-300)).Problem);
            Assert.AreEqual(UpdateProblem.BadTime, Parse(TsigVectors.OneAnswerNoError, TsigVectors.TimeSigned.AddSeconds(301)).Problem);
            Assert.AreEqual(UpdateProblem.BadTime, Parse(TsigVectors.OneAnswerNoError, TsigVectors.TimeSigned.AddSeconds(-301)).Problem);
        }

        [TestMethod]
        public void RefusesAnAnswerSignedForAnotherRequestOrWithAnotherSecret()
        {
            byte[] answer = Hex.Bytes(TsigVectors.OneAnswerNoError);
            byte[] otherMac = Hex.Bytes(TsigVectors.OneMac);
            otherMac[0] ^= 1;
            var reader = new UpdateResponseReader();
            Assert.AreEqual(UpdateProblem.BadMac, reader.Parse(answer, answer.Length, 0x1234, TsigVectors.Key(), otherMac, TsigVectors.TimeSigned).Problem);

            TsigKey otherSecret = TsigVectors.KeyNamed("ddns-key.", "AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
            Assert.AreEqual(UpdateProblem.BadMac, reader.Parse(answer, answer.Length, 0x1234, otherSecret, Hex.Bytes(TsigVectors.OneMac), TsigVectors.TimeSigned).Problem);

            TsigKey otherName = TsigVectors.KeyNamed("other-key", TsigVectors.Secret);
            Assert.AreEqual(UpdateProblem.WrongKey, reader.Parse(answer, answer.Length, 0x1234, otherName, Hex.Bytes(TsigVectors.OneMac), TsigVectors.TimeSigned).Problem);

            TsigKey sameNameOtherCase = TsigVectors.KeyNamed("DDNS-Key.", TsigVectors.Secret);
            Assert.IsTrue(reader.Parse(answer, answer.Length, 0x1234, sameNameOtherCase, Hex.Bytes(TsigVectors.OneMac), TsigVectors.TimeSigned).Accepted);
        }

        [TestMethod]
        public void AChangedByteIsNeverAccepted()
        {
            byte[] valid = Hex.Bytes(TsigVectors.OneAnswerNoError);
            byte[] mac = Hex.Bytes(TsigVectors.OneMac);
            var damaged = new byte[valid.Length];
            var reader = new UpdateResponseReader();
            TsigKey key = TsigVectors.Key();
            for (int at = 0; at < valid.Length; at++)
            {
                // 0x20 is not among the changes: it flips the case of a letter, and key and algorithm names ignore case.
                for (int delta = 1; delta < 256; delta += 51)
                {
                    Array.Copy(valid, damaged, valid.Length);
                    damaged[at] = (byte)(damaged[at] ^ delta);
                    UpdateResponse response = reader.Parse(damaged, damaged.Length, 0x1234, key, mac, TsigVectors.TimeSigned);
                    Assert.IsFalse(response.Accepted, string.Concat("accepted with byte ", at.ToString(), " changed"));
                    Assert.AreNotEqual(UpdateProblem.None, response.Problem, string.Concat("verified with byte ", at.ToString(), " changed"));
                }
            }
        }

        [TestMethod]
        public void AnUnsignedAnswerToASignedRequestIsNotTrusted()
        {
            UpdateResponse response = Parse("1234 a800 0001 0000 0000 0000" + TsigVectors.ZoneSection, TsigVectors.TimeSigned);
            Assert.AreEqual(UpdateProblem.Unsigned, response.Problem);
            Assert.AreEqual(DnsRcode.NoError, response.Rcode);
            Assert.IsFalse(response.Accepted);
            Expect.Contains(response.Describe(), "not signed");
        }

        [TestMethod]
        public void ReportsTheServersRefusalOfTheKey()
        {
            UpdateResponse badKey = Parse(Refusal(DnsRcode.BadKey), TsigVectors.TimeSigned);
            Assert.AreEqual(UpdateProblem.SignatureRefused, badKey.Problem);
            Assert.AreEqual(DnsRcode.NotAuth, badKey.Rcode);
            Assert.AreEqual(DnsRcode.BadKey, badKey.TsigError);
            Expect.Contains(badKey.Describe(), "BADKEY");
            Expect.Contains(badKey.Describe(), "does not know the key");

            UpdateResponse badSig = Parse(Refusal(DnsRcode.BadSig), TsigVectors.TimeSigned);
            Assert.AreEqual(UpdateProblem.SignatureRefused, badSig.Problem);
            Assert.AreEqual(DnsRcode.BadSig, badSig.TsigError);
            Expect.Contains(badSig.Describe(), "secret does not match");

            // An empty MAC without an error is no signature at all.
            Assert.AreEqual(UpdateProblem.Malformed, Parse(Refusal(DnsRcode.NoError), TsigVectors.TimeSigned).Problem);
        }

        [TestMethod]
        public void RefusesOtherAlgorithmsAndShortenedMacs()
        {
            string sha512 = "0b686d61632d73686135313200 00006553f100 012c 0000 1234";
            Assert.AreEqual(UpdateProblem.WrongAlgorithm, Parse(UnsignedRefusalHeader + TsigVectors.ZoneSection + TsigVectors.TsigOwnerAndAlgorithm + "001d" + sha512 + "0011 0000", TsigVectors.TimeSigned).Problem);

            string shortMac = "0b686d61632d73686132353600 00006553f100 012c 0010 00112233445566778899aabbccddeeff 1234";
            Assert.AreEqual(UpdateProblem.TruncatedMac, Parse("1234 a800 0001 0000 0000 0001" + TsigVectors.ZoneSection + TsigVectors.TsigOwnerAndAlgorithm + "002d" + shortMac + "0000 0000", TsigVectors.TimeSigned).Problem);
        }

        [TestMethod]
        public void ChecksTheHeaderFirst()
        {
            string answer = TsigVectors.OneAnswerNoError;
            Assert.AreEqual(UpdateProblem.IdMismatch, Parse("1235" + answer.Substring(4), TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.NotAResponse, Parse("123428" + answer.Substring(6), TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.WrongOpcode, Parse("123480" + answer.Substring(6), TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.Truncated, Parse("1234aa" + answer.Substring(6), TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.Malformed, Parse("1234a8000001000000000001", TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.TooShort, Parse("1234a80000010000000000", TsigVectors.TimeSigned).Problem);
        }

        [TestMethod]
        public void RefusesRecordsThatDoNotAddUp()
        {
            string answer = TsigVectors.OneAnswerNoError;
            Assert.AreEqual(UpdateProblem.Malformed, Parse(answer + "00", TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.Malformed, Parse(answer.Substring(0, answer.Length - 2), TsigVectors.TimeSigned).Problem);

            // The TSIG record must be the last one, and in the additional section.
            string tsig = answer.Substring(58);
            string extra = "00 0001 0001 00000000 0004 7f000001";
            Assert.AreEqual(UpdateProblem.Malformed, Parse("1234a8000001000000000002" + TsigVectors.ZoneSection + tsig + extra, TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.Malformed, Parse("1234a8000001000100000000" + TsigVectors.ZoneSection + tsig, TsigVectors.TimeSigned).Problem);
        }

        [TestMethod]
        public void NeverThrowsOnGarbage()
        {
            var random = new PseudoRandom(2136);
            var reader = new UpdateResponseReader();
            TsigKey key = TsigVectors.Key();
            byte[] mac = Hex.Bytes(TsigVectors.OneMac);
            byte[] valid = Hex.Bytes(TsigVectors.OneAnswerNoError);
            var buffer = new byte[256];
            for (int round = 0; round < 400; round++)
            {
                int length = random.Next(buffer.Length + 1);
                for (int i = 0; i < buffer.Length; i++)
                {
                    buffer[i] = i < valid.Length && round % 2 == 0 ? valid[i] : random.NextByte();
                }

                // Even rounds keep a valid start and damage a few bytes, so parsing gets deep.
                for (int f = 0; round % 2 == 0 && f < 3; f++)
                {
                    buffer[random.Next(valid.Length)] = random.NextByte();
                }

                buffer[0] = 0x12;
                buffer[1] = 0x34;
                UpdateResponse response = reader.Parse(buffer, length, 0x1234, key, mac, TsigVectors.TimeSigned);
                Assert.IsFalse(response.Accepted && length != valid.Length, "accepted garbage");
            }

            Assert.AreEqual(UpdateProblem.TooShort, reader.Parse(buffer, buffer.Length + 1, 0x1234, key, mac, TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.TooShort, reader.Parse(null, 0, 0x1234, key, mac, TsigVectors.TimeSigned).Problem);
            Assert.AreEqual(UpdateProblem.TooShort, reader.Parse(buffer, -1, 0x1234, key, mac, TsigVectors.TimeSigned).Problem);
        }

        [TestMethod]
        public void EveryProblemHasItsOwnWords()
        {
            UpdateProblem[] problems = new UpdateProblem[]
            {
                UpdateProblem.None, UpdateProblem.TooShort, UpdateProblem.IdMismatch, UpdateProblem.NotAResponse, UpdateProblem.WrongOpcode,
                UpdateProblem.Truncated, UpdateProblem.Malformed, UpdateProblem.Unsigned, UpdateProblem.SignatureRefused, UpdateProblem.WrongKey,
                UpdateProblem.WrongAlgorithm, UpdateProblem.TruncatedMac, UpdateProblem.BadMac, UpdateProblem.BadTime,
            };
            for (int i = 0; i < problems.Length; i++)
            {
                for (int j = i + 1; j < problems.Length; j++)
                {
                    Assert.AreNotEqual(UpdateResponse.Words(problems[i]), UpdateResponse.Words(problems[j]));
                }
            }
        }

        private static string Refusal(DnsRcode error)
        {
            string code = Hex.Of(new byte[] { 0, (byte)error });
            return UnsignedRefusalHeader + TsigVectors.ZoneSection + TsigVectors.TsigOwnerAndAlgorithm + "001d" + AlgorithmToError + code + "0000";
        }

        private static UpdateResponse Parse(string hex, DateTime now)
        {
            byte[] answer = Hex.Bytes(hex);
            return new UpdateResponseReader().Parse(answer, answer.Length, 0x1234, TsigVectors.Key(), Hex.Bytes(TsigVectors.OneMac), now);
        }
    }
}
