using System;
using System.Collections;
using System.Reflection;
using DdnsAgent.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Configuration
{
    /// <summary>The fixed settings behind settings.golden.json, and a property-by-property comparison.</summary>
    internal static class GoldenSettings
    {
        public static Settings Create()
        {
            return new Settings
            {
                WifiSsid = "HomeNet",
                WifiPassword = "wifi secret",
                Provider = "custom",
                ServerUrl = "https://dyn.example.net/nic/update?system=dyndns&x=<1>",
                ServerDualStack = "combined",
                Username = "alice",
                Password = "pa\"ss\\wörd+1",
                Hostnames = new[] { "home.example.com", "nas.example.com" },
                IPv4 = true,
                IPv6 = true,
                Wildcard = "NOCHG",
                Mx = "mail.example.com",
                BackMx = "NO",
                Offline = "NO",
                DnsServer = "ns1.example.net",
                DnsPort = 5353,
                DnsZone = "example.com",
                DnsKeyName = "ddns-key.example.com.",
                DnsKeySecret = "c2VjcmV0K2tleS9vZi90aGUtem9uZQ==",
                DnsTtl = 120,
                DnsVerify = false,
                IpSource = "web",
                Reflectors = new[] { "https://api.ipify.org", "https://ipv4.icanhazip.com" },
                RequireAgreement = true,
                CheckIntervalSeconds = 600,
                ForceRefreshDays = 20,
                StartDelaySeconds = 45,
                ChangeDelaySeconds = 10,
                MaxChangesPerHour = 6,
                UserAgent = "Example - DdnsAgent - 1.0",
                CaCertificate = "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHHIG...\n-----END CERTIFICATE-----\n",
                AllowPlainHttp = false,
                LedPin = 4,
                LedActiveLow = true,
                ConsoleRxPin = 25,
                ConsoleTxPin = 26,
                ConsoleBaudRate = 57600,
            };
        }

        /// <summary>Fails naming the first property whose values differ (arrays compared item by item).</summary>
        public static void AssertEqual(Settings expected, Settings actual)
        {
            foreach (PropertyInfo property in typeof(Settings).GetProperties())
            {
                object a = property.GetValue(expected);
                object b = property.GetValue(actual);
                if (a is IList listA && b is IList listB)
                {
                    CollectionAssert.AreEqual(listA, listB, property.Name);
                }
                else
                {
                    Assert.AreEqual(a, b, property.Name);
                }
            }
        }
    }
}
