#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// When a change reaches the provider, and what the agent says meanwhile: a new address goes at the first check
    /// that sees it plus the device's part of change.delay; a held change is told as "change to X seen; sending at T
    /// (why)" in `status`, the log and the indicator (the host's status line, the LED); an address that keeps changing
    /// is damped.
    /// </summary>
    [TestClass]
    public class ChangeTimingTests
    {
        [TestMethod]
        public void AChange45SecondsAfterAnUpdateIsSentAtTheNextCheckPlusItsSpread()
        {
            Settings settings = WithChangeDelay(20);
            settings.CheckIntervalSeconds = 60;
            var rig = new AgentRig(settings);
            rig.RunFor(30);
            DateTime registered = rig.Provider.UpdateTime(0);
            rig.Clock.UtcNow = registered.AddSeconds(45);
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.RunFor(120);

            Assert.AreEqual(2, rig.Provider.UpdateCount);
            int latency = (int)((rig.Provider.UpdateTime(1) - registered).Ticks / TimeSpan.TicksPerSecond);
            Assert.IsTrue(latency >= 54 && latency <= 66 + 20, "sent " + latency.ToString() + " s after the update: at the next check (60 s, give or take 10%) plus at most 20 s");
        }

        [TestMethod]
        public void AHeldChangeSaysWhatWaitsUntilWhenAndWhyNeverAllGood()
        {
            var rig = new AgentRig(WithChangeDelay(20), 4, false);
            rig.RunFor(30);
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.Clock.UtcNow = rig.NextTick;
            rig.Tick();
            Assert.AreEqual(1, rig.Provider.UpdateCount, "this seed waits part of the 20 s");
            DateTime sendAt = rig.NextTick;
            string expected = string.Concat("change to 81.2.69.161 seen; sending at ", EventLogFormat.Timestamp(sendAt), " (a random wait of up to 20 s, so that many devices do not send at once)");

            Assert.AreEqual(LedState.ChangeHeld, rig.Indicator.Current);
            Assert.AreEqual(expected, rig.Indicator.Detail, "the host's status line");
            Expect.Contains(rig.Status(), string.Concat("state: ", expected, "\r\n"));
            Assert.IsTrue(rig.Logged(expected), "the log");
            Assert.IsTrue(sendAt > rig.Clock.UtcNow && sendAt <= rig.Clock.UtcNow.AddSeconds(20));

            int asked = rig.Provider.ReflectorRequests;
            rig.Clock.UtcNow = sendAt;
            rig.Tick();
            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(asked, rig.Provider.ReflectorRequests, "the send reuses the answer of seconds ago");
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
            Assert.IsNull(rig.Indicator.Detail);
        }

        [TestMethod]
        public void AFlapBackIsHeldForTheSpacingAndSaysSo()
        {
            var rig = new AgentRig();
            rig.Tick();
            rig.ReportChange("81.2.69.161", 60);
            rig.ReportChange("81.2.69.160", 60);

            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.ChangeHeld, rig.Indicator.Current);
            Expect.Contains(rig.Status(), "state: change to 81.2.69.160 seen; sending at 2026-11-24 10:06:00Z (this address was registered within the last hour: a repeat waits 5 minutes after the last update)");
            rig.RunFor(600);
            Assert.AreEqual(3, rig.Provider.UpdateCount);
            Assert.AreEqual(AgentRig.Start.AddSeconds(360), rig.Provider.UpdateTime(2));
        }

        [TestMethod]
        public void AnAddressThatKeepsChangingIsDampedAfterChangeLimitChangesAnHour()
        {
            var rig = new AgentRig(WithLimit(3));
            rig.Tick();
            for (int change = 1; change <= 4; change++)
            {
                rig.ReportChange(string.Concat("81.2.69.", (160 + change).ToString()), 120);
            }

            Assert.AreEqual(4, rig.Provider.UpdateCount, "the registration and three changes; the fourth change is damped");
            Assert.AreEqual(LedState.ChangeHeld, rig.Indicator.Current);
            DateTime firstChange = AgentRig.Start.AddSeconds(120);
            Expect.Contains(rig.Status(), string.Concat(
                "state: change to 81.2.69.164 seen; sending at ", EventLogFormat.Timestamp(firstChange.AddHours(1)),
                " (damped: the address changed 3 times in the last hour, and at most 3 changes are sent per hour)"));

            rig.RunFor(3600);
            Assert.AreEqual(5, rig.Provider.UpdateCount);
            Assert.AreEqual(firstChange.AddHours(1), rig.Provider.UpdateTime(4), "when the first change is an hour old");
        }

        [TestMethod]
        public void TheDampingCountSurvivesAReboot()
        {
            var rig = new AgentRig(WithLimit(2));
            rig.Tick();
            for (int change = 1; change <= 2; change++)
            {
                rig.ReportChange(string.Concat("81.2.69.", (160 + change).ToString()), 120);
            }

            rig.Clock.AdvanceSeconds(60);
            rig.Boot();
            rig.Provider.PublicIPv4 = "81.2.69.170";
            rig.RunFor(1800);
            Assert.AreEqual(3, rig.Provider.UpdateCount, "a reboot does not reset the count: the third change waits");
            rig.RunFor(3600);
            Assert.AreEqual(4, rig.Provider.UpdateCount);
            Assert.AreEqual(AgentRig.Start.AddSeconds(120).AddHours(1), rig.Provider.UpdateTime(3));
        }

        [TestMethod]
        public void AChangeDuringAFailureWaitSaysItWaitsForTheFailure()
        {
            var rig = new AgentRig();
            rig.Provider.Script(500, "911");
            rig.Tick();
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.Clock.AdvanceSeconds(600);
            rig.Network.AddressChangeCount++;
            rig.Tick();

            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
            Expect.Contains(rig.Indicator.Detail, "change to 81.2.69.161 seen; sending at 2026-11-24 10:3");
            Expect.Contains(rig.Indicator.Detail, "(waiting after the last attempt failed: 911)");
        }

        [TestMethod]
        public void AtASixtySecondIntervalEveryScheduledCheckAsksAfresh()
        {
            Settings settings = AgentRig.DefaultSettings();
            settings.CheckIntervalSeconds = 60;
            var rig = new AgentRig(settings);
            rig.Tick();
            for (int i = 0; i < 30; i++)
            {
                rig.Clock.UtcNow = rig.NextTick;
                rig.Tick();
                if (i == 20)
                {
                    rig.Provider.PublicIPv4 = "81.2.69.161";
                }
            }

            Assert.AreEqual(31, rig.Provider.ReflectorRequests, "no check reused an answer");
            Assert.AreEqual(2, rig.Provider.UpdateCount, "the change was seen at the first check after it");
        }

        private static Settings WithChangeDelay(int seconds)
        {
            Settings settings = AgentRig.DefaultSettings();
            settings.ChangeDelaySeconds = seconds;
            return settings;
        }

        private static Settings WithLimit(int changesPerHour)
        {
            Settings settings = AgentRig.DefaultSettings();
            settings.MaxChangesPerHour = changesPerHour;
            return settings;
        }
    }
}
