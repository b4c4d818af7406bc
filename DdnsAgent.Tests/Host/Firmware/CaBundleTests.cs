using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Firmware
{
    /// <summary>
    /// The root bundle built into the firmware (Resources/ca-bundle.pem): every block must be a root CA that
    /// TLS can use today, and the fingerprint written above it must be that certificate's, so that a reader
    /// can check each block against its CA's published fingerprint.
    /// </summary>
    [TestClass]
    public sealed class CaBundleTests
    {
        private static readonly Regex BlockPattern = new Regex(
            @"# SHA-256 (?<fingerprint>[0-9A-F:]+)\r?\n(?<pem>-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----)",
            RegexOptions.CultureInvariant);

        [TestMethod]
        public void TheBundleHoldsRootCertificates()
        {
            Assert.IsTrue(Blocks().Count >= 1, "the bundle is empty");
        }

        [TestMethod]
        public void EveryBlockHasItsFingerprintAboveIt()
        {
            string text = Bundle();
            int begins = Regex.Matches(text, "-----BEGIN CERTIFICATE-----").Count;
            int ends = Regex.Matches(text, "-----END CERTIFICATE-----").Count;
            Assert.AreEqual(begins, ends, "BEGIN and END lines pair up");
            Assert.AreEqual(begins, Blocks().Count, "every block follows a '# SHA-256 ...' comment line");
        }

        [TestMethod]
        public void EveryBlockParsesAndMatchesItsFingerprint()
        {
            foreach (var (fingerprint, pem) in Blocks())
            {
                using var certificate = X509Certificate2.CreateFromPem(pem);
                string actual = BitConverter.ToString(certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)).Replace('-', ':');
                Assert.AreEqual(fingerprint, actual, "fingerprint of " + certificate.Subject);
            }
        }

        [TestMethod]
        public void EveryBlockIsASelfSignedCaCertificate()
        {
            foreach (var (_, pem) in Blocks())
            {
                using var certificate = X509Certificate2.CreateFromPem(pem);
                Assert.AreEqual(certificate.Subject, certificate.Issuer, "a root names itself as issuer: " + certificate.Subject);

                var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().SingleOrDefault();
                Assert.IsNotNull(constraints, "no basic constraints: " + certificate.Subject);
                Assert.IsTrue(constraints.CertificateAuthority, "not a CA: " + certificate.Subject);

                // The signature must verify with the certificate's own key: a chain trusting only itself builds.
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(certificate);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                Assert.IsTrue(chain.Build(certificate), "self-signature of " + certificate.Subject + ": "
                    + string.Join(", ", chain.ChainStatus.Select(s => s.StatusInformation)));
                Assert.AreEqual(1, chain.ChainElements.Count, "a root is its own chain: " + certificate.Subject);
            }
        }

        [TestMethod]
        public void NoBlockHasExpired()
        {
            foreach (var (_, pem) in Blocks())
            {
                using var certificate = X509Certificate2.CreateFromPem(pem);
                Assert.IsTrue(certificate.NotAfter.ToUniversalTime() > DateTime.UtcNow, certificate.Subject + " expired on " + certificate.NotAfter.ToString("u"));
                Assert.IsTrue(certificate.NotBefore.ToUniversalTime() < DateTime.UtcNow, certificate.Subject + " is not valid yet");
            }
        }

        [TestMethod]
        public void NoCertificateIsThereTwice()
        {
            var fingerprints = Blocks().Select(b => b.Fingerprint).ToList();
            Assert.AreEqual(fingerprints.Count, fingerprints.Distinct().Count(), "a root is listed twice");
        }

        private static List<(string Fingerprint, string Pem)> Blocks()
        {
            return BlockPattern.Matches(Bundle())
                .Select(m => (m.Groups["fingerprint"].Value, m.Groups["pem"].Value))
                .ToList();
        }

        private static string Bundle()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                string path = Path.Combine(folder.FullName, "DdnsAgent", "Firmware", "Resources", "ca-bundle.pem");
                if (File.Exists(path))
                {
                    return File.ReadAllText(path);
                }
            }

            throw new InvalidOperationException("ca-bundle.pem not found above " + AppContext.BaseDirectory);
        }
    }
}
