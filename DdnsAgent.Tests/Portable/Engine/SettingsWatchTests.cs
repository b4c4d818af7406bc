#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Engine;

namespace DdnsAgent.Tests.Engine
{
    [TestClass]
    public class SettingsWatchTests
    {
        [TestMethod]
        public void TheFirstSettingsSetUpEverything()
        {
            var watch = new SettingsWatch();

            Assert.IsTrue(watch.Poll(Sample()));
            Assert.IsTrue(watch.WifiChanged);
            Assert.IsTrue(watch.TrustChanged);
            Assert.IsTrue(watch.PinsChanged);
            Assert.IsFalse(watch.Unconfigured);
        }

        [TestMethod]
        public void TheSameSettingsObjectIsNoChange()
        {
            var watch = new SettingsWatch();
            Settings settings = Sample();
            watch.Poll(settings);

            Assert.IsFalse(watch.Poll(settings));
            Assert.IsFalse(watch.WifiChanged || watch.TrustChanged || watch.PinsChanged || watch.Unconfigured);
        }

        [TestMethod]
        public void ASaveWithEqualValuesChangesNothingThatMatters()
        {
            var watch = new SettingsWatch();
            watch.Poll(Sample());

            Settings saved = Sample();
            saved.Hostnames = new string[] { "other.example.org" };

            Assert.IsTrue(watch.Poll(saved), "a new object is reported");
            Assert.IsFalse(watch.WifiChanged, "same network");
            Assert.IsFalse(watch.TrustChanged, "same CA");
            Assert.IsFalse(watch.PinsChanged, "same pins");
        }

        [TestMethod]
        public void ANewWifiPasswordMeansRejoin()
        {
            var watch = new SettingsWatch();
            watch.Poll(Sample());
            Settings saved = Sample();
            saved.WifiPassword = "another-passphrase";

            watch.Poll(saved);

            Assert.IsTrue(watch.WifiChanged);
            Assert.IsFalse(watch.TrustChanged);
        }

        [TestMethod]
        public void ANewNetworkNameMeansRejoin()
        {
            var watch = new SettingsWatch();
            watch.Poll(Sample());
            Settings saved = Sample();
            saved.WifiSsid = "Office";

            watch.Poll(saved);

            Assert.IsTrue(watch.WifiChanged);
        }

        [TestMethod]
        public void ANewCaCertificateMeansRebuildTheTrust()
        {
            var watch = new SettingsWatch();
            watch.Poll(Sample());
            Settings saved = Sample();
            saved.CaCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

            watch.Poll(saved);

            Assert.IsTrue(watch.TrustChanged);
            Assert.IsFalse(watch.WifiChanged);
            Assert.IsFalse(watch.PinsChanged);
        }

        [TestMethod]
        public void EachPinSettingCountsAsAPinChange()
        {
            for (int field = 0; field < 5; field++)
            {
                var watch = new SettingsWatch();
                watch.Poll(Sample());
                Settings saved = Sample();
                switch (field)
                {
                    case 0: saved.LedPin = 5; break;
                    case 1: saved.LedActiveLow = true; break;
                    case 2: saved.ConsoleRxPin = 13; break;
                    case 3: saved.ConsoleTxPin = 14; break;
                    default: saved.ConsoleBaudRate = 9600; break;
                }

                watch.Poll(saved);

                Assert.IsTrue(watch.PinsChanged, "pin field " + field.ToString());
                Assert.IsFalse(watch.WifiChanged, "pin field " + field.ToString());
            }
        }

        [TestMethod]
        public void AFactoryResetIsReportedOnce()
        {
            var watch = new SettingsWatch();
            watch.Poll(Sample());

            Assert.IsTrue(watch.Poll(null));
            Assert.IsTrue(watch.Unconfigured);
            Assert.IsTrue(watch.WifiChanged, "leave the network");
            Assert.IsFalse(watch.TrustChanged);

            Assert.IsFalse(watch.Poll(null));
            Assert.IsFalse(watch.Unconfigured);
        }

        [TestMethod]
        public void StartingUnconfiguredIsNotAFactoryReset()
        {
            var watch = new SettingsWatch();

            watch.Poll(null);

            Assert.IsFalse(watch.Unconfigured);
            Assert.IsFalse(watch.WifiChanged);
        }

        [TestMethod]
        public void SettingsAfterProvisioningSetUpEverything()
        {
            var watch = new SettingsWatch();
            watch.Poll(null);

            Assert.IsTrue(watch.Poll(Sample()));
            Assert.IsTrue(watch.WifiChanged && watch.TrustChanged && watch.PinsChanged);
        }

        private static Settings Sample()
        {
            return new Settings
            {
                WifiSsid = "HomeNet",
                WifiPassword = "correct-horse",
                Provider = "dynu",
                Username = "alice",
                Password = "secret",
                Hostnames = new string[] { "home.example.org" },
            };
        }
    }
}
