#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Protocol
{
    /// <summary>The table of every code by stored value, and the agent's own rows.</summary>
    [TestClass]
    public class ResultCodeTests
    {
        [TestMethod]
        public void EveryValueFindsItsOwnRowAndNoOther()
        {
            int found = 0;
            for (int value = 0; value <= 255; value++)
            {
                ResultCode code = ResultCode.Find(value);
                if (code != null)
                {
                    found++;
                    Assert.AreEqual(value, (int)code.Value, "row found under another value");
                    Assert.IsTrue(value <= ResultCode.MaxValue, "value " + value.ToString() + " is above the maximum");
                }
            }

            Assert.AreEqual(ResultCode.Count, found);
            Assert.IsNull(ResultCode.Find(-1));
            Assert.IsNull(ResultCode.Find(ResultCode.MaxValue + 1));
        }

        [TestMethod]
        public void TheAgentsOwnRowsKeepTheirStoredValues()
        {
            // 0 and 18 were written by every earlier version: they must keep their meaning.
            Assert.AreSame(ResultCode.None, ResultCode.Find(0));
            Assert.AreSame(ResultCode.Unknown, ResultCode.Find(18));
            Assert.AreSame(ResultCode.CertificateRejected, ResultCode.Find(19));
            Assert.AreSame(ResultCode.NotSent, ResultCode.Find(20));
            Assert.AreSame(ResultCode.ServerError, ResultCode.Find(21));
            Assert.AreSame(ResultCode.Unauthorized, ResultCode.Find(22));
        }

        [TestMethod]
        public void EveryCodeExplainsItselfAndNoTwoAlike()
        {
            for (int a = 0; a <= ResultCode.MaxValue; a++)
            {
                ResultCode code = ResultCode.Find(a);
                if (code == null)
                {
                    continue;
                }

                Assert.IsTrue(code.Meaning(Vocabulary.DeviceConsole) != null && code.Meaning(Vocabulary.DeviceConsole).Length > 20, "meaning of value " + a.ToString());
                Assert.IsTrue(code.Token != null, "token of value " + a.ToString());
                Assert.IsTrue(code.MinWaitSeconds >= 0 && code.MinWaitSeconds <= 1800, "wait of value " + a.ToString());
                for (int b = 0; b < a; b++)
                {
                    ResultCode other = ResultCode.Find(b);
                    Assert.IsTrue(other == null || other.Meaning(Vocabulary.DeviceConsole) != code.Meaning(Vocabulary.DeviceConsole), "values " + b.ToString() + " and " + a.ToString() + " share a meaning");
                    Assert.IsTrue(other == null || code.Token.Length == 0 || other.Token != code.Token, "values " + b.ToString() + " and " + a.ToString() + " share a token");
                }
            }
        }

        [TestMethod]
        public void SettingsProblemsSayWhichSettingToFix()
        {
            Assert.AreEqual((int)UpdateOutcome.SettingsProblem, (int)ResultCode.CertificateRejected.Outcome);
            Assert.IsTrue(ResultCode.CertificateRejected.Meaning(Vocabulary.DeviceConsole).IndexOf("`set tls.ca -`") >= 0, ResultCode.CertificateRejected.Meaning(Vocabulary.DeviceConsole));
            Assert.IsTrue(ResultCode.CertificateRejected.Meaning(Vocabulary.DeviceConsole).IndexOf("clock") >= 0, ResultCode.CertificateRejected.Meaning(Vocabulary.DeviceConsole));
            Assert.IsTrue(ResultCode.Unauthorized.Meaning(Vocabulary.DeviceConsole).IndexOf("`set password`") >= 0, ResultCode.Unauthorized.Meaning(Vocabulary.DeviceConsole));
        }
    }
}
