using System;
using System.Net;
using System.Net.Http;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Servers
{
    [TestClass]
    public sealed class HttpsTestServerTests
    {
        private static TestCertificateAuthority authority;
        private static TestCertificateAuthority otherAuthority;
        private static X509Certificate2 serverCertificate;

        [ClassInitialize]
        public static void CreateCertificates(TestContext context)
        {
            authority = TestCertificateAuthority.Create();
            otherAuthority = TestCertificateAuthority.Create("Some Other CA");
            serverCertificate = authority.IssueServerCertificate();
        }

        [ClassCleanup]
        public static void DisposeCertificates()
        {
            serverCertificate?.Dispose();
            otherAuthority?.Dispose();
            authority?.Dispose();
        }

        [TestMethod]
        public async Task ListensOnLoopbackOnAnOsChosenPort()
        {
            await using HttpsTestServer server = await HttpsTestServer.StartAsync(serverCertificate);

            Assert.AreEqual("https", server.BaseAddress.Scheme);
            Assert.AreEqual("127.0.0.1", server.BaseAddress.Host);
            Assert.AreNotEqual(0, server.Port);
            Assert.AreEqual(server.Port, server.BaseAddress.Port);
        }

        [TestMethod]
        public void RefusesToListenBeyondLoopback()
        {
            Assert.ThrowsExactly<ArgumentException>(() => HttpsTestServer.StartAsync(serverCertificate, IPAddress.Any).GetAwaiter().GetResult());
        }

        [TestMethod]
        public async Task RecordsEveryRequestWithItsHeaders()
        {
            await using HttpsTestServer server = await HttpsTestServer.StartAsync(serverCertificate);
            server.MapText("/hello", "hi");
            using HttpClient client = TestHttpClients.TrustingOnly(authority);
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Url("/hello?a=1&b=two"));
            request.Headers.TryAddWithoutValidation("User-Agent", "Probe/1.0");
            request.Headers.TryAddWithoutValidation("Authorization", "Basic YTpi");
            request.Headers.TryAddWithoutValidation("X-Custom", "value");

            using HttpResponseMessage response = await client.SendAsync(request);
            using HttpResponseMessage missing = await client.GetAsync(server.Url("/nothing"));

            Assert.AreEqual("hi", await response.Content.ReadAsStringAsync());
            Assert.AreEqual(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.AreEqual(2, server.Requests.Count);
            RecordedRequest first = server.Requests.Snapshot()[0];
            Assert.AreEqual("GET", first.Method);
            Assert.AreEqual("/hello", first.Path);
            Assert.AreEqual("/hello?a=1&b=two", first.PathAndQuery);
            Assert.AreEqual("Probe/1.0", first.UserAgent);
            Assert.AreEqual("Basic YTpi", first.Authorization);
            Assert.AreEqual("value", first.Header("x-custom"));
            Assert.AreEqual(IPAddress.Loopback, first.RemoteAddress);
            Assert.IsTrue(first.IsHttps);
            Assert.IsTrue(first.TlsProtocol == SslProtocols.Tls12 || first.TlsProtocol == SslProtocols.Tls13, first.TlsProtocol.ToString());
            Assert.AreEqual(1, server.Requests.CountFor("/nothing"));
        }

        [TestMethod]
        public async Task AcceptsATls12OnlyClient()
        {
            await using HttpsTestServer server = await HttpsTestServer.StartAsync(serverCertificate);
            server.MapText("/", "ok");
            var handler = new SocketsHttpHandler { UseProxy = false };
            handler.SslOptions.EnabledSslProtocols = SslProtocols.Tls12;
            handler.SslOptions.RemoteCertificateValidationCallback =
                (sender, certificate, chain, errors) => TestHttpClients.IsTrustedBy(authority.PublicCertificate, certificate, errors);
            using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };

            Assert.AreEqual("ok", await client.GetStringAsync(server.Url("/")));
            Assert.AreEqual(SslProtocols.Tls12, server.Requests.Last().TlsProtocol);
        }

        [TestMethod]
        public async Task AClientTrustingAnotherCaRefusesTheServer()
        {
            await using HttpsTestServer server = await HttpsTestServer.StartAsync(serverCertificate);
            server.MapText("/", "ok");
            using HttpClient client = TestHttpClients.TrustingOnly(otherAuthority);

            HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(server.Url("/")));

            Assert.IsInstanceOfType<AuthenticationException>(error.InnerException);
            Assert.AreEqual(0, server.Requests.Count, "no request goes through a refused handshake");
        }

        [TestMethod]
        public async Task PlainHttpServesWithoutTls()
        {
            await using HttpsTestServer server = await HttpsTestServer.StartPlainHttpAsync();
            server.MapText("/", "plain");
            using HttpClient client = TestHttpClients.Plain();

            Assert.AreEqual("plain", await client.GetStringAsync(server.Url("/")));
            Assert.AreEqual("http", server.BaseAddress.Scheme);
            Assert.IsFalse(server.Requests.Last().IsHttps);
            Assert.AreEqual(SslProtocols.None, server.Requests.Last().TlsProtocol);
        }

        [TestMethod]
        public async Task ListensOnIPv6LoopbackWhenAsked()
        {
            if (!System.Net.Sockets.Socket.OSSupportsIPv6)
            {
                Assert.Inconclusive("no IPv6 on this machine");
            }
            await using HttpsTestServer server = await HttpsTestServer.StartAsync(serverCertificate, IPAddress.IPv6Loopback);
            server.MapText("/", "six");
            using HttpClient client = TestHttpClients.TrustingOnly(authority);

            Assert.AreEqual("six", await client.GetStringAsync(server.Url("/")));
            Assert.AreEqual(IPAddress.IPv6Loopback, server.Requests.Last().RemoteAddress);
        }

        [TestMethod]
        public async Task StopReleasesThePort()
        {
            HttpsTestServer server = await HttpsTestServer.StartPlainHttpAsync();
            server.MapText("/", "up");
            Uri url = server.Url("/");
            using HttpClient client = TestHttpClients.Plain(TimeSpan.FromSeconds(5));
            Assert.AreEqual("up", await client.GetStringAsync(url));

            await server.StopAsync();
            await server.StopAsync();

            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(url));
        }

        [TestMethod]
        public async Task WaitForCountReturnsWhenTheRequestArrivesAndTimesOutOtherwise()
        {
            await using HttpsTestServer server = await HttpsTestServer.StartPlainHttpAsync();
            server.MapText("/", "x");
            using HttpClient client = TestHttpClients.Plain();

            Assert.IsFalse(await server.Requests.WaitForCountAsync(1, TimeSpan.FromMilliseconds(50)));
            Task<bool> waiting = server.Requests.WaitForCountAsync(2, TimeSpan.FromSeconds(5));
            await client.GetStringAsync(server.Url("/"));
            await client.GetStringAsync(server.Url("/"));

            Assert.IsTrue(await waiting);
        }
    }
}
