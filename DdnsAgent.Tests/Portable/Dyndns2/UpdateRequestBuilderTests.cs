#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Dyndns2;
using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Tests.Support;

namespace DdnsAgent.Tests.Dyndns2
{
    [TestClass]
    public class UpdateRequestBuilderTests
    {
        private const string V4 = "93.184.216.34";
        private const string V6 = "2a01:4f8:1:2::3";

        [TestMethod]
        public void JoinsHostnamesWithRawCommas()
        {
            var builder = Builder("dyn", UpdateOptions.None, "a.example.org", "b-2.example.org", "c3.example.org");
            Assert.AreEqual("/v3/update?hostname=a.example.org,b-2.example.org,c3.example.org&myip=" + V4, Build(builder, 0, 3, TestText.Ip(V4), IpAddress.None));
            Assert.AreEqual("/v3/update?hostname=b-2.example.org,c3.example.org&myip=" + V4, Build(builder, 1, 2, TestText.Ip(V4), IpAddress.None));
        }

        [TestMethod]
        public void AppendsTheOptionalParametersInOrder()
        {
            UpdateOptions options;
            string error;
            Assert.IsTrue(UpdateOptions.TryCreate("on", "mail.example.org", "no", "YES", out options, out error), error);
            var builder = Builder("dyn", options, "home.example.org");
            Assert.AreEqual("/v3/update?hostname=home.example.org&myip=" + V4 + "&wildcard=ON&mx=mail.example.org&backmx=NO&offline=YES",
                Build(builder, 0, 1, TestText.Ip(V4), IpAddress.None));

            Assert.IsTrue(UpdateOptions.TryCreate("nochg", "NoChg", "NOCHG", null, out options, out error), error);
            builder = Builder("ovh", options, "home.example.org");
            Assert.AreEqual("/nic/update?system=dyndns&hostname=home.example.org&myip=" + V4 + "&wildcard=NOCHG&mx=NOCHG&backmx=NOCHG",
                Build(builder, 0, 1, TestText.Ip(V4), IpAddress.None));
        }

        [TestMethod]
        public void EmptySettingsTextsAreLeftOutOfTheRequest()
        {
            // The validator treats "" as not set; the request side must too: never "wildcard=" or an empty agent.
            UpdateOptions options;
            string error;
            Assert.IsTrue(UpdateOptions.TryCreate("", "", "", "", out options, out error), error);
            UpdateEndpoint endpoint;
            Assert.IsTrue(UpdateEndpoint.TryFromUrl("https://dyn.example.net/nic/update?", "user", "pass", "", DualStackStyle.CombinedMyIp, out endpoint, out error), error);
            var builder = new UpdateRequestBuilder(endpoint, options);
            Assert.IsTrue(builder.TryPrepareHosts(new[] { "home.example.org" }, out error), error);
            var request = new HttpRequest();
            Assert.IsTrue(builder.TryBuild(request, 0, 1, TestText.Ip(V4), IpAddress.None, out error), error);
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=" + V4, request.TargetText());
            Assert.AreEqual(AgentIdentity.DefaultUserAgent, request.UserAgent);

            Assert.AreEqual("/v3/update?hostname=home.example.org&myip=" + V4, Build(Builder("dyn", options, "home.example.org"), 0, 1, TestText.Ip(V4), IpAddress.None));
        }

        [TestMethod]
        public void TwentyHostsFitOneRequestAndTheTwentyFirstDoesNot()
        {
            var names = new string[25];
            string expected = "/v3/update?hostname=";
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = "host" + i.ToString() + ".example.org";
                if (i < 20)
                {
                    expected += (i > 0 ? "," : "") + names[i];
                }
            }

            var builder = Builder("dyn", UpdateOptions.None, names);
            Assert.AreEqual(20, builder.MaxHostsPerRequest);
            Assert.AreEqual(expected + "&myip=" + V4, Build(builder, 0, 20, TestText.Ip(V4), IpAddress.None));

            var request = new HttpRequest();
            string error;
            Assert.IsFalse(builder.TryBuild(request, 0, 21, TestText.Ip(V4), IpAddress.None, out error));
            Assert.AreEqual(0, request.TargetLength);
            Assert.IsTrue(builder.TryBuild(request, 20, 5, TestText.Ip(V4), IpAddress.None, out error), error);
            Assert.IsFalse(builder.TryBuild(request, 21, 5, TestText.Ip(V4), IpAddress.None, out error), "past the last host");
            Assert.IsFalse(builder.TryBuild(request, -1, 1, TestText.Ip(V4), IpAddress.None, out error), "negative first");
            Assert.IsFalse(builder.TryBuild(request, 0, 0, TestText.Ip(V4), IpAddress.None, out error), "no host");
        }

