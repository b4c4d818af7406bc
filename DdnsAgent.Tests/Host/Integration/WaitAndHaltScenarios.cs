using System;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>The long waits the protocol demands: 30 minutes after 911, and a hard stop that outlives restarts.</summary>
    [TestClass]
    public sealed class WaitAndHaltScenarios
    {
        private const string WrongPassword = "Wrong-Pa55word-9x";

        [TestMethod]
        public async Task After911NothingIsSentForThirtyMinutesThenTheUpdateIsRetried()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Code911());
            rig.Boot(rig.DefaultSettings());
            rig.Tick();
            Assert.AreEqual(1, rig.UpdateRequests);
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            DateTime failedAt = rig.Clock.UtcNow;

            for (int minute = 1; minute < 30; minute++)
            {
                rig.Clock.UtcNow = failedAt.AddMinutes(minute);
                if (minute == 10)
                {
                    // The address changes and the network says so: the agent checks at once, but still waits.
                    rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);
                    rig.Network.AddressChangeCount++;
                }

                rig.Tick();
                if (minute == 20)
                {
                    string update = rig.Command("update");
                    StringAssert.Contains(update, "not yet, to protect the account: change to 81.2.69.161 seen; sending at 2026-03-02 08:3");
                    StringAssert.Contains(update, "(waiting after the last attempt failed: 911)");
                    StringAssert.Contains(rig.Status(), "state: change to 81.2.69.161 seen; sending at 2026-03-02 08:3");
                }

                Assert.AreEqual(1, rig.UpdateRequests, "an update " + minute + " min after 911");
            }

            rig.Clock.UtcNow = failedAt.AddSeconds(1799);
            rig.Tick();
            Assert.AreEqual(1, rig.UpdateRequests, "an update 1 s before the 30 minutes were up");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);

            rig.RunFor(450 + 1);
            Assert.AreEqual(2, rig.UpdateRequests, "the retry after 30 minutes, plus up to a quarter");
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=81.2.69.161", rig.Emulator.Exchanges[1].PathAndQuery, "the retry sends the address detected now");
            Assert.AreEqual(LedState.AllGood, rig.Led);
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task ARestartDuringThe911WaitKeepsWaiting()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Code911());
            rig.Boot(rig.DefaultSettings());
            rig.Tick();
            DateTime failedAt = rig.Clock.UtcNow;

            rig.Clock.UtcNow = failedAt.AddMinutes(10);
            rig.Boot();
            rig.RunFor(20 * 60 - 1);
            Assert.AreEqual(1, rig.UpdateRequests, "the 30 minutes count from the 911, not from the restart");

            rig.RunFor(450 + 2);
            Assert.AreEqual(2, rig.UpdateRequests, "30 minutes after the 911, plus up to a quarter");
            Assert.AreEqual(LedState.AllGood, rig.Led);
        }

        [TestMethod]
        public async Task ABadAuthHaltSurvivesRestartsUntilTheUserResumes()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            Settings wrong = rig.DefaultSettings();
            wrong.Password = WrongPassword;
            rig.Boot(wrong);
            rig.Tick();
            Assert.AreEqual(1, rig.UpdateRequests);
            Assert.AreEqual("badauth", rig.Emulator.Exchanges[0].Body);
            Assert.AreEqual(LedState.HaltedConfig, rig.Led);

            for (int restart = 0; restart < 3; restart++)
            {
                rig.Boot();
                Assert.IsTrue(rig.Started, "the halted agent still starts");
                rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, restart % 2 == 0 ? TestAddresses.OtherPublicIPv4 : TestAddresses.PublicIPv4);
                rig.Network.AddressChangeCount++;
                rig.RunFor(12 * 3600);
                Assert.AreEqual(1, rig.UpdateRequests, "a request after restart " + (restart + 1));
                Assert.AreEqual(LedState.HaltedConfig, rig.Led);
                StringAssert.Contains(rig.Status(), "halted by: badauth: the provider rejected the user name or password");
                StringAssert.Contains(rig.Command("update --force"), "updates are halted (badauth)");
            }

            StringAssert.Contains(rig.Command("resume"), "resumed");
            rig.Tick();
            Assert.AreEqual(2, rig.UpdateRequests, "resume sends again at once");
            Assert.AreEqual(LedState.HaltedConfig, rig.Led, "still the wrong password: halted again");

            rig.Boot();
            rig.RunFor(3600);
            Assert.AreEqual(2, rig.UpdateRequests);
            ScenarioAssert.SecretNeverShown(rig);
            Assert.IsFalse(rig.EverythingShown().Contains(WrongPassword, StringComparison.Ordinal), "the wrong password was shown");
        }

        [TestMethod]
        public async Task ABadAuthHaltIsLiftedByChangedSettings()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            Settings wrong = rig.DefaultSettings();
            wrong.Password = WrongPassword;
            rig.Boot(wrong);
            rig.Tick();
            Assert.AreEqual(LedState.HaltedConfig, rig.Led);

            // Saving the same settings again changes nothing the provider would see: still halted.
            rig.Boot(wrong);
            rig.RunFor(3600);
            Assert.AreEqual(1, rig.UpdateRequests);

            // The user fixes the password at the console: saved, in force, and the halt is lifted.
            StringAssert.Contains(rig.Command("set password " + ScenarioRig.Password), "password set");
            StringAssert.Contains(rig.Command("save"), "saved");
            rig.Tick();
            Assert.AreEqual(2, rig.UpdateRequests);
            Assert.AreEqual("good 81.2.69.160", rig.Emulator.Exchanges[1].Body);
            Assert.AreEqual(LedState.AllGood, rig.Led);

            // The fix was written to the configuration file: a restart neither halts nor sends again.
            rig.Boot();
            rig.RunFor(3600);
            Assert.AreEqual(2, rig.UpdateRequests);
            Assert.AreEqual(LedState.AllGood, rig.Led);
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task AnEditedConfigurationFileLiftsTheHaltAtTheNextStart()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            Settings wrong = rig.DefaultSettings();
            wrong.Password = WrongPassword;
            rig.Boot(wrong);
            rig.Tick();
            Assert.AreEqual(LedState.HaltedConfig, rig.Led);

            // Corrected at once: the halt is lifted, and the update follows when the 5-minute spacing allows.
            rig.Boot(rig.DefaultSettings());
            rig.RunFor(3600);

            Assert.AreEqual(2, rig.UpdateRequests);
            Assert.AreEqual(rig.Emulator.Exchanges[0].Time.AddSeconds(300), rig.Emulator.Exchanges[1].Time);
            Assert.AreEqual("good 81.2.69.160", rig.Emulator.Exchanges[1].Body);
            Assert.AreEqual(LedState.AllGood, rig.Led);
            StringAssert.Contains(string.Join("\n", rig.Events), "settings changed: the halt is lifted");
        }
    }
}
