using System;
using System.IO;
using DdnsAgent.Configuration;
using DdnsAgent.Host.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Configuration
{
    [TestClass]
    public sealed class JsonSettingsStoreTests
    {
        [TestMethod]
        public void WhatIsSavedIsLoaded()
        {
            using var dir = new TempDirectory();
            var store = new JsonSettingsStore(Path.Combine(dir.Path, "sub", "ddns-agent.json"));
            Assert.IsTrue(store.TrySave(GoldenSettings.Create(), out string problem), problem);
            Assert.IsTrue(new JsonSettingsStore(store.FilePath).TryLoad(out Settings loaded, out problem), problem);
            GoldenSettings.AssertEqual(GoldenSettings.Create(), loaded);
            Assert.AreEqual(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Configuration", "settings.golden.json")), File.ReadAllText(store.FilePath));
        }

        [TestMethod]
        public void ASaveReplacesTheFileAndLeavesNoTemporaryFile()
        {
            using var dir = new TempDirectory();
            var store = new JsonSettingsStore(Path.Combine(dir.Path, "ddns-agent.json"));
            Assert.IsTrue(store.TrySave(GoldenSettings.Create(), out _));
            var changed = GoldenSettings.Create();
            changed.Hostnames = new[] { "other.example.com" };
            Assert.IsTrue(store.TrySave(changed, out string problem), problem);
            Assert.IsTrue(store.TryLoad(out Settings loaded, out problem), problem);
            Assert.AreEqual("other.example.com", loaded.Hostnames[0]);
            CollectionAssert.AreEqual(new[] { "ddns-agent.json" }, Array.ConvertAll(Directory.GetFiles(dir.Path), Path.GetFileName));
        }

        [TestMethod]
        public void TheFileIsReadableByItsOwnerOnly()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // Unix file modes only
            }

            using var dir = new TempDirectory();
            string path = Path.Combine(dir.Path, "ddns-agent.json");
            File.WriteAllText(path, "{}");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            Assert.IsTrue(new JsonSettingsStore(path).TrySave(GoldenSettings.Create(), out string problem), problem);
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        [TestMethod]
        public void ALeftoverFromACrashedSaveChangesNothing()
        {
            using var dir = new TempDirectory();
            var store = new JsonSettingsStore(Path.Combine(dir.Path, "ddns-agent.json"));
            Assert.IsTrue(store.TrySave(GoldenSettings.Create(), out _));
            string leftover = Path.Combine(dir.Path, ".ddns-agent.json.tmp");
            File.WriteAllText(leftover, "{ \"Provider\": \"no");

            Assert.IsTrue(store.TryLoad(out Settings loaded, out string problem), problem);
            GoldenSettings.AssertEqual(GoldenSettings.Create(), loaded);
            Assert.IsTrue(store.TrySave(new Settings { Provider = "dyn" }, out problem), problem);
            Assert.IsFalse(File.Exists(leftover));
            Assert.IsTrue(store.TryLoad(out loaded, out problem), problem);
            Assert.AreEqual("dyn", loaded.Provider);
        }

        [TestMethod]
        public void AMissingFileMeansNoConfiguration()
        {
            using var dir = new TempDirectory();
            var store = new JsonSettingsStore(Path.Combine(dir.Path, "ddns-agent.json"));
            Assert.IsFalse(store.TryLoad(out Settings loaded, out string problem));
            Assert.IsNull(loaded);
            Assert.AreEqual("no configuration yet: " + store.FilePath + " does not exist", problem);
        }

        [TestMethod]
        public void ATornFileGivesAClearProblem()
        {
            using var dir = new TempDirectory();
            string path = Path.Combine(dir.Path, "ddns-agent.json");
            string golden = SettingsJson.Serialize(GoldenSettings.Create());
            File.WriteAllText(path, golden.Substring(0, golden.Length / 2));
            Assert.IsFalse(new JsonSettingsStore(path).TryLoad(out _, out string problem));
            Assert.IsTrue(problem.StartsWith(path + " is not valid JSON (line ", StringComparison.Ordinal), problem);
            Assert.IsTrue(problem.EndsWith("it may be cut short or damaged; correct it or write the settings again", StringComparison.Ordinal), problem);
        }

        [TestMethod]
        public void GarbageBytesGiveAClearProblem()
        {
            using var dir = new TempDirectory();
            string path = Path.Combine(dir.Path, "ddns-agent.json");
            var random = new Random(5);
            byte[] garbage = new byte[300];
            random.NextBytes(garbage);
            File.WriteAllBytes(path, garbage);
            Assert.IsFalse(new JsonSettingsStore(path).TryLoad(out _, out string problem));
            Assert.IsTrue(problem.StartsWith(path, StringComparison.Ordinal), problem);
        }

        [TestMethod]
        public void AnUnwritablePlaceGivesAProblemNotAnException()
        {
            using var dir = new TempDirectory();
            string blocker = Path.Combine(dir.Path, "not-a-directory");
            File.WriteAllText(blocker, "x");
            var store = new JsonSettingsStore(Path.Combine(blocker, "ddns-agent.json"));
            Assert.IsFalse(store.TrySave(GoldenSettings.Create(), out string problem));
            Assert.IsTrue(problem.StartsWith("cannot write " + store.FilePath + ": ", StringComparison.Ordinal), problem);
            Assert.IsFalse(store.TryLoad(out _, out problem));
        }

        [TestMethod]
        public void EraseRemovesTheFile()
        {
            using var dir = new TempDirectory();
            var store = new JsonSettingsStore(Path.Combine(dir.Path, "ddns-agent.json"));
            store.TrySave(GoldenSettings.Create(), out _);
            store.Erase();
            Assert.IsFalse(File.Exists(store.FilePath));
            store.Erase();
        }

        private sealed class TempDirectory : IDisposable
        {
            public TempDirectory()
            {
                Path = Directory.CreateTempSubdirectory("ddns-settings-").FullName;
            }

            public string Path { get; }

            public void Dispose() => Directory.Delete(Path, recursive: true);
        }
    }
}
