using System;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Http;
using DdnsAgent.Status;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>Reflectors that lie, babble or disagree: the agent sends nothing it is not sure of, and says why.</summary>
    [TestClass]
    public sealed class DetectionScenarios
    {
        [TestMethod]
        public async Task GarbageFromTheReflectorSendsNothingUntilItAnswersProperly()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Reflector.ServeFault(ScenarioRig.IPv4Path, ServerFault.Garbage(300));
            rig.Boot(OnlyReflector(rig, ScenarioRig.IPv4Path));

            rig.RunFor(3600);

            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count, "nothing reaches the provider");
            Assert.IsTrue(rig.Reflector.RequestCount(ScenarioRig.IPv4Path) >= 10, "the agent kept asking");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            StringAssert.Contains(rig.Status(), "detection problem: IPv4: 127.0.0.1 did not answer with an IP address\r\n");
            StringAssert.Contains(string.Join("\n", rig.Events), "detection failed, nothing sent: IPv4: 127.0.0.1 did not answer with an IP address");

            rig.Reflector.Serve(ScenarioRig.IPv4Path, ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            rig.RunFor(600);
            Assert.AreEqual(1, rig.UpdateRequests, "sent once the reflector makes sense");
            Assert.AreEqual(LedState.AllGood, rig.Led);
            Assert.IsFalse(rig.Status().Contains("detection problem"), "the problem is cleared");
        }

        [TestMethod]
        [DataRow(TestAddresses.PrivateIPv4, ReflectorFormat.PlainText)]
        [DataRow(TestAddresses.PrivateIPv4, ReflectorFormat.Json)]
        [DataRow(TestAddresses.CarrierGradeNatIPv4, ReflectorFormat.CheckIpHtml)]
        [DataRow(TestAddresses.Loopback, ReflectorFormat.PlainTextNoNewline)]
        [DataRow("10.0.0.1", ReflectorFormat.PlainText)]
        [DataRow("0.0.0.0", ReflectorFormat.PlainText)]
        public async Task APrivateAddressFromTheReflectorIsNeverSent(string address, ReflectorFormat format)
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Reflector.Serve(ScenarioRig.IPv4Path, format, address);
            rig.Boot(OnlyReflector(rig, ScenarioRig.IPv4Path));

            rig.RunFor(3600);
            StringAssert.Contains(rig.Command("update --force"), "nothing sent: no public address was detected");

            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count, address + " must not reach the provider");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            StringAssert.Contains(rig.Status(), "detection problem: IPv4: 127.0.0.1 answered an address that is not public\r\n");
        }

        [TestMethod]
        public async Task APrivateInterfaceAddressIsPassedOverForTheReflectorsPublicOne()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Network.SetInterfaceAddress(TestAddresses.PrivateIPv4);
            Settings settings = rig.DefaultSettings();
            settings.IpSource = "auto";
            rig.Boot(settings);

            rig.Tick();

            Assert.AreEqual(1, rig.UpdateRequests);
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=81.2.69.160", rig.Emulator.Exchanges[0].PathAndQuery);
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
        }

        [TestMethod]
        public async Task ReflectorsThatDisagreeStopTheUpdateWhenAgreementIsRequired()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Reflector.Serve("/a", ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            rig.Reflector.Serve("/b", ReflectorFormat.Json, TestAddresses.OtherPublicIPv4);
            Settings settings = rig.DefaultSettings();
            settings.Reflectors = new[] { rig.ReflectorUrl("/a"), rig.ReflectorUrl("/b") };
            settings.RequireAgreement = true;
            rig.Boot(settings);

            rig.RunFor(3600);

            Assert.AreEqual(0, rig.Emulator.Server.Requests.Count, "no update while the reflectors disagree");
            Assert.IsTrue(rig.Reflector.RequestCount("/b") >= 10, "both reflectors were asked at every check");
            Assert.AreEqual(LedState.WaitingToRetry, rig.Led);
            string problem = rig.Status();
            StringAssert.Contains(problem, "detection problem: IPv4: ");
            StringAssert.Contains(problem, TestAddresses.PublicIPv4);
            StringAssert.Contains(problem, TestAddresses.OtherPublicIPv4);

            rig.Reflector.Serve("/b", ReflectorFormat.Json, TestAddresses.PublicIPv4);
            rig.RunFor(600);
            Assert.AreEqual(1, rig.UpdateRequests, "sent once they agree");
            Assert.AreEqual("/nic/update?hostname=home.example.org&myip=81.2.69.160", rig.Emulator.Exchanges[0].PathAndQuery);
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
        }

        [TestMethod]
        public async Task AHangingReflectorIsGivenUpOnAndTheNextOneAsked()
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Reflector.ServeFault("/slow", ServerFault.Hang(TimeSpan.FromSeconds(20)));
            rig.Transport.TimeoutCapMilliseconds = 1000; // the agent asks for 10 s; the real transport enforces this
            Settings settings = rig.DefaultSettings();
            settings.Reflectors = new[] { rig.ReflectorUrl("/slow"), rig.ReflectorUrl(ScenarioRig.IPv4Path) };
            rig.Boot(settings);

            rig.Tick();

            Assert.AreEqual(1, rig.UpdateRequests, "the second reflector's answer was used");
            Assert.AreEqual(10000, rig.Transport.Calls[0].RequestedTimeoutMilliseconds, "a reflector gets 10 s");
            Assert.AreEqual(TransportFailure.Timeout, rig.Transport.Calls[0].Failure);
            Assert.AreEqual(LedState.AllGood, rig.Led);
        }

        private static Settings OnlyReflector(ScenarioRig rig, string path)
        {
            Settings settings = rig.DefaultSettings();
            settings.Reflectors = new[] { rig.ReflectorUrl(path) };
            return settings;
        }
    }
}
