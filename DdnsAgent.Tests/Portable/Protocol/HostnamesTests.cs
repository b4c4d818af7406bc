#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Protocol
{
    [TestClass]
    public class HostnamesTests
    {
        private static readonly string[] Good =
        {
            "home.example.org", "all.dnsomatic.com", "a.b", "xn--bcher-kva.example", "h-1.Example.ORG",
        };

        private static readonly string[] Bad =
        {
            null, "", "localhost", "home.example.org.", ".example.org", "a..b", "bad name.org", "b\u00fccher.example",
            "a,b.example.org", "host.example.org/x", "host%2C.example.org", "_acme.example.org", "-home.example.org", "home-.example.org",
        };

        [TestMethod]
        public void AcceptsFullyQualifiedAsciiNames()
        {
            foreach (string name in Good)
            {
                Assert.IsNull(Hostnames.Problem(name), name);
            }
        }

        [TestMethod]
        public void RefusesEverythingElseWithAReason()
        {
            foreach (string name in Bad)
            {
                Assert.IsNotNull(Hostnames.Problem(name), "accepted: " + name);
            }

            string label = "";
            for (int i = 0; i < 64; i++)
            {
                label += "a";
            }

            Assert.IsNotNull(Hostnames.Problem(label + ".example.org"), "64-character label");
            Assert.IsNull(Hostnames.Problem(label.Substring(1) + ".example.org"), "63-character label");

            string longName = "";
            while (longName.Length < 260)
            {
                longName += "abcdefghi.";
            }

            Assert.IsNotNull(Hostnames.Problem(longName + "org"), "longer than 253");
        }
    }
}
