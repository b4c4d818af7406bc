using System.Collections.Generic;
using System.Threading.Tasks;
using DdnsAgent.Tests.Cli;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Bind
{
    /// <summary>`ddns-agent once` as the program composes itself (HostAgent, the host's DNS transport, the real clock) over RFC 2136 against the real BIND.</summary>
    [TestClass]
    public sealed class Rfc2136CommandTests
    {
        [TestMethod]
        public async Task OnceWritesTheZoneAndReportsThatDnsAnswersIt()
        {
            BindServer bind = BindServer.Require();
            await using CliRig rig = await CliRig.StartAsync();
            string name = bind.UniqueName("once").TrimEnd('.');
            rig.WriteConfig(null, settings => Rfc2136(settings, bind, name, bind.KeySecret));

            ProgramRun first = rig.Run("once");
            Assert.AreEqual(0, first.ExitCode, first.ToString());
            StringAssert.Contains(first.Output, "updated: the provider answered \"NOERROR\"");
            StringAssert.Contains(first.Output, "  " + name + " IPv4 published: yes (as of ");
            CollectionAssert.AreEqual(new[] { TestAddresses.PublicIPv4 }, bind.Dig(name, "A"));
            Assert.AreEqual(0, rig.UpdateRequests, "nothing went to the dyndns2 provider");
            Assert.IsFalse(first.AllText.Contains(bind.KeySecret), "the key secret was printed: " + first);

            ProgramRun second = rig.Run("once");
            Assert.AreEqual(0, second.ExitCode, second.ToString());
            StringAssert.Contains(second.Output, "nothing sent: the registered addresses are current");
        }

        [TestMethod]
        public async Task OnceWithAWrongSecretHaltsWithoutShowingIt()
        {
            BindServer bind = BindServer.Require();
            await using CliRig rig = await CliRig.StartAsync();
            string name = bind.UniqueName("once-badsig").TrimEnd('.');
            rig.WriteConfig(null, settings => Rfc2136(settings, bind, name, bind.OtherKeySecret));

            ProgramRun run = rig.Run("once");
            Assert.AreEqual(4, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, "updates stay halted");
            StringAssert.Contains(run.AllText, "BADSIG");
            Assert.IsFalse(run.AllText.Contains(bind.OtherKeySecret), "the key secret was printed: " + run);
            Assert.AreEqual(0, bind.Dig(name, "A").Length);
        }

        [TestMethod]
        public async Task ASettingsFileWithABadSecretIsRefusedWithoutEchoingIt()
        {
            await using CliRig rig = await CliRig.StartAsync();
            const string secret = "not*base64*but*secret";
            rig.WriteConfig(null, settings =>
            {
                Rfc2136(settings, "192.0.2.53", 53, "example.org", "key.example.org", "home.example.net", secret);
                settings["Username"] = "alice";
            });

            ProgramRun run = rig.Run("once");
            Assert.AreEqual(1, run.ExitCode, run.ToString());
            StringAssert.Contains(run.AllText, "DnsKeySecret: contains a character that is not base64");
            StringAssert.Contains(run.AllText, "Hostnames: 'home.example.net' is not in the zone example.org (DnsZone)");
            StringAssert.Contains(run.AllText, "Username: is not used with provider rfc2136, which signs its updates with the TSIG key; remove `\"Username\"`");
            Assert.IsFalse(run.AllText.Contains(secret), "the secret was echoed: " + run);
        }

        private static void Rfc2136(Dictionary<string, object> settings, BindServer bind, string name, string secret)
        {
            Rfc2136(settings, bind.Address, bind.Port, bind.Zone, bind.KeyName, name, secret);
        }

        private static void Rfc2136(Dictionary<string, object> settings, string server, int port, string zone, string keyName, string name, string secret)
        {
            settings.Remove("ServerUrl");
            settings.Remove("Username");
            settings.Remove("Password");
            settings["Provider"] = "rfc2136";
            settings["Hostnames"] = new[] { name };
            settings["DnsServer"] = server;
            settings["DnsPort"] = port;
            settings["DnsZone"] = zone;
            settings["DnsKeyName"] = keyName;
            settings["DnsKeySecret"] = secret;
        }
    }
}
