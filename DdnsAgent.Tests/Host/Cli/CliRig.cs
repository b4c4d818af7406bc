using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DdnsAgent.Tests.Servers;

namespace DdnsAgent.Tests.Cli
{
    /// <summary>
    /// What the program tests run against: a dyndns2 provider and a reflector on 127.0.0.1 over HTTPS with a CA
    /// made for the test, a temporary folder with the settings file (provider "custom", the CA as a PEM file)
    /// and the state directory.
    /// </summary>
    public sealed class CliRig : IAsyncDisposable
    {
        public const string User = "alice";
        public const string Password = "Pa55-word-never-shown";
        public const string Home = "home.example.org";
        public const string ReflectorPath = "/ip";

        /// <summary>A second account whose user name and password are not ASCII (sent as UTF-8 in Basic credentials).</summary>
        public const string UnicodeUser = "j\u00fcrgen";
        public const string UnicodePassword = "p\u00e4ss w\u00f6rd \u20ac";
        public const string UnicodeHome = "nas.example.org";

        private CliRig(TestCertificateAuthority authority, Dyndns2Emulator emulator, ReflectorServer reflector)
        {
            Authority = authority;
            Emulator = emulator;
            Reflector = reflector;
            Directory = Path.Combine(Path.GetTempPath(), "ddns-agent-cli-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            ConfigFile = Path.Combine(Directory, "ddns-agent.json");
            StateDirectory = Path.Combine(Directory, "state");
            CaFile = authority.WritePemFile();
        }

        public TestCertificateAuthority Authority { get; }
        public Dyndns2Emulator Emulator { get; }
        public ReflectorServer Reflector { get; }
        public string Directory { get; }
        public string ConfigFile { get; }
        public string StateDirectory { get; }
        public string CaFile { get; }

        /// <summary>Update requests the provider received.</summary>
        public int UpdateRequests
        {
            get { return Emulator.Exchanges.Count; }
        }

        public static async Task<CliRig> StartAsync()
        {
            var authority = TestCertificateAuthority.Create();
            var certificate = authority.IssueServerCertificate();
            Dyndns2Emulator emulator = await Dyndns2Emulator.StartAsync(certificate, new Dyndns2EmulatorOptions().AddAccount(User, Password, Home).AddAccount(UnicodeUser, UnicodePassword, UnicodeHome));
            ReflectorServer reflector = await ReflectorServer.StartAsync(certificate);
            reflector.Serve(ReflectorPath, ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            var rig = new CliRig(authority, emulator, reflector);
            rig.WriteConfig(Password);
            return rig;
        }

        /// <summary>
        /// Writes the settings file; change lets a test alter the values first. The spread is off (start and change
        /// delays 0): these tests run in real time.
        /// </summary>
        public void WriteConfig(string password, Action<Dictionary<string, object>> change = null)
        {
            var settings = new Dictionary<string, object>
            {
                ["Provider"] = "custom",
                ["ServerUrl"] = Emulator.UpdateUrl.ToString(),
                ["Username"] = User,
                ["Password"] = password,
                ["Hostnames"] = new[] { Home },
                ["IPv4"] = true,
                ["IPv6"] = false,
                ["IpSource"] = "web",
                ["Reflectors"] = new[] { Reflector.Url(ReflectorPath).ToString() },
                ["CaCertificate"] = CaFile,
                ["StartDelaySeconds"] = 0,
                ["ChangeDelaySeconds"] = 0,
            };
            change?.Invoke(settings);
            File.WriteAllText(ConfigFile, JsonSerializer.Serialize(settings, new JsonSerializerOptions { WriteIndented = true }));
        }

        /// <summary>Runs `ddns-agent ARGS --config FILE --state DIR` to its end.</summary>
        public ProgramRun Run(params string[] args)
        {
            return ProgramRun.Execute(string.Empty, CancellationToken.None, WithPaths(args));
        }

        public string[] WithPaths(params string[] args)
        {
            return args.Concat(new[] { "--config", ConfigFile, "--state", StateDirectory }).ToArray();
        }

        public async ValueTask DisposeAsync()
        {
            await Emulator.DisposeAsync();
            await Reflector.DisposeAsync();
            Authority.Dispose();
            try
            {
                System.IO.Directory.Delete(Directory, true);
            }
            catch (IOException)
            {
                // Left to the temp cleaner.
            }
        }
    }
}
