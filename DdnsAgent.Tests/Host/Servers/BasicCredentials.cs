using System;
using System.Text;

namespace DdnsAgent.Tests.Servers
{
    /// <summary>Reads an "Authorization: Basic ..." header.</summary>
    public static class BasicCredentials
    {
        public static bool TryParse(string header, out string user, out string password)
        {
            user = null;
            password = null;
            const string Scheme = "Basic ";
            if (header == null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(Scheme.Length).Trim()));
            }
            catch (FormatException)
            {
                return false;
            }
            int colon = decoded.IndexOf(':');
            if (colon < 0)
            {
                return false;
            }
            user = decoded.Substring(0, colon);
            password = decoded.Substring(colon + 1);
            return true;
        }
    }
}
