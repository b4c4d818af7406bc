using System;
using System.Diagnostics;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>The injected faults, as a client sees them, through the dyndns2 emulator.</summary>
    [TestClass]
    public sealed class ServerFaultTests
    {
        private const string Home = "home.example.org";
        private const string Query = "?hostname=" + Home + "&myip=" + TestAddresses.PublicIPv4;


        private static Task<Dyndns2Emulator> Start()
        {
            return Dyndns2Emulator.StartAsync(SharedTestCertificates.ServerCertificate, new Dyndns2EmulatorOptions().AddAccount("alice", "pw", Home));
        }

        private static HttpRequestMessage Request(Dyndns2Emulator emulator)
        {
            return Dyndns2Requests.Build(emulator.UpdateUrl, Query, "alice", "pw");
        }

        [TestMethod]
        public async Task ForcedCodesAreServedVerbatimWithTheirStatus()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Text("dnserr"));
            emulator.InjectFault(ServerFault.Text("!donator"));
            emulator.InjectFault(ServerFault.Text("something new", 200));
            emulator.InjectFault(ServerFault.Status(503));
            emulator.InjectFault(ServerFault.Empty());
            Assert.AreEqual(5, emulator.Faults.Pending);
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            string[] seen = new string[6];
            for (int i = 0; i < seen.Length; i++)
            {
                seen[i] = (await Dyndns2Requests.SendAsync(client, emulator.UpdateUrl, Query, "alice", "pw")).ToString();
            }

            CollectionAssert.AreEqual(
                new[] { "200 'dnserr'", "200 '!donator'", "200 'something new'", "503 ''", "200 ''", "200 'good " + TestAddresses.PublicIPv4 + "'" },
                seen);
        }

        [TestMethod]
        public async Task GarbageIsNotText()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Garbage(300));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            using HttpResponseMessage response = await client.SendAsync(Request(emulator));
            byte[] body = await response.Content.ReadAsByteArrayAsync();

            Assert.AreEqual(300, body.Length);
            Assert.AreEqual(0xFF, body[0], "0xFF never appears in UTF-8");
        }

        [TestMethod]
        public async Task OversizedBodyIsOneMegabyteStartingLikeAnAnswer()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Oversized());
            emulator.InjectFault(ServerFault.Oversized(declareLength: false));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            using HttpResponseMessage declared = await client.SendAsync(Request(emulator));
            string declaredBody = await declared.Content.ReadAsStringAsync();
            using HttpResponseMessage chunked = await client.SendAsync(Request(emulator));
            string chunkedBody = await chunked.Content.ReadAsStringAsync();

            Assert.AreEqual(1 << 20, declared.Content.Headers.ContentLength);
            Assert.AreEqual(1 << 20, declaredBody.Length);
            Assert.IsTrue(declaredBody.StartsWith("good " + TestAddresses.PublicIPv4 + "\n", StringComparison.Ordinal));
            Assert.IsTrue(chunked.Headers.TransferEncodingChunked == true, "sent without a Content-Length");
            Assert.AreEqual(1 << 20, chunkedBody.Length);
        }

        [TestMethod]
        public async Task ResetDropsTheConnection()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Reset());
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(Request(emulator)));
            Assert.AreEqual("good " + TestAddresses.PublicIPv4, (await Dyndns2Requests.SendAsync(client, emulator.UpdateUrl, Query, "alice", "pw")).Body);
        }

        [TestMethod]
        public async Task HangLastsUntilTheClientGivesUp()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Hang(TimeSpan.FromSeconds(20)));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority, TimeSpan.FromMilliseconds(500));
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAsync<TaskCanceledException>(() => client.SendAsync(Request(emulator)));

            Assert.IsTrue(watch.Elapsed >= TimeSpan.FromMilliseconds(450), "gave up after " + watch.Elapsed);
            Assert.IsTrue(watch.Elapsed < TimeSpan.FromSeconds(10), "gave up after " + watch.Elapsed);
        }

        [TestMethod]
        public async Task ATestCanReleaseAHang()
        {
            await using Dyndns2Emulator emulator = await Start();
            using var release = new System.Threading.CancellationTokenSource();
            emulator.InjectFault(ServerFault.Hang(TimeSpan.FromSeconds(20), release.Token));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority, TimeSpan.FromSeconds(20));
            Task<HttpResponseMessage> pending = client.SendAsync(Request(emulator));
            Assert.IsTrue(await emulator.Server.Requests.WaitForCountAsync(1, TimeSpan.FromSeconds(5)));
            var watch = Stopwatch.StartNew();

            release.Cancel();

            await Assert.ThrowsAsync<HttpRequestException>(() => pending);
            Assert.IsTrue(watch.Elapsed < TimeSpan.FromSeconds(5), "released after " + watch.Elapsed);
        }

        [TestMethod]
        public async Task StoppingTheServerEndsAHangQuickly()
        {
            Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Hang());
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority, TimeSpan.FromSeconds(30));
            Task<HttpResponseMessage> pending = client.SendAsync(Request(emulator));
            Assert.IsTrue(await emulator.Server.Requests.WaitForCountAsync(1, TimeSpan.FromSeconds(5)));
            var watch = Stopwatch.StartNew();

            await emulator.DisposeAsync();

            await Assert.ThrowsAsync<HttpRequestException>(() => pending);
            Assert.IsTrue(watch.Elapsed < TimeSpan.FromSeconds(5), "stop took " + watch.Elapsed);
        }

        [TestMethod]
        public async Task RedirectPointsWhereItWasTold()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Redirect("http://127.0.0.1:9/nic/update"));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            using HttpResponseMessage response = await client.SendAsync(Request(emulator));

            Assert.AreEqual(302, (int)response.StatusCode);
            Assert.AreEqual(new Uri("http://127.0.0.1:9/nic/update"), response.Headers.Location);
        }

        [TestMethod]
        public async Task DelayHoldsTheNormalAnswerBack()
        {
            await using Dyndns2Emulator emulator = await Start();
            emulator.InjectFault(ServerFault.Delay(TimeSpan.FromMilliseconds(300)));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);
            var watch = Stopwatch.StartNew();

            Dyndns2Requests.Answer answer = await Dyndns2Requests.SendAsync(client, emulator.UpdateUrl, Query, "alice", "pw");

            Assert.IsTrue(watch.Elapsed >= TimeSpan.FromMilliseconds(280), "answered after " + watch.Elapsed);
            Assert.AreEqual("good " + TestAddresses.PublicIPv4, answer.Body);
            Assert.AreEqual("good " + TestAddresses.PublicIPv4, emulator.Exchanges[0].Body);
        }
    }
}
