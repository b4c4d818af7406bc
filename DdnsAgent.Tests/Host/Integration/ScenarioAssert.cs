using System;
using System.Text;
using DdnsAgent.Tests.Servers;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Integration
{
    /// <summary>Promises every scenario keeps, checked at its end.</summary>
    public static class ScenarioAssert
    {
        private static readonly string[] PublicAddresses =
        {
            TestAddresses.PublicIPv4, TestAddresses.OtherPublicIPv4, TestAddresses.PublicIPv6, TestAddresses.OtherPublicIPv6,
        };

        /// <summary>
        /// Every update request named its addresses explicitly (the provider never fell back to the source
        /// address), never sent an empty value, and sent only the public addresses a reflector reported.
        /// </summary>
        public static void OnlyPublicAddressesSent(Dyndns2Emulator emulator)
        {
            foreach (Dyndns2Exchange exchange in emulator.Exchanges)
            {
                // The request line as sent, whatever the emulator answered (a refusal or an injected fault answers
                // before the emulator reads the addresses).
                Assert.IsFalse(exchange.UsedSourceAddress, "the provider had to guess the address: " + exchange);
                CheckQuery(exchange.PathAndQuery);
            }
        }

        /// <summary>
        /// Neither the password nor the encoded credentials appear in anything the user saw (status, show, log,
        /// events); reflectors never get credentials, and the provider gets them only in the Authorization header.
        /// </summary>
        public static void SecretNeverShown(ScenarioRig rig)
        {
            rig.Command("status");
            rig.Command("show");
            rig.Command("log");
            string shown = rig.EverythingShown();
            string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(ScenarioRig.User + ":" + ScenarioRig.Password));
            Assert.IsFalse(shown.Contains(ScenarioRig.Password, StringComparison.Ordinal), "the password was shown:\n" + shown);
            Assert.IsFalse(shown.Contains(encoded, StringComparison.Ordinal), "the encoded credentials were shown:\n" + shown);
            foreach (RecordedRequest request in rig.Reflector.Server.Requests.Snapshot())
            {
                Assert.IsNull(request.Authorization, "a reflector was sent credentials: " + request);
            }

            foreach (RecordedRequest request in rig.Emulator.Server.Requests.Snapshot())
            {
                Assert.IsFalse(request.PathAndQuery.Contains(ScenarioRig.Password, StringComparison.Ordinal), "the password is in the request line: " + request);
            }
        }

        private static void CheckQuery(string pathAndQuery)
        {
            int query = pathAndQuery.IndexOf('?');
            Assert.IsTrue(query >= 0, "an update request without parameters: " + pathAndQuery);
            bool any = false;
            foreach (string pair in pathAndQuery.Substring(query + 1).Split('&'))
            {
                if (pair.StartsWith("myip=", StringComparison.Ordinal) || pair.StartsWith("myipv6=", StringComparison.Ordinal))
                {
                    any = true;
                    CheckValue(Uri.UnescapeDataString(pair.Substring(pair.IndexOf('=') + 1)), pathAndQuery);
                }
            }

            Assert.IsTrue(any, "no address in " + pathAndQuery);
        }

        private static void CheckValue(string value, object where)
        {
            if (value == "preserve")
            {
                return;
            }

            Assert.AreNotEqual("", value, "an empty address in " + where);
            foreach (string part in value.Split(','))
            {
                Assert.IsTrue(Array.IndexOf(PublicAddresses, part) >= 0, "'" + part + "' is not a public address a reflector reported, in " + where);
            }
        }
    }
}
