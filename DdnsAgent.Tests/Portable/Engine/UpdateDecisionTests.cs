#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>UpdateDecision: what came back, and what the agent does about it, as one table.</summary>
    [TestClass]
    public class UpdateDecisionTests
    {
        private sealed class Row
        {
            public Row(TransportFailure failure, int status, ResultCode code, ResultCode decided, UpdateOutcome outcome, int wait, bool backOff)
            {
                Failure = failure;
                Status = status;
                Code = code;
                Decided = decided;
                Outcome = outcome;
                Wait = wait;
                BackOff = backOff;
            }

            public TransportFailure Failure;
            public int Status;
            public ResultCode Code;
            public ResultCode Decided;
            public UpdateOutcome Outcome;
            public int Wait;
            public bool BackOff;
        }

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
                        new Row(TransportFailure.CertificateRejected, 0, null, ResultCode.CertificateRejected, UpdateOutcome.SettingsProblem, 300, true),
                        new Row(TransportFailure.TlsVersionMismatch, 0, null, ResultCode.CertificateRejected, UpdateOutcome.SettingsProblem, 300, true),
                        new Row(TransportFailure.NotAllowed, 0, null, ResultCode.NotSent, UpdateOutcome.SettingsProblem, 300, true),
                        new Row(TransportFailure.Timeout, 0, null, ResultCode.None, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.ConnectFailed, 0, null, ResultCode.None, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.ConnectionReset, 0, null, ResultCode.None, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.RedirectRefused, 0, null, ResultCode.None, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.Other, 0, null, ResultCode.None, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.Timeout, 200, Dyndns2Codes.Good, ResultCode.None, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.None, 200, Dyndns2Codes.Good, Dyndns2Codes.Good, UpdateOutcome.Success, 0, false),
                        new Row(TransportFailure.None, 200, Dyndns2Codes.NoChange, Dyndns2Codes.NoChange, UpdateOutcome.NoChange, 0, false),
                        new Row(TransportFailure.None, 401, Dyndns2Codes.BadAuth, Dyndns2Codes.BadAuth, UpdateOutcome.HardStop, 0, false),
                        new Row(TransportFailure.None, 200, Dyndns2Codes.Abuse, Dyndns2Codes.Abuse, UpdateOutcome.Blocked, 0, false),
                        new Row(TransportFailure.None, 500, Dyndns2Codes.ServerError911, Dyndns2Codes.ServerError911, UpdateOutcome.RetryLater, 1800, false),
                        new Row(TransportFailure.None, 200, Dyndns2Codes.Interval, Dyndns2Codes.Interval, UpdateOutcome.RetryLater, 600, false),
                        new Row(TransportFailure.None, 502, null, ResultCode.ServerError, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.None, 503, ResultCode.Unknown, ResultCode.ServerError, UpdateOutcome.RetryLater, 60, true),
                        new Row(TransportFailure.None, 401, ResultCode.Unknown, ResultCode.Unauthorized, UpdateOutcome.HardStop, 0, false),
                        new Row(TransportFailure.None, 200, ResultCode.Unknown, ResultCode.Unknown, UpdateOutcome.RetryLater, 600, false),
                        new Row(TransportFailure.None, 404, null, ResultCode.Unknown, UpdateOutcome.RetryLater, 600, false),
                        new Row(TransportFailure.None, 0, null, ResultCode.Unknown, UpdateOutcome.RetryLater, 600, false),
                    };
                }

                return _table;
            }
        }

        [TestMethod]
        public void WhatCameBackDecidesTheCode()
        {
            for (int i = 0; i < Table.Length; i++)
            {
                Row row = Table[i];
                ResultCode decided = UpdateDecision.Decide(row.Failure, row.Status, row.Code);
                string name = "row " + i.ToString();
                Assert.AreSame(row.Decided, decided, name);
                Assert.AreEqual((int)row.Outcome, (int)decided.Outcome, name + ": outcome");
                Assert.AreEqual(row.Wait, decided.MinWaitSeconds, name + ": least wait");
                Assert.AreEqual(row.BackOff, decided.BackOff, name + ": back-off");
            }
        }

        [TestMethod]
        public void BackOffDoublesFromTheLeastWaitUpToThirtyMinutes()
        {
            int[] network = { 60, 120, 240, 480, 960, 1800, 1800 };
            int[] certificate = { 300, 600, 1200, 1800, 1800 };
            for (int i = 0; i < network.Length; i++)
            {
                Assert.AreEqual(network[i], UpdateDecision.WaitSeconds(ResultCode.None, i + 1), "network failure " + (i + 1).ToString());
            }

            for (int i = 0; i < certificate.Length; i++)
            {
                Assert.AreEqual(certificate[i], UpdateDecision.WaitSeconds(ResultCode.CertificateRejected, i + 1), "certificate failure " + (i + 1).ToString());
            }

            Assert.AreEqual(1800, UpdateDecision.WaitSeconds(Dyndns2Codes.ServerError911, 7), "a fixed wait does not grow");
            Assert.AreEqual(600, UpdateDecision.WaitSeconds(ResultCode.Unknown, 12), "unknown answers wait their fixed 10 minutes");
            Assert.AreEqual(1800, UpdateDecision.WaitSeconds(ResultCode.None, 255), "the count saturates, the wait stays capped");
        }

        [TestMethod]
        public void JitterStretchesAWaitByAtMostAQuarterAlsoAtTheCap()
        {
            var jitter = new Jitter(7);
            int longest = 0;
            for (int i = 0; i < 200; i++)
            {
                int wait = Backoff.Jittered(60, jitter);
                Assert.IsTrue(wait >= 60 && wait <= 75, "60 s became " + wait.ToString());
                int capped = Backoff.Jittered(1800, jitter);
                Assert.IsTrue(capped >= 1800 && capped <= 2250, "1800 s became " + capped.ToString());
                longest = capped > longest ? capped : longest;
            }

            Assert.IsTrue(longest > 2000, "a fleet waiting out 30 minutes does not retry in step");
        }
    }
}
