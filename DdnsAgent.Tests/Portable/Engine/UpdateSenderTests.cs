#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Http;
using DdnsAgent.Status;
using DdnsAgent.Tests.Fakes;

namespace DdnsAgent.Tests.Engine
{
    [TestClass]
    public class UpdateSenderTests
    {
        [TestMethod]
        public void AnAnswerWithoutACodeIsQuotedOrExplained()
        {
            string cutLine = new string('x', HttpResponse.DefaultBodyCapacity + 100);
            string[] bodies = { "<html>Proxy Error</html>\r\nmore", "", "  \r\n", "bad\u0001\\line", cutLine };
            string[] quoted =
            {
                "home.example.org: <html>Proxy Error</html>: ",
                "home.example.org: an empty answer: ",
                "home.example.org: an empty answer: ",
                "home.example.org: bad\\x01\\\\line: ",
                "home.example.org: a line cut off where the answer passed 2048 bytes: " + new string('x', 80) + "...: ",
            };
            for (int i = 0; i < bodies.Length; i++)
            {
                var rig = new AgentRig();
                rig.Provider.Script(200, bodies[i]);
                rig.Tick();

                Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current, quoted[i]);
                Assert.IsTrue(LogContains(rig.Events, quoted[i]), quoted[i]);
                Assert.IsFalse(LogContains(rig.Events, "(shown as received)"), "the answer itself is shown");
            }
        }

        [TestMethod]
        public void AHostWithoutItsOwnLineIsNamed()
        {
            Settings settings = AgentRig.DefaultSettings();
            settings.Hostnames = new string[] { "a.example.org", "b.example.org", "c.example.org" };
            var rig = new AgentRig(settings);
            rig.Provider.Script(200, "good 81.2.69.160\ngood 81.2.69.160\n");
            rig.Tick();

            Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current);
            Assert.IsTrue(LogContains(rig.Events, "update a.example.org: good 81.2.69.160"));
            Assert.IsTrue(LogContains(rig.Events, "update b.example.org: good 81.2.69.160"));
            Assert.IsTrue(LogContains(rig.Events, "c.example.org: no line for this name: "));
        }

        [TestMethod]
        public void ALongAnswerWhoseLinesAreGoodIsGood()
        {
            var rig = new AgentRig();
            rig.Provider.Script(200, "good 81.2.69.160\n" + new string('x', HttpResponse.DefaultBodyCapacity));
            rig.Tick();

            Assert.AreEqual(LedState.AllGood, rig.Indicator.Current, "the complete first line is the answer");
            Assert.IsTrue(LogContains(rig.Events, "update home.example.org: good 81.2.69.160"));
            rig.RunFor(3600);
            Assert.AreEqual(1, rig.Provider.UpdateCount, "not sent again 10 minutes later");
        }

        private static bool LogContains(EventLog log, string text)
        {
            for (int i = 0; i < log.Count; i++)
            {
                if (log.EntryAt(i).Message(Vocabulary.DeviceConsole).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
