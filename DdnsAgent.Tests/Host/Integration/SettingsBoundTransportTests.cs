using System.Text;
using System.Threading.Tasks;
using DdnsAgent.Configuration;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Http;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>The transport follows the settings in force: their CA and their plain-HTTP consent.</summary>
    [TestClass]
    public sealed class SettingsBoundTransportTests
    {
        [TestMethod]
        public async Task TrustsTheCaOfTheSettingsInForceFromTheNextRequestOn()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.MapText("/ip", TestAddresses.PublicIPv4);
            Settings current = new Settings();
            using var transport = new SettingsBoundTransport(() => current);

            Assert.AreEqual(TransportFailure.CertificateRejected, Get(transport, server, secure: true).Failure);

            current = new Settings { CaCertificate = ca.ExportPem() };
            HttpResponse trusted = Get(transport, server, secure: true);
            Assert.AreEqual(TransportFailure.None, trusted.Failure, trusted.FailureDetail);
            Assert.AreEqual(TestAddresses.PublicIPv4, Encoding.ASCII.GetString(trusted.Body, 0, trusted.BodyLength));

            current = null;
            Assert.AreEqual(TransportFailure.CertificateRejected, Get(transport, server, secure: true).Failure, "back to the system's roots only");
        }

        [TestMethod]
        public async Task AnUnusableCaFailsEveryRequestWithTheReasonAndSendsNothing()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.MapText("/ip", TestAddresses.PublicIPv4);
            var settings = new Settings { CaCertificate = "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n" };
            using var transport = new SettingsBoundTransport(() => settings);

            HttpResponse response = Get(transport, server, secure: true);

            Assert.AreEqual(TransportFailure.CertificateRejected, response.Failure);
            StringAssert.Contains(response.FailureDetail, "the TLS CA setting holds no usable PEM certificate");
            Assert.AreEqual(0, server.Requests.Count);
        }

        [TestMethod]
        public async Task CredentialsGoOverPlainHttpOnlyWithTheSettingsConsent()
        {
            await using var server = await HttpsTestServer.StartPlainHttpAsync();
            server.MapText("/ip", TestAddresses.PublicIPv4);
            var settings = new Settings();
            using var transport = new SettingsBoundTransport(() => settings);

            Assert.AreEqual(TransportFailure.NotAllowed, Get(transport, server, secure: false).Failure);
            Assert.AreEqual(0, server.Requests.Count);

            settings = new Settings { AllowPlainHttp = true };
            Assert.AreEqual(TransportFailure.None, Get(transport, server, secure: false).Failure);
            Assert.AreEqual(1, server.Requests.Count);
        }

        private static HttpResponse Get(SettingsBoundTransport transport, HttpsTestServer server, bool secure)
        {
            const string target = "/ip";
            var request = new HttpRequest
            {
                Secure = secure,
                Host = "127.0.0.1",
                Port = server.Port,
                Authorization = "Basic dXNlcjpwYXNz",
                UserAgent = "DdnsAgent - Test - 1.0",
                TimeoutMilliseconds = 5000,
            };
            request.TargetLength = Encoding.ASCII.GetBytes(target, 0, target.Length, request.Target, 0);
            var response = new HttpResponse(512);
            transport.Send(request, response);
            return response;
        }
    }
}
