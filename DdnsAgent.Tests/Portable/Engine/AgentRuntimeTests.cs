#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Engine;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    /// <summary>The assembled agent driven through its console, as a user on the serial line would.</summary>
    [TestClass]
    public class AgentRuntimeTests
    {
        [TestMethod]
        public void WithoutSettingsItWaitsInProvisioningMode()
        {
            var rig = new RuntimeRig(null);

            Assert.IsFalse(rig.Runtime.Start());
            rig.Runtime.Tick();
            Assert.AreEqual(LedState.NoConfiguration, rig.Indicator.Current);
            Assert.AreEqual(0, rig.Provider.UpdateCount);
        }

        [TestMethod]
        public void ConfiguringOverTheConsoleStartsTheAgent()
        {
            var rig = new RuntimeRig(null);
            rig.Runtime.Start();
            rig.Type("set provider custom");
            rig.Type("set server https://ddns.test/nic/update");
            rig.Type("set username user");
            rig.Type("set password s3cret-value");
            rig.Type("set hostnames home.example.org");
            rig.Type("set ip.source web");
            rig.Type("set reflectors https://ip.test/");
            rig.Type("save");

            Expect.Contains(rig.Output.Text, "settings saved");
            Assert.IsNotNull(rig.Store.Stored);
            rig.Runtime.Tick();
            rig.Clock.AdvanceSeconds(20);
            rig.Runtime.Tick();
            Assert.AreEqual(1, rig.Provider.UpdateCount, "checked at once; sent within change.delay (20 s)");
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
            Assert.AreEqual(-1, rig.Output.Text.IndexOf("s3cret-value"), "the password is never shown");
        }

        [TestMethod]
        public void SaveRefusesInvalidSettingsAndKeepsTheOldOnes()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            Assert.IsTrue(rig.Runtime.Start());
            rig.Type("unset server");
            rig.Type("save");

            Expect.Contains(rig.Output.Text, "nothing saved");
            Expect.Contains(rig.Output.Text, "server");
            Assert.AreEqual(0, rig.Store.Saves);
            Assert.AreEqual("home.example.org", rig.Runtime.Current.Hostnames[0], "the settings in force did not change");
        }

        [TestMethod]
        public void ARefusedWriteKeepsTheOldSettingsInForce()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            Assert.IsTrue(rig.Runtime.Start());
            rig.Store.RefuseSaves = true;
            rig.Type("set hostnames house.example.org");
            rig.Type("save");

            Expect.Contains(rig.Output.Text, "storage: the medium refused the write");
            Assert.AreEqual("home.example.org", rig.Runtime.Current.Hostnames[0], "what is not stored is not put in force");
        }

        [TestMethod]
        public void StatusShowsTheRegisteredAddressAndTheLastAnswerVerbatim()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            rig.Runtime.Start();
            rig.Runtime.Tick();
            rig.Type("status");

            string text = rig.Output.Text;
            Expect.Contains(text, "state: all good");
            Expect.Contains(text, "detected IPv4: 81.2.69.160");
            Expect.Contains(text, "home.example.org IPv4 81.2.69.160");
            Expect.Contains(text, "last answer: HTTP 200 \"good 81.2.69.160\"");
            Expect.Contains(text, "next check: 2026-11-24 10:0"); // 5 minutes, give or take 10%
            Assert.AreEqual(-1, text.IndexOf("free memory"), "a host runtime's console has no free memory line");
        }

        [TestMethod]
        public void ForcedUpdatesStopWhenTheProviderKeepsSayingNoChange()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            rig.Runtime.Start();
            rig.Runtime.Tick();
            for (int i = 0; i < 4; i++)
            {
                rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds);
                rig.Type("update --force");
            }

            Assert.AreEqual(3, rig.Provider.UpdateCount, "the first registration, then two forced nochg, then refused");
            Expect.Contains(rig.Output.Text, "repeating them risks an abuse block");
        }

        [TestMethod]
        public void UpdateNowSendsANewAddressAtOnceAndHoldsAnAddressFlappingBack()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            rig.Runtime.Start();
            rig.Runtime.Tick();
            rig.Provider.PublicIPv4 = "81.2.69.161";
            rig.Clock.AdvanceSeconds(61);
            rig.Type("update");
            Assert.AreEqual(2, rig.Provider.UpdateCount, "a new address goes at once");

            rig.Provider.PublicIPv4 = "81.2.69.160";
            rig.Clock.AdvanceSeconds(61);
            rig.Type("update");
            Assert.AreEqual(2, rig.Provider.UpdateCount, "the address registered a minute ago waits");
            Expect.Contains(rig.Output.Text, "not yet, to protect the account: change to 81.2.69.160 seen; sending at 2026-11-24 10:06:01Z (this address was registered within the last hour: a repeat waits 5 minutes after the last update)");
        }

        [TestMethod]
        public void CheckDetectsWithoutUpdating()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            rig.Runtime.Start();
            rig.Type("check");

            Expect.Contains(rig.Output.Text, "detected IPv4: 81.2.69.160");
            Assert.AreEqual(0, rig.Provider.UpdateCount);
        }

        [TestMethod]
        public void ResumeAfterAHaltSendsAgain()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            rig.Runtime.Start();
            rig.Provider.Script(200, "!donator");
            rig.Runtime.Tick();
            rig.Type("update");
            Expect.Contains(rig.Output.Text, "updates are halted (!donator)");

            rig.Type("resume");
            rig.Runtime.Tick();
            Assert.AreEqual(1, rig.Provider.UpdateCount, "the spacing still protects the account");
            rig.Clock.AdvanceSeconds(Agent.MinUpdateSpacingSeconds);
            rig.Runtime.Tick();
            Assert.AreEqual(2, rig.Provider.UpdateCount);
            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current);
        }

        [TestMethod]
        public void FactoryResetErasesSettingsAndState()
        {
            var rig = new RuntimeRig(AgentRig.DefaultSettings());
            rig.Runtime.Start();
            rig.Runtime.Tick();
            rig.Type("factory-reset");
            rig.Type("yes");

            Assert.IsNull(rig.Store.Stored);
            Assert.IsFalse(rig.Blobs.Exists("state.a") || rig.Blobs.Exists("state.b"));
            rig.Runtime.Tick();
            Assert.AreEqual(LedState.NoConfiguration, rig.Indicator.Current);
        }
    }
}
