using System;
using System.IO;
using DdnsAgent.Configuration;
using DdnsAgent.Host.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>On the host the CA setting may name a PEM file: read at load, written back as the name.</summary>
    [TestClass]
    public sealed class CaFileSettingsStoreTests
    {
        private const string Pem = "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHHIG\n-----END CERTIFICATE-----\n";

        private string _folder;

        [TestInitialize]
        public void CreateFolder()
        {
            _folder = Path.Combine(Path.GetTempPath(), "ddns-agent-ca-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(_folder, "tls"));
            File.WriteAllText(Path.Combine(_folder, "tls", "ca.pem"), Pem);
        }

        [TestCleanup]
        public void DeleteFolder()
        {
            Directory.Delete(_folder, true);
        }

        [TestMethod]
        public void ARelativeFileNameIsReadFromTheSettingsFolder()
        {
            var store = Store(out JsonSettingsStore json);
            Assert.IsTrue(json.TrySave(new Settings { Provider = "dyn", CaCertificate = Path.Combine("tls", "ca.pem") }, out string problem), problem);

            Assert.IsTrue(store.TryLoad(out Settings loaded, out problem), problem);

            Assert.AreEqual(Pem, loaded.CaCertificate);
        }

        [TestMethod]
        public void SavingWithTheSameCaKeepsTheFileName()
        {
            var store = Store(out JsonSettingsStore json);
            string name = Path.Combine(_folder, "tls", "ca.pem");
            json.TrySave(new Settings { Provider = "dyn", CaCertificate = name }, out _);
            store.TryLoad(out Settings loaded, out _);
            loaded.Username = "bob";

            Assert.IsTrue(store.TrySave(loaded, out string problem), problem);

            Assert.IsTrue(json.TryLoad(out Settings onDisk, out problem), problem);
            Assert.AreEqual(name, onDisk.CaCertificate);
            Assert.AreEqual("bob", onDisk.Username);
            Assert.AreEqual(Pem, loaded.CaCertificate, "the settings in force keep the PEM text");
        }

        [TestMethod]
        public void SavingWithACaFileKeepsEveryOtherSetting()
        {
            var store = Store(out JsonSettingsStore json);
            string name = Path.Combine("tls", "ca.pem");
            Settings golden = GoldenSettings.Create();
            golden.CaCertificate = name;
            json.TrySave(golden, out _);
            Assert.IsTrue(store.TryLoad(out Settings loaded, out string problem), problem);

            Assert.IsTrue(store.TrySave(loaded, out problem), problem);

            Assert.IsTrue(json.TryLoad(out Settings onDisk, out problem), problem);
            GoldenSettings.AssertEqual(golden, onDisk);
            Assert.AreEqual("combined", onDisk.ServerDualStack);
        }

        [TestMethod]
        public void APastedCaIsSavedAsText()
        {
            var store = Store(out JsonSettingsStore json);
            json.TrySave(new Settings { Provider = "dyn", CaCertificate = "tls/ca.pem" }, out _);
            store.TryLoad(out Settings loaded, out _);
            const string other = "-----BEGIN CERTIFICATE-----\nOTHER\n-----END CERTIFICATE-----\n";
            loaded.CaCertificate = other;

            Assert.IsTrue(store.TrySave(loaded, out string problem), problem);

            json.TryLoad(out Settings onDisk, out _);
            Assert.AreEqual(other, onDisk.CaCertificate);
        }

        [TestMethod]
        public void InlinePemAndNoCaPassThrough()
        {
            var store = Store(out JsonSettingsStore json);
            json.TrySave(new Settings { Provider = "dyn", CaCertificate = Pem }, out _);
            Assert.IsTrue(store.TryLoad(out Settings loaded, out _));
            Assert.AreEqual(Pem, loaded.CaCertificate);

            json.TrySave(new Settings { Provider = "dyn" }, out _);
            Assert.IsTrue(store.TryLoad(out loaded, out _));
            Assert.IsNull(loaded.CaCertificate);
        }

        [TestMethod]
        public void AMissingOrWrongCaFileIsAProblemNamingIt()
        {
            var store = Store(out JsonSettingsStore json);
            json.TrySave(new Settings { Provider = "dyn", CaCertificate = "nowhere.pem" }, out _);
            Assert.IsFalse(store.TryLoad(out Settings loaded, out string problem));
            Assert.IsNull(loaded);
            StringAssert.Contains(problem, "CaCertificate: the CA file " + Path.Combine(_folder, "nowhere.pem") + " does not exist");

            File.WriteAllText(Path.Combine(_folder, "junk.pem"), "hello");
            json.TrySave(new Settings { Provider = "dyn", CaCertificate = "junk.pem" }, out _);
            Assert.IsFalse(store.TryLoad(out _, out problem));
            StringAssert.Contains(problem, "holds no PEM certificate");
        }

        [TestMethod]
        public void AFileNamedOnTheConsoleIsReadAndSavedAsItsFullPath()
        {
            var store = Store(out JsonSettingsStore json);
            File.WriteAllText(Path.Combine(_folder, "console-ca.pem"), Pem);
            string relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_folder, "console-ca.pem"));

            Assert.IsTrue(store.TryReadForConsole(relative, out string text, out string problem), problem);
            Assert.AreEqual(Pem, text);
            Assert.IsTrue(store.TrySave(new Settings { Provider = "dyn", CaCertificate = text }, out problem), problem);
            Assert.IsTrue(json.TryLoad(out Settings saved, out _));
            Assert.AreEqual(Path.Combine(_folder, "console-ca.pem"), saved.CaCertificate, "the file, by its full path, not its text");

            Assert.IsFalse(store.TryReadForConsole(Path.Combine(_folder, "nowhere.pem"), out _, out problem));
            Assert.AreEqual("the CA file " + Path.Combine(_folder, "nowhere.pem") + " does not exist; give the path of the server's PEM root certificate", problem, "the console names the key itself");
        }

        private CaFileSettingsStore Store(out JsonSettingsStore json)
        {
            string path = Path.Combine(_folder, "ddns-agent.json");
            json = new JsonSettingsStore(path);
            return new CaFileSettingsStore(json, path);
        }
    }
}
