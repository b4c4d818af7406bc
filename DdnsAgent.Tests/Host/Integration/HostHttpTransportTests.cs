using System;
using System.Diagnostics;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using DdnsAgent.Host.Adapters;
using DdnsAgent.Http;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>The host HTTPS transport against a real Kestrel server on 127.0.0.1 with a CA made for the test.</summary>
    [TestClass]
    public sealed class HostHttpTransportTests
    {
        [TestMethod]
        public async Task TrustsAServerSignedByTheConfiguredCa()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.MapText("/ip", "81.2.69.160\n");
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), allowPlainHttpCredentials: false);

            var response = Get(transport, server, "/ip", "Basic dXNlcjpwYXNz");

            Assert.AreEqual(TransportFailure.None, response.Failure, response.FailureDetail);
            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual("81.2.69.160\n", Encoding.ASCII.GetString(response.Body, 0, response.BodyLength));
            var recorded = server.Requests.Last();
            Assert.AreEqual("Basic dXNlcjpwYXNz", recorded.Authorization);
            Assert.AreEqual("DdnsAgent - Test - 1.0", recorded.UserAgent);
            Assert.AreEqual("/ip?x=1", recorded.PathAndQuery);
        }

        [TestMethod]
        public async Task RejectsAServerSignedByAnotherCaAndSendsNothing()
        {
            using var serverCa = TestCertificateAuthority.Create("Server CA");
            using var otherCa = TestCertificateAuthority.Create("Other CA");
            await using var server = await HttpsTestServer.StartAsync(serverCa.IssueServerCertificate());
            server.MapText("/nic/update", "good 81.2.69.160");
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(otherCa.WritePemFile()), false);

            var response = Get(transport, server, "/nic/update", "Basic c2VjcmV0OnNlY3JldA==");

            Assert.AreEqual(TransportFailure.CertificateRejected, response.Failure);
            StringAssert.Contains(response.FailureDetail, "trusted neither by the system nor by the configured CA");
            Assert.AreEqual(0, server.Requests.Count, "no request may reach a server whose certificate failed");
        }

        [TestMethod]
        public async Task RejectsAnUnknownCaWhenNoneIsConfigured()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.MapText("/ip", "81.2.69.160");
            using var transport = new HostHttpTransport(new TrustPolicy(), false);

            var response = Get(transport, server, "/ip", null);

            Assert.AreEqual(TransportFailure.CertificateRejected, response.Failure);
            StringAssert.Contains(response.FailureDetail, "TLS CA setting");
        }

        [TestMethod]
        public async Task RejectsAnExpiredCertificateEvenFromTheConfiguredCa()
        {
            using var ca = TestCertificateAuthority.Create();
            var expired = ca.IssueServerCertificate(DateTimeOffset.UtcNow.AddHours(-12), DateTimeOffset.UtcNow.AddHours(-1));
            await using var server = await HttpsTestServer.StartAsync(expired);
            server.MapText("/ip", "81.2.69.160");
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false);

            var response = Get(transport, server, "/ip", null);

            Assert.AreEqual(TransportFailure.CertificateRejected, response.Failure);
            StringAssert.Contains(response.FailureDetail, "the certificate of 127.0.0.1 expired at ");
            StringAssert.Contains(response.FailureDetail, "this machine's clock says ");
            StringAssert.Contains(response.FailureDetail, "nothing was sent");
            Assert.AreEqual(0, server.Requests.Count);
        }

        [TestMethod]
        public async Task RejectsACertificateForAnotherNameEvenFromTheConfiguredCa()
        {
            using var ca = TestCertificateAuthority.Create();
            var otherLoopback = System.Net.IPAddress.Parse("127.0.0.2"); // the certificate names 127.0.0.1, not this
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate(), otherLoopback);
            server.MapText("/nic/update", "good 81.2.69.160");
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false);
            var request = Request("127.0.0.2", server.Port, "/nic/update", "Basic dXNlcjpwYXNz", secure: true, timeoutMilliseconds: 5000);
            var response = new HttpResponse(512);

            transport.Send(request, response);

            Assert.AreEqual(TransportFailure.CertificateRejected, response.Failure, response.FailureDetail);
            StringAssert.Contains(response.FailureDetail, "the certificate of 127.0.0.2 is for another name");
            Assert.AreEqual(0, server.Requests.Count);
        }

        [TestMethod]
        public async Task SaysACertificateIsNotValidYetAndNamesBothTimes()
        {
            using var ca = TestCertificateAuthority.Create();
            DateTimeOffset from = DateTimeOffset.UtcNow.AddDays(2);
            var early = ca.IssueServerCertificate(from, from.AddDays(5));
            await using var server = await HttpsTestServer.StartAsync(early);
            server.MapText("/ip", "81.2.69.160");
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false);

            var response = Get(transport, server, "/ip", null);

            Assert.AreEqual(TransportFailure.CertificateRejected, response.Failure);
            StringAssert.Contains(response.FailureDetail, "the certificate of 127.0.0.1 is not valid before " + from.UtcDateTime.ToString("yyyy-MM-dd HH:mm"));
            StringAssert.Contains(response.FailureDetail, "this machine's clock says " + DateTime.UtcNow.ToString("yyyy-MM-dd"));
            StringAssert.Contains(response.FailureDetail, "set this machine's clock");
            Assert.AreEqual(0, server.Requests.Count);
        }

        [TestMethod]
        public async Task SaysWhenServerAndAgentShareNoTlsVersion()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate(), protocols: SslProtocols.Tls12);
            server.MapText("/nic/update", "good 81.2.69.160");
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false, SslProtocols.Tls13, null);

            var response = Get(transport, server, "/nic/update", "Basic dXNlcjpwYXNz");

            Assert.AreEqual(TransportFailure.TlsVersionMismatch, response.Failure, response.FailureDetail);
            StringAssert.Contains(response.FailureDetail, "no TLS version in common");
            Assert.AreEqual(0, server.Requests.Count);
        }

        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public async Task AServerThatClosesWithoutAnsweringSeesExactlyOneRequest(bool secure)
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = secure ? await HttpsTestServer.StartAsync(ca.IssueServerCertificate()) : await HttpsTestServer.StartPlainHttpAsync();
            server.Map("/nic/update", context => ServerFault.Close().ApplyAsync(context, server.Stopping));
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), allowPlainHttpCredentials: true);

            var response = Get(transport, server, "/nic/update", "Basic dXNlcjpwYXNz", secure: secure);

            Assert.AreEqual(TransportFailure.ConnectionReset, response.Failure, response.FailureDetail);
            StringAssert.Contains(response.FailureDetail, "the request was sent once and is not repeated");
            await Task.Delay(200); // a re-send would arrive within milliseconds
            Assert.AreEqual(1, server.Requests.Count, "one attempt is one request on the wire");
        }

        [TestMethod]
        public async Task TimesOutOnAHangingServer()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.Map("/hang", context => ServerFault.Hang(TimeSpan.FromSeconds(10)).ApplyAsync(context, server.Stopping));
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false);

            var watch = Stopwatch.StartNew();
            var response = Get(transport, server, "/hang", null, timeoutMilliseconds: 800);

            Assert.AreEqual(TransportFailure.Timeout, response.Failure);
            Assert.IsTrue(watch.Elapsed < TimeSpan.FromSeconds(5), "the timeout must bound the wait");
        }

        [TestMethod]
        public async Task ReportsAConnectionReset()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.Map("/reset", context => ServerFault.Reset().ApplyAsync(context, server.Stopping));
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false);

            Assert.AreEqual(TransportFailure.ConnectionReset, Get(transport, server, "/reset", null).Failure);
        }

        [TestMethod]
        public async Task ReadsNoMoreThanTheBodyCapacity()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.Map("/big", context => ServerFault.Oversized(1 << 20).ApplyAsync(context, server.Stopping));
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false);

            var response = Get(transport, server, "/big", null);

            Assert.AreEqual(TransportFailure.None, response.Failure, response.FailureDetail);
            Assert.AreEqual(response.Body.Length, response.BodyLength);
            Assert.IsTrue(response.BodyTruncated);
        }

        [TestMethod]
        public async Task DoesNotFollowRedirects()
        {
            using var ca = TestCertificateAuthority.Create();
            await using var server = await HttpsTestServer.StartAsync(ca.IssueServerCertificate());
            server.Map("/moved", context => ServerFault.Redirect("http://127.0.0.1:9/steal").ApplyAsync(context, server.Stopping));
            using var transport = new HostHttpTransport(TrustPolicy.WithExtraCaFile(ca.WritePemFile()), false);

            var response = Get(transport, server, "/moved", "Basic dXNlcjpwYXNz");

            Assert.AreEqual(TransportFailure.RedirectRefused, response.Failure);
            Assert.AreEqual(1, server.Requests.Count);
        }

        [TestMethod]
        public async Task RefusesCredentialsOverPlainHttpUnlessAllowed()
        {
            await using var server = await HttpsTestServer.StartPlainHttpAsync();
            server.MapText("/nic/update", "good 81.2.69.160");
            using var strict = new HostHttpTransport(new TrustPolicy(), allowPlainHttpCredentials: false);
            using var optedIn = new HostHttpTransport(new TrustPolicy(), allowPlainHttpCredentials: true);

            Assert.AreEqual(TransportFailure.NotAllowed, Get(strict, server, "/nic/update", "Basic dXNlcjpwYXNz", secure: false).Failure);
            Assert.AreEqual(0, server.Requests.Count);
            Assert.AreEqual(TransportFailure.None, Get(optedIn, server, "/nic/update", "Basic dXNlcjpwYXNz", secure: false).Failure);
            Assert.AreEqual(1, server.Requests.Count);
        }

        [TestMethod]
        public void ReportsAConnectFailure()
        {
            using var transport = new HostHttpTransport(new TrustPolicy(), false);
            var request = Request("127.0.0.1", 9, "/", null, secure: true, timeoutMilliseconds: 3000);
            var response = new HttpResponse(512);

            transport.Send(request, response);

            Assert.AreEqual(TransportFailure.ConnectFailed, response.Failure, response.FailureDetail);
        }

        private static HttpResponse Get(HostHttpTransport transport, HttpsTestServer server, string path, string authorization, int timeoutMilliseconds = 5000, bool secure = true)
        {
            var request = Request("127.0.0.1", server.Port, path + (path == "/ip" ? "?x=1" : ""), authorization, secure, timeoutMilliseconds);
            var response = new HttpResponse(512);
            transport.Send(request, response);
            return response;
        }

        private static HttpRequest Request(string host, int port, string target, string authorization, bool secure, int timeoutMilliseconds)
        {
            var request = new HttpRequest
            {
                Secure = secure,
                Host = host,
                Port = port,
                Authorization = authorization,
                UserAgent = "DdnsAgent - Test - 1.0",
                TimeoutMilliseconds = timeoutMilliseconds,
            };
            request.TargetLength = Encoding.ASCII.GetBytes(target, 0, target.Length, request.Target, 0);
            return request;
        }
    }
}
