using DdnsAgent.Addressing;

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

        private const int MaxHostLength = 253;

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
        /// Reads a user-configured URL such as "https://api.ipify.org/" or "http://checkip.dyndns.org:80/".
        /// Refuses user names and passwords, fragments, bracketed or odd hosts, bad ports and non-ASCII
        /// paths, with a plain-words error. Spacing: the documented default for known reflectors, else 60 s.
        /// </summary>
        public static bool TryParse(string url, AddressFamilyKind family, out Reflector reflector, out string error)
        {
            reflector = null;
            if (url == null || url.Length == 0)
            {
                error = "the reflector URL is empty";
                return false;
            }

            bool secure;
            int i;
            if (StartsWithIgnoringCase(url, "https://"))
            {
                secure = true;
                i = 8;
            }
            else if (StartsWithIgnoringCase(url, "http://"))
            {
                secure = false;
                i = 7;
            }
            else
            {
                error = "the reflector URL must start with https:// (or http://)";
                return false;
            }

            var host = new char[url.Length - i];
            int hostLength = 0;
            while (i < url.Length && url[i] != '/' && url[i] != '?' && url[i] != ':')
            {
                char c = url[i];
                if (c == '@')
                {
                    error = "the reflector URL must not contain a user name or password";
                    return false;
                }

                if (!IsHostCharacter(c))
                {
                    error = c == '[' ? "the reflector URL must name its host, not an IPv6 literal" : "the reflector URL has an invalid host name";
                    return false;
                }

                host[hostLength++] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
                i++;
            }

            if (hostLength == 0 || hostLength > MaxHostLength || host[0] == '.' || host[0] == '-' || host[hostLength - 1] == '-')
            {
                error = "the reflector URL has an invalid host name";
                return false;
            }

            int port = secure ? 443 : 80;
            if (i < url.Length && url[i] == ':')
            {
                port = 0;
                int digits = 0;
                for (i++; i < url.Length && url[i] >= '0' && url[i] <= '9'; i++)
                {
                    port = digits < 6 ? (port * 10) + (url[i] - '0') : port;
                    digits++;
                }

                if (digits == 0 || digits > 5 || port < 1 || port > 65535 || (i < url.Length && url[i] != '/' && url[i] != '?'))
                {
                    error = "the reflector URL has an invalid port (1 to 65535)";
                    return false;
                }
            }

            for (int k = i; k < url.Length; k++)
            {
                if (url[k] <= ' ' || url[k] > '~' || url[k] == '#')
                {
                    error = "the reflector URL path must be plain ASCII without spaces or #";
                    return false;
                }
            }

            if (url.Length - i > MaxPathLength)
            {
                error = "the reflector URL path is too long";
                return false;
            }

            string path = i == url.Length ? "/" : url[i] == '?' ? "/" + url.Substring(i, url.Length - i) : url.Substring(i, url.Length - i);
            string name = new string(host, 0, hostLength);
            reflector = new Reflector(name, secure, name, port, path, family, DefaultReflectors.SpacingFor(name));
            error = null;
            return true;
        }

        private static bool IsHostCharacter(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';

        private static bool StartsWithIgnoringCase(string text, string prefix)
        {
            if (text.Length < prefix.Length)
            {
                return false;
            }

            for (int k = 0; k < prefix.Length; k++)
            {
                char c = text[k];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + ('a' - 'A'));
                }

                if (c != prefix[k])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
