using DdnsAgent.Text;

namespace DdnsAgent.Protocol
{
    /// <summary>Splits a custom server URL into the parts a request needs, refusing anything unsafe or ambiguous.</summary>
    internal static class UrlParts
    {
        private const string Https = "https://";
        private const string Http = "http://";

        /// <summary>path and query are null when absent; error is plain words without the key.</summary>
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
                error = "not set";
                return false;
            }

            if (url.Length > UpdateEndpoint.MaxUrlLength)
            {
                error = "longer than 256 characters";
                return false;
            }

            for (int i = 0; i < url.Length; i++)
            {
                char c = url[i];
                if (c <= 0x20 || c > 0x7E)
                {
                    error = "spaces, control and non-ASCII characters are not allowed";
                    return false;
                }

                if (c == '#')
                {
                    error = "a fragment (#) is not allowed";
                    return false;
                }
            }

            int position;
            if (Ascii.StartsWithIgnoreCase(url, Https))
            {
                secure = true;
                position = Https.Length;
            }
            else if (Ascii.StartsWithIgnoreCase(url, Http))
            {
                position = Http.Length;
            }
            else
            {
                error = "must start with https:// or http://";
                return false;
            }

            int authorityEnd = position;
            while (authorityEnd < url.Length && url[authorityEnd] != '/' && url[authorityEnd] != '?')
            {
                authorityEnd++;
            }

            if (!TryAuthority(url, position, authorityEnd, secure, out host, out port, out error))
            {
                return false;
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
                error = "the path or query has a character that must be percent-encoded, or a bad % escape";
                return false;
            }

            return true;
        }

        private static bool TryAuthority(string url, int start, int end, bool secure, out string host, out int port, out string error)
        {
            host = null;
            port = secure ? ProviderPreset.HttpsPort : UpdateEndpoint.HttpPort;
            error = null;
            int hostEnd = start;
            while (hostEnd < end && url[hostEnd] != ':')
            {
                char c = url[hostEnd];
                if (c == '@')
                {
                    error = "user name or password in the URL is not allowed: use the username and password settings";
                    return false;
                }

                if (c == '[')
                {
                    error = "an IPv6 address as server is not supported: use a name";
                    return false;
                }

                if (!(Ascii.IsLetter(c) || Ascii.IsDigit(c) || c == '-' || c == '.' || c == '_'))
                {
                    error = "the host name has a character other than letters, digits, '-', '_' and '.'";
                    return false;
                }

                hostEnd++;
            }

            if (hostEnd == start)
            {
                error = "no host name";
                return false;
            }

            host = url.Substring(start, hostEnd - start);
            if (hostEnd == end)
            {
                return true;
            }

            int value = 0;
            int digits = 0;
            for (int i = hostEnd + 1; i < end; i++)
            {
                if (url[i] == '@')
                {
                    error = "user name or password in the URL is not allowed: use the username and password settings";
                    return false;
                }

                if (!Ascii.IsDigit(url[i]) || ++digits > 5)
                {
                    error = "the port must be a number from 1 to 65535";
                    return false;
                }

                value = value * 10 + (url[i] - '0');
            }

            if (digits == 0 || value < 1 || value > 65535)
            {
                error = "the port must be a number from 1 to 65535";
                return false;
            }

            port = value;
            return true;
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
