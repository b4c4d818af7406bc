using System;
using DdnsAgent.Http;
using DdnsAgent.Protocol;
using DdnsAgent.Text;

namespace DdnsAgent.Dyndns2
{
    /// <summary>
    /// Where updates go and who sends them, resolved once at configuration time from a preset or a URL.
    /// The Basic credentials are encoded here once; the password never leaves this object except inside
    /// the Authorization header, and <see cref="ToString"/> never shows it.
    /// </summary>
    public sealed class UpdateEndpoint
    {
        public const int MaxUrlLength = 256;
        public const string DefaultPath = "/nic/update";

        private readonly string _password;
        private readonly string _authorization;

        private UpdateEndpoint(
            string providerId, string host, int port, bool secure, string path, string fixedQuery, DualStackStyle style,
            int maxHostsPerRequest, bool sendsHostname, bool usernameIsHostname, string familySkipValue,
            string username, string password, string userAgent)
        {
            ProviderId = providerId;
            Host = host;
            Port = port;
            Secure = secure;
            Path = path;
            FixedQuery = fixedQuery;
            Style = style;
            MaxHostsPerRequest = maxHostsPerRequest;
            SendsHostname = sendsHostname;
            UsernameIsHostname = usernameIsHostname;
            FamilySkipValue = familySkipValue;
            Username = username;
            UserAgent = userAgent;
            _password = password;
            _authorization = usernameIsHostname ? null : BasicAuthorization(username, password);
        }

        /// <summary>The preset id, or <see cref="Dyndns2Presets.CustomId"/>.</summary>
        public string ProviderId { get; }

        public string Host { get; }

        public int Port { get; }

        /// <summary>True for https. Plain http is allowed only where the user opted in (checked by the transport).</summary>
        public bool Secure { get; }

        public string Path { get; }

        /// <summary>Already-encoded parameters sent before all others, or null.</summary>
        public string FixedQuery { get; }

        public DualStackStyle Style { get; }

        /// <summary>Most hostnames per request, never more than 20.</summary>
        public int MaxHostsPerRequest { get; }

        public bool SendsHostname { get; }

        public bool UsernameIsHostname { get; }

        public string FamilySkipValue { get; }

        /// <summary>The configured user name (not secret; shown by the console).</summary>
        public string Username { get; }

        public string UserAgent { get; }

        /// <summary>Builds the endpoint of a preset. userAgent null or "" means <see cref="AgentIdentity.DefaultUserAgent"/>.</summary>
        public static bool TryFromPreset(Dyndns2Preset preset, string username, string password, string userAgent, out UpdateEndpoint endpoint, out string error)
        {
            endpoint = null;
            if (preset == null)
            {
                error = "{provider}: unknown";
                return false;
            }

            userAgent = TextValues.IsSet(userAgent) ? userAgent : AgentIdentity.DefaultUserAgent;
            error = SenderProblem(username, password, preset.UsernameIsHostname, userAgent);
            if (error != null)
            {
                return false;
            }

            endpoint = new UpdateEndpoint(
                preset.Id, preset.Host, preset.Port, true, preset.Path, preset.FixedQuery, preset.DualStack,
                Min(preset.MaxHostsPerRequest, Dyndns2Preset.ProtocolMaxHosts), preset.SendsHostname, preset.UsernameIsHostname,
                preset.FamilySkipValue, username, password, userAgent);
            return true;
        }

        /// <summary>
        /// Builds a custom endpoint from "http(s)://host[:port][/path][?fixed-query]" (see <see cref="UrlProblem"/>).
        /// The path defaults to /nic/update.
        /// </summary>
        public static bool TryFromUrl(string url, string username, string password, string userAgent, DualStackStyle style, out UpdateEndpoint endpoint, out string error)
        {
            endpoint = null;
            if (!TrySplit(url, out bool secure, out string host, out int port, out string path, out string query, out error))
            {
                error = "{server}: " + error;
                return false;
            }

            userAgent = TextValues.IsSet(userAgent) ? userAgent : AgentIdentity.DefaultUserAgent;
            error = SenderProblem(username, password, false, userAgent);
            if (error != null)
            {
                return false;
            }

            endpoint = new UpdateEndpoint(
                Dyndns2Presets.CustomId, host, port, secure, path ?? DefaultPath, query, style,
                Dyndns2Preset.ProtocolMaxHosts, true, false, null, username, password, userAgent);
            return true;
        }

        /// <summary>
        /// Null when url can be a custom update server, else why not, in a sentence without the key. Refuses
        /// URLs longer than 256 characters and everything <see cref="UrlParts.TryParse"/> refuses: user info,
        /// fragments, spaces, non-ASCII, bracketed IPv6 hosts, bad ports and unencoded characters.
        /// </summary>
        public static string UrlProblem(string url)
        {
            TrySplit(url, out _, out _, out _, out _, out _, out string error);
            return error;
        }

        private static bool TrySplit(string url, out bool secure, out string host, out int port, out string path, out string query, out string error)
        {
            if (!UrlParts.TryParse(url, out secure, out host, out port, out path, out query, out error))
            {
                return false;
            }

            if (url.Length > MaxUrlLength)
            {
                error = UrlParts.NotAUrl(url, "it is longer than 256 characters");
                return false;
            }

            return true;
        }

        /// <summary>"Basic " + base64(UTF-8 of user:password): the Authorization header value.</summary>
        public static string BasicAuthorization(string user, string password)
        {
            return "Basic " + Convert.ToBase64String(Utf8.GetBytes(user + ":" + password));
        }

        /// <summary>The provider, the server and the user; the password is never shown.</summary>
        public override string ToString()
        {
            string user = UsernameIsHostname ? "each hostname" : Username;
            return string.Concat(new[]
            {
                ProviderId, ": ", Secure ? "https://" : "http://", Host, ":", Port.ToString(), Path,
                FixedQuery == null ? "" : "?", FixedQuery ?? "", " as ", user, " (password hidden)",
            });
        }

        /// <summary>The Authorization value shared by every request, or null when it depends on the hostname.</summary>
        internal string SharedAuthorization => _authorization;

        /// <summary>The Authorization value for a hostname that is also the user name (Hurricane Electric).</summary>
        internal string AuthorizationFor(string hostname) => BasicAuthorization(hostname, _password);

        // The credentials and the agent text, with the key to fix; the password is never quoted.
        private static string SenderProblem(string username, string password, bool usernameIsHostname, string userAgent)
        {
            if (!usernameIsHostname)
            {
                if (!TextValues.IsSet(username))
                {
                    return "{username}: not set";
                }

                // Basic authentication splits user and password at the first ':'.
                if (username.IndexOf(':') >= 0)
                {
                    return "{username}: must not contain ':'";
                }

                if (Ascii.HasControl(username))
                {
                    return "{username}: has control characters";
                }
            }

            if (!TextValues.IsSet(password))
            {
                return "{password}: not set";
            }

            if (Ascii.HasControl(password))
            {
                return "{password}: has control characters";
            }

            string problem = AgentIdentity.Problem(userAgent);
            return problem == null ? null : "{user-agent}: " + problem;
        }

        private static int Min(int a, int b) => a < b ? a : b;
    }
}
