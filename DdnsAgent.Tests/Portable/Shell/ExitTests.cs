#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>`exit` and Ctrl-D on the host's console: leave at once when everything is saved, else ask first.</summary>
    [TestClass]
    public class ExitTests
    {
        private const string Question = "unsaved changes to hostnames, password; `save` keeps them.\r\ntype yes to leave without them; anything else stays\r\nconfirm> ";

        [TestMethod]
        public void ExitWithNothingUnsavedLeavesAtOnce()
        {
            var rig = new ShellRig().OnTheHost();
            Assert.AreEqual(string.Empty, rig.Run("exit"), "no prompt after leaving");
            Assert.AreEqual(1, rig.Host.LeaveCount);

            rig = new ShellRig().OnTheHost();
            rig.Run("QUIT");
            Assert.AreEqual(1, rig.Host.LeaveCount, "quit is exit");
        }

        [TestMethod]
        public void ExitWithUnsavedChangesAsksFirst()
        {
            var rig = new ShellRig().OnTheHost();
            rig.Host.Unsaved = "hostnames, password";
            Assert.AreEqual(Question, rig.Run("exit"));
            Assert.AreEqual(0, rig.Host.LeaveCount);

            Assert.AreEqual("still here; `save` keeps the changes\r\nddns> ", rig.Run("no"));
            Assert.AreEqual(0, rig.Host.LeaveCount);

            rig.Run("exit");
            Assert.AreEqual(string.Empty, rig.Run(" YES "));
            Assert.AreEqual(1, rig.Host.LeaveCount);
        }

        [TestMethod]
        public void CtrlCAtTheQuestionStays()
        {
            var rig = new ShellRig().OnTheHost();
            rig.Host.Unsaved = "hostnames, password";
            rig.Type("exit\r");
            Assert.AreEqual("^C\r\nstill here; `save` keeps the changes\r\nddns> ", rig.Type("\x03"));
            Assert.AreEqual(0, rig.Host.LeaveCount);
            rig.Type("status\r");
            Assert.AreEqual(1, rig.Agent.ReadCount, "back to commands");
        }

        [TestMethod]
        public void CtrlDAsksLikeExitAndASecondOneLeaves()
        {
            var rig = new ShellRig().OnTheHost();
            rig.Host.Unsaved = "hostnames, password";
            rig.Output.Take();
            rig.Shell.EndOfInput();
            Assert.AreEqual("\r\n" + Question, rig.Output.Take());
            Assert.AreEqual(0, rig.Host.LeaveCount);
            rig.Shell.EndOfInput();
            Assert.AreEqual(1, rig.Host.LeaveCount);

            rig = new ShellRig().OnTheHost();
            rig.Shell.EndOfInput();
            Assert.AreEqual(1, rig.Host.LeaveCount, "nothing unsaved: Ctrl-D leaves at once");
        }
    }
}
