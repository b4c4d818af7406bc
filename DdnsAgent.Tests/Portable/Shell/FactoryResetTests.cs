#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>factory-reset erases only after the user types yes on the next line.</summary>
    [TestClass]
    public class FactoryResetTests
    {
        private const string Question =
            "factory-reset erases every setting (Wi-Fi, provider, password, certificate) and the saved state.\r\n" +
            "type yes to erase everything; anything else cancels\r\nconfirm> ";

        [TestMethod]
        public void YesErasesEverything()
        {
            var rig = new ShellRig();
            Assert.AreEqual(Question, rig.Run("factory-reset"));
            Assert.AreEqual(0, rig.Storage.FactoryResetCount);

            string output = rig.Run("yes");

            Assert.AreEqual(1, rig.Storage.FactoryResetCount);
            Assert.AreEqual("settings and state erased; `set` the settings and `save` them, or `reboot`\r\nddns> ", output);
        }

        [TestMethod]
        public void YesIgnoresCaseAndSpaces()
        {
            var rig = new ShellRig();
            rig.Run("FACTORY-RESET");
            rig.Run("  YES ");
            Assert.AreEqual(1, rig.Storage.FactoryResetCount);
        }

        [TestMethod]
        public void AnythingElseCancels()
        {
            string[] answers = new string[] { "no", "", "y", "yes please", "yess", "status" };
            for (int i = 0; i < answers.Length; i++)
            {
                var rig = new ShellRig();
                rig.Run("factory-reset");
                string output = rig.Run(answers[i]);
                Assert.AreEqual("factory reset cancelled; nothing was erased\r\nddns> ", output, "answer '" + answers[i] + "'");
                Assert.AreEqual(0, rig.Storage.FactoryResetCount, answers[i]);
                Assert.AreEqual(0, rig.Agent.ReadCount, "the answer is not run as a command");
            }
        }

        [TestMethod]
        public void TheQuestionIsAskedAgainEachTime()
        {
            var rig = new ShellRig();
            rig.Run("factory-reset");
            rig.Run("no");
            rig.Run("yes");
            Assert.AreEqual(0, rig.Storage.FactoryResetCount, "a later yes does not count");
        }

        [TestMethod]
        public void CtrlCCancels()
        {
            var rig = new ShellRig();
            rig.Type("factory-reset\r");
            Assert.AreEqual("ye^C\r\nfactory reset cancelled; nothing was erased\r\nddns> ", rig.Type("ye\x03"));
            rig.Type("yes\r");
            Assert.AreEqual(0, rig.Storage.FactoryResetCount);
        }
    }
}
