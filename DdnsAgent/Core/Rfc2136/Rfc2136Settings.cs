using DdnsAgent.Addressing;
using DdnsAgent.Dns;
using DdnsAgent.DnsUpdate;
using DdnsAgent.Text;

namespace DdnsAgent.Rfc2136
{
    /// <summary>
    /// The rules for the values of the DNS settings (server, zone, key name and secret, TTL), used by the
    /// settings checks and by <see cref="Rfc2136Setup"/>. Each returns null for a usable value, else why not, in
    /// words that name no setting (the caller leads with the key). A secret is never quoted.
    /// </summary>
    public static class Rfc2136Settings
    {
        public const int DefaultPort = 53;
        public const int DefaultTtl = 60;
        public const int MaxTtl = 86400;

        /// <summary>An IP address, or a host name the platform resolves ("ns1.example.net", "localhost").</summary>
        public static string ServerProblem(string server)
        {
            if (IpAddress.TryParse(server, out _, out _))
            {
                return null;
            }

            if (server.IndexOf(':') >= 0 || server.IndexOf('/') >= 0 || server.IndexOf('[') >= 0)
            {
                return string.Concat("'", server, "' is not an IP address or a host name: give the address or name alone, e.g. 192.0.2.53 or ns1.example.net (the port is a setting of its own)");
            }

            DnsNameError error = DnsName.Check(server);
            if (error == DnsNameError.None && server.IndexOf('*') < 0)
            {
                return null;
            }

            return string.Concat("'", server, "' is not an IP address or a host name: it ", error == DnsNameError.None ? "has a '*'" : DnsName.Describe(error));
        }

        /// <summary>A DNS name without wildcard: the zone the updates go to.</summary>
        public static string ZoneProblem(string zone)
        {
            return NameProblem(zone, "a zone");
        }

        /// <summary>A DNS name: the key's name as the server's key statement gives it.</summary>
        public static string KeyNameProblem(string name)
        {
            return NameProblem(name, "a key name");
        }

        /// <summary>Base64 of 16 to 128 bytes, as tsig-keygen prints it. The words never quote the secret.</summary>
        public static string SecretProblem(string secret)
        {
            var bytes = new byte[TsigKey.MaxSecretBytes];
            bool decoded = Base64.TryDecode(secret, bytes, out int length, out Base64Error error);
            System.Array.Clear(bytes, 0, bytes.Length);
            if (!decoded)
            {
                return error == Base64Error.TooLong
                    ? "is longer than 128 bytes; give the secret tsig-keygen printed, the text between the quotes after secret"
                    : string.Concat(Base64.Describe(error), "; give the secret tsig-keygen printed, the text between the quotes after secret");
            }

            return length < TsigKey.MinSecretBytes
                ? "is shorter than 16 bytes, too short to be safe; make a key with tsig-keygen -a hmac-sha256 NAME and give its secret"
                : null;
        }

        public static string PortProblem(int port)
        {
            return port < 1 || port > 65535 ? string.Concat(port.ToString(), " is not a port; use 1 to 65535 (DNS servers listen on 53)") : null;
        }

        public static string TtlProblem(int ttl)
        {
            return ttl < 0 || ttl > MaxTtl ? string.Concat(ttl.ToString(), " is out of range; use 0 to 86400 seconds (60 suits an address that changes)") : null;
        }

        /// <summary>Null when name lies in zone (or is the zone itself), else why not, quoting both.</summary>
        public static string OutsideZoneProblem(string name, string zone)
        {
            return DnsName.IsInZone(name, zone) ? null : string.Concat("'", name, "' is not in the zone ", zone);
        }

        private static string NameProblem(string name, string what)
        {
            DnsNameError error = DnsName.Check(name);
            if (error != DnsNameError.None)
            {
                return string.Concat("'", name, "' is not ", what, ": it ", DnsName.Describe(error));
            }

            return name.IndexOf('*') >= 0 ? string.Concat("'", name, "' is not ", what, ": it has a '*'") : null;
        }
    }
}
