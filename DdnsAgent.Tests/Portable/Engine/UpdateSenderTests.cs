#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
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
            string longAnswer = "good 81.2.69.160\n" + new string('x', HttpResponse.DefaultBodyCapacity);
            string[] bodies = { "<html>Proxy Error</html>\r\nmore", "", "  \r\n", longAnswer };
            string[] quoted =
            {
                "home.example.org: <html>Proxy Error</html>: ",
                "home.example.org: an empty answer: ",
                "home.example.org: an empty answer: ",
                "home.example.org: an answer longer than 2048 bytes: ",
            };
            for (int i = 0; i < bodies.Length; i++)
            {
                var rig = new AgentRig();
                rig.Provider.Script(200, bodies[i]);
                rig.Tick();

                Assert.AreEqual(LedState.WaitingToRetry, rig.Indicator.Current, quoted[i]);
                Assert.IsTrue(LogContains(rig.Events, quoted[i]), quoted[i]);
            }
        }

        private static bool LogContains(EventLog log, string text)
        {
            for (int i = 0; i < log.Count; i++)
            {
                if (log.EntryAt(i).Message.IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
