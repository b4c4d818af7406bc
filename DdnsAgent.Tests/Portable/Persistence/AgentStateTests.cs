#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Addressing;
using DdnsAgent.Persistence;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Persistence
{
    [TestClass]
    public class AgentStateTests
    {
        [TestMethod]
        public void DefaultCapacityHoldsTwentyNamesInBothFamilies()
        {
            AgentState state = new AgentState();
            Assert.AreEqual(40, state.Capacity);
            for (int i = 0; i < 20; i++)
            {
                string name = "host" + i.ToString() + ".example.com";
                Assert.IsNotNull(state.GetOrAdd(name, AddressFamilyKind.IPv4), name);
                Assert.IsNotNull(state.GetOrAdd(name, AddressFamilyKind.IPv6), name);
            }

            Assert.AreEqual(40, state.Count);
            Assert.IsNull(state.GetOrAdd("one-more.example.com", AddressFamilyKind.IPv4), "a full set adds nothing");
            Assert.IsNotNull(state.GetOrAdd("host7.example.com", AddressFamilyKind.IPv6), "a full set still finds existing records");
        }

        [TestMethod]
        public void FindIgnoresLetterCaseAndSeparatesFamilies()
        {
            AgentState state = new AgentState(4);
            HostState v4 = state.GetOrAdd("Home.Example.com", AddressFamilyKind.IPv4);
            Assert.AreSame(v4, state.Find("home.example.COM", AddressFamilyKind.IPv4));
            Assert.IsNull(state.Find("home.example.com", AddressFamilyKind.IPv6));
            Assert.AreSame(v4, state.GetOrAdd("HOME.example.com", AddressFamilyKind.IPv4));
            Assert.AreEqual(1, state.Count);
        }

        [TestMethod]
        public void NewRecordsStartEmpty()
        {
            AgentState state = new AgentState(2);
            HostState host = state.GetOrAdd("a.example.com", AddressFamilyKind.IPv6);
            Assert.AreEqual(AddressFamilyKind.IPv6, host.Family);
            Assert.IsTrue(host.Address.IsNone);
            Assert.AreEqual(DateTime.MinValue.Ticks, host.LastSuccessUtc.Ticks);
            Assert.AreEqual(DateTime.MinValue.Ticks, host.LastAttemptUtc.Ticks);
            Assert.AreEqual(ResultCode.None, host.LastResult);
            Assert.IsFalse(host.IsHalted);
            Assert.AreEqual(0, host.ConsecutiveNoChange);
        }

        [TestMethod]
        public void FamilyNoneIsRefused()
        {
            AgentState state = new AgentState(2);
            Assert.IsNull(state.GetOrAdd("a.example.com", AddressFamilyKind.None));
            Assert.AreEqual(0, state.Count);
        }

        [TestMethod]
        public void RemoveKeepsTheOthersInOrderAndReusesTheRecord()
        {
            AgentState state = new AgentState(3);
            HostState a = state.GetOrAdd("a.example.com", AddressFamilyKind.IPv4);
            HostState b = state.GetOrAdd("b.example.com", AddressFamilyKind.IPv4);
            HostState c = state.GetOrAdd("c.example.com", AddressFamilyKind.IPv4);
            b.LastResult = Dyndns2Codes.Good;

            Assert.IsTrue(state.Remove("B.example.com", AddressFamilyKind.IPv4));
            Assert.IsFalse(state.Remove("b.example.com", AddressFamilyKind.IPv4));
            Assert.AreEqual(2, state.Count);
            Assert.AreSame(a, state[0]);
            Assert.AreSame(c, state[1]);

            HostState d = state.GetOrAdd("d.example.com", AddressFamilyKind.IPv4);
            Assert.AreSame(b, d, "the freed record is reused, nothing is allocated");
            Assert.AreEqual(ResultCode.None, d.LastResult, "a reused record starts empty");
        }

        [TestMethod]
        public void RetainOnlyForgetsNamesNoLongerConfigured()
        {
            AgentState state = new AgentState();
            state.GetOrAdd("a.example.com", AddressFamilyKind.IPv4);
            state.GetOrAdd("b.example.com", AddressFamilyKind.IPv4);
            state.GetOrAdd("b.example.com", AddressFamilyKind.IPv6);
            state.GetOrAdd("c.example.com", AddressFamilyKind.IPv6);

            int removed = state.RetainOnly(new string[] { "C.example.com", "a.example.com" });
            Assert.AreEqual(2, removed);
            Assert.AreEqual(2, state.Count);
            Assert.IsNotNull(state.Find("a.example.com", AddressFamilyKind.IPv4));
            Assert.IsNotNull(state.Find("c.example.com", AddressFamilyKind.IPv6));
            Assert.IsNull(state.Find("b.example.com", AddressFamilyKind.IPv6));
        }

        [TestMethod]
        public void ClearForgetsEverything()
        {
            AgentState state = StateSamples.Old();
            state.Clear();
            Assert.AreEqual(0, state.Count);
            Assert.IsNull(state.Find("home.example.com", AddressFamilyKind.IPv4));
        }

        [TestMethod]
        public void HaltHoldsUntilTheFingerprintChanges()
        {
            AgentState state = new AgentState(1);
            HostState host = state.GetOrAdd("a.example.com", AddressFamilyKind.IPv4);
            host.Halt(Dyndns2Codes.NoHost, 77);
            Assert.IsTrue(host.IsHaltedUnder(77));
            Assert.IsFalse(host.IsHaltedUnder(78), "a changed configuration lifts the halt");
            Assert.AreEqual(Dyndns2Codes.NoHost, host.HaltCode);
            host.ClearHalt();
            Assert.IsFalse(host.IsHalted);
            Assert.AreEqual(ResultCode.None, host.HaltCode);
        }

        [TestMethod]
        public void CountersSaturate()
        {
            AgentState state = new AgentState(1);
            HostState host = state.GetOrAdd("a.example.com", AddressFamilyKind.IPv4);
            host.ConsecutiveNoChange = 1000;
            host.ConsecutiveFailures = -3;
            Assert.AreEqual(HostState.MaxCount, host.ConsecutiveNoChange);
            Assert.AreEqual(0, host.ConsecutiveFailures);
        }
    }
}
