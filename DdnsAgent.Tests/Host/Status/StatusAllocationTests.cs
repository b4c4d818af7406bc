using System;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Status
{
    /// <summary>The LED driver and the engine call these all the time: they must not allocate.</summary>
    [TestClass]
    public sealed class StatusAllocationTests
    {
        [TestMethod]
        public void LedPatternAllocatesNothing()
        {
            var states = (LedState[])Enum.GetValues(typeof(LedState));
            int lit = 0;
            for (long t = 0; t < 1000; t += 7)
            {
                lit += LedPattern.IsOn(states[(int)(t % states.Length)], t) ? 1 : 0;
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (long t = 0; t < 200000; t += 3)
            {
                lit += LedPattern.IsOn(states[(int)(t % states.Length)], t) ? 1 : 0;
                lit += LedPattern.PeriodMilliseconds(states[(int)(t % states.Length)]);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.IsTrue(lit > 0);
        }

        [TestMethod]
        public void AddingAndReadingEventsAllocatesNothing()
        {
            var log = new EventLog();
            var at = new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);
            const string message = "update: good 203.0.113.7";
            for (int i = 0; i < 100; i++)
            {
                log.Add(at, EventKind.Info, message);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            int total = 0;
            for (int i = 0; i < 10000; i++)
            {
                log.Add(at, (EventKind)(i % 3), message);
                total += log.EntryAt(i % log.Count).Message(Vocabulary.DeviceConsole).Length;
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.AreEqual(EventLog.DefaultCapacity, log.Count);
            Assert.IsTrue(total > 0);
        }
    }
}
