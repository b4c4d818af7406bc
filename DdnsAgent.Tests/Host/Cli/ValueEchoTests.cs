using System;
using System.Linq;
using System.Threading.Tasks;
using DdnsAgent.Host;
using DdnsAgent.Host.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>What the host echoes of a bad value is bounded to about 80 characters.</summary>
    [TestClass]
    public sealed class ValueEchoTests
    {
        [TestMethod]
        public void AShortValueIsEchoedWhole()
        {
            Assert.AreEqual("home.example.org", ValueEcho.Bounded("home.example.org"));
            Assert.AreEqual("unknown 'x'", ValueEcho.InLine("unknown 'x'"));
        }

        [TestMethod]
        public void ALongValueIsCutAndItsLengthTold()
        {
            string value = new string('v', 5000);

            string echoed = ValueEcho.Bounded(value);

            Assert.AreEqual(ValueEcho.MaxChars, echoed.Length, echoed);
            Assert.IsTrue(echoed.StartsWith(new string('v', 50), StringComparison.Ordinal));
            StringAssert.Contains(echoed, "... (5000 characters)");
            Assert.AreEqual("bad 'vvv" + echoed.Substring(3) + "' here", ValueEcho.InLine("bad '" + value + "' here"));
        }

        [TestMethod]
        public void AnUnknownCommandLineArgumentIsEchoedBounded()
        {
            string argument = new string('a', 4000);

            ProgramRun run = ProgramRun.Execute(string.Empty, default, argument);

            Assert.AreEqual(ExitCodes.Usage, run.ExitCode);
            Assert.IsTrue(run.Error.Split('\n').All(line => line.Length < 200), run.Error);
            StringAssert.Contains(run.Error, "(4000 characters)");
        }

        [TestMethod]
        public async Task AnUnknownSettingsKeyIsEchoedBounded()
        {
            await using CliRig rig = await CliRig.StartAsync();
            string key = new string('K', 3000);
            rig.WriteConfig(CliRig.Password, settings => settings[key] = 1);

            ProgramRun run = rig.Run("once");

            Assert.AreEqual(ExitCodes.SettingsProblem, run.ExitCode);
            Assert.IsTrue(run.AllText.Split('\n').All(line => line.Length < 400), run.ToString());
            StringAssert.Contains(run.AllText, "(3000 characters)");
        }
    }
}
