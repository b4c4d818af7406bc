using System;
using System.Text;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Properties
{
    /// <summary>Hostile and random answer bodies: the parser never throws and never reads past the length it is given.</summary>
    [TestClass]
    public sealed class AnswerParserProperties
    {
        private static readonly string[] Fragments =
        {
            "good", "nochg", "badauth", "!donator", "notfqdn", "nohost", "numhost", "abuse", "badagent", "badsys",
            "!yours", "dnserr", "911", "interval", "noipv4", "noipv6", "127.0.0.1", "93.184.216.34", "2a01:4f8::3",
            "::", "1.2.3", "999.1.1.1", "1:2:3:4:5:6:7:8:9", " ", "\t", "\r", "\n", "\r\n", "\0", "\u00ff", "\u007f",
            "<html>", "GOOD", "good\u00a0",
        };

        // Bytes placed right after the body: if the parser looked at them, the answer would change.
        private static readonly byte[] Sentinel = Encoding.ASCII.GetBytes(" 93.184.216.34\nbadauth\n911\ninterval\n");

        private static Gen<byte[]> Bodies()
        {
            Gen<byte[]> raw = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();
            Gen<byte[]> structured = Gen.Elements(Fragments).ArrayOf().Select(parts => Encoding.Latin1.GetBytes(string.Concat(parts)));
            Gen<byte[]> longLines = Gen.Choose(0, 3000).Select(n => Encoding.ASCII.GetBytes(new string('x', n)));
            return Gen.Frequency((3, structured), (2, raw), (1, longLines));
        }

        [TestMethod]
        public void NeverThrowsAndNeverReadsPastTheLength()
        {
            var exact = new UpdateAnswer();
            var padded = new UpdateAnswer();
            Prop.ForAll(Bodies().ToArbitrary(), body =>
            {
                AnswerParser.Parse(body, body.Length, exact);

                var larger = new byte[body.Length + Sentinel.Length];
                Array.Copy(body, larger, body.Length);
                Array.Copy(Sentinel, 0, larger, body.Length, Sentinel.Length);
                AnswerParser.Parse(larger, body.Length, padded);
                AssertSame(exact, padded);
                AssertWellFormed(exact);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
        }

        [TestMethod]
        public void AnyPrefixOfABodyParsesAsThatPrefixAlone()
        {
            var whole = new UpdateAnswer();
            var prefix = new UpdateAnswer();
            Prop.ForAll(Bodies().ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (body, cut) =>
            {
                int length = Math.Min(cut, body.Length);
                AnswerParser.Parse(body, length, whole);
                AnswerParser.Parse(body.AsSpan(0, length).ToArray(), length, prefix);
                AssertSame(prefix, whole);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
        }

        private static void AssertSame(UpdateAnswer expected, UpdateAnswer actual)
        {
            Assert.AreEqual(expected.LineCount, actual.LineCount);
            for (int i = 0; i < expected.LineCount; i++)
            {
                Assert.AreEqual(expected.LineText(i), actual.LineText(i));
                Assert.AreEqual(expected.CodeAt(i), actual.CodeAt(i));
                Assert.AreEqual(expected.AddressAt(i).Family, actual.AddressAt(i).Family);
                Assert.AreEqual(expected.AddressAt(i).High, actual.AddressAt(i).High);
                Assert.AreEqual(expected.AddressAt(i).Low, actual.AddressAt(i).Low);
            }
        }

        private static void AssertWellFormed(UpdateAnswer answer)
        {
            Assert.IsTrue(answer.LineCount >= 1 && answer.LineCount <= UpdateAnswer.MaxLines);
            for (int i = 0; i < answer.LineCount; i++)
            {
                string quoted = answer.LineText(i);
                Assert.IsTrue(quoted.Length <= UpdateAnswer.QuoteLength + 6, "a quoted line is bounded");
                foreach (char c in quoted)
                {
                    Assert.IsTrue(c >= 0x20 && c < 0x7F, "a quoted line is printable ASCII");
                }

                ResultCode code = answer.CodeAt(i);
                bool echoes = code == Dyndns2Codes.Good || code == Dyndns2Codes.NoChange || code == Dyndns2Codes.AgentRefused;
                Assert.IsTrue(echoes || answer.AddressAt(i).IsNone, "only good and nochg carry an address");
                Assert.IsNotNull(code, "every line has a code, Unknown at worst");
            }
        }
    }
}
