using DdnsAgent.Addressing;
using DdnsAgent.Http;
using DdnsAgent.Text;

namespace DdnsAgent.Detection
{
    /// <summary>
    /// A "what is my IP" service: where to ask, for which address family, and how often at most.
    /// Plain http is accepted here as data; whether it may be used is the transport's decision.
    /// </summary>
    public sealed class Reflector
    {
        /// <summary>Longest path and query accepted from the user; known reflectors need a few bytes.</summary>
        public const int MaxPathLength = 256;

        public Reflector(string name, bool secure, string host, int port, string path, AddressFamilyKind family, int minSpacingSeconds)
        {
            Name = name;
            Secure = secure;
            Host = host;
            Port = port;
            Path = path;
            Family = family;
            MinSpacingSeconds = minSpacingSeconds;
        }

        /// <summary>What the user reads in messages, e.g. "api.ipify.org".</summary>
        public string Name { get; }

        public bool Secure { get; }

        public string Host { get; }

        public int Port { get; }

        /// <summary>Path and query, ASCII, starting with "/".</summary>
        public string Path { get; }

        /// <summary>
        /// The family asked for; None asks for both. A dual-stack reflector answers with the family of the
        /// connection, so a wrong-family answer is refused and the next reflector is asked: family-specific
        /// hosts (api6.ipify.org) are the reliable choice.
        /// </summary>
        public AddressFamilyKind Family { get; }

        /// <summary>The reflector is never asked again sooner than this after the last request.</summary>
        public int MinSpacingSeconds { get; }

        /// <summary>
        /// Reads a user-configured URL such as "https://api.ipify.org/" or "http://checkip.dyndns.org:80/",
        /// as <see cref="UrlParts.TryParse"/> reads every configured URL; the host name takes no '_' here and is
        /// kept in lower case. Spacing: the documented default for known reflectors, else 60 s.
        /// </summary>
        public static bool TryParse(string url, AddressFamilyKind family, out Reflector reflector, out string error)
        {
            reflector = null;
            if (!UrlParts.TryParse(url, out bool secure, out string host, out int port, out string path, out string query, out error))
            {
                return false;
            }

            if (host.IndexOf('_') >= 0)
            {
                error = UrlParts.NotAUrl(url, "the host name of a reflector has a character other than letters, digits, '-' and '.'");
                return false;
            }

            string target = path ?? "/";
            if (query != null)
            {
                target = target + "?" + query;
            }

            if (target.Length > MaxPathLength)
            {
                error = UrlParts.NotAUrl(url, "the path is longer than 256 characters");
                return false;
            }

            string name = Ascii.ToLower(host);
            reflector = new Reflector(name, secure, name, port, target, family, DefaultReflectors.SpacingFor(name));
            return true;
        }
    }
}
