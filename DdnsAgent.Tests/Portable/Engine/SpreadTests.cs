#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Persistence;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>
    /// What keeps a fleet from moving in step, per device seed, on the fake clock: the first check after a start,
    /// the check interval, the forced refresh and the waits after failures. Each run is a function of the seed.
    /// </summary>
    [TestClass]
    public class SpreadTests
    {
        [TestMethod]
        public void TheFirstCheckAfterAStartWaitsTheDevicesOwnPartOfStartDelay()
        {
            int[] delays = new int[8];
            for (int seed = 0; seed < delays.Length; seed++)
            {
                var rig = new AgentRig(WithSpread(30, 0), 1000 + seed, false);
                rig.RunFor(31);
                Assert.AreEqual(1, rig.Provider.ReflectorRequests, "one check within 30 s, seed " + seed.ToString());
                delays[seed] = Seconds(rig.Provider.UpdateTime(0) - AgentRig.Start);
                Assert.IsTrue(delays[seed] >= 0 && delays[seed] <= 30, "delay " + delays[seed].ToString());

                var again = new AgentRig(WithSpread(30, 0), 1000 + seed, false);
                again.RunFor(31);
                Assert.AreEqual(rig.Provider.UpdateTime(0), again.Provider.UpdateTime(0), "the same seed, the same delay");
            }

            Assert.IsTrue(Distinct(delays) >= 5, "eight seeds, eight places in the fleet (mostly)");
        }

        [TestMethod]
        public void AStartDelayOfZeroChecksAtOnce()
        {
            var rig = new AgentRig(WithSpread(0, 0));
            rig.Tick();
            Assert.AreEqual(1, rig.Provider.UpdateCount);
            Assert.AreEqual(AgentRig.Start, rig.Provider.UpdateTime(0));
        }

        [TestMethod]
        public void SettingsSavedLaterAreCheckedAtOnce()
        {
            var rig = new AgentRig(WithSpread(30, 0));
            rig.RunFor(60);
            var changed = WithSpread(30, 0);
            changed.Hostnames = new string[] { "house.example.org" };
            rig.Apply(changed);
            rig.Tick();
            Assert.AreEqual(2, rig.Provider.UpdateCount, "a user's save is not a fleet: no start delay");
        }

        [TestMethod]
        public void TheFirstCheckAfterTheNetworkComesBackIsSpreadToo()
        {
            int delayed = 0;
            for (int seed = 0; seed < 6; seed++)
            {
                var rig = new AgentRig(WithSpread(30, 0), 3000 + seed, false);
                rig.RunFor(600);
                int checks = rig.Provider.ReflectorRequests;
                rig.Network.IsConnected = false;
                rig.RunFor(3600);
                rig.Network.IsConnected = true;
                rig.Network.AddressChangeCount++;
                DateTime back = rig.Clock.UtcNow;
                rig.Tick();
                Assert.IsTrue(rig.NextTick >= back && rig.NextTick <= back.AddSeconds(30), "within start.delay");
                delayed += rig.Provider.ReflectorRequests == checks ? 1 : 0;
                rig.RunFor(31);
                Assert.AreEqual(checks + 1, rig.Provider.ReflectorRequests, "one check once back, seed " + seed.ToString());
            }

            Assert.IsTrue(delayed >= 4, "a whole region coming back together does not check in the same second");
        }

        [TestMethod]
        public void AnAddressChangeTheNetworkReportsIsCheckedWithinStartDelay()
        {
            int delayed = 0;
            for (int seed = 0; seed < 6; seed++)
            {
                var rig = new AgentRig(WithSpread(30, 0), 4000 + seed, false);
                rig.RunFor(600);
                rig.Clock.UtcNow = rig.NextTick;
                rig.Tick(); // a scheduled check; the next one is at least 270 s away
                int checks = rig.Provider.ReflectorRequests;
                rig.Clock.AdvanceSeconds(100);
                rig.Provider.PublicIPv4 = "81.2.69.161";
                rig.Network.AddressChangeCount++; // an IPv6 prefix renumbered for a whole region looks like this
                DateTime reported = rig.Clock.UtcNow;
                rig.Tick();
                if (rig.Provider.ReflectorRequests == checks)
                {
                    delayed++;
                    Assert.IsTrue(rig.NextTick <= reported.AddSeconds(30), "soon, long before the interval runs out");
                }

                rig.RunFor(31);
                Assert.AreEqual(2, rig.Provider.UpdateCount, "the change went within start.delay, seed " + seed.ToString());
            }

            Assert.IsTrue(delayed >= 4, "devices told of a change at the same moment do not all check in that second");
        }

        [TestMethod]
        public void AnEventDuringTheStartDelayDoesNotCrowdTheEarlySeconds()
        {
            int early = 0;
            for (int seed = 0; seed < 200; seed++)
            {
                var rig = new AgentRig(WithSpread(90, 0), 5000 + seed, false);
                rig.Network.AddressChangeCount++; // the Wi-Fi got its address just after the start
                rig.RunFor(91);
                Assert.AreEqual(1, rig.Provider.ReflectorRequests, "one check within start.delay, seed " + seed.ToString());
                early += rig.Provider.UpdateTime(0) < AgentRig.Start.AddSeconds(9) ? 1 : 0;
            }

            // Uniform over 91 s puts about 20 of 200 in the first 9 s; a second draw (the earlier of two) would put 38.
            Assert.IsTrue(early <= 30, early.ToString() + " of 200 first checks in the first 9 s");
        }

        [TestMethod]
        public void EveryIntervalIsWithinTenPercentAndTheyDiffer()
        {
            var rig = new AgentRig();
            rig.Tick();
            DateTime previous = rig.Clock.UtcNow;
            int[] gaps = new int[40];
            for (int i = 0; i < gaps.Length; i++)
            {
                rig.Clock.UtcNow = rig.NextTick;
                rig.Tick();
                gaps[i] = Seconds(rig.Clock.UtcNow - previous);
                previous = rig.Clock.UtcNow;
                Assert.IsTrue(gaps[i] >= 270 && gaps[i] <= 330, "gap " + gaps[i].ToString());
            }

            Assert.AreEqual(41, rig.Provider.ReflectorRequests, "every scheduled check asked the reflector afresh");
            Assert.IsTrue(Distinct(gaps) >= 20, "the intervals wander, so devices that start together drift apart");
        }

        [TestMethod]
        public void TheRefreshComesAtEachDevicesOwnOffsetWithinTheLast48Hours()
        {
            int[] leads = new int[6];
            for (int seed = 0; seed < leads.Length; seed++)
            {
                leads[seed] = Spread.RefreshLeadSeconds(seed * 7919, 25);
                Assert.IsTrue(leads[seed] >= 0 && leads[seed] < 48 * 3600, "lead " + leads[seed].ToString());
            }

            Assert.IsTrue(Distinct(leads) == leads.Length, "six devices, six refresh times");
            Assert.IsTrue(Spread.RefreshLeadSeconds(12345, 1) < 12 * 3600, "at most half of a one-day period");
            Assert.AreEqual(Spread.RefreshLeadSeconds(42, 25), Spread.RefreshLeadSeconds(42, 25));
        }

        [TestMethod]
        public void The911WaitIsStretchedByUpToAQuarterAlsoAfterAReboot()
        {
            int[] waits = new int[6];
            int[] restored = new int[6];
            for (int seed = 0; seed < waits.Length; seed++)
            {
                var rig = new AgentRig(AgentRig.DefaultSettings(), 500 + seed, false);
                rig.Provider.Script(500, "911");
                rig.RunFor(3 * 3600);
                waits[seed] = Seconds(rig.Provider.UpdateTime(1) - rig.Provider.UpdateTime(0));
                Assert.IsTrue(waits[seed] >= 1800 && waits[seed] <= 2250 + 330, "wait " + waits[seed].ToString());

                var rebooted = new AgentRig(AgentRig.DefaultSettings(), 500 + seed, false);
                rebooted.Provider.Script(500, "911");
                rebooted.Tick();
                rebooted.Clock.AdvanceSeconds(60);
                rebooted.Boot();
                rebooted.RunFor(3 * 3600);
                restored[seed] = Seconds(rebooted.Provider.UpdateTime(1) - rebooted.Provider.UpdateTime(0));
                Assert.IsTrue(restored[seed] >= 1800 && restored[seed] <= 2250 + 330, "restored wait " + restored[seed].ToString());
            }

            Assert.IsTrue(Distinct(waits) >= 4, "a fleet that got 911 together does not retry together");
            Assert.IsTrue(Distinct(restored) >= 4, "nor after rebooting together");
        }

        [TestMethod]
        public void TheHostKeepsItsFirstSeedInTheStateAndTheDeviceUsesItsOwn()
        {
            var host = new AgentRig(AgentRig.DefaultSettings(), 777, true);
            host.Tick();
            host.Seed = 888; // a new random number at every start
            host.Boot();
            var stateSeed = new AgentState();
            new StateStore(host.Blobs).TryLoad(stateSeed, out string problem);
            Assert.AreEqual(777, stateSeed.Seed, "the host keeps the seed of its first start");

            var device = new AgentRig(AgentRig.DefaultSettings(), 777, false);
            device.Tick();
            device.Seed = 888;
            device.Boot();
            new StateStore(device.Blobs).TryLoad(stateSeed, out problem);
            Assert.AreEqual(888, stateSeed.Seed, "a device uses its MAC, whatever the state says");
        }

        [TestMethod]
        public void TheSameSeedAndInputsGiveTheSameRequestsAndOtherSeedsDoNot()
        {
            string a = Timeline(31);
            Assert.AreEqual(a, Timeline(31));
            Assert.AreNotEqual(a, Timeline(32));
        }

        // A week with changes and failures; the times of every update request, as text.
        private static string Timeline(int seed)
        {
            var rig = new AgentRig(WithSpread(30, 20), seed, false);
            rig.RunFor(3600);
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.Provider.ScriptFailure(TransportFailure.Timeout);
            rig.RunFor(24 * 3600);
            rig.Provider.PublicIPv4 = "81.2.69.162";
            rig.Provider.Script(500, "911");
            rig.RunFor(6 * 24 * 3600);
            string text = string.Empty;
            for (int i = 0; i < rig.Provider.UpdateCount; i++)
            {
                text = string.Concat(text, rig.Provider.UpdateTime(i).Ticks.ToString(), ";");
            }

            return text;
        }

        private static Settings WithSpread(int startDelay, int changeDelay)
        {
            Settings settings = AgentRig.DefaultSettings();
            settings.StartDelaySeconds = startDelay;
            settings.ChangeDelaySeconds = changeDelay;
            return settings;
        }

        private static int Seconds(TimeSpan span)
        {
            return (int)(span.Ticks / TimeSpan.TicksPerSecond);
        }

        private static int Distinct(int[] values)
        {
            int distinct = 0;
            for (int i = 0; i < values.Length; i++)
            {
                bool seen = false;
                for (int j = 0; j < i; j++)
                {
                    seen |= values[j] == values[i];
                }

                distinct += seen ? 0 : 1;
            }

            return distinct;
        }
    }
}
