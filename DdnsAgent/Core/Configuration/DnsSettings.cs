using DdnsAgent.Rfc2136;
using DdnsAgent.Text;

namespace DdnsAgent.Configuration
{
    /// <summary>
    /// How the DNS settings go with the provider. rfc2136 needs every hostname inside its zone and signs with its
    /// key, so the dyndns2 account and request settings do nothing there; a dyndns2 provider uses dns.server and
    /// dns.port only for the proof in DNS, and the zone, key and TTL not at all. A setting that would do nothing is
    /// refused rather than ignored, each with its key and what to do.
    /// </summary>
    internal static class DnsSettings
    {
        private static readonly SettingId[] UnusedByRfc2136 =
        {
            SettingId.ServerUrl, SettingId.ServerDualStack, SettingId.Username, SettingId.Password,
            SettingId.Wildcard, SettingId.Mx, SettingId.BackMx, SettingId.Offline,
        };

        private static readonly SettingId[] OnlyForRfc2136 = { SettingId.DnsZone, SettingId.DnsKeyName, SettingId.DnsKeySecret };

        /// <summary>Adds the problems of the DNS settings with a known provider; rfc2136 tells which protocol it speaks.</summary>
        public static void Check(Settings s, bool rfc2136, ValidationReport report)
        {
            if (rfc2136)
            {
                CheckForRfc2136(s, report);
            }
            else
            {
                CheckForDyndns2(s, report);
            }
        }

        private static void CheckForRfc2136(Settings s, ValidationReport report)
        {
            Vocabulary words = report.Words;
            RefuseWhereSet(s, UnusedByRfc2136, "is not used with provider rfc2136, which signs its updates with the TSIG key; ", report);

            // Names outside the zone would be refused by the server (NOTZONE) on every attempt: said here instead.
            if (s.Hostnames == null || !TextValues.IsSet(s.DnsZone) || Rfc2136Settings.ZoneProblem(s.DnsZone) != null)
            {
                return;
            }

            for (int i = 0; i < s.Hostnames.Length; i++)
            {
                string name = s.Hostnames[i];
                string problem = name == null ? null : Rfc2136Settings.OutsideZoneProblem(name, s.DnsZone);
                if (problem != null)
                {
                    report.Add(SettingId.Hostnames, problem + " (" + words.Key(SettingId.DnsZone) + "); give only names inside it, or fix the zone with " + words.Change(SettingId.DnsZone) + words.ThenApply);
                }
            }
        }

        private static void CheckForDyndns2(Settings s, ValidationReport report)
        {
            Vocabulary words = report.Words;
            RefuseWhereSet(s, OnlyForRfc2136, "is used only with provider rfc2136; ", report);

            if (s.DnsTtl != Rfc2136Settings.DefaultTtl)
            {
                report.Add(SettingId.DnsTtl, "is used only with provider rfc2136 (a dyndns2 provider sets its own TTL); " + words.ToUnset(SettingId.DnsTtl));
            }

            bool server = TextValues.IsSet(s.DnsServer);
            if (server && !s.DnsVerify)
            {
                report.Add(SettingId.DnsServer, "with a dyndns2 provider it serves only the proof in DNS, which " + words.Setting(SettingId.DnsVerify, "no")
                    + " turns off; " + words.ToUnset(SettingId.DnsServer) + ", or " + words.Assignment(SettingId.DnsVerify, "yes"));
            }

            if (!server && s.DnsPort != Rfc2136Settings.DefaultPort)
            {
                report.Add(SettingId.DnsPort, "is used only with " + words.Key(SettingId.DnsServer) + "; " + words.ToUnset(SettingId.DnsPort) + ", or give the server with " + words.Assignment(SettingId.DnsServer, "ADDRESS"));
            }
        }

        // Each of ids that has a value: why it would do nothing, and how to remove it.
        private static void RefuseWhereSet(Settings s, SettingId[] ids, string why, ValidationReport report)
        {
            for (int i = 0; i < ids.Length; i++)
            {
                if (TextValues.IsSet(SettingAccess.GetText(s, ids[i])))
                {
                    report.Add(ids[i], why + report.Words.ToUnset(ids[i]));
                }
            }
        }
    }
}
