#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Addressing;
using DdnsAgent.Detection;

namespace DdnsAgent.Tests.Detection
{
    [TestClass]
    public class ReflectorTests
    {
        private sealed class Good
        {
            public Good(string url, bool secure, string host, int port, string path, int spacing)
            {
                Url = url;
                Secure = secure;
                Host = host;
                Port = port;
                Path = path;
                Spacing = spacing;
            }

            public string Url { get; }
            public bool Secure { get; }
            public string Host { get; }
            public int Port { get; }
            public string Path { get; }
            public int Spacing { get; }
        }

        private static readonly Good[] GoodUrls = new Good[]
        {
            new Good("https://api.ipify.org/", true, "api.ipify.org", 443, "/", 30),
            new Good("https://api.ipify.org", true, "api.ipify.org", 443, "/", 30),
            new Good("https://api.ipify.org?format=json", true, "api.ipify.org", 443, "/?format=json", 30),
            new Good("https://api.ipify.org/?format=json", true, "api.ipify.org", 443, "/?format=json", 30),
            new Good("HTTPS://IfConfig.ME/ip", true, "ifconfig.me", 443, "/ip", 30),
            new Good("https://reflector.example.net:8443/my/ip", true, "reflector.example.net", 8443, "/my/ip", 30),
            new Good("http://checkip.dyndns.org/", false, "checkip.dyndns.org", 80, "/", 600),
            new Good("http://checkip.dyndns.org:8245/", false, "checkip.dyndns.org", 8245, "/", 600),
            new Good("http://192.0.2.10:8080", false, "192.0.2.10", 8080, "/", 30),
        };

        private static readonly string[] BadUrls = new string[]
        {
            null,
            "",
            "api.ipify.org",
            "ftp://api.ipify.org/",
            "https://",
            "https:///ip",
            "https://user:secret@api.ipify.org/",
            "https://api.ipify.org/#top",
            "https://api.ipify.org/my ip",
            "https://api.ipify.org/\u00E9",
            "https://[2001:db8::1]/",
            "https://api_ipify.org/",
            "https://.ipify.org/",
            "https://api.ipify.org:0/",
            "https://api.ipify.org:65536/",
            "https://api.ipify.org:/",
            "https://api.ipify.org:443x/",
            "https://api.ipify.org:1234567/",
        };

        [TestMethod]
        public void ReadsUserConfiguredUrls()
        {
            for (int i = 0; i < GoodUrls.Length; i++)
            {
                var c = GoodUrls[i];
                Reflector reflector;
                string error;
                Assert.IsTrue(Reflector.TryParse(c.Url, AddressFamilyKind.IPv6, out reflector, out error), c.Url + ": " + error);
                Assert.IsNull(error, "no error for " + c.Url);
                Assert.AreEqual(c.Secure, reflector.Secure, "secure of " + c.Url);
                Assert.AreEqual(c.Host, reflector.Host, "host of " + c.Url);
                Assert.AreEqual(c.Host, reflector.Name, "name of " + c.Url);
                Assert.AreEqual(c.Port, reflector.Port, "port of " + c.Url);
                Assert.AreEqual(c.Path, reflector.Path, "path of " + c.Url);
                Assert.AreEqual(c.Spacing, reflector.MinSpacingSeconds, "spacing of " + c.Url);
                Assert.AreEqual(AddressFamilyKind.IPv6, reflector.Family, "family of " + c.Url);
            }
        }

        [TestMethod]
        public void RefusesBadUrlsInPlainWords()
        {
            for (int i = 0; i < BadUrls.Length; i++)
            {
                Reflector reflector;
                string error;
                Assert.IsFalse(Reflector.TryParse(BadUrls[i], AddressFamilyKind.IPv4, out reflector, out error), "should refuse " + BadUrls[i]);
                Assert.IsNull(reflector, "no reflector for " + BadUrls[i]);
                Assert.IsTrue(error != null && error.Length > 0, "an error for " + BadUrls[i]);
            }
        }

        [TestMethod]
        public void RefusesAPathLongerThanTheLimit()
        {
            Reflector reflector;
            string error;
            string longPath = "/" + new string('a', Reflector.MaxPathLength);
            Assert.IsFalse(Reflector.TryParse("https://api.ipify.org" + longPath, AddressFamilyKind.IPv4, out reflector, out error));
            Assert.IsTrue(Reflector.TryParse("https://api.ipify.org" + longPath.Substring(0, Reflector.MaxPathLength), AddressFamilyKind.IPv4, out reflector, out error), error);
        }

        [TestMethod]
        public void DefaultsAreSecureAndOfTheirFamily()
        {
            var v4 = DefaultReflectors.For(AddressFamilyKind.IPv4);
            var v6 = DefaultReflectors.For(AddressFamilyKind.IPv6);
            Assert.AreEqual("api.ipify.org", v4[0].Host);
            Assert.AreEqual("api6.ipify.org", v6[0].Host);
            Assert.AreEqual(4, v4.Length);
            Assert.AreEqual(3, v6.Length);
            CheckDefaults(v4, AddressFamilyKind.IPv4);
            CheckDefaults(v6, AddressFamilyKind.IPv6);

            var both = DefaultReflectors.For(AddressFamilyKind.None);
            Assert.AreEqual(v4.Length + v6.Length, both.Length);
            Assert.AreEqual("api.ipify.org", both[0].Host);
            Assert.AreEqual(AddressFamilyKind.IPv4, both[v4.Length - 1].Family);
            Assert.AreEqual("api6.ipify.org", both[v4.Length].Host);
            Assert.AreEqual(AddressFamilyKind.IPv6, both[both.Length - 1].Family);
        }

        private static void CheckDefaults(Reflector[] reflectors, AddressFamilyKind family)
        {
            for (int i = 0; i < reflectors.Length; i++)
            {
                var r = reflectors[i];
                Assert.IsTrue(r.Secure, r.Name + " is https");
                Assert.AreEqual(443, r.Port, r.Name);
                Assert.AreEqual(family, r.Family, r.Name);
                Assert.AreEqual(DefaultReflectors.DefaultSpacingSeconds, r.MinSpacingSeconds, r.Name);
                Assert.AreEqual("/", r.Path.Substring(0, 1), r.Name);

                // What the user would type gives the same reflector.
                Reflector parsed;
                string error;
                Assert.IsTrue(Reflector.TryParse("https://" + r.Host + r.Path, family, out parsed, out error), r.Name);
                Assert.AreEqual(r.Path, parsed.Path, r.Name);
            }
        }
    }
}
