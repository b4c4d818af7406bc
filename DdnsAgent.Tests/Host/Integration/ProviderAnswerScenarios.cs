using System;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Status;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>
    /// Every answer code a dyndns2 provider can give, forced on the emulator, and the agent's reaction: a hard
    /// stop halts with the right LED and sends nothing more; the rest wait at least the code's delay and then
    /// retry. Either way `status` shows the exact code the provider sent.
    /// </summary>
    [TestClass]
    public sealed class ProviderAnswerScenarios
    {
        private const int Halt = -1;

        [TestMethod]
        [DataRow("badauth", 401, LedState.HaltedConfig, Halt)]
        [DataRow("!donator", 200, LedState.HaltedConfig, Halt)]
        [DataRow("notfqdn", 200, LedState.HaltedConfig, Halt)]
        [DataRow("nohost", 200, LedState.HaltedConfig, Halt)]
        [DataRow("numhost", 200, LedState.HaltedConfig, Halt)]
        [DataRow("abuse", 200, LedState.HaltedAbuse, Halt)]
        [DataRow("badagent", 200, LedState.HaltedConfig, Halt)]
        [DataRow("badsys", 200, LedState.HaltedConfig, Halt)]
        [DataRow("!yours", 200, LedState.HaltedConfig, Halt)]
        [DataRow("good 127.0.0.1", 200, LedState.HaltedConfig, Halt)]
        [DataRow("noipv4", 200, LedState.HaltedConfig, Halt)]
        [DataRow("noipv6", 200, LedState.HaltedConfig, Halt)]
        [DataRow("dnserr", 200, LedState.WaitingToRetry, 1800)]
        [DataRow("911", 500, LedState.WaitingToRetry, 1800)]
        [DataRow("interval", 200, LedState.WaitingToRetry, 600)]
        [DataRow("Service temporarily unavailable, try later", 200, LedState.WaitingToRetry, 600)]
        public async Task TheAgentReactsToEachForcedAnswer(string body, int httpStatus, LedState led, int retrySeconds)
        {
            await using ScenarioRig rig = await ScenarioRig.StartAsync();
            rig.Emulator.InjectFault(ServerFault.Text(body, httpStatus));
            rig.Boot(rig.DefaultSettings());

            rig.Tick();

            Assert.AreEqual(1, rig.UpdateRequests);
            Assert.AreEqual(led, rig.Led);
            Assert.AreEqual(led, rig.Indicator.Current);
            string status = rig.Status();
            StringAssert.Contains(status, "last answer: HTTP " + httpStatus + " \"" + body + "\"\r\n");
            StringAssert.Contains(string.Join("\n", rig.Events), "home.example.org: " + body + ": ");
            if (retrySeconds == Halt)
            {
                StringAssert.Contains(status, "halted by: " + body + ": ");
                rig.RunFor(24 * 3600);
                Assert.AreEqual(1, rig.UpdateRequests, "a hard stop sends nothing until the user acts");
                Assert.AreEqual(led, rig.Led);
                StringAssert.Contains(rig.Command("update"), "updates are halted (" + body + ")");
                Assert.AreEqual(1, rig.UpdateRequests);
            }
            else
            {
                Assert.IsFalse(status.Contains("halted"), status);
                rig.RunFor(retrySeconds - 1);
                Assert.AreEqual(1, rig.UpdateRequests, "no retry sooner than " + retrySeconds + " s after '" + body + "'");
                StringAssert.Contains(rig.Command("update --force"), "not yet");
                Assert.AreEqual(1, rig.UpdateRequests);

                rig.RunFor((retrySeconds / 4) + 2);
                Assert.AreEqual(2, rig.UpdateRequests, "the retry is due " + retrySeconds + " s after '" + body + "', plus up to a quarter");
                Assert.AreEqual("good 81.2.69.160", rig.Emulator.Exchanges[1].Body);
                Assert.AreEqual(LedState.AllGood, rig.Led);
            }

            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
            ScenarioAssert.SecretNeverShown(rig);
        }

        /// <summary>The same codes, this time caused the way a real provider would answer them.</summary>
        [TestMethod]
        [DataRow("password", "badauth", LedState.HaltedConfig)]
        [DataRow("hostname", "nohost", LedState.HaltedConfig)]
        [DataRow("foreign", "!yours", LedState.HaltedConfig)]
        [DataRow("useragent", "badagent", LedState.HaltedConfig)]
        [DataRow("blocked", "good 127.0.0.1", LedState.HaltedConfig)]
        [DataRow("offline", "!donator", LedState.HaltedConfig)]
        public async Task TheAgentHaltsOnRealRefusals(string cause, string code, LedState led)
        {
            var provider = new Dyndns2EmulatorOptions()
                .AddAccount(ScenarioRig.User, ScenarioRig.Password, ScenarioRig.Hostname)
                .AddAccount("someone-else", "other", "theirs.example.org");
            provider.BlockedUserAgents.Add("DdnsAgent - Blocked");
            await using ScenarioRig rig = await ScenarioRig.StartAsync(provider);
            Settings settings = rig.DefaultSettings();
            switch (cause)
            {
                case "password": settings.Password = "not-the-" + ScenarioRig.Password; break;
                case "hostname": settings.Hostnames = new[] { "unknown.example.org" }; break;
                case "foreign": settings.Hostnames = new[] { "theirs.example.org" }; break;
                case "useragent": settings.UserAgent = "curl/8.5.0"; break;
                case "blocked": settings.UserAgent = "DdnsAgent - Blocked - 1.0"; break;
                case "offline": settings.Offline = "YES"; break;
                default: throw new ArgumentException(cause);
            }

            rig.Boot(settings);
            rig.RunFor(24 * 3600);

            Assert.AreEqual(1, rig.UpdateRequests, "one refused request, then silence");
            Assert.AreEqual(code, rig.Emulator.Exchanges[0].Body);
            Assert.AreEqual(led, rig.Led);
            StringAssert.Contains(rig.Status(), "halted by: " + code + ": ");
            ScenarioAssert.OnlyPublicAddressesSent(rig.Emulator);
            ScenarioAssert.SecretNeverShown(rig);
        }
    }
}
