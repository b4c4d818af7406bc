using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Servers
{
    [TestClass]
    public sealed class Dyndns2EmulatorTests
    {
        private const string User = "alice";
        private const string Password = "s3cret";
        private const string Home = "home.example.org";
        private const string Office = "office.example.org";
        private const string Foreign = "bob.example.net";


        private static Dyndns2EmulatorOptions Standard()
        {
            return new Dyndns2EmulatorOptions()
                .AddAccount(User, Password, Home, Office)
                .AddAccount("bob", "other", Foreign);
        }

        private static Task<Dyndns2Emulator> Start(Dyndns2EmulatorOptions options = null)
        {
            return Dyndns2Emulator.StartAsync(SharedTestCertificates.ServerCertificate, options ?? Standard());
        }

        private static HttpClient Client(TimeSpan? timeout = null)
        {
            return TestHttpClients.TrustingOnly(SharedTestCertificates.Authority, timeout);
        }

        private static Task<Dyndns2Requests.Answer> Update(HttpClient client, Dyndns2Emulator emulator, string query,
            string user = User, string password = Password, string userAgent = Dyndns2Requests.UserAgent)
        {
            return Dyndns2Requests.SendAsync(client, emulator.UpdateUrl, query, user, password, userAgent);
        }

        [TestMethod]
        public async Task AnswersGoodThenNochgThenAbuseAfterTheNochgLimit()
        {
            var options = Standard();
            options.NochgLimit = 3;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();
            string query = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;

            Assert.AreEqual("good " + TestAddresses.PublicIPv4, (await Update(client, emulator, query)).Body);
            for (int i = 1; i <= 3; i++)
            {
                Assert.AreEqual("nochg " + TestAddresses.PublicIPv4, (await Update(client, emulator, query)).Body, "nochg #" + i);
            }
            Assert.AreEqual("abuse", (await Update(client, emulator, query)).Body);
            // Blocked for good: even a real change is refused now.
            Assert.AreEqual("abuse", (await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.OtherPublicIPv4)).Body);

            RegisteredHost host = emulator.Addresses.Find(Home);
            Assert.IsTrue(host.Blocked);
            Assert.AreEqual(1, host.GoodCount);
            Assert.AreEqual(IPAddress.Parse(TestAddresses.PublicIPv4), host.IPv4);
            Assert.AreEqual(0, emulator.Violations.Count, string.Join("\n", emulator.Violations));
        }

        [TestMethod]
        public async Task AcceptedChangesArePublishedAndARefusalIsADnsError()
        {
            var publisher = new ScriptedPublisher();
            await using Dyndns2Emulator emulator = await Start(Standard().PublishTo(publisher));
            using HttpClient client = Client();
            string query = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;

            Assert.AreEqual("good " + TestAddresses.PublicIPv4, (await Update(client, emulator, query)).Body);
            Assert.AreEqual(Home + " " + TestAddresses.PublicIPv4 + " -", publisher.Published.Single());
            Assert.AreEqual("nochg " + TestAddresses.PublicIPv4, (await Update(client, emulator, query)).Body);
            Assert.AreEqual(1, publisher.Published.Count, "nothing changed, nothing published");

            publisher.Refuse = "SERVFAIL";
            Assert.AreEqual("dnserr", (await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.OtherPublicIPv4)).Body);
            Assert.AreEqual(IPAddress.Parse(TestAddresses.PublicIPv4), emulator.Addresses.Find(Home).IPv4, "a refused change is not recorded");
            Assert.AreEqual(Home + ": SERVFAIL", emulator.PublishFailures.Single());
        }

        /// <summary>Records what it is asked to publish; refuses with <see cref="Refuse"/> when set.</summary>
        private sealed class ScriptedPublisher : IRecordPublisher
        {
            public System.Collections.Generic.List<string> Published { get; } = new System.Collections.Generic.List<string>();

            public string Refuse { get; set; }

            public bool TryPublish(string name, IPAddress ipv4, IPAddress ipv6, out string problem)
            {
                problem = Refuse;
                if (Refuse == null)
                {
                    Published.Add(name + " " + (ipv4?.ToString() ?? "-") + " " + (ipv6?.ToString() ?? "-"));
                }

                return Refuse == null;
            }
        }

        [TestMethod]
        public async Task AChangedAddressResetsTheNochgCount()
        {
            var options = Standard();
            options.NochgLimit = 2;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();
            string first = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;
            string second = "?hostname=" + Home + "&myip=" + TestAddresses.OtherPublicIPv4;

            string[] bodies =
            {
                (await Update(client, emulator, first)).Body,
                (await Update(client, emulator, first)).Body,
                (await Update(client, emulator, second)).Body,
                (await Update(client, emulator, second)).Body,
            };

            CollectionAssert.AreEqual(
                new[] { "good " + TestAddresses.PublicIPv4, "nochg " + TestAddresses.PublicIPv4, "good " + TestAddresses.OtherPublicIPv4, "nochg " + TestAddresses.OtherPublicIPv4 },
                bodies);
            Assert.IsFalse(emulator.Addresses.Find(Home).Blocked);
        }

        [TestMethod]
        public async Task AnswersBadauthWith401WithoutOrWithWrongCredentials()
        {
            await using Dyndns2Emulator emulator = await Start();
            using HttpClient client = Client();
            string query = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;

            Dyndns2Requests.Answer none = await Update(client, emulator, query, user: null);
            Dyndns2Requests.Answer wrong = await Update(client, emulator, query, password: "guess");
            Dyndns2Requests.Answer otherAccount = await Update(client, emulator, query, user: "bob", password: Password);

            foreach (Dyndns2Requests.Answer answer in new[] { none, wrong, otherAccount })
            {
                Assert.AreEqual(401, answer.StatusCode, answer.ToString());
                Assert.AreEqual("badauth", answer.Body);
            }
            Assert.IsNull(emulator.Addresses.Find(Home), "a refused request registers nothing");
        }

        [TestMethod]
        public async Task BadauthStatusIsConfigurable()
        {
            var options = Standard();
            options.BadAuthStatusCode = 200;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home, password: "guess");

            Assert.AreEqual(200, answer.StatusCode);
            Assert.AreEqual("badauth", answer.Body);
        }

        [TestMethod]
        public async Task AnswersNotfqdnForABareNameAndForAMissingHostname()
        {
            await using Dyndns2Emulator emulator = await Start();
            using HttpClient client = Client();

            Assert.AreEqual("notfqdn", (await Update(client, emulator, "?hostname=home&myip=" + TestAddresses.PublicIPv4)).Body);
            Assert.AreEqual("notfqdn", (await Update(client, emulator, "?myip=" + TestAddresses.PublicIPv4)).Body);
            Assert.AreEqual("notfqdn", (await Update(client, emulator, "?hostname=81.2.69.160&myip=" + TestAddresses.PublicIPv4)).Body);
        }

        [TestMethod]
        public async Task AnswersNumhostForMoreThanTwentyNamesAndServesTwenty()
        {
            string[] names = Enumerable.Range(1, 21).Select(i => "h" + i + ".example.org").ToArray();
            var options = new Dyndns2EmulatorOptions().AddAccount(User, Password, names);
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer tooMany = await Update(client, emulator, "?hostname=" + string.Join(",", names) + "&myip=" + TestAddresses.PublicIPv4);
            Dyndns2Requests.Answer twenty = await Update(client, emulator, "?hostname=" + string.Join(",", names.Take(20)) + "&myip=" + TestAddresses.PublicIPv4);

            Assert.AreEqual("numhost", tooMany.Body);
            string[] lines = twenty.Body.Split('\n');
            Assert.AreEqual(20, lines.Length);
            Assert.IsTrue(lines.All(l => l == "good " + TestAddresses.PublicIPv4), twenty.Body);
        }

        [TestMethod]
        public async Task AnswersBadagentForAMissingGenericOrUnversionedAgentAndForPost()
        {
            await using Dyndns2Emulator emulator = await Start();
            using HttpClient client = Client();
            string query = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;

            Assert.AreEqual("badagent", (await Update(client, emulator, query, userAgent: null)).Body, "missing");
            Assert.AreEqual("badagent", (await Update(client, emulator, query, userAgent: "curl/8.5.0")).Body, "curl");
            Assert.AreEqual("badagent", (await Update(client, emulator, query, userAgent: "Mozilla/5.0")).Body, "browser");
            Assert.AreEqual("badagent", (await Update(client, emulator, query, userAgent: "MyUpdater")).Body, "no version");
            Dyndns2Requests.Answer post = await Dyndns2Requests.SendAsync(client, emulator.UpdateUrl, query, User, Password, method: HttpMethod.Post);
            Assert.AreEqual("badagent", post.Body, "POST");

            Assert.AreEqual(5, emulator.Violations.Count, string.Join("\n", emulator.Violations));
            Assert.IsTrue(emulator.Violations[0].Contains("missing User-Agent"), emulator.Violations[0]);
            Assert.IsNull(emulator.Addresses.Find(Home));
        }

        [TestMethod]
        public async Task ABlockedAgentGetsTheQuietRefusal()
        {
            var options = Standard();
            options.BlockedUserAgents.Add("OldUpdater");
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4, userAgent: "OldUpdater/2.1");

            Assert.AreEqual("good 127.0.0.1", answer.Body);
            Assert.IsNull(emulator.Addresses.Find(Home));
        }

        [TestMethod]
        public async Task AnswersOneLinePerHostInRequestOrder()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.Addresses.Seed(Office, IPAddress.Parse(TestAddresses.PublicIPv4));
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator,
                "?hostname=" + Home + ",unknown.example.org," + Office + "," + Foreign + ",bare&myip=" + TestAddresses.PublicIPv4);

            CollectionAssert.AreEqual(
                new[] { "good " + TestAddresses.PublicIPv4, "nohost", "nochg " + TestAddresses.PublicIPv4, "!yours", "notfqdn" },
                answer.Body.Split('\n'));
            Assert.AreEqual(200, answer.StatusCode);
        }

        [TestMethod]
        public async Task CanEndTheBodyWithANewline()
        {
            var options = Standard();
            options.TrailingNewline = true;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home + "," + Office + "&myip=" + TestAddresses.PublicIPv4);

            Assert.AreEqual("good " + TestAddresses.PublicIPv4 + "\ngood " + TestAddresses.PublicIPv4 + "\n", answer.Body);
        }

        [TestMethod]
        public async Task ServesAForced911WithHttp500ThenAnswersNormally()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Code911(), times: 2);
            using HttpClient client = Client();
            string query = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;

            Dyndns2Requests.Answer first = await Update(client, emulator, query);
            Dyndns2Requests.Answer second = await Update(client, emulator, query);
            Dyndns2Requests.Answer third = await Update(client, emulator, query);

            Assert.AreEqual(500, first.StatusCode);
            Assert.AreEqual("911", first.Body);
            Assert.AreEqual("911", second.Body);
            Assert.AreEqual("good " + TestAddresses.PublicIPv4, third.Body);
            Assert.AreEqual(3, emulator.Exchanges.Count);
            Assert.IsNotNull(emulator.Exchanges[0].Fault);
            Assert.IsNull(emulator.Exchanges[2].Fault);
        }

        [TestMethod]
        public async Task AMissingMyipRegistersTheSourceAddressAndIsReported()
        {
            await using Dyndns2Emulator emulator = await Start();
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home);
            Dyndns2Requests.Answer malformed = await Update(client, emulator, "?hostname=" + Office + "&myip=81.2.69");

            Assert.AreEqual("good 127.0.0.1", answer.Body);
            Assert.AreEqual("good 127.0.0.1", malformed.Body);
            Assert.AreEqual(IPAddress.Loopback, emulator.Addresses.Get(Home, AddressFamily.InterNetwork));
            Assert.IsTrue(emulator.Exchanges.All(e => e.UsedSourceAddress));
            Assert.AreEqual(2, emulator.Violations.Count, string.Join("\n", emulator.Violations));
        }

        [TestMethod]
        public async Task CombinedStyleTakesBothFamiliesInMyip()
        {
            await using Dyndns2Emulator emulator = await Start();
            using HttpClient client = Client();
            string both = TestAddresses.PublicIPv4 + "," + TestAddresses.PublicIPv6;

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home + "&myip=" + both);
            Dyndns2Requests.Answer onlyV6Changed = await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.OtherPublicIPv6);

            Assert.AreEqual("good " + both, answer.Body);
            Assert.AreEqual("good " + TestAddresses.OtherPublicIPv6, onlyV6Changed.Body);
            Assert.AreEqual(IPAddress.Parse(TestAddresses.PublicIPv4), emulator.Addresses.Get(Home, AddressFamily.InterNetwork));
            Assert.AreEqual(IPAddress.Parse(TestAddresses.OtherPublicIPv6), emulator.Addresses.Get(Home, AddressFamily.InterNetworkV6));
        }

        [TestMethod]
        public async Task SeparateStyleTakesIPv6FromMyipv6()
        {
            var options = Standard();
            options.AddressStyle = Dyndns2AddressStyle.SeparateIPv6Parameter;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator,
                "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4 + "&myipv6=" + TestAddresses.PublicIPv6);
            Dyndns2Requests.Answer preserveV4 = await Update(client, emulator,
                "?hostname=" + Home + "&myip=preserve&myipv6=" + TestAddresses.OtherPublicIPv6);

            Assert.AreEqual("good " + TestAddresses.PublicIPv4 + "," + TestAddresses.PublicIPv6, answer.Body);
            Assert.AreEqual("good " + TestAddresses.OtherPublicIPv6, preserveV4.Body);
            Assert.AreEqual(IPAddress.Parse(TestAddresses.PublicIPv4), emulator.Addresses.Get(Home, AddressFamily.InterNetwork));
        }

        [TestMethod]
        public async Task IPv4OnlyStyleFallsBackToTheSourceForAnIPv6Myip()
        {
            var options = Standard();
            options.AddressStyle = Dyndns2AddressStyle.IPv4Only;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv6);

            Assert.AreEqual("good 127.0.0.1", answer.Body);
            Assert.IsNull(emulator.Addresses.Get(Home, AddressFamily.InterNetworkV6));
        }

        [TestMethod]
        public async Task ChecksTheOptionalParameters()
        {
            await using Dyndns2Emulator emulator = await Start();
            using HttpClient client = Client();
            string baseQuery = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;

            Assert.AreEqual("!donator", (await Update(client, emulator, baseQuery + "&offline=YES")).Body);
            Assert.AreEqual("badsys", (await Update(client, emulator, baseQuery + "&system=dynamic")).Body);
            Assert.AreEqual("badparam", (await Update(client, emulator, baseQuery + "&wildcard=MAYBE")).Body);
            Assert.AreEqual("badparam", (await Update(client, emulator, baseQuery + "&mx=mail")).Body);
            Assert.AreEqual("badparam", (await Update(client, emulator, baseQuery + "&backmx=1")).Body);
            Assert.AreEqual(4, emulator.Violations.Count, string.Join("\n", emulator.Violations));
            Assert.AreEqual("good " + TestAddresses.PublicIPv4,
                (await Update(client, emulator, baseQuery + "&system=dyndns&wildcard=NOCHG&mx=mail.example.org&backmx=NO&offline=NO")).Body);
        }

        [TestMethod]
        public async Task OfflineIsAcceptedOnAPaidAccount()
        {
            var options = Standard();
            options.AllowOffline = true;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4 + "&offline=YES");

            Assert.AreEqual("good " + TestAddresses.PublicIPv4, answer.Body);
        }

        [TestMethod]
        public async Task HurricaneElectricModeEnforcesItsOwnRules()
        {
            DateTimeOffset now = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
            var options = new Dyndns2EmulatorOptions { HurricaneElectric = true, MinimumUpdateInterval = TimeSpan.FromMinutes(5) }
                .AddHurricaneHost(Home, "key-home", RecordFamilies.IPv4)
                .AddHurricaneHost(Office, "key-office", RecordFamilies.IPv6);
            options.Clock = () => now;
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();
            string homeV4 = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;

            Assert.AreEqual("good " + TestAddresses.PublicIPv4, (await Update(client, emulator, homeV4, Home, "key-home")).Body);
            Assert.AreEqual("interval", (await Update(client, emulator, homeV4, Home, "key-home")).Body, "too soon");
            now = now.AddMinutes(6);
            Assert.AreEqual("nochg " + TestAddresses.PublicIPv4, (await Update(client, emulator, homeV4, Home, "key-home")).Body);
            now = now.AddMinutes(6);
            Assert.AreEqual("noipv4", (await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv6, Home, "key-home")).Body);
            Assert.AreEqual("noipv6", (await Update(client, emulator, "?hostname=" + Office + "&myip=" + TestAddresses.PublicIPv4, Office, "key-office")).Body);
            Assert.AreEqual("numhost", (await Update(client, emulator, "?hostname=" + Home + "," + Office, Home, "key-home")).Body);
            Dyndns2Requests.Answer wrongUser = await Update(client, emulator, "?hostname=" + Office + "&myip=" + TestAddresses.PublicIPv6, Home, "key-home");
            Assert.AreEqual("!yours", wrongUser.Body, "another record's host with this record's key");
        }

        [TestMethod]
        public async Task HurricaneElectricModeWantsTheHostAsUserName()
        {
            var options = new Dyndns2EmulatorOptions { HurricaneElectric = true }
                .AddAccount("alice", "key", Home);
            await using Dyndns2Emulator emulator = await Start(options);
            using HttpClient client = Client();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4, "alice", "key");

            Assert.AreEqual("badauth", answer.Body);
            Assert.AreEqual(401, answer.StatusCode);
        }

        [TestMethod]
        public async Task CredentialsOverPlainHttpAreAViolation()
        {
            await using Dyndns2Emulator emulator = await Dyndns2Emulator.StartPlainHttpAsync(Standard());
            using HttpClient client = TestHttpClients.Plain();

            Dyndns2Requests.Answer answer = await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4);

            Assert.AreEqual("good " + TestAddresses.PublicIPv4, answer.Body);
            Assert.AreEqual("http", emulator.UpdateUrl.Scheme);
            Assert.AreEqual(1, emulator.Violations.Count);
            Assert.IsTrue(emulator.Violations[0].Contains("credentials over plain HTTP"), emulator.Violations[0]);
        }

        [TestMethod]
        public async Task TheServerLogKeepsAuthorizationAndUserAgent()
        {
            await using Dyndns2Emulator emulator = await Start();
            using HttpClient client = Client();

            await Update(client, emulator, "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4);

            RecordedRequest request = emulator.Server.Requests.Last();
            Assert.AreEqual("GET", request.Method);
            Assert.AreEqual("/nic/update?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4, request.PathAndQuery);
            Assert.AreEqual(Dyndns2Requests.UserAgent, request.UserAgent);
            Assert.AreEqual("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(User + ":" + Password)), request.Authorization);
            Assert.AreEqual(User, emulator.Exchanges[0].User);
        }
    }
}
