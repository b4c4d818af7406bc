#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Rfc2136
{
    /// <summary>
    /// The decision table for RFC 2136: what each answer (its verification, RCODE and TSIG error) comes to once
    /// <see cref="UpdateDecision"/> has decided it, as the scheduler, the state and the LED see it.
    /// </summary>
    [TestClass]
    public class Rfc2136CodesTests
    {
        [TestMethod]
        public void EveryVerifiedRcodeHasItsRowAndOutcome()
        {
            AssertDecided(Verified(DnsRcode.NoError), "NOERROR", UpdateOutcome.Success, 0, false);
            AssertDecided(Verified(DnsRcode.FormErr), "FORMERR", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Verified(DnsRcode.ServFail), "SERVFAIL", UpdateOutcome.RetryLater, 60, true);
            AssertDecided(Verified(DnsRcode.NXDomain), "NXDOMAIN", UpdateOutcome.RetryLater, 600, false);
            AssertDecided(Verified(DnsRcode.NotImp), "NOTIMP", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Verified(DnsRcode.Refused), "REFUSED", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Verified(DnsRcode.YXDomain), "YXDOMAIN", UpdateOutcome.RetryLater, 600, false);
            AssertDecided(Verified(DnsRcode.YXRRSet), "YXRRSET", UpdateOutcome.RetryLater, 600, false);
            AssertDecided(Verified(DnsRcode.NXRRSet), "NXRRSET", UpdateOutcome.RetryLater, 600, false);
            AssertDecided(Verified(DnsRcode.NotAuth), "NOTAUTH", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Verified(DnsRcode.NotZone), "NOTZONE", UpdateOutcome.HardStop, 0, false);
        }

        [TestMethod]
        public void TheServersRefusalOfTheKeyHaltsButItsClockWaits()
        {
            AssertDecided(Refused(DnsRcode.BadSig), "BADSIG", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Refused(DnsRcode.BadKey), "BADKEY", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Refused(DnsRcode.BadAlg), "BADALG", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Refused(DnsRcode.BadTrunc), "TSIG error", UpdateOutcome.HardStop, 0, false);
            AssertDecided(Refused(DnsRcode.BadName), "TSIG error", UpdateOutcome.HardStop, 0, false);

            // BADTIME from the server, and an answer whose own time the device does not accept: the clock, retried.
            AssertDecided(Refused(DnsRcode.BadTime), "BADTIME", UpdateOutcome.SettingsProblem, 300, true);
            AssertDecided(new UpdateResponse(UpdateProblem.BadTime, DnsRcode.NoError, DnsRcode.NoError, 1700000000L), "BADTIME", UpdateOutcome.SettingsProblem, 300, true);
            Expect.Contains(Rfc2136Codes.BadTime.Meaning(Vocabulary.DeviceConsole), "clock");
        }

        [TestMethod]
        public void AnAnswerTheKeyDoesNotVerifyIsNeverSuccessNorAHalt()
        {
            // Whoever can forge an unsigned NOERROR must not make the agent record an update; nor halt it.
            UpdateProblem[] unverified = { UpdateProblem.Unsigned, UpdateProblem.WrongKey, UpdateProblem.WrongAlgorithm, UpdateProblem.TruncatedMac, UpdateProblem.BadMac };
            for (int i = 0; i < unverified.Length; i++)
            {
                AssertDecided(new UpdateResponse(unverified[i], DnsRcode.NoError, DnsRcode.NoError, -1), "not verified", UpdateOutcome.SettingsProblem, 300, true);
            }
        }

        [TestMethod]
        public void WhatIsNotAnAnswerToTheUpdateWaitsLikeAnyUnknownAnswer()
        {
            UpdateProblem[] garbage = { UpdateProblem.TooShort, UpdateProblem.IdMismatch, UpdateProblem.NotAResponse, UpdateProblem.WrongOpcode, UpdateProblem.Truncated, UpdateProblem.Malformed };
            for (int i = 0; i < garbage.Length; i++)
            {
                Assert.AreSame(ResultCode.Unknown, Rfc2136Codes.Of(new UpdateResponse(garbage[i], DnsRcode.NoError, DnsRcode.NoError, -1)));
            }

            Assert.AreSame(ResultCode.Unknown, Rfc2136Codes.Of(Verified((DnsRcode)11)), "an RCODE without a row");
        }

        [TestMethod]
        public void NoAnswerAtAllBacksOffLikeAnyTransportFailure()
        {
            ResultCode code = UpdateDecision.Decide(TransportFailure.Timeout, 0, null);
            Assert.AreSame(ResultCode.None, code);
            Assert.IsTrue(code.BackOff);
            Assert.AreEqual(60, UpdateDecision.WaitSeconds(code, 1));
            Assert.AreEqual(240, UpdateDecision.WaitSeconds(code, 3));
            Assert.AreSame(ResultCode.None, UpdateDecision.Decide(TransportFailure.ConnectFailed, 0, null));
        }

        [TestMethod]
        public void TheRowsKeepTheirStoredValuesInTheProtocolsRange()
        {
            // Stored in flash: a value never changes meaning. 32 to 63 are the DNS codes' range.
            Assert.AreSame(Rfc2136Codes.NoError, ResultCode.Find(32));
            Assert.AreSame(Rfc2136Codes.ServFail, ResultCode.Find(34));
            Assert.AreSame(Rfc2136Codes.Refused, ResultCode.Find(37));
            Assert.AreSame(Rfc2136Codes.NotAuth, ResultCode.Find(41));
            Assert.AreSame(Rfc2136Codes.BadSig, ResultCode.Find(43));
            Assert.AreSame(Rfc2136Codes.BadKey, ResultCode.Find(44));
            Assert.AreSame(Rfc2136Codes.BadTime, ResultCode.Find(45));
            Assert.AreSame(Rfc2136Codes.NotVerified, ResultCode.Find(48));
            for (int i = 0; i < Rfc2136Codes.All.Length; i++)
            {
                ResultCode row = Rfc2136Codes.All[i];
                Assert.IsTrue(row.Value >= 32 && row.Value <= ResultCode.MaxValue, row.Token);
                Assert.AreSame(row, ResultCode.Find(row.Value), row.Token);
            }
        }

        [TestMethod]
        public void EveryHaltSaysWhatToFix()
        {
            for (int i = 0; i < Rfc2136Codes.All.Length; i++)
            {
                ResultCode row = Rfc2136Codes.All[i];
                if (UpdateDecision.Halts(row.Outcome))
                {
                    Assert.IsTrue(row.Meaning(Vocabulary.DeviceConsole).IndexOf("`save`") >= 0 || row.Meaning(Vocabulary.DeviceConsole).IndexOf("`resume`") >= 0, row.Token + ": " + row.Meaning(Vocabulary.DeviceConsole));
                }
            }

            Expect.Contains(Rfc2136Codes.BadSig.Meaning(Vocabulary.DeviceConsole), "`set dns.key-secret`");
            Expect.Contains(Rfc2136Codes.BadKey.Meaning(Vocabulary.DeviceConsole), "`set dns.key-name`");
            Expect.Contains(Rfc2136Codes.Refused.Meaning(Vocabulary.DeviceConsole), "update-policy");
        }

        private static UpdateResponse Verified(DnsRcode rcode)
        {
            return new UpdateResponse(UpdateProblem.None, rcode, DnsRcode.NoError, 1700000000L);
        }

        private static UpdateResponse Refused(DnsRcode tsigError)
        {
            return new UpdateResponse(UpdateProblem.SignatureRefused, DnsRcode.NotAuth, tsigError, 1700000000L);
        }

        private static void AssertDecided(UpdateResponse response, string token, UpdateOutcome outcome, int wait, bool backOff)
        {
            ResultCode code = UpdateDecision.Decide(TransportFailure.None, 0, Rfc2136Codes.Of(response));
            Assert.AreEqual(token, code.Token);
            Assert.AreEqual((int)outcome, (int)code.Outcome, token);
            Assert.AreEqual(wait, code.MinWaitSeconds, token);
            Assert.AreEqual(backOff, code.BackOff, token);
        }
    }
}
