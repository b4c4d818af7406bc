using System;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>
    /// A change reaches the loopback provider at the first check that sees it plus the device's spread, with the
    /// default start and change delays, and the agent says what waits meanwhile (never "all good").
    /// </summary>
    [TestClass]
    public sealed class ChangeLatencyScenarios
    {
        [TestMethod]
        public async Task AnAddressThatChanges45SecondsAfterAnUpdateReachesTheProviderAtTheNextCheck()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            Settings settings = rig.DefaultSettings();
            settings.StartDelaySeconds = new Settings().StartDelaySeconds;
            settings.ChangeDelaySeconds = new Settings().ChangeDelaySeconds;
            settings.CheckIntervalSeconds = 60;
            rig.Boot(settings);
            rig.RunFor(settings.StartDelaySeconds + settings.ChangeDelaySeconds + 1);
            Assert.AreEqual(1, rig.UpdateRequests, "registered within start.delay plus change.delay");
            DateTimeOffset registered = rig.Emulator.Exchanges[0].Time;

            rig.Clock.UtcNow = registered.UtcDateTime.AddSeconds(45);
            rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);
            bool toldWhileHeld = false;
            for (int step = 0; step < 60 && rig.UpdateRequests == 1; step++)
            {
                rig.RunFor(1);
                if (rig.Led == LedState.ChangeHeld)
                {
                    StringAssert.Contains(rig.Status(), "state: change to 81.2.69.161 seen; sending at ");
                    StringAssert.Contains(rig.Indicator.Detail, "change to 81.2.69.161 seen; sending at ");
                    toldWhileHeld = true;
                }
            }

            Assert.AreEqual(2, rig.UpdateRequests);
            Assert.AreEqual(TestAddresses.OtherPublicIPv4, rig.Emulator.Exchanges[1].MyIp);
            double latency = (rig.Emulator.Exchanges[1].Time - registered).TotalSeconds;
            Assert.IsTrue(latency >= 54 && latency <= 66 + 20, "sent " + latency + " s after the update: the next check (60 s, give or take 10%) plus at most 20 s");
            Assert.IsTrue(toldWhileHeld, "the change was held back (this seed draws a wait) and told as such");
            Assert.AreEqual(LedState.AllGood, rig.Led);
            ScenarioAssert.SecretNeverShown(rig);
        }
    }
}
