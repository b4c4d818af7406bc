using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>
    /// A `once` over plain HTTP never loads OpenSSL: loading it costs a process about 4 MB of memory, and once came
    /// in through a random number that only needed the operating system's random bytes. The dynamic loader says
    /// which libraries a process loads when LD_DEBUG=libs is set (glibc), so the real program is run with it.
    /// </summary>
    [TestClass]
    public sealed class PlainHttpFootprintTests
    {
        private const string User = "alice";
        private const string Password = "plain-http-test";
        private const string Home = "home.example.org";

        [TestMethod]
        public async Task OnceOverPlainHttpNeverLoadsOpenSsl()
        {
            await using Dyndns2Emulator provider = await Dyndns2Emulator.StartPlainHttpAsync(new Dyndns2EmulatorOptions().AddAccount(User, Password, Home));
            var reflector = new ReflectorServer(provider.Server);
            reflector.Serve("/ip", ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            string folder = Path.Combine(Path.GetTempPath(), "ddns-agent-plain-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                string config = Path.Combine(folder, "ddns-agent.json");
                File.WriteAllText(config, JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["Provider"] = "custom",
                    ["ServerUrl"] = provider.UpdateUrl.ToString(),
                    ["Username"] = User,
                    ["Password"] = Password,
                    ["Hostnames"] = new[] { Home },
                    ["IPv6"] = false,
                    ["IpSource"] = "web",
                    ["Reflectors"] = new[] { reflector.Url("/ip").ToString() },
                    ["AllowPlainHttp"] = true,
                    ["StartDelaySeconds"] = 0,
                    ["ChangeDelaySeconds"] = 0,
                }));
                string[] args = { "once", "--config", config, "--state", Path.Combine(folder, "state") };

                // First the update (a new state, a new per-device id), then a check that finds nothing to do.
                for (int run = 0; run < 2; run++)
                {
                    using ChildAgent child = ChildAgent.Start(new[] { "env", "LD_DEBUG=libs" }, args);
                    int code = child.WaitForExit();
                    string output = child.Output;
                    Assert.AreEqual(0, code, output);
                    if (!output.Contains("calling init:"))
                    {
                        Assert.Inconclusive("this system's dynamic loader does not report loaded libraries (LD_DEBUG is glibc's)");
                    }

                    Assert.IsFalse(output.Contains("libssl") || output.Contains("libcrypto"), "run " + run + " loaded OpenSSL:\n" + output);
                }

                Assert.AreEqual(1, provider.Exchanges.Count, "one update, then nothing to do");
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
