using System;
using System.IO;
using DdnsAgent.Host.Adapters;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Persistence
{
    /// <summary>A state file the host cannot write is named with its path and the system's reason, in lower case, without .NET's decoration.</summary>
    [TestClass]
    public sealed class FileBlobStoreTests
    {
        [TestMethod]
        public void AFailedWriteNamesTheFileAndTheCause()
        {
            string directory = Path.Combine(Path.GetTempPath(), "ddns-agent-blobs-" + Guid.NewGuid().ToString("N"));
            var store = new FileBlobStore(directory);
            try
            {
                // The directory gone and a file in its place: the system refuses whoever asks, root included.
                Directory.Delete(directory);
                File.WriteAllText(directory, "not a directory");
                Assert.IsFalse(store.Write("state.a", new byte[] { 1, 2, 3 }, 3, out string problem));
                StringAssert.StartsWith(problem, "cannot write " + Path.Combine(directory, "state.a") + ": ");
                StringAssert.Contains(problem, ": could not find a part of the path", "the system's reason, as .NET words it");
            }
            finally
            {
                File.Delete(directory);
            }
        }

        [TestMethod]
        public void TheCauseIsTheSystemsReasonWithoutThePath()
        {
            Assert.AreEqual("read-only file system", FileBlobStore.CauseOf(new IOException("Read-only file system : '/var/lib/ddns-agent/state.a.new'")));
            Assert.AreEqual("no space left on device", FileBlobStore.CauseOf(new IOException("No space left on device : '/var/lib/ddns-agent/state.b.new'")));
            Assert.AreEqual("permission denied", FileBlobStore.CauseOf(new UnauthorizedAccessException("Access to the path '/x' is denied.")));
            Assert.AreEqual("I/O error", FileBlobStore.CauseOf(new IOException("I/O error")), "an abbreviation keeps its capitals");
        }

        [TestMethod]
        public void AWriteThatWorksHasNoProblem()
        {
            string directory = Path.Combine(Path.GetTempPath(), "ddns-agent-blobs-" + Guid.NewGuid().ToString("N"));
            try
            {
                var store = new FileBlobStore(directory);
                Assert.IsTrue(store.Write("state.a", new byte[] { 1, 2, 3 }, 3, out string problem));
                Assert.IsNull(problem);
                Assert.AreEqual(3, store.Read("state.a", new byte[8]));
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }
    }
}
