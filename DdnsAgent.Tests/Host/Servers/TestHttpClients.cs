using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// HttpClients for talking to the test servers: they trust ONLY the given test CA (never the machine's
    /// store), use no proxy, keep no cookies and do not follow redirects, so a test sees exactly what the
    /// server sent.
    /// </summary>
    public static class TestHttpClients
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

        /// <summary>A client whose only trusted root is the test CA's root.</summary>
        public static HttpClient TrustingOnly(TestCertificateAuthority authority, TimeSpan? timeout = null)
        {
            return TrustingOnly(authority.PublicCertificate, timeout);
        }

        /// <summary>A client whose only trusted root is <paramref name="caCertificate"/>.</summary>
        public static HttpClient TrustingOnly(X509Certificate2 caCertificate, TimeSpan? timeout = null)
        {
            if (caCertificate == null)
            {
                throw new ArgumentNullException(nameof(caCertificate));
            }
            var handler = NewHandler();
            handler.SslOptions.RemoteCertificateValidationCallback =
                (sender, certificate, chain, errors) => IsTrustedBy(caCertificate, certificate, errors);
            return new HttpClient(handler) { Timeout = timeout ?? DefaultTimeout };
        }

        /// <summary>A client for plain-HTTP test servers (it would refuse any HTTPS certificate).</summary>
        public static HttpClient Plain(TimeSpan? timeout = null)
        {
            var handler = NewHandler();
            handler.SslOptions.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => false;
            return new HttpClient(handler) { Timeout = timeout ?? DefaultTimeout };
        }

        /// <summary>
        /// True when the server certificate matches the host name and chains to <paramref name="caCertificate"/>
        /// as the one and only trust anchor. The system's own chain verdict is ignored (it does not know the CA).
        /// </summary>
        public static bool IsTrustedBy(X509Certificate2 caCertificate, X509Certificate certificate, SslPolicyErrors errors)
        {
            if (certificate == null || (errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0)
            {
                return false;
            }
            using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(caCertificate);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.DisableCertificateDownloads = true;
            return chain.Build(leaf);
        }

        private static SocketsHttpHandler NewHandler()
        {
            return new SocketsHttpHandler
            {
                UseProxy = false,
                UseCookies = false,
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            };
        }
    }
}
