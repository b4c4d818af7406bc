using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Servers
{
    [TestClass]
    public sealed class ReflectorServerTests
    {

        [TestMethod]
        public async Task ServesEachFormatAtItsPath()
        {
            await using ReflectorServer reflector = await ReflectorServer.StartAsync(SharedTestCertificates.ServerCertificate);
            reflector.Serve("/plain", ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            reflector.Serve("/bare", ReflectorFormat.PlainTextNoNewline, TestAddresses.PublicIPv6);
            reflector.Serve("/json", ReflectorFormat.Json, TestAddresses.PublicIPv4);
            reflector.Serve("/", ReflectorFormat.CheckIpHtml, TestAddresses.PublicIPv4);
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            Assert.AreEqual("81.2.69.160\n", await client.GetStringAsync(reflector.Url("/plain")));
            Assert.AreEqual("2a02:1234::5", await client.GetStringAsync(reflector.Url("/bare")));
            using HttpResponseMessage json = await client.GetAsync(reflector.Url("/json"));
            Assert.AreEqual("{\"ip\":\"81.2.69.160\"}", await json.Content.ReadAsStringAsync());
            Assert.AreEqual("application/json", json.Content.Headers.ContentType.MediaType);
            Assert.AreEqual(
                "<html><head><title>Current IP Check</title></head><body>Current IP Address: 81.2.69.160</body></html>\r\n",
                await client.GetStringAsync(reflector.Url("/")));
        }

        [TestMethod]
        public async Task CountsRequestsPerPath()
        {
            await using ReflectorServer reflector = await ReflectorServer.StartAsync(SharedTestCertificates.ServerCertificate);
            reflector.Serve("/a", ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            reflector.Serve("/b", ReflectorFormat.PlainText, TestAddresses.OtherPublicIPv4);
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            for (int i = 0; i < 3; i++)
            {
                await client.GetStringAsync(reflector.Url("/a"));
            }
            await client.GetStringAsync(reflector.Url("/b"));

            Assert.AreEqual(3, reflector.RequestCount("/a"));
            Assert.AreEqual(1, reflector.RequestCount("/b"));
            Assert.AreEqual(0, reflector.RequestCount("/c"));
        }

        [TestMethod]
        public async Task ServesAnyAddressTextIncludingPrivateAndJunk()
        {
            await using ReflectorServer reflector = await ReflectorServer.StartAsync(SharedTestCertificates.ServerCertificate);
            reflector.Serve("/private", ReflectorFormat.PlainText, TestAddresses.PrivateIPv4);
            reflector.Serve("/junk", ReflectorFormat.Json, "not an address");
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            Assert.AreEqual("192.168.1.20\n", await client.GetStringAsync(reflector.Url("/private")));
            Assert.AreEqual("{\"ip\":\"not an address\"}", await client.GetStringAsync(reflector.Url("/junk")));
        }

        [TestMethod]
        public async Task PermanentFaultsLastAndInjectedFaultsRunOut()
        {
            await using ReflectorServer reflector = await ReflectorServer.StartAsync(SharedTestCertificates.ServerCertificate);
            reflector.ServeFault("/limited", ServerFault.Text("rate limited", 429));
            reflector.Serve("/flaky", ReflectorFormat.PlainText, TestAddresses.PublicIPv4);
            reflector.InjectFault("/flaky", ServerFault.Status(503), times: 2);
            reflector.InjectFault("/flaky", ServerFault.Text("forbidden", 403));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority);

            for (int i = 0; i < 2; i++)
            {
                using HttpResponseMessage limited = await client.GetAsync(reflector.Url("/limited"));
                Assert.AreEqual((HttpStatusCode)429, limited.StatusCode);
            }
            HttpStatusCode[] flaky = new HttpStatusCode[4];
            for (int i = 0; i < flaky.Length; i++)
            {
                using HttpResponseMessage response = await client.GetAsync(reflector.Url("/flaky"));
                flaky[i] = response.StatusCode;
            }

            CollectionAssert.AreEqual(
                new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Forbidden, HttpStatusCode.OK },
                flaky);
            Assert.AreEqual(4, reflector.RequestCount("/flaky"));
        }

        [TestMethod]
        public async Task GarbageOversizedAndHangingAnswers()
        {
            await using ReflectorServer reflector = await ReflectorServer.StartAsync(SharedTestCertificates.ServerCertificate);
            reflector.ServeFault("/garbage", ServerFault.Garbage(64));
            reflector.ServeFault("/huge", ServerFault.Oversized(256 * 1024, TestAddresses.PublicIPv4 + "\n"));
            reflector.ServeFault("/hang", ServerFault.Hang(TimeSpan.FromSeconds(20)));
            using HttpClient client = TestHttpClients.TrustingOnly(SharedTestCertificates.Authority, TimeSpan.FromMilliseconds(500));

            Assert.AreEqual(64, (await client.GetByteArrayAsync(reflector.Url("/garbage"))).Length);
            string huge = await client.GetStringAsync(reflector.Url("/huge"));
            Assert.AreEqual(256 * 1024, huge.Length);
            Assert.IsTrue(huge.StartsWith(TestAddresses.PublicIPv4 + "\n", StringComparison.Ordinal));
            await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetStringAsync(reflector.Url("/hang")));
        }

        [TestMethod]
        public async Task AnUnconfiguredPathIsNotFound()
        {
            await using ReflectorServer reflector = await ReflectorServer.StartPlainHttpAsync();
            using HttpClient client = TestHttpClients.Plain();

            using HttpResponseMessage response = await client.GetAsync(reflector.Url("/ip"));

            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
            Assert.AreEqual(1, reflector.RequestCount("/ip"));
        }
    }
}
