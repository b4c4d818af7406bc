using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>
    /// The settings file's text reaches the provider exactly, or the file is refused naming its JSON key: a
    /// UTF-8 password is sent as UTF-8, bytes that are not UTF-8 are refused before anything is sent.
    /// </summary>
    [TestClass]
    public sealed class SettingsFileTextTests
    {
        [TestMethod]
        public async Task AUnicodeUserNameAndPasswordReachTheProviderExactly()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig(CliRig.UnicodePassword, settings =>
            {
                settings["Username"] = CliRig.UnicodeUser;
                settings["Hostnames"] = new[] { CliRig.UnicodeHome };
            });

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            Assert.AreEqual(1, rig.UpdateRequests);
            Assert.AreEqual("good " + Servers.TestAddresses.PublicIPv4, rig.Emulator.Exchanges[0].Body, "the provider took the UTF-8 credentials");
        }

        [TestMethod]
        public async Task AFileWhosePasswordIsNotUtf8IsRefusedBeforeAnythingIsSent()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig("PASSWORD-HERE", settings => settings["Username"] = "USER-HERE");
            byte[] file = File.ReadAllBytes(rig.ConfigFile);
            file = Replace(file, "PASSWORD-HERE", new byte[] { (byte)'p', 0xE4, (byte)'s', (byte)'s' });
            file = Replace(file, "USER-HERE", new byte[] { (byte)'j', 0xFC, (byte)'r', (byte)'g', (byte)'e', (byte)'n' });
            File.WriteAllBytes(rig.ConfigFile, file);

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(1, run.ExitCode, "a settings problem, not a badauth halt: " + run);
            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count, "nothing may be sent with credentials that were changed");
            StringAssert.Contains(run.Output, "Username: holds U+FFFD, the mark of bytes that were not UTF-8, so the value is already lost; save the settings file as UTF-8 and write the value again");
            StringAssert.Contains(run.Output, "Password: holds U+FFFD");
            StringAssert.Contains(run.Output, "cannot be used: ");
        }

        [TestMethod]
        public async Task ProblemsOfTheFileNameItsKeys()
        {
            await using CliRig rig = await CliRig.StartAsync();
            rig.WriteConfig(CliRig.Password, settings =>
            {
                settings["CheckIntervalSeconds"] = 30;
                settings["ServerUrl"] = rig.Emulator.UpdateUrl.ToString().Replace("https://", "http://");
                settings["Hostnames"] = new[] { "h\u00f6me.example.org" };
            });

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(1, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "CheckIntervalSeconds: 30 seconds is too often");
            StringAssert.Contains(run.Output, "first write `\"AllowPlainHttp\": true` if you accept that risk");
            StringAssert.Contains(run.Output, "Hostnames: 'h\u00f6me.example.org' is not ASCII: a DNS name is given in its xn-- form, here xn--hme-sna.example.org");
            Assert.IsFalse(run.Output.Contains("interval:"), "no console key: " + run);
            Assert.IsFalse(run.Output.Contains("`set "), "no console command: " + run);
            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count);
        }

        private static byte[] Replace(byte[] file, string marker, byte[] bytes)
        {
            string text = Encoding.ASCII.GetString(file);
            int at = text.IndexOf(marker, System.StringComparison.Ordinal);
            Assert.IsTrue(at >= 0, marker);
            var result = new byte[file.Length - marker.Length + bytes.Length];
            System.Array.Copy(file, result, at);
            System.Array.Copy(bytes, 0, result, at, bytes.Length);
            System.Array.Copy(file, at + marker.Length, result, at + bytes.Length, file.Length - at - marker.Length);
            return result;
        }
    }
}
