#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Dns
{
    [TestClass]
    public class AddressAnswerReaderTests
    {
        private const string Question = "04686f6d65 0464646e73 0474657374 00 0001 0001"; // home.ddns.test A IN, at 12
        private const string HomeA1 = "c00c 0001 0001 0000003c 0004 c0000201";          // home.ddns.test A 192.0.2.1
        private const string HomeA2 = "c00c 0001 0001 0000003c 0004 c0000202";

        [TestMethod]
        public void CollectsTheAddressesOfTheName()
        {
            var addresses = new IpAddress[4];
            AddressAnswer answer = Parse("1234 8400 0001 0002 0000 0000" + Question + HomeA1 + HomeA2, "home.ddns.test", DnsType.A, addresses);
            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            Assert.AreEqual(DnsRcode.NoError, answer.Rcode);
            Assert.IsTrue(answer.Authoritative);
            Assert.AreEqual(2, answer.AddressCount);
            Assert.IsTrue(AddressAnswerReader.Contains(addresses, answer.AddressCount, TestText.Ip("192.0.2.2")));
            Assert.IsTrue(AddressAnswerReader.Contains(addresses, answer.AddressCount, TestText.Ip("192.0.2.1")));
            Assert.IsFalse(AddressAnswerReader.Contains(addresses, answer.AddressCount, TestText.Ip("192.0.2.3")));
        }

        [TestMethod]
        public void ReadsIPv6AndCountsPastTheCallersArray()
        {
            string question = "04686f6d65 0464646e73 0474657374 00 001c 0001";
            string aaaa = "c00c 001c 0001 0000003c 0010 20010db8000000000000000000000001";
            var addresses = new IpAddress[1];
            AddressAnswer answer = Parse("0001 8400 0001 0002 0000 0000" + question + aaaa + aaaa, "home.ddns.test", DnsType.AAAA, addresses, 1);
            Assert.AreEqual(2, answer.AddressCount);
            Assert.AreEqual(TestText.Ip("2001:db8::1"), addresses[0]);
        }

        [TestMethod]
        public void IgnoresRecordsOfOtherNamesTypesOrSizes()
        {
            string other = "0178 c011 0001 0001 0000003c 0004 c0000209";                       // x.ddns.test A
            string aaaa = "c00c 001c 0001 0000003c 0010 20010db8000000000000000000000001";   // an AAAA in an A answer
            string wrongSize = "c00c 0001 0001 0000003c 0005 c000020900";                    // A with 5 bytes
            var addresses = new IpAddress[4];
            AddressAnswer answer = Parse("1234 8400 0001 0004 0000 0000" + Question + other + aaaa + wrongSize + HomeA1, "home.ddns.test", DnsType.A, addresses);
            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            Assert.AreEqual(1, answer.AddressCount);
            Assert.AreEqual(TestText.Ip("192.0.2.1"), addresses[0]);
        }

        [TestMethod]
        public void ReportsAnAlias()
        {
            string cname = "c00c 0005 0001 0000003c 0004 0178 c011"; // home.ddns.test CNAME x.ddns.test
            string targetA = "c02c 0001 0001 0000003c 0004 c0000209";
            AddressAnswer answer = Parse("1234 8400 0001 0002 0000 0000" + Question + cname + targetA, "home.ddns.test", DnsType.A, new IpAddress[2]);
            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            Assert.IsTrue(answer.IsAlias);
            Assert.AreEqual(0, answer.AddressCount);
        }

        [TestMethod]
        public void ReportsNxdomainAndNoData()
        {
            AddressAnswer answer = Parse("1234 8403 0001 0000 0000 0000" + Question, "home.ddns.test", DnsType.A, new IpAddress[1]);
            Assert.AreEqual(AnswerProblem.None, answer.Problem);
            Assert.AreEqual(DnsRcode.NXDomain, answer.Rcode);
            Assert.AreEqual(0, answer.AddressCount);
            answer = Parse("1234 8000 0001 0000 0000 0000" + Question, "home.ddns.test", DnsType.A, new IpAddress[1]);
            Assert.AreEqual(DnsRcode.NoError, answer.Rcode);
            Assert.IsFalse(answer.Authoritative);
            Assert.AreEqual(0, answer.AddressCount);
        }

        [TestMethod]
        public void RefusesAnswersToOtherQueries()
        {
            Assert.AreEqual(AnswerProblem.IdMismatch, Parse("1235 8400 0001 0001 0000 0000" + Question + HomeA1, "home.ddns.test", DnsType.A, null).Problem);
            Assert.AreEqual(AnswerProblem.NotAResponse, Parse("1234 0400 0001 0001 0000 0000" + Question + HomeA1, "home.ddns.test", DnsType.A, null).Problem);
            Assert.AreEqual(AnswerProblem.WrongOpcode, Parse("1234 a800 0001 0001 0000 0000" + Question + HomeA1, "home.ddns.test", DnsType.A, null).Problem);
            Assert.AreEqual(AnswerProblem.QuestionMismatch, Parse("1234 8400 0001 0001 0000 0000" + Question + HomeA1, "office.ddns.test", DnsType.A, null).Problem);
            Assert.AreEqual(AnswerProblem.QuestionMismatch, Parse("1234 8400 0001 0001 0000 0000" + Question + HomeA1, "home.ddns.test", DnsType.AAAA, null).Problem);
            Assert.AreEqual(AnswerProblem.QuestionMismatch, Parse("1234 8400 0000 0000 0000 0000", "home.ddns.test", DnsType.A, null).Problem);
        }

        [TestMethod]
        public void ReportsTruncationAndDamage()
        {
            Assert.AreEqual(AnswerProblem.Truncated, Parse("1234 8600 0001 0000 0000 0000" + Question, "home.ddns.test", DnsType.A, null).Problem);
            Assert.AreEqual(AnswerProblem.TooShort, Parse("1234 8400 0001 0000 0000", "home.ddns.test", DnsType.A, null).Problem);
            string whole = "1234 8400 0001 0001 0000 0000" + Question + HomeA1;
            Assert.AreEqual(AnswerProblem.Malformed, Parse(whole.Substring(0, whole.Length - 2), "home.ddns.test", DnsType.A, null).Problem);
            Assert.AreEqual(AnswerProblem.Malformed, Parse("1234 8400 0001 0002 0000 0000" + Question + HomeA1, "home.ddns.test", DnsType.A, null).Problem);
        }

        [TestMethod]
        public void NeverThrowsOnDamagedAnswers()
        {
            byte[] valid = Hex.Bytes("1234 8400 0001 0002 0000 0000" + Question + HomeA1 + HomeA2);
            var damaged = new byte[valid.Length];
            var addresses = new IpAddress[2];
            var reader = new AddressAnswerReader();
            var random = new PseudoRandom(12);
            for (int round = 0; round < 300; round++)
            {
                System.Array.Copy(valid, damaged, valid.Length);
                int flips = 1 + random.Next(4);
                for (int f = 0; f < flips; f++)
                {
                    damaged[random.Next(damaged.Length)] = random.NextByte();
                }

                int length = random.Next(damaged.Length + 1);
                AddressAnswer answer = reader.Parse(damaged, length, 0x1234, "home.ddns.test", DnsType.A, addresses);
                Assert.IsTrue(answer.AddressCount <= 2, "more addresses than records");
            }
        }

        private static AddressAnswer Parse(string hex, string name, int type, IpAddress[] addresses, int id = 0x1234)
        {
            byte[] message = Hex.Bytes(hex);
            return new AddressAnswerReader().Parse(message, message.Length, id, name, type, addresses);
        }
    }
}
