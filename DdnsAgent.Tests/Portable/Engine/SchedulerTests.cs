#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    [TestClass]
    public class SchedulerTests
    {
        [TestMethod]
        public void FirstCheckRegistersTheDetectedAddress()
        {
            var rig = new AgentRig();
            rig.Tick();

            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.AreEqual("81.2.69.160", FakeProvider.QueryValue(rig.Provider.LastUpdateTarget, "myip"));
            Assert.AreEqual("home.example.org", FakeProvider.QueryValue(rig.Provider.LastUpdateTarget, "hostname"));
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void ACheckWithNoChangeSendsNothing()
        {
            var rig = new AgentRig();
            rig.RunFor(24 * 3600);

            Assert.AreEqual(1, rig.Provider.UpdateCount, "one update for the first registration, none after");
            Assert.IsTrue(rig.Provider.ReflectorRequests >= 24 * 12 - 2, "the agent kept checking every 5 minutes");
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void AnAddressChangeIsSentOnceAtTheNextCheck()
        {
            var rig = new AgentRig();
            rig.RunFor(3600);
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.RunFor(3600);

            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual("81.2.69.161", FakeProvider.QueryValue(rig.Provider.LastUpdateTarget, "myip"));
            Assert.IsTrue(rig.Provider.UpdateTime(1) <= AgentRig.Start.AddSeconds(3600 + 300), "sent at the next check");
        }

        [TestMethod]
        public void ANewAddressIsSentAtTheCheckThatSeesItEvenJustAfterAnUpdate()
        {
            var rig = new AgentRig();
            rig.Tick();
            rig.ReportChange("81.2.69.161", 30);
            rig.RunFor(3600);

            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(AgentRig.Start.AddSeconds(30), rig.Provider.UpdateTime(1), "no spacing for a new address");
        }

        [TestMethod]
        public void ANetworkAddressChangeTriggersACheckAtOnce()
        {
            var rig = new AgentRig();
            rig.RunFor(600);
            int reflectorRequests = rig.Provider.ReflectorRequests;
            rig.Clock.AdvanceSeconds(61);
            rig.Network.AddressChangeCount++;
            rig.Tick();

            Assert.AreEqual(reflectorRequests + 1, rig.Provider.ReflectorRequests, "checked before the interval ran out");
        }

        [TestMethod]
        public void TheForcedRefreshIsSentAtTheDevicesOwnOffsetWithinTheLast48HoursBefore25Days()
        {
            var rig = new AgentRig();
            int lead = Spread.RefreshLeadSeconds(12345, 25);
            Assert.IsTrue(lead > 0 && lead < 48 * 3600, "the rig's seed has an offset inside the window");
            int due = (25 * 24 * 3600) - lead;
            rig.RunFor(due - 1);
            Assert.AreEqual(1, rig.Provider.UpdateCount, "no refresh before the device's own time");
            rig.RunFor(330 + 1);

            Assert.AreEqual(2, rig.Provider.UpdateCount, "one refresh, at the first check after it is due");
            Assert.IsTrue(rig.Provider.UpdateTime(1) >= AgentRig.Start.AddSeconds(due));
            Assert.AreEqual("81.2.69.160", FakeProvider.QueryValue(rig.Provider.LastUpdateTarget, "myip"));
        }

        [TestMethod]
        public void DetectionFailureSendsNothing()
        {
            var rig = new AgentRig();
            rig.Provider.PublicIPv4 = null;
            rig.RunFor(3 * 3600);

            Assert.AreEqual(0, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
        }

        [TestMethod]
        public void A911AnswerWaitsAtLeastThirtyMinutes()
        {
            var rig = new AgentRig();
            rig.Provider.Script(500, "911");
            rig.RunFor(29 * 60);
            Assert.AreEqual(1, rig.Provider.UpdateCount, "nothing within 30 minutes of 911");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);

            rig.RunFor(10 * 60);
            Assert.AreEqual(2, rig.Provider.UpdateCount, "retried after the wait");
            Assert.IsTrue(rig.Provider.UpdateTime(1) >= AgentRig.Start.AddMinutes(30));
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void DnsErrorWaitsAtLeastThirtyMinutes()
        {
            var rig = new AgentRig();
            rig.Provider.Script(200, "dnserr");
            rig.RunFor(3600);

            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.IsTrue(rig.Provider.UpdateTime(1) >= AgentRig.Start.AddMinutes(30));
        }

        [TestMethod]
        public void TransportFailuresBackOffExponentiallyUpToThirtyMinutes()
        {
            var rig = new AgentRig();
            for (int i = 0; i < 8; i++)
            {
                rig.Provider.ScriptFailure(TransportFailure.Timeout);
            }

            rig.RunFor(4 * 3600);

            Assert.IsTrue(rig.Provider.UpdateCount >= 9, "retried until it worked");
            // 1, 2, 4, 8, 16, 30 minutes, never less than the 5-minute spacing, plus up to a quarter.
            int[] least = { 300, 300, 300, 480, 960, 1800, 1800, 1800 };
            for (int n = 1; n < 9; n++)
            {
                int gap = (int)((rig.Provider.UpdateTime(n) - rig.Provider.UpdateTime(n - 1)).Ticks / System.TimeSpan.TicksPerSecond);
                int expected = least[n - 1];
                Assert.IsTrue(gap >= expected && gap <= expected + (expected / 4) + 1, "gap " + n.ToString() + ": " + gap.ToString() + " s, expected " + expected.ToString() + " s plus jitter");
            }

            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void ServerErrorsWithoutACodeBackOff()
        {
            var rig = new AgentRig();
            rig.Provider.Script(502, "<html>bad gateway</html>");
            rig.RunFor(50);

            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
        }

        [TestMethod]
        public void ARejectedCertificateIsASettingsProblemThatBacksOffToThirtyMinutes()
        {
            var rig = new AgentRig();
            for (int i = 0; i < 6; i++)
            {
                rig.Provider.ScriptFailure(TransportFailure.CertificateRejected);
            }

            rig.RunFor(3 * 3600);

            Assert.AreEqual(7, rig.Provider.UpdateCount, "six refusals, then the update that worked");
            int[] least = { 300, 600, 1200, 1800, 1800, 1800 };
            for (int n = 1; n < 7; n++)
            {
                int gap = (int)((rig.Provider.UpdateTime(n) - rig.Provider.UpdateTime(n - 1)).Ticks / System.TimeSpan.TicksPerSecond);
                int expected = least[n - 1];
                Assert.IsTrue(gap >= expected && gap <= expected + (expected / 4) + 1, "gap " + n.ToString() + ": " + gap.ToString() + " s, expected " + expected.ToString() + " s plus jitter");
            }

            Assert.IsTrue(LogContains(rig.Events, "a settings problem: the server's certificate was not accepted"), "the log names it a settings problem");
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void AWaitAfterFailuresSurvivesARebootAsTheDecisionAskedIt()
        {
            var rig = new AgentRig();
            for (int i = 0; i < 4; i++)
            {
                rig.Provider.ScriptFailure(TransportFailure.ConnectFailed);
            }

            // Failures at 0, ~1, ~3 and ~7 minutes: the fourth asks for 8 minutes (plus jitter).
            while (rig.Provider.UpdateCount < 4)
            {
                rig.RunFor(10);
            }

            System.DateTime fourth = rig.Provider.UpdateTime(3);
            rig.Clock.UtcNow = fourth.AddSeconds(60);
            rig.Boot();
            rig.RunFor(7 * 60 - 61);
            Assert.AreEqual(4, rig.Provider.UpdateCount, "after a reboot the fourth failure still waits 8 minutes");
            rig.RunFor(3600);
            Assert.AreEqual(5, rig.Provider.UpdateCount);
            Assert.IsTrue(rig.Provider.UpdateTime(4) >= fourth.AddSeconds(480), "not before 8 minutes");
        }

        [TestMethod]
        public void ABare401HaltsLikeBadCredentials()
        {
            var rig = new AgentRig();
            rig.Provider.Script(401, "");
            rig.RunFor(24 * 3600);

            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);
            Assert.IsTrue(LogContains(rig.Events, "update halted: the provider answered HTTP 401 without a dyndns2 code: the server refused the credentials"), "the log says why");
        }

        [TestMethod]
        public void BadAuthHaltsUntilResumeAndSurvivesAReboot()
        {
            var rig = new AgentRig();
            rig.Provider.Script(401, "badauth");
            rig.RunFor(3600);
            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);

            rig.Boot();
            rig.RunFor(24 * 3600);
            Assert.AreEqual(1, rig.Provider.UpdateCount, "a reboot is not an action: still halted");
            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);

            Assert.IsTrue(rig.Agent.Resume(), "a halt to lift");
            rig.Tick();
            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void AHardStopIsLiftedByChangedSettings()
        {
            var rig = new AgentRig();
            rig.Provider.Script(200, "nohost");
            rig.RunFor(600);
            Assert.AreEqual(LedState.HaltedConfig, rig.Indicator.Current);

            var fixedSettings = AgentRig.DefaultSettings();
            fixedSettings.Hostnames = new string[] { "house.example.org" };
            rig.Apply(fixedSettings);
            rig.Tick();

            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual("house.example.org", FakeProvider.QueryValue(rig.Provider.LastUpdateTarget, "hostname"));
        }

        [TestMethod]
        public void AbuseShowsItsOwnPattern()
        {
            var rig = new AgentRig();
            rig.Provider.Script(200, "abuse");
            rig.RunFor(600);

            Assert.AreEqual(LedState.HaltedAbuse, rig.Indicator.Current);
            Assert.AreEqual(1, rig.Provider.UpdateCount);
        }

        [TestMethod]
        public void TheRegisteredAddressSurvivesARebootWithoutAnUpdate()
        {
            var rig = new AgentRig();
            rig.RunFor(600);
            rig.Boot();
            rig.RunFor(3600);

            Assert.AreEqual(1, rig.Provider.UpdateCount, "a reboot must not cause an update");
        }

        [TestMethod]
        public void A911WaitSurvivesAReboot()
        {
            var rig = new AgentRig();
            rig.Provider.Script(500, "911");
            rig.Tick();
            rig.Clock.AdvanceSeconds(60);
            rig.Boot();
            rig.RunFor(20 * 60);

            Assert.AreEqual(1, rig.Provider.UpdateCount, "a reboot does not cut the 30 minute wait short");
        }

        [TestMethod]
        public void NoNetworkShowsAndSendsNothing()
        {
            var rig = new AgentRig();
            rig.Network.IsConnected = false;
            rig.RunFor(600);

            Assert.AreEqual(0, rig.Provider.UpdateCount);
            Assert.AreEqual(0, rig.Provider.ReflectorRequests);
            Assert.AreEqual(LedState.NoNetwork, rig.Indicator.Current);
        }

        private static bool LogContains(EventLog log, string text)
        {
            for (int i = 0; i < log.Count; i++)
            {
                if (log.EntryAt(i).Message(Vocabulary.DeviceConsole).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
