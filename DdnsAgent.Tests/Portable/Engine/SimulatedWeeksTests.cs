#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// Eight simulated weeks of a home connection: the address changes every few days, the reflector and
    /// the provider have outages, the device reboots now and then. The agent must register every change,
    /// refresh on time, and never send more, sooner or worse than the rules allow.
    /// </summary>
    [TestClass]
    public class SimulatedWeeksTests
    {
        [TestMethod]
        public void EightWeeksOfChangesOutagesAndReboots()
        {
            var rig = new AgentRig();
            uint random = 2463534242;
            int addressChanges = 0;
            int hour = 0;
            for (; hour < 8 * 7 * 24; hour++)
            {
                random = Next(random);
                int roll = (int)(random % 1000);
                if (roll < 14)
                {
                    // About one change every three days.
                    addressChanges++;
                    rig.Provider.PublicIPv4 = string.Concat("81.2.", ((addressChanges / 250) % 250).ToString(), ".", (1 + addressChanges % 250).ToString());
                }
                else if (roll < 20)
                {
                    rig.Provider.Script(500, "911");
                }
                else if (roll < 26)
                {
                    rig.Provider.ScriptFailure(TransportFailure.ConnectionReset);
                }
                else if (roll < 30)
                {
                    rig.Boot();
                }

                rig.RunFor(3600);
            }

            // The last address is registered, and every update request obeyed the rules.
            rig.RunFor(3600);
            Assert.AreEqual(rig.Provider.PublicIPv4, rig.Provider.Registered, "the last change reached the provider");
            DateTime previous = DateTime.MinValue;
            string previousAddress = null;
            int refreshes = 0;
            for (int n = 0; n < rig.Provider.UpdateCount; n++)
            {
                DateTime at = rig.Provider.UpdateTime(n);
                string address = FakeProvider.QueryValue(rig.Provider.UpdateTarget(n), "myip");
                // Answered rounds are 5 minutes apart; a retry after a transport failure comes after at least 1 minute.
                Assert.IsTrue(previous == DateTime.MinValue || at >= previous.AddSeconds(Backoff.FirstDelaySeconds),
                    string.Concat("update ", n.ToString(), " came too soon after the previous one"));
                Assert.IsTrue(address != null && address.Length > 0, "every update names the address");
                if (address == previousAddress)
                {
                    refreshes++;
                }

                previous = at;
                previousAddress = address;
            }

            // Outages add retries, but no more than one per scripted fault; refreshes happen at most every 25 days.
            Assert.IsTrue(rig.Provider.UpdateCount >= addressChanges, "every change was sent");
            Assert.IsTrue(refreshes <= 30, "retries and refreshes stay bounded");
            Assert.AreEqual(DdnsAgent.Status.LedState.AllGood, rig.Indicator.Current);
        }

        private static uint Next(uint state)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return state;
        }
    }
}
