#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dyndns2;
using DdnsAgent.Addressing;
using DdnsAgent.Protocol;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Dyndns2
{
    [TestClass]
    public class AnswerParserTests
    {
        private sealed class Case
        {
            public Case(string name, string body, ResultCode[] codes, string[] addresses)
            {
                Name = name;
                Body = body;
                Codes = codes;
                Addresses = addresses;
            }

            public string Name;
            public string Body;
            public ResultCode[] Codes;
            public string[] Addresses;
        }

        private static ResultCode[] Codes(params ResultCode[] codes) => codes;

        private static string[] Addresses(params string[] addresses) => addresses;

        private static Case One(string body, ResultCode code, string address)
        {
            return new Case(body, body, Codes(code), Addresses(address));
        }

        private static Case Hard(string body, ResultCode code) => One(body, code, "");

        // Built on first use: the rows are static data of DdnsAgent.Engine, whose initialisers nanoCLR may run
        // after this assembly's.
        private static Case[] _cases;

        private static Case[] Cases
        {
            get
            {
                if (_cases == null)
                {
                    _cases = new Case[]
                    {
                        One("good 93.184.216.34", Dyndns2Codes.Good, "93.184.216.34"),
                        One("good 93.184.216.34\n", Dyndns2Codes.Good, "93.184.216.34"),
                        One("good 93.184.216.34\r\n", Dyndns2Codes.Good, "93.184.216.34"),
                        One("good", Dyndns2Codes.Good, ""),
                        One("good\r\n", Dyndns2Codes.Good, ""),
                        One("good\t93.184.216.34", Dyndns2Codes.Good, "93.184.216.34"),
                        One("good 2a01:4f8:1:2::3", Dyndns2Codes.Good, "2a01:4f8:1:2::3"),
                        One("good 93.184.216.34 extra words", Dyndns2Codes.Good, "93.184.216.34"),
                        One("good not-an-address", Dyndns2Codes.Good, ""),
                        One("GOOD 93.184.216.34", Dyndns2Codes.Good, "93.184.216.34"),
                        One("nochg 93.184.216.34", Dyndns2Codes.NoChange, "93.184.216.34"),
                        One("nochg", Dyndns2Codes.NoChange, ""),
                        One("nochg 2a01:4f8:1:2::3  \t\r\n", Dyndns2Codes.NoChange, "2a01:4f8:1:2::3"),
                        One("good 127.0.0.1", Dyndns2Codes.AgentRefused, "127.0.0.1"),
                        One("good 127.0.0.1\r\n", Dyndns2Codes.AgentRefused, "127.0.0.1"),
                        One("nochg 127.0.0.1", Dyndns2Codes.NoChange, "127.0.0.1"),
                        Hard("badauth", Dyndns2Codes.BadAuth),
                        Hard("badauth\r\n", Dyndns2Codes.BadAuth),
                        Hard("!donator", Dyndns2Codes.NotDonator),
                        Hard("notfqdn", Dyndns2Codes.NotFqdn),
                        Hard("nohost", Dyndns2Codes.NoHost),
                        Hard("numhost", Dyndns2Codes.NumHost),
                        Hard("abuse", Dyndns2Codes.Abuse),
                        Hard("badagent", Dyndns2Codes.BadAgent),
                        Hard("badsys", Dyndns2Codes.BadSys),
                        Hard("!yours", Dyndns2Codes.NotYours),
                        Hard("noipv4", Dyndns2Codes.NoIPv4),
                        Hard("noipv6", Dyndns2Codes.NoIPv6),
                        Hard("  badauth  ", Dyndns2Codes.BadAuth),
                        One("dnserr", Dyndns2Codes.DnsError, ""),
                        One("911", Dyndns2Codes.ServerError911, ""),
                        One("911\r\n", Dyndns2Codes.ServerError911, ""),
                        One("interval", Dyndns2Codes.Interval, ""),
                        One("", ResultCode.Unknown, ""),
                        One("\r\n \t\n\n", ResultCode.Unknown, ""),
                        One("goodbye", ResultCode.Unknown, ""),
                        One("nochange 93.184.216.34", ResultCode.Unknown, ""),
                        One("<html><body>502 Bad Gateway</body></html>", ResultCode.Unknown, ""),
                        One("\u0001\u0002good\u00ff", ResultCode.Unknown, ""),
                        One("\n\ngood 93.184.216.34", Dyndns2Codes.Good, "93.184.216.34"),
                        new Case("per-host lines", "good 93.184.216.34\nnochg 93.184.216.34\nnohost\n",
                            Codes(Dyndns2Codes.Good, Dyndns2Codes.NoChange, Dyndns2Codes.NoHost), Addresses("93.184.216.34", "93.184.216.34", "")),
                        new Case("CRLF, trailing blanks and blank lines", "good 93.184.216.34  \t\r\nnochg 93.184.216.34\t\r\n\r\n\r\n",
                            Codes(Dyndns2Codes.Good, Dyndns2Codes.NoChange), Addresses("93.184.216.34", "93.184.216.34")),
                        new Case("all unchanged", "nochg 93.184.216.34\nnochg 93.184.216.34\n",
                            Codes(Dyndns2Codes.NoChange, Dyndns2Codes.NoChange), Addresses("93.184.216.34", "93.184.216.34")),
                        new Case("outage after success", "good 93.184.216.34\n911\n",
                            Codes(Dyndns2Codes.Good, Dyndns2Codes.ServerError911), Addresses("93.184.216.34", "")),
                        new Case("hard stop outranks outage", "911\nbadauth\ndnserr\nabuse",
                            Codes(Dyndns2Codes.ServerError911, Dyndns2Codes.BadAuth, Dyndns2Codes.DnsError, Dyndns2Codes.Abuse), Addresses("", "", "", "")),
                        new Case("interval then outage: longest wait", "interval\r\ndnserr\r\n",
                            Codes(Dyndns2Codes.Interval, Dyndns2Codes.DnsError), Addresses("", "")),
                        new Case("unknown among known", "good 93.184.216.34\nwhat is this\n",
                            Codes(Dyndns2Codes.Good, ResultCode.Unknown), Addresses("93.184.216.34", "")),
                        new Case("agent refused among good", "good 93.184.216.34\ngood 127.0.0.1\n",
                            Codes(Dyndns2Codes.Good, Dyndns2Codes.AgentRefused), Addresses("93.184.216.34", "127.0.0.1")),
                    };
                }

                return _cases;
            }
        }

        [TestMethod]
        public void ParsesEveryCodeAndForm()
        {
            var answer = new UpdateAnswer();
            foreach (Case c in Cases)
            {
                byte[] body = TestText.Bytes(c.Body);
                AnswerParser.Parse(body, body.Length, answer);
                Assert.AreEqual(c.Codes.Length, answer.LineCount, c.Name + ": line count");
                for (int i = 0; i < c.Codes.Length; i++)
                {
                    Assert.AreEqual(c.Codes[i], answer.CodeAt(i), c.Name + ": code of line " + i.ToString());
                    Assert.AreEqual(c.Addresses[i], TestText.Format(answer.AddressAt(i)), c.Name + ": address of line " + i.ToString());
                }

            }
        }

        [TestMethod]
        public void OneLineAnswersEveryHost()
        {
            var answer = Parse("badauth\n");
            for (int host = 0; host < 20; host++)
            {
                Assert.AreEqual(Dyndns2Codes.BadAuth, answer.CodeForHost(host), "host " + host.ToString());
            }

            answer = Parse("good 93.184.216.34");
            Assert.AreEqual("93.184.216.34", TestText.Format(answer.AddressForHost(7)));
        }

        [TestMethod]
        public void PerHostLinesMapToTheirHostsAndMissingLinesAreUnknown()
        {
            var answer = Parse("good 93.184.216.34\nnohost\n");
            Assert.AreEqual(Dyndns2Codes.Good, answer.CodeForHost(0));
            Assert.AreEqual(Dyndns2Codes.NoHost, answer.CodeForHost(1));
            Assert.AreEqual(ResultCode.Unknown, answer.CodeForHost(2));
            Assert.IsTrue(answer.AddressForHost(2).IsNone);
            Assert.AreEqual(ResultCode.Unknown, answer.CodeForHost(-1));
        }

        [TestMethod]
        public void KeepsTwentyLines()
        {
            string body = "";
            for (int i = 0; i < 25; i++)
            {
                body += "good 93.184.216.34\n";
            }

            var answer = Parse(body + "badauth\n");
            Assert.AreEqual(UpdateAnswer.MaxLines, answer.LineCount);
            Assert.AreEqual(Dyndns2Codes.Good, answer.CodeAt(UpdateAnswer.MaxLines - 1));
        }

        [TestMethod]
        public void ReadsOnlyUpToLength()
        {
            byte[] body = TestText.Bytes("nochg 93.184.216.34\nbadauth\n");
            var answer = new UpdateAnswer();
            AnswerParser.Parse(body, 20, answer);
            Assert.AreEqual(1, answer.LineCount);
            Assert.AreEqual(Dyndns2Codes.NoChange, answer.CodeAt(0));
            AnswerParser.Parse(body, 5, answer);
            Assert.AreEqual(Dyndns2Codes.NoChange, answer.CodeAt(0));
            Assert.IsTrue(answer.AddressAt(0).IsNone);
        }

        [TestMethod]
        public void ToleratesBadLengthsAndNoBody()
        {
            var answer = new UpdateAnswer();
            AnswerParser.Parse(null, 10, answer);
            Assert.AreEqual(ResultCode.Unknown, answer.CodeAt(0));
            AnswerParser.Parse(TestText.Bytes("good"), -1, answer);
            Assert.AreEqual(ResultCode.Unknown, answer.CodeAt(0));
            AnswerParser.Parse(TestText.Bytes("good"), 99, answer);
            Assert.AreEqual(Dyndns2Codes.Good, answer.CodeAt(0));
        }

        [TestMethod]
        public void ReusingTheAnswerForgetsThePreviousOne()
        {
            var answer = Parse("badauth\nnohost\n911\n");
            byte[] body = TestText.Bytes("good 93.184.216.34");
            AnswerParser.Parse(body, body.Length, answer);
            Assert.AreEqual(1, answer.LineCount);
            Assert.AreEqual(Dyndns2Codes.Good, answer.CodeAt(0));
            Assert.AreEqual("good 93.184.216.34", answer.LineText(0));
        }

        [TestMethod]
        public void QuotesALineEscapedAndBounded()
        {
            Assert.AreEqual("Service Unavailable", Parse("\r\n  Service Unavailable \r\nmore\r\n").LineText(0));
            Assert.AreEqual("bad\\xE9text\\x07\\x1B\\x09here", Parse("bad\u00e9text\u0007\u001b\there\r\n").LineText(0));
            Assert.AreEqual("C:\\\\temp", Parse("C:\\temp").LineText(0), "a backslash is doubled, so \\x in the text cannot pass for an escape");
            Assert.AreEqual("", Parse("").LineText(0));

            string longLine = "";
            for (int i = 0; i < 30; i++)
            {
                longLine += "0123456789";
            }

            var answer = Parse(longLine + "\n");
            Assert.AreEqual(longLine.Substring(0, UpdateAnswer.QuoteLength) + "...", answer.LineText(0));
        }

        [TestMethod]
        public void KnowsWhereEachLineIs()
        {
            var answer = Parse("  good 93.184.216.34 \r\nnohost\n\n  911");
            Assert.AreEqual(3, answer.LineCount);
            Assert.AreEqual(2, answer.StartAt(0));
            Assert.AreEqual(20, answer.EndAt(0));
            Assert.AreEqual(23, answer.StartAt(1));
            Assert.AreEqual(29, answer.EndAt(1));
            Assert.AreEqual(33, answer.StartAt(2));
            Assert.AreEqual(36, answer.EndAt(2));
            Assert.IsFalse(answer.IsCutOff(2), "a whole answer has no cut-off line");
        }

        [TestMethod]
        public void InACutAnswerTheCompleteLinesCountAndTheLastIsCutOff()
        {
            byte[] body = TestText.Bytes("good 93.184.216.34\nnochg 93.184.216.34\ngood 93.1");
            var answer = new UpdateAnswer();
            AnswerParser.Parse(body, body.Length, true, answer);

            Assert.AreEqual(3, answer.LineCount);
            Assert.AreEqual(Dyndns2Codes.Good, answer.CodeAt(0));
            Assert.AreEqual(Dyndns2Codes.NoChange, answer.CodeAt(1));
            Assert.AreEqual(ResultCode.Unknown, answer.CodeAt(2), "a cut \"good 93.1\" must not pass for good");
            Assert.IsTrue(answer.AddressAt(2).IsNone);
            Assert.IsFalse(answer.IsCutOff(0) || answer.IsCutOff(1));
            Assert.IsTrue(answer.IsCutOff(2));
            Assert.AreEqual("good 93.1", answer.LineText(2));
        }

        [TestMethod]
        public void ACutAnswerEndingWithALineBreakHasNoCutOffLine()
        {
            byte[] body = TestText.Bytes("good 93.184.216.34\n\n  ");
            var answer = new UpdateAnswer();
            AnswerParser.Parse(body, body.Length, true, answer);

            Assert.AreEqual(1, answer.LineCount);
            Assert.AreEqual(Dyndns2Codes.Good, answer.CodeAt(0));
            Assert.IsFalse(answer.IsCutOff(0));

            AnswerParser.Parse(body, 10, true, answer);
            Assert.AreEqual(ResultCode.Unknown, answer.CodeAt(0), "the only line, cut off");
            Assert.IsTrue(answer.IsCutOff(0));
        }

        private static UpdateAnswer Parse(string text)
        {
            var answer = new UpdateAnswer();
            byte[] body = TestText.Bytes(text);
            AnswerParser.Parse(body, body.Length, answer);
            return answer;
        }
    }
}
