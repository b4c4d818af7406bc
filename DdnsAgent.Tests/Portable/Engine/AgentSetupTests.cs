#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Dyndns2;
using DdnsAgent.Engine;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Engine
{
    [TestClass]
    public class AgentSetupTests
    {
        private const string V4 = "81.2.69.160";
        private const string V6 = "2a02:1234::5";

        // server.dual-stack as typed or stored, the style the custom endpoint gets, and the requests an
        // update of both families needs.
        private static readonly string[] Names = new string[] { null, "per-family", "combined", "separate", "Combined" };

        private static readonly DualStackStyle[] Styles = new DualStackStyle[]
        {
            DualStackStyle.OneRequestPerFamily,
            DualStackStyle.OneRequestPerFamily,
            DualStackStyle.CombinedMyIp,
            DualStackStyle.SeparateMyIpV6,
            DualStackStyle.CombinedMyIp,
        };

        private static readonly int[] RequestsForBoth = new int[] { 2, 2, 1, 1, 1 };

        [TestMethod]
        public void ACustomServerGetsTheChosenDualStackStyle()
        {
            RequestFamilies[] plan = new RequestFamilies[RequestPlanner.MaxRequests];
            for (int i = 0; i < Names.Length; i++)
            {
                string name = Names[i] == null ? "(not set)" : Names[i];
                AgentSetup setup = Create(Custom(Names[i]));
                Assert.AreEqual((int)Styles[i], (int)Builder(setup).Endpoint.Style, name);
                Assert.AreEqual(RequestsForBoth[i], RequestPlanner.Plan(Builder(setup).Endpoint.Style, true, true, plan), name);
            }
        }

        [TestMethod]
        public void TheChosenStyleShapesTheRequest()
        {
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=" + V4 + "," + V6, BothFamilies(Create(Custom("combined"))));
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=" + V4 + "&myipv6=" + V6, BothFamilies(Create(Custom("separate"))));
        }

        [TestMethod]
        public void APresetKeepsItsOwnStyle()
        {
            Settings s = Custom(null);
            s.Provider = "desec";
            Assert.AreEqual((int)DualStackStyle.SeparateMyIpV6, (int)Builder(Create(s)).Endpoint.Style, "desec");
            s.Provider = "he";
            Assert.AreEqual((int)DualStackStyle.OneRequestPerFamily, (int)Builder(Create(s)).Endpoint.Style, "he");
        }

        [TestMethod]
        public void AnUnknownStyleIsAProblemNamingTheChoices()
        {
            AgentSetup setup;
            string problem;
            Assert.IsFalse(AgentSetup.TryCreate(Custom("both"), "Test", Vocabulary.DeviceConsole, out setup, out problem));
            Assert.IsNull(setup);
            Assert.AreEqual("server.dual-stack: 'both' is not valid; use per-family (one request per family, each with myip), combined (myip=V4,V6) or separate (myip=V4 and myipv6=V6)", problem);
        }

        [TestMethod]
        public void TheStyleCountsInTheFingerprintButNotItsSpelling()
        {
            uint unset = Create(Custom(null)).Fingerprint;
            Assert.AreEqual(unset, Create(Custom("per-family")).Fingerprint, "per-family is the default");
            Assert.AreEqual(Create(Custom("combined")).Fingerprint, Create(Custom("COMBINED")).Fingerprint, "letter case");
            Assert.AreNotEqual(unset, Create(Custom("combined")).Fingerprint, "combined");
            Assert.AreNotEqual(unset, Create(Custom("separate")).Fingerprint, "separate");
            Assert.AreNotEqual(Create(Custom("combined")).Fingerprint, Create(Custom("separate")).Fingerprint, "combined and separate");
        }

        private static Settings Custom(string dualStack)
        {
            Settings s = new Settings();
            s.Provider = "custom";
            s.ServerUrl = "https://dyn.example.net/nic/update";
            s.ServerDualStack = dualStack;
            s.Username = "user";
            s.Password = "secret";
            s.Hostnames = new string[] { "home.example.org" };
            s.IPv6 = true;
            return s;
        }

        private static AgentSetup Create(Settings s)
        {
            AgentSetup setup;
            string problem;
            Assert.IsTrue(AgentSetup.TryCreate(s, "Test", Vocabulary.DeviceConsole, out setup, out problem), problem);
            return setup;
        }

        // The setup holds the protocol its provider names; for these providers, dyndns2.
        private static UpdateRequestBuilder Builder(AgentSetup setup)
        {
            Assert.AreEqual(Dyndns2Protocol.Name, setup.ProtocolName);
            return ((Dyndns2Protocol)setup.Protocol).Builder;
        }

        private static string BothFamilies(AgentSetup setup)
        {
            HttpRequest request = new HttpRequest();
            string error;
            Assert.IsTrue(Builder(setup).TryBuild(request, 0, 1, TestText.Ip(V4), TestText.Ip(V6), out error), error);
            return request.TargetText();
        }
    }
}