        [TestMethod]
        public void OneHostPerRequestWhereTheCredentialsNameOneRecord()
        {
            var builder = Builder("he", UpdateOptions.None, "home.example.org", "nas.example.org");
            var request = new HttpRequest();
            string error;
            Assert.IsFalse(builder.TryBuild(request, 0, 2, TestText.Ip(V4), IpAddress.None, out error));
            Assert.IsTrue(builder.TryBuild(request, 1, 1, TestText.Ip(V4), IpAddress.None, out error), error);
            Assert.AreEqual("/nic/update?hostname=nas.example.org&myip=" + V4, request.TargetText());
            Assert.AreEqual("Basic bmFzLmV4YW1wbGUub3JnOnBhc3M=", request.Authorization, "the hostname is the user name");
            Assert.IsTrue(builder.TryBuild(request, 0, 1, IpAddress.None, TestText.Ip(V6), out error), error);
            Assert.AreEqual("Basic aG9tZS5leGFtcGxlLm9yZzpwYXNz", request.Authorization);
        }

        [TestMethod]
        public void SetsTheUpdateTimeoutWhateverTheSharedRequestHeld()
        {
            var builder = Builder("dyn", UpdateOptions.None, "home.example.org");
            var request = new HttpRequest();
            request.TimeoutMilliseconds = 10000; // left behind by a reflector request on the same buffer
            string error;
            Assert.IsTrue(builder.TryBuild(request, 0, 1, TestText.Ip(V4), IpAddress.None, out error), error);
            Assert.AreEqual(UpdateRequestBuilder.UpdateTimeoutMilliseconds, request.TimeoutMilliseconds);
            Assert.AreEqual(30000, UpdateRequestBuilder.UpdateTimeoutMilliseconds);
        }

        [TestMethod]
        public void RefusesFamiliesTheEndpointCannotTakeInOneRequest()
        {
            var request = new HttpRequest();
            string error;
            Assert.IsFalse(Builder("he", UpdateOptions.None, "home.example.org").TryBuild(request, 0, 1, TestText.Ip(V4), TestText.Ip(V6), out error), "HE: one family per request");
            Assert.IsFalse(Builder("dynv6", UpdateOptions.None, "home.example.org").TryBuild(request, 0, 1, TestText.Ip(V4), TestText.Ip(V6), out error), "dynv6: IPv4 only");
            Assert.IsFalse(Builder("dynv6", UpdateOptions.None, "home.example.org").TryBuild(request, 0, 1, IpAddress.None, TestText.Ip(V6), out error), "dynv6: IPv4 only");
            Assert.IsFalse(Builder("dyn", UpdateOptions.None, "home.example.org").TryBuild(request, 0, 1, IpAddress.None, IpAddress.None, out error), "nothing to send");
        }

        [TestMethod]
        public void NeverSendsAnAddressThatIsNotPublic()
        {
            string[] privateV4 = { "10.1.2.3", "192.168.1.20", "172.16.0.1", "127.0.0.1", "100.64.0.1", "169.254.1.1", "0.0.0.0", "192.0.2.1", "224.0.0.1", "255.255.255.255" };
            string[] privateV6 = { "::1", "::", "fe80::1", "fd00::1", "2001:db8::1", "ff02::1" };
            var builder = Builder("dyn", UpdateOptions.None, "home.example.org");
            var request = new HttpRequest();
            string error;
            foreach (string text in privateV4)
            {
                Assert.IsFalse(builder.TryBuild(request, 0, 1, TestText.Ip(text), IpAddress.None, out error), text);
                Assert.IsNotNull(error, text);
                Assert.AreEqual(0, request.TargetLength, text);
            }

            foreach (string text in privateV6)
            {
                Assert.IsFalse(builder.TryBuild(request, 0, 1, TestText.Ip(V4), TestText.Ip(text), out error), text);
            }

            Assert.IsFalse(builder.TryBuild(request, 0, 1, TestText.Ip(V6), IpAddress.None, out error), "IPv6 in the IPv4 slot");
            Assert.IsFalse(builder.TryBuild(request, 0, 1, IpAddress.None, TestText.Ip(V4), out error), "IPv4 in the IPv6 slot");
        }

