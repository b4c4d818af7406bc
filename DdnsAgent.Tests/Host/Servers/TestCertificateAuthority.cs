using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// A throw-away certificate authority made in memory at test time. It issues server certificates for
    /// "localhost" / 127.0.0.1 / ::1 so that test servers speak real TLS, and exports its root as PEM for the
    /// agent's extra-CA option. It never touches the machine's trust store: clients must trust it explicitly
    /// (see <see cref="TestHttpClients"/>). Create a second instance to play the wrong CA.
    /// </summary>
    public sealed class TestCertificateAuthority : IDisposable
    {
        private static long nextSerial = DateTime.UtcNow.Ticks;

        private readonly List<string> writtenFiles = new List<string>();
        private readonly bool useRsa;

        /// <summary>The root certificate, with its private key (needed to sign).</summary>
        public X509Certificate2 Certificate { get; }

        /// <summary>The root certificate without any private key: what a client trusts.</summary>
        public X509Certificate2 PublicCertificate { get; }

        private TestCertificateAuthority(X509Certificate2 certificate, bool useRsa)
        {
            Certificate = certificate;
            PublicCertificate = X509CertificateLoader.LoadCertificate(certificate.RawData);
            this.useRsa = useRsa;
        }

        /// <summary>
        /// Makes a root CA valid from a day ago for 30 days. ECDSA P-256 by default (fast to generate);
        /// RSA 2048 when <paramref name="useRsa"/> is set, for clients that only speak RSA.
        /// </summary>
        public static TestCertificateAuthority Create(string commonName = "DdnsAgent Test Root CA", bool useRsa = false)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            var subject = new X500DistinguishedName("CN=" + commonName + ", O=DdnsAgent Tests");
            CertificateRequest request;
            if (useRsa)
            {
                using RSA key = RSA.Create(2048);
                request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                return new TestCertificateAuthority(SelfSign(request, now), true);
            }
            else
            {
                using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
                return new TestCertificateAuthority(SelfSign(request, now), false);
            }
        }

        private static X509Certificate2 SelfSign(CertificateRequest request, DateTimeOffset now)
        {
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 1, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(
                X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            using X509Certificate2 made = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
            return Reimport(made);
        }

        /// <summary>
        /// Issues a server certificate for "localhost" with SAN DNS:localhost, IP:127.0.0.1 and IP:::1 (plus any
        /// extra DNS names), valid from a day ago for 7 days, with its private key in a form Kestrel can use.
        /// </summary>
        public X509Certificate2 IssueServerCertificate(params string[] extraDnsNames)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            return IssueServerCertificate(now.AddDays(-1), now.AddDays(7), extraDnsNames);
        }

        /// <summary>
        /// Issues a server certificate with an explicit validity window, e.g. an expired one
        /// (notAfter in the past) or one not yet valid. The window must lie inside the CA's.
        /// </summary>
        public X509Certificate2 IssueServerCertificate(DateTimeOffset notBefore, DateTimeOffset notAfter, params string[] extraDnsNames)
        {
            var subject = new X500DistinguishedName("CN=localhost, O=DdnsAgent Tests");
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            foreach (string name in extraDnsNames ?? Array.Empty<string>())
            {
                names.AddDnsName(name);
            }
            names.AddIpAddress(IPAddress.Loopback);
            names.AddIpAddress(IPAddress.IPv6Loopback);

            if (useRsa)
            {
                using RSA key = RSA.Create(2048);
                var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                AddServerExtensions(request, names, X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment);
                using X509Certificate2 signed = request.Create(Certificate, notBefore, notAfter, NextSerial());
                using X509Certificate2 withKey = signed.CopyWithPrivateKey(key);
                return Reimport(withKey);
            }
            else
            {
                using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
                AddServerExtensions(request, names, X509KeyUsageFlags.DigitalSignature);
                using X509Certificate2 signed = request.Create(Certificate, notBefore, notAfter, NextSerial());
                using X509Certificate2 withKey = signed.CopyWithPrivateKey(key);
                return Reimport(withKey);
            }
        }

        private void AddServerExtensions(CertificateRequest request, SubjectAlternativeNameBuilder names, X509KeyUsageFlags usage)
        {
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
                new OidCollection { new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication") }, false));
            request.CertificateExtensions.Add(names.Build(true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, true, false));
        }

        /// <summary>The root certificate as PEM ("-----BEGIN CERTIFICATE-----..."), for the agent's CA option.</summary>
        public string ExportPem()
        {
            return PublicCertificate.ExportCertificatePem() + "\n";
        }

        /// <summary>Writes the root as a PEM file in the temp folder and returns its path; deleted on Dispose.</summary>
        public string WritePemFile()
        {
            string path = Path.Combine(Path.GetTempPath(), "ddns-agent-test-ca-" + Guid.NewGuid().ToString("N") + ".pem");
            File.WriteAllText(path, ExportPem());
            lock (writtenFiles)
            {
                writtenFiles.Add(path);
            }
            return path;
        }

        public void Dispose()
        {
            lock (writtenFiles)
            {
                foreach (string path in writtenFiles)
                {
                    try
                    {
                        File.Delete(path);
                    }
                    catch (IOException)
                    {
                        // A file someone still holds open is left to the temp cleaner.
                    }
                }
                writtenFiles.Clear();
            }
            PublicCertificate.Dispose();
            Certificate.Dispose();
        }

        private static byte[] NextSerial()
        {
            byte[] serial = BitConverter.GetBytes(Interlocked.Increment(ref nextSerial));
            // Keep the serial positive: its first DER byte must not have the high bit set.
            Array.Reverse(serial);
            serial[0] &= 0x7F;
            return serial;
        }

        // A PKCS#12 round trip gives a certificate whose key is a persisted-style key that SslStream can use on
        // every platform (an ephemeral key from CopyWithPrivateKey is refused by SChannel on Windows).
        private static X509Certificate2 Reimport(X509Certificate2 certificate)
        {
            byte[] pfx = certificate.Export(X509ContentType.Pkcs12);
            return X509CertificateLoader.LoadPkcs12(pfx, null, X509KeyStorageFlags.Exportable);
        }
    }
}
