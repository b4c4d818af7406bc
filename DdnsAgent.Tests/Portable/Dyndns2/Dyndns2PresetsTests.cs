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
    public class Dyndns2PresetsTests
    {
        private const string V4 = "93.184.216.34";
        private const string V6 = "2a01:4f8:1:2::3";
        private const string UserPass = "Basic dXNlcjpwYXNz";

        private sealed class Row
        {
            public Row(string id, string host, DualStackStyle style, int maxHosts, string authorization, params string[] targets)
            {
                Id = id;
                Host = host;
                Style = style;
                MaxHosts = maxHosts;
                Authorization = authorization;
                Targets = targets;
            }

            public string Id;
            public string Host;
            public DualStackStyle Style;
            public int MaxHosts;
            public string Authorization;

            /// <summary>The request targets for hostname home.example.org with both families enabled, in plan order.</summary>
            public string[] Targets;
        }

        // One row per preset: adding a provider means one catalog entry and one row here.
        private static readonly Row[] Rows =
        {
            new Row("dyn", "members.dyndns.org", DualStackStyle.CombinedMyIp, 20, UserPass,
                "/v3/update?hostname=home.example.org&myip=" + V4 + "," + V6),
            new Row("noip", "dynupdate.no-ip.com", DualStackStyle.CombinedMyIp, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4 + "," + V6),
            new Row("desec", "update.dedyn.io", DualStackStyle.SeparateMyIpV6, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4 + "&myipv6=" + V6),
            new Row("dynu", "api.dynu.com", DualStackStyle.SeparateMyIpV6, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4 + "&myipv6=" + V6),
            new Row("he", "dyn.dns.he.net", DualStackStyle.OneRequestPerFamily, 1, "Basic aG9tZS5leGFtcGxlLm9yZzpwYXNz",
                "/nic/update?hostname=home.example.org&myip=" + V4,
                "/nic/update?hostname=home.example.org&myip=" + V6),
            new Row("dynv6", "dynv6.com", DualStackStyle.IPv4Only, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4),
            new Row("ovh", "www.ovh.com", DualStackStyle.IPv4Only, 20, UserPass,
                "/nic/update?system=dyndns&hostname=home.example.org&myip=" + V4),
            new Row("strato", "dyndns.strato.com", DualStackStyle.IPv4Only, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4),
            new Row("freedns", "freedns.afraid.org", DualStackStyle.IPv4Only, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4),
            new Row("changeip", "nic.changeip.com", DualStackStyle.IPv4Only, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4),
            new Row("dnsomatic", "updates.dnsomatic.com", DualStackStyle.IPv4Only, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4),
            new Row("selfhost", "carol.selfhost.de", DualStackStyle.IPv4Only, 20, UserPass,
                "/nic/update?hostname=home.example.org&myip=" + V4),
            new Row("inwx", "dyndns.inwx.com", DualStackStyle.SeparateMyIpV6, 1, UserPass,
                "/nic/update?myip=" + V4 + "&myipv6=" + V6),
        };

        [TestMethod]
        public void EveryPresetHasATestRow()
        {
            Assert.AreEqual(Dyndns2Presets.Count, Rows.Length, "presets and test rows");
            for (int i = 0; i < Dyndns2Presets.Count; i++)
            {
                bool found = false;
                foreach (Row row in Rows)
                {
                    found |= row.Id == Dyndns2Presets.Get(i).Id;
                }

                Assert.IsTrue(found, "no test row for preset " + Dyndns2Presets.Get(i).Id);
            }
        }

        [TestMethod]
        public void EveryPresetBuildsItsExactRequests()
        {
            var request = new HttpRequest();
            var plan = new RequestFamilies[RequestPlanner.MaxRequests];
            foreach (Row row in Rows)
            {
                Dyndns2Preset preset = Dyndns2Presets.Find(row.Id);
                Assert.IsNotNull(preset, row.Id);
                Assert.AreEqual(row.Host, preset.Host, row.Id + ": host");
                Assert.AreEqual(443, preset.Port, row.Id + ": port");
                Assert.AreEqual(row.Style, preset.DualStack, row.Id + ": dual-stack style");
                Assert.AreEqual(row.MaxHosts, preset.MaxHostsPerRequest, row.Id + ": hosts per request");

                var builder = Builder(preset, "home.example.org");
                int count = RequestPlanner.Plan(preset.DualStack, true, preset.SupportsIPv6, plan);
                Assert.AreEqual(row.Targets.Length, count, row.Id + ": requests planned");
                for (int i = 0; i < count; i++)
                {
                    IpAddress v4 = (plan[i] & RequestFamilies.IPv4) != 0 ? TestText.Ip(V4) : IpAddress.None;
                    IpAddress v6 = (plan[i] & RequestFamilies.IPv6) != 0 ? TestText.Ip(V6) : IpAddress.None;
                    string error;
                    Assert.IsTrue(builder.TryBuild(request, 0, 1, v4, v6, out error), row.Id + ": " + error);
                    Assert.AreEqual(row.Targets[i], request.TargetText(), row.Id + ": target of request " + i.ToString());
                    Assert.IsTrue(request.Secure, row.Id + ": https");
                    Assert.AreEqual(row.Host, request.Host, row.Id + ": request host");
                    Assert.AreEqual(443, request.Port, row.Id + ": request port");
                    Assert.AreEqual(row.Authorization, request.Authorization, row.Id + ": authorization");
                    Assert.AreEqual(AgentIdentity.DefaultUserAgent, request.UserAgent, row.Id + ": user agent");
                }
            }
        }

        [TestMethod]
        public void SkipValuesKeepTheFamilyTheUserDidNotEnable()
        {
            var request = new HttpRequest();
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=" + V4 + "&myipv6=preserve", Target(request, "desec", TestText.Ip(V4), IpAddress.None));
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=preserve&myipv6=" + V6, Target(request, "desec", IpAddress.None, TestText.Ip(V6)));
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=" + V4 + "&myipv6=no", Target(request, "dynu", TestText.Ip(V4), IpAddress.None));
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=no&myipv6=" + V6, Target(request, "dynu", IpAddress.None, TestText.Ip(V6)));
            Assert.AreEqual("/nic/update?myip=" + V4, Target(request, "inwx", TestText.Ip(V4), IpAddress.None));
            Assert.AreEqual("/nic/update?myipv6=" + V6, Target(request, "inwx", IpAddress.None, TestText.Ip(V6)));
            Assert.AreEqual("/v3/update?hostname=home.example.org&myip=" + V6, Target(request, "dyn", IpAddress.None, TestText.Ip(V6)));
            Assert.AreEqual("/v3/update?hostname=home.example.org&myip=" + V4, Target(request, "dyn", TestText.Ip(V4), IpAddress.None));
        }

        [TestMethod]
        public void FindIgnoresCaseAndKnowsOnlyPresets()
        {
            Assert.AreSame(Dyndns2Presets.Find("desec"), Dyndns2Presets.Find("DeSEC"));
            Assert.AreEqual("he", Dyndns2Presets.Find("HE").Id);
            Assert.IsNull(Dyndns2Presets.Find(Dyndns2Presets.CustomId));
            Assert.IsNull(Dyndns2Presets.Find("duckdns"));
            Assert.IsNull(Dyndns2Presets.Find(""));
            Assert.IsNull(Dyndns2Presets.Find(null));
        }

        [TestMethod]
        public void PresetQuirksAreData()
        {
            Assert.IsTrue(Dyndns2Presets.Find("he").UsernameIsHostname);
            Assert.IsFalse(Dyndns2Presets.Find("inwx").SendsHostname);
            Assert.AreEqual("preserve", Dyndns2Presets.Find("desec").FamilySkipValue);
            Assert.AreEqual("no", Dyndns2Presets.Find("dynu").FamilySkipValue);
            Assert.AreEqual("system=dyndns", Dyndns2Presets.Find("ovh").FixedQuery);
            Assert.IsFalse(Dyndns2Presets.Find("dynv6").SupportsIPv6);
            for (int i = 0; i < Dyndns2Presets.Count; i++)
            {
                Dyndns2Preset preset = Dyndns2Presets.Get(i);
                Assert.IsTrue(preset.MaxHostsPerRequest >= 1 && preset.MaxHostsPerRequest <= 20, preset.Id + ": hosts per request");
                Assert.IsTrue(preset.CredentialsHint != null && preset.CredentialsHint.Length > 0, preset.Id + ": credentials hint");
                Assert.IsTrue(preset.Path.Length > 1 && preset.Path[0] == '/', preset.Id + ": path");
                for (int j = 0; j < i; j++)
                {
                    Assert.AreNotEqual(Dyndns2Presets.Get(j).Id, preset.Id, "duplicate id");
                }
            }
        }

        private static string Target(HttpRequest request, string id, IpAddress v4, IpAddress v6)
        {
            string error;
            Assert.IsTrue(Builder(Dyndns2Presets.Find(id), "home.example.org").TryBuild(request, 0, 1, v4, v6, out error), id + ": " + error);
            return request.TargetText();
        }

        private static UpdateRequestBuilder Builder(Dyndns2Preset preset, string hostname)
        {
            UpdateEndpoint endpoint;
            string error;
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(preset, "user", "pass", null, out endpoint, out error), preset.Id + ": " + error);
            var builder = new UpdateRequestBuilder(endpoint, UpdateOptions.None);
            Assert.IsTrue(builder.TryPrepareHosts(new[] { hostname }, out error), preset.Id + ": " + error);
            return builder;
        }
    }
}
