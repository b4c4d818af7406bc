#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Protocol
{
    [TestClass]
    public class ResultCodesTests
    {
        private sealed class Row
        {
            public Row(ResultCode code, string token, UpdateOutcome outcome, int delay)
            {
                Code = code;
                Token = token;
                Outcome = outcome;
                Delay = delay;
            }

            public ResultCode Code;
            public string Token;
            public UpdateOutcome Outcome;
            public int Delay;
        }

        // One row per ResultCode value, in declaration order: the table must grow with the enum.
        private static readonly Row[] Table =
        {
            new Row(ResultCode.None, "", UpdateOutcome.RetryLater, 0),
            new Row(ResultCode.Good, "good", UpdateOutcome.Success, 0),
            new Row(ResultCode.NoChange, "nochg", UpdateOutcome.NoChange, 0),
            new Row(ResultCode.BadAuth, "badauth", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.NotDonator, "!donator", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.NotFqdn, "notfqdn", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.NoHost, "nohost", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.NumHost, "numhost", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.Abuse, "abuse", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.BadAgent, "badagent", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.BadSys, "badsys", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.NotYours, "!yours", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.DnsError, "dnserr", UpdateOutcome.RetryLater, 1800),
            new Row(ResultCode.ServerError911, "911", UpdateOutcome.RetryLater, 1800),
            new Row(ResultCode.AgentRefused, "good 127.0.0.1", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.Interval, "interval", UpdateOutcome.RetryLater, 600),
            new Row(ResultCode.NoIPv4, "noipv4", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.NoIPv6, "noipv6", UpdateOutcome.HardStop, 0),
            new Row(ResultCode.Unknown, "", UpdateOutcome.RetryLater, 600),
        };

        [TestMethod]
        public void TableCoversEveryCodeInOrder()
        {
            Assert.AreEqual((int)ResultCode.Unknown + 1, Table.Length, "one row per ResultCode");
            for (int i = 0; i < Table.Length; i++)
            {
                Assert.AreEqual(i, (int)Table[i].Code, "row " + i.ToString() + " is out of order");
            }
        }

        [TestMethod]
        public void TokenIsTheExactCodeText()
        {
            foreach (Row row in Table)
            {
                Assert.AreEqual(row.Token, ResultCodes.Token(row.Code), "token of " + row.Token);
            }
        }

        [TestMethod]
        public void ClassifyFollowsTheProtocolTable()
        {
            foreach (Row row in Table)
            {
                Assert.AreEqual(row.Outcome, ResultCodes.Classify(row.Code), "outcome of code " + ((int)row.Code).ToString() + " " + row.Token);
            }
        }

        [TestMethod]
        public void OutagesWaitAtLeastThirtyMinutes()
        {
            foreach (Row row in Table)
            {
                Assert.AreEqual(row.Delay, ResultCodes.MinRetryDelaySeconds(row.Code), "delay of code " + ((int)row.Code).ToString() + " " + row.Token);
            }
        }

        [TestMethod]
        public void EveryCodeHasItsOwnPlainDescription()
        {
            for (int i = 0; i < Table.Length; i++)
            {
                string text = ResultCodes.Describe(Table[i].Code);
                Assert.IsTrue(text != null && text.Length > 20, "description of code " + i.ToString());
                for (int j = 0; j < i; j++)
                {
                    Assert.AreNotEqual(ResultCodes.Describe(Table[j].Code), text, "codes " + j.ToString() + " and " + i.ToString() + " share a description");
                }
            }
        }

        [TestMethod]
        public void HardStopDescriptionsSayWhatToDo()
        {
            foreach (Row row in Table)
            {
                if (row.Outcome == UpdateOutcome.HardStop)
                {
                    string text = ResultCodes.Describe(row.Code);
                    Assert.IsTrue(text.IndexOf("`save`") >= 0 || text.IndexOf("`resume`") >= 0, "no action for " + row.Token + ": " + text);
                }
            }

            Assert.IsTrue(ResultCodes.Describe(ResultCode.BadAuth).IndexOf("`set password`") >= 0, "badauth names the password setting");
        }
    }
}
