#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.DnsUpdate;
using DdnsAgent.Rfc2136;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Rfc2136
{
    [TestClass]
    public class TsigKeyTests
    {
        [TestMethod]
        public void TakesWhatTsigKeygenPrints()
        {
            Assert.IsTrue(TsigKey.TryCreate("ddns-test-key.", "eT6mmIeqiWKrN5evyxtGrrYraAnPfNkE2k//WUCqkJ4=", out TsigKey key, out string problem));
            Assert.IsNull(problem);
            Assert.AreEqual("ddns-test-key.", key.Name);
        }

        [TestMethod]
        public void NeverShowsTheSecret()
        {
            Assert.IsTrue(TsigKey.TryCreate("ddns-key", TsigVectors.Secret, out TsigKey key, out _));
            Assert.AreEqual("TSIG key ddns-key", key.ToString());
        }

        [TestMethod]
        public void SaysWhatIsWrongWithoutQuotingTheSecret()
        {
            Expect.Contains(ProblemOf("bad name", TsigVectors.Secret), "the key name has a character");
            Expect.Contains(ProblemOf("", TsigVectors.Secret), "the key name is empty");
            Expect.Contains(ProblemOf("k", null), "the key secret is empty");
            Expect.Contains(ProblemOf("k", "c2VjcmV0!c2VjcmV0"), "the key secret contains a character that is not base64");
            Expect.Contains(ProblemOf("k", "c2VjcmV0c2VjcmV0"), "shorter than 16 bytes");
            Expect.Contains(ProblemOf("k", new string('A', 200)), "longer than 128 bytes");
            Assert.IsTrue(ProblemOf("k", "c2VjcmV0!c2VjcmV0").IndexOf("c2VjcmV0") < 0);
        }

        private static string ProblemOf(string name, string secret)
        {
            Assert.IsFalse(TsigKey.TryCreate(name, secret, out TsigKey key, out string problem));
            Assert.IsNull(key);
            return problem;
        }
    }
}
