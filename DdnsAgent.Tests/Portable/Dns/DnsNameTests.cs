#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dns;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Dns
{
    [TestClass]
    public class DnsNameTests
    {
        [TestMethod]
        public void AcceptsHostnamesWithOrWithoutTheFinalDot()
        {
            string[] good = new string[] { "home.example.org", "home.example.org.", "a", "_acme-challenge.x.y", "*.example.org", "xn--bcher-kva.example", "1.2.3.4.in-addr.arpa" };
            foreach (string name in good)
            {
                Assert.AreEqual(DnsNameError.None, DnsName.Check(name), name);
            }
        }

        [TestMethod]
        public void RefusesWhatCannotBeWrittenWithoutEscapes()
        {
            Assert.AreEqual(DnsNameError.Empty, DnsName.Check(null));
            Assert.AreEqual(DnsNameError.Empty, DnsName.Check(""));
            Assert.AreEqual(DnsNameError.Empty, DnsName.Check("."));
            Assert.AreEqual(DnsNameError.EmptyLabel, DnsName.Check("a..b"));
            Assert.AreEqual(DnsNameError.EmptyLabel, DnsName.Check(".a"));
            Assert.AreEqual(DnsNameError.EmptyLabel, DnsName.Check("a.."));
            Assert.AreEqual(DnsNameError.InvalidCharacter, DnsName.Check("a b.example"));
            Assert.AreEqual(DnsNameError.InvalidCharacter, DnsName.Check("a\\.b"));
            Assert.AreEqual(DnsNameError.InvalidCharacter, DnsName.Check("a*.example"));
            Assert.AreEqual(DnsNameError.InvalidCharacter, DnsName.Check("x.*.example"));
            Assert.AreEqual(DnsNameError.InvalidCharacter, DnsName.Check("b\u00fccher.example"));
            Assert.AreEqual(DnsNameError.LabelTooLong, DnsName.Check(new string('a', 64) + ".example"));
            Assert.AreEqual(DnsNameError.None, DnsName.Check(new string('a', 63) + ".example"));
        }

        [TestMethod]
        public void LimitsTheWholeNameTo255WireBytes()
        {
            string label = new string('a', 63);
            string longest = string.Concat(new string[] { label, ".", label, ".", label, ".", new string('b', 61) }); // 253 characters
            Assert.AreEqual(253, longest.Length);
            Assert.AreEqual(255, DnsName.WireLength(longest));
            Assert.AreEqual(DnsNameError.None, DnsName.Check(longest));
            Assert.AreEqual(DnsNameError.None, DnsName.Check(longest + "."));
            Assert.AreEqual(DnsNameError.TooLong, DnsName.Check(longest + "b"));
        }

        [TestMethod]
        public void WritesLabelsAndTheCanonicalForm()
        {
            var buffer = new byte[32];
            int length = DnsName.Write("Home.Example.", buffer, 1, false);
            Assert.AreEqual(14, length);
            Assert.AreEqual("04486f6d65074578616d706c6500", Hex.Of(buffer, 1, 14));
            Assert.AreEqual(0, (int)buffer[15]);
            length = DnsName.Write("Home.Example", buffer, 0, true);
            Assert.AreEqual("04686f6d65076578616d706c6500", Hex.Of(buffer, 0, length));
        }

        [TestMethod]
        public void FindsTheLabelsBeforeTheZone()
        {
            Assert.AreEqual(4, DnsName.PrefixLength("home.example.org", "example.org"));
            Assert.AreEqual(4, DnsName.PrefixLength("HOME.Example.Org.", "example.org."));
            Assert.AreEqual(6, DnsName.PrefixLength("a.home.example.org", "example.org"));
            Assert.AreEqual(0, DnsName.PrefixLength("example.org.", "Example.org"));
            Assert.AreEqual(-1, DnsName.PrefixLength("home.badexample.org", "example.org"));
            Assert.AreEqual(-1, DnsName.PrefixLength("example.org", "home.example.org"));
            Assert.AreEqual(-1, DnsName.PrefixLength("home.example.net", "example.org"));
            Assert.IsTrue(DnsName.IsInZone("x.example.org", "example.org."));
            Assert.IsFalse(DnsName.IsInZone("x.example.org", ""));
        }

        [TestMethod]
        public void ComparesTextNamesWithoutCaseOrFinalDot()
        {
            Assert.IsTrue(DnsName.TextEquals("Home.Example.org.", "home.example.ORG"));
            Assert.IsFalse(DnsName.TextEquals("home.example.org", "home.example.or"));
            Assert.IsFalse(DnsName.TextEquals("home", null));
            Assert.IsTrue(DnsName.TextEquals("", null));
        }

        [TestMethod]
        public void EveryErrorHasItsOwnWords()
        {
            DnsNameError[] errors = new DnsNameError[]
            {
                DnsNameError.Empty, DnsNameError.EmptyLabel, DnsNameError.LabelTooLong, DnsNameError.TooLong, DnsNameError.InvalidCharacter,
            };
            for (int i = 0; i < errors.Length; i++)
            {
                for (int j = i + 1; j < errors.Length; j++)
                {
                    Assert.AreNotEqual(DnsName.Describe(errors[i]), DnsName.Describe(errors[j]));
                }
            }
        }
    }
}
