#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using DdnsAgent.Configuration;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;

namespace DdnsAgent.Tests.Dyndns2
{
    [TestClass]
    public class UpdateEndpointTests
    {
        private sealed class UrlCase
        {
            public UrlCase(string url, bool secure, string host, int port, string path, string query)
            {
                Url = url;
                Secure = secure;
                Host = host;
                Port = port;
                Path = path;
                Query = query;
            }

            public string Url;
            public bool Secure;
            public string Host;
            public int Port;
            public string Path;
            public string Query;
        }

        private static readonly UrlCase[] ValidUrls =
        {
            new UrlCase("https://dyn.example.net/nic/update", true, "dyn.example.net", 443, "/nic/update", null),
            new UrlCase("http://dyn.example.net", false, "dyn.example.net", 80, "/nic/update", null),
            new UrlCase("https://dyn.example.net/", true, "dyn.example.net", 443, "/", null),
            new UrlCase("https://dyn.example.net:8245/nic/update?system=dyndns", true, "dyn.example.net", 8245, "/nic/update", "system=dyndns"),
            new UrlCase("HTTPS://Dyn.Example.net/x?a=1&", true, "Dyn.Example.net", 443, "/x", "a=1"),
            new UrlCase("https://dyn.example.net?x=%41", true, "dyn.example.net", 443, "/nic/update", "x=%41"),
            new UrlCase("http://192.0.2.10:8080/update", false, "192.0.2.10", 8080, "/update", null),
            new UrlCase("https://my_router.lan/nic/update?", true, "my_router.lan", 443, "/nic/update", null),
        };

        private static readonly string[] InvalidUrls =
        {
            null, "", "ftp://dyn.example.net/", "dyn.example.net/nic/update", "https://", "https:///nic/update",
            "https://user:pw@dyn.example.net/", "https://user@dyn.example.net/", "https://dyn.example.net:80@evil.example/",
            "https://dyn.example.net/nic/update#top", "https://dyn.example.net/nic update", " https://dyn.example.net/",
            "https://dyn.ex\u00e4mple.net/", "https://[2001:db8::1]/nic/update", "https://dyn.example.net:0/",
            "https://dyn.example.net:65536/", "https://dyn.example.net:abc/", "https://dyn.example.net:/",
            "https://dyn.example.net/%zz", "https://dyn.example.net/a<b", "https://dyn.example.net/?a=\"b\"",
            "https://dyn.example.net/\r\nHost: evil", "https://dyn.example.net/%4",
        };

        [TestMethod]
        public void AcceptsCustomUrls()
        {
            foreach (UrlCase c in ValidUrls)
            {
                UpdateEndpoint endpoint;
                string error;
                Assert.IsTrue(UpdateEndpoint.TryFromUrl(c.Url, "user", "pass", null, DualStackStyle.CombinedMyIp, out endpoint, out error), c.Url + ": " + error);
                Assert.AreEqual(c.Secure, endpoint.Secure, c.Url + ": scheme");
                Assert.AreEqual(c.Host, endpoint.Host, c.Url + ": host");
                Assert.AreEqual(c.Port, endpoint.Port, c.Url + ": port");
                Assert.AreEqual(c.Path, endpoint.Path, c.Url + ": path");
                Assert.AreEqual(c.Query, endpoint.FixedQuery, c.Url + ": query");
                Assert.AreEqual(Dyndns2Presets.CustomId, endpoint.ProviderId, c.Url);
                Assert.AreEqual(20, endpoint.MaxHostsPerRequest, c.Url);
            }
        }

        [TestMethod]
        public void RefusesUnsafeOrMalformedUrls()
        {
            foreach (string url in InvalidUrls)
            {
                UpdateEndpoint endpoint;
                string error;
                Assert.IsFalse(UpdateEndpoint.TryFromUrl(url, "user", "pass", null, DualStackStyle.CombinedMyIp, out endpoint, out error), "accepted: " + url);
                Assert.IsNull(endpoint, url);
                Assert.IsTrue(error != null && error.IndexOf("{server}: ") == 0, url + ": error names the key: " + error);
            }
        }

