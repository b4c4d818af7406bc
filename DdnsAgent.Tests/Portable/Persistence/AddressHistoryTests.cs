#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;

namespace DdnsAgent.Tests.Persistence
{
    [TestClass]
    public class AddressHistoryTests
    {
        private static readonly DateTime Noon = new DateTime(2026, 3, 1, 12, 0, 0);

        [TestMethod]
        public void SecondsCountFrom2000()
        {
            Assert.AreEqual(AddressHistory.EpochTicks, new DateTime(2000, 1, 1, 0, 0, 0).Ticks);
            Assert.AreEqual(0u, AddressHistory.ToSeconds(new DateTime(1999, 12, 31)), "a clock before 2000 counts as 2000");
            Assert.AreEqual(Noon, AddressHistory.FromSeconds(AddressHistory.ToSeconds(Noon)));
        }

        [TestMethod]
        public void AnAddressReplacedWithinTheHourIsKnownAndCounted()
        {
            var history = new AddressHistory();
            IpAddress a = IpAddress.FromIPv4(0x51024501);
            IpAddress b = IpAddress.FromIPv4(0x51024502);
            history.Add(a, Noon.AddMinutes(-70));
            history.Add(b, Noon.AddMinutes(-20));

            DateTime hourAgo = Noon.AddHours(-1);
            Assert.IsFalse(history.Contains(a, hourAgo), "replaced more than an hour ago");
            Assert.IsTrue(history.Contains(b, hourAgo));
            Assert.IsFalse(history.Contains(IpAddress.FromIPv6(0, 0x51024502), hourAgo), "the family counts");
            Assert.AreEqual(1, history.CountSince(hourAgo));
            Assert.AreEqual(Noon.AddMinutes(-20), history.OldestSince(hourAgo));
            Assert.AreEqual(DateTime.MinValue, history.OldestSince(Noon.AddMinutes(-10)));
        }

        [TestMethod]
        public void TheOldestChangeGoesWhenEightAreKept()
        {
            var history = new AddressHistory();
            for (uint i = 0; i < 10; i++)
            {
                history.Add(IpAddress.FromIPv4(0x51024500 + i), Noon.AddMinutes(i));
            }

            Assert.AreEqual(AddressHistory.Capacity, history.Count);
            Assert.IsFalse(history.Contains(IpAddress.FromIPv4(0x51024501), Noon), "the second change is gone");
            Assert.IsTrue(history.Contains(IpAddress.FromIPv4(0x51024502), Noon));
            Assert.AreEqual(Noon.AddMinutes(2), history.ReplacedAt(0));
        }
    }
}
