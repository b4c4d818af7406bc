using DdnsAgent.Persistence;
using DdnsAgent.Dyndns2;
using DdnsAgent.Protocol;
using DdnsAgent.Rfc2136;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// A CRC-32 over every setting that shapes an update request: provider, server and its dual-stack style,
    /// username, password, hostnames, address families, the optional dyndns2 parameters, the User-Agent, and the
    /// DNS server, port, zone, key and TTL that rfc2136 updates go to and are signed with. A halt after a hard
    /// error (badauth, nohost, badagent...) records it; when it differs, the user has changed something
    /// that may fix the error, and the halt is lifted. Letter case of hostnames does not count.
    /// </summary>
    public static class SettingsFingerprint
    {
        public static uint Compute(Settings s)
        {
            uint crc = Crc32.Seed;
            crc = AppendText(crc, s.Provider);
            crc = AppendText(crc, s.ServerUrl);
            crc = AppendDualStack(crc, s.ServerDualStack);
            crc = AppendText(crc, s.Username);
            crc = AppendText(crc, s.Password);
            crc = AppendHostnames(crc, s.Hostnames);
            crc = Crc32.Append(crc, (byte)((s.IPv4 ? 1 : 0) | (s.IPv6 ? 2 : 0)));
            crc = AppendText(crc, s.Wildcard);
            crc = AppendText(crc, s.Mx);
            crc = AppendText(crc, s.BackMx);
            crc = AppendText(crc, s.Offline);
            crc = AppendText(crc, s.UserAgent);
            crc = AppendDns(crc, s);
            return Crc32.Finish(crc);
        }

        // Length first, so that moving characters from one field to the next changes the result;
        // null and empty differ from each other.
        private static uint AppendText(uint crc, string text)
        {
            if (text == null)
            {
                return Crc32.Append(crc, 0xFFFFFFFFu);
            }

            crc = Crc32.Append(crc, (uint)text.Length);
            return Crc32.AppendExact(crc, text);
        }

        // The style, not its spelling, counts; the default adds nothing, so settings saved before the key
        // existed keep their fingerprint (and a recorded halt) across an upgrade.
        private static uint AppendDualStack(uint crc, string name)
        {
            DualStackStyle style;
            if (!CustomDualStack.TryParse(name, out style))
            {
                return AppendText(crc, name);
            }

            return style == CustomDualStack.Default ? crc : Crc32.Append(crc, (byte)style);
        }

        // Like the dual-stack style: unset values and defaults add nothing, so settings saved before these keys
        // existed keep their fingerprint. Each value is tagged, so that one moved to another key still counts.
        private static uint AppendDns(uint crc, Settings s)
        {
            crc = AppendIfSet(crc, 1, s.DnsServer);
            crc = s.DnsPort == Rfc2136Settings.DefaultPort ? crc : Crc32.Append(Crc32.Append(crc, (byte)2), (uint)s.DnsPort);
            crc = AppendIfSet(crc, 3, s.DnsZone);
            crc = AppendIfSet(crc, 4, s.DnsKeyName);
            crc = AppendIfSet(crc, 5, s.DnsKeySecret);
            return s.DnsTtl == Rfc2136Settings.DefaultTtl ? crc : Crc32.Append(Crc32.Append(crc, (byte)6), (uint)s.DnsTtl);
        }

        private static uint AppendIfSet(uint crc, byte tag, string text)
        {
            return text == null || text.Length == 0 ? crc : AppendText(Crc32.Append(crc, tag), text);
        }

        private static uint AppendHostnames(uint crc, string[] hostnames)
        {
            if (hostnames == null)
            {
                return Crc32.Append(crc, 0xFFFFFFFFu);
            }

            crc = Crc32.Append(crc, (uint)hostnames.Length);
            for (int i = 0; i < hostnames.Length; i++)
            {
                string name = hostnames[i];
                crc = Crc32.Append(crc, name == null ? 0xFFFFFFFFu : (uint)name.Length);
                crc = Crc32.AppendLowercase(crc, name);
            }

            return crc;
        }
    }
}
