using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>
    /// `ddns-agent once` on a state directory it cannot write: it sends nothing, names the file and the cause, and
    /// exits 1; once the directory takes writes again, the update goes. Root writes through file modes, so the
    /// program runs in a mount namespace of its own (`unshare -m`) where the state directory is a read-only bind
    /// mount, or a tiny tmpfs filled to the last byte.
    /// </summary>
    [TestClass]
    public sealed class StorageFaultCommandTests
    {
        private const string ReadOnlyScript = "d=$1; shift; mount --bind \"$d\" \"$d\" && mount -o remount,bind,ro \"$d\" && exec \"$@\"";

        private const string FullScript =
            "d=$1; shift; t=$(mktemp -d) && cp -a \"$d\"/. \"$t\"/ && mount -t tmpfs -o size=64k tmpfs \"$d\" && cp -a \"$t\"/. \"$d\"/ "
            + "&& rm -rf \"$t\" && { dd if=/dev/zero of=\"$d/filler\" bs=1k 2>/dev/null; true; } && exec \"$@\"";

        [TestMethod]
        public Task OnAReadOnlyStateDirectoryNothingIsSentAndTheCauseIsNamed()
        {
            return AssertRefusedThenRecovered(ReadOnlyScript, "read-only file system");
        }

        [TestMethod]
        public Task OnAFullDiskNothingIsSentAndTheCauseIsNamed()
        {
            return AssertRefusedThenRecovered(FullScript, "no space left on device");
        }

        private static async Task AssertRefusedThenRecovered(string script, string cause)
        {
            string skip = WhyNoMountNamespace();
            if (skip != null)
            {
                Assert.Inconclusive(skip);
            }

            await using CliRig rig = await CliRig.StartAsync();
            Assert.AreEqual(0, rig.Run("once").ExitCode);
            Assert.AreEqual(1, rig.UpdateRequests);
            rig.Reflector.Serve(CliRig.ReflectorPath, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);

            int code;
            string output;
            using (ChildAgent run = ChildAgent.Start(new[] { "unshare", "-m", "sh", "-c", script, "sh", rig.StateDirectory }, rig.WithPaths("once")))
            {
                code = run.WaitForExit();
                output = run.Output;
            }

            Assert.AreEqual(1, code, output);
            Assert.AreEqual(1, rig.UpdateRequests, "nothing sent that the state could not record:\n" + output);
            StringAssert.Contains(output, "state cannot be saved, so no update is sent: cannot write " + rig.StateDirectory + "/state.", output);
            StringAssert.Contains(output, cause, output);
            StringAssert.Contains(output, "no update is sent until the state can be saved: ", output);

            ProgramRun again = rig.Run("once");
            Assert.AreEqual(0, again.ExitCode, again.ToString());
            Assert.AreEqual(2, rig.UpdateRequests, "once the directory takes writes, the update goes");
            StringAssert.Contains(again.Output, "good " + TestAddresses.OtherPublicIPv4);
        }

        // Null when `unshare -m` works here (util-linux, and the right to make a mount namespace), else why not.
        private static string WhyNoMountNamespace()
        {
            try
            {
                using Process probe = Process.Start(new ProcessStartInfo("unshare", "-m true") { UseShellExecute = false, RedirectStandardError = true });
                probe.WaitForExit();
                return probe.ExitCode == 0 ? null : "unshare -m failed here (no right to make a mount namespace): " + probe.StandardError.ReadToEnd().Trim();
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                return "unshare (util-linux) is not installed: " + ex.Message;
            }
        }
    }
}
