using DdnsAgent.Text;

namespace DdnsAgent.Http
{
    /// <summary>
    /// The one reading of the http:// and https:// URLs a user configures (the update server, reflectors):
    /// split into the parts a request needs, refusing anything unsafe or ambiguous. Used by the settings
    /// validator and by the code that builds the endpoint and the reflectors, so a URL that passes `save`
    /// also works.
    /// </summary>
    public static class UrlParts
    {
        public const int HttpsPort = 443;
        public const int HttpPort = 80;

        /// <summary>The longest DNS name.</summary>
        public const int MaxHostLength = 253;

        private const string Https = "https://";
        private const string Http = "http://";

        /// <summary>True when url starts with http:// (any letter case): a password would go unencrypted.</summary>
        public static bool IsPlainHttp(string url)
        {
            return Ascii.StartsWithIgnoreCase(url, Http);
        }

        /// <summary>
        /// Splits "http(s)://host[:port][/path][?query]". path and query are null when absent (a trailing
        /// "?" or "&amp;" is dropped). Refuses user info, fragments, spaces, control and non-ASCII characters,
        /// bracketed IPv6 hosts, bad ports and path or query characters that must be percent-encoded.
        /// error is a whole sentence for the user: "'URL' is not a URL: why", never quoting a URL that holds
        /// a password.
        /// </summary>
        public static bool TryParse(string url, out bool secure, out string host, out int port, out string path, out string query, out string error)
        {
            secure = false;
            host = null;
            port = 0;
            path = null;
            query = null;
            error = null;
            if (url == null || url.Length == 0)
            {
                error = "an empty text is not a URL";
                return false;
            }

            int position;
            if (Ascii.StartsWithIgnoreCase(url, Https))
            {
                secure = true;
                position = Https.Length;
            }
            else if (IsPlainHttp(url))
            {
                position = Http.Length;
            }
            else
            {
                return Fail(url, "it must start with https:// (or http://)", out error);
            }

            int authorityEnd = position;
            while (authorityEnd < url.Length && url[authorityEnd] != '/' && url[authorityEnd] != '?' && url[authorityEnd] != '#')
            {
                if (url[authorityEnd] == '@')
                {
                    error = "the URL holds a user name or password; put them in username and password instead";
                    return false;
                }

                authorityEnd++;
            }

            for (int i = 0; i < url.Length; i++)
            {
                char c = url[i];
                if (c <= 0x20 || c > 0x7E)
                {
                    return Fail(url, "it has a space or control character, or one outside ASCII", out error);
                }

                if (c == '#')
                {
                    return Fail(url, "a fragment (#) is not allowed", out error);
                }
            }

            string problem = AuthorityProblem(url, position, authorityEnd, secure, out host, out port);
            if (problem != null)
            {
                return Fail(url, problem, out error);
            }

            int queryStart = url.IndexOf('?', authorityEnd);
            int pathEnd = queryStart < 0 ? url.Length : queryStart;
            if (pathEnd > authorityEnd)
            {
                path = url.Substring(authorityEnd, pathEnd - authorityEnd);
            }

            if (queryStart >= 0)
            {
                int queryEnd = url.Length;
                while (queryEnd > queryStart + 1 && url[queryEnd - 1] == '&')
                {
                    queryEnd--;
                }

                if (queryEnd > queryStart + 1)
                {
                    query = url.Substring(queryStart + 1, queryEnd - queryStart - 1);
                }
            }

            if (!IsValidPathOrQuery(path) || !IsValidPathOrQuery(query))
            {
                return Fail(url, "the path or query has a character that must be percent-encoded, or a bad % escape", out error);
            }

            return true;
        }

        /// <summary>"'url' is not a URL: reason", the form of every problem but the one about credentials.</summary>
        public static string NotAUrl(string url, string reason)
        {
            return "'" + url + "' is not a URL: " + reason;
        }

        private static bool Fail(string url, string reason, out string error)
        {
            error = NotAUrl(url, reason);
            return false;
        }

        // Null when url[start, end) is host[:port], with the parts; else why not.
        private static string AuthorityProblem(string url, int start, int end, bool secure, out string host, out int port)
        {
            host = null;
            port = secure ? HttpsPort : HttpPort;
            if (start < end && url[start] == '[')
            {
                int close = url.IndexOf(']', start);
                return close < 0 || close >= end ? "the [IPv6] host is not closed" : "an IPv6 address as host is not supported: use a name";
            }

            int hostEnd = start;
            while (hostEnd < end && url[hostEnd] != ':')
            {
                char c = url[hostEnd];
                if (!(Ascii.IsLetter(c) || Ascii.IsDigit(c) || c == '-' || c == '.' || c == '_'))
                {
                    return "the host name has a character other than letters, digits, '-', '_' and '.'";
                }

                hostEnd++;
            }

            if (hostEnd == start)
            {
                return "it has no host name";
            }

            if (url[start] == '.' || url[start] == '-' || url[hostEnd - 1] == '-' || hostEnd - start > MaxHostLength)
            {
                return "the host name starts with a dot or a hyphen, ends with a hyphen or is too long";
            }

            host = url.Substring(start, hostEnd - start);
            if (hostEnd == end)
            {
                return null;
            }

            int value = 0;
            int digits = 0;
            for (int i = hostEnd + 1; i < end; i++)
            {
                if (!Ascii.IsDigit(url[i]) || ++digits > 5)
                {
                    return "the port must be a number from 1 to 65535";
                }

                value = value * 10 + (url[i] - '0');
            }

            if (digits == 0 || value < 1 || value > 65535)
            {
                return "the port must be a number from 1 to 65535";
            }

            port = value;
            return null;
        }

        // RFC 3986 pchar plus '/' and '?': unreserved, sub-delims, ':', '@', and %XX escapes.
        private static bool IsValidPathOrQuery(string text)
        {
            if (text == null)
            {
                return true;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '%')
                {
                    if (i + 2 >= text.Length || !Ascii.IsHexDigit(text[i + 1]) || !Ascii.IsHexDigit(text[i + 2]))
                    {
                        return false;
                    }

                    i += 2;
                    continue;
                }

                bool allowed = Ascii.IsUnreserved(c) || c == '/' || c == '?' || c == ':' || c == '@' || c == '!' || c == '$'
                    || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*' || c == '+' || c == ',' || c == ';' || c == '=';
                if (!allowed)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
