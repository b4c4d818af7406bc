#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Engine;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    [TestClass]
    public class TickPacerTests
    {
        private static readonly DateTime Now = new DateTime(2026, 11, 24, 10, 0, 0);

        [TestMethod]
        public void ANewPacerIsDue()
        {
            var pacer = new TickPacer(new FakeClock(Now));

            Assert.IsTrue(pacer.IsDue);
            Assert.AreEqual(0, pacer.SleepMilliseconds);
        }

        [TestMethod]
        public void SleepsInSlicesUntilTheScheduledTime()
        {
            var clock = new FakeClock(Now);
            var pacer = new TickPacer(clock, 1000);
            pacer.Schedule(Now.AddSeconds(300));

            Assert.IsFalse(pacer.IsDue);
            Assert.AreEqual(1000, pacer.SleepMilliseconds);

            clock.UtcNow = Now.AddMilliseconds(299750);
            Assert.AreEqual(250, pacer.SleepMilliseconds, "the last slice is only what is left");

            clock.UtcNow = Now.AddSeconds(300);
            Assert.IsTrue(pacer.IsDue);
            Assert.AreEqual(0, pacer.SleepMilliseconds);
        }

        [TestMethod]
        public void APartMillisecondLeftStillSleeps()
        {
            var clock = new FakeClock(Now);
            var pacer = new TickPacer(clock, 1000);
            pacer.Schedule(new DateTime(Now.Ticks + 1));

            Assert.IsFalse(pacer.IsDue);
            Assert.AreEqual(1, pacer.SleepMilliseconds, "rounded up, so the loop never spins");
        }

        [TestMethod]
        public void WakeNowMakesItDue()
        {
            var clock = new FakeClock(Now);
            var pacer = new TickPacer(clock);
            pacer.Schedule(Now.AddSeconds(300));

            pacer.WakeNow();

            Assert.IsTrue(pacer.IsDue);
        }

        [TestMethod]
        public void AClockSetForwardBySntpMakesItDue()
        {
            // Before SNTP the ESP32 counts from 1970; the agent's answer is then far in the past.
            var clock = new FakeClock(new DateTime(1970, 1, 1, 0, 0, 5));
            var pacer = new TickPacer(clock);
            pacer.Schedule(clock.UtcNow.AddSeconds(60));
            Assert.IsFalse(pacer.IsDue);

            clock.UtcNow = Now;

            Assert.IsTrue(pacer.IsDue);
        }

        [TestMethod]
        public void AClockSetBackMakesItDueInsteadOfWaitingDays()
        {
            var clock = new FakeClock(Now);
            var pacer = new TickPacer(clock);
            pacer.Schedule(Now.AddSeconds(300));

            clock.UtcNow = Now.AddDays(-3);

            Assert.IsTrue(pacer.IsDue);
        }

        [TestMethod]
        public void TheLongestIntervalTheAgentAsksForIsWaitedFor()
        {
            var clock = new FakeClock(Now);
            var pacer = new TickPacer(clock);

            pacer.Schedule(Now.AddSeconds(86400));

            Assert.IsFalse(pacer.IsDue);
        }

        [TestMethod]
        public void ASliceBelowOneMillisecondIsRefused()
        {
            DdnsAgent.Tests.Support.Expect.Throws(typeof(ArgumentOutOfRangeException), () => new TickPacer(new FakeClock(Now), 0));
        }
    }
}