        [TestMethod]
        public void EncodesBasicCredentialsOnce()
        {
            Assert.AreEqual("Basic dXNlcjpwYXNz", UpdateEndpoint.BasicAuthorization("user", "pass"));
            Assert.AreEqual("Basic asO8cmdlbjpww6Rzc3dvcmQ=", UpdateEndpoint.BasicAuthorization("j\u00fcrgen", "p\u00e4ssword"), "UTF-8 bytes");
        }

        [TestMethod]
        public void ChecksCredentials()
        {
            Dyndns2Preset dyn = Dyndns2Presets.Find("dyn");
            UpdateEndpoint endpoint;
            string error;
            Assert.IsFalse(UpdateEndpoint.TryFromPreset(dyn, null, "pass", null, out endpoint, out error));
            Assert.AreEqual("{username}: not set", error);
            Assert.AreEqual("Username: not set", Vocabulary.SettingsFile.Fill(error), "the settings file names its key");
            Assert.AreEqual("username: not set", Vocabulary.DeviceConsole.Fill(error), "the console names its key");
            Assert.IsFalse(UpdateEndpoint.TryFromPreset(dyn, "us:er", "pass", null, out endpoint, out error));
            Assert.AreEqual(0, error.IndexOf("{username}: "));
            Assert.IsFalse(UpdateEndpoint.TryFromPreset(dyn, "user", "", null, out endpoint, out error));
            Assert.AreEqual("{password}: not set", error);
            Assert.IsFalse(UpdateEndpoint.TryFromPreset(dyn, "user", "pa\nss", null, out endpoint, out error));
            Assert.IsFalse(UpdateEndpoint.TryFromPreset(null, "user", "pass", null, out endpoint, out error));
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("he"), null, "key", null, out endpoint, out error), "HE needs no user name: " + error);
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(dyn, "user", "p:a:ss", null, out endpoint, out error), "a colon in the password is fine: " + error);
        }

        [TestMethod]
        public void UserAgentDefaultsToTheAgentIdentity()
        {
            Assert.AreEqual("DdnsAgent - ESP32 - 1.0", AgentIdentity.DefaultUserAgent);
            Assert.AreEqual("DdnsAgent - Linux - 1.0", AgentIdentity.UserAgent("Linux", AgentIdentity.Version));
            UpdateEndpoint endpoint;
            string error;
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("noip"), "user", "pass", "", out endpoint, out error), error);
            Assert.AreEqual(AgentIdentity.DefaultUserAgent, endpoint.UserAgent);
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("noip"), "user", "pass", "Acme DdnsAgent/1.0 admin@example.org", out endpoint, out error), error);
            Assert.AreEqual("Acme DdnsAgent/1.0 admin@example.org", endpoint.UserAgent);
            Assert.IsFalse(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("noip"), "user", "pass", "Agent\r\nX-Evil: 1", out endpoint, out error), "header injection");
            Assert.AreEqual(0, error.IndexOf("{user-agent}: "));
        }

        [TestMethod]
        public void ToStringNeverShowsThePassword()
        {
            UpdateEndpoint endpoint;
            string error;
            Assert.IsTrue(UpdateEndpoint.TryFromPreset(Dyndns2Presets.Find("ovh"), "alice", "S3cr3t-Pa55", null, out endpoint, out error), error);
            string text = endpoint.ToString();
            Assert.AreEqual("ovh: https://www.ovh.com:443/nic/update?system=dyndns as alice (password hidden)", text);
            Assert.IsTrue(text.IndexOf("S3cr3t") < 0, "password shown");
            Assert.IsTrue(text.IndexOf(UpdateEndpoint.BasicAuthorization("alice", "S3cr3t-Pa55").Substring(6)) < 0, "encoded credentials shown");
        }
    }
}
