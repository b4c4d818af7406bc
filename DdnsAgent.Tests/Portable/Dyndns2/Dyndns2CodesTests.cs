#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Dyndns2
{
    [TestClass]
    public class Dyndns2CodesTests
    {
        private sealed class Row
        {
            public Row(ResultCode code, int value, string token, UpdateOutcome outcome, int delay)
            {
                Code = code;
                Value = value;
                Token = token;
                Outcome = outcome;
                Delay = delay;
            }

            public ResultCode Code;
            public int Value;
            public string Token;
            public UpdateOutcome Outcome;
            public int Delay;
        }

        // One row per dyndns2 code, in value order: the values are stored in flash and never change meaning.
        // Built on first use: the rows are static data of DdnsAgent.Engine, whose initialisers nanoCLR may run
        // after this assembly's.
        private static Row[] _table;

        private static Row[] Table
        {
            get
            {
                if (_table == null)
                {
                    _table = new Row[]
                    {
                        new Row(Dyndns2Codes.Good, 1, "good", UpdateOutcome.Success, 0),
                        new Row(Dyndns2Codes.NoChange, 2, "nochg", UpdateOutcome.NoChange, 0),
                        new Row(Dyndns2Codes.BadAuth, 3, "badauth", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.NotDonator, 4, "!donator", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.NotFqdn, 5, "notfqdn", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.NoHost, 6, "nohost", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.NumHost, 7, "numhost", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.Abuse, 8, "abuse", UpdateOutcome.Blocked, 0),
                        new Row(Dyndns2Codes.BadAgent, 9, "badagent", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.BadSys, 10, "badsys", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.NotYours, 11, "!yours", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.DnsError, 12, "dnserr", UpdateOutcome.RetryLater, 1800),
                        new Row(Dyndns2Codes.ServerError911, 13, "911", UpdateOutcome.RetryLater, 1800),
                        new Row(Dyndns2Codes.AgentRefused, 14, "good 127.0.0.1", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.Interval, 15, "interval", UpdateOutcome.RetryLater, 600),
                        new Row(Dyndns2Codes.NoIPv4, 16, "noipv4", UpdateOutcome.HardStop, 0),
                        new Row(Dyndns2Codes.NoIPv6, 17, "noipv6", UpdateOutcome.HardStop, 0),
                    };
                }

                return _table;
            }
        }

        [TestMethod]
        public void TableCoversEveryCodeInOrder()
        {
            Assert.AreEqual(Dyndns2Codes.All.Length, Table.Length, "one row per dyndns2 code");
            for (int i = 0; i < Table.Length; i++)
            {
                Assert.AreSame(Dyndns2Codes.All[i], Table[i].Code, "row " + i.ToString() + " is out of order");
                Assert.AreEqual(Table[i].Value, (int)Table[i].Code.Value, "stored value of " + Table[i].Token);
                Assert.AreSame(Table[i].Code, ResultCode.Find(Table[i].Value), "found by value: " + Table[i].Token);
            }
        }

        [TestMethod]
        public void TokenIsTheExactCodeText()
        {
            foreach (Row row in Table)
            {
                Assert.AreEqual(row.Token, row.Code.Token, "token of " + row.Token);
            }
        }

        [TestMethod]
        public void OutcomesFollowTheProtocolTable()
        {
            foreach (Row row in Table)
            {
                Assert.AreEqual((int)row.Outcome, (int)row.Code.Outcome, "outcome of " + row.Token);
            }
        }

        [TestMethod]
        public void OutagesWaitAtLeastThirtyMinutes()
        {
            foreach (Row row in Table)
            {
                Assert.AreEqual(row.Delay, row.Code.MinWaitSeconds, "delay of " + row.Token);
                Assert.IsFalse(row.Code.BackOff, "a dyndns2 code waits its fixed time: " + row.Token);
            }
        }

        [TestMethod]
        public void EveryCodeHasItsOwnPlainDescription()
        {
            for (int i = 0; i < Table.Length; i++)
            {
                string text = Table[i].Code.Meaning(Vocabulary.DeviceConsole);
                Assert.IsTrue(text != null && text.Length > 20, "description of " + Table[i].Token);
                for (int j = 0; j < i; j++)
                {
                    Assert.AreNotEqual(Table[j].Code.Meaning(Vocabulary.DeviceConsole), text, Table[j].Token + " and " + Table[i].Token + " share a description");
                }
            }
        }

        [TestMethod]
        public void HardStopDescriptionsSayWhatToDo()
        {
            foreach (Row row in Table)
            {
                if (row.Outcome == UpdateOutcome.HardStop || row.Outcome == UpdateOutcome.Blocked)
                {
                    string text = row.Code.Meaning(Vocabulary.DeviceConsole);
                    Assert.IsTrue(text.IndexOf("`save`") >= 0 || text.IndexOf("`resume`") >= 0, "no action for " + row.Token + ": " + text);
                }
            }

            Assert.IsTrue(Dyndns2Codes.BadAuth.Meaning(Vocabulary.DeviceConsole).IndexOf("`set password`") >= 0, "badauth names the password setting");
        }

        [TestMethod]
        public void MatchKnowsEveryOneWordTokenInAnyCase()
        {
            foreach (Row row in Table)
            {
                byte[] text = DdnsAgent.Tests.Support.TestText.Bytes(DdnsAgent.Text.Ascii.ToUpper(row.Token));
                ResultCode expected = row.Code == Dyndns2Codes.AgentRefused ? null : row.Code;
                Assert.AreSame(expected, Dyndns2Codes.Match(text, 0, text.Length), "match of " + row.Token);
            }

            byte[] other = DdnsAgent.Tests.Support.TestText.Bytes("goodbye");
            Assert.IsNull(Dyndns2Codes.Match(other, 0, other.Length));
        }
    }
}
