#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Shell
{
    /// <summary>status, check, update, resume, log and reboot.</summary>
    [TestClass]
    public class AgentCommandsTests
    {
        [TestMethod]
        public void StatusAppendsTheFreeMemoryWhenKnown()
        {
            var rig = new ShellRig();
            rig.Platform.FreeMemoryBytes = 81234;
            Assert.AreEqual(FakeAgentControl.StatusText + "free memory: 81234 bytes\r\nddns> ", rig.Run("status"));
        }

        [TestMethod]
        public void StatusSaysWhenTheFreeMemoryIsUnknown()
        {
            var rig = new ShellRig();
            rig.Platform.FreeMemoryBytes = -1;
            Assert.AreEqual(FakeAgentControl.StatusText + "free memory: unknown\r\nddns> ", rig.Run("status"));
            rig.Platform.FreeMemoryBytes = 0;
            Assert.AreEqual(FakeAgentControl.StatusText + "free memory: 0 bytes\r\nddns> ", rig.Run("status"));
        }

        [TestMethod]
        public void CheckAsksTheAgentToDetect()
        {
            var rig = new ShellRig();
            Assert.AreEqual(FakeAgentControl.CheckText + "ddns> ", rig.Run("check"));
            Assert.AreEqual(1, rig.Agent.CheckCount);
            Assert.AreEqual(0, rig.Agent.UpdateCount);
        }

        [TestMethod]
        public void UpdateIsNotForcedUnlessAsked()
        {
            var rig = new ShellRig();
            Assert.AreEqual(FakeAgentControl.UpdateText + "ddns> ", rig.Run("update"));
            Assert.IsFalse(rig.Agent.LastForce);
            rig.Run("UPDATE --FORCE");
            Assert.IsTrue(rig.Agent.LastForce);
            Assert.AreEqual(2, rig.Agent.UpdateCount);
        }

        [TestMethod]
        public void UpdateRefusesOtherArguments()
        {
            var rig = new ShellRig();
            string[] wrong = new string[] { "update force", "update -f", "update --force now", "update --forced" };
            for (int i = 0; i < wrong.Length; i++)
            {
                Assert.AreEqual("`update` takes only --force; type `update` or `update --force`\r\nddns> ", rig.Run(wrong[i]), wrong[i]);
            }

            Assert.AreEqual(0, rig.Agent.UpdateCount);
        }

        [TestMethod]
        public void ResumeSaysWhatTheAgentDid()
        {
            var rig = new ShellRig();
            Assert.AreEqual("resumed: checking now\r\nddns> ", rig.Run("resume"));
            rig.Agent.ResumeResult = false;
            Assert.AreEqual("nothing to resume: updates are not halted\r\nddns> ", rig.Run("resume"));
            Assert.AreEqual(2, rig.Agent.ResumeCount);
        }

        [TestMethod]
        public void LogPrintsTheEventsOldestFirst()
        {
            var rig = new ShellRig();
            rig.Log.Add(new DateTime(2026, 11, 24, 10, 0, 0), EventKind.Info, "update: good 203.0.113.7");
            rig.Log.Add(new DateTime(2026, 11, 24, 10, 30, 0), EventKind.Warning, "update: 911 from the provider; retrying in 30 min");

            Assert.AreEqual(
                "2026-11-24 10:00:00Z  info  update: good 203.0.113.7\r\n" +
                "2026-11-24 10:30:00Z  warn  update: 911 from the provider; retrying in 30 min\r\nddns> ",
                rig.Run("log"));
        }

        [TestMethod]
        public void AnEmptyLogSaysSo()
        {
            Assert.AreEqual("no events since the start; `status` shows the current state\r\nddns> ", new ShellRig().Run("log"));
        }

        [TestMethod]
        public void RebootAnnouncesItselfAndReboots()
        {
            var rig = new ShellRig();
            Assert.AreEqual("rebooting...\r\nddns> ", rig.Run("reboot"));
            Assert.AreEqual(1, rig.Platform.RebootCount);
        }
    }
}
