#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Status
{
    [TestClass]
    public class EventLogTests
    {
        private static readonly DateTime Start = new DateTime(2026, 11, 24, 10, 0, 0);

        [TestMethod]
        public void ANewLogIsEmpty()
        {
            var log = new EventLog();
            Assert.AreEqual(0, log.Count);
            Assert.AreEqual(EventLog.DefaultCapacity, log.Capacity);
            var output = new RecordingTextSink();
            log.WriteTo(output, Vocabulary.DeviceConsole);
            Assert.AreEqual(string.Empty, output.Text);
        }

        [TestMethod]
        public void EventsReadOldestToNewest()
        {
            var log = new EventLog(4);
            log.Add(Start, EventKind.Info, "first");
            log.Add(Start.AddSeconds(1), EventKind.Warning, "second");
            log.Add(Start.AddSeconds(2), EventKind.Error, "third");

            Assert.AreEqual(3, log.Count);
            Assert.AreEqual("first", log.EntryAt(0).Message(Vocabulary.DeviceConsole));
            Assert.AreEqual(EventKind.Info, log.EntryAt(0).Kind);
            Assert.AreEqual(Start, log.EntryAt(0).At);
            Assert.AreEqual("second", log.EntryAt(1).Message(Vocabulary.DeviceConsole));
            Assert.AreEqual(EventKind.Warning, log.EntryAt(1).Kind);
            Assert.AreEqual("third", log.EntryAt(2).Message(Vocabulary.DeviceConsole));
            Assert.AreEqual(Start.AddSeconds(2), log.EntryAt(2).At);
        }

        [TestMethod]
        public void AFullLogDropsTheOldest()
        {
            var log = new EventLog(3);
            for (int i = 1; i <= 5; i++)
            {
                log.Add(Start.AddMinutes(i), EventKind.Info, "event " + i.ToString());
            }

            Assert.AreEqual(3, log.Count);
            Assert.AreEqual("event 3", log.EntryAt(0).Message(Vocabulary.DeviceConsole));
            Assert.AreEqual("event 4", log.EntryAt(1).Message(Vocabulary.DeviceConsole));
            Assert.AreEqual("event 5", log.EntryAt(2).Message(Vocabulary.DeviceConsole));
            Assert.AreEqual(Start.AddMinutes(5), log.EntryAt(2).At);
        }

        [TestMethod]
        public void ManyWrapsKeepTheLatestInOrder()
        {
            var log = new EventLog();
            for (int i = 0; i < 1000; i++)
            {
                log.Add(Start.AddSeconds(i), EventKind.Info, i.ToString());
            }

            Assert.AreEqual(EventLog.DefaultCapacity, log.Count);
            for (int i = 0; i < log.Count; i++)
            {
                Assert.AreEqual((1000 - EventLog.DefaultCapacity + i).ToString(), log.EntryAt(i).Message(Vocabulary.DeviceConsole), "index " + i.ToString());
            }
        }

        [TestMethod]
        public void ReadingOutsideTheEventsThrows()
        {
            var log = new EventLog(2);
            log.Add(Start, EventKind.Info, "only");
            Expect.Throws(typeof(ArgumentOutOfRangeException), () => { EventLogEntry e = log.EntryAt(1); });
            Expect.Throws(typeof(ArgumentOutOfRangeException), () => { EventLogEntry e = log.EntryAt(-1); });
        }

        [TestMethod]
        public void ACapacityBelowOneIsRefused()
        {
            Expect.Throws(typeof(ArgumentOutOfRangeException), () => new EventLog(0));
        }

        [TestMethod]
        public void WriteToPrintsOneAlignedLinePerEvent()
        {
            var log = new EventLog(4);
            log.Add(Start, EventKind.Warning, "update: 911 from the provider; retrying in 30 min");
            log.Add(new DateTime(2027, 1, 2, 3, 4, 5), EventKind.Info, "update: good 203.0.113.7");
            log.Add(new DateTime(2027, 12, 31, 23, 59, 59), EventKind.Error, "halted: badauth; fix the password, then `resume`");
            var output = new RecordingTextSink();

            log.WriteTo(output, Vocabulary.DeviceConsole);

            Assert.AreEqual(
                "2026-11-24 10:00:00Z  warn  update: 911 from the provider; retrying in 30 min\r\n" +
                "2027-01-02 03:04:05Z  info  update: good 203.0.113.7\r\n" +
                "2027-12-31 23:59:59Z  error halted: badauth; fix the password, then `resume`\r\n",
                output.Text);
        }

        [TestMethod]
        public void WriteToAfterWrappingStartsWithTheOldestKept()
        {
            var log = new EventLog(2);
            log.Add(Start, EventKind.Info, "a");
            log.Add(Start.AddSeconds(1), EventKind.Info, "b");
            log.Add(Start.AddSeconds(2), EventKind.Info, null);
            var output = new RecordingTextSink();

            log.WriteTo(output, Vocabulary.DeviceConsole);

            Assert.AreEqual("2026-11-24 10:00:01Z  info  b\r\n2026-11-24 10:00:02Z  info  \r\n", output.Text);
        }

        [TestMethod]
        public void ClearForgetsEverything()
        {
            var log = new EventLog(2);
            log.Add(Start, EventKind.Info, "a");
            log.Add(Start, EventKind.Info, "b");
            log.Add(Start, EventKind.Info, "c");
            log.Clear();
            Assert.AreEqual(0, log.Count);
            log.Add(Start, EventKind.Info, "d");
            Assert.AreEqual(1, log.Count);
            Assert.AreEqual("d", log.EntryAt(0).Message(Vocabulary.DeviceConsole));
        }
    }
}
