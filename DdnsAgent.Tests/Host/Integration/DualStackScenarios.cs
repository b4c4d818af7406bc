using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DdnsAgent.Addressing;
using DdnsAgent.Configuration;
using DdnsAgent.Http;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using DdnsAgent.Status;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>
    /// IPv4 and IPv6 together, in each way providers take them. The presets are bound to the providers' real
    /// hosts on port 443, so the three request styles are exercised through the same parts the agent uses
    /// (UpdateEndpoint, UpdateRequestBuilder, RequestPlanner, the real transport, AnswerParser); the whole
    /// agent runs with a custom server in each style its server.dual-stack setting names.
    /// </summary>
    [TestClass]
    public sealed class DualStackScenarios
    {
        private const string V4Then = "/nic/update?hostname=home.example.org&myip=81.2.69.160";
        private const string V6Then = "/nic/update?hostname=home.example.org&myip=2a02:1234::5";

        [TestMethod]
        [DataRow(DualStackStyle.CombinedMyIp, Dyndns2AddressStyle.Combined, false, "/nic/update?hostname=home.example.org&myip=81.2.69.160,2a02:1234::5")]
        [DataRow(DualStackStyle.SeparateMyIpV6, Dyndns2AddressStyle.SeparateIPv6Parameter, false, "/nic/update?hostname=home.example.org&myip=81.2.69.160&myipv6=2a02:1234::5")]
        [DataRow(DualStackStyle.OneRequestPerFamily, Dyndns2AddressStyle.Combined, true, V4Then + "|" + V6Then)]
        public async Task EachProviderStyleRegistersBothAddresses(DualStackStyle style, Dyndns2AddressStyle serverStyle, bool hurricane, string expectedRequests)
        {
            // The emulator's Hurricane Electric interval is per host, so it would refuse the second family of the
            // same instant; Hurricane Electric documents one update per family, so the interval is turned off here.
            var provider = new Dyndns2EmulatorOptions { AddressStyle = serverStyle, HurricaneElectric = hurricane, MinimumUpdateInterval = TimeSpan.Zero };
            string user = hurricane ? ScenarioRig.Hostname : ScenarioRig.User;
            provider.AddAccount(user, ScenarioRig.Password, ScenarioRig.Hostname);
            await using ScenarioRig rig = await ScenarioRig.StartAsync(provider);
            Assert.IsTrue(UpdateEndpoint.TryFromUrl(rig.Emulator.UpdateUrl.ToString(), user, ScenarioRig.Password, "DdnsAgent - Linux - 1.0", style, out UpdateEndpoint endpoint, out string error), error);
            var builder = new UpdateRequestBuilder(endpoint, UpdateOptions.None);
            Assert.IsTrue(builder.TryPrepareHosts(new[] { ScenarioRig.Hostname }, out error), error);

            var plan = new RequestFamilies[RequestPlanner.MaxRequests];
            int requests = RequestPlanner.Plan(style, true, true, plan);
            var request = new HttpRequest();
            var response = new HttpResponse();
            var answer = new UpdateAnswer();
            for (int r = 0; r < requests; r++)
            {
                IpAddress v4 = (plan[r] & RequestFamilies.IPv4) != 0 ? Ip(TestAddresses.PublicIPv4) : IpAddress.None;
                IpAddress v6 = (plan[r] & RequestFamilies.IPv6) != 0 ? Ip(TestAddresses.PublicIPv6) : IpAddress.None;
                Assert.IsTrue(builder.TryBuild(request, 0, 1, v4, v6, out error), error);
                rig.Transport.Send(request, response);
                Assert.IsTrue(response.Succeeded, response.FailureDetail);
                AnswerParser.Parse(response.Body, response.BodyLength, answer);
                Assert.AreEqual(Dyndns2Codes.Good, answer.CodeForHost(0), answer.LineText(0));
            }

            Assert.AreEqual(expectedRequests, string.Join("|", rig.Emulator.Exchanges.Select(e => e.PathAndQuery)));
            AssertRegistered(rig, TestAddresses.PublicIPv4, TestAddresses.PublicIPv6);
            Assert.AreEqual(0, rig.Emulator.Violations.Count, string.Join("\n", rig.Emulator.Violations));
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
        }

        [TestMethod]
        [DataRow(false)]
        [DataRow(true)]
        public async Task TheAgentUpdatesBothFamiliesOfACustomServer(bool hurricane)
        {
            // The emulator's per-host interval is turned off as above; the next test meets it.
            var provider = new Dyndns2EmulatorOptions { HurricaneElectric = hurricane, MinimumUpdateInterval = TimeSpan.Zero };
            string user = hurricane ? ScenarioRig.Hostname : ScenarioRig.User;
            provider.AddAccount(user, ScenarioRig.Password, ScenarioRig.Hostname);
            await using ScenarioRig rig = await ScenarioRig.StartAsync(provider);
            rig.Boot(DualStack(rig, user));

            rig.Tick();

            Assert.AreEqual(V4Then + "|" + V6Then, string.Join("|", rig.Emulator.Exchanges.Select(e => e.PathAndQuery)));
            Assert.AreEqual("good 81.2.69.160|good 2a02:1234::5", string.Join("|", rig.Emulator.Exchanges.Select(e => e.Body)));
            AssertRegistered(rig, TestAddresses.PublicIPv4, TestAddresses.PublicIPv6);
            Assert.AreEqual(LedState.AllGood, rig.Led);
            string status = rig.Status();
            StringAssert.Contains(status, "detected IPv6: 2a02:1234::5\r\n");
            StringAssert.Contains(status, "  home.example.org IPv4 81.2.69.160, confirmed ");
            StringAssert.Contains(status, "  home.example.org IPv6 2a02:1234::5, confirmed ");

            // Only the IPv6 address changes: one request, for IPv6 alone.
            rig.Reflector.Serve(ScenarioRig.IPv6Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv6);
            rig.RunFor(3600);
            Assert.AreEqual(3, rig.UpdateRequests);
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=2a02:1234::6", rig.Emulator.Exchanges[2].PathAndQuery);
            AssertRegistered(rig, TestAddresses.PublicIPv4, TestAddresses.OtherPublicIPv6);
            Assert.AreEqual(0, rig.Emulator.Violations.Count, string.Join("\n", rig.Emulator.Violations));
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        [DataRow("combined", Dyndns2AddressStyle.Combined, "/nic/update?hostname=home.example.org&myip=81.2.69.160,2a02:1234::5",
            "/nic/update?hostname=home.example.org&myip=81.2.69.161,2a02:1234::5", "/nic/update?hostname=home.example.org&myip=81.2.69.161,2a02:1234::6")]
        [DataRow("separate", Dyndns2AddressStyle.SeparateIPv6Parameter, "/nic/update?hostname=home.example.org&myip=81.2.69.160&myipv6=2a02:1234::5",
            "/nic/update?hostname=home.example.org&myip=81.2.69.161&myipv6=2a02:1234::5", "/nic/update?hostname=home.example.org&myip=81.2.69.161&myipv6=2a02:1234::6")]
        public async Task TheAgentSendsBothFamiliesInOneRequestInTheCustomServersStyle(string dualStack, Dyndns2AddressStyle serverStyle, string expectedRequest, string afterIPv4Change, string afterIPv6Change)
        {
            var provider = new Dyndns2EmulatorOptions { AddressStyle = serverStyle }.AddAccount(ScenarioRig.User, ScenarioRig.Password, ScenarioRig.Hostname);
            await using ScenarioRig rig = await ScenarioRig.StartAsync(provider);
            Settings settings = DualStack(rig, ScenarioRig.User);
            settings.ServerDualStack = dualStack;
            rig.Boot(settings);
            Assert.IsTrue(rig.Started, string.Join("\n", rig.Events));

            rig.Tick();

            Assert.AreEqual(expectedRequest, string.Join("|", rig.Emulator.Exchanges.Select(e => e.PathAndQuery)));
            Assert.AreEqual("good 81.2.69.160,2a02:1234::5", string.Join("|", rig.Emulator.Exchanges.Select(e => e.Body)));
            AssertRegistered(rig, TestAddresses.PublicIPv4, TestAddresses.PublicIPv6);
            Assert.AreEqual(LedState.AllGood, rig.Led);
            string status = rig.Status();
            StringAssert.Contains(status, "  home.example.org IPv4 81.2.69.160, confirmed ");
            StringAssert.Contains(status, "  home.example.org IPv6 2a02:1234::5, confirmed ");
            StringAssert.Contains(rig.Command("show"), "server.dual-stack: " + dualStack + "\r\n");

            // Only one family changes at a time: the request still names both, so that a server which fills a
            // missing family from the connection's source address cannot register a wrong one.
            rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);
            rig.RunFor(3600);
            Assert.AreEqual(2, rig.UpdateRequests);
            Assert.AreEqual(afterIPv4Change, rig.Emulator.Exchanges[1].PathAndQuery);
            AssertRegistered(rig, TestAddresses.OtherPublicIPv4, TestAddresses.PublicIPv6);

            rig.Reflector.Serve(ScenarioRig.IPv6Path, ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv6);
            rig.RunFor(3600);
            Assert.AreEqual(3, rig.UpdateRequests);
            Assert.AreEqual(afterIPv6Change, rig.Emulator.Exchanges[2].PathAndQuery);
            AssertRegistered(rig, TestAddresses.OtherPublicIPv4, TestAddresses.OtherPublicIPv6);
            Assert.AreEqual(0, rig.Emulator.Violations.Count, string.Join("\n", rig.Emulator.Violations));
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
            ScenarioAssert.SecretNeverShown(rig);
        }

        [TestMethod]
        public async Task AFamilyRefusedWithIntervalIsRetriedAloneTenMinutesLater()
        {
            // With its per-host interval on, the emulator accepts IPv4 and answers `interval` to IPv6 a moment later.
            var provider = new Dyndns2EmulatorOptions { HurricaneElectric = true, MinimumUpdateInterval = TimeSpan.FromSeconds(60) }
                .AddHurricaneHost(ScenarioRig.Hostname, ScenarioRig.Password);
            await using ScenarioRig rig = await ScenarioRig.StartAsync(provider);
            rig.Boot(DualStack(rig, ScenarioRig.Hostname));

            rig.Tick();
            Assert.AreEqual("good 81.2.69.160|interval", string.Join("|", rig.Emulator.Exchanges.Select(e => e.Body)));
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);

            rig.RunFor(Dyndns2Codes.IntervalRetryDelaySeconds - 1);
            Assert.AreEqual(2, rig.UpdateRequests, "interval: at least 10 minutes");
            rig.RunFor(3600);
            Assert.AreEqual(3, rig.UpdateRequests);
            Assert.AreEqual(V6Then, rig.Emulator.Exchanges[2].PathAndQuery, "the registered IPv4 address is not sent again");
            AssertRegistered(rig, TestAddresses.PublicIPv4, TestAddresses.PublicIPv6);
            Assert.AreEqual(LedState.AllGood, rig.Led);
        }

        [TestMethod]
        public async Task AnIPv6AddressThatIsNotPublicIsLeftOutOfTheRequest()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Reflector.Serve(ScenarioRig.IPv6Path, ReflectorFormat.PlainText, TestAddresses.UniqueLocalIPv6);
            rig.Boot(DualStack(rig, ScenarioRig.User));

            rig.RunFor(3600);

            Assert.AreEqual(V4Then, string.Join("|", rig.Emulator.Exchanges.Select(e => e.PathAndQuery)), "IPv4 alone, no empty or private IPv6");
            Assert.IsNull(rig.Emulator.Addresses.Get(ScenarioRig.Hostname, AddressFamily.InterNetworkV6));
            StringAssert.Contains(rig.Status(), "detection problem: IPv6: 127.0.0.1 answered an address that is not public\r\n");
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
        }

        private static Settings DualStack(ScenarioRig rig, string user)
        {
            Settings settings = rig.DefaultSettings();
            settings.Username = user;
            settings.IPv6 = true;
            return settings;
        }

        private static void AssertRegistered(ScenarioRig rig, string ipv4, string ipv6)
        {
            Assert.AreEqual(IPAddress.Parse(ipv4), rig.Emulator.Addresses.Get(ScenarioRig.Hostname, AddressFamily.InterNetwork));
            Assert.AreEqual(IPAddress.Parse(ipv6), rig.Emulator.Addresses.Get(ScenarioRig.Hostname, AddressFamily.InterNetworkV6));
        }

        private static IpAddress Ip(string text)
        {
            Assert.IsTrue(IpAddress.TryParse(text, out IpAddress address, out AddressParseError problem), problem.ToString());
            return address;
        }
    }
}
