using System;
using System.Collections.Generic;
using System.Linq;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>What the emulated provider is like. Set everything before mounting the emulator.</summary>
    public sealed class Dyndns2EmulatorOptions
    {
        private readonly List<Dyndns2Account> accounts = new List<Dyndns2Account>();
        private readonly Dictionary<string, RecordFamilies> recordFamilies =
            new Dictionary<string, RecordFamilies>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Where the update endpoint is mounted.</summary>
        public string Path { get; set; } = "/nic/update";

        public Dyndns2AddressStyle AddressStyle { get; set; } = Dyndns2AddressStyle.Combined;

        /// <summary>
        /// Hurricane Electric rules: one host and one address family per request, the user name must equal the
        /// host name, `interval` when a host is updated sooner than <see cref="MinimumUpdateInterval"/>, and
        /// `noipv4` / `noipv6` when the request's family has no record on that host (see <see cref="SetRecordFamilies"/>).
        /// </summary>
        public bool HurricaneElectric { get; set; }

        /// <summary>Hurricane Electric mode: the least time between two accepted updates of one host.</summary>
        public TimeSpan MinimumUpdateInterval { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>HTTP status sent with `badauth` (401 like deSEC and Dyn; some providers send 200).</summary>
        public int BadAuthStatusCode { get; set; } = 401;

        /// <summary>How long the provider takes to answer after it has taken an update (registered first, answered late).</summary>
        public TimeSpan AnswerDelay { get; set; }

        /// <summary>After this many consecutive `nochg` for a host, the host is blocked: `abuse` from then on. 0 disables.</summary>
        public int NochgLimit { get; set; } = 3;

        /// <summary>More names than this in one request: `numhost`.</summary>
        public int MaxHostnames { get; set; } = 20;

        /// <summary>A paid account: offline=YES is accepted instead of answered `!donator`.</summary>
        public bool AllowOffline { get; set; }

        /// <summary>
        /// Require a version (a digit) in the User-Agent, as Dyn's "Company - Device - Version" and No-IP's
        /// "Company Device/Version contact" ask; without one the agent counts as generic (`badagent`).
        /// </summary>
        public bool RequireVersionInUserAgent { get; set; } = true;

        /// <summary>User-Agents starting with one of these (case-insensitive) are generic tools: `badagent`.</summary>
        public IList<string> GenericUserAgentPrefixes { get; } = new List<string>
        {
            "curl/", "Wget", "python-requests", "python-urllib", "Python/", ".NET", "dotnet", "Mozilla",
            "Go-http-client", "Java/", "okhttp", "libwww-perl", "PowerShell", "HttpClient", "axios", "node-fetch",
        };

        /// <summary>User-Agents starting with one of these are refused the quiet way: `good 127.0.0.1`.</summary>
        public IList<string> BlockedUserAgents { get; } = new List<string>();

        /// <summary>End the body with a newline after the last line (some providers do, Dyn does not).</summary>
        public bool TrailingNewline { get; set; }

        /// <summary>
        /// The answer to an invalid value of wildcard, mx, backmx or offline. No provider documents one, so the
        /// default is a code no client knows; the request is also listed in the emulator's violations.
        /// </summary>
        public string InvalidOptionAnswer { get; set; } = "badparam";

        /// <summary>
        /// Where accepted updates go, as a real provider puts them into its DNS (the test BIND, for example); null: only
        /// the emulator's own table. An update the publisher refuses is answered `dnserr` and not recorded.
        /// </summary>
        public IRecordPublisher Publisher { get; set; }

        /// <summary>The emulator's clock (for `interval`); replace it to control time in tests.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        public IReadOnlyList<Dyndns2Account> Accounts
        {
            get { return accounts; }
        }

        public Dyndns2EmulatorOptions PublishTo(IRecordPublisher publisher)
        {
            Publisher = publisher;
            return this;
        }

        /// <summary>Adds an account that owns <paramref name="hostnames"/>. Names owned by another account answer `!yours`.</summary>
        public Dyndns2EmulatorOptions AddAccount(string user, string password, params string[] hostnames)
        {
            accounts.Add(new Dyndns2Account(user, password, hostnames));
            return this;
        }

        /// <summary>Hurricane Electric style host: its own key, the host name as user, and its records.</summary>
        public Dyndns2EmulatorOptions AddHurricaneHost(string hostname, string key, RecordFamilies families = RecordFamilies.Both)
        {
            AddAccount(hostname, key, hostname);
            return SetRecordFamilies(hostname, families);
        }

        public Dyndns2EmulatorOptions SetRecordFamilies(string hostname, RecordFamilies families)
        {
            recordFamilies[Hostname.Normalize(hostname)] = families;
            return this;
        }

        public RecordFamilies RecordFamiliesOf(string hostname)
        {
            return recordFamilies.TryGetValue(Hostname.Normalize(hostname), out RecordFamilies families) ? families : RecordFamilies.Both;
        }

        /// <summary>The account that owns <paramref name="hostname"/>, or null.</summary>
        public Dyndns2Account OwnerOf(string hostname)
        {
            string name = Hostname.Normalize(hostname);
            return accounts.FirstOrDefault(a => a.Hostnames.Contains(name));
        }
    }
}
