using System;
using System.Security.Cryptography.X509Certificates;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>
    /// One test CA and one server certificate for the server tests that need nothing special, made once per
    /// test run (making keys is the slow part) and kept until the process ends.
    /// </summary>
    internal static class SharedTestCertificates
    {
        private static readonly Lazy<TestCertificateAuthority> LazyAuthority =
            new Lazy<TestCertificateAuthority>(() => TestCertificateAuthority.Create());

        private static readonly Lazy<X509Certificate2> LazyServerCertificate =
            new Lazy<X509Certificate2>(() => LazyAuthority.Value.IssueServerCertificate());

        public static TestCertificateAuthority Authority => LazyAuthority.Value;

        public static X509Certificate2 ServerCertificate => LazyServerCertificate.Value;
    }
}
