using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Servers
{
    [TestClass]
    public sealed class TestCertificateAuthorityTests
    {
        [TestMethod]
        public void TheRootIsACertificateAuthority()
        {
            using TestCertificateAuthority authority = TestCertificateAuthority.Create();

            X509BasicConstraintsExtension constraints = authority.Certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single();
            X509KeyUsageExtension usage = authority.Certificate.Extensions.OfType<X509KeyUsageExtension>().Single();
            Assert.IsTrue(constraints.CertificateAuthority);
            Assert.IsTrue(constraints.Critical);
            Assert.IsTrue(usage.KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign));
            Assert.IsFalse(authority.PublicCertificate.HasPrivateKey);
        }

        [TestMethod]
        public void ServerCertificatesNameLocalhostAndLoopbackAndChainToTheirRootOnly()
        {
            using TestCertificateAuthority authority = TestCertificateAuthority.Create();
            using TestCertificateAuthority other = TestCertificateAuthority.Create("Other CA");
            using X509Certificate2 server = authority.IssueServerCertificate();

            X509SubjectAlternativeNameExtension names = server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
            CollectionAssert.AreEqual(new[] { "localhost" }, names.EnumerateDnsNames().ToArray());
            CollectionAssert.AreEqual(new[] { "127.0.0.1", "::1" }, names.EnumerateIPAddresses().Select(a => a.ToString()).ToArray());
            Assert.IsTrue(server.HasPrivateKey);
            Assert.IsTrue(TestHttpClients.IsTrustedBy(authority.PublicCertificate, server, SslPolicyErrors.RemoteCertificateChainErrors));
            Assert.IsFalse(TestHttpClients.IsTrustedBy(other.PublicCertificate, server, SslPolicyErrors.RemoteCertificateChainErrors));
            Assert.IsFalse(TestHttpClients.IsTrustedBy(authority.PublicCertificate, server, SslPolicyErrors.RemoteCertificateNameMismatch));
        }

        [TestMethod]
        public void AnExpiredServerCertificateIsNotTrusted()
        {
            using TestCertificateAuthority authority = TestCertificateAuthority.Create();
            DateTimeOffset now = DateTimeOffset.UtcNow;
            using X509Certificate2 expired = authority.IssueServerCertificate(now.AddHours(-20), now.AddHours(-1));

            Assert.IsFalse(TestHttpClients.IsTrustedBy(authority.PublicCertificate, expired, SslPolicyErrors.None));
        }

        [TestMethod]
        public void ThePemExportIsTheRootCertificate()
        {
            string path;
            using (TestCertificateAuthority authority = TestCertificateAuthority.Create())
            {
                string pem = authority.ExportPem();
                path = authority.WritePemFile();

                Assert.IsTrue(pem.StartsWith("-----BEGIN CERTIFICATE-----\n", StringComparison.Ordinal), pem);
                using X509Certificate2 parsed = X509Certificate2.CreateFromPem(pem);
                Assert.AreEqual(authority.Certificate.Thumbprint, parsed.Thumbprint);
                Assert.AreEqual(pem, File.ReadAllText(path));
            }
            Assert.IsFalse(File.Exists(path), "the PEM file goes with the authority");
        }

        [TestMethod]
        public async Task RsaCertificatesServeTls()
        {
            using TestCertificateAuthority authority = TestCertificateAuthority.Create("RSA Test CA", useRsa: true);
            using X509Certificate2 certificate = authority.IssueServerCertificate();
            await using HttpsTestServer server = await HttpsTestServer.StartAsync(certificate);
            server.MapText("/", "rsa");
            using HttpClient client = TestHttpClients.TrustingOnly(authority);

            Assert.AreEqual("rsa", await client.GetStringAsync(server.Url("/")));
            Assert.AreEqual("RSA", certificate.PublicKey.Oid.FriendlyName);
        }

        [TestMethod]
        public async Task ALocalhostUrlValidatesToo()
        {
            using TestCertificateAuthority authority = TestCertificateAuthority.Create();
            using X509Certificate2 certificate = authority.IssueServerCertificate();
            await using HttpsTestServer server = await HttpsTestServer.StartAsync(certificate);
            server.MapText("/", "named");
            using HttpClient client = TestHttpClients.TrustingOnly(authority);

            Assert.AreEqual("named", await client.GetStringAsync(new Uri("https://localhost:" + server.Port + "/")));
        }
    }
}
