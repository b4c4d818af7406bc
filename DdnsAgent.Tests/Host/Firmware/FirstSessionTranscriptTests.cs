using System;
using System.IO;
using System.Linq;
using DdnsAgent.Configuration;
using DdnsAgent.Engine;
using DdnsAgent.Runtime;
using DdnsAgent.Tests.Fakes;
using DdnsAgent.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace DdnsAgent.Tests.Firmware
{
    /// <summary>
    /// The first configuration session in the firmware README must be what the console really prints. This test
    /// types the same commands into a real <see cref="AgentRuntime"/> (device rules, fake network and provider) and
    /// compares its output with the transcript. Lines the firmware's main loop prints (Wi-Fi, TLS, live events)
    /// cannot be produced here; they are recognised by their prefix and left out of the comparison, as are blank
    /// lines (the loop's lines move the cursor, so Enter leaves one).
    /// </summary>
    [TestClass]
    public sealed class FirstSessionTranscriptTests
    {
        private const string Marker = "<!-- transcript: first session -->";

        /// <summary>What the user types, in order; null marks the agent's first check after `save`.</summary>
        private static readonly string[] Typed =
        {
            "help",
            "set wifi.ssid HomeNet",
            "set wifi.password correct-horse-battery",
            "set provider dynu",
            "set username alice",
            "set password S3cret-Upd4te",
            "set hostnames h\u00f6m\u00e9.example.org",
            "set hostnames home.example.org",
            "help interval",
            "show",
            "save",
            null,
            string.Empty,
            "status",
        };

        private static readonly string[] FirmwarePrefixes =
        {
            "DdnsAgent starting", "flash: ", "provisioning: ", "wifi: ", "clock: ", "tls: ", "info: ", "warning: ", "error: ",
        };

        [TestMethod]
        public void TheReadmeTranscriptIsWhatTheConsolePrints()
        {
            Assert.AreEqual(Comparable(ReadmeTranscript()), Comparable(RunSession()));
        }

        [TestMethod]
        public void TheTranscriptNeverShowsASecret()
        {
            string transcript = ReadmeTranscript();
            StringAssert.DoesNotMatch(transcript, new System.Text.RegularExpressions.Regex("correct-horse-battery|S3cret-Upd4te"));
        }

        private static string RunSession()
        {
            var clock = new FakeClock(new DateTime(2026, 5, 2, 18, 4, 10));
            var network = new FakeNetworkStack();
            network.SetInterfaceAddress("192.168.1.57");
            var http = new ScriptedHttpTransport();
            http.Enqueue("api.ipify.org", 200, "81.2.69.160");
            http.Enqueue("api.dynu.com", 200, "good 81.2.69.160");
            var console = new RecordingTextSink();
            var ports = new AgentPorts
            {
                Clock = clock,
                Http = http,
                Network = network,
                Blobs = new FakeBlobStore(),
                Settings = new MemorySettingsStore(),
                Indicator = new FakeStatusIndicator(),
                Platform = new FakePlatform { FreeMemoryBytes = 63488 },
                DeviceName = "ESP32",
                Seed = 1,
            };

            var runtime = new AgentRuntime(ports, console, true);
            Assert.IsFalse(runtime.Start(), "a new board starts in provisioning mode");
            runtime.Shell.Start();
            foreach (string line in Typed)
            {
                if (line == null)
                {
                    // The firmware's loop notices the new settings, joins Wi-Fi and ticks a few seconds later; the
                    // first registration waits its part of change.delay (up to 20 s), and the loop ticks again then.
                    clock.AdvanceSeconds(6);
                    clock.UtcNow = runtime.Tick();
                    runtime.Tick();
                    continue;
                }

                // As a terminal sends it: UTF-8.
                foreach (byte b in System.Text.Encoding.UTF8.GetBytes(line))
                {
                    runtime.Shell.Feed(b);
                }

                runtime.Shell.Feed((byte)'\r');
            }

            Assert.AreEqual(1, http.RequestsTo("api.dynu.com"), "the session ends with one update sent");
            return console.Text;
        }

        private static string ReadmeTranscript()
        {
            foreach (string candidate in new[] { "README.md" })
            {
                string path = Path.Combine(Repository.Root, candidate);
                if (!File.Exists(path))
                {
                    continue;
                }

                string text = File.ReadAllText(path, System.Text.Encoding.UTF8).Replace("\r\n", "\n");
                int marker = text.IndexOf(Marker, StringComparison.Ordinal);
                if (marker < 0)
                {
                    continue;
                }

                int start = text.IndexOf("```text\n", marker, StringComparison.Ordinal) + "```text\n".Length;
                int end = text.IndexOf("\n```", start, StringComparison.Ordinal);
                return text.Substring(start, end - start);
            }

            throw new AssertFailedException("no README holds the marker " + Marker);
        }

        private static string Comparable(string text)
        {
            return string.Join("\n", text.Replace("\r\n", "\n").Split('\n')
                .Select(line => line.TrimEnd())
                .Where(line => line.Length > 0 && !FirmwarePrefixes.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal))));
        }

        /// <summary>The settings file, in memory.</summary>
        private sealed class MemorySettingsStore : ISettingsStore
        {
            private Settings _stored;

            public bool TryLoad(out Settings settings, out string problem)
            {
                settings = _stored;
                problem = _stored == null ? "No configuration is stored yet; set one up on the console." : null;
                return _stored != null;
            }

            public bool TrySave(Settings settings, out string problem)
            {
                _stored = settings;
                problem = null;
                return true;
            }

            public void Erase()
            {
                _stored = null;
            }
        }
    }
}