        [TestMethod]
        public void ReportsOverflowInsteadOfWritingPastTheBuffer()
        {
            var builder = Builder("dyn", UpdateOptions.None, "a-rather-long-hostname.example.org");
            var request = new HttpRequest(40);
            string error;
            Assert.IsFalse(builder.TryBuild(request, 0, 1, TestText.Ip(V4), IpAddress.None, out error));
            Assert.IsNotNull(error);
            Assert.AreEqual(0, request.TargetLength);

            string target = "/v3/update?hostname=a-rather-long-hostname.example.org&myip=" + V4;
            request = new HttpRequest(target.Length);
            Assert.IsTrue(builder.TryBuild(request, 0, 1, TestText.Ip(V4), IpAddress.None, out error), "exactly fits: " + error);
            Assert.AreEqual(target, request.TargetText());
            request = new HttpRequest(target.Length - 1);
            Assert.IsFalse(builder.TryBuild(request, 0, 1, TestText.Ip(V4), IpAddress.None, out error), "one byte short");
        }

        [TestMethod]
        public void PreparingChecksEveryHostname()
        {
            UpdateEndpoint endpoint;
            string error;
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("dyn"), "user", "pass", null, out endpoint, out error), error);
            var builder = new UpdateRequestBuilder(endpoint, null);
            Assert.IsFalse(builder.TryBuild(new HttpRequest(), 0, 1, TestText.Ip(V4), IpAddress.None, out error), "not prepared");
            Assert.IsFalse(builder.TryPrepareHosts(new string[0], out error), "none");
            Assert.IsFalse(builder.TryPrepareHosts(null, out error), "null");
            var names = new[] { "home.example.org" };
            Assert.IsTrue(builder.TryPrepareHosts(names, out error), error);
            names[0] = "changed.example.org";
            Assert.AreEqual("home.example.org", builder.HostnameAt(0), "the builder keeps its own copy");

            Assert.IsFalse(builder.TryPrepareHosts(new[] { "ok.example.org", "bad name.example.org", "nodot", null }, out error));
            Assert.IsTrue(error.IndexOf("bad name.example.org") >= 0 && error.IndexOf("nodot") >= 0, "every bad name is reported: " + error);
            Assert.AreEqual(1, builder.HostCount, "a failed prepare keeps the previous hostnames");
            Assert.AreEqual("home.example.org", builder.HostnameAt(0));

            Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("inwx"), "user", "pass", null, out endpoint, out error), error);
            builder = new UpdateRequestBuilder(endpoint, UpdateOptions.None);
            Assert.IsFalse(builder.TryPrepareHosts(new[] { "a.example.org", "b.example.org" }, out error), "INWX binds the account to one name");
        }

        [TestMethod]
        public void CustomEndpointKeepsItsFixedQueryAndPort()
        {
            UpdateEndpoint endpoint;
            string error;
            Assert.IsTrue(UpdateEndpoint.TryFromUrl("https://dyn.example.net:8245/update?system=custom&", "user", "pass", "Lab - Bench - 2.1",
                DualStackStyle.SeparateMyIpV6, out endpoint, out error), error);
            var builder = new UpdateRequestBuilder(endpoint, UpdateOptions.None);
            Assert.IsTrue(builder.TryPrepareHosts(new[] { "home.example.org" }, out error), error);
            var request = new HttpRequest();
            Assert.IsTrue(builder.TryBuild(request, 0, 1, TestText.Ip(V4), TestText.Ip(V6), out error), error);
            Assert.AreEqual("/update?system=custom&hostname=home.example.org&myip=" + V4 + "&myipv6=" + V6, request.TargetText());
            Assert.AreEqual(8245, request.Port);
            Assert.AreEqual("dyn.example.net", request.Host);
            Assert.AreEqual("Lab - Bench - 2.1", request.UserAgent);
            Assert.AreEqual("Basic dXNlcjpwYXNz", request.Authorization);
        }

        private static string Build(UpdateRequestBuilder builder, int first, int count, IpAddress v4, IpAddress v6)
        {
            var request = new HttpRequest();
            string error;
            Assert.IsTrue(builder.TryBuild(request, first, count, v4, v6, out error), error);
            return request.TargetText();
        }

        private static UpdateRequestBuilder Builder(string id, UpdateOptions options, params string[] hostnames)
        {
            UpdateEndpoint endpoint;
            string error;
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find(id), "user", "pass", null, out endpoint, out error), error);
            var builder = new UpdateRequestBuilder(endpoint, options);
            Assert.IsTrue(builder.TryPrepareHosts(hostnames, out error), error);
            return builder;
        }
    }
}
