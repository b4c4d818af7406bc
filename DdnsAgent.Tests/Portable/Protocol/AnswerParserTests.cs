#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Protocol;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Protocol
{
    [TestClass]
    public class AnswerParserTests
    {
        private sealed class Case
        {
            public Case(string name, string body, ResultCode[] codes, string[] addresses, UpdateOutcome outcome, ResultCode firstHard, int delay)
            {
                Name = name;
                Body = body;
                Codes = codes;
                Addresses = addresses;
                Outcome = outcome;
                FirstHard = firstHard;
                Delay = delay;
            }

            public string Name;
            public string Body;
            public ResultCode[] Codes;
            public string[] Addresses;
            public UpdateOutcome Outcome;
            public ResultCode FirstHard;
            public int Delay;
        }

        private static ResultCode[] Codes(params ResultCode[] codes) => codes;

        private static string[] Addresses(params string[] addresses) => addresses;

        private static Case One(string body, ResultCode code, string address, UpdateOutcome outcome, ResultCode firstHard, int delay)
        {
            return new Case(body, body, Codes(code), Addresses(address), outcome, firstHard, delay);
        }

        private static Case Hard(string body, ResultCode code) => One(body, code, "", UpdateOutcome.HardStop, code, 0);

        private static readonly Case[] Cases =
        {
            One("good 93.184.216.34", ResultCode.Good, "93.184.216.34", UpdateOutcome.Success, ResultCode.None, 0),
            One("good 93.184.216.34\n", ResultCode.Good, "93.184.216.34", UpdateOutcome.Success, ResultCode.None, 0),
            One("good 93.184.216.34\r\n", ResultCode.Good, "93.184.216.34", UpdateOutcome.Success, ResultCode.None, 0),
            One("good", ResultCode.Good, "", UpdateOutcome.Success, ResultCode.None, 0),
            One("good\r\n", ResultCode.Good, "", UpdateOutcome.Success, ResultCode.None, 0),
            One("good\t93.184.216.34", ResultCode.Good, "93.184.216.34", UpdateOutcome.Success, ResultCode.None, 0),
            One("good 2a01:4f8:1:2::3", ResultCode.Good, "2a01:4f8:1:2::3", UpdateOutcome.Success, ResultCode.None, 0),
            One("good 93.184.216.34 extra words", ResultCode.Good, "93.184.216.34", UpdateOutcome.Success, ResultCode.None, 0),
            One("good not-an-address", ResultCode.Good, "", UpdateOutcome.Success, ResultCode.None, 0),
            One("GOOD 93.184.216.34", ResultCode.Good, "93.184.216.34", UpdateOutcome.Success, ResultCode.None, 0),
            One("nochg 93.184.216.34", ResultCode.NoChange, "93.184.216.34", UpdateOutcome.NoChange, ResultCode.None, 0),
            One("nochg", ResultCode.NoChange, "", UpdateOutcome.NoChange, ResultCode.None, 0),
            One("nochg 2a01:4f8:1:2::3  \t\r\n", ResultCode.NoChange, "2a01:4f8:1:2::3", UpdateOutcome.NoChange, ResultCode.None, 0),
            One("good 127.0.0.1", ResultCode.AgentRefused, "127.0.0.1", UpdateOutcome.HardStop, ResultCode.AgentRefused, 0),
            One("good 127.0.0.1\r\n", ResultCode.AgentRefused, "127.0.0.1", UpdateOutcome.HardStop, ResultCode.AgentRefused, 0),
            One("nochg 127.0.0.1", ResultCode.NoChange, "127.0.0.1", UpdateOutcome.NoChange, ResultCode.None, 0),
            Hard("badauth", ResultCode.BadAuth),
            Hard("badauth\r\n", ResultCode.BadAuth),
            Hard("!donator", ResultCode.NotDonator),
            Hard("notfqdn", ResultCode.NotFqdn),
            Hard("nohost", ResultCode.NoHost),
            Hard("numhost", ResultCode.NumHost),
            Hard("abuse", ResultCode.Abuse),
            Hard("badagent", ResultCode.BadAgent),
            Hard("badsys", ResultCode.BadSys),
            Hard("!yours", ResultCode.NotYours),
            Hard("noipv4", ResultCode.NoIPv4),
            Hard("noipv6", ResultCode.NoIPv6),
            Hard("  badauth  ", ResultCode.BadAuth),
            One("dnserr", ResultCode.DnsError, "", UpdateOutcome.RetryLater, ResultCode.None, 1800),
            One("911", ResultCode.ServerError911, "", UpdateOutcome.RetryLater, ResultCode.None, 1800),
            One("911\r\n", ResultCode.ServerError911, "", UpdateOutcome.RetryLater, ResultCode.None, 1800),
            One("interval", ResultCode.Interval, "", UpdateOutcome.RetryLater, ResultCode.None, 600),
            One("", ResultCode.Unknown, "", UpdateOutcome.RetryLater, ResultCode.None, 600),
            One("\r\n \t\n\n", ResultCode.Unknown, "", UpdateOutcome.RetryLater, ResultCode.None, 600),
            One("goodbye", ResultCode.Unknown, "", UpdateOutcome.RetryLater, ResultCode.None, 600),
            One("nochange 93.184.216.34", ResultCode.Unknown, "", UpdateOutcome.RetryLater, ResultCode.None, 600),
            One("<html><body>502 Bad Gateway</body></html>", ResultCode.Unknown, "", UpdateOutcome.RetryLater, ResultCode.None, 600),
            One("\u0001\u0002good\u00ff", ResultCode.Unknown, "", UpdateOutcome.RetryLater, ResultCode.None, 600),
            One("\n\ngood 93.184.216.34", ResultCode.Good, "93.184.216.34", UpdateOutcome.Success, ResultCode.None, 0),
            new Case("per-host lines", "good 93.184.216.34\nnochg 93.184.216.34\nnohost\n",
                Codes(ResultCode.Good, ResultCode.NoChange, ResultCode.NoHost), Addresses("93.184.216.34", "93.184.216.34", ""),
                UpdateOutcome.HardStop, ResultCode.NoHost, 0),
            new Case("CRLF, trailing blanks and blank lines", "good 93.184.216.34  \t\r\nnochg 93.184.216.34\t\r\n\r\n\r\n",
                Codes(ResultCode.Good, ResultCode.NoChange), Addresses("93.184.216.34", "93.184.216.34"),
                UpdateOutcome.Success, ResultCode.None, 0),
            new Case("all unchanged", "nochg 93.184.216.34\nnochg 93.184.216.34\n",
                Codes(ResultCode.NoChange, ResultCode.NoChange), Addresses("93.184.216.34", "93.184.216.34"),
                UpdateOutcome.NoChange, ResultCode.None, 0),
            new Case("outage after success", "good 93.184.216.34\n911\n",
                Codes(ResultCode.Good, ResultCode.ServerError911), Addresses("93.184.216.34", ""),
                UpdateOutcome.RetryLater, ResultCode.None, 1800),
            new Case("hard stop outranks outage", "911\nbadauth\ndnserr\nabuse",
                Codes(ResultCode.ServerError911, ResultCode.BadAuth, ResultCode.DnsError, ResultCode.Abuse), Addresses("", "", "", ""),
                UpdateOutcome.HardStop, ResultCode.BadAuth, 1800),
            new Case("interval then outage: longest wait", "interval\r\ndnserr\r\n",
                Codes(ResultCode.Interval, ResultCode.DnsError), Addresses("", ""),
                UpdateOutcome.RetryLater, ResultCode.None, 1800),
            new Case("unknown among known", "good 93.184.216.34\nwhat is this\n",
                Codes(ResultCode.Good, ResultCode.Unknown), Addresses("93.184.216.34", ""),
                UpdateOutcome.RetryLater, ResultCode.None, 600),
            new Case("agent refused among good", "good 93.184.216.34\ngood 127.0.0.1\n",
                Codes(ResultCode.Good, ResultCode.AgentRefused), Addresses("93.184.216.34", "127.0.0.1"),
                UpdateOutcome.HardStop, ResultCode.AgentRefused, 0),
        };

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
                    Assert.AreEqual(ResultCodes.Classify(c.Codes[i]), answer.OutcomeAt(i), c.Name + ": outcome of line " + i.ToString());
                }

                Assert.AreEqual(c.Outcome, answer.Outcome, c.Name + ": outcome");
                Assert.AreEqual(c.FirstHard, answer.FirstHardCode, c.Name + ": first hard code");
                Assert.AreEqual(c.Delay, answer.RetryDelaySeconds, c.Name + ": retry delay");
            }
        }

        [TestMethod]
        public void DecisiveCodeIsTheFirstWithTheOverallOutcome()
        {
            var answer = Parse("good 93.184.216.34\n911\nnohost\nbadauth\n");
            Assert.AreEqual(ResultCode.NoHost, answer.DecisiveCode);
            answer = Parse("nochg 93.184.216.34\ngood 93.184.216.34\n");
            Assert.AreEqual(ResultCode.Good, answer.DecisiveCode);
            Assert.AreEqual(UpdateOutcome.Success, answer.Outcome);
        }

        [TestMethod]
        public void OneLineAnswersEveryHost()
        {
            var answer = Parse("badauth\n");
            for (int host = 0; host < 20; host++)
            {
                Assert.AreEqual(ResultCode.BadAuth, answer.CodeForHost(host), "host " + host.ToString());
                Assert.AreEqual(UpdateOutcome.HardStop, answer.OutcomeForHost(host), "host " + host.ToString());
            }

            answer = Parse("good 93.184.216.34");
            Assert.AreEqual("93.184.216.34", TestText.Format(answer.AddressForHost(7)));
        }

        [TestMethod]
        public void PerHostLinesMapToTheirHostsAndMissingLinesAreUnknown()
        {
            var answer = Parse("good 93.184.216.34\nnohost\n");
            Assert.AreEqual(ResultCode.Good, answer.CodeForHost(0));
            Assert.AreEqual(ResultCode.NoHost, answer.CodeForHost(1));
            Assert.AreEqual(ResultCode.Unknown, answer.CodeForHost(2));
            Assert.AreEqual(UpdateOutcome.RetryLater, answer.OutcomeForHost(2));
            Assert.IsTrue(answer.AddressForHost(2).IsNone);
            Assert.AreEqual(ResultCode.Unknown, answer.CodeForHost(-1));
        }

        [TestMethod]
        public void KeepsTwentyLinesButJudgesThemAll()
        {
            string body = "";
            for (int i = 0; i < 25; i++)
            {
                body += "good 93.184.216.34\n";
            }

            var answer = Parse(body + "badauth\n");
            Assert.AreEqual(UpdateAnswer.MaxLines, answer.LineCount);
            Assert.AreEqual(UpdateOutcome.HardStop, answer.Outcome);
            Assert.AreEqual(ResultCode.BadAuth, answer.FirstHardCode);
        }

        [TestMethod]
        public void ReadsOnlyUpToLength()
        {
            byte[] body = TestText.Bytes("nochg 93.184.216.34\nbadauth\n");
            var answer = new UpdateAnswer();
            AnswerParser.Parse(body, 20, answer);
            Assert.AreEqual(1, answer.LineCount);
            Assert.AreEqual(UpdateOutcome.NoChange, answer.Outcome);
            AnswerParser.Parse(body, 5, answer);
            Assert.AreEqual(ResultCode.NoChange, answer.CodeAt(0));
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
            Assert.AreEqual(ResultCode.Good, answer.CodeAt(0));
        }

        [TestMethod]
        public void ReusingTheAnswerForgetsThePreviousOne()
        {
            var answer = Parse("badauth\nnohost\n911\n");
            byte[] body = TestText.Bytes("good 93.184.216.34");
            AnswerParser.Parse(body, body.Length, answer);
            Assert.AreEqual(1, answer.LineCount);
            Assert.AreEqual(UpdateOutcome.Success, answer.Outcome);
            Assert.AreEqual(ResultCode.None, answer.FirstHardCode);
            Assert.AreEqual(0, answer.RetryDelaySeconds);
            Assert.AreEqual("good 93.184.216.34", answer.FirstLineText());
        }

        [TestMethod]
        public void KeepsTheFirstLineCleanedAndCut()
        {
            Assert.AreEqual("Service Unavailable", Parse("\r\n  Service Unavailable \r\nmore\r\n").FirstLineText());
            Assert.AreEqual("bad?text here", Parse("bad\u00e9text\u0007\u001b\there\r\n").FirstLineText());
            Assert.AreEqual("", Parse("").FirstLineText());

            string longLine = "";
            for (int i = 0; i < 30; i++)
            {
                longLine += "0123456789";
            }

            var answer = Parse(longLine + "\n");
            Assert.AreEqual(UpdateAnswer.FirstLineCapacity, answer.FirstLineLength);
            Assert.AreEqual(longLine.Substring(0, UpdateAnswer.FirstLineCapacity), answer.FirstLineText());
        }

        [TestMethod]
        public void CopiesTheFirstLineWithoutAllocating()
        {
            var answer = Parse("<h1>Oops</h1>\n");
            var buffer = new byte[8];
            int copied = answer.CopyFirstLine(buffer, 2);
            Assert.AreEqual(6, copied);
            Assert.AreEqual("<h1>Oo", TestText.Text(buffer, 2, copied));
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
