#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Dyndns2
{
    [TestClass]
    public class UpdateOptionsTests
    {
        [TestMethod]
        public void KeepsTheProviderSpelling()
        {
            UpdateOptions options;
            string error;
            Assert.IsTrue(UpdateOptions.TryCreate("off", "nochg", "Yes", "no", out options, out error), error);
            Assert.AreEqual("OFF", options.Wildcard);
            Assert.AreEqual("NOCHG", options.Mx);
            Assert.AreEqual("YES", options.BackMx);
            Assert.AreEqual("NO", options.Offline);
        }

        [TestMethod]
        public void EmptyMeansLeftOut()
        {
            UpdateOptions options;
            string error;
            Assert.IsTrue(UpdateOptions.TryCreate("", null, "", null, out options, out error), error);
            Assert.IsNull(options.Wildcard);
            Assert.IsNull(options.Mx);
            Assert.IsNull(options.BackMx);
            Assert.IsNull(options.Offline);
        }

        [TestMethod]
        public void ReportsEveryBadValueWithItsKey()
        {
            UpdateOptions options;
            string error;
            Assert.IsFalse(UpdateOptions.TryCreate("maybe", "not a host", "sometimes", "NOCHG", out options, out error));
            Assert.IsNull(options);
            Assert.IsTrue(error.IndexOf("{wildcard}:") >= 0, error);
            Assert.IsTrue(error.IndexOf("{mx}:") >= 0, error);
            Assert.IsTrue(error.IndexOf("{backmx}:") >= 0, error);
            Assert.IsTrue(error.IndexOf("{offline}:") >= 0, "offline has no NOCHG: " + error);
            string file = Vocabulary.SettingsFile.Fill(error);
            Assert.IsTrue(file.IndexOf("Wildcard:") == 0 && file.IndexOf("; BackMx:") > 0, "the settings file names its keys: " + file);
        }
    }
}
