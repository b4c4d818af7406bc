using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// What the agent accepts as an http:// or https:// URL: a scheme, a host (name, IPv4 or [IPv6]), an optional
    /// port 1-65535 and an optional path; no spaces, no control characters, no user:password@ part.
    /// </summary>
    public static class UrlRules
    {
        private const string Http = "http://";
        private const string Https = "https://";

        /// <summary>True when url starts with http:// (any letter case).</summary>
        public static bool IsPlainHttp(string url)
        {
            return Ascii.StartsWithIgnoreCase(url, Http);
        }

        /// <summary>Null for a well-formed URL, else why not. The URL is quoted only when it cannot hold credentials.</summary>
        public static string Problem(string url)
        {
            if (url == null || url.Length == 0)
            {
                return "an empty text is not a URL";
            }

            int hostStart;
            if (IsPlainHttp(url))
            {
                hostStart = Http.Length;
            }
            else if (Ascii.StartsWithIgnoreCase(url, Https))
            {
                hostStart = Https.Length;
            }
            else
            {
                return "'" + url + "' is not a URL: it must start with https:// (or http://)";
            }

            int authorityEnd = url.IndexOf('/', hostStart);
            if (authorityEnd < 0)
            {
                authorityEnd = url.Length;
            }

            if (url.IndexOf('@') >= 0 && url.IndexOf('@') < authorityEnd)
            {
                return "the URL holds a user name or password; put them in username and password instead";
            }

            for (int i = 0; i < url.Length; i++)
            {
                if (url[i] <= ' ' || url[i] == (char)0x7F)
                {
                    return "'" + url + "' is not a URL: it contains a space or control character";
                }
            }

            return AuthorityProblem(url, hostStart, authorityEnd);
        }

        private static string AuthorityProblem(string url, int start, int end)
        {
            int hostEnd = end;
            if (start < end && url[start] == '[')
            {
                hostEnd = url.IndexOf(']', start);
                if (hostEnd < 0 || hostEnd >= end || hostEnd == start + 1)
                {
                    return "'" + url + "' is not a URL: the [IPv6] host is not closed";
                }

                hostEnd++;
            }
            else
            {
                int colon = url.IndexOf(':', start);
                hostEnd = colon >= 0 && colon < end ? colon : end;
                for (int i = start; i < hostEnd; i++)
                {
                    char c = url[i];
                    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
                    if (!ok)
                    {
                        return "'" + url + "' is not a URL: the host name has a character other than letters, digits, '-' and '.'";
                    }
                }
            }

            if (hostEnd == start)
            {
                return "'" + url + "' is not a URL: it has no host name";
            }

            if (hostEnd < end)
            {
                int port;
                if (url[hostEnd] != ':' || !TextValues.TryParseNumber(url.Substring(hostEnd + 1, end - hostEnd - 1), out port)
                    || port < 1 || port > 65535 || url[hostEnd + 1] == '-')
                {
                    return "'" + url + "' is not a URL: the port must be a number from 1 to 65535";
                }
            }

            return null;
        }
    }
}
