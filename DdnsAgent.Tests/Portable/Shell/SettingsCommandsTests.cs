#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>show, set, unset and save.</summary>
    [TestClass]
    public class SettingsCommandsTests
    {
        [TestMethod]
        public void SetPassesTheRestOfTheLineAsTheValue()
        {
            var rig = new ShellRig();
            string output = rig.Run("set wifi.ssid  My Home  Network  ");
            Assert.AreEqual("wifi.ssid", rig.Settings.LastKey);
            Assert.AreEqual("My Home  Network", rig.Settings.LastValue);
            Assert.AreEqual("wifi.ssid set; type `save` to keep it\r\nddns> ", output);
        }

        [TestMethod]
        public void SetLowerCasesTheKeyButNotTheValue()
        {
            var rig = new ShellRig();
            rig.Run("SET Username Alice");
            Assert.AreEqual("username", rig.Settings.LastKey);
            Assert.AreEqual("Alice", rig.Settings.ValueOf("username"));
        }

        [TestMethod]
        public void SetConfirmsASecretWithoutRepeatingIt()
        {
            var rig = new ShellRig();
            string output = rig.Run("set password correct horse battery");
            Assert.AreEqual("password set; type `save` to keep it\r\nddns> ", output);
            Assert.AreEqual("correct horse battery", rig.Settings.ValueOf("password"));
        }

        [TestMethod]
        public void SetReportsTheSettingsError()
        {
            var rig = new ShellRig();
            string output = rig.Run("set colour blue");
            Assert.AreEqual("cannot set colour: no such key; `help set` lists the keys\r\nddns> ", output);
        }

        [TestMethod]
        public void SetWithoutKeyOrValueShowsTheForm()
        {
            var rig = new ShellRig();
            Assert.AreEqual("usage: set KEY VALUE; `help set` lists the keys\r\nddns> ", rig.Run("set"));
            Assert.AreEqual("no value for provider: type `set provider VALUE`, or `unset provider` to return it to its default\r\nddns> ", rig.Run("set provider   "));
            Assert.AreEqual(0, rig.Settings.SetCount);
        }

        [TestMethod]
        public void UnsetReturnsAKeyToItsDefault()
        {
            var rig = new ShellRig();
            rig.Run("set hostnames a.example.org");
            Assert.AreEqual("hostnames back to its default; type `save` to keep it\r\nddns> ", rig.Run("unset HOSTNAMES"));
            Assert.IsNull(rig.Settings.ValueOf("hostnames"));
        }

        [TestMethod]
        public void UnsetNeedsExactlyOneKey()
        {
            var rig = new ShellRig();
            Assert.AreEqual("usage: unset KEY (one key); `help set` lists the keys\r\nddns> ", rig.Run("unset"));
            Assert.AreEqual("usage: unset KEY (one key); `help set` lists the keys\r\nddns> ", rig.Run("unset a b"));
            Assert.AreEqual("cannot unset colour: no such key; `help set` lists the keys\r\nddns> ", rig.Run("unset colour"));
        }

        [TestMethod]
        public void ShowIsTheSettingsOwnMaskedListing()
        {
            var rig = new ShellRig();
            rig.Run("set password hunter2");
            string output = rig.Run("show");
            Assert.AreEqual(-1, output.IndexOf("hunter2"), output);
            Assert.IsTrue(output.IndexOf("password = ********\r\n") >= 0, output);
        }

        [TestMethod]
        public void SaveThatSucceedsSaysSo()
        {
            var rig = new ShellRig();
            Assert.AreEqual("settings saved\r\nddns> ", rig.Run("save"));
            Assert.AreEqual(1, rig.Storage.SavedCount);
        }

        [TestMethod]
        public void SaveOfInvalidSettingsListsEveryProblemAndSavesNothing()
        {
            var rig = new ShellRig();
            rig.Storage.Problems = new string[]
            {
                "hostnames: none set; type `set hostnames host.example.org`",
                "password: empty; type `set password ...`",
            };

            string output = rig.Run("save");

            Assert.AreEqual(
                "hostnames: none set; type `set hostnames host.example.org`\r\n" +
                "password: empty; type `set password ...`\r\n" +
                "nothing saved; fix the problems above with `set`, then `save` again\r\nddns> ",
                output);
            Assert.AreEqual(0, rig.Storage.SavedCount);
        }
    
        [TestMethod]
        public void ASecretEndingInABlankIsRefusedNotTrimmed()
        {
            var rig = new ShellRig();
            string output = rig.Run("set password hunter2 ");
            Assert.AreEqual("cannot set password: it ends with a space or tab, and the console cannot tell whether that belongs to it; type it without\r\nddns> ", output);
            Assert.AreEqual(0, rig.Settings.SetCount);
            Assert.AreEqual(-1, output.IndexOf("hunter2"));

            rig.Run("set hostnames a.example.org  ");
            Assert.AreEqual("a.example.org", rig.Settings.ValueOf("hostnames"), "other values lose trailing blanks, which mean nothing there");
        }

        [TestMethod]
        public void OnTheHostTlsCaMayNameAPemFile()
        {
            var rig = new ShellRig().OnTheHost();
            rig.Host.CaText = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
            string output = rig.Run("set tls.ca ca files/my-ca.pem");
            Assert.AreEqual("ca files/my-ca.pem", rig.Host.LastPath);
            Assert.AreEqual(rig.Host.CaText, rig.Settings.ValueOf("tls.ca"));
            Assert.AreEqual("tls.ca set from ca files/my-ca.pem (" + rig.Host.CaText.Length.ToString() + " characters); type `save` to keep it (the settings file then names the file)\r\nddns> ", output);

            rig.Host.CaText = null;
            Assert.AreEqual("cannot set tls.ca: the CA file nowhere.pem does not exist\r\nddns> ", rig.Run("set tls.ca nowhere.pem"));
        }

        [TestMethod]
        public void OnTheDeviceTlsCaIsNeverAFileName()
        {
            var rig = new ShellRig();
            rig.Run("set tls.ca /etc/my-ca.pem");
            Assert.AreEqual("/etc/my-ca.pem", rig.Settings.LastValue, "passed on as typed, for the settings to judge");
        }

        [TestMethod]
        public void OnTheHostTheDevicesKeysAreKeptWithANote()
        {
            var rig = new ShellRig().OnTheHost();
            Assert.AreEqual("wifi.ssid set; type `save` to keep it (only the ESP32 firmware uses it; this agent ignores it)\r\nddns> ", rig.Run("set wifi.ssid Home"));
            Assert.AreEqual("wifi.ssid back to its default; type `save` to keep it (only the ESP32 firmware uses it; this agent ignores it)\r\nddns> ", rig.Run("unset wifi.ssid"));
            Assert.AreEqual("username set; type `save` to keep it\r\nddns> ", rig.Run("set username alice"));
        }

        [TestMethod]
        public void AWholeLineLongerThanTheEditorTakesIsDiscarded()
        {
            var rig = new ShellRig();
            string output = rig.Run("set username " + new string('a', 300));
            Assert.AreEqual("line too long (max 256 characters): discarded; nothing was run\r\nddns> ", output);
            Assert.AreEqual(0, rig.Settings.SetCount);
        }
    }
}
